// s18 held-out scenario (split: test) for Stan's Robot Shop, written blind: a shipping release that references a
// ConfigMap nobody created, stuck in CreateContainerConfigError while the old pod keeps serving. Built by scripts/s18-build-h.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;

const I1 = '2026-05-12T10:38:00Z';
const T1 = clock(I1);
const OLD = 'robotshop/rs-shipping:2.1.0';
const NEW = 'registry.gitlab.com/rs-platform/robot-shop/rs-shipping:2.2.0-rc.3';
const spring = (min, lvl, thread, logger, msg) => `${T1.java(min)}  ${lvl.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const CTRL = 'c.i.robotshop.shipping.Controller';

const shippingOldLog = [];
for (let m = -75; m < 0; m += 1.7) {
  const id = 6 + Math.floor(((m * 37) % 4000 + 4000) % 4000);
  shippingOldLog.push(spring(m, 'INFO', `nio-8080-exec-${1 + Math.floor(-m) % 10}`, CTRL, `Calculation for ${id}`));
  shippingOldLog.push(spring(m + 0.01, 'INFO', `nio-8080-exec-${1 + Math.floor(-m) % 10}`, CTRL, `shipping ${id} distance ${(300 + (id % 900)).toFixed(0)} km cost ${(5 + (id % 900) * 0.05).toFixed(2)}`));
  if (Math.floor(-m) % 9 === 0) shippingOldLog.push(spring(m + 0.02, 'INFO', `nio-8080-exec-${1 + Math.floor(-m) % 10}`, CTRL, 'cart endpoint http://cart:8080/shipping/' + ((id * 7) % 9000)));
}

const webLog = [];
for (let m = -40; m < 0; m += 0.9) {
  const ts = new Date(Date.parse(I1) + m * 60000);
  const nginx = `${String(ts.getUTCDate()).padStart(2, '0')}/May/2026:${ts.toISOString().slice(11, 19)} +0000`;
  webLog.push(`10.1.2.${40 + (Math.floor(-m * 3) % 90)} - - [${nginx}] "GET /api/catalogue/products HTTP/1.1" 200 2817 "http://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36" "-"`);
  if (Math.floor(-m) % 3 === 0) webLog.push(`10.1.3.${40 + (Math.floor(-m * 5) % 90)} - - [${nginx}] "GET /api/shipping/codes HTTP/1.1" 200 4102 "http://shop.robot-shop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15" "-"`);
  if (Math.floor(-m) % 5 === 0) webLog.push(`10.1.1.${40 + (Math.floor(-m * 7) % 90)} - - [${nginx}] "GET /api/shipping/calc/${1200 + Math.floor(-m * 11)} HTTP/1.1" 200 64 "http://shop.robot-shop.example/" "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/125.0" "-"`);
}

const cartLog = [];
for (let m = -50; m < 0; m += 2.3) {
  cartLog.push(pino(T1, m, 'info', '%POD%', 'request completed', `"req":{"id":${Math.floor(9000 - m * 13)},"method":"GET","url":"/cart/anonymous-${Math.floor(-m * 97) % 1000}","remoteAddress":"::ffff:10.1.2.91"},"res":{"statusCode":200},"responseTime":${(3 + (Math.floor(-m) % 6)).toFixed(0)},`));
}

export const scenarios = [
  withDefaults({
    folder: 's18-shipping-configmap-missing',
    split: 'test',
    description: 'shipping deploy hung since ~10:14, gitlab pipeline timed out waiting on rollout status',
    incidentTime: I1,
    expected: { component: 'shipping', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'shipping', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Robot Shop chart (instana/robot-shop K8s/helm at 55292e2): shipping is one replica of the Spring Boot image rs-shipping
      with a readiness probe on /health:8080, 1000Mi limit, default RollingUpdate (maxSurge 25% rounds up to 1, maxUnavailable
      25% rounds down to 0, so the old pod stays until the new one is Ready).
      Incident: the team's 2.2.0-rc.3 release (own registry) adds envFrom configMapRef shipping-config for new tuning
      settings; the ConfigMap lives in the chart of another repo that was never applied. The kubelet keeps the container in
      CreateContainerConfigError with the real kubelet text (Error: configmap "shipping-config" not found, reason Failed)
      and the Deployment passes progressDeadlineSeconds 600 (Progressing False, ProgressDeadlineExceeded), which is why
      \`kubectl rollout status\` in the pipeline times out. The old pod keeps serving: shipping, web and cart log normally.
      Decoy: cart was OOMKilled three days ago (restartCount 1, long since running).
      Deviation: the image registry of the release candidate is invented; the Controller log wording is approximated.
    `,
    workloads: {
      shipping: {
        containers: { shipping: { image: NEW, envFrom: [{ configMapRef: { name: 'shipping-config' } }] } },
        rollout: { at: -24, revision: 6, oldReplicas: 1, oldContainers: { shipping: { image: OLD, envFrom: undefined } } },
        pods: [{ phase: 'Pending', node: 'ip-10-1-3-206.eu-west-1.compute.internal', containers: { shipping: cs.waiting('CreateContainerConfigError', 'configmap "shipping-config" not found') } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T1.iso(-14), lastTransitionTime: T1.iso(-14), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      cart: {
        pods: [{ containers: { cart: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3 - 40), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3 - 40.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -24 },
      { on: 'pod:shipping#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -23.9 },
      { on: 'pod:shipping#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, fieldPath: 'spec.containers{shipping}', first: -23.8 },
      { on: 'pod:shipping#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 9.412s (9.412s including waiting). Image size: 187362714 bytes.`, fieldPath: 'spec.containers{shipping}', first: -23.6 },
      { on: 'pod:shipping#0', reason: 'Pulled', message: `Container image "${NEW}" already present on machine`, fieldPath: 'spec.containers{shipping}', first: -23.4, last: -0.4, count: 109 },
      { on: 'pod:shipping#0', reason: 'Failed', type: 'Warning', message: 'Error: configmap "shipping-config" not found', fieldPath: 'spec.containers{shipping}', first: -23.6, last: -0.4, count: 110 },
    ],
    logs: {
      'shipping#old0/shipping': shippingOldLog,
      'web#0/web': webLog,
      'cart#0/cart': cartLog,
    },
  }),
];
