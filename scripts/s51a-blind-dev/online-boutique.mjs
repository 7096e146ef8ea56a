// Batch s51a blind dev scenario for Online Boutique (session-2 system definition): productcatalogservice scaled to zero by hand
// against the wrong kube context, so its Service has no endpoints; frontend, checkout and recommendation fail.
import { system } from '../s2-scenarios/online-boutique.mjs';
import { clock, cs } from '../s2-scenario-kit.mjs';

export { system };

const T = clock('2026-06-03T16:22:00Z');
const fl = (min, severity, message, extra = {}) =>
  JSON.stringify({ 'http.req.id': extra.id, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session, severity, timestamp: T.isoMs(min) });
const refused = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:productcatalogservice%:3550: connect: connection refused"';
const ids = ['5c0e9a3f-1b7d-4c2e-9f48-2a6d1e3b7c90', 'a81f4d26-7e3b-4b0a-8c95-3d2f6e1a9b47', '0d7b2e95-c4a1-4f3e-b826-9e5a1c7d3f02', '6e2a9c14-3f8b-47d1-a0c5-8b4e2d6f1a73', 'f3c81b07-9a2e-4d65-b1f4-7c0e5a2d8b19', '92d4e6a1-0b7c-4e38-9f2a-5d1c8b3e7a60'];
const sess = ['1f6b3c2e-8d4a-4e9b-a7c0-2e5d9f1b4a36', '7a0e4d91-2c5b-4f8e-b3a6-9d1e7c2f5b08', 'c4e92b7f-6a1d-43c8-8e0b-5f2a9d7c1e64'];
const frontend0 = [
  fl(-95, 'info', 'request started', { id: 'e2b7c901-4a6f-4d1e-9b3c-7f0a2d5e8c14', session: sess[0] }),
  fl(-95, 'debug', 'request complete', { id: 'e2b7c901-4a6f-4d1e-9b3c-7f0a2d5e8c14', session: sess[0] }),
  fl(-31.2, 'info', 'request started', { id: 'b7d1e4a2-9c3f-4a8e-b5d0-1e6c9f2a7b43', path: '/product/OLJCESPC7Z', session: sess[1] }),
  fl(-31.2, 'debug', 'request complete', { id: 'b7d1e4a2-9c3f-4a8e-b5d0-1e6c9f2a7b43', path: '/product/OLJCESPC7Z', session: sess[1] }),
];
const frontend1 = [fl(-60, 'info', 'request started', { id: '3a9e6c1d-7b2f-4e05-8d4a-c1f7b9e2d560', session: sess[2] }), fl(-60, 'debug', 'request complete', { id: '3a9e6c1d-7b2f-4e05-8d4a-c1f7b9e2d560', session: sess[2] })];
[-29.4, -27.1, -24.6, -21.9, -18.2, -15.5, -12.8, -9.3, -6.7, -4.0, -2.2, -0.8].forEach((m, i) => {
  const path = ['/', '/product/66VCHSJNUP', '/', '/product/9SIQT8TOJO', '/cart', '/'][i % 6];
  const what = path === '/' ? 'could not retrieve products' : path === '/cart' ? 'could not retrieve recommendations' : `could not retrieve product`;
  const err = path === '/cart' ? `failed to get recommendations: rpc error: code = Unknown desc = Exception calling application: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3550: Failed to connect to remote host: Connection refused"\n>` : `${what}: ${refused}`;
  const line = fl(m, 'error', 'request error', { id: ids[i % 6], path, session: sess[i % 3], error: path === '/cart' ? `${what}: ${err}` : err });
  (i % 2 ? frontend1 : frontend0).push(fl(m, 'info', 'request started', { id: ids[i % 6], path, session: sess[i % 3] }), line);
});
const checkout = [
  JSON.stringify({ message: '[PlaceOrder] user_id="7a0e4d91-2c5b-4f8e-b3a6-9d1e7c2f5b08" user_currency="USD"', severity: 'info', timestamp: T.isoMs(-48) }),
  JSON.stringify({ message: 'payment went through (transaction_id: 2f1c7b8e-4d0a-4a39-9e6b-1c5d8f2a7e03)', severity: 'info', timestamp: T.isoMs(-48) }),
  JSON.stringify({ message: 'order confirmation email sent to "someone@example.com"', severity: 'info', timestamp: T.isoMs(-48) }),
  JSON.stringify({ message: '[PlaceOrder] user_id="c4e92b7f-6a1d-43c8-8e0b-5f2a9d7c1e64" user_currency="EUR"', severity: 'info', timestamp: T.isoMs(-11.4) }),
];
const rec = [
  JSON.stringify({ timestamp: T.isoMs(-40).replace('Z', '000Z'), severity: 'INFO', name: 'recommendationservice-server', message: "[Recv ListRecommendations] product_ids=['2ZYFJ3GM2N', 'LS4PSXUNUM', '1YMWWN1N4O', 'L9ECAV7KIM', '0PUK6V6EV0']" }),
  ...[-18.2, -4.0].flatMap((m) => [
    `ERROR:grpc._server:Exception calling application: <_InactiveRpcError of RPC that terminated with:`,
    '\tstatus = StatusCode.UNAVAILABLE',
    '\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3550: Failed to connect to remote host: Connection refused"',
    `\tdebug_error_string = "UNKNOWN:Error received from peer  {created_time:"${T.isoMs(m).replace('Z', '000+00:00')}", grpc_status:14, grpc_message:"failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:productcatalogservice%:3550: Failed to connect to remote host: Connection refused"}"`,
    '>',
    'Traceback (most recent call last):',
    '  File "/usr/local/lib/python3.12/site-packages/grpc/_server.py", line 555, in _call_behavior',
    '    response_or_iterator = behavior(argument, context)',
    '  File "/recommendationservice/recommendation_server.py", line 60, in ListRecommendations',
    '    cat_response = product_catalog_stub.ListProducts(demo_pb2.Empty())',
    '  File "/usr/local/lib/python3.12/site-packages/grpc/_channel.py", line 1181, in __call__',
    '    return _end_unary_response_blocking(state, call, False, None)',
    '  File "/usr/local/lib/python3.12/site-packages/grpc/_channel.py", line 1006, in _end_unary_response_blocking',
    '    raise _InactiveRpcError(state)  # pytype: disable=not-instantiable',
  ]),
];

