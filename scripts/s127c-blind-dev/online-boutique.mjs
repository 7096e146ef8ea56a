// Blind dev batch s127c: Online Boutique scenarios (system from scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as ob } from '../s2-scenarios/online-boutique.mjs';

export const system = ob;
const fl = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min) });

// --- 1: NetworkPolicy on paymentservice allowing the wrong port ---
const T1 = clock('2026-02-10T14:20:00Z');
const payTimeout = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:paymentservice%:50051: i/o timeout"';
const s1 = {
  folder: 's127c-payment-netpol-wrong-port',
  incidentTime: '2026-02-10T14:20:00Z',
  description: 'checkout broken since ~14:02, place order spins then 500. payment pods look fine?? pls check',
  expected: { component: 'paymentservice', cause: 'network-fault' },
  alsoAcceptable: [{ component: 'paymentservice', cause: 'dependency-down' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'network-policy', 'callers-only', 'louder-dependents', 'decoy', 'time-expression'],
  grounding: `Online Boutique v0.10.6 manifests: paymentservice listens on gRPC 50051 (PORT env, Service grpc 50051) and is called only
  by checkoutservice (PAYMENT_SERVICE_ADDR=paymentservice:50051). The fault follows the Kubernetes NetworkPolicy docs and the
  common hardening mistake of an allow-list ingress policy whose port is copied from another service: a policy
  "paymentservice-allow-checkout" created at 14:01 selects app=paymentservice and allows ingress only from app=checkoutservice on
  TCP 8080, so every connection from checkout to 50051 is silently dropped (dial i/o timeout), while kubelet gRPC probes from the
  node keep the pods Ready (GKE Dataplane V2 allows node-to-pod health checks). Deviations: upstream ships no NetworkPolicy;
  the policy, the adservice OOM three days ago and the recommendationservice rollout two hours earlier (healthy) are invented decoys.`,
  networkPolicies: [
    { name: 'paymentservice-allow-checkout', created: -19, spec: { podSelector: { matchLabels: { app: 'paymentservice' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { app: 'checkoutservice' } } }], ports: [{ protocol: 'TCP', port: 8080 }] }] } },
    { name: 'redis-cart-allow-cartservice', created: -60 * 24 * 21, spec: { podSelector: { matchLabels: { app: 'redis-cart' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { app: 'cartservice' } } }], ports: [{ protocol: 'TCP', port: 6379 }] }] } },
  ],
  workloads: {
    adservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3 - 0.1) } }) } }] },
    recommendationservice: { rollout: { at: -125, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/recommendationservice:v0.10.5' } } } },
  },
  events: [
    { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -125 },
    { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -124 },
  ],
  logs: {
    'checkoutservice#0/server': [
      `{"message":"[PlaceOrder] user_id=\\"4f9c1f2e-8a53-4b1d-9c7e-21b0f3d6a8e4\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T1.isoMs(-24)}"}`,
      `{"message":"payment went through (transaction_id: 8e2d6b0c-91a4-4f6e-b1a7-3c5d2e9f7a10)","severity":"info","timestamp":"${T1.isoMs(-23.9)}"}`,
      `{"message":"order confirmation email sent to \\"someone@example.com\\"","severity":"info","timestamp":"${T1.isoMs(-23.8)}"}`,
      ...[-17.5, -15, -12.2, -9.4, -6.1, -3.3, -1.2].flatMap((m) => [
        `{"message":"[PlaceOrder] user_id=\\"b17e0a5c-2d44-4e8a-a9f1-6c3d8e2b0f57\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T1.isoMs(m)}"}`,
        `{"message":"failed to charge card: could not charge the card: ${payTimeout.replaceAll('"', '\\"')}","severity":"warning","timestamp":"${T1.isoMs(m + 0.34)}"}`,
      ]),
    ],
    'frontend#0/server': [
      fl(T1, -22, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
      ...[-17.4, -12.1, -6.0, -1.1].map((m) => fl(T1, m + 0.35, 'error', 'request error', { method: 'POST', path: '/cart/checkout', error: `failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: ${payTimeout}` })),
      fl(T1, -2, 'debug', 'request complete', { path: '/' }),
    ],
    'paymentservice#0/server': [
      `{"severity":"info","time":${Date.parse(T1.iso(-60 * 24 * 9))},"pid":1,"hostname":"%POD%","name":"paymentservice-server","message":"PaymentService gRPC server started on port 50051"}`,
      `{"severity":"info","time":${Date.parse(T1.iso(-23.9))},"pid":1,"hostname":"%POD%","name":"paymentservice-charge","message":"Transaction processed: visa ending 0454     Amount: USD34.99"}`,
    ],
  },
};

// --- 2: productcatalogservice release with EXTRA_LATENCY ---
const T2 = clock('2026-02-17T09:45:00Z');
const s2 = {
  folder: 's127c-productcatalog-extra-latency-release',
  incidentTime: '2026-02-17T09:45:00Z',
  description: 'shop homepage super slow / timing out for the last 20 min, catalog team pushed something this morning?',
  expected: { component: 'productcatalogservice', cause: 'bad-deploy-rollout' },
  alsoAcceptable: [{ component: 'productcatalogservice', cause: 'config-error' }],
  difficulty: 'medium',
  traits: ['pods-ready', 'rollout-regression', 'network-latency', 'louder-dependents', 'team-name', 'time-expression'],
  grounding: `productcatalogservice (Go) reads EXTRA_LATENCY at start and sleeps that long in every GetProduct/ListProducts/SearchProducts
  (microservices-demo src/productcatalogservice/server.go, the documented "simulate latency" switch). The release at 09:22 moves
  v0.10.6 -> v0.10.7-rc1 and adds EXTRA_LATENCY=5.5s (left in from a load-test values file); pods stay Ready (the gRPC health
  check is not delayed) while frontend and recommendationservice hit their deadlines. Deviation: the rc tag and the env are invented;
  upstream never sets EXTRA_LATENCY.`,
  workloads: {
    productcatalogservice: { rollout: { at: -23, oldReplicas: 0, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.6', env: [{ name: 'PORT', value: '3550' }, { name: 'DISABLE_PROFILER', value: '1' }] } } },
      containers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/productcatalogservice:v0.10.7-rc1', env: [{ name: 'PORT', value: '3550' }, { name: 'DISABLE_PROFILER', value: '1' }, { name: 'EXTRA_LATENCY', value: '5.5s' }] } } },
  },
  events: [
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 1', first: -23 },
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 1 from 2', first: -22.5 },
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productcatalogservice-%NEW% to 2 from 1', first: -22.4 },
    { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: -22 },
    { on: 'pod:frontend#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -14, last: -3, count: 4, fieldPath: 'spec.containers{server}' },
  ],
  logs: {
    'productcatalogservice#0/server': [
      `{"message":"successfully parsed product catalog json","severity":"info","timestamp":"${T2.isoMs(-22.7)}"}`,
      `{"message":"starting grpc server at :3550","severity":"info","timestamp":"${T2.isoMs(-22.7)}"}`,
      `{"message":"extra latency enabled (duration: 5.5s)","severity":"info","timestamp":"${T2.isoMs(-22.7)}"}`,
    ],
    'frontend#0/server': [
      fl(T2, -30, 'debug', 'request complete', { path: '/' }),
      ...[-19, -15.5, -11, -7.2, -3.4, -1].map((m) => fl(T2, m, 'error', 'request error', { path: '/', error: 'could not retrieve products: rpc error: code = DeadlineExceeded desc = context deadline exceeded' })),
    ],
    'recommendationservice#0/server': [
      `{"timestamp": ${Date.parse(T2.iso(-30)) / 1000}, "severity": "INFO", "name": "recommendationservice-server", "message": "[Recv ListRecommendations] product_ids=['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N']"}`,
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/grpc/_server.py", line 555, in _call_behavior',
      '    response_or_iterator = behavior(argument, context)',
      '  File "/recommendationservice/recommendation_server.py", line 73, in ListRecommendations',
      '    cat_response = product_catalog_stub.ListProducts(demo_pb2.Empty())',
      '  File "/usr/local/lib/python3.12/site-packages/grpc/_channel.py", line 1181, in __call__',
      '    return _end_unary_response_blocking(state, call, False, None)',
      'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:',
      '\tstatus = StatusCode.DEADLINE_EXCEEDED',
      '\tdetails = "Deadline Exceeded"',
      `\tdebug_error_string = "UNKNOWN:Error received from peer  {grpc_status:4, grpc_message:\\"Deadline Exceeded\\"}"`,
      '>',
    ],
  },
};

export const scenarios = [s1, s2];
