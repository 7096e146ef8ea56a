// The s11 blind dev scenarios for the OpenTelemetry demo (written without reading the engine or the other scenarios);
// expanded by scripts/s11-build-blind-dev.mjs with the kit and scripts/kit-systems/otel-demo.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

// Go slog JSON handler (stdout copy of the otelslog records).
const slog = (T, min, level, msg, extra = {}) => JSON.stringify({ time: T.isoMs(min), level, msg, ...extra });
// .NET Microsoft.Extensions.Logging console formatter.
const dotnet = (level, category, msg) => `${level}: ${category}[0]\n      ${msg}`;
// Valkey server log: "1:M 14 Mar 2026 14:05:12.345 # msg".
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const vk = (T, min, lvl, msg) => {
  const [d, t] = T.java(min).split(' ');
  const [Y, M, D] = d.split('-');
  return `1:M ${D} ${MON[Number(M) - 1]} ${Y} ${t} ${lvl} ${msg}`;
};
// Envoy access log of the demo's frontend-proxy (default format).
const envoy = (T, min, method, path, code, flags, dur, upstream, host = 'frontend:8080') =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} 0 ${code >= 500 ? 21 : 5120} ${dur} ${dur - 1} "-" "python-requests/2.32.3" "${'0b1c9e2a-7f3d-4c61-9a0e-' + String(1000 + Math.round(min * -10)).padStart(12, '0')}" "${host}" "${upstream}"`;

const valkey1 = (() => {
  const T = clock('2026-07-07T15:24:00Z');
  const busy = 'BUSY Valkey is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.';
  const cartErr = (min, op, user) =>
    `[${T.isoMs(min)}] ` +
    dotnet(
      'fail',
      'Grpc.AspNetCore.Server.ServerCallHandler',
      `Error when executing service method '${op}'.\n      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. StackExchange.Redis.RedisServerException: ${busy}\n         at cart.cartstore.ValkeyCartStore.${op}Async(String userId) in /src/cartstore/ValkeyCartStore.cs:line 224")\n      user=${user}`,
    );
  return {
    folder: 's11-valkey-cart-busy-script',
    description:
      'add to cart fails on astronomy shop for everyone since 15:10ish, cart page shows error. checkout also failing',
    incidentTime: '2026-07-07T15:24:00Z',
    expected: { component: 'valkey-cart', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    grounding: `
      Manifest: kubernetes/opentelemetry-demo.yaml (2.1.3, a8a3ea2) — valkey-cart is valkey/valkey:8.1.3-alpine, no probes,
      20Mi limit; cart (.NET, StackExchange.Redis, VALKEY_ADDR=valkey-cart:6379) wraps every store error in
      RpcException(FailedPrecondition, "Can't access cart storage. {ex}") (src/cart/src/cartstore/ValkeyCartStore.cs); frontend and
      checkout call cart over gRPC.
      Fault: the cache is up but refuses commands — an engineer ran a Lua cleanup of abandoned carts (EVAL with a SCAN loop that
      never terminates) from a debug shell at 15:09; past busy-reply-threshold (5 s) Valkey answers every other client with
      "-BUSY … You can only call SCRIPT KILL or SHUTDOWN NOSAVE." and logs "Slow script detected". The pod stays Running and
      Ready; cart, frontend and checkout are the loud ones.
      Deviations from upstream: none (Valkey 8 names itself "Valkey" in its error replies when extended-redis-compatibility is off).`,
    logs: {
      'valkey-cart#0/valkey-cart': [
        vk(T, -60 * 24 * 11, '*', 'oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo'),
        vk(
          T,
          -60 * 24 * 11,
          '*',
          'Valkey version=8.1.3, bits=64, commit=00000000, modified=0, pid=1, just started',
        ),
        vk(T, -60 * 24 * 11, '*', 'Server initialized'),
        vk(T, -60 * 24 * 11, '*', 'Ready to accept connections tcp'),
        vk(
          T,
          -14.6,
          '#',
          'Slow script detected: still in execution after 5000 milliseconds. You can try killing the script using the SCRIPT KILL command. Script name is: f_7c2b9e51a0d34f86b1e07d5a42c6f39e8a1b2c3d.',
        ),
      ],
      'cart#0/cart': [
        `[${T.isoMs(-16)}] ` +
          dotnet(
            'info',
            'cart.cartstore.ValkeyCartStore',
            'GetCartAsync called with userId=5f0b6a1e-7c4d-4b7e-9a2f-1c3d5e7f9a0b',
          ),
        cartErr(-14.4, 'GetCart', '8a41c2d0-3e5f-4a6b-8c7d-9e0f1a2b3c4d'),
        cartErr(-13.1, 'AddItem', '2c9d4e6f-8a0b-4c1d-9e2f-3a4b5c6d7e8f'),
        cartErr(-9.7, 'GetCart', 'b7e8f9a0-1b2c-4d3e-8f4a-5b6c7d8e9f0a'),
        cartErr(-6.2, 'EmptyCart', '0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a'),
        cartErr(-2.5, 'AddItem', '6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b'),
        cartErr(-0.7, 'GetCart', '3f4a5b6c-7d8e-4f9a-8b0c-1d2e3f4a5b6c'),
      ],
      'checkout#0/checkout': [
        slog(T, -20, 'INFO', '[PlaceOrder]', {
          user_id: '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f',
          user_currency: 'USD',
        }),
        slog(T, -20, 'INFO', 'payment went through', {
          transaction_id: 'e2f1c3a4-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
        }),
        slog(T, -11.8, 'INFO', '[PlaceOrder]', {
          user_id: '2c9d4e6f-8a0b-4c1d-9e2f-3a4b5c6d7e8f',
          user_currency: 'EUR',
        }),
        slog(
          T,
          -11.8,
          'ERROR',
          "failed to prepare order: cart failure: failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisServerException: " +
            busy,
        ),
        slog(T, -4.1, 'INFO', '[PlaceOrder]', {
          user_id: '6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b',
          user_currency: 'USD',
        }),
        slog(
          T,
          -4.1,
          'ERROR',
          "failed to prepare order: cart failure: failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisServerException: " +
            busy,
        ),
      ],
      'frontend#0/frontend': [
        "Error: 9 FAILED_PRECONDITION: Can't access cart storage. StackExchange.Redis.RedisServerException: " +
          busy,
        '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
        '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
        '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
        "Error: 13 INTERNAL: failed to prepare order: cart failure: failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisServerException: " +
          busy,
        '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
      ],
      'frontend-proxy#0/frontend-proxy': [
        envoy(
          T,
          -18,
          'GET',
          '/api/cart?sessionId=5f0b6a1e&currencyCode=USD',
          200,
          '-',
          14,
          '%IPOF:frontend#0%:8080',
        ),
        envoy(
          T,
          -14.4,
          'GET',
          '/api/cart?sessionId=8a41c2d0&currencyCode=USD',
          500,
          '-',
          23,
          '%IPOF:frontend#0%:8080',
        ),
        envoy(T, -13.1, 'POST', '/api/cart?currencyCode=EUR', 500, '-', 19, '%IPOF:frontend#0%:8080'),
        envoy(T, -4.1, 'POST', '/api/checkout?currencyCode=USD', 500, '-', 41, '%IPOF:frontend#0%:8080'),
        envoy(
          T,
          -0.7,
          'GET',
          '/api/cart?sessionId=3f4a5b6c&currencyCode=USD',
          500,
          '-',
          17,
          '%IPOF:frontend#0%:8080',
        ),
      ],
    },
  };
})();

