import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/online-boutique.mjs';

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fl = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min) });
const pino = (T, min, msg, pod) => JSON.stringify({ level: 30, time: Date.parse(T.isoMs(min)), pid: 1, hostname: pod, name: 'currencyservice-server', msg });

const T1 = clock('2026-05-12T15:22:00Z');
const curPrev = [];
for (let m = -24; m < -6.2; m += 0.37) {
  curPrev.push(pino(T1, m, 'Getting supported currencies...', '%POD%'));
  curPrev.push(pino(T1, m + 0.05, 'conversion request successful', '%POD%'));
}
const curNow = [pino(T1, -6.05, 'Profiler disabled.', '%POD%'), pino(T1, -6.04, 'Tracing disabled.', '%POD%'), pino(T1, -6.0, 'Starting gRPC server on port 7000...', '%POD%'), pino(T1, -5.98, 'CurrencyService gRPC server started on port 7000', '%POD%')];
for (let m = -5.9; m < -0.3; m += 0.41) {
  curNow.push(pino(T1, m, 'Getting supported currencies...', '%POD%'));
  curNow.push(pino(T1, m + 0.04, 'conversion request successful', '%POD%'));
}
const refused = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"';
const fe = (k) => {
  const out = [];
  for (let m = -30; m < -0.5; m += 0.9) {
    out.push(fl(T1, m, 'debug', 'request started', { path: '/product/OLJCESPC7Z', id: `a${k}${Math.round(-m * 10)}-7e1c-4f0a-9b52-3d8e61c0f4a2` }));
    out.push(fl(T1, m + 0.01, 'debug', 'request complete', { path: '/product/OLJCESPC7Z', id: `a${k}${Math.round(-m * 10)}-7e1c-4f0a-9b52-3d8e61c0f4a2` }));
    if ((m > -17 && m < -16) || (m > -12 && m < -11) || (m > -6.8 && m < -5.9)) {
      out.push(fl(T1, m + 0.2, 'error', 'request error', { path: '/', error: `could not retrieve currencies: ${refused}` }));
      out.push(fl(T1, m + 0.3, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: `failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to convert price of "OLJCESPC7Z" to USD` }));
    }
  }
  return out;
};

export const scenarios = [
  {
    folder: 's138a-prices-flapping-checkout',
    incidentTime: '2026-05-12T15:22:00Z',
    description: 'boutique: home page + checkout throwing 500s on and off since ~15:05, something w/ currency conversion? frontend pods look fine',
    expected: { component: 'currencyservice', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'resource-exhaustion' }, { component: 'currencyservice', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Manifest: currencyservice (Node.js, release/kubernetes-manifests.yaml v0.10.6) has limits cpu 200m / memory 128Mi; the frontend
      and checkoutservice call it on every page and on PlaceOrder (CURRENCY_SERVICE_ADDR currencyservice:7000).
      Fault: a traffic burst pushes the Node process's RSS over the 128Mi cgroup limit; the kernel OOM killer ends it (OOMKilled, 137),
      the kubelet restarts it and it is Ready again within seconds, so the pod flaps Ready and keeps serving between kills. This follows
      the memory-stress / OOM experiments people run against Online Boutique (Chaos Mesh StressChaos on currencyservice) and the
      upstream issues about currencyservice memory growth. The previous log ends abruptly (a cgroup kill leaves no Node stack).
      Callers log gRPC Unavailable / connection refused during restarts. Decoy: adservice rolled out a patch release two days ago,
      healthy. Deviations: replica count 1 as upstream; log volume trimmed.
    `,
    workloads: {
      currencyservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 5, startedAt: T1.iso(-6.1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-11.3), finishedAt: T1.iso(-6.3) } }) } }],
      },
      adservice: {
        rollout: { at: -60 * 24 * 2 - 37, revision: 5, oldContainers: { server: { image: `${REG}/adservice:v0.10.5` } } },
      },
    },
    events: [
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Container image "${REG}/currencyservice:v0.10.6" already present on machine`, first: -17.4, last: -6.2, count: 5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Created', message: 'Created container server', first: -17.4, last: -6.2, count: 5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', first: -17.3, last: -6.1, count: 5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -11.9, last: -6.25, count: 3, fieldPath: 'spec.containers{server}' },
      { on: 'pod:currencyservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s', first: -16.9, last: -6.3, count: 4, fieldPath: 'spec.containers{server}' },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -60 * 24 * 2 - 37, last: -60 * 24 * 2 - 37 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', first: -60 * 24 * 2 - 36, last: -60 * 24 * 2 - 36 },
    ],
    logs: {
      'currencyservice#0/server/previous': curPrev,
      'currencyservice#0/server': curNow,
      'frontend#0/server': fe(1),
      'frontend#1/server': fe(2),
      'checkoutservice#0/server': [
        JSON.stringify({ message: '[PlaceOrder] user_id="4f1c2b3a-9d7e-4e61-8a55-0b9c7d2e6f13" user_currency="EUR"', severity: 'info', timestamp: T1.isoMs(-11.6) }),
        JSON.stringify({ message: `failed to prepare order: failed to convert price of "OLJCESPC7Z" to EUR: ${refused}`, severity: 'warning', timestamp: T1.isoMs(-11.59) }),
        JSON.stringify({ message: '[PlaceOrder] user_id="2c8d5e1a-3f7b-4d9c-b6e2-8a1f0c4d9e57" user_currency="JPY"', severity: 'info', timestamp: T1.isoMs(-6.4) }),
        JSON.stringify({ message: `failed to prepare order: failed to convert price of "66VCHSJNUP" to JPY: ${refused}`, severity: 'warning', timestamp: T1.isoMs(-6.39) }),
        JSON.stringify({ message: '[PlaceOrder] user_id="7a2e9c4d-1b3f-4a8e-9c6d-5e0f2a7b8c91" user_currency="USD"', severity: 'info', timestamp: T1.isoMs(-4.2) }),
        JSON.stringify({ message: 'payment went through (transaction_id: 0f3a9c2e-6b1d-4e7f-8a5c-2d9b4e1f7a36)', severity: 'info', timestamp: T1.isoMs(-4.19) }),
      ],
      'adservice#0/server': [
        `${T1.java(-40).replace(' ', 'T')}Z INFO  hipstershop.AdService - received ad request (context_words=[kitchen])`,
        `${T1.java(-3).replace(' ', 'T')}Z INFO  hipstershop.AdService - received ad request (context_words=[accessories])`,
      ],
    },
  },
];