export const scenarios = [
  {
    folder: 's51a-productcatalog-scaled-to-zero',
    incidentTime: '2026-06-03T16:22:00Z',
    description: 'boutique storefront throwing 500s on home page and product pages, started about half an hour ago',
    expected: { component: 'productcatalogservice', cause: 'no-endpoints' },
    difficulty: 'easy',
    traits: ['louder-dependents', 'time-expression'],
    grounding: `
      A routine human error: an engineer running \`kubectl scale deploy productcatalogservice --replicas=0\` for a load test meant
      for staging, with the production context still current. The deployment-controller's ScalingReplicaSet event ("Scaled down
      replica set ... to 0 from 2") and the replicaset-controller's SuccessfulDelete events are the only Kubernetes trace; the
      Deployment stays Available (0 of 0), the Service keeps its ClusterIP and its Endpoints lose every address, so kube-proxy
      rejects connections to 10.x:3550 and callers see "connection refused". Manifest facts (release/kubernetes-manifests.yaml,
      v0.10.6): productcatalogservice 2 replicas on gRPC 3550 behind Service port 3550; frontend, checkoutservice and
      recommendationservice reach it through PRODUCT_CATALOG_SERVICE_ADDR=productcatalogservice:3550. Log shapes: the frontend's
      logrus JSON "request error" with the grpc-go Unavailable text, the Python recommendationservice's grpc._server
      "Exception calling application" with the _InactiveRpcError of grpcio, no line in the
      productcatalogservice itself (it has no pod). The frontend is loudest; a careful engineer reads the empty Endpoints and the scale-down event.`,
    workloads: {
      productcatalogservice: {
        replicas: 0,
        pods: [],
        endpointsChanged: -29.6,
        deployStatus: {
          observedGeneration: 6, replicas: 0,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "productcatalogservice-%RSNAME%" has successfully progressed.' },
          ],
        },
      },
      // decoy: cartservice restarted once two days ago (liveness timeout during a node-level CPU spike), fine since
      cartservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 50), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 50 - 0.2) } }) } }, {}],
      },
    },
    events: [
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%NEW% to 0 from 2', first: -29.7 },
      { on: 'rs:productcatalogservice', reason: 'SuccessfulDelete', message: 'Deleted pod: productcatalogservice-%RS%', first: -29.7 },
      { on: 'rs:productcatalogservice', reason: 'SuccessfulDelete', message: 'Deleted pod: productcatalogservice-%RS%', first: -29.7 },
    ],
    logs: {
      'frontend#0/server': frontend0,
      'frontend#1/server': frontend1,
      'checkoutservice#0/server': checkout,
      'recommendationservice#0/server': rec,
    },
  },
];
