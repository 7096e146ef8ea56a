// Batch s63a (blind dev): one Online Boutique scenario for the scenario kit — an in-house recommendationservice release
// rebuilt on Python 3.12 where random.sample() no longer accepts a set: pods Ready, every ListRecommendations fails.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const INCIDENT = '2026-08-12T09:35:00Z';
const T = clock(INCIDENT);
const ROLL = -52; // 08:43:00
const BOOT = -60 * 24 * 7;
const IMG = 'europe-west1-docker.pkg.dev/acme-boutique/shop/recommendationservice';
const NEW = `${IMG}:v0.10.6-acme.4`;
const OLD = `${IMG}:v0.10.6-acme.3`;
const NEW_READY = ROLL + 1.1; // new pod created at +0.5, started, Ready; then the old one goes

const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];
const CUR = ['USD', 'EUR', 'USD', 'GBP', 'USD', 'JPY'];
const nano = (min, k) => T.isoMs(min).replace(/Z$/, `${String((k * 7919) % 1000000).padStart(6, '0')}Z`);
const uuid = (k, salt) => {
  const h = (n) => (Math.imul(k * 2654435761 + salt * 40503 + n, 2246822519) >>> 0).toString(16).padStart(8, '0');
  return `${h(1)}-${h(2).slice(0, 4)}-4${h(3).slice(1, 4)}-b${h(4).slice(1, 4)}-${h(5)}${h(6).slice(0, 4)}`;
};
const line = (obj) => JSON.stringify(Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : 1))));
const RPC_ERR = 'rpc error: code = Unknown desc = Exception calling application: Population must be a sequence.  For dicts or sets, use sorted(d).';

// Page views that ask for recommendations (product pages and the cart), alternating over the two frontend pods.
const views = [];
for (let m = -70, k = 0; m < -0.1; m += 0.2, k++) {
  const cart = k % 5 === 4;
  views.push({ m, k, pod: k % 2, path: cart ? '/cart' : `/product/${PRODUCTS[k % PRODUCTS.length]}`, cart, cur: CUR[k % CUR.length], session: uuid(k % 23, 7), id: uuid(k, 3), ok: m < NEW_READY });
}
function frontendLog(pod) {
  const L = [];
  for (const v of views.filter((x) => x.pod === pod)) {
    const base = { 'http.req.id': v.id, 'http.req.method': 'GET', 'http.req.path': v.path, session: v.session };
    L.push(line({ ...base, message: 'request started', severity: 'debug', timestamp: nano(v.m, v.k) }));
    L.push(line({ ...base, ...(v.cart ? {} : { currency: v.cur, id: v.path.slice(9) }), message: v.cart ? 'view user cart' : 'serving product page', severity: 'debug', timestamp: nano(v.m + 0.00003, v.k) }));
    if (!v.ok) L.push(line({ ...base, error: RPC_ERR, message: 'failed to get product recommendations', severity: 'warning', timestamp: nano(v.m + 0.0002, v.k) }));
    const took = v.ok ? 38 + (v.k % 29) : 21 + (v.k % 17);
    L.push(line({ ...base, 'http.resp.bytes': v.ok ? (v.cart ? 11873 : 8312) + (v.k % 40) * 3 : (v.cart ? 10114 : 6590) + (v.k % 40) * 3, 'http.resp.status': 200, 'http.resp.took_ms': took, message: 'request complete', severity: 'debug', timestamp: nano(v.m + took / 60000, v.k) }));
  }
  return L;
}

const pyTs = (min) => (Date.parse(T.isoMs(min)) / 1000 + 0.000417).toFixed(6);
const pj = (min, sev, msg) => `{"timestamp": ${pyTs(min)}, "severity": "${sev}", "name": "recommendationservice-server", "message": "${msg}"}`;
const TRACE = [
  'Exception calling application: Population must be a sequence.  For dicts or sets, use sorted(d).',
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.12/site-packages/grpc/_server.py", line 610, in _call_behavior',
  '    response_or_iterator = behavior(argument, context)',
  '                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/site-packages/opentelemetry/instrumentation/grpc/_server.py", line 335, in telemetry_interceptor',
  '    raise error',
  '  File "/usr/local/lib/python3.12/site-packages/opentelemetry/instrumentation/grpc/_server.py", line 324, in telemetry_interceptor',
  '    return behavior(request_or_iterator, context)',
  '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/recommendationservice/recommendation_server.py", line 73, in ListRecommendations',
  '    prod_list = random.sample(filtered_products, num_return)',
  '                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/random.py", line 413, in sample',
  '    raise TypeError("Population must be a sequence.  "',
  'TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).',
];
function recommendationLog() {
  const s = ROLL + 0.82;
  const L = [
    pj(s, 'INFO', 'initializing recommendationservice'),
    pj(s + 0.001, 'INFO', 'Profiler disabled.'),
    pj(s + 0.004, 'INFO', 'Tracing disabled.'),
    pj(s + 0.004, 'INFO', 'product catalog address: productcatalogservice:3550'),
    pj(s + 0.005, 'INFO', 'listening on port: 8080'),
  ];
  for (const v of views.filter((x) => !x.ok)) L.push(...TRACE);
  return L;
}

