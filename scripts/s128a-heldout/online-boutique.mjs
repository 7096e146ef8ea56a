// Batch s128a (held out): Online Boutique spec, written blind.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const pcEnv = base.workloads.find((w) => w.name === 'productcatalogservice').containers[0].env;

const T1 = clock('2026-05-12T14:38:00Z');
const fe = (min, severity, message, extra = {}) => JSON.stringify({ ...(extra.id ? { 'http.req.id': extra.id } : {}), 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.took ? { 'http.resp.bytes': 8112, 'http.resp.status': 200, 'http.resp.took_ms': extra.took } : {}), ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '4e7b1f2a-9c3d-4a11-8e2f-1b6d7c0a9e55', severity, timestamp: T1.isoMs(min) });
const pcLog = (min, msg, sev = 'info') => JSON.stringify({ message: msg, severity: sev, timestamp: T1.isoMs(min) });
const feLines = [];
for (let i = 0; i < 14; i++) {
  const m = -30 + i * 2;
  const slow = m > -17;
  feLines.push(fe(m, 'debug', 'request started', { id: `7f3c${i}a10-2b4e-4c6d-9e1f-0a2b3c4d5e6${i % 10}`, path: i % 3 ? '/product/OLJCESPC7Z' : '/' }));
  if (slow && i % 4 === 0) feLines.push(fe(m + 1.2, 'error', 'request error', { id: `7f3c${i}a10-2b4e-4c6d-9e1f-0a2b3c4d5e6${i % 10}`, path: '/product/OLJCESPC7Z', error: 'failed to retrieve product: rpc error: code = Canceled desc = context canceled' }));
  else feLines.push(fe(m + (slow ? 0.19 : 0.001), 'debug', 'request complete', { id: `7f3c${i}a10-2b4e-4c6d-9e1f-0a2b3c4d5e6${i % 10}`, path: i % 3 ? '/product/OLJCESPC7Z' : '/', took: slow ? 11020 + i * 37 : 38 + i }));
}

export const scenarios = [
  {
    folder: 's128a-catalog-slow-after-release',
    incidentTime: '2026-05-12T14:38:00Z',
    description: 'storefront super slow since ~14:20, product pages taking 10s+ to load, checkout times out sometimes. no pods crashing that i can see',
    expected: { component: 'productcatalogservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'productcatalogservice', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'decoy', 'network-latency'],
    grounding: `
      Follows the latency fault built into upstream productcatalogservice (microservices-demo src/productcatalogservice
      server.go reads EXTRA_LATENCY and sleeps that long in every GetProduct/ListProducts/SearchProducts call, logging
      "extra latency enabled (duration: ...)" at start) and the Online Boutique docs that use it for latency debugging
      drills. A release at 14:20 rolled productcatalogservice (same v0.10.6 image) with EXTRA_LATENCY=5.5s added to
      its env; the old ReplicaSet keeps the old env. The gRPC health check is not delayed, so both new pods stay Ready;
      frontend request durations jump to ~11 s (two catalog calls per product page) and some requests are cancelled by
      the client. Decoy: adservice restarted after an OOM kill three days ago. Deviation from upstream: the env var is
      set through a rollout rather than kubectl set env by hand; cluster names and IPs are invented.`,
    workloads: {
      productcatalogservice: {
        containers: { server: { env: [...pcEnv, { name: 'EXTRA_LATENCY', value: '5.5s' }] } },
        rollout: { at: -18, revision: 6, oldContainers: { server: { env: pcEnv } }, oldReplicas: 0 },
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -18 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: -17.4 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: -17.4 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: -16.9 },
      { on: 'pod:productcatalogservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -17.9 },
      { on: 'pod:productcatalogservice#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.6" already present on machine', first: -17.8 },
      { on: 'pod:productcatalogservice#0', reason: 'Created', fieldPath: 'spec.containers{server}', message: 'Created container server', first: -17.8 },
      { on: 'pod:productcatalogservice#0', reason: 'Started', fieldPath: 'spec.containers{server}', message: 'Started container server', first: -17.7 },
      { on: 'pod:productcatalogservice#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -17.4 },
      { on: 'pod:productcatalogservice#1', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.6" already present on machine', first: -17.3 },
      { on: 'pod:productcatalogservice#1', reason: 'Created', fieldPath: 'spec.containers{server}', message: 'Created container server', first: -17.3 },
      { on: 'pod:productcatalogservice#1', reason: 'Started', fieldPath: 'spec.containers{server}', message: 'Started container server', first: -17.2 },
    ],
    logs: {
      'productcatalogservice#0/server': [
        pcLog(-17.7, 'Tracing disabled.'), pcLog(-17.7, 'Profiling disabled.'), pcLog(-17.7, 'extra latency enabled (duration: 5.5s)'),
        pcLog(-17.7, 'successfully parsed product catalog json'), pcLog(-17.7, 'starting grpc server at :3550'),
      ],
      'productcatalogservice#1/server': [
        pcLog(-17.2, 'Tracing disabled.'), pcLog(-17.2, 'Profiling disabled.'), pcLog(-17.2, 'extra latency enabled (duration: 5.5s)'),
        pcLog(-17.2, 'successfully parsed product catalog json'), pcLog(-17.2, 'starting grpc server at :3550'),
      ],
      'frontend#0/server': feLines,
      'checkoutservice#0/server': [
        JSON.stringify({ message: '[PlaceOrder] user_id="4e7b1f2a-9c3d-4a11-8e2f-1b6d7c0a9e55" user_currency="USD"', severity: 'info', timestamp: T1.isoMs(-25) }),
        JSON.stringify({ message: 'payment went through (transaction_id: 8d1c6e4a-0f3b-4e7d-a2c9-5b6f1e0d3a27)', severity: 'info', timestamp: T1.isoMs(-25) }),
        JSON.stringify({ message: '[PlaceOrder] user_id="a91f0c3e-6d2b-4f58-b7e4-3c0d9a1e6f12" user_currency="EUR"', severity: 'info', timestamp: T1.isoMs(-9) }),
        JSON.stringify({ message: 'payment went through (transaction_id: 2f7a9b1c-4e6d-48a0-9c3b-7d1e5f0a2c64)', severity: 'info', timestamp: T1.isoMs(-8.6) }),
      ],
    },
  },
];
