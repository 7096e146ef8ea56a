// Blind dev batch s77b: one Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by scripts/s77b-build.mjs.
// An in-house productcatalogservice build with a merchandising catalog makes ListProducts exceed gRPC's 4 MiB receive limit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INC = '2026-04-16T13:12:00Z';
const T = clock(INC);
const NS = 'boutique';
const ROLL = -31;
const NEW_IMG = 'europe-west1-docker.pkg.dev/boutique-prod/shop/productcatalogservice:v0.10.6-merch.3';
const OLD_IMG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.6';
const SIZE = 5313247;

// logrus JSONFormatter as the Go services print it (keys sorted).
const go = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const frontLine = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.status ? { 'http.resp.bytes': extra.bytes, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took } : {}), ...(extra.error ? { error: extra.error } : {}), message, session: extra.session, severity, timestamp: T.isoMs(min) });
const hex = (n) => (n * 2654435761 >>> 0).toString(16).padStart(8, '0');
const rid = (n) => `${hex(n)}-${hex(n + 1).slice(0, 4)}-4${hex(n + 2).slice(1, 4)}-a${hex(n + 3).slice(1, 4)}-${hex(n + 4)}${hex(n + 5).slice(0, 4)}`;
const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];
const ERR = `could not retrieve products: rpc error: code = ResourceExhausted desc = grpc: received message larger than max (${SIZE} vs. 4194304)`;

const frontend = (seed) => {
  const out = [];
  let n = seed;
  for (let m = -58; m < -0.2; m += 0.23) {
    n++;
    const session = rid(n * 7);
    const id = rid(n);
    const k = n % 4;
    if (k === 0 || k === 1) {
      out.push(frontLine(m, 'debug', 'request started', { id, path: '/', session }));
      if (m < ROLL + 1.2) {
        out.push(frontLine(m, 'debug', 'request complete', { id, path: '/', session, status: 200, bytes: 10913, took: 41 + (n % 17) }));
      } else {
        out.push(frontLine(m + 0.002, 'error', 'request error', { id, path: '/', session, error: ERR }));
        out.push(frontLine(m + 0.002, 'debug', 'request complete', { id, path: '/', session, status: 500, bytes: 2412, took: 58 + (n % 23) }));
      }
    } else if (k === 2) {
      const p = PRODUCTS[n % 9];
      out.push(frontLine(m, 'debug', 'request started', { id, path: `/product/${p}`, session }));
      out.push(frontLine(m, 'debug', 'serving product page', { id, path: `/product/${p}`, session }));
      if (m >= ROLL + 1.2) out.push(frontLine(m + 0.001, 'warning', 'failed to get product recommendations', { id, path: `/product/${p}`, session, error: `rpc error: code = Unknown desc = Exception calling application: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.RESOURCE_EXHAUSTED\n\tdetails = "Received message larger than max (${SIZE} vs. 4194304)"\n\tdebug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"Received message larger than max (${SIZE} vs. 4194304)", grpc_status:8}"\n>` }));
      out.push(frontLine(m + 0.001, 'debug', 'request complete', { id, path: `/product/${p}`, session, status: 200, bytes: 8127, took: 22 + (n % 11) }));
    } else {
      out.push(frontLine(m, 'debug', 'request started', { id, method: 'POST', path: '/cart', session }));
      out.push(frontLine(m, 'debug', 'adding to cart', { id, method: 'POST', path: '/cart', session }));
      out.push(frontLine(m + 0.001, 'debug', 'request complete', { id, method: 'POST', path: '/cart', session, status: 302, bytes: 0, took: 9 + (n % 5) }));
    }
  }
  return out;
};

const pcNew = [
  go(ROLL + 0.8, 'info', 'Tracing disabled.'),
  go(ROLL + 0.8, 'info', 'Profiling disabled.'),
  go(ROLL + 0.82, 'info', 'successfully parsed product catalog json'),
  go(ROLL + 0.82, 'info', 'starting grpc server at :3550'),
];

// recommendationservice (Python): its own JSON logger, and grpc's server logger on the root handler (plain text).
const rec = [];
for (let m = -58; m < -0.3; m += 0.92) {
  rec.push(JSON.stringify({ timestamp: T.isoMs(m), severity: 'INFO', name: 'recommendationservice-server', message: `[Recv ListRecommendations] product_ids=['${PRODUCTS[Math.round(-m) % 9]}']` }));
  if (m >= ROLL + 1.2) {
    rec.push(
      'Exception calling application: <_InactiveRpcError of RPC that terminated with:',
      '\tstatus = StatusCode.RESOURCE_EXHAUSTED',
      `\tdetails = "Received message larger than max (${SIZE} vs. 4194304)"`,
      `\tdebug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"Received message larger than max (${SIZE} vs. 4194304)", grpc_status:8, created_time:"${T.isoMs(m).replace('Z', '')}000000+00:00"}"`,
      '>',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/grpc/_server.py", line 555, in _call_behavior',
      '    response_or_iterator = behavior(argument, context)',
      '                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '  File "/recommendationservice/recommendation_server.py", line 60, in ListRecommendations',
      '    cat_response = product_catalog_stub.ListProducts(demo_pb2.Empty())',
      '                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '  File "/usr/local/lib/python3.12/site-packages/grpc/_channel.py", line 1181, in __call__',
      '    return _end_unary_response_blocking(state, call, False, None)',
      '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '  File "/usr/local/lib/python3.12/site-packages/grpc/_channel.py", line 1006, in _end_unary_response_blocking',
      '    raise _InactiveRpcError(state)  # pytype: disable=not-instantiable',
      '    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:',
      '\tstatus = StatusCode.RESOURCE_EXHAUSTED',
      `\tdetails = "Received message larger than max (${SIZE} vs. 4194304)"`,
      `\tdebug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"Received message larger than max (${SIZE} vs. 4194304)", grpc_status:8}"`,
      '>',
    );
  }
}

