// Blind dev batch s129b: Online Boutique scenarios (written without reading rule packs, engine or other scenarios).
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/online-boutique.mjs';

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fl = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f6a7', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '5e1b7c9a-2d3f-4a6b-8c0d-1e2f3a4b5c6d', severity, timestamp: T.isoMs(min) });
const gl = (T, min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const IDS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];

// 1. productcatalogservice v0.10.7: catalog file in the new image does not parse, ListProducts answers an empty list.
const T1 = clock('2026-04-21T14:32:00Z');
const pcLogs1 = (i) => [
  gl(T1, -19.6 + i * 0.5, 'info', 'starting grpc server at :3550'),
  gl(T1, -19.5 + i * 0.5, 'warning', 'failed to parse the catalog JSON: proto: (line 12:7): unknown field "priceUsd"'),
  ...Array.from({ length: 8 }, (_, k) => gl(T1, -18 + k * 2 + i * 0.3, 'warning', 'failed to parse the catalog JSON: proto: (line 12:7): unknown field "priceUsd"')),
];
const ob1 = {
  folder: 's129b-productcatalog-release-empty-catalog',
  description: 'shop homepage shows no products since ~14:15, product pages 500. prodcat looks green, frontend spamming errors. we did a release train this afternoon',
  incidentTime: '2026-04-21T14:32:00Z',
  expected: { component: 'productcatalogservice', cause: 'bad-deploy-rollout' },
  alsoAcceptable: [{ component: 'productcatalogservice', cause: 'config-error' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'partial-name', 'time-expression'],
  grounding: `
    productcatalogservice (Go) reads products.json from its image at start and on each ListProducts when the cached catalog is empty
    (parseCatalog/loadCatalog in src/productcatalogservice); on an unmarshal error it logs a warning and returns an empty product list,
    and GetProduct answers NotFound "no product with ID ...". Its gRPC health check does not look at the catalog, so pods stay Ready.
    Fault: the v0.10.7 image ships a products.json whose price field was renamed (priceUsd written as camelCase key of a newer schema
    the v0.10.x proto does not know), so jsonpb rejects it with an unknown-field error. Frontend logs "could not retrieve product" /
    shows an empty home page; checkout's PlaceOrder fails in prepOrderItems. Decoy: currencyservice was rolled to v0.10.7 twenty
    minutes earlier the same afternoon and is healthy; an adservice restart (OOMKilled) three days ago. Deviation from upstream: the
    v0.10.7 tag and the renamed key are invented; the manifest (2 replicas, gRPC probes, resources) is upstream's.`,
  workloads: {
    productcatalogservice: {
      rollout: { at: -21, oldContainers: { server: { image: `${REG}/productcatalogservice:v0.10.6` } }, oldReplicas: 0 },
      containers: { server: { image: `${REG}/productcatalogservice:v0.10.7` } },
    },
    currencyservice: {
      rollout: { at: -41, revision: 6, oldContainers: { server: { image: `${REG}/currencyservice:v0.10.6` } }, oldReplicas: 0 },
      containers: { server: { image: `${REG}/currencyservice:v0.10.7` } },
    },
    adservice: {
      pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3 - 0.2) } }) } }],
    },
  },
  events: [
    { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -41, source: 'deployment-controller' },
    { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -40, source: 'deployment-controller' },
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -21 },
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: -20.4 },
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: -20.4 },
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: -19.8 },
    { on: 'pod:productcatalogservice#0', reason: 'Pulled', message: `Container image "${REG}/productcatalogservice:v0.10.7" already present on machine`, first: -20.5, fieldPath: 'spec.containers{server}' },
    { on: 'pod:productcatalogservice#0', reason: 'Started', message: 'Started container server', first: -20.4, fieldPath: 'spec.containers{server}' },
    { on: 'pod:productcatalogservice#1', reason: 'Started', message: 'Started container server', first: -19.9, fieldPath: 'spec.containers{server}' },
  ],
  logs: {
    'productcatalogservice#0/server': pcLogs1(0),
    'productcatalogservice#1/server': pcLogs1(1),
    'currencyservice#0/server': [
      `{"level":30,"time":${Date.parse(T1.iso(-40.5))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","msg":"Starting gRPC server on port 7000..."}`,
      ...Array.from({ length: 6 }, (_, k) => `{"level":30,"time":${Date.parse(T1.iso(-30 + k * 5))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","msg":"conversion request successful"}`),
    ],
    'frontend#0/server': [
      fl(T1, -25, 'debug', 'request started', { path: '/' }),
      fl(T1, -25, 'debug', 'request complete', { path: '/' }),
      ...IDS.slice(0, 6).flatMap((id, k) => [
        fl(T1, -16 + k * 2.5, 'error', 'request error', { path: `/product/${id}`, error: `could not retrieve product: rpc error: code = NotFound desc = no product with ID ${id}`, id: `b7${k}e0a1c-9d2f-4e3b-8c1a-0f2e3d4c5b6a` }),
        fl(T1, -15.5 + k * 2.5, 'debug', 'request complete', { path: '/' }),
      ]),
    ],
    'frontend#1/server': IDS.slice(3).map((id, k) => fl(T1, -14 + k * 2.2, 'error', 'request error', { path: `/product/${id}`, error: `could not retrieve product: rpc error: code = NotFound desc = no product with ID ${id}`, id: `c4${k}a9b2e-1f3d-4c5e-9a7b-8d6c5e4f3a2b` })),
    'checkoutservice#0/server': [
      gl(T1, -30, 'info', '[PlaceOrder] user_id="6a1f0c3e-4b2d-4e8a-9f7c-2d1b0a9e8c7f" user_currency="EUR"'),
      gl(T1, -29.9, 'info', 'payment went through (transaction_id: 1f3e2a7c-5d9b-4c1e-8a6f-0b2d4c6e8a1f)'),
      gl(T1, -12, 'info', '[PlaceOrder] user_id="3c9d8e7f-1a2b-4c5d-8e9f-0a1b2c3d4e5f" user_currency="USD"'),
      gl(T1, -12, 'warning', 'failed to prepare order: failed to prepare order: failed to get product #"OLJCESPC7Z"'),
      gl(T1, -6, 'info', '[PlaceOrder] user_id="8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968" user_currency="USD"'),
      gl(T1, -6, 'warning', 'failed to prepare order: failed to prepare order: failed to get product #"66VCHSJNUP"'),
    ],
    'recommendationservice#0/server': [
      JSON.stringify({ timestamp: T1.isoMs(-17), severity: 'INFO', name: 'recommendationservice-server', message: '[Recv ListRecommendations] product_ids=[]' }),
      JSON.stringify({ timestamp: T1.isoMs(-9), severity: 'INFO', name: 'recommendationservice-server', message: '[Recv ListRecommendations] product_ids=[]' }),
    ],
  },
};

