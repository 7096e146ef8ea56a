// Batch s39c (blind dev, split: dev): one Online Boutique incident as a kit spec, on the session-2 system definition.
// A productcatalogservice rollout carries EXTRA_LATENCY=5.5s from a game-day overlay: every catalog call sleeps, every page crawls.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-08-21T14:06:00Z');
const frontLine = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.resp ?? {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min) });
const lr = (min, msg, sev = 'info') => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min) });
const pyl = (min, name, msg) => JSON.stringify({ timestamp: T.isoMs(min), severity: 'INFO', name, message: msg });

const base = system.workloads.find((w) => w.name === 'productcatalogservice').containers[0];
const PATHS = ['/', '/product/OLJCESPC7Z', '/product/66VCHSJNUP', '/cart', '/product/1YMWWN1N4O', '/', '/product/L9ECAV7KIM', '/product/2ZYFJ3GM2N', '/cart/checkout'];
// took_ms: before the rollout normal (20-90 ms), after it one or more 5.5 s sleeps per page
const reqs = (pod, from, to, step, slow) => {
  const out = [];
  let k = 0;
  for (let m = from; m < to; m += step, k++) {
    const path = PATHS[(k + pod) % PATHS.length];
    const id = `${(0x3a1f00 + k * 97 + pod * 13).toString(16)}e2-7c41-4b0e-9a5d-${(0x1000000 + k * 7919).toString(16).padStart(12, '0')}`.slice(0, 36);
    const method = path === '/cart/checkout' ? 'POST' : 'GET';
    out.push(frontLine(m, 'debug', 'request started', { id, path, method }));
    const sleeps = !slow ? 0 : path === '/' ? 1 : path === '/cart' ? 3 : path === '/cart/checkout' ? 4 : 2;
    const took = sleeps ? sleeps * 5500 + 40 + ((k * 37) % 60) : 18 + ((k * 29) % 70);
    out.push(frontLine(m + took / 60000, 'debug', 'request complete', { id, path, method, resp: { 'http.resp.bytes': 7400 + ((k * 131) % 4000), 'http.resp.status': method === 'POST' ? 302 : 200, 'http.resp.took_ms': took } }));
  }
  // a log is in write order
  return out.sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp));
};

const scenarioLatency = {
  folder: 's39c-productcatalog-extra-latency',
  description: 'boutique storefront super slow since about 13:20, product pages take 10-20s, no errors anywhere',
  incidentTime: '2026-08-21T14:06:00Z',
  expected: { component: 'productcatalogservice', cause: 'config-error' },
  alsoAcceptable: [{ component: 'productcatalogservice', cause: 'bad-deploy-rollout' }],
  difficulty: 'medium',
  traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
  grounding: `
    Manifests: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at 34ffea9 (v0.10.6) as the session-2
    system (productcatalogservice: 2 replicas, gRPC probes on 3550, the frontend and recommendationservice call
    ListProducts/GetProduct, checkoutservice GetProduct per cart item; the frontend sets no deadline on these calls).
    Fault: src/productcatalogservice reads EXTRA_LATENCY at start ("extra latency enabled (duration: 5.5s)", the README's own
    example value) and sleeps that long in ListProducts, GetProduct and SearchProducts, not in the gRPC health check. A
    release at 13:19 reuses the staging kustomize overlay from an SLO game day, so the productcatalogservice rollout adds
    EXTRA_LATENCY=5.5s: both new pods start and pass their probes, the rollout completes, and from then on every page that
    touches the catalog takes one to four 5.5 s sleeps (the frontend's "request complete" lines show http.resp.took_ms
    from ~5.5 s on / up to ~22 s on checkout, against 20-90 ms before). No component logs an error; recommendationservice
    keeps answering, slowly.
    The careful answer is the wrong value productcatalogservice reads (config-error); naming the rollout that brought it
    (bad-deploy-rollout on productcatalogservice) is also accepted.
    Decoys: a cartservice rollout the day before (Ready), an adservice container restarted three days ago (old OOMKilled
    at its 300Mi limit), both healthy now.
  `,
  workloads: {
    productcatalogservice: {
      rollout: { at: -47, revision: 7, oldContainers: { server: { env: base.env } } },
      containers: { server: { env: [...base.env, { name: 'EXTRA_LATENCY', value: '5.5s' }] } },
    },
    cartservice: { rollout: { at: -60 * 20, revision: 6 } },
    adservice: {
      pods: [{
        containers: {
          server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }),
        },
      }],
    },
  },
  events: [
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -47, last: -47 },
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: -46.6, last: -46.6 },
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: -46.6, last: -46.6 },
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: -46.1, last: -46.1 },
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 1', first: -60 * 20, last: -60 * 20 },
  ],
  logs: {
    'productcatalogservice#0/server': [
      lr(-46.5, 'extra latency enabled (duration: 5.5s)'),
      lr(-46.5, 'Tracing disabled.'),
      lr(-46.5, 'Profiling disabled.'),
      lr(-46.5, 'starting grpc server at :3550'),
      lr(-46.49, 'successfully parsed product catalog json'),
    ],
    'productcatalogservice#1/server': [
      lr(-46.0, 'extra latency enabled (duration: 5.5s)'),
      lr(-46.0, 'Tracing disabled.'),
      lr(-46.0, 'Profiling disabled.'),
      lr(-46.0, 'starting grpc server at :3550'),
      lr(-45.99, 'successfully parsed product catalog json'),
    ],
    'frontend#0/server': [...reqs(0, -58, -47, 1.1, false), ...reqs(0, -46, -0.5, 1.7, true)],
    'frontend#1/server': [...reqs(1, -57.5, -47, 1.3, false), ...reqs(1, -45.5, -0.5, 1.9, true)],
    'recommendationservice#0/server': [
      pyl(-52.1, 'recommendationservice-server', "[Recv ListRecommendations] product_ids=['2ZYFJ3GM2N', '9SIQT8TOJO', 'LS4PSXUNUM', '0PUK6V6EV0', '1YMWWN1N4O']"),
      pyl(-31.4, 'recommendationservice-server', "[Recv ListRecommendations] product_ids=['66VCHSJNUP', 'L9ECAV7KIM', '6E92ZMYYFZ', 'OLJCESPC7Z', 'LS4PSXUNUM']"),
      pyl(-12.7, 'recommendationservice-server', "[Recv ListRecommendations] product_ids=['1YMWWN1N4O', '0PUK6V6EV0', '9SIQT8TOJO', '2ZYFJ3GM2N', 'OLJCESPC7Z']"),
    ],
    'checkoutservice#0/server': [
      lr(-38.6, '[PlaceOrder] user_id="9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0" user_currency="EUR"'),
      lr(-38.3, 'payment went through (transaction_id: 8f6a1c02-5d3e-4b7a-a1f9-0c2e7d4b9a61)'),
      lr(-38.3, 'order confirmation email sent to "someone@example.com"'),
    ],
  },
};

export const scenarios = [scenarioLatency];
