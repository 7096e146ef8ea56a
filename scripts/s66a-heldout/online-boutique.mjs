// Held-out batch s66a (blind): one Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System: the session-2 Online Boutique definition (release/kubernetes-manifests.yaml at 34ffea9); grounding in the scenario.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const T = clock('2026-05-19T10:42:00Z');
const SESS = ['4d1c2a9e-77b0-4f0e-9a51-3e8c0b6d2f14', 'b80f3e52-1c6a-4b7d-8e29-95a4d7c0e3b1', '0e6a9c13-5f42-4d8b-a7e0-c2b91f6d4a58', 'e2b47d90-3a15-4c6e-bb08-71f5a9c2d6e3'];
const rid = (n) => `${(0x3f2a1c00 + n * 7919).toString(16)}-9c4e-4b1a-8d2f-${(0x51e0a9b3c7d2 + n * 104729).toString(16).slice(0, 12)}`;
// logrus JSONFormatter as the frontend configures it (FieldMap timestamp/severity/message; keys sorted by encoding/json).
const fe = (min, severity, message, { n = 0, path = '/', method = 'GET', error, extra = {} } = {}) => {
  const o = { ...(error ? { error } : {}), 'http.req.id': rid(n), 'http.req.method': method, 'http.req.path': path, ...extra, message, session: SESS[n % SESS.length], severity, timestamp: T.isoMs(min) };
  return JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
};
const refused = 'connection error: desc = \\"transport: Error while dialing: dial tcp %SVCIP:productcatalogservice%:3550: connect: connection refused\\"';
const okReq = (min, n, path, status = 200, took = 18) => [
  fe(min, 'debug', 'request started', { n, path }),
  fe(min + 0.001, 'debug', 'request complete', { n, path, extra: { 'http.resp.bytes': status === 200 ? 10742 : 3321, 'http.resp.status': status, 'http.resp.took_ms': took } }),
];
const errLine = (min, n, path, msg) =>
  `{"error":"${msg}: rpc error: code = Unavailable desc = ${refused}","http.req.id":"${rid(n)}","http.req.method":"GET","http.req.path":"${path}","message":"request error","session":"${SESS[n % SESS.length]}","severity":"error","timestamp":"${T.isoMs(min)}"}`;
const badHome = (min, n, path = '/') => [
  fe(min, 'debug', 'request started', { n, path }),
  errLine(min + 0.002, n, path, path === '/' ? 'could not retrieve products' : 'could not retrieve product'),
  fe(min + 0.003, 'debug', 'request complete', { n, path, extra: { 'http.resp.bytes': 3187, 'http.resp.status': 500, 'http.resp.took_ms': 2 } }),
];
const frontendLog = (offset) => {
  const out = [];
  for (let m = -60; m < -24; m += 4) out.push(...okReq(m + offset, Math.round(m) + 100, m % 8 === 0 ? '/' : '/product/OLJCESPC7Z'));
  out.push(...okReq(-24.3 + offset, 7, '/product/66VCHSJNUP'));
  for (let m = -23.6; m < -0.5; m += 1.7) {
    const n = Math.round(m * 10) + 400;
    if (n % 3 === 0) out.push(...badHome(m + offset, n, '/product/L9ECAV7KIM'));
    else if (n % 5 === 0) {
      out.push(fe(m + offset, 'debug', 'request started', { n, path: '/cart' }));
      out.push(`{"error":"rpc error: code = Unknown desc = Exception calling application: <_InactiveRpcError of RPC that terminated with:\\n\\tstatus = StatusCode.UNAVAILABLE\\n\\tdetails = \\"failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3550: Failed to connect to remote host: Connection refused\\"\\n>","http.req.id":"${rid(n)}","http.req.method":"GET","http.req.path":"/cart","message":"failed to get product recommendations","session":"${SESS[n % SESS.length]}","severity":"warning","timestamp":"${T.isoMs(m + offset + 0.004)}"}`);
      out.push(errLine(m + offset + 0.005, n, '/cart', 'could not retrieve product #OLJCESPC7Z'));
      out.push(fe(m + offset + 0.006, 'debug', 'request complete', { n, path: '/cart', extra: { 'http.resp.bytes': 3411, 'http.resp.status': 500, 'http.resp.took_ms': 11 } }));
    } else out.push(...badHome(m + offset, n));
    out.push(fe(m + offset + 0.4, 'debug', 'request started', { n: n + 1, path: '/_healthz' }));
    out.push(fe(m + offset + 0.401, 'debug', 'request complete', { n: n + 1, path: '/_healthz', extra: { 'http.resp.bytes': 2, 'http.resp.status': 200, 'http.resp.took_ms': 0 } }));
  }
  return out;
};

const recoTrace = (min) => [
  'Exception calling application: <_InactiveRpcError of RPC that terminated with:',
  '\tstatus = StatusCode.UNAVAILABLE',
  '\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3550: Failed to connect to remote host: Connection refused"',
  `\tdebug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3550: Failed to connect to remote host: Connection refused", grpc_status:14, created_time:"${T.isoMs(min).replace('Z', '')}123456+00:00"}"`,
  '>',
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.12/site-packages/grpc/_server.py", line 555, in _call_behavior',
  '    response_or_iterator = behavior(argument, context)',
  '                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/recommendationservice/recommendation_server.py", line 68, in ListRecommendations',
  '    cat_response = product_catalog_stub.ListProducts(demo_pb2.Empty())',
  '                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/site-packages/grpc/_channel.py", line 1181, in __call__',
  '    return _end_unary_response_blocking(state, call, False, None)',
  '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/site-packages/grpc/_channel.py", line 1006, in _end_unary_response_blocking',
  '    raise _InactiveRpcError(state)  # pytype: disable=not-instantiable',
  '    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:',
  '\tstatus = StatusCode.UNAVAILABLE',
  '\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3550: Failed to connect to remote host: Connection refused"',
  '>',
];
const rlog = (min, msg) => JSON.stringify({ timestamp: T.isoMs(min), severity: 'INFO', name: 'recommendationservice-server', message: msg });