// checkoutservice: orders still go through (GetProduct per item, never ListProducts).
const co = [];
for (let m = -57; m < -0.5; m += 3.7) {
  const u = rid(Math.round(-m * 13));
  co.push(go(m, 'info', `[PlaceOrder] user_id="${u}" user_currency="USD"`));
  co.push(go(m + 0.01, 'info', `payment went through (transaction_id: ${rid(Math.round(-m * 29))})`));
  co.push(go(m + 0.01, 'info', `order confirmation email sent to "someone@example.com"`));
}

export const scenarios = [
  {
    folder: 's77b-catalog-response-over-4mb',
    incidentTime: INC,
    description: 'Boutique homepage is 500ing for everyone since ~12:40, but product links from the newsletter open fine and people can still check out',
    expected: { component: 'productcatalogservice', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    workloads: {
      productcatalogservice: {
        rollout: { at: ROLL, revision: 5, oldReplicas: 0, oldContainers: { server: { image: OLD_IMG } } },
        containers: { server: { image: NEW_IMG } },
      },
      // decoy: adservice OOMKilled two days ago, Running since.
      adservice: {
        pods: [{
          containers: {
            server: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 2 + 0.3),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 2) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: ROLL },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: ROLL + 0.9 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: ROLL + 0.9 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: ROLL + 1.4 },
      ...[0, 1].flatMap((i) => [
        { on: `pod:productcatalogservice#${i}`, source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned ${NS}/%POD% to %NODE%`, first: ROLL + 0.5 + i * 0.5 },
        { on: `pod:productcatalogservice#${i}`, reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, fieldPath: 'spec.containers{server}', first: ROLL + 0.52 + i * 0.5 },
        { on: `pod:productcatalogservice#${i}`, reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 4.211s (4.211s including waiting). Image size: 27118934 bytes.`, fieldPath: 'spec.containers{server}', first: ROLL + 0.6 + i * 0.5 },
        { on: `pod:productcatalogservice#${i}`, reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: ROLL + 0.6 + i * 0.5 },
        { on: `pod:productcatalogservice#${i}`, reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: ROLL + 0.62 + i * 0.5 },
      ]),
    ],
    logs: {
      'productcatalogservice#0/server': pcNew,
      'productcatalogservice#1/server': pcNew.map((l) => l),
      'frontend#0/server': frontend(1000),
      'frontend#1/server': frontend(5000),
      'recommendationservice#0/server': rec,
      'checkoutservice#0/server': co,
    },
    grounding: `
      Manifests: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml (v0.10.6) as scripts/s2-scenarios/online-boutique.mjs
      renders them: productcatalogservice (Go, 2 replicas here, gRPC 3550, grpc probes) serves the catalog it parses from the
      products.json baked into its image; frontend calls ListProducts for the home page and GetProduct for a product page;
      recommendationservice (Python) calls ListProducts for every recommendation; checkoutservice only GetProduct.
      Fault: at 12:41 the catalog team rolled an in-house build, ${NEW_IMG}, whose products.json carries the merchandising
      import (about 900 products with long descriptions and embedded categories). ListProducts now returns one ${SIZE}-byte
      message; gRPC's default maximum receive size is 4 MiB in grpc-go (defaultClientMaxReceiveMessageSize = 1024*1024*4) and in
      grpc-python, so both clients reject the response: the frontend logs "could not retrieve products: rpc error: code =
      ResourceExhausted desc = grpc: received message larger than max (${SIZE} vs. 4194304)" and serves 500 for /, the
      recommendation service fails with StatusCode.RESOURCE_EXHAUSTED (product pages render without recommendations, the frontend
      logs a warning). GetProduct answers stay small, so product pages and checkout keep working. The new pods start, parse the
      catalog, pass their gRPC health probes and stay Ready; the server side logs nothing, only the callers do (public reports:
      grpc/grpc-go and grpc/grpc issues "received message larger than max" after a payload grew).
      Expected productcatalogservice/bad-deploy-rollout: a release that is Ready but whose answers the callers cannot take; the
      two ReplicaSets differ only in the container image.
      Decoy: adservice's OOMKill two days ago (restartCount 1, Running since). Deviations: the in-house registry, tag and the
      response size are invented; recommendationservice's Python 3.12 traceback paths are assumed.
    `,
  },
];
