// s133c blind dev: Online Boutique (system from scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const INC = '2026-05-12T09:52:00Z';
const T = clock(INC);
const NODE0 = 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx';
const fe = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '5d1e0c7a-8f42-4b9e-a3c1-0e6f2d9b7a41', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '2c7b9e10-4d3f-4a6e-8b21-f05d3c9a6e72', severity, timestamp: T.isoMs(min) });
const cur = (min, severity, message) => JSON.stringify({ severity, time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message });

// OOM restarts of currencyservice: last kill 1.6 min before the incident, six restarts since ~09:38.
const curLogs = [];
for (let m = -1.3; m < -0.05; m += 0.07) {
  curLogs.push(cur(m, 'info', 'Getting supported currencies...'));
  curLogs.push(cur(m + 0.01, 'info', 'received conversion request'));
  curLogs.push(cur(m + 0.02, 'info', 'conversion request successful'));
}
curLogs.unshift(cur(-1.47, 'info', 'Tracing disabled.'), cur(-1.46, 'info', 'Profiler disabled.'), cur(-1.45, 'info', 'CurrencyService gRPC server started on port 7000'));
const curPrev = [cur(-4.9, 'info', 'Tracing disabled.'), cur(-4.89, 'info', 'Profiler disabled.'), cur(-4.88, 'info', 'CurrencyService gRPC server started on port 7000')];
for (let m = -4.8; m < -1.62; m += 0.06) {
  curPrev.push(cur(m, 'info', 'received conversion request'));
  curPrev.push(cur(m + 0.01, 'info', 'conversion request successful'));
  if (Math.round(m * 100) % 7 === 0) curPrev.push(cur(m + 0.02, 'info', 'Getting supported currencies...'));
}
const dial = (ip) => `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ${ip}:7000: connect: connection refused"`;
const feLogs = [];
for (let m = -14; m < -0.2; m += 0.5) {
  const down = [-12.1, -9.4, -7.0, -4.95, -1.55].some((d) => m >= d && m < d + 0.3);
  if (down) {
    feLogs.push(fe(m, 'error', 'request error', { path: '/', error: `could not retrieve currencies: ${dial('%SVCIP:currencyservice%')}` }));
    feLogs.push(fe(m + 0.1, 'error', 'request error', { path: '/product/OLJCESPC7Z', error: `failed to convert currency for product: ${dial('%SVCIP:currencyservice%')}` }));
  } else {
    feLogs.push(fe(m, 'debug', 'request started', { path: '/product/66VCHSJNUP' }));
    feLogs.push(fe(m + 0.05, 'debug', 'request complete', { path: '/product/66VCHSJNUP' }));
    feLogs.push(fe(m + 0.2, 'debug', 'request started', { path: '/cart', method: 'POST' }));
    feLogs.push(fe(m + 0.25, 'debug', 'request complete', { path: '/cart', method: 'POST' }));
  }
}
const coLogs = [
  `{"message":"[PlaceOrder] user_id=\\"6f0a7d1e-1c25-4d0b-9a57-c3b1e2f40a98\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T.isoMs(-9.3)}"}`,
  `{"message":"failed to convert price of \\"OLJCESPC7Z\\" to EUR: ${dial('%SVCIP:currencyservice%').replaceAll('"', '\\"')}","severity":"warning","timestamp":"${T.isoMs(-9.29)}"}`,
  `{"message":"[PlaceOrder] user_id=\\"a91e3c44-7b0d-4f6a-8e12-5c9d0b3f7e21\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T.isoMs(-3.2)}"}`,
  `{"message":"payment went through (transaction_id: 0d4c8a2e-61f7-4b39-9e05-7a3b1c6d2f80)","severity":"info","timestamp":"${T.isoMs(-3.19)}"}`,
  `{"message":"order confirmation email sent to \\"someone@example.com\\"","severity":"info","timestamp":"${T.isoMs(-3.18)}"}`,
];
const recLogs = [
  `{"timestamp": ${Date.parse(T.iso(-2)) / 1000}, "severity": "INFO", "name": "recommendationservice-server", "message": "[Recv ListRecommendations] product_ids=['9SIQT8TOJO', '0PUK6V6EV0', 'LS4PSXUNUM', '1YMWWN1N4O', 'L9ECAV7KIM']"}`,
  `{"timestamp": ${Date.parse(T.iso(-1)) / 1000}, "severity": "INFO", "name": "recommendationservice-server", "message": "[Recv ListRecommendations] product_ids=['6E92ZMYYFZ', '2ZYFJ3GM2N', 'OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O']"}`,
];

export const scenarios = [
  {
    folder: 's133c-currency-oom-restarts',
    description: 'storefront intermittently 500s - "could not retrieve currencies" on home + product pages, started around 9:38, comes and goes every few min',
    incidentTime: INC,
    expected: { component: 'currencyservice', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'crash-loop' }, { component: 'currencyservice', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      currencyservice is the Node.js gRPC server of Online Boutique (release/kubernetes-manifests.yaml v0.10.6: limits
      cpu 200m / memory 128Mi, gRPC liveness and readiness probes on 7000). The fault follows the frequently reported
      pattern of a Node heap growing past a small container limit (microservices-demo issues about currencyservice
      memory under load; Chaos Mesh StressChaos memory stressor inside the container): the kernel OOM-kills the
      container (OOMKilled, exit 137) every few minutes; each time it is restarted it becomes Ready again within
      seconds, so at the snapshot the pod is Running and Ready with restartCount 6 and lastState OOMKilled. The
      frontend is louder (connection refused on the currency Service each time) and checkoutservice logs a conversion
      failure. Decoy: recommendationservice has one OOMKilled restart three days ago and has been stable since.
      Deviations from upstream: load higher than the default loadgenerator (USERS=10); the SystemOOM node event is as
      the kubelet's oom watcher records it.`,
    workloads: {
      currencyservice: {
        pods: [{
          node: NODE0,
          containers: { server: cs.restartedRunning({ restarts: 6, startedAt: T.iso(-1.5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-4.95), finishedAt: T.iso(-1.6) } }) },
          readyTransition: T.iso(-1.4),
        }],
      },
      recommendationservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) }, readyTransition: T.iso(-60 * 24 * 3 + 0.2) }],
      },
    },
    events: [
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/currencyservice:v0.10.6" already present on machine`, first: -13.9, last: -1.55, count: 6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Created', message: 'Created container server', first: -13.9, last: -1.55, count: 6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', first: -13.9, last: -1.5, count: 6, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', first: -9.3, last: -1.58, count: 4, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s: context deadline exceeded', type: 'Warning', first: -12.0, last: -1.45, count: 7, fieldPath: 'spec.containers{server}' },
      { on: `node:${NODE0}`, reason: 'SystemOOM', message: 'System OOM encountered, victim process: node, pid: 418236', type: 'Warning', first: -12.2, last: -1.6, count: 6 },
    ],
    logs: {
      'currencyservice#0/server': curLogs,
      'currencyservice#0/server/previous': curPrev,
      'frontend#0/server': feLogs,
      'checkoutservice#0/server': coLogs,
      'recommendationservice#0/server': recLogs,
    },
  },
];
