// Batch s33c blind dev scenario for the OpenTelemetry demo (system: scripts/kit-systems/otel-demo.mjs): product-catalog
// scaled to zero at 19:00 Berlin time by kube-downscaler, from an uptime annotation copied over from the staging overlay.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;

const T = clock('2026-05-21T17:12:00Z');
const PC = '%SVCIP:product-catalog%:8080';

const grpcJs = (min, call) => [
  ` ⨯ Error: 14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED ${PC} (${T.isoMs(min)})`,
  '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
  '    at /app/node_modules/@grpc/grpc-js/build/src/call-interface.js:78:35',
  `for call at`,
  `    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)`,
  `    at ServiceClientImpl.${call} (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)`,
  `    at /app/.next/server/pages/api/products.js:1:2311 {`,
  '  code: 14,',
  `  details: 'No connection established. Last error: connect ECONNREFUSED ${PC} (${T.isoMs(min)})',`,
  "  metadata: Metadata { internalRepr: Map(0) {}, options: {} }",
  '}',
];
const envoy = (min, method, path, status, dur, up = 'frontend:8080') =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${status} - via_upstream - "-" 0 ${status === 200 ? 2381 : 41} ${dur} ${dur - 1} "-" "python-requests/2.32.3" "${(Math.round(min * 1000) >>> 0).toString(16).padStart(8, '0')}-5c1e-4b7f-9f4a-2d8e61c0a9b3" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" outbound|8080||${up}`;
const checkoutErr = (min, pid) =>
  `{"level":"error","msg":"failed to prepare order: failed to get product #\\"${pid}\\": rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp ${PC}: connect: connection refused\\"","time":"${T.isoMs(min)}"}`;

