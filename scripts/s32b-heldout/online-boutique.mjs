// Batch s32b held-out scenario for Online Boutique (split: test), written blind on the session-2 system definition
// (scripts/s2-scenarios/online-boutique.mjs, `system` only); expanded by scripts/s32b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

// Expected answer fixed before generation: cartservice / oom-killed.
const INC = '2026-07-09T18:25:00Z';
const T = clock(INC);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const START = -21; // first OOM kill at 18:04, evening promo traffic from ~18:00

const fe = (min, severity, message, extra = {}) =>
  JSON.stringify({
    ...(extra.error ? { error: extra.error } : {}),
    'http.req.id': extra.id,
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/',
    ...(extra.status ? { 'http.resp.bytes': extra.bytes ?? 10812, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 41 } : {}),
    message,
    session: extra.session,
    severity,
    timestamp: T.isoMs(min),
  });
const hex = (n) => ((n * 2654435761) >>> 0).toString(16).padStart(8, '0');
const rid = (n) => `${hex(n)}-${hex(n + 7).slice(0, 4)}-4${hex(n + 3).slice(0, 3)}-9${hex(n + 5).slice(0, 3)}-${hex(n + 11)}${hex(n + 13).slice(0, 4)}`;

const frontendLog = [];
let k = 1;
for (let m = -40; m < 0; m += 0.15) {
  k++;
  const path = ['/', '/product/OLJCESPC7Z', '/cart', '/product/66VCHSJNUP', '/'][k % 5];
  const session = rid(1000 + (k % 37));
  const id = rid(k);
  // Cart unavailable windows: each OOM kill plus the restart (both replicas struggling from 18:04).
  const down = m > START && (Math.floor((m - START) * 10) % 23 < 9);
  if (down) {
    const err = k % 3 === 0
      ? 'could not retrieve cart: rpc error: code = Unavailable desc = error reading from server: EOF'
      : `could not retrieve cart: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:cartservice%:7070: connect: connection refused"`;
    if (k % 11 === 0)
      frontendLog.push(fe(m, 'error', 'request error', { id, session, path: '/cart/checkout', method: 'POST', error: `failed to complete the order: rpc error: code = Internal desc = cart failure: failed to get user cart during checkout: ${err.replace('could not retrieve cart: ', '')}` }));
    else frontendLog.push(fe(m, 'error', 'request error', { id, session, path, method: path === '/cart' && k % 2 ? 'POST' : 'GET', error: err }));
  } else {
    frontendLog.push(fe(m, 'debug', 'request started', { id, session, path }));
    frontendLog.push(fe(m + 0.001, 'debug', 'request complete', { id, session, path, status: 200, took: m > START ? 180 + (k % 7) * 40 : 38 + (k % 9) }));
  }
}

const dotnetStart = (m) => [
  'info: Microsoft.Hosting.Lifetime[14]',
  '      Now listening on: http://0.0.0.0:7070',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Application started. Press Ctrl+C to shut down.',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Hosting environment: Production',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Content root path: /app',
];
const cartCalls = (from, to, step, seed) => {
  const out = [];
  let i = seed;
  for (let m = from; m < to; m += step) {
    i++;
    const user = rid(1000 + (i % 37));
    out.push(i % 4 === 0 ? `AddItemAsync called with userId=${user}, productId=${['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM'][i % 4]}, quantity=${1 + (i % 3)}` : `GetCartAsync called with userId=${user}`);
  }
  return out;
};

const checkoutLog = [];
for (let m = START + 2; m < 0; m += 1.7)
  checkoutLog.push(`{"message":"[PlaceOrder] user_id=\\"${rid(1000 + Math.round(m * 3 + 80) % 37)}\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T.isoMs(m)}"}`);

const oom = (restarts, startedAt, lastStart, lastEnd) =>
  cs.restartedRunning({ restarts, startedAt: T.iso(startedAt), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(lastStart), finishedAt: T.iso(lastEnd) } });

