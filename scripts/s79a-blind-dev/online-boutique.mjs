// Blind dev batch s79a: one Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s79a-build.mjs — productcatalogservice's Service set to internalTrafficPolicy: Local, then a restart.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const T = clock('2026-05-06T13:25:00Z');
const N0 = 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx';
const N1 = 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt';
const N2 = 'gke-boutique-prod-default-pool-9b31d0a7-wz5c';
const RESTART = T.iso(-21);

const hex = (n, k) => ((n * 2654435761) >>> 0).toString(16).padStart(8, '0').slice(0, k);
const rid = (n) => `${hex(n, 8)}-${hex(n + 7, 4)}-4${hex(n + 3, 3)}-a${hex(n + 5, 3)}-${hex(n + 11, 8)}${hex(n + 13, 4)}`;
const line = (min, severity, message, f = {}) => JSON.stringify({ ...(f.error ? { error: f.error } : {}), 'http.req.id': rid(f.n ?? 1), 'http.req.method': f.method ?? 'GET', 'http.req.path': f.path ?? '/', ...(f.status ? { 'http.resp.bytes': f.bytes ?? 0, 'http.resp.status': f.status, 'http.resp.took_ms': f.took ?? 12 } : {}), message, session: rid((f.n ?? 1) % 17 + 900), severity, timestamp: T.isoMs(min) });
const TIMEOUT = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:productcatalogservice%:3550: i/o timeout"';
const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '9SIQT8TOJO'];

// frontend-0 shares the node with both catalog pods; frontend-1 (other zone) does not.
const frontLog = (ok) => {
  const out = [];
  let n = ok ? 100 : 5000;
  for (let m = -40; m < -0.2; m += 0.45) {
    n++;
    const path = n % 3 === 0 ? `/product/${PRODUCTS[n % 6]}` : '/';
    out.push(line(m, 'debug', 'request started', { n, path }));
    if (ok || m < -20.5) out.push(line(m + 0.003, 'debug', 'request complete', { n, path, status: 200, bytes: path === '/' ? 10874 : 7952, took: 18 + (n % 9) }));
    else {
      out.push(line(m + 0.34, 'error', 'request error', { n, path, error: path === '/' ? `could not retrieve products: ${TIMEOUT}` : `failed to retrieve product: ${TIMEOUT}` }));
      out.push(line(m + 0.34, 'debug', 'request complete', { n, path, status: 500, bytes: 5721, took: 20004 }));
    }
    if (n % 11 === 0) {
      const p = '/cart/checkout';
      out.push(line(m + 0.01, 'debug', 'request started', { n: n + 50000, method: 'POST', path: p }));
      if (m < -20.5) out.push(line(m + 0.02, 'info', 'order placed', { n: n + 50000, method: 'POST', path: p }), line(m + 0.02, 'debug', 'request complete', { n: n + 50000, method: 'POST', path: p, status: 200, bytes: 9812, took: 211 }));
      else out.push(line(m + 0.35, 'error', 'request error', { n: n + 50000, method: 'POST', path: p, error: `failed to complete the order: rpc error: code = Internal desc = cart failure: failed to get product #"${PRODUCTS[n % 6]}": ${TIMEOUT}` }), line(m + 0.35, 'debug', 'request complete', { n: n + 50000, method: 'POST', path: p, status: 500, bytes: 5790, took: 20012 }));
    }
  }
  return out;
};

const pcLog = (min) => [
  JSON.stringify({ message: 'successfully parsed product catalog json', severity: 'info', timestamp: T.isoMs(min) }),
  JSON.stringify({ message: 'starting grpc server at :3550', severity: 'info', timestamp: T.isoMs(min + 0.001) }),
];
const recLog = [];
for (let m = -40; m < -0.2; m += 0.9) recLog.push(JSON.stringify({ timestamp: T.isoMs(m), severity: 'INFO', name: 'recommendationservice-server', message: `[Recv ListRecommendations] product_ids=['${PRODUCTS[Math.round(-m) % 6]}', '${PRODUCTS[(Math.round(-m) + 2) % 6]}', '${PRODUCTS[(Math.round(-m) + 4) % 6]}']` }));