export const scenarios = [
  {
    folder: 's33c-product-catalog-downscaled',
    incidentTime: '2026-05-21T17:12:00Z',
    description: 'astronomy shop: home page and product pages show nothing / "failed to load products" for the last ~10 min, checkout failing too',
    expected: { component: 'product-catalog', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'product-catalog', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml, demo 2.1.3): product-catalog is a single-replica
      Go gRPC Deployment on port 8080 behind the ClusterIP Service product-catalog; frontend (Next.js, grpc-js), checkout (Go) and
      recommendation (Python grpcio) dial PRODUCT_CATALOG_ADDR=product-catalog:8080; frontend-proxy (Envoy) fronts the frontend.
      Fault: the cluster runs kube-downscaler (caas-team/py-kube-downscaler) to park staging workloads out of office hours; a kustomize
      overlay change copied the staging annotation downscaler/uptime "Mon-Fri 07:00-19:00 Europe/Berlin" onto the production
      product-catalog Deployment. At 19:00 Berlin time (17:00 UTC, a Thursday) kube-downscaler scaled it from 1 to 0 and wrote
      downscaler/original-replicas "1"; the Deployment and its ReplicaSet are at 0, the pod is gone and the product-catalog Endpoints have
      no addresses. With kube-proxy's reject rule for a Service without endpoints, callers get connection refused: grpc-js
      "14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED", grpc-go "transport: Error while dialing ...
      connection refused", grpcio "failed to connect to all addresses ... Connection refused"; Envoy logs 500s on /api/products.
      A careful engineer reads the Deployment at 0 replicas with the downscaler annotations and the empty Endpoints: the product-catalog
      Service has no endpoints because it was scaled to zero (no-endpoints); calling it product-catalog being down is also accepted.
      Decoys: a frontend rollout three hours earlier that completed, and an ad pod restarted two days ago (OOMKilled).`,
    workloads: {
      'product-catalog': {
        replicas: 0,
        rsReplicas: 0,
        endpointsChanged: -11.9,
        deployAnnotations: {
          'downscaler/uptime': 'Mon-Fri 07:00-19:00 Europe/Berlin',
          'downscaler/original-replicas': '1',
        },
      },
      frontend: { rollout: { at: -187, revision: 9 } },
      ad: {
        pods: [
          {
            containers: {
              ad: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-2841),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-9950), finishedAt: T.iso(-2841.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:product-catalog', reason: 'ScaleDown', source: 'kube-downscaler', message: 'Scaling down Deployment otel-demo/product-catalog from 1 to 0 replicas (uptime: Mon-Fri 07:00-19:00 Europe/Berlin, downtime: never)', first: -12 },
      { on: 'deploy:product-catalog', reason: 'ScalingReplicaSet', message: 'Scaled down replica set product-catalog-%NEW% to 0 from 1', first: -12 },
      { on: 'rs:product-catalog', reason: 'SuccessfulDelete', message: 'Deleted pod: product-catalog-%RS%', first: -12 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -187 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -186 },
    ],
    logs: {
      'frontend#0/frontend': [
        '  ▲ Next.js 15.2.4',
        '  - Local:        http://localhost:8080',
        '  - Network:      http://0.0.0.0:8080',
        '',
        ' ✓ Starting...',
        ' ✓ Ready in 412ms',
        ...grpcJs(-11.6, 'listProducts'),
        ...grpcJs(-11.2, 'getProduct'),
        ...grpcJs(-9.8, 'listProducts'),
        ...grpcJs(-7.4, 'listProducts'),
        ...grpcJs(-5.1, 'getProduct'),
        ...grpcJs(-2.9, 'listProducts'),
        ...grpcJs(-0.8, 'listProducts'),
      ],
      'frontend-proxy#0/frontend-proxy': [
        envoy(-14.2, 'GET', '/api/products?currencyCode=USD', 200, 23),
        envoy(-13.1, 'GET', '/api/recommendations?productIds=&sessionId=0b1e1c1a-2d6e-4c55-8b63-1b7f0a4e9d21&currencyCode=USD', 200, 31),
        envoy(-11.6, 'GET', '/api/products?currencyCode=USD', 500, 6),
        envoy(-11.2, 'GET', '/api/products/OLJCESPC7Z?currencyCode=USD', 500, 5),
        envoy(-10.4, 'POST', '/api/checkout?currencyCode=USD', 500, 48),
        envoy(-9.8, 'GET', '/api/products?currencyCode=USD', 500, 7),
        envoy(-7.4, 'GET', '/api/products?currencyCode=USD', 500, 6),
        envoy(-6.0, 'POST', '/api/checkout?currencyCode=EUR', 500, 51),
        envoy(-5.1, 'GET', '/api/products/66VCHSJNUP?currencyCode=USD', 500, 5),
        envoy(-2.9, 'GET', '/api/products?currencyCode=USD', 500, 8),
        envoy(-0.8, 'GET', '/api/products?currencyCode=USD', 500, 6),
      ],
      'checkout#0/checkout': [
        `{"level":"info","msg":"[PlaceOrder] user_id=\\"1f0c2a4e-8d3b-4b6e-a1c9-5e7d2f9b3a10\\" user_currency=\\"USD\\"","time":"${T.isoMs(-14.6)}"}`,
        `{"level":"info","msg":"payment went through (transaction_id: 3c1d9a7e-0b5f-4e2a-9c61-8f4d2b7e1a05)","time":"${T.isoMs(-14.6)}"}`,
        `{"level":"info","msg":"order confirmation email sent to \\"someone@example.com\\"","time":"${T.isoMs(-14.5)}"}`,
        `{"level":"info","msg":"[PlaceOrder] user_id=\\"7a2e9c41-3f1b-4d8a-b6e0-2c5f9a1d7e38\\" user_currency=\\"USD\\"","time":"${T.isoMs(-10.4)}"}`,
        checkoutErr(-10.4, 'OLJCESPC7Z'),
        `{"level":"info","msg":"[PlaceOrder] user_id=\\"c49d1e7b-5a2f-4e8c-9b13-6d0a8f2e4c71\\" user_currency=\\"EUR\\"","time":"${T.isoMs(-6.0)}"}`,
        checkoutErr(-6.0, '66VCHSJNUP'),
      ],
      'recommendation#0/recommendation': [
        `${T.java(-15.1).replace('.', ',')} INFO [main] [recommendation_server.py:47] [trace_id=4be1a9c2d07f3e6b8a5c1d2e9f0a7b36 span_id=9c1e5a7b2d4f6e80 resource.service.name=recommendation trace_sampled=True] - Receive ListRecommendations for product ids:['2ZYFJ3GM2N', 'L9ECAV7KIM', '9SIQT8TOJO', 'HQTGWGPNH4', '0PUK6V6EV0']`,
        `${T.java(-11.0).replace('.', ',')} ERROR [grpc._server] [_server.py:610] [trace_id=0 span_id=0 resource.service.name=recommendation trace_sampled=False] - Exception calling application: <_InactiveRpcError of RPC that terminated with:`,
        '\tstatus = StatusCode.UNAVAILABLE',
        `\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:${PC}: Failed to connect to remote host: Connection refused"`,
        `\tdebug_error_string = "UNKNOWN:Error received from peer  {created_time:"${T.isoMs(-11.0).replace('Z', '+00:00')}", grpc_status:14, grpc_message:"failed to connect to all addresses; last error: UNKNOWN: ipv4:${PC}: Failed to connect to remote host: Connection refused"}"`,
        '>',
        'Traceback (most recent call last):',
        '  File "/usr/local/lib/python3.12/site-packages/grpc/_server.py", line 600, in _call_behavior',
        '    response_or_iterator = behavior(argument, context)',
        '  File "/app/recommendation_server.py", line 49, in ListRecommendations',
        '    prod_list = get_product_list(request.product_ids)',
        '  File "/app/recommendation_server.py", line 99, in get_product_list',
        '    cat_response = product_catalog_stub.ListProducts(demo_pb2.Empty())',
        'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:',
        '\tstatus = StatusCode.UNAVAILABLE',
        `\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:${PC}: Failed to connect to remote host: Connection refused"`,
        '>',
      ],
      'cart#0/cart': [
        `info: cart.cartstore.ValkeyCartStore[0]`,
        `      GetCartAsync called with userId=1f0c2a4e-8d3b-4b6e-a1c9-5e7d2f9b3a10`,
        `info: cart.cartstore.ValkeyCartStore[0]`,
        `      AddItemAsync called with userId=7a2e9c41-3f1b-4d8a-b6e0-2c5f9a1d7e38, productId=OLJCESPC7Z, quantity=2`,
        `info: cart.cartstore.ValkeyCartStore[0]`,
        `      GetCartAsync called with userId=c49d1e7b-5a2f-4e8c-9b13-6d0a8f2e4c71`,
      ],
      'load-generator#0/load-generator': [
        `[${T.java(-16).replace('.', ',')}] %POD%/INFO/locust.runners: Ramping to 10 users at a rate of 1.00 per second`,
        `[${T.java(-11.5).replace('.', ',')}] %POD%/ERROR/locust.user.task: 500 Server Error: Internal Server Error for url: http://frontend-proxy:8080/api/products/OLJCESPC7Z`,
        `[${T.java(-6.2).replace('.', ',')}] %POD%/ERROR/locust.user.task: 500 Server Error: Internal Server Error for url: http://frontend-proxy:8080/api/checkout`,
      ],
    },
  },
];

// Fix-ups of the generated Lists the kit cannot express (applied by scripts/s33c-build.mjs).
export const post = {
  's33c-product-catalog-downscaled': (lists) => {
    // A Deployment scaled to 0 is Available (0 of 0) and has no replica counts in its status.
    const d = lists.deployments.items.find((x) => x.metadata.name === 'product-catalog');
    d.metadata.generation = 6;
    d.status = {
      observedGeneration: 6,
      conditions: [
        { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${lists.replicasets.items.find((r) => r.metadata.ownerReferences[0].name === 'product-catalog').metadata.name}" has successfully progressed.` },
        { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
      ],
    };
    const rs = lists.replicasets.items.find((r) => r.metadata.ownerReferences[0].name === 'product-catalog');
    rs.metadata.annotations['deployment.kubernetes.io/desired-replicas'] = '0';
    rs.metadata.annotations['deployment.kubernetes.io/max-replicas'] = '0';
    rs.status = { replicas: 0, observedGeneration: 2 };
    rs.metadata.generation = 2;
  },
};
