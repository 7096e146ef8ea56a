// Blind held-out batch s54a: one Online Boutique scenario (split test) as a spec of the scenario kit, on the session-2 system
// definition (scripts/s2-scenarios/online-boutique.mjs, system part only); built by scripts/s54a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-03-24T18:12:00Z');
// logrus JSONFormatter with the FieldMap of the Go services (msg->message, level->severity, time->timestamp), keys sorted.
const lr = (min, severity, message, extra = {}) => JSON.stringify(Object.fromEntries(Object.entries({ ...extra, message, severity, timestamp: T.isoMs(min) }).sort(([a], [b]) => a.localeCompare(b))));
const PIDS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];
const hex = (i, n = 8) => ((i * 2654435761) >>> 0).toString(16).padStart(8, '0').slice(0, n);
const rid = (i) => `${hex(i)}-${hex(i + 7, 4)}-4${hex(i + 3, 3)}-9${hex(i + 5, 3)}-${hex(i + 11)}${hex(i + 13, 4)}`;
const frontReq = (min, i, path, tookMs, bytes) => {
  const base = { 'http.req.id': rid(i), 'http.req.method': 'GET', 'http.req.path': path, session: rid(i + 1000) };
  return [
    lr(min, 'debug', 'request started', base),
    lr(min + tookMs / 60000, 'debug', 'request complete', { ...base, 'http.resp.bytes': bytes, 'http.resp.status': 200, 'http.resp.took_ms': tookMs }),
  ];
};
const paths = (i) => (i % 3 === 0 ? '/' : i % 3 === 1 ? `/product/${PIDS[i % PIDS.length]}` : '/cart');
const frontLog = (seed) => [
  ...Array.from({ length: 8 }, (_, i) => frontReq(-58 + i * 1.3, seed + i, paths(i), [41, 27, 18, 63, 22, 35, 29, 48][i], [10812, 7934, 8215][i % 3])).flat(),
  ...Array.from({ length: 14 }, (_, i) => frontReq(-44 + i * 3, seed + 50 + i, paths(i), paths(i) === '/' ? 3046 + (i * 37) % 90 : paths(i) === '/cart' ? 6112 + (i * 53) % 140 : 9158 + (i * 41) % 210, [10812, 7934, 8215][i % 3])).flat(),
];
const pcBoot = (min) => [
  lr(min, 'info', 'Tracing disabled.'),
  lr(min, 'info', 'Profiling disabled.'),
  lr(min, 'info', 'extra latency enabled (duration: 3s)'),
  lr(min, 'info', 'starting grpc server at :3550'),
  lr(min + 0.2, 'info', 'successfully parsed product catalog json'),
];
const rec = (min, ids) => JSON.stringify({ timestamp: Date.parse(T.isoMs(min)) / 1000, severity: 'INFO', name: 'recommendationservice-server', message: `[Recv ListRecommendations] product_ids=[${ids.map((x) => `'${x}'`).join(', ')}]` });

export const scenarios = [
  {
    folder: 's54a-every-page-slow',
    description: 'boutique is super slow since ~17:25, every page takes 3-10s, product pages worst. storefront didnt deploy anything, pods all green',
    incidentTime: '2026-03-24T18:12:00Z',
    expected: { component: 'productcatalogservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'productcatalogservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'network-latency', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifests: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at 34ffea9 (v0.10.6), session-2 system
      definition. Code: src/productcatalogservice/server.go reads EXTRA_LATENCY as a time.Duration at start-up, logs "extra latency
      enabled (duration: …)" and sleeps that long in ListProducts, GetProduct and SearchProducts; its gRPC health Check does not
      sleep, so the readiness and liveness probes stay green. The frontend calls the catalog on every page (home: ListProducts;
      product: GetProduct plus recommendations, which call ListProducts again; cart: GetProduct per item) and logs "request
      complete" with http.resp.took_ms.
      Fault: a latency-injection experiment meant for staging ("kubectl set env deploy/productcatalogservice EXTRA_LATENCY=3s" run
      against the production context) rolled productcatalogservice 47 minutes before the report; both new pods are Ready and the
      rollout completed. The wrong value the service reads is the fault (config-error); the rollout that carried it is also accepted.
      The loud signals are the frontend's multi-second requests.
      Decoys: adservice restarted once three days ago (OOMKilled) and cartservice was rolled two days ago, both healthy since.
      Deviations: the env change itself is the scenario; log request ids are synthetic.
    `,
    workloads: {
      productcatalogservice: {
        containers: { server: { env: [...system.workloads.find((w) => w.name === 'productcatalogservice').containers[0].env, { name: 'EXTRA_LATENCY', value: '3s' }] } },
        pods: [{ created: T.iso(-46.95) }, { created: T.iso(-46.45) }],
        rollout: { at: -47, revision: 5, oldReplicas: 0, oldContainers: { server: { env: system.workloads.find((w) => w.name === 'productcatalogservice').containers[0].env } } },
      },
      cartservice: { rollout: { at: -60 * 24 * 2, revision: 6, oldReplicas: 0 } },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.05) } }) } }],
      },
    },
    events: [
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -47 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: -46.4 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: -46.4 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: -45.9 },
      { on: 'pod:productcatalogservice#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -46.9 },
      { on: 'pod:productcatalogservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.6" already present on machine', first: -46.8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#0', reason: 'Created', message: 'Created container server', first: -46.8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#0', reason: 'Started', message: 'Started container server', first: -46.8, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#1', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -46.4 },
      { on: 'pod:productcatalogservice#1', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.6" already present on machine', first: -46.3, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#1', reason: 'Created', message: 'Created container server', first: -46.3, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#1', reason: 'Started', message: 'Started container server', first: -46.3, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'productcatalogservice#0/server': pcBoot(-46.75),
      'productcatalogservice#1/server': pcBoot(-46.25),
      'frontend#0/server': frontLog(1),
      'frontend#1/server': frontLog(300),
      'recommendationservice#0/server': Array.from({ length: 10 }, (_, i) => rec(-52 + i * 5, [PIDS[i % 9], PIDS[(i + 4) % 9]])),
      'checkoutservice#0/server': [
        lr(-31.2, 'info', '[PlaceOrder] user_id="4f9a2c61-8d3e-4b7a-9c15-2e6d0b8f3a47" user_currency="EUR"'),
        lr(-31.0, 'info', 'payment went through (transaction_id: 7c1e5b9a-34d2-4f6e-8a0b-91d3c7e2f564)'),
        lr(-31.0, 'info', 'order confirmation email sent to "someone@example.com"'),
        lr(-12.4, 'info', '[PlaceOrder] user_id="b2d7e0f4-16a9-4c3b-8e52-7f0a9d4c1e86" user_currency="USD"'),
        lr(-12.2, 'info', 'payment went through (transaction_id: 0e8d2f71-c5a4-4b96-93e1-6a7f2b0c8d35)'),
        lr(-12.2, 'info', 'order confirmation email sent to "someone@example.com"'),
      ],
    },
  },
];
