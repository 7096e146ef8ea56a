// Held-out scenario of batch s48b for Stan's Robot Shop (kit system scripts/kit-systems/robot-shop.mjs), split: test.
// Written blind (no rule packs, engine code or other scenarios read); expected answer fixed before the snapshot was built.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as rsys, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = rsys;
export const defaultPvcs = pvcs;

const I = '2026-12-03T10:26:00Z';
const T = clock(I);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => { const d = new Date(T.isoMs(min)); return `${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${T.iso(min).slice(11, 19)} +0000`; };
const REQ = [
  ['GET /api/catalogue/products', 200, 2761], ['GET /api/catalogue/categories', 200, 63], ['GET /api/ratings/api/fetch/HAL-1', 200, 31],
  ['GET /api/cart/cart/anonymous-', 200, 74], ['GET /images/HAL.jpg', 200, 20184], ['GET /api/user/uniqueid', 200, 44],
  ['POST /api/cart/add/anonymous-', 200, 156], ['GET /api/shipping/codes', 200, 4815], ['GET /api/catalogue/product/RD-10', 200, 215],
];
const web = [];
for (let m = -40, i = 0; m < -0.2; m += 0.27, i++) {
  const [r, st, len] = REQ[i % REQ.length];
  const path = r.endsWith('anonymous-') ? `${r}${(i * 7919) % 100000}` + (r.startsWith('POST') ? '/RD-10/1' : '') : r;
  web.push(`10.1.${1 + (i % 3)}.${20 + (i % 40)} - - [${clf(m)}] "${path} HTTP/1.1" ${st} ${len} "http://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"`);
}
const catLog = [
  pino(T, -23.6, 'info', '%POD%', 'MongoDB connected'),
  pino(T, -23.6, 'info', '%POD%', 'Started on port 8080'),
  ...Array.from({ length: 30 }, (_, i) => pino(T, -23 + i * 0.75, 'info', '%POD%', 'request completed', `"req":{"id":${i + 1},"method":"GET","url":"/products","headers":{"host":"catalogue:8080","x-forwarded-for":"10.1.2.${30 + i}"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${41000 + i * 13}},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8","content-length":"2761"}},"responseTime":${(4 + (i % 5) * 1.7).toFixed(0)},`)),
];
const ratingsLog = [
  `[${T.java(-22).replace(' ', 'T')}] request.INFO: Matched route "_health". {"route":"_health","route_parameters":{"_route":"_health","_controller":"App\\\\Controller\\\\HealthController::health"},"request_uri":"http://%PODIP%/_health","method":"GET"} []`,
  `[${T.java(-21.1).replace(' ', 'T')}] request.INFO: Matched route "_health". {"route":"_health","route_parameters":{"_route":"_health","_controller":"App\\\\Controller\\\\HealthController::health"},"request_uri":"http://%PODIP%/_health","method":"GET"} []`,
  `[${T.java(-5).replace(' ', 'T')}] request.INFO: Matched route "app_ratings_get". {"route":"app_ratings_get","route_parameters":{"_route":"app_ratings_get","sku":"HAL-1","_controller":"App\\\\Controller\\\\RatingsApiController::get"},"request_uri":"http://ratings/api/fetch/HAL-1","method":"GET"} []`,
];

export const scenarios = [
  withDefaults({
    folder: 's48b-web-brief-slowness-catalogue-rollout',
    description: 'robot shop felt slow for a couple of minutes around 10:05? can someone check, looks fine now',
    incidentTime: I,
    expected: null,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      instana/robot-shop K8s/helm at 55292e2: catalogue (Node.js, pino) behind web (nginx, default combined access log), ratings
      (PHP/Symfony, monolog) with readiness /_health timeoutSeconds 1 and failureThreshold 30, shipping (Java). Nothing is wrong: a
      catalogue rollout at 10:02 (CPU limit 200m to 300m, the usual rolling update) replaced the pod in half a minute, ratings
      missed two readiness probes during the rollout (1 s timeout; far below the threshold of 30, the pod stayed Ready), and a
      shipping restart four days ago (exit 143, SIGTERM) is history.
      web answers 200 throughout. The engineer's "slow around 10:05" is the rollout's half minute; a careful engineer finds no
      fault to act on.`,
    workloads: {
      catalogue: {
        rollout: { at: -24.3, revision: 4, oldContainers: { catalogue: { resources: { limits: { cpu: '200m', memory: '100Mi' }, requests: { cpu: '100m', memory: '50Mi' } } } } },
        containers: { catalogue: { resources: { limits: { cpu: '300m', memory: '100Mi' }, requests: { cpu: '100m', memory: '50Mi' } } } },
        endpointsChanged: -23.5,
      },
      shipping: { pods: [{ containers: { shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.6) } }) } }] },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -24.3 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -23.5 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "robotshop/rs-catalogue:2.1.0" already present on machine', first: -23.9 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -23.8 },
      { on: 'pod:ratings#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{ratings}', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -21.6, last: -21.1, count: 2 },
    ],
    logs: {
      'web#0/web': web,
      'catalogue#0/catalogue': catLog,
      'ratings#0/ratings': ratingsLog,
    },
  }),
];
