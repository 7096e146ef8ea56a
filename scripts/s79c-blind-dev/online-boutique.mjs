// Blind dev batch s79c, Online Boutique: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// currencyservice's CPU limit cut to 25m by a "right-sizing" rollout: CFS-throttled Node.js, slow gRPC, probe kills.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INC = '2026-04-21T15:40:00Z';
const T = clock(INC);
const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });
// pino as currencyservice/server.js configures it (name currencyservice-server, messageKey message, severity formatter).
const cur = (min, sev, msg) =>
  `{"severity":"${sev}","time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"${msg}"}`;
// logrus JSON as the frontend prints it.
const fe = (min, sev, message, f = {}) =>
  JSON.stringify({
    ...(f.error ? { error: f.error } : {}),
    'http.req.id': f.id,
    'http.req.method': f.method ?? 'GET',
    'http.req.path': f.path ?? '/',
    ...(f.took !== undefined ? { 'http.resp.bytes': f.bytes ?? 10412, 'http.resp.status': f.status ?? 200, 'http.resp.took_ms': f.took } : {}),
    message,
    session: f.session ?? '4f1c9a2e-77b3-4d0e-9a51-c2e6b8d3f190',
    severity: sev,
    timestamp: T.isoMs(min),
  });
const co = (min, sev, message) => JSON.stringify({ message, severity: sev, timestamp: T.isoMs(min) });

const rid = (n) => `b7e3${String(n).padStart(4, '0')}-1f2a-4c8d-9e0b-5a6c7d8e9f${String(10 + (n % 89)).padStart(2, '0')}`;

const curPrev = [
  cur(-20.9, 'info', 'Profiler disabled.'),
  cur(-20.9, 'info', 'Tracing disabled.'),
  cur(-20.7, 'info', 'Starting gRPC server on port 7000...'),
  cur(-20.2, 'info', 'Getting supported currencies...'),
  cur(-19.8, 'info', 'received conversion request'),
  cur(-19.4, 'info', 'conversion request successful'),
  cur(-18.6, 'info', 'Getting supported currencies...'),
  cur(-17.9, 'info', 'received conversion request'),
  cur(-16.8, 'info', 'conversion request successful'),
  cur(-15.7, 'info', 'Getting supported currencies...'),
];
const curNow = [
  cur(-14.6, 'info', 'Profiler disabled.'),
  cur(-14.6, 'info', 'Tracing disabled.'),
  cur(-14.3, 'info', 'Starting gRPC server on port 7000...'),
];
for (let m = -13.8; m < -0.3; m += 0.9) {
  curNow.push(cur(m, 'info', 'Getting supported currencies...'));
  curNow.push(cur(m + 0.3, 'info', 'received conversion request'));
  curNow.push(cur(m + 0.6, 'info', 'conversion request successful'));
}

const feLines = [];
let n = 0;
for (let m = -58; m < -51; m += 1.5) {
  feLines.push(fe(m, 'debug', 'request started', { id: rid(++n) }));
  feLines.push(fe(m + 0.01, 'debug', 'request complete', { id: rid(n), took: 38 + (n % 5) * 7 }));
}
for (let m = -48; m < -0.5; m += 1.3) {
  const restarting = (m > -21.2 && m < -20.6) || (m > -14.9 && m < -14.2);
  feLines.push(fe(m, 'debug', 'request started', { id: rid(++n), path: n % 3 ? '/' : '/product/OLJCESPC7Z' }));
  if (restarting) {
    feLines.push(
      fe(m + 0.02, 'error', 'request error', {
        id: rid(n),
        path: n % 3 ? '/' : '/product/OLJCESPC7Z',
        error: `could not retrieve currencies: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"`,
      }),
    );
  } else {
    feLines.push(fe(m + 0.08, 'debug', 'request complete', { id: rid(n), path: n % 3 ? '/' : '/product/OLJCESPC7Z', took: 3100 + ((n * 733) % 5200) }));
  }
}
feLines.push(fe(-6.2, 'debug', 'request started', { id: rid(++n), method: 'POST', path: '/cart/checkout' }));
feLines.push(fe(-6.05, 'debug', 'request complete', { id: rid(n), method: 'POST', path: '/cart/checkout', took: 8914, status: 200 }));

