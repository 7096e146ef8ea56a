// Blind dev batch s87c: one Online Boutique scenario (no fault: a shopper switched the currency selector herself).
// System part imported from scripts/s2-scenarios/online-boutique.mjs; snapshot built by scripts/s87c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };
const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });
const T = clock('2026-04-07T15:42:00Z');
const SESS = '3f9c2a71-58d4-4b0e-a6c2-91e7d0b43f5a';
const fl = (min, severity, message, f = {}) => JSON.stringify(Object.fromEntries(Object.entries({ ...f, message, session: f.session ?? SESS, severity, timestamp: T.isoMs(min) }).sort(([a], [b]) => a.localeCompare(b))));
const req = (min, id, method, path, status, bytes, took, session) => [
  fl(min, 'debug', 'request started', { 'http.req.id': id, 'http.req.method': method, 'http.req.path': path, session }),
  fl(min + 0.002, 'debug', 'request complete', { 'http.req.id': id, 'http.req.method': method, 'http.req.path': path, 'http.resp.bytes': bytes, 'http.resp.status': status, 'http.resp.took_ms': took, session }),
];
const other = 'b81d07e4-2c6f-4f1a-9e35-0d7a6c5b2e19';
const frontend0 = [
  fl(-31.2, 'info', 'starting server on :8080', { session: undefined }).replace(',"session":"' + SESS + '"', ''),
  ...req(-29, 'a1c0e6b2-4d7f-4e3a-8b1c-2f6e9d0a7b41', 'GET', '/', 200, 10782, 41, other),
  ...req(-24.5, 'c7e2f1a9-0b3d-4c6e-9f8a-1d2b3c4e5f60', 'GET', '/product/OLJCESPC7Z', 200, 7214, 23),
  ...req(-24.1, 'd04b6a1e-7f2c-4b9d-8e5a-3c1f0e2d4b77', 'POST', '/cart', 302, 0, 18),
  fl(-18.4, 'debug', 'request started', { 'http.req.id': 'e5f8a2c1-9d0b-4e7f-a6b3-c2d1e0f9a8b7', 'http.req.method': 'POST', 'http.req.path': '/setCurrency' }),
  fl(-18.4, 'debug', 'setting currency', { 'curr.new': 'JPY', 'curr.old': 'USD', 'http.req.id': 'e5f8a2c1-9d0b-4e7f-a6b3-c2d1e0f9a8b7', 'http.req.method': 'POST', 'http.req.path': '/setCurrency' }),
  fl(-18.398, 'debug', 'request complete', { 'http.req.id': 'e5f8a2c1-9d0b-4e7f-a6b3-c2d1e0f9a8b7', 'http.req.method': 'POST', 'http.req.path': '/setCurrency', 'http.resp.bytes': 0, 'http.resp.status': 302, 'http.resp.took_ms': 1 }),
  ...req(-18.3, 'f1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b', 'GET', '/product/OLJCESPC7Z', 200, 7238, 27),
  ...req(-12.2, '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d', 'GET', '/cart', 200, 9120, 64),
  ...req(-9.8, '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', 'GET', '/', 200, 10794, 38, other),
  ...req(-6.5, '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', 'GET', '/cart', 200, 9120, 59),
];
const frontend1 = [
  ...req(-27, '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a', 'GET', '/product/66VCHSJNUP', 200, 7301, 31, other),
  ...req(-15.1, '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b', 'GET', '/_healthz', 200, 2, 0, 'x-liveness-probe'),
  ...req(-4.2, '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c', 'POST', '/cart/checkout', 200, 8433, 212, other),
];
const pinoC = (min, message, host = '%POD%') => JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(min)), pid: 1, hostname: host, name: 'currencyservice-server', message });
const currency = [
  pinoC(-34.6, 'Starting gRPC server on port 7000...'),
  pinoC(-34.5, 'Profiler disabled.'),
  pinoC(-34.5, 'Tracing disabled.'),
  ...[-29, -24.5, -18.3, -12.2, -9.8, -6.5, -4.2].flatMap((m) => [pinoC(m, 'Getting supported currencies...'), pinoC(m + 0.001, 'conversion request successful')]),
];

export const scenarios = [
  {
    folder: 's87c-prices-in-yen-after-currency-rollout',
    incidentTime: '2026-04-07T15:42:00Z',
    description: 'cust support ticket: shopper says the cart & product pages show prices in JPY (yen) not USD for the last ~20 min. currencysvc got redeployed this afternoon, did it break conversion??',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    workloads: {
      currencyservice: {
        rollout: { at: -35, revision: 4, oldContainers: { server: { resources: res('100m', '64Mi', '200m', '128Mi') } } },
        containers: { server: { resources: res('100m', '128Mi', '200m', '256Mi') } },
      },
      recommendationservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', source: 'deployment-controller', first: -35 },
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', source: 'deployment-controller', first: -34.4 },
      { on: 'pod:currencyservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -35 },
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Container image "${'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo'}/currencyservice:v0.10.6" already present on machine`, fieldPath: 'spec.containers{server}', first: -34.9 },
      { on: 'pod:currencyservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -34.9 },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -34.8 },
    ],
    logs: {
      'frontend#0/server': frontend0,
      'frontend#1/server': frontend1,
      'currencyservice#0/server': currency,
    },
    grounding: `
      No fault. Upstream frontend (src/frontend/handlers.go setCurrencyHandler) keeps the shopper's currency in the
      shop_currency cookie and logs "setting currency" with curr.old/curr.new at debug level; the shopper's own session
      (3f9c2a71-...) switched USD -> JPY at 15:23:36, after which every page of that session is priced in yen by design.
      Decoys: currencyservice was rolled out 35 minutes before the complaint (revision 4: only the memory request/limit raised
      from 64Mi/128Mi to 128Mi/256Mi, same image v0.10.6; the old and new ReplicaSet templates differ only there) and its
      log shows successful conversions; recommendationservice carries an OOMKilled restart from three days earlier.
      Deviations from upstream (release/kubernetes-manifests.yaml at 34ffea9): currencyservice resources raised as above.
      Log formats: logrus JSON of the Go frontend (keys sorted), pino with severity/message keys of the Node currencyservice.
    `,
  },
];
