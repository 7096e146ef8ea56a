// Blind dev batch s59b: one Online Boutique scenario (config-error, an injected-latency env promoted to prod) for the kit,
// built by scripts/s59b-build.mjs with the session-2 system definition (the part of scripts/s2-scenarios/online-boutique.mjs before its scenarios).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INCIDENT = '2026-05-12T13:05:00Z';
const T = clock(INCIDENT);
const ROLL = -46.4;
const pc = system.workloads.find((w) => w.name === 'productcatalogservice').containers[0];
const cart = system.workloads.find((w) => w.name === 'cartservice');
const newPcEnv = [...pc.env, { name: 'EXTRA_LATENCY', value: '2.5s' }];
const IDS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];

const lr = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const pcLog = (start) => [
  lr(start, 'info', 'Tracing disabled.'),
  lr(start, 'info', 'Profiling disabled.'),
  lr(start + 0.001, 'info', 'extra latency enabled (duration: 2.5s)'),
  lr(start + 0.001, 'info', 'starting grpc server at :3550'),
  lr(start + 0.01, 'info', 'successfully parsed product catalog json'),
];
const fe = (min, i, path, status, took, bytes) => [
  JSON.stringify({ 'http.req.id': `5d0c${String(1000 + i)}-7a2e-4b19-9c3f-1e8a6b2d4f${String(10 + (i % 90)).padStart(2, '0')}`, 'http.req.method': 'GET', 'http.req.path': path, message: 'request started', session: `b8e1${String(2000 + (i % 7))}-3c4d-4e5f-8a6b-7c8d9e0f1a2b`, severity: 'debug', timestamp: T.isoMs(min) }),
  JSON.stringify({ 'http.req.id': `5d0c${String(1000 + i)}-7a2e-4b19-9c3f-1e8a6b2d4f${String(10 + (i % 90)).padStart(2, '0')}`, 'http.req.method': 'GET', 'http.req.path': path, 'http.resp.bytes': bytes, 'http.resp.status': status, 'http.resp.took_ms': took, message: 'request complete', session: `b8e1${String(2000 + (i % 7))}-3c4d-4e5f-8a6b-7c8d9e0f1a2b`, severity: 'debug', timestamp: T.isoMs(min + took / 60000) }),
];
const frontendLog = (() => {
  const out = [];
  let i = 0;
  for (let m = -58; m < -1; m += 1.7) {
    const slow = m > ROLL + 1;
    const path = [`/`, `/product/${IDS[i % 9]}`, '/cart', `/product/${IDS[(i + 4) % 9]}`][i % 4];
    const took = path === '/' ? (slow ? 2561 + (i % 5) * 13 : 38 + (i % 7)) : path === '/cart' ? (slow ? 5133 + (i % 4) * 21 : 61 + (i % 5)) : (slow ? 5089 + (i % 6) * 17 : 47 + (i % 6));
    out.push(...fe(m, i, path, 200, took, path === '/' ? 10721 : path === '/cart' ? 8233 : 7814));
    if (i % 5 === 2) out.push(...fe(m + 0.3, i + 500, '/_healthz', 200, 0, 2));
    i++;
  }
  return out;
})();
const recLog = (() => {
  const out = [];
  for (let m = -50; m < -1; m += 2.4) {
    const ids = [IDS[Math.floor(-m) % 9]];
    out.push(JSON.stringify({ timestamp: T.isoMs(m), severity: 'INFO', name: 'recommendationservice-server', message: `[Recv ListRecommendations] product_ids=['${ids[0]}']` }));
  }
  return out;
})();
const coLog = [-39.2, -21.7, -8.4].flatMap((m, i) => [
  JSON.stringify({ message: `[PlaceOrder] user_id="${['3f2a', '9b1c', 'e47d'][i]}6c1e-2d4b-4a8f-b3c9-0e5f7a1d2c3b" user_currency="${['USD', 'EUR', 'USD'][i]}"`, severity: 'info', timestamp: T.isoMs(m) }),
  JSON.stringify({ message: `payment went through (transaction_id: ${['7e1c9a04', '2b5d8f13', 'c93e0a71'][i]}-5f2b-4d6e-9a1c-3b8d7e2f0a64)`, severity: 'info', timestamp: T.isoMs(m + 0.14) }),
  JSON.stringify({ message: `order confirmation email sent to "${['someone', 'ana.k', 'j.doe'][i]}@example.com"`, severity: 'info', timestamp: T.isoMs(m + 0.15) }),
]);

