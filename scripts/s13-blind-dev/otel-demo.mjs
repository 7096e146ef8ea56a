// s13 blind dev scenarios for the OpenTelemetry demo (Astronomy Shop 2.1.3): compact specs for the scenario kit
// (scripts/s2-scenario-kit.mjs) on scripts/kit-systems/otel-demo.mjs; built by scripts/s13-build-blind-dev.mjs.
import { createHash } from 'node:crypto';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const hx = (s, n = 32) => createHash('sha256').update(s).digest('hex').slice(0, n);
const uuid = (s) => {
  const x = hx(s);
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-a${x.slice(17, 20)}-${x.slice(20, 32)}`;
};
const envOf = (name) => system.workloads.find((w) => w.name === name).containers[0].env;
const byTime = (pairs) => pairs.sort((a, b) => a[0] - b[0]).map((p) => p[1]);
const USERS = [
  '7c1d5b0e-2f44-4d1a-9a53-0b7e6f2d9c11',
  'e3a9f6c2-51b8-4e07-8d2c-6a4f1b9e7d30',
  '1b6e2f9a-8c3d-4a57-b1e0-5d9c7a2f4e68',
];
const PRODUCTS = [
  'OLJCESPC7Z',
  '66VCHSJNUP',
  '1YMWWN1N4O',
  'L9ECAV7KIM',
  '2ZYFJ3GM2N',
  '0PUK6V6EV0',
  'LS4PSXUNUM',
  '9SIQT8TOJO',
  '6E92ZMYYFZ',
  'HQTGWGPNH4',
];

/** slog JSON handler line (Go services). */
const slog = (T, min, level, msg, attrs = {}) => JSON.stringify({ time: T.isoMs(min), level, msg, ...attrs });
/** pino line as src/payment/logger.js configures it (level label, service.name mixin). */
const pinoLine = (T, min, level, rest) =>
  `{"level":"${level}","time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"%POD%","service.name":"payment"${rest}}`;
/** Envoy access line in the format of src/frontend-proxy/envoy.tmpl.yaml. */
const envoy = (
  T,
  min,
  {
    method = 'GET',
    path,
    code,
    flags = '-',
    details = 'via_upstream',
    rx = 0,
    tx,
    dur,
    ua,
    id,
    from,
    cluster = 'frontend',
    upstream = '%IPOF:frontend#0%:8080',
  },
) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} ${details} - "-" ${rx} ${tx} ${dur} ${flags === 'UT' ? '-' : Math.max(0, dur - 1)} "${from}" "${ua}" "${id}" "frontend-proxy:8080" "${upstream}" ${cluster} %PODIP%:${40000 + (dur % 20000)} %PODIP%:8080 ${from}:${50000 + (tx % 10000)} - -`;
const LOCUST_UA = 'python-requests/2.32.3';
const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.33 Safari/537.36';

// ---------------------------------------------------------------------------------------------------------------
// 1. payment redeployed with a build whose proto loader keeps snake_case field names: every charge throws.
// ---------------------------------------------------------------------------------------------------------------
const s1 = (() => {
  const incidentTime = '2026-11-16T16:08:00Z';
  const T = clock(incidentTime);
  const ROLL = -27.5; // ~15:40
  const NEW_IMG = 'europe-west1-docker.pkg.dev/astro-shop-prod/shop/payment:2.1.3-grpcjs112';
  const pay = { old: [], new: [] };
  const checkout = [];
  const proxy = [];
  const frontend = [];
  let i = 0;
  for (let m = -50; m < -0.3; m += 1.15, i++) {
    const u = USERS[i % 3];
    const id = uuid(`s1/${i}`);
    const txn = uuid(`s1/txn/${i}`);
    const after = m > ROLL + 0.8;
    const units = [52, 119, 349, 8, 1071][i % 5];
    checkout.push([m, slog(T, m, 'INFO', '[PlaceOrder]', { user_id: u, user_currency: 'USD' })]);
    const target = after ? 'new' : 'old';
    pay[target].push([m + 0.002, pinoLine(T, m + 0.002, 'info', ',"msg":"Charge request received."')]);
    if (!after) {
      const last4 = ['0454', '5100', '4444', '1111'][i % 4];
      pay.old.push([
        m + 0.003,
        pinoLine(
          T,
          m + 0.003,
          'info',
          `,"transactionId":"${txn}","cardType":"${i % 2 ? 'mastercard' : 'visa'}","lastFourDigits":"${last4}","amount":{"units":{"low":${units},"high":0,"unsigned":false},"nanos":${(i * 37) % 999999999},"currencyCode":"USD"},"loyalty_level":"${['platinum', 'gold', 'silver', 'bronze'][i % 4]}","msg":"Transaction complete."`,
        ),
      ]);
      checkout.push(
        [m + 0.004, slog(T, m + 0.004, 'INFO', 'payment went through', { transaction_id: txn })],
        [
          m + 0.006,
          slog(T, m + 0.006, 'INFO', 'order placed', {
            'demo.order.id': uuid(`s1/o/${i}`),
            'demo.shipping.amount': 8.99,
            'demo.order.amount': units + 0.5,
            'demo.order.items.count': 1 + (i % 3),
            'demo.shipping.tracking.id': uuid(`s1/tr/${i}`),
          }),
        ],
        [m + 0.008, slog(T, m + 0.008, 'INFO', 'order confirmation email sent')],
        [m + 0.008, slog(T, m + 0.008, 'INFO', 'sending to postProcessor')],
        [
          m + 0.009,
          slog(
            T,
            m + 0.009,
            'INFO',
            `Successful to write message. offset: 0, duration: ${(31 + (i % 40)).toFixed(0)}.${i % 9}µs`,
          ),
        ],
      );
      proxy.push([
        m + 0.01,
        envoy(T, m + 0.01, {
          method: 'POST',
          path: '/api/checkout?currencyCode=USD',
          code: 200,
          rx: 402,
          tx: 1187,
          dur: 612 + (i % 7) * 11,
          ua: i % 2 ? LOCUST_UA : BROWSER_UA,
          id,
          from: '%IPOF:load-generator#0%',
        }),
      ]);
    } else {
      const stack =
        "TypeError: Cannot destructure property 'creditCardNumber' of 'request.creditCard' as it is undefined.\\n    at module.exports.charge (/usr/src/app/charge.js:44:7)\\n    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)\\n    at async Object.chargeServiceHandler [as charge] (/usr/src/app/index.js:23:22)";
      pay.new.push([
        m + 0.003,
        pinoLine(
          T,
          m + 0.003,
          'warn',
          `,"err":{"type":"TypeError","message":"Cannot destructure property 'creditCardNumber' of 'request.creditCard' as it is undefined.","stack":"${stack}"}`,
        ),
      ]);
      proxy.push([
        m + 0.006,
        envoy(T, m + 0.006, {
          method: 'POST',
          path: '/api/checkout?currencyCode=USD',
          code: 500,
          rx: 402,
          tx: 21,
          dur: 96 + (i % 5) * 7,
          ua: i % 2 ? LOCUST_UA : BROWSER_UA,
          id,
          from: '%IPOF:load-generator#0%',
        }),
      ]);
      frontend.push([
        m + 0.006,
        [
          " ⨯ Error: 13 INTERNAL: failed to charge card: could not charge the card: rpc error: code = Unknown desc = Cannot destructure property 'creditCardNumber' of 'request.creditCard' as it is undefined.",
          '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
          '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
          '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:367:141)',
          '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:327:181)',
          '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:135:78',
          '    at process.processTicksAndRejections (node:internal/process/task_queues:85:11)',
          'for call at',
          '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
          '    at ServiceClientImpl.placeOrder (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)',
          '    at /app/.next/server/pages/api/checkout.js:1:2817 {',
          '  code: 13,',
          "  details: \"failed to charge card: could not charge the card: rpc error: code = Unknown desc = Cannot destructure property 'creditCardNumber' of 'request.creditCard' as it is undefined.\",",
          "  metadata: Metadata { internalRepr: Map(1) { 'content-type' => [Array] }, options: {} }",
          '}',
        ].join('\n'),
      ]);
    }
    // ordinary browsing
    proxy.push(
      [
        m - 0.2,
        envoy(T, m - 0.2, {
          path: `/api/products/${PRODUCTS[i % 10]}?currencyCode=USD`,
          code: 200,
          tx: 512,
          dur: 14,
          ua: LOCUST_UA,
          id: uuid(`s1/p/${i}`),
          from: '%IPOF:load-generator#0%',
        }),
      ],
      [
        m - 0.15,
        envoy(T, m - 0.15, {
          path: `/api/recommendations?productIds=${PRODUCTS[i % 10]}&sessionId=${u}&currencyCode=USD`,
          code: 200,
          tx: 2048,
          dur: 37,
          ua: LOCUST_UA,
          id: uuid(`s1/r/${i}`),
          from: '%IPOF:load-generator#0%',
        }),
      ],
      [
        m - 0.1,
        envoy(T, m - 0.1, {
          method: 'POST',
          path: '/api/cart?currencyCode=USD',
          code: 200,
          rx: 98,
          tx: 276,
          dur: 22,
          ua: LOCUST_UA,
          id: uuid(`s1/c/${i}`),
          from: '%IPOF:load-generator#0%',
        }),
      ],
    );
  }
  const paymentOld = envOf('payment');
  return {
    folder: 's13-place-order-500-after-payment-deploy',
    description:
      'astronomy shop: "place order" fails for every customer since ~15:40, frontend returns 500 on /api/checkout. commerce team pls look',
    incidentTime,
    expected: { component: 'payment', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: [
      'pods-ready',
      'rollout-regression',
      'louder-dependents',
      'decoy',
      'time-expression',
      'team-name',
    ],
    grounding: `
      Manifest: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2 (kit system
      scripts/kit-systems/otel-demo.mjs). src/payment/index.js loads demo.proto with @grpc/proto-loader's defaults (camelCase
      field names) and charge.js destructures request.creditCard; a failure is logged by pino as logger.warn({ err }) and
      returned to checkout, whose PlaceOrder wraps it as codes.Internal "failed to charge card: could not charge the card:
      rpc error: code = Unknown desc = ..." (src/checkout/main.go); the frontend's /api/checkout route rethrows it
      (InstrumentationMiddleware), Next.js prints it and frontend-proxy logs a 500. Fault: at ~15:40 payment was rolled out
      to an in-house build (${NEW_IMG}) that upgraded grpc-js/proto-loader and loads the proto with keepCase: true, so the
      request field is credit_card and every charge throws "Cannot destructure property 'creditCardNumber' of
      'request.creditCard' as it is undefined." — the bad-deploy shape of many public post-mortems: new pods start, pass
      readiness (the gRPC server and health service are fine) and the rollout completes, while every business call fails.
      Checkout and the frontend are the loud ones. Decoys: a rolling restart of ad 50 minutes earlier that is healthy, and an
      email OOMKill two days ago (the emailMemoryLeak flag left on during a demo). Deviations: the in-house image tag;
      payment logs assumed on stdout as well as OTLP (SOURCES.md); Next.js error print abridged.
    `,
    workloads: {
      payment: {
        containers: { payment: { image: NEW_IMG, env: paymentOld } },
        rollout: {
          at: ROLL,
          revision: 6,
          oldContainers: { payment: { image: 'ghcr.io/open-telemetry/demo:2.1.3-payment' } },
        },
      },
      ad: {
        rollout: { at: -50, revision: 4 },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-50) } },
      },
      email: {
        pods: [
          {
            containers: {
              email: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 2),
                last: {
                  exitCode: 137,
                  reason: 'OOMKilled',
                  startedAt: T.iso(-60 * 24 * 7),
                  finishedAt: T.iso(-60 * 24 * 2 - 0.1),
                },
              }),
            },
          },
        ],
      },
    },
    events: [
      {
        on: 'deploy:payment',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set payment-%NEW% to 1',
        first: ROLL,
      },
      {
        on: 'deploy:payment',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set payment-%OLD% to 0 from 1',
        first: ROLL + 0.4,
      },
      {
        on: 'pod:payment#0',
        reason: 'Scheduled',
        message: 'Successfully assigned otel-demo/%POD% to %NODE%',
        source: 'default-scheduler',
        first: ROLL + 0.5,
      },
      {
        on: 'pod:payment#0',
        reason: 'Pulling',
        message: `Pulling image "${NEW_IMG}"`,
        fieldPath: 'spec.containers{payment}',
        first: ROLL + 0.51,
      },
      {
        on: 'pod:payment#0',
        reason: 'Pulled',
        message: `Successfully pulled image "${NEW_IMG}" in 3.871s (3.871s including waiting). Image size: 58123904 bytes.`,
        fieldPath: 'spec.containers{payment}',
        first: ROLL + 0.57,
      },
      {
        on: 'pod:payment#0',
        reason: 'Created',
        message: 'Created container: payment',
        fieldPath: 'spec.containers{payment}',
        first: ROLL + 0.58,
      },
      {
        on: 'pod:payment#0',
        reason: 'Started',
        message: 'Started container payment',
        fieldPath: 'spec.containers{payment}',
        first: ROLL + 0.58,
      },
      {
        on: 'deploy:ad',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set ad-%NEW% to 1',
        first: -50,
      },
      {
        on: 'deploy:ad',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set ad-%OLD% to 0 from 1',
        first: -49.3,
      },
    ],
    logs: {
      'payment#0/payment': [
        pinoLine(T, ROLL + 0.6, 'info', ',"msg":"payment gRPC server started on 0.0.0.0:8080"'),
        ...byTime(pay.new),
      ],
      'checkout#0/checkout': [
        slog(T, -60 * 24 * 9, 'INFO', 'starting to listen on tcp: "[::]:8080"'),
        ...byTime(checkout),
      ],
      'frontend-proxy#0/frontend-proxy': byTime(proxy),
      'frontend#0/frontend': [
        '  ▲ Next.js 15.2.4',
        '  - Local:        http://localhost:8080',
        '  - Network:      http://0.0.0.0:8080',
        '',
        ' ✓ Starting...',
        ' ✓ Ready in 412ms',
        ...byTime(frontend),
      ],
      'ad#0/ad': [
        `${T.java(-49.6).slice(0, 19)} - oteldemo.AdService - Ad service starting.`,
        `${T.java(-49.5).slice(0, 19)} - oteldemo.AdService - Ad service started, listening on 8080`,
        ...Array.from(
          { length: 20 },
          (_, k) =>
            `${T.java(-48 + k * 2.3).slice(0, 19)} - oteldemo.AdService - Targeted ad request received for [${['telescopes', 'binoculars', 'accessories'][k % 3]}] trace_id=${hx(`ad${k}`)} span_id=${hx(`ads${k}`, 16)} trace_flags=01`,
        ),
      ],
    },
  };
})();

// ---------------------------------------------------------------------------------------------------------------
// 2. recommendation redeployed with PRODUCT_CATALOG_ADDR=product-catalog:3550 (the 1.x port).
// ---------------------------------------------------------------------------------------------------------------
const s2 = (() => {
  const incidentTime = '2026-11-17T10:31:00Z';
  const T = clock(incidentTime);
  const ROLL = -24.5; // ~10:06
  const rec = [];
  const recErr = [];
  const proxy = [];
  const frontend = [];
  const pyTime = (min) => T.java(min).replace('.', ',');
  const recLog = (min, lineno, msg, tid = '0', sid = '0') =>
    JSON.stringify({
      asctime: pyTime(min),
      levelname: 'INFO',
      name: 'main',
      filename: 'recommendation_server.py',
      lineno,
      otelTraceID: tid,
      otelSpanID: sid,
      message: msg,
    });
  const grpcErr = (min, first) => {
    const ip = '%SVCIP:product-catalog%';
    const detail = `failed to connect to all addresses; last error: UNKNOWN: ipv4:${ip}:3550: ${first ? 'Failed to connect to remote host: Timeout occurred: FD Shutdown' : 'Failed to connect to remote host: Timeout occurred: FD Shutdown'}`;
    return [
      'Exception calling application: <_InactiveRpcError of RPC that terminated with:',
      '\tstatus = StatusCode.UNAVAILABLE',
      `\tdetails = "${detail}"`,
      `\tdebug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"${detail}", grpc_status:14, created_time:"${T.isoMs(min).replace('Z', '000000+00:00')}"}"`,
      '>',
      'Traceback (most recent call last):',
      '  File "/usr/local/lib/python3.12/site-packages/grpc/_server.py", line 610, in _call_behavior',
      '    response_or_iterator = behavior(argument, context)',
      '                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '  File "/app/recommendation_server.py", line 44, in ListRecommendations',
      '    prod_list = get_product_list(request.product_ids)',
      '                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '  File "/app/recommendation_server.py", line 96, in get_product_list',
      '    cat_response = product_catalog_stub.ListProducts(demo_pb2.Empty())',
      '                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '  File "/usr/local/lib/python3.12/site-packages/grpc/_channel.py", line 1181, in __call__',
      '    return _end_unary_response_blocking(state, call, False, None)',
      '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '  File "/usr/local/lib/python3.12/site-packages/grpc/_channel.py", line 1006, in _end_unary_response_blocking',
      '    raise _InactiveRpcError(state)  # pytype: disable=not-instantiable',
      '    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      `grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:`,
      '\tstatus = StatusCode.UNAVAILABLE',
      `\tdetails = "${detail}"`,
      `\tdebug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"${detail}", grpc_status:14, created_time:"${T.isoMs(min).replace('Z', '000000+00:00')}"}"`,
      '>',
    ].join('\n');
  };
  let i = 0;
  for (let m = -50; m < -0.4; m += 0.45, i++) {
    const p = PRODUCTS[i % 10];
    const u = USERS[i % 3];
    const id = uuid(`s2/${i}`);
    const after = m > ROLL + 0.6;
    proxy.push([
      m,
      envoy(T, m, {
        path: `/api/products/${p}?currencyCode=USD`,
        code: 200,
        tx: 498 + (i % 40),
        dur: 9 + (i % 6),
        ua: i % 3 ? LOCUST_UA : BROWSER_UA,
        id: uuid(`s2/p/${i}`),
        from: '%IPOF:load-generator#0%',
      }),
    ]);
    const rpath = `/api/recommendations?productIds=${p}&sessionId=${u}&currencyCode=USD`;
    if (!after) {
      const tid = hx(`s2/t/${i}`);
      rec.push([
        m + 0.001,
        recLog(
          m + 0.001,
          47,
          `Receive ListRecommendations for product ids:[${[1, 3, 5, 7, 9].map((k) => `'${PRODUCTS[(i + k) % 10]}'`).join(', ')}]`,
          tid,
          hx(`s2/s/${i}`, 16),
        ),
      ]);
      proxy.push([
        m + 0.002,
        envoy(T, m + 0.002, {
          path: rpath,
          code: 200,
          tx: 2048 + (i % 90),
          dur: 31 + (i % 9),
          ua: LOCUST_UA,
          id,
          from: '%IPOF:load-generator#0%',
        }),
      ]);
    } else {
      // the subchannel retries its connect every ~20 s with backoff; calls in between fail fast
      const slow = i % 9 === 0;
      const dur = slow ? 15000 : 3 + (i % 4);
      if (slow) {
        proxy.push([
          m + 0.25,
          envoy(T, m + 0.25, {
            path: rpath,
            code: 504,
            flags: 'UT',
            details: 'response_timeout',
            tx: 24,
            dur: 15000,
            ua: LOCUST_UA,
            id,
            from: '%IPOF:load-generator#0%',
          }),
        ]);
        recErr.push([m + 0.34, grpcErr(m + 0.34, true)]);
      } else {
        recErr.push([m + 0.001, grpcErr(m + 0.001, false)]);
        proxy.push([
          m + 0.001,
          envoy(T, m + 0.001, {
            path: rpath,
            code: 500,
            tx: 21,
            dur,
            ua: LOCUST_UA,
            id,
            from: '%IPOF:load-generator#0%',
          }),
        ]);
        if (i % 3 === 0)
          frontend.push([
            m + 0.001,
            [
              ' ⨯ Error: 2 UNKNOWN: Exception calling application: <_InactiveRpcError of RPC that terminated with:',
              '\tstatus = StatusCode.UNAVAILABLE',
              `\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:product-catalog%:3550: Failed to connect to remote host: Timeout occurred: FD Shutdown"`,
              '\tdebug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"failed to connect to all addresses; last error: UNKNOWN: ipv4:%SVCIP:product-catalog%:3550: Failed to connect to remote host: Timeout occurred: FD Shutdown", grpc_status:14}"',
              '>',
              '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
              '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
              'for call at',
              '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
              '    at ServiceClientImpl.listRecommendations (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)',
              '    at /app/.next/server/pages/api/recommendations.js:1:1634 {',
              '  code: 2,',
              '  metadata: Metadata { internalRepr: Map(0) {}, options: {} }',
              '}',
            ].join('\n'),
          ]);
      }
    }
  }
  const newEnv = envOf('recommendation').map((e) =>
    e.name === 'PRODUCT_CATALOG_ADDR' ? { ...e, value: 'product-catalog:3550' } : e,
  );
  return {
    folder: 's13-recommendations-row-empty-since-1006',
    description:
      'product pages lost the "you may also like" row, frontend-proxy shows 5xx on /api/recommendations since ~10:06. product pages themselves load fine',
    incidentTime,
    expected: { component: 'recommendation', cause: 'config-error' },
    alsoAcceptable: [{ component: 'recommendation', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      Manifest: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2 (kit system
      scripts/kit-systems/otel-demo.mjs): recommendation reads PRODUCT_CATALOG_ADDR (product-catalog:8080) and opens one
      grpc.insecure_channel to it at start (src/recommendation/recommendation_server.py); ListRecommendations calls
      ListProducts with no deadline, so a failure surfaces as grpc._server's "Exception calling application:
      <_InactiveRpcError ... StatusCode.UNAVAILABLE ...>" on stderr and UNKNOWN to the frontend's /api/recommendations
      route, which rethrows (500 at frontend-proxy; the calls that wait out a connect attempt hit Envoy's default 15 s
      route timeout, 504 UT). Fault: recommendation was redeployed at ~10:06 with PRODUCT_CATALOG_ADDR=product-catalog:3550,
      the productcatalogservice port of demo 1.x carried over from an old values file. The product-catalog Service exposes
      only 8080, so connects to the ClusterIP on 3550 are not translated and time out ("Failed to connect to remote host:
      Timeout occurred: FD Shutdown") — a misconfigured address/port as in the wrong-port misconfiguration reports of
      Kubernetes and gRPC issue trackers. Every pod stays Ready (no probes); product-catalog itself is healthy and keeps
      serving the frontend and checkout. Decoys: the error text names product-catalog; load-generator was OOMKilled six hours
      earlier (Locust browser traffic). Deviation: the env value; logs assumed on stdout as in SOURCES.md.
    `,
    workloads: {
      recommendation: {
        containers: { recommendation: { env: newEnv } },
        rollout: {
          at: ROLL,
          revision: 5,
          oldContainers: { recommendation: { env: envOf('recommendation') } },
        },
      },
      'load-generator': {
        pods: [
          {
            containers: {
              'load-generator': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 6),
                last: {
                  exitCode: 137,
                  reason: 'OOMKilled',
                  startedAt: T.iso(-60 * 24 * 9),
                  finishedAt: T.iso(-60 * 6 - 0.1),
                },
              }),
            },
          },
        ],
      },
    },
    events: [
      {
        on: 'deploy:recommendation',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set recommendation-%NEW% to 1',
        first: ROLL,
      },
      {
        on: 'deploy:recommendation',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set recommendation-%OLD% to 0 from 1',
        first: ROLL + 0.3,
      },
      {
        on: 'pod:recommendation#0',
        reason: 'Scheduled',
        message: 'Successfully assigned otel-demo/%POD% to %NODE%',
        source: 'default-scheduler',
        first: ROLL + 0.5,
      },
      {
        on: 'pod:recommendation#0',
        reason: 'Pulled',
        message:
          'Container image "ghcr.io/open-telemetry/demo:2.1.3-recommendation" already present on machine',
        fieldPath: 'spec.containers{recommendation}',
        first: ROLL + 0.52,
      },
      {
        on: 'pod:recommendation#0',
        reason: 'Created',
        message: 'Created container: recommendation',
        fieldPath: 'spec.containers{recommendation}',
        first: ROLL + 0.52,
      },
      {
        on: 'pod:recommendation#0',
        reason: 'Started',
        message: 'Started container recommendation',
        fieldPath: 'spec.containers{recommendation}',
        first: ROLL + 0.53,
      },
    ],
    logs: {
      'recommendation#0/recommendation': [
        recLog(ROLL + 0.58, 168, 'Recommendation service started, listening on port 8080'),
        ...byTime([...rec.filter((r) => r[0] > ROLL + 0.55), ...recErr]),
      ],
      'frontend-proxy#0/frontend-proxy': byTime(proxy),
      'frontend#0/frontend': [
        '  ▲ Next.js 15.2.4',
        '  - Local:        http://localhost:8080',
        '  - Network:      http://0.0.0.0:8080',
        '',
        ' ✓ Starting...',
        ' ✓ Ready in 398ms',
        ...byTime(frontend),
      ],
      'product-catalog#0/product-catalog': [
        slog(T, -60 * 24 * 9, 'INFO', 'Product Catalog gRPC server started on port: 8080'),
      ],
    },
  };
})();

// ---------------------------------------------------------------------------------------------------------------
// 3. kafka's network threads die of heap exhaustion; the JVM lives on, the broker accepts connections and answers none.
// ---------------------------------------------------------------------------------------------------------------
const s3 = (() => {
  const incidentTime = '2026-11-19T08:52:00Z';
  const T = clock(incidentTime);
  const WEDGE = -33; // 08:19
  const FULL = -17; // checkout's socket to the broker stops draining
  const kts = (min) => `[${T.java(min).replace('.', ',')}]`;
  const kafka = [
    `${kts(-60 * 24 * 9)} INFO [KafkaRaftServer nodeId=1] Kafka Server started (kafka.server.KafkaRaftServer)`,
    `${kts(-60 * 24 * 9 + 0.2)} INFO [GroupCoordinator 1]: Preparing to rebalance group accounting in state PreparingRebalance with old generation 0 (__consumer_offsets-12) (reason: Adding new member rdkafka-5b1c7e2a-0d4f-4e7b-9a31-2f6c8d1e4b70 with group instance id None; client reason: not provided) (kafka.coordinator.group.GroupCoordinator)`,
    `${kts(-60 * 24 * 9 + 0.25)} INFO [GroupCoordinator 1]: Stabilized group fraud-detection generation 1 (__consumer_offsets-31) with 1 members (kafka.coordinator.group.GroupCoordinator)`,
    `${kts(-60 * 4)} INFO [Log partition=orders-0, dir=/tmp/kafka-logs] Rolled new log segment at offset 181233 in 3 ms. (kafka.log.LocalLog)`,
    `${kts(WEDGE - 0.6)} WARN [SocketServer listenerType=BROKER, nodeId=1] Unexpected error from /%IPOF:fraud-detection#0% (channelId=%PODIP%:9092-%IPOF:fraud-detection#0%:47218-0); closing connection (org.apache.kafka.common.network.Selector)`,
    'java.lang.OutOfMemoryError: Java heap space',
    `${kts(WEDGE)} ERROR Uncaught exception in thread 'data-plane-kafka-network-thread-1-ListenerName(PLAINTEXT)-PLAINTEXT-1': (org.apache.kafka.common.utils.KafkaThread)`,
    'java.lang.OutOfMemoryError: Java heap space',
    `${kts(WEDGE + 0.3)} ERROR [KafkaApi-1] Unexpected error handling request RequestHeader(apiKey=FETCH, apiVersion=16, clientId=consumer-fraud-detection-1, correlationId=1882114, headerVersion=2) -- FetchRequestData(clusterId=null, replicaId=-1, replicaState=ReplicaState(replicaId=-1, replicaEpoch=-1), maxWaitMs=500, minBytes=1, maxBytes=52428800, isolationLevel=0, sessionId=1188421077, sessionEpoch=94410, topics=[], forgottenTopicsData=[], rackId='') with context RequestContext(header=RequestHeader(apiKey=FETCH, apiVersion=16, clientId=consumer-fraud-detection-1, correlationId=1882114, headerVersion=2), connectionId='%PODIP%:9092-%IPOF:fraud-detection#0%:47236-3', clientAddress=/%IPOF:fraud-detection#0%, principal=User:ANONYMOUS, listenerName=ListenerName(PLAINTEXT), securityProtocol=PLAINTEXT, clientInformation=ClientInformation(softwareName=apache-kafka-java, softwareVersion=3.9.1), fromPrivilegedListener=false, principalSerde=Optional[org.apache.kafka.common.requests.PrincipalSerde@6f1c3e2a]) (kafka.server.KafkaApis)`,
    'java.lang.OutOfMemoryError: Java heap space',
    `${kts(WEDGE + 0.9)} ERROR Uncaught exception in thread 'data-plane-kafka-network-thread-1-ListenerName(PLAINTEXT)-PLAINTEXT-0': (org.apache.kafka.common.utils.KafkaThread)`,
    'java.lang.OutOfMemoryError: Java heap space',
    `${kts(WEDGE + 1.4)} ERROR Uncaught exception in thread 'data-plane-kafka-network-thread-1-ListenerName(PLAINTEXT)-PLAINTEXT-2': (org.apache.kafka.common.utils.KafkaThread)`,
    'java.lang.OutOfMemoryError: Java heap space',
  ];
  const fraud = [];
  const acct = [];
  const checkout = [];
  const proxy = [];
  const l4j = (min, logger, msg, exc) =>
    `${T.java(min).slice(0, 19)} - ${logger} - ${msg} trace_id= span_id= trace_flags=${exc ? `\n${exc}` : ''}`;
  let i = 0;
  let offset = 188011;
  for (let m = -58; m < -0.5; m += 1.3, i++) {
    const u = USERS[i % 3];
    const oid = uuid(`s3/o/${i}`);
    const id = uuid(`s3/${i}`);
    checkout.push(
      [m, slog(T, m, 'INFO', '[PlaceOrder]', { user_id: u, user_currency: ['USD', 'EUR', 'CAD'][i % 3] })],
      [m + 0.004, slog(T, m + 0.004, 'INFO', 'payment went through', { transaction_id: uuid(`s3/t/${i}`) })],
      [
        m + 0.006,
        slog(T, m + 0.006, 'INFO', 'order placed', {
          'demo.order.id': oid,
          'demo.shipping.amount': 8.99,
          'demo.order.amount': 100 + i,
          'demo.order.items.count': 1 + (i % 3),
          'demo.shipping.tracking.id': uuid(`s3/tr/${i}`),
        }),
      ],
      [m + 0.008, slog(T, m + 0.008, 'INFO', 'order confirmation email sent')],
      [m + 0.008, slog(T, m + 0.008, 'INFO', 'sending to postProcessor')],
    );
    if (m < FULL) {
      checkout.push([
        m + 0.009,
        slog(
          T,
          m + 0.009,
          'INFO',
          `Successful to write message. offset: 0, duration: ${40 + (i % 50)}.${i % 7}µs`,
        ),
      ]);
      proxy.push([
        m + 0.01,
        envoy(T, m + 0.01, {
          method: 'POST',
          path: '/api/checkout?currencyCode=USD',
          code: 200,
          rx: 402,
          tx: 1187,
          dur: 640 + (i % 9) * 13,
          ua: LOCUST_UA,
          id,
          from: '%IPOF:load-generator#0%',
        }),
      ]);
    } else {
      // the send blocks until sarama's 30 s write timeout; Envoy gives up after 15 s
      checkout.push(
        [
          m + 0.5,
          slog(
            T,
            m + 0.5,
            'INFO',
            `producer/broker/1 state change to [closing] because write tcp %PODIP%:${41000 + i}->%SVCIP:kafka%:9092: i/o timeout`,
          ),
        ],
        [
          m + 0.501,
          slog(
            T,
            m + 0.501,
            'ERROR',
            `Failed to write message: kafka: Failed to produce message to topic orders: write tcp %PODIP%:${41000 + i}->%SVCIP:kafka%:9092: i/o timeout`,
          ),
        ],
        [m + 0.502, slog(T, m + 0.502, 'INFO', 'producer/broker/1 starting up')],
        [m + 0.502, slog(T, m + 0.502, 'INFO', 'producer/broker/1 state change to [open] on orders/0')],
      );
      proxy.push([
        m + 0.25,
        envoy(T, m + 0.25, {
          method: 'POST',
          path: '/api/checkout?currencyCode=USD',
          code: 504,
          flags: 'UT',
          details: 'response_timeout',
          rx: 402,
          tx: 24,
          dur: 15000,
          ua: LOCUST_UA,
          id,
          from: '%IPOF:load-generator#0%',
        }),
      ]);
    }
    if (m < WEDGE) {
      offset++;
      fraud.push([
        m + 0.01,
        l4j(
          m + 0.01,
          'frauddetection',
          `Consumed record with orderId: ${oid}, and updated total count to: ${offset - 100000}`,
        ),
      ]);
      acct.push([m + 0.01, `info: Accounting.Consumer[0]\n      Order details: {@OrderResult}.`]);
    }
    proxy.push([
      m - 0.2,
      envoy(T, m - 0.2, {
        path: `/api/products/${PRODUCTS[i % 10]}?currencyCode=USD`,
        code: 200,
        tx: 512,
        dur: 12,
        ua: LOCUST_UA,
        id: uuid(`s3/p/${i}`),
        from: '%IPOF:load-generator#0%',
      }),
    ]);
  }
  // consumers after the wedge: request timeouts, disconnects, coordinator lost, reconnect, again
  for (let m = WEDGE + 0.5; m < -0.5; m += 1.05) {
    fraud.push(
      [
        m,
        l4j(
          m,
          'o.a.k.c.NetworkClient',
          '[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Disconnecting from node 1 due to request timeout.',
        ),
      ],
      [
        m + 0.001,
        l4j(
          m + 0.001,
          'o.a.k.c.NetworkClient',
          `[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Cancelled in-flight FETCH request with correlation id ${1882114 + Math.round(m * 10)} due to node 1 being disconnected (elapsed time since creation: 30012ms, elapsed time since send: 30012ms, throttle time: 0ms, request timeout: 30000ms)`,
        ),
      ],
      [
        m + 0.002,
        l4j(
          m + 0.002,
          'o.a.k.c.c.i.AbstractFetch',
          '[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Error sending fetch request (sessionId=1188421077, epoch=94411) to node 1:',
          'org.apache.kafka.common.errors.DisconnectException: null',
        ),
      ],
      [
        m + 0.003,
        l4j(
          m + 0.003,
          'o.a.k.c.c.i.ConsumerCoordinator',
          '[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Group coordinator kafka:9092 (id: 2147483646 rack: null) is unavailable or invalid due to cause: coordinator unavailable. isDisconnected: true. Rediscovery will be attempted.',
        ),
      ],
    );
    const rk = (min) => (Date.parse(T.isoMs(min)) / 1000).toFixed(3);
    acct.push(
      [
        m + 0.02,
        `%4|${rk(m + 0.02)}|REQTMOUT|rdkafka#consumer-1| [thrd:kafka:9092/bootstrap]: kafka:9092/1: Timed out FetchRequest in flight (after 60106ms, timeout #0)`,
      ],
      [
        m + 0.0201,
        `%4|${rk(m + 0.0201)}|REQTMOUT|rdkafka#consumer-1| [thrd:kafka:9092/bootstrap]: kafka:9092/1: Timed out 1 in-flight, 0 retry-queued, 0 out-queue, 0 partially-sent requests`,
      ],
      [
        m + 0.0202,
        `%3|${rk(m + 0.0202)}|FAIL|rdkafka#consumer-1| [thrd:kafka:9092/bootstrap]: kafka:9092/1: 1 request(s) timed out: disconnect (after 60108ms in state UP)`,
      ],
    );
    m += 0.95; // ~one cycle every 2 minutes
  }
  return {
    folder: 's13-orders-hang-and-consumer-lag',
    description:
      'accounting + fraud consumer lag alerts since ~08:20 and now customers say place order spins forever then errors (but card is charged??) since ~8:35',
    incidentTime,
    expected: { component: 'kafka', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'kafka', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifest: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2 (kit system
      scripts/kit-systems/otel-demo.mjs): a single KRaft broker (src/kafka, FROM apache/kafka:3.9.1) with
      KAFKA_HEAP_OPTS=-Xmx400M -Xms400M, a 600Mi limit and no probes. checkout's sarama AsyncProducer uses
      RequiredAcks=NoResponse and PlaceOrder calls sendToPostProcessor synchronously after payment and the confirmation
      email (src/checkout/main.go, kafka/producer.go); fraud-detection (Kotlin, kafka-clients, log4j2 pattern) and
      accounting (.NET, Confluent.Kafka/librdkafka) consume the orders topic. Fault: at 08:19 the broker's heap is exhausted
      and its data-plane network threads die with java.lang.OutOfMemoryError ("Uncaught exception in thread
      'data-plane-kafka-network-thread-…'"). Kafka does not exit on OOM without -XX:+ExitOnOutOfMemoryError (the zombie-broker
      reports on the Kafka issue tracker and Confluent's guidance), so the JVM lives on, the acceptor still takes
      connections and the pod stays Running and Ready with no restart — but nothing is read or answered. Consumers time out
      and lose the coordinator at once (consumer-lag alerts); checkout's writes succeed into the socket buffer until it
      fills at ~08:35, then every PlaceOrder blocks on sarama's 30 s write timeout after the card was already charged and
      frontend-proxy returns 504 UT. The broker is down for everything that needs it; its own resource exhaustion is why,
      hence the alsoAcceptable. Decoys: accounting's restarts five days ago (postgres not ready at start). Deviations:
      logs assumed on stdout as in SOURCES.md; accounting's per-order log line abridged.
    `,
    workloads: {
      accounting: {
        pods: [
          {
            containers: {
              accounting: cs.restartedRunning({
                restarts: 3,
                startedAt: T.iso(-60 * 24 * 5),
                last: {
                  exitCode: 139,
                  reason: 'Error',
                  startedAt: T.iso(-60 * 24 * 5 - 0.4),
                  finishedAt: T.iso(-60 * 24 * 5 - 0.1),
                },
              }),
            },
          },
        ],
      },
    },
    logs: {
      'kafka#0/kafka': kafka,
      'checkout#0/checkout': [
        slog(T, -60 * 24 * 9, 'INFO', 'starting to listen on tcp: "[::]:8080"'),
        ...byTime(checkout),
      ],
      'fraud-detection#0/fraud-detection': byTime(fraud),
      'accounting#0/accounting': [
        'info: Accounting.Consumer[0]\n      Connecting to Kafka: kafka:9092',
        ...byTime(acct),
      ],
      'frontend-proxy#0/frontend-proxy': byTime(proxy),
    },
  };
})();

export const scenarios = [s1, s2, s3];