export const scenarios = [
  {
    folder: 's32b-home-page-500s-evening',
    split: 'test',
    description: 'boutique front page throwing 500s on and off for the last 20 min, checkout too',
    incidentTime: INC,
    expected: { component: 'cartservice', cause: 'oom-killed' },
    difficulty: 'easy',
    traits: ['time-expression', 'decoy'],
    grounding: `
      GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml (v0.10.6): cartservice (.NET, 2 replicas here)
      has requests 200m/64Mi and limits 300m/128Mi; the frontend calls GetCart on the home, product and cart pages through
      CART_SERVICE_ADDR=cartservice:7070 and checkoutservice calls it in PlaceOrder. Upstream issues report cartservice being
      OOMKilled at the 128Mi limit under load. Fault: an evening promotion raises traffic; both cartservice pods exceed 128Mi
      (managed heap plus gRPC/Kestrel and StackExchange.Redis buffers) and are OOM-killed repeatedly (exit 137, OOMKilled,
      kubelet SystemOOM node events naming the cartservice process, BackOff), so the frontend's logrus JSON logs "could not
      retrieve cart" with gRPC Unavailable (EOF when a pod dies mid-call, connection refused on the ClusterIP when both are down)
      and pages answer 500 intermittently. The .NET logs stop mid-request with no error, as a SIGKILL leaves them.
      redis-cart is healthy. Decoy: a recommendationservice rollout two hours earlier, healthy.`,
    workloads: {
      cartservice: {
        endpointsChanged: -0.6,
        pods: [
          { node: 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt', containers: { server: oom(5, -1.2, -4.9, -1.3) } },
          {
            node: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c',
            containers: {
              server: {
                ...cs.crashLoop({ restarts: 4, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-3.4), finishedAt: T.iso(-0.6), backoff: '1m20s', container: 'server' }),
              },
            },
            ready: false,
            readyTransition: T.iso(-0.6),
          },
        ],
      },
      recommendationservice: { rollout: { at: -126, revision: 6, oldReplicas: 0, oldContainers: { server: { image: `${REG}/recommendationservice:v0.10.5` } } } },
    },
    events: [
      { on: 'pod:cartservice#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: START + 4, last: -1.25, count: 7, fieldPath: 'spec.containers{server}' },
      { on: 'pod:cartservice#1', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: START + 6, last: -0.2, count: 9, fieldPath: 'spec.containers{server}' },
      { on: 'pod:cartservice#0', reason: 'Pulled', message: `Container image "${REG}/cartservice:v0.10.6" already present on machine`, first: START + 0.1, last: -1.2, count: 5, fieldPath: 'spec.containers{server}' },
      { on: 'pod:cartservice#1', reason: 'Pulled', message: `Container image "${REG}/cartservice:v0.10.6" already present on machine`, first: START + 2.1, last: -3.4, count: 4, fieldPath: 'spec.containers{server}' },
      { on: 'node:gke-boutique-prod-default-pool-4f2a9c1e-m2dt', type: 'Warning', reason: 'SystemOOM', message: 'System OOM encountered, victim process: cartservice, pid: 2841107', first: START, last: -1.3, count: 5 },
      { on: 'node:gke-boutique-prod-default-pool-9b31d0a7-wz5c', type: 'Warning', reason: 'SystemOOM', message: 'System OOM encountered, victim process: cartservice, pid: 3310452', first: START + 2, last: -0.6, count: 5 },
    ],
    logs: {
      'frontend#0/server': frontendLog,
      'cartservice#0/server': [...dotnetStart(-1.2), ...cartCalls(-1.1, 0, 0.05, 11)],
      'cartservice#0/server/previous': [...dotnetStart(-4.9), ...cartCalls(-4.8, -1.3, 0.04, 3)],
      'cartservice#1/server/previous': [...dotnetStart(-3.4), ...cartCalls(-3.3, -0.6, 0.04, 7)],
      'checkoutservice#0/server': checkoutLog,
    },
  },
];