export const scenarios = [
  {
    folder: 's59b-productcatalog-extra-latency-promoted',
    description: 'shop is crawling since 12:20ish — every page 3-5s, nothing erroring, orders still go thru',
    incidentTime: INCIDENT,
    expected: { component: 'productcatalogservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'productcatalogservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'network-latency', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    workloads: {
      productcatalogservice: {
        rollout: { at: ROLL, revision: 9, oldContainers: { server: { env: pc.env } } },
        containers: { server: { env: newPcEnv } },
        pods: [{}, { created: T.iso(ROLL + 1.2) }],
        endpointsChanged: ROLL + 1.8,
      },
      cartservice: {
        rollout: { at: -60 * 2.6, revision: 5, oldPatch: { podAnnotations: cart.podAnnotations ?? {} } },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-60 * 2.6 - 0.1) } },
      },
      adservice: {
        pods: [{
          containers: {
            server: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 13),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 2 - 13.05) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: ROLL },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: ROLL + 1.1 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: ROLL + 1.1 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: ROLL + 1.8 },
      { on: 'pod:productcatalogservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: ROLL + 0.5 },
      { on: 'pod:productcatalogservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.6" already present on machine', first: ROLL + 0.75, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#0', reason: 'Started', message: 'Started container server', first: ROLL + 0.8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: ROLL + 1.2 },
      { on: 'pod:productcatalogservice#1', reason: 'Started', message: 'Started container server', first: ROLL + 1.5, fieldPath: 'spec.containers{server}' },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 1', first: -60 * 2.6 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 0 from 1', first: -60 * 2.6 + 1.1 },
    ],
    logs: {
      'productcatalogservice#0/server': pcLog(ROLL + 0.85),
      'productcatalogservice#1/server': pcLog(ROLL + 1.55),
      'frontend#0/server': frontendLog,
      'recommendationservice#0/server': recLog,
      'checkoutservice#0/server': coLog,
    },
    grounding: `
      Online Boutique v0.10.6 (release/kubernetes-manifests.yaml at 34ffea9; session-2 system definition). The
      productcatalogservice (Go) reads EXTRA_LATENCY at start (time.ParseDuration; "extra latency enabled (duration: ...)"
      at info) and sleeps that long in every GetProduct, ListProducts and SearchProducts call: the hook the upstream repo keeps
      for latency experiments. gRPC health is not delayed, so the probes pass. frontend calls ListProducts for the home page and
      GetProduct per product and cart line, recommendationservice calls ListProducts, checkoutservice GetProduct per item;
      none of them sets a deadline shorter than that, so nothing fails: the frontend's "request complete" lines go from tens of
      ms to 2.5 s (home) and 5 s (product, cart) with status 200.
      Fault: a kustomize refactor of the team's overlays (46 minutes before) moved the staging-only patch that sets
      EXTRA_LATENCY=2.5s for latency tests into the base, and the prod rollout of productcatalogservice picked it up: a value
      the workload reads and accepts. Both new pods are Running and Ready, no restart; the value and the log line are the
      only trace. Named config-error on productcatalogservice; the regression of that rollout is also accepted.
      Decoys: a cartservice rollout restart 2.6 hours before, an adservice OOMKilled two days ago and running since.
      Deviations from upstream: EXTRA_LATENCY on productcatalogservice (absent upstream), the restartedAt annotation on
      cartservice.
    `,
  },
];