const collector2 = (() => {
  const T = clock('2026-07-14T13:31:00Z');
  const col = (min, lvl, caller, msg, kv) =>
    `${T.isoMs(min)}\t${lvl}\t${caller}\t${msg}\t${JSON.stringify(kv)}`;
  const ml = (min, cur) =>
    col(
      min,
      'warn',
      'memorylimiter@v0.135.0/memorylimiter.go:212',
      'Memory usage is above soft limit. Refusing data.',
      {
        resource: {
          'service.instance.id': 'c1f0d2e3-4a5b-4c6d-9e7f-8a9b0c1d2e3f',
          'service.name': 'otelcol-contrib',
          'service.version': '0.135.0',
        },
        'otelcol.component.id': 'memory_limiter',
        'otelcol.component.kind': 'processor',
        cur_mem_mib: cur,
      },
    );
  const refused = 'rpc error: code = Unavailable desc = data refused due to high memory usage';
  return {
    folder: 's11-otel-collector-memory-limiter-refusing',
    description:
      'jaeger has almost no traces since ~13:05 and the grafana service dashboards are blank. shop itself seems fine?',
    incidentTime: '2026-07-14T13:31:00Z',
    expected: { component: 'otel-collector', cause: 'resource-exhaustion' },
    difficulty: 'medium',
    traits: ['pods-ready', 'time-expression', 'decoy'],
    grounding: `
      Manifest: kubernetes/opentelemetry-demo.yaml (2.1.3, a8a3ea2) — otel-collector (otelcol-contrib 0.135.0) with a 200Mi limit,
      GOMEMLIMIT=160MiB, memory_limiter (check_interval 5s, limit_percentage 80, spike_limit_percentage 25) in every pipeline,
      health_check on 13133 for both probes; every service exports OTLP to otel-collector:4317/4318.
      Fault: the collector at its memory limit — at 13:04 someone raised the Locust users from 10 to 150 in the load generator's
      web UI (load-generator is reachable through frontend-proxy), so span/log volume grew ~15x; the exporters (jaeger, opensearch)
      cannot keep up, the batch queues grow, and the memory_limiter stays above its soft limit, refusing data
      ("data refused due to high memory usage"). The pod stays Running and Ready (health_check does not look at the limiter),
      no OOM kill (GOMEMLIMIT). SDK exporters in the services log the refusals; shop requests themselves succeed.
      Decoy: load-generator's own log of the user ramp (the trigger, not the exhausted component).
      Deviations from upstream: none.`,
    configMaps: [
      { name: 'otel-collector', keys: ['relay'] },
      { name: 'flagd-config', keys: ['demo.flagd.json'] },
      { name: 'product-catalog-products', keys: ['products.json'] },
    ],
    logs: {
      'otel-collector#0/opentelemetry-collector': [
        col(
          -60 * 24 * 6,
          'info',
          'service@v0.135.0/service.go:244',
          'Everything is ready. Begin running and processing data.',
          {},
        ),
        col(
          -25.5,
          'info',
          'memorylimiter@v0.135.0/memorylimiter.go:178',
          'Memory usage is above soft limit. Forcing a GC.',
          { cur_mem_mib: 124 },
        ),
        ml(-25.4, 126),
        col(
          -22,
          'warn',
          'memorylimiter@v0.135.0/memorylimiter.go:200',
          'Memory usage is above hard limit. Forcing a GC.',
          { cur_mem_mib: 161 },
        ),
        col(-21.9, 'info', 'memorylimiter@v0.135.0/memorylimiter.go:168', 'Memory usage after GC.', {
          cur_mem_mib: 152,
        }),
        col(-19.3, 'warn', 'batchprocessor@v0.135.0/batch_processor.go:255', 'Sender failed', {
          error: 'sending queue is full',
        }),
        col(-18.1, 'error', 'internal/queue_sender.go:49', 'Exporting failed. Dropping data.', {
          'otelcol.component.id': 'otlp',
          'otelcol.signal': 'traces',
          error: 'sending queue is full',
          dropped_items: 8192,
        }),
        ml(-15, 149),
        ml(-9.6, 151),
        col(
          -9.5,
          'warn',
          'memorylimiter@v0.135.0/memorylimiter.go:200',
          'Memory usage is above hard limit. Forcing a GC.',
          { cur_mem_mib: 163 },
        ),
        ml(-4.2, 150),
        ml(-0.8, 152),
      ],
      'checkout#0/checkout': [
        slog(T, -30, 'INFO', 'order placed', {
          'app.order.id': '7d3e9a10-2b4c-11f1-9e5a-0a58a9feac02',
          'app.order.items.count': 2,
        }),
        `${T.go(-17)} traces export: rpc error: code = Unavailable desc = data refused due to high memory usage`,
        slog(T, -12, 'INFO', 'order placed', {
          'app.order.id': '1f6c2b84-2b4f-11f1-9e5a-0a58a9feac02',
          'app.order.items.count': 1,
        }),
        `${T.go(-8)} failed to upload metrics: rpc error: code = Unavailable desc = data refused due to high memory usage`,
        `${T.go(-2)} traces export: rpc error: code = Unavailable desc = data refused due to high memory usage`,
      ],
      'recommendation#0/recommendation': [
        `Transient error StatusCode.UNAVAILABLE encountered while exporting traces to otel-collector:4317, retrying in 1s.`,
        `Transient error StatusCode.UNAVAILABLE encountered while exporting logs to otel-collector:4317, retrying in 2s.`,
        JSON.stringify({
          asctime: T.java(-3).replace('.', ','),
          levelname: 'INFO',
          name: 'main',
          filename: 'recommendation_server.py',
          lineno: 46,
          message: "Receive ListRecommendations for product ids:['L9ECAV7KIM', 'OLJCESPC7Z']",
          otelServiceName: 'recommendation',
        }),
        `Transient error StatusCode.UNAVAILABLE encountered while exporting traces to otel-collector:4317, retrying in 4s.`,
      ],
      'load-generator#0/load-generator': [
        `[${T.java(-27).replace('.', ',')}] load-generator-${'x'}/INFO/locust.runners: Ramping to 150 users at a rate of 5.00 per second`,
        `[${T.java(-26.5).replace('.', ',')}] load-generator-x/INFO/locust.runners: All users spawned: {"WebsiteUser": 75, "WebsiteBrowserUser": 75} (150 total users)`,
      ],
    },
  };
})();