export const scenarios = [
  {
    folder: 's66a-storefront-500-catalog-service-selector',
    incidentTime: '2026-05-19T10:42:00Z',
    description: 'storefront down for every customer since about 10:20 - homepage and product pages give HTTP 500 "could not retrieve products". frontend pods are all green and storefront team has not deployed anything today',
    expected: { component: 'productcatalogservice', cause: 'no-endpoints' },
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml at 34ffea9): the productcatalogservice Service selects app: productcatalogservice on port 3550;
      frontend, checkoutservice and recommendationservice reach it through PRODUCT_CATALOG_SERVICE_ADDR=productcatalogservice:3550; its pods carry only app: productcatalogservice.
      Fault (kustomize commonLabels pitfall, documented in the kustomize docs and many issues: commonLabels are also written into Service selectors and Deployment selectors):
      at 10:18 the catalog team applied an overlay that added commonLabels team: catalog. kubectl apply updated the Service (selector now app + team) but the Deployment
      was rejected because spec.selector is immutable, so the running pods never got the label. The Service's Endpoints lost every address (no subsets) while both
      productcatalogservice pods stay Running and Ready. kube-proxy rejects connections to a ClusterIP without endpoints, so the Go frontend logs gRPC Unavailable
      "connect: connection refused" on the Service IP, and recommendationservice (Python grpc) raises StatusCode.UNAVAILABLE "failed to connect to all addresses".
      Decoy: adservice was rolled out to v0.10.7 about two hours earlier and is healthy (events for it have expired).
      Deviations from upstream: the team label on the Service is the fault itself; adservice runs v0.10.7; the apply's rejected Deployment leaves no Event (kubectl reports it client-side only).
    `,
    workloads: {
      productcatalogservice: { serviceSelector: { app: 'productcatalogservice', team: 'catalog' }, endpointsChanged: -24 },
      adservice: {
        rollout: { at: -128, oldContainers: { server: { image: `${REG}/adservice:v0.10.6` } } },
        containers: { server: { image: `${REG}/adservice:v0.10.7` } },
      },
    },
    events: [],
    logs: {
      'frontend#0/server': frontendLog(0),
      'frontend#1/server': frontendLog(0.37),
      'productcatalogservice#0/server': [
        JSON.stringify({ message: 'successfully parsed product catalog json', severity: 'info', timestamp: T.isoMs(-60 * 24 * 9 + 0.31) }),
        JSON.stringify({ message: 'starting grpc server at :3550', severity: 'info', timestamp: T.isoMs(-60 * 24 * 9 + 0.32) }),
      ],
      'productcatalogservice#1/server': [
        JSON.stringify({ message: 'successfully parsed product catalog json', severity: 'info', timestamp: T.isoMs(-60 * 24 * 9 + 0.33) }),
        JSON.stringify({ message: 'starting grpc server at :3550', severity: 'info', timestamp: T.isoMs(-60 * 24 * 9 + 0.34) }),
      ],
      'recommendationservice#0/server': [
        rlog(-41.2, "[Recv ListRecommendations] product_ids=['9SIQT8TOJO', '1YMWWN1N4O', '2ZYFJ3GM2N', 'LS4PSXUNUM', '6E92ZMYYFZ']"),
        rlog(-33.7, "[Recv ListRecommendations] product_ids=['0PUK6V6EV0', 'L9ECAV7KIM', 'OLJCESPC7Z', '66VCHSJNUP', 'LS4PSXUNUM']"),
        rlog(-27.9, "[Recv ListRecommendations] product_ids=['1YMWWN1N4O', '9SIQT8TOJO', 'OLJCESPC7Z', '2ZYFJ3GM2N', '6E92ZMYYFZ']"),
        ...recoTrace(-15.1),
        ...recoTrace(-6.6),
      ],
      'checkoutservice#0/server': [
        JSON.stringify({ message: '[PlaceOrder] user_id="7f3c9a1e-2b84-4d6f-a0c5-1e9b8d2f4a60" user_currency="EUR"', severity: 'info', timestamp: T.isoMs(-36.2) }),
        JSON.stringify({ message: 'payment went through (transaction_id: 5c1f8e2a-93d4-4b7e-a6f0-2d8c1b9e7a35)', severity: 'info', timestamp: T.isoMs(-36.19) }),
        JSON.stringify({ message: 'order confirmation email sent to "alice.w@example.com"', severity: 'info', timestamp: T.isoMs(-36.18) }),
        JSON.stringify({ message: '[PlaceOrder] user_id="c41e7b20-5a93-4f18-9d6e-8b2a0f3c7d51" user_currency="USD"', severity: 'info', timestamp: T.isoMs(-19.4) }),
      ],
    },
  },
];

/** The applied overlay also wrote the label into the Service's own metadata. */
export function post(dir, read, write) {
  const svcs = read('services.json');
  for (const s of svcs.items) if (s.metadata.name === 'productcatalogservice') s.metadata.labels = { ...s.metadata.labels, team: 'catalog' };
  write('services.json', svcs);
  // The endpoints controller copies the Service's labels onto its Endpoints.
  const eps = read('endpoints.json');
  for (const e of eps.items) if (e.metadata.name === 'productcatalogservice') e.metadata.labels = { ...e.metadata.labels, team: 'catalog' };
  write('endpoints.json', eps);
}