const lastApplied = JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { annotations: {}, labels: { app: 'productcatalogservice' }, name: 'productcatalogservice', namespace: 'boutique' }, spec: { internalTrafficPolicy: 'Local', ports: [{ name: 'grpc', port: 3550, targetPort: 3550 }], selector: { app: 'productcatalogservice' }, type: 'ClusterIP' } });
export const serviceEdits = { productcatalogservice: { internalTrafficPolicy: 'Local', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': lastApplied + '\n' } } };

export const scenarios = [
  {
    folder: 's79a-productcatalog-internal-traffic-local',
    incidentTime: '2026-05-06T13:25:00Z',
    description: 'boutique: ~half of homepage loads 500 + checkout failing since around 13:05. product catalog pods all green, restarted it anyway, no change',
    expected: { component: 'productcatalogservice', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'productcatalogservice', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Follows the Service Internal Traffic Policy documentation and KEP-2086: with spec.internalTrafficPolicy Local,
      kube-proxy routes cluster-internal traffic only to endpoints on the client's own node and drops it otherwise (new
      connections only; established conntrack entries survive). A cost-reduction change ("keep catalog traffic
      node-local", applied with kubectl at about 12:58) set Local on productcatalogservice's Service, confusing it with
      topology-aware routing. Existing gRPC connections kept working until the catalog was restarted at 13:04
      (kubectl rollout restart, revision 4 — the templates differ only in kubectl.kubernetes.io/restartedAt); both new
      pods were scheduled on ${N0}. Since then callers on other nodes time out dialing the ClusterIP: frontend-1 (${N2})
      logs "could not retrieve products ... dial tcp ...:3550: i/o timeout" and 500s, checkoutservice (${N1}) fails every
      order with "cart failure: failed to get product", while frontend-0 and recommendationservice on ${N0} are fine. Pods
      Ready, Endpoints full, no Event: the fault is the path to the catalog. The wrong Service value is also accepted as
      a configuration error. Decoys: the restart itself (a rollout on the culprit that did not cause it) and a cartservice
      container OOMKilled three days ago. Deviations from upstream: the Service field and its last-applied annotation
      are written by scripts/s79a-build.mjs (the kit writes Cluster); replicas and node placement as stated.
    `,
    workloads: {
      productcatalogservice: {
        rollout: { at: -21, oldPatch: { podAnnotations: undefined } },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': RESTART } },
        pods: [{ node: N0 }, { node: N0 }],
      },
      frontend: { pods: [{ node: N0 }, { node: N2 }] },
      checkoutservice: { pods: [{ node: N1 }] },
      recommendationservice: { pods: [{ node: N0 }] },
      cartservice: {
        pods: [
          { node: N1, containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } },
          { node: N2 },
        ],
      },
    },
    events: [
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -21 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: -20.4 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: -20.4 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: -19.9 },
      { on: 'pod:productcatalogservice#0', reason: 'Scheduled', message: `Successfully assigned boutique/%POD% to ${N0}`, first: -20.5, source: 'default-scheduler' },
      { on: 'pod:productcatalogservice#0', reason: 'Started', message: 'Started container server', first: -20.2, fieldPath: 'spec.containers{server}' },
      { on: 'pod:productcatalogservice#1', reason: 'Scheduled', message: `Successfully assigned boutique/%POD% to ${N0}`, first: -20, source: 'default-scheduler' },
      { on: 'pod:productcatalogservice#1', reason: 'Started', message: 'Started container server', first: -19.7, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': frontLog(true),
      'frontend#1/server': frontLog(false),
      'productcatalogservice#0/server': pcLog(-20.15),
      'productcatalogservice#1/server': pcLog(-19.65),
      'recommendationservice#0/server': recLog,
      'checkoutservice#0/server': [
        ...Array.from({ length: 12 }, (_, i) => JSON.stringify({ message: `[PlaceOrder] user_id="${rid(300 + i)}" user_currency="${['USD', 'EUR', 'CAD'][i % 3]}"`, severity: 'info', timestamp: T.isoMs(-38 + i * 3.1) })),
        ...Array.from({ length: 3 }, (_, i) => JSON.stringify({ message: `payment went through (transaction_id: ${rid(700 + i)})`, severity: 'info', timestamp: T.isoMs(-37.9 + i * 6.2) })),
      ],
    },
  },
];