const shipping3 = (() => {
  const T = clock('2026-07-21T10:47:00Z');
  const refused =
    'Failed to call quote service: Failed to connect to host: Connection refused (os error 111)';
  return {
    folder: 's11-shipping-quote-addr-compose-port',
    description:
      'checkout broken in prod since the values cleanup this morning?? cart page shows "shipping quote" error, commerce pls check',
    incidentTime: '2026-07-21T10:47:00Z',
    expected: { component: 'shipping', cause: 'config-error' },
    alsoAcceptable: [{ component: 'shipping', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'team-name', 'decoy'],
    grounding: `
      Manifest: kubernetes/opentelemetry-demo.yaml (2.1.3, a8a3ea2) — shipping (Rust, actix/awc) with QUOTE_ADDR=http://quote:8080
      and the quote Service exposing 8080 only; src/shipping/src/shipping_service/quote.rs posts to QUOTE_ADDR + "/getquote" and
      returns "Failed to get quote: …" with HTTP 500; checkout's getShippingQuote turns a non-200 into "failed POST to email
      service: expected 200, got 500" (the upstream copy-paste in src/checkout/main.go).
      Fault: a wrong setting after a change — a Helm values cleanup copied QUOTE_ADDR from the demo's docker-compose .env
      (QUOTE_ADDR=http://quote:\${QUOTE_PORT}, QUOTE_PORT=8090) into the shipping env; the rollout's new pod is Running and Ready
      (no probes) and every quote gets connection refused (kube-proxy rejects a port the ClusterIP does not expose).
      Decoy: quote itself is idle and healthy; product-catalog was rolled in the same values change and is fine.
      Deviations from upstream: QUOTE_ADDR on shipping (the fault).`,
    workloads: {
      shipping: {
        containers: {
          shipping: {
            env: system.workloads
              .find((w) => w.name === 'shipping')
              .containers[0].env.map((x) =>
                x.name === 'QUOTE_ADDR' ? { name: 'QUOTE_ADDR', value: 'http://quote:8090' } : x,
              ),
          },
        },
        rollout: {
          at: -41,
          oldContainers: {
            shipping: { env: system.workloads.find((w) => w.name === 'shipping').containers[0].env },
          },
        },
      },
      'product-catalog': {
        containers: {
          'product-catalog': {
            env: system.workloads
              .find((w) => w.name === 'product-catalog')
              .containers[0].env.map((x) =>
                x.name === 'PRODUCT_CATALOG_RELOAD_INTERVAL'
                  ? { name: 'PRODUCT_CATALOG_RELOAD_INTERVAL', value: '60' }
                  : x,
              ),
          },
        },
        rollout: {
          at: -41.5,
          oldContainers: {
            'product-catalog': {
              env: system.workloads.find((w) => w.name === 'product-catalog').containers[0].env,
            },
          },
        },
      },
    },
    events: [
      {
        on: 'deploy:shipping',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set shipping-%NEW% to 1',
        first: -41,
        last: -41,
      },
      {
        on: 'deploy:shipping',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set shipping-%OLD% to 0 from 1',
        first: -40.6,
        last: -40.6,
      },
      {
        on: 'deploy:product-catalog',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set product-catalog-%NEW% to 1',
        first: -41.5,
        last: -41.5,
      },
      {
        on: 'deploy:product-catalog',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set product-catalog-%OLD% to 0 from 1',
        first: -41.1,
        last: -41.1,
      },
    ],
    logs: {
      'shipping#0/shipping': [
        `${T.isoMs(-40.4).replace('Z', '000Z')}  INFO shipping: Successfully configured OTel`,
        `${T.isoMs(-40.4).replace('Z', '000Z')}  INFO shipping: listening on 0.0.0.0:8080 name="ServerStartedSuccessfully" addr="0.0.0.0" port=8080`,
        `${T.isoMs(-37.2).replace('Z', '000Z')}  INFO get_quote: shipping::shipping_service::quote: Requesting quote name="RequestingQuote" quote_service_addr="http://quote:8090/getquote"`,
        `${T.isoMs(-22.9).replace('Z', '000Z')}  INFO get_quote: shipping::shipping_service::quote: Requesting quote name="RequestingQuote" quote_service_addr="http://quote:8090/getquote"`,
        `${T.isoMs(-8.1).replace('Z', '000Z')}  INFO get_quote: shipping::shipping_service::quote: Requesting quote name="RequestingQuote" quote_service_addr="http://quote:8090/getquote"`,
        `${T.isoMs(-1.3).replace('Z', '000Z')}  INFO get_quote: shipping::shipping_service::quote: Requesting quote name="RequestingQuote" quote_service_addr="http://quote:8090/getquote"`,
      ],
      'checkout#0/checkout': [
        slog(T, -36.9, 'INFO', '[PlaceOrder]', {
          user_id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
          user_currency: 'USD',
        }),
        slog(
          T,
          -36.9,
          'ERROR',
          'failed to prepare order: shipping quote failure: failed POST to email service: expected 200, got 500',
        ),
        slog(T, -8.0, 'INFO', '[PlaceOrder]', {
          user_id: 'f0e1d2c3-b4a5-4968-8776-655443322110',
          user_currency: 'CHF',
        }),
        slog(
          T,
          -8.0,
          'ERROR',
          'failed to prepare order: shipping quote failure: failed POST to email service: expected 200, got 500',
        ),
      ],
      'frontend#0/frontend': [
        `Error: 13 INTERNAL: failed to prepare order: shipping quote failure: failed POST to email service: expected 200, got 500`,
        '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
        `Error: Request failed with status code 500: Failed to get quote: ${refused}`,
        '    at ShippingGateway.getShippingCost (/app/.next/server/chunks/gateways/http/Shipping.gateway.js:18:13)',
      ],
      'quote#0/quote': [
        `[${T.java(-60 * 24 * 4)}] NOTICE: fpm is running, pid 1`,
        `[${T.java(-60 * 24 * 4)}] NOTICE: ready to handle connections`,
      ],
      'product-catalog#0/product-catalog': [
        slog(T, -41, 'INFO', 'Loading Product Catalog...'),
        slog(T, -41, 'INFO', 'Product Catalog reload interval: 60'),
        slog(T, -41, 'INFO', 'Product Catalog gRPC server started on port: 8080'),
      ],
    },
  };
})();

const frontend4 = (() => {
  const T = clock('2026-07-28T16:12:00Z');
  const te = [
    "TypeError: Cannot read properties of undefined (reading 'units')",
    '    at calculateTotal (/app/.next/server/chunks/842.js:1:10422)',
    '    at handler (/app/.next/server/pages/api/checkout.js:1:2281)',
    '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
  ];
  return {
    folder: 's11-frontend-rollout-checkout-typeerror',
    description: 'place order button returns 500 on astronomy shop since about 15:45, browsing and cart fine',
    incidentTime: '2026-07-28T16:12:00Z',
    expected: { component: 'frontend', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      Manifest: kubernetes/opentelemetry-demo.yaml (2.1.3, a8a3ea2) — frontend (Next.js) behind frontend-proxy (Envoy), no probes,
      250Mi limit; /api/checkout calls checkout over gRPC and builds the order summary from the response.
      Fault: a rollout whose new pods are Ready but broken — the web team's build 2.1.3-web.7 (their own tag) changed the order
      summary code to read the shipping cost from a renamed field; every /api/checkout throws a TypeError after checkout has
      already placed the order, so the customer sees a 500 although checkout logs "order placed". The old ReplicaSet is at 0.
      Decoy: ad was OOMKilled three days ago (restart count 1, Running since), and checkout's logs look healthy.
      Deviations from upstream: the frontend image tag (the fault).`,
    workloads: {
      frontend: {
        containers: { frontend: { image: 'ghcr.io/open-telemetry/demo:2.1.3-web.7' } },
        rollout: {
          at: -28,
          oldContainers: { frontend: { image: 'ghcr.io/open-telemetry/demo:2.1.3-frontend' } },
        },
      },
      ad: {
        pods: [
          {
            containers: {
              ad: {
                state: { running: { startedAt: T.iso(-60 * 24 * 3) } },
                lastState: {
                  terminated: {
                    exitCode: 137,
                    reason: 'OOMKilled',
                    startedAt: T.iso(-60 * 24 * 10),
                    finishedAt: T.iso(-60 * 24 * 3 - 0.1),
                    containerID: '%CID%',
                  },
                },
                ready: true,
                started: true,
                restartCount: 1,
              },
            },
          },
        ],
      },
    },
    events: [
      {
        on: 'deploy:frontend',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set frontend-%NEW% to 1',
        first: -28,
        last: -28,
      },
      {
        on: 'deploy:frontend',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set frontend-%OLD% to 0 from 1',
        first: -27.4,
        last: -27.4,
      },
      {
        on: 'pod:frontend#0',
        reason: 'Pulled',
        message:
          'Successfully pulled image "ghcr.io/open-telemetry/demo:2.1.3-web.7" in 6.12s (6.12s including waiting). Image size: 118930211 bytes.',
        fieldPath: 'spec.containers{frontend}',
        first: -27.7,
        last: -27.7,
      },
    ],
    logs: {
      'frontend#0/frontend': [
        '  ▲ Next.js 15.2.4',
        '   - Local:        http://localhost:8080',
        ' ✓ Ready in 412ms',
        ...te,
        ...te,
        ...te,
      ],
      'checkout#0/checkout': [
        slog(T, -19, 'INFO', '[PlaceOrder]', {
          user_id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
          user_currency: 'USD',
        }),
        slog(T, -19, 'INFO', 'payment went through', {
          transaction_id: 'd0c1b2a3-9f8e-4d7c-8b6a-5f4e3d2c1b0a',
        }),
        slog(T, -19, 'INFO', 'order placed', {
          'app.order.id': 'c4b1e2f0-6b8e-11f1-a1c2-0a58a9feac02',
          'app.order.items.count': 3,
        }),
        slog(T, -19, 'INFO', 'order confirmation email sent'),
        slog(T, -6, 'INFO', '[PlaceOrder]', {
          user_id: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
          user_currency: 'EUR',
        }),
        slog(T, -6, 'INFO', 'payment went through', {
          transaction_id: 'aa11bb22-cc33-4d44-8e55-ff6677889900',
        }),
        slog(T, -6, 'INFO', 'order placed', {
          'app.order.id': '51e0d3a2-6b8f-11f1-a1c2-0a58a9feac02',
          'app.order.items.count': 1,
        }),
      ],
      'frontend-proxy#0/frontend-proxy': [
        envoy(
          T,
          -25,
          'GET',
          '/api/products/OLJCESPC7Z?currencyCode=USD',
          200,
          '-',
          31,
          '%IPOF:frontend#0%:8080',
        ),
        envoy(T, -19, 'POST', '/api/checkout?currencyCode=USD', 500, '-', 412, '%IPOF:frontend#0%:8080'),
        envoy(T, -6, 'POST', '/api/checkout?currencyCode=EUR', 500, '-', 388, '%IPOF:frontend#0%:8080'),
      ],
      'ad#0/ad': [
        `${T.java(-60 * 24 * 3).split('.')[0]} - oteldemo.AdService - Ad service started, listening on 8080 trace_id= span_id= trace_flags=`,
      ],
    },
  };
})();

const payment5 = (() => {
  const T = clock('2026-08-04T09:36:00Z');
  const timeout = `failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:payment%:8080: i/o timeout"`;
  return {
    folder: 's11-payment-pci-ingress-policy-old-name',
    description:
      'orders failing at payment step after the PCI hardening change window (started 09:10), paymnt looks healthy on our side',
    incidentTime: '2026-08-04T09:36:00Z',
    expected: { component: 'payment', cause: 'network-fault' },
    difficulty: 'hard',
    traits: ['pods-ready', 'network-policy', 'callers-only', 'typo', 'time-expression'],
    grounding: `
      Manifest: kubernetes/opentelemetry-demo.yaml (2.1.3, a8a3ea2) — payment (Node.js gRPC, 8080) labelled
      opentelemetry.io/name=payment, app.kubernetes.io/component=payment; checkout calls it at PAYMENT_ADDR=payment:8080 and wraps
      failures as "failed to charge card: could not charge the card: …" (src/checkout/main.go).
      Fault: a NetworkPolicy from the PCI hardening change selects the payment pods and allows ingress only from pods labelled
      app.kubernetes.io/component=checkoutservice — the component name of the demo before 2.0 renamed services without the
      "service" suffix, copied from an old runbook — so checkout's connections are dropped (Calico/Dataplane V2 drop, seen by the
      caller as i/o timeouts). payment is Running and Ready and logs nothing: it receives no traffic.
      Deviations from upstream: the NetworkPolicy (the fault).`,
    networkPolicies: [
      {
        name: 'payment-pci-ingress',
        created: -26,
        spec: {
          podSelector: { matchLabels: { 'opentelemetry.io/name': 'payment' } },
          policyTypes: ['Ingress'],
          ingress: [
            {
              from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/component': 'checkoutservice' } } }],
              ports: [{ protocol: 'TCP', port: 8080 }],
            },
          ],
        },
      },
    ],
    logs: {
      'payment#0/payment': [
        JSON.stringify({
          level: 'info',
          time: Date.parse(T.iso(-60 * 24 * 8)),
          pid: 1,
          hostname: '%POD%',
          msg: 'payment gRPC server started on port 8080',
        }),
        JSON.stringify({
          level: 'info',
          time: Date.parse(T.iso(-31)),
          pid: 1,
          hostname: '%POD%',
          request: { amount: { currencyCode: 'USD', units: '86', nanos: 980000000 } },
          msg: 'Charge request received.',
        }),
        JSON.stringify({
          level: 'info',
          time: Date.parse(T.iso(-31)),
          pid: 1,
          hostname: '%POD%',
          transactionId: '5b2f0c1e-8d7a-4e6b-9c3d-2a1f0e9d8c7b',
          cardType: 'visa',
          lastFourDigits: '0454',
          amount: { units: '86', nanos: 980000000, currencyCode: 'USD' },
          msg: 'Transaction complete.',
        }),
      ],
      'checkout#0/checkout': [
        slog(T, -31, 'INFO', 'payment went through', {
          transaction_id: '5b2f0c1e-8d7a-4e6b-9c3d-2a1f0e9d8c7b',
        }),
        slog(T, -21, 'INFO', '[PlaceOrder]', {
          user_id: '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d',
          user_currency: 'USD',
        }),
        slog(T, -20.7, 'ERROR', timeout),
        slog(T, -11, 'INFO', '[PlaceOrder]', {
          user_id: '7c6d5e4f-3a2b-4c1d-8e0f-9a8b7c6d5e4f',
          user_currency: 'GBP',
        }),
        slog(T, -10.7, 'ERROR', timeout),
        slog(T, -2, 'INFO', '[PlaceOrder]', {
          user_id: '3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b',
          user_currency: 'USD',
        }),
        slog(T, -1.7, 'ERROR', timeout),
      ],
      'frontend#0/frontend': [
        `Error: 13 INTERNAL: ${timeout.replace('failed to charge card: ', 'failed to charge card: ')}`,
        '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
      ],
    },
  };
})();

export const scenarios = [valkey1, collector2, shipping3, frontend4, payment5];