// 2. recommendationservice v0.10.7 rollout stuck: new image pulled protobuf 4.x, import fails ("Descriptors cannot be created directly").
const T2 = clock('2026-04-23T10:05:00Z');
const pyTrace = (min) => [
  'Traceback (most recent call last):',
  '  File "/recommendationservice/recommendation_server.py", line 28, in <module>',
  '    import demo_pb2',
  '  File "/recommendationservice/demo_pb2.py", line 33, in <module>',
  '    _descriptor.FieldDescriptor(',
  '  File "/usr/local/lib/python3.12/site-packages/google/protobuf/descriptor.py", line 621, in __new__',
  '    _message.Message._CheckCalledFromGeneratedFile()',
  'TypeError: Descriptors cannot be created directly.',
  'If this call came from a _pb2.py file, your generated code is out of date and must be regenerated with protoc >= 3.19.0.',
  'If you cannot immediately regenerate your protos, some other possible workarounds are:',
  ' 1. Downgrade the protobuf package to 3.20.x or lower.',
  ' 2. Set PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION=python (but this will use pure-Python parsing and will be much slower).',
  '',
  'More information: https://developers.google.com/protocol-buffers/docs/news/2022-05-06#python-updates',
];
const ob2 = {
  folder: 's129b-recommendation-rollout-protobuf-stuck',
  description: 'recs deploy in the pipeline timing out for 15 min (recomendationservice v0.10.7), shop itself seems ok?? cart also redeployed this morning fwiw',
  incidentTime: '2026-04-23T10:05:00Z',
  expected: { component: 'recommendationservice', cause: 'bad-deploy-rollout' },
  alsoAcceptable: [{ component: 'recommendationservice', cause: 'crash-loop' }],
  difficulty: 'medium',
  traits: ['rollout-regression', 'decoy', 'typo', 'partial-name', 'time-expression'],
  grounding: `
    recommendationservice is Python with generated demo_pb2.py. protobuf 4.21 (May 2022) made old generated code fail at import with
    "TypeError: Descriptors cannot be created directly" (protocolbuffers/protobuf news 2022-05-06, many public issues). Fault: the v0.10.7
    image was rebuilt with an unpinned protobuf, so the new container exits 1 on start and loops in CrashLoopBackOff. With one replica,
    maxSurge 25% (1) and maxUnavailable 25% (0), the old v0.10.6 pod keeps serving, so the shop works while the rollout waits past
    progressDeadlineSeconds (600) and the Deployment reports ProgressDeadlineExceeded. Decoy: cartservice rolled to v0.10.7 two hours
    earlier and is healthy. Deviation: the v0.10.7 tag, the python 3.12 path and the protobuf bump are invented.`,
  workloads: {
    recommendationservice: {
      rollout: { at: -17, oldContainers: { server: { image: `${REG}/recommendationservice:v0.10.6` } }, oldReplicas: 1 },
      containers: { server: { image: `${REG}/recommendationservice:v0.10.7` } },
      pods: [{ containers: { server: cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T2.iso(-3.1), finishedAt: T2.iso(-3.0), container: 'server' }) } }],
      unavailableSince: -17,
      progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T2.iso(-6.9), lastTransitionTime: T2.iso(-6.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
    },
    cartservice: {
      rollout: { at: -125, revision: 9, oldContainers: { server: { image: `${REG}/cartservice:v0.10.6` } }, oldReplicas: 0 },
      containers: { server: { image: `${REG}/cartservice:v0.10.7` } },
    },
  },
  events: [
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 1', first: -125 },
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 0 from 1', first: -123.5 },
    { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -17 },
    { on: 'pod:recommendationservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -17, source: 'default-scheduler' },
    { on: 'pod:recommendationservice#0', reason: 'Pulling', message: `Pulling image "${REG}/recommendationservice:v0.10.7"`, first: -16.9, fieldPath: 'spec.containers{server}' },
    { on: 'pod:recommendationservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/recommendationservice:v0.10.7" in 9.412s (9.412s including waiting). Image size: 61235874 bytes.`, first: -16.7, fieldPath: 'spec.containers{server}' },
    { on: 'pod:recommendationservice#0', reason: 'Created', message: 'Created container server', first: -16.7, last: -3.1, count: 8, fieldPath: 'spec.containers{server}' },
    { on: 'pod:recommendationservice#0', reason: 'Started', message: 'Started container server', first: -16.7, last: -3.1, count: 8, fieldPath: 'spec.containers{server}' },
    { on: 'pod:recommendationservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', first: -16.5, last: -0.4, count: 71, fieldPath: 'spec.containers{server}' },
  ],
  logs: {
    'recommendationservice#0/server': pyTrace(-3),
    'recommendationservice#0/server/previous': pyTrace(-8),
    'recommendationservice#old0/server': [
      JSON.stringify({ timestamp: T2.isoMs(-20), severity: 'INFO', name: 'recommendationservice-server', message: '[Recv ListRecommendations] product_ids=[\'2ZYFJ3GM2N\', \'66VCHSJNUP\', \'L9ECAV7KIM\', \'0PUK6V6EV0\', \'1YMWWN1N4O\']' }),
      JSON.stringify({ timestamp: T2.isoMs(-8), severity: 'INFO', name: 'recommendationservice-server', message: '[Recv ListRecommendations] product_ids=[\'OLJCESPC7Z\', \'9SIQT8TOJO\', \'LS4PSXUNUM\', \'6E92ZMYYFZ\', \'L9ECAV7KIM\']' }),
      JSON.stringify({ timestamp: T2.isoMs(-1), severity: 'INFO', name: 'recommendationservice-server', message: '[Recv ListRecommendations] product_ids=[\'1YMWWN1N4O\', \'66VCHSJNUP\', \'2ZYFJ3GM2N\', \'0PUK6V6EV0\', \'LS4PSXUNUM\']' }),
    ],
    'frontend#0/server': [
      fl(T2, -10, 'debug', 'request started', { path: '/product/66VCHSJNUP' }),
      fl(T2, -10, 'debug', 'request complete', { path: '/product/66VCHSJNUP' }),
      fl(T2, -2, 'debug', 'request complete', { path: '/' }),
    ],
  },
};

export const scenarios = [ob1, ob2];