const coLines = [
  co(-57.2, 'info', '[PlaceOrder] user_id="7d3e1c42-9a0b-4f6e-8c21-5b9d0a3f6e17" user_currency="USD"'),
  co(-57.2, 'info', 'payment went through (transaction_id: 2c4e6a8b-1d3f-4a5c-9e7b-0f2d4b6c8e01)'),
  co(-57.1, 'info', 'order confirmation email sent to "someone@example.com"'),
  co(-31.4, 'info', '[PlaceOrder] user_id="a1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d" user_currency="EUR"'),
  co(-31.3, 'info', 'payment went through (transaction_id: 9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a)'),
  co(-31.3, 'info', 'order confirmation email sent to "someone@example.com"'),
  co(-6.2, 'info', '[PlaceOrder] user_id="4f1c9a2e-77b3-4d0e-9a51-c2e6b8d3f190" user_currency="JPY"'),
  co(-6.1, 'info', 'payment went through (transaction_id: 3a5c7e9b-2d4f-4816-a0c2-e4f6a8b0c2d4)'),
  co(-6.05, 'info', 'order confirmation email sent to "someone@example.com"'),
];

export const scenarios = [
  {
    folder: 's79c-currency-cpu-limit-throttled',
    incidentTime: INC,
    description: 'shop crawling since ~15:00, currency dropdown + checkout take 5-10s. storefront team didnt deploy anything',
    expected: { component: 'currencyservice', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'cpu-starvation', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    workloads: {
      currencyservice: {
        containers: { server: { resources: res('20m', '64Mi', '25m', '128Mi') } },
        rollout: { at: -52, oldContainers: { server: { resources: res('100m', '64Mi', '200m', '128Mi') } } },
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 3,
                startedAt: T.iso(-14.7),
                last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-21), finishedAt: T.iso(-14.8) },
              }),
            },
            readyTransition: T.iso(-2.1),
          },
        ],
      },
      recommendationservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 + 12),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 + 11.8) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -52 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -51.4 },
      { on: 'pod:currencyservice#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{server}', message: 'Readiness probe failed: timeout: health rpc did not complete within 1s', first: -49.5, last: -0.4, count: 187 },
      { on: 'pod:currencyservice#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{server}', message: 'Liveness probe failed: timeout: health rpc did not complete within 1s', first: -44.1, last: -1.3, count: 29 },
      { on: 'pod:currencyservice#0', reason: 'Killing', fieldPath: 'spec.containers{server}', message: 'Container server failed liveness probe, will be restarted', first: -35.2, last: -14.9, count: 3 },
      { on: 'pod:currencyservice#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/currencyservice:v0.10.6" already present on machine', first: -51.9, last: -14.75, count: 4 },
      { on: 'pod:currencyservice#0', reason: 'Created', fieldPath: 'spec.containers{server}', message: 'Created container server', first: -51.9, last: -14.75, count: 4 },
      { on: 'pod:currencyservice#0', reason: 'Started', fieldPath: 'spec.containers{server}', message: 'Started container server', first: -51.9, last: -14.7, count: 4 },
    ],
    logs: {
      'currencyservice#0/server/previous': curPrev,
      'currencyservice#0/server': curNow,
      'frontend#0/server': feLines,
      'checkoutservice#0/server': coLines,
    },
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml at 34ffea9, v0.10.6): currencyservice is a Node.js gRPC server on 7000
      with requests cpu 100m / limits cpu 200m, gRPC readiness and liveness probes (timeoutSeconds 1, periodSeconds 10,
      failureThreshold 3); the frontend calls it on every page (GetSupportedCurrencies, Convert per price) and checkout
      converts every item. Fault: a cost "right-sizing" rollout 52 minutes before the incident set currencyservice's
      requests/limits to 20m/25m CPU (the old and new ReplicaSets differ only in resources). Under the CFS quota the
      single-threaded Node process is throttled for most of each 100ms period, so every RPC and every probe is slow: pages
      take 3-8s, readiness flaps (187 Unhealthy), liveness kills the container three times (node as PID 1 ignores SIGTERM, so
      the kill ends with SIGKILL, exit 137, reason Error), and during those restarts the frontend logs connection refused.
      The pod is Ready at the snapshot; currencyservice's own log shows only normal lines. Grounded on public write-ups of
      CFS throttling of latency-sensitive services under low CPU limits (Zalando, Omio, Buffer "K8s CPU limits" posts) and
      kubelet's gRPC prober message "timeout: health rpc did not complete within 1s". Decoy: recommendationservice was
      OOMKilled three days ago and has been Ready since. Deviations from upstream: the cut resources, loadgenerator traffic
      shapes; currencyservice log lines are the upstream server.js messages.`,
  },
];