function productCatalogLog() {
  return [
    `{"message":"successfully parsed product catalog json","severity":"info","timestamp":"${nano(BOOT + 0.3, 1)}"}`,
    `{"message":"starting grpc server at :3550","severity":"info","timestamp":"${nano(BOOT + 0.3, 2)}"}`,
  ];
}

export const scenarios = [
  {
    folder: 's63a-recommendation-py312-sample',
    incidentTime: INCIDENT,
    description: "product pages lost the 'You May Also Like' row since about 8:45, cart too. no 500s, checkout fine. frontend logs full of warnings",
    expected: { component: 'recommendationservice', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    workloads: {
      recommendationservice: {
        containers: { server: { image: NEW } },
        rollout: { at: ROLL, revision: 6, oldContainers: { server: { image: OLD } } },
      },
      frontend: { since: BOOT },
      productcatalogservice: { since: BOOT },
      // Decoy: a cartservice replica OOMKilled two days ago (128Mi limit), running since.
      cartservice: {
        since: BOOT,
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1, startedAt: T.iso(-60 * 24 * 2 + 0.3),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(BOOT + 0.3), finishedAt: T.iso(-60 * 24 * 2) },
              }),
            },
          },
          {},
        ],
      },
    },
    events: [
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'pod:recommendationservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.5, last: ROLL + 0.5 },
      { on: 'pod:recommendationservice#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, fieldPath: 'spec.containers{server}', first: ROLL + 0.5, last: ROLL + 0.5 },
      { on: 'pod:recommendationservice#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 3.218s (3.218s including waiting). Image size: 61803417 bytes.`, fieldPath: 'spec.containers{server}', first: ROLL + 0.75, last: ROLL + 0.75 },
      { on: 'pod:recommendationservice#0', reason: 'Created', message: 'Created container: server', fieldPath: 'spec.containers{server}', first: ROLL + 0.78, last: ROLL + 0.78 },
      { on: 'pod:recommendationservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: ROLL + 0.8, last: ROLL + 0.8 },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: NEW_READY, last: NEW_READY },
    ],
    logs: {
      'recommendationservice#0/server': recommendationLog(),
      'frontend#0/server': frontendLog(0),
      'frontend#1/server': frontendLog(1),
      'productcatalogservice#0/server': productCatalogLog(),
    },
    grounding: `
      Fault: the shop runs an in-house fork of recommendationservice whose ListRecommendations samples straight from a
      set (filtered_products = set(product_ids) - set(request.product_ids); random.sample(filtered_products, num_return)).
      On the old Python 3.10 base image that was only a DeprecationWarning; release v0.10.6-acme.4 (rolled out at 08:43,
      image tag the only difference between the two ReplicaSet templates) moved the base image to Python 3.12, where
      random.sample() raises TypeError "Population must be a sequence.  For dicts or sets, use sorted(d)." (removed in
      3.11, per the Python 3.11 "What's New" porting notes). The gRPC health Check still answers SERVING, so the kubelet's
      grpc probes pass and the pod is Ready. grpc's _server logs "Exception calling application: ..." with the traceback
      through the root logger's last-resort handler (stderr), the service's own JSON logger (logger.py, python-json-logger,
      epoch float timestamp) prints only its startup lines. Manifest/code facts: frontend handlers.go productHandler and
      viewCartHandler ignore a recommendation error ("failed to get product recommendations" at warning, with the gRPC
      status "rpc error: code = Unknown desc = Exception calling application: ...") and still render 200, so nothing
      else fails; logrus JSONFormatter with the FieldMap of frontend/main.go and the logHandler's request lines.
      Decoy: a cartservice replica OOMKilled two days ago (128Mi limit). Deviations: the fork, its registry and tags are
      this installation's; upstream's recommendation_server.py converts to a list first.`,
  },
];
