// Batch s37c (blind dev): one Robot Shop scenario, built by scripts/s37c-build.mjs with scripts/kit-systems/robot-shop.mjs.
// No fault: a 5xx alert fired by a few seconds of 502s while catalogue was rollout-restarted; everything has been healthy since.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-03-21T09:10:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');
const clf = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  return `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
};
const ngxErr = (min) => T.go(min).replace(/-/g, '/');
const UA = '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"';
const CLIENTS = ['10.1.1.38', '10.1.2.91', '10.1.3.17'];
const ROLL = -26.4;

const web = [];
let n = 0;
const access = (min, path, status, bytes) =>
  web.push(`${CLIENTS[n++ % 3]} - - [${clf(min)}] "GET ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" ${UA} "-"`);
for (let m = -40; m < ROLL; m += 1.7) {
  access(m, '/api/catalogue/products', 200, 3184);
  access(m + 0.2, '/api/ratings/api/fetch/RED', 200, 47);
}
// the catalogue endpoint switch: old pod already gone, kube-proxy rules not yet updated
for (const [dt, path] of [[0.31, '/api/catalogue/products'], [0.32, '/api/catalogue/categories'], [0.36, '/api/catalogue/products'], [0.41, '/api/catalogue/product/EMM'], [0.44, '/api/catalogue/products']]) {
  web.push(`${ngxErr(ROLL + dt)} [error] 29#29: *${48210 + n} connect() failed (111: Connection refused) while connecting to upstream, client: ${CLIENTS[n % 3]}, server: localhost, request: "GET ${path} HTTP/1.1", upstream: "http://%SVCIP:catalogue%:8080${path.replace('/api/catalogue', '')}", host: "shop.robotshop.example"`);
  access(ROLL + dt, path, 502, 157);
}
for (let m = ROLL + 1; m < -0.2; m += 1.3) {
  access(m, '/api/catalogue/products', 200, 3184);
  if (Math.round(m * 10) % 3 === 0) access(m + 0.1, '/api/cart/cart/8213', 200, 412);
  if (Math.round(m * 10) % 4 === 0) access(m + 0.2, '/api/shipping/codes', 200, 2201);
}

const catHost = '%POD%';
const catalogue = [
  pino(T, ROLL + 0.35, 'info', catHost, 'Started on port 8080'),
  pino(T, ROLL + 0.4, 'info', catHost, 'MongoDB connected'),
];
for (let m = ROLL + 1; m < -0.2; m += 3.1)
  catalogue.push(pino(T, m, 'info', catHost, 'request completed', `"req":{"id":${120 + Math.round(m + 30)},"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":${(4 + (Math.abs(m) % 3)).toFixed(3)},`));

export const scenarios = [
  withDefaults({
    folder: 's37c-catalogue-restart-502-blip',
    description: 'robot shop: got paged for web 5xx rate at 08:44, is something broken?',
    incidentTime: INC,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Robot Shop K8s/helm (images robotshop/rs-*:2.1.0): web is nginx proxying /api/catalogue/ to http://catalogue:8080/, catalogue
      a single-replica Node.js (Express, pino) Deployment without readiness probe or preStop hook. A rollout restart of a
      single-replica Deployment without a readiness probe or preStop hook gives a short window in which nginx's connects to
      the ClusterIP are refused (the old container has exited and kube-proxy still sends to its address, or the new one
      is not listening yet): five 502s within eight seconds around 08:44, enough for a "5xx rate" alert on a low-traffic shop
      at 08:44. Since then 26 minutes of clean 200s on every route, catalogue Ready with zero restarts, MongoDB connected.
      Decoys: the catalogue rollout itself (kubectl.kubernetes.io/restartedAt, same image), two ratings readiness-probe timeouts at
      08:32 (ratings stayed Ready: failureThreshold 30) and an old cart OOMKill (restart count 1, eleven days ago). Nothing is wrong now: no-fault.
    `,
    workloads: {
      catalogue: {
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(ROLL).replace('Z', '+00:00') } },
        rollout: { at: ROLL, revision: 5, oldPatch: { podAnnotations: undefined } },
        pods: [{ created: T.iso(ROLL + 0.02), readyTransition: T.iso(ROLL + 0.3), containers: { catalogue: cs.running(T.iso(ROLL + 0.28)) } }],
      },
      cart: {
        pods: [
          {
            containers: {
              cart: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 11 - 204),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 19), finishedAt: T.iso(-60 * 24 * 11 - 204.3) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: ROLL },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: ROLL + 0.3 },
      { on: 'pod:catalogue#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.02 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "robotshop/rs-catalogue:2.1.0" already present on machine', fieldPath: 'spec.containers{catalogue}', first: ROLL + 0.1 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', fieldPath: 'spec.containers{catalogue}', first: ROLL + 0.28 },
      { on: 'pod:ratings#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{ratings}', first: -38.2, last: -37.9, count: 2 },
    ],
    logs: {
      'web#0/web': web,
      'catalogue#0/catalogue': catalogue,
    },
  }),
];
