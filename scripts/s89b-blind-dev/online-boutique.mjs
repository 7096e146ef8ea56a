// Blind dev batch s89b (Online Boutique): one scenario, built by scripts/s89b-build.mjs with the session-2 system definition.
// An in-house recommendationservice build on Python 3.12 calls random.sample() on a set: pods Ready, product pages 500.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const INC = '2026-09-24T19:12:00Z';
const T = clock(INC);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const NEW_IMG = 'us-central1-docker.pkg.dev/acme-boutique/apps/recommendationservice:2026.09.24-py312';
const OLD_IMG = `${REG}/recommendationservice:v0.10.6`;
const ERR = 'Population must be a sequence.  For dicts or sets, use sorted(d).';
const py = (min, sev, msg) => JSON.stringify({ timestamp: T.isoMs(min).replace('Z', '+00:00').replace('T', ' ').replace(/\.(\d{3})/, ',$1'), severity: sev, name: 'recommendationservice-server', message: msg });
const rec = [py(-33.4, 'INFO', 'initializing recommendationservice'), py(-33.4, 'INFO', 'product catalog address: productcatalogservice:3550'), py(-33.3, 'INFO', 'listening on port: 8080')];
const ids = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO'];
for (let i = 0; i < 8; i++) {
  const m = -31 + i * 3.9;
  rec.push(
    'ERROR:grpc._server:Exception calling application: ' + ERR,
    'Traceback (most recent call last):',
    '  File "/recommendationservice/.venv/lib/python3.12/site-packages/grpc/_server.py", line 555, in _call_behavior',
    '    response_or_iterator = behavior(argument, context)',
    '                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^',
    '  File "/recommendationservice/recommendation_server.py", line 74, in ListRecommendations',
    '    prod_list = random.sample(filtered_products, num_return)',
    '                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
    '  File "/usr/local/lib/python3.12/random.py", line 413, in sample',
    '    raise TypeError("Population must be a sequence.  "',
    'TypeError: ' + ERR,
  );
  void m;
}
const fe = (min, sev, msg, extra) => JSON.stringify({ 'http.req.id': extra.id, 'http.req.method': 'GET', 'http.req.path': extra.path, ...(extra.error ? { error: extra.error } : {}), ...(extra.status ? { 'http.resp.bytes': extra.bytes, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took } : {}), message: msg, session: extra.session, severity: sev, timestamp: T.isoMs(min) });
const front = [];
const sessions = ['3f1c9a2e-7b44-4d0a-9e61-0c5b2d8f7a13', 'a84d2e61-19c3-4f7b-b2a5-6e0f3c9d1b47', 'e0b7c4d9-52a1-4e86-8f3c-7d2a9b1e6c05'];
for (let i = 0; i < 10; i++) {
  const m = -30.5 + i * 3;
  const id = `7c${i}e4b1a-${(1000 + i * 7).toString(16)}-4c2d-9a8e-51f0d3b6c2${10 + i}`;
  const s = sessions[i % 3];
  front.push(fe(m - 0.02, 'debug', 'request started', { id: `h${id}`, path: '/', session: s }));
  front.push(fe(m - 0.01, 'debug', 'request complete', { id: `h${id}`, path: '/', session: s, status: 200, bytes: 10763, took: 48 }));
  front.push(fe(m, 'debug', 'request started', { id, path: `/product/${ids[i % ids.length]}`, session: s }));
  front.push(fe(m + 0.003, 'error', 'request error', { id, path: `/product/${ids[i % ids.length]}`, session: s, error: `failed to get product recommendations: rpc error: code = Unknown desc = Exception calling application: ${ERR}` }));
}


export const scenarios = [
  {
    folder: 's89b-recommendation-py312-random-sample',
    incidentTime: INC,
    description: 'boutique prod: clicking any product gives the error page since the 18:40 deploy train, homepage still works. storefront oncall',
    expected: { component: 'recommendationservice', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Online Boutique release/kubernetes-manifests.yaml at 34ffea9 (recommendationservice: gRPC probes on 8080, PRODUCT_CATALOG_SERVICE_ADDR;
      frontend's productHandler and viewCartHandler render an HTTP 500 when getRecommendations fails, the home page does not call it).
      Fault: an in-house rebuild of recommendationservice on python:3.12 whose refactor passes a set to random.sample(); since Python 3.11
      random.sample() no longer accepts sets (TypeError "Population must be a sequence.  For dicts or sets, use sorted(d)." — Python 3.11
      changelog, bpo-40465). The gRPC health check is a separate servicer, so the pod is Ready and nothing restarts; every
      ListRecommendations raises, grpc._server logs "Exception calling application", and the frontend logs "failed to get product
      recommendations ... code = Unknown" per product page. Old and new ReplicaSets differ only in the image.
      Decoy: adservice and checkoutservice rolled in the same deploy train with a plain restart (identical templates), healthy.
      Deviations from upstream: the recommendationservice image (registry and tag) is invented; the refactored line is invented.`,
    workloads: {
      recommendationservice: {
        containers: { server: { image: NEW_IMG } },
        rollout: { at: -33.5, revision: 5, oldContainers: { server: { image: OLD_IMG } } },
      },
      checkoutservice: { since: -34 },
      adservice: { since: -34.5 },
    },
    events: [
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -33.5 },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -32.9 },
      { on: 'pod:recommendationservice#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 4.212s (4.212s including waiting). Image size: 61834211 bytes.`, first: -33.4, fieldPath: 'spec.containers{server}' },
      { on: 'pod:recommendationservice#0', reason: 'Started', message: 'Started container server', first: -33.4, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'recommendationservice#0/server': rec,
      'frontend#0/server': front,

    },
  },
];
