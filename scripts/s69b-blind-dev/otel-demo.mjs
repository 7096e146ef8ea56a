// Blind dev batch s69b: one OpenTelemetry demo (Astronomy Shop 2.1.3) scenario for the scenario kit.
// The quote service (PHP, one ReactPHP event loop) stops answering while its pod stays Running and Ready.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const INCIDENT = '2026-11-19T15:41:00Z';
const T = clock(INCIDENT);
const FAULT = -17; // 15:24 UTC: quote's loop stops serving

// quote/public/index.php echoes `[date('Y-m-d H:i:sP')] "METHOD path HTTP/x" status size ` + PHP_EOL per request.
const php = (min) => T.iso(min).replace('T', ' ').replace('Z', '+00:00');
const quoteAccess = (min, size = 5) => `[${php(min)}] "POST /getquote HTTP/1.1" 200 ${size} `;
// Envoy's default access-log format (frontend-proxy prints to stdout).
const envoy = (min, method, path, code, flags, details, rx, tx, dur, ust, ua, rid, up) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} ${details} - "-" ${rx} ${tx} ${dur} ${ust} "-" "${ua}" "${rid}" "frontend-proxy:8080" "${up}"`;
const UA_PY = 'python-requests/2.32.4';
const UA_BR = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.33 Safari/537.36';
const rid = (i) => `${(0x3a7f10c2 + i * 7919).toString(16)}-9c41-4e6b-b2d8-${(0x51f0a2c49e37 + i * 104729).toString(16).slice(0, 12)}`;

const quoteLog = [
  'Listening on: 0.0.0.0:8080',
];
let q = 0;
for (let m = -42; m < FAULT; m += 0.37) quoteLog.push(quoteAccess(m, q++ % 4 === 0 ? 4 : 5));

const proxyLog = [];
let i = 0;
for (let m = -30; m < -0.2; m += 0.45) {
  i++;
  const front = '%IPOF:frontend#0%:8080';
  if (m < FAULT) {
    proxyLog.push(envoy(m, 'GET', '/api/products?currencyCode=USD', 200, '-', 'via_upstream', 0, 8893, 41, 40, UA_PY, rid(i), front));
    if (i % 3 === 0) proxyLog.push(envoy(m + 0.05, 'GET', '/api/shipping?itemList=%5B%7B%22productId%22%3A%22OLJCESPC7Z%22%2C%22quantity%22%3A2%7D%5D&currencyCode=USD&address=%7B%7D', 200, '-', 'via_upstream', 0, 54, 63, 62, UA_BR, rid(i + 500), front));
    if (i % 4 === 0) proxyLog.push(envoy(m + 0.1, 'POST', '/api/checkout?currencyCode=USD', 200, '-', 'via_upstream', 412, 1733, 188, 187, UA_PY, rid(i + 900), front));
  } else {
    proxyLog.push(envoy(m, 'GET', '/api/products?currencyCode=USD', 200, '-', 'via_upstream', 0, 8893, 38, 37, UA_PY, rid(i), front));
    proxyLog.push(envoy(m + 0.03, 'GET', '/api/data?contextKeys=telescopes', 200, '-', 'via_upstream', 0, 212, 19, 18, UA_PY, rid(i + 200), front));
    if (i % 3 === 0) proxyLog.push(envoy(m + 0.05, 'GET', '/api/shipping?itemList=%5B%7B%22productId%22%3A%22OLJCESPC7Z%22%2C%22quantity%22%3A2%7D%5D&currencyCode=USD&address=%7B%7D', 500, '-', 'via_upstream', 0, 38, 5021, 5020, UA_BR, rid(i + 500), front));
    if (i % 2 === 0) proxyLog.push(envoy(m + 0.1, 'POST', '/api/checkout?currencyCode=USD', 500, '-', 'via_upstream', 412, 97, 5046, 5045, UA_PY, rid(i + 900), front));
  }
}

const nextStart = [
  '   ▲ Next.js 15.5.2',
  '   - Local:        http://%POD%:8080',
  '   - Network:      http://0.0.0.0:8080',
  '',
  ' ✓ Starting...',
  ' ✓ Ready in 214ms',
];
const frontendLog = [...nextStart];
for (let m = FAULT + 0.1; m < -0.3; m += 0.9) {
  frontendLog.push(
    'Error: 13 INTERNAL: shipping quote failure: failed POST to shipping service: expected 200, got 500',
    '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
    '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
    '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:367:141)',
    '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:327:181)',
    '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:135:78',
    '    at process.processTicksAndRejections (node:internal/process/task_queues:85:11)',
    'for call at',
    '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
    '    at ServiceClientImpl.placeOrder (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)',
    '    at /app/.next/server/pages/api/checkout.js:1:1687 {',
    '  code: 13,',
    "  details: 'shipping quote failure: failed POST to shipping service: expected 200, got 500',",
    '  metadata: Metadata { internalRepr: Map(1) { \'content-type\' => [Array] }, options: {} }',
    '}',
  );
}

// kafka (KRaft) keeps its routine log-cleaner / snapshot lines: healthy noise.
const kafkaLog = [
  `[${T.java(-55).replace('.', ',')}] INFO [SnapshotGenerator id=1] Creating new KRaft snapshot file snapshot 00000000000000512034-0000000001 because we have replayed at least 10000 bytes. (org.apache.kafka.image.publisher.SnapshotGenerator)`,
  `[${T.java(-55).replace('.', ',')}] INFO [SnapshotEmitter id=1] Successfully wrote snapshot 00000000000000512034-0000000001 (org.apache.kafka.image.publisher.SnapshotEmitter)`,
  `[${T.java(-31).replace('.', ',')}] INFO [ProducerStateManager partition=orders-0] Wrote producer snapshot at offset 48211 with 0 producer ids in 3 ms. (org.apache.kafka.storage.internals.log.ProducerStateManager)`,
  `[${T.java(-31).replace('.', ',')}] INFO [LocalLog partition=orders-0, dir=/tmp/kafka-logs] Rolled new log segment at offset 48211 in 4 ms. (org.apache.kafka.storage.internals.log.LocalLog)`,
];

// accounting (.NET) consumes orders from kafka; after 15:24 there are no new orders to consume.
const acct = (min, msg) => `info: Accounting.Consumer[0]\n      ${msg}`;
const accountingLog = [];
for (let m = -40; m < FAULT; m += 1.6) accountingLog.push(acct(m, `Order details: {"orderId":"${(0x1b7e + Math.round(-m * 31)).toString(16)}c2e4-7a1f-11f1-9d3e-2a6b0c51e8f4","shippingTrackingId":"7f3a${Math.round(-m * 97)}-e1c4-4b8a-9f20-5c3de1a07b66"}`));

export const scenarios = [
  {
    folder: 's69b-quote-loop-stops-answering',
    description: 'astronomy shop: place order spins ~5s then "Checkout failed", cart page shows no shipping cost. product pages + recs fine. started around 15:25',
    incidentTime: INCIDENT,
    expected: { component: 'quote', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2, 2.1.3): shipping reaches quote
      through QUOTE_ADDR=http://quote:8080; checkout and frontend reach shipping through SHIPPING_ADDR=http://shipping:8080; quote has
      no readiness or liveness probe, so a quote that stops answering stays Running and Ready. src/quote/public/index.php runs the whole
      service in ONE ReactPHP loop (HttpServer on SocketServer 0.0.0.0:$QUOTE_PORT) and also runs synchronous forceFlush() timers on it
      ("workaround for non-async batch processors"): anything that blocks that loop stops every request while the process and its
      listening socket stay up - the kernel accepts connections into the backlog and nobody reads them.
      Fault: from 15:24 quote's loop stops serving. Its log (one access line per request, the echo format of index.php) simply ends at
      15:23:5x; no error, no restart, pod Ready. shipping (Rust, actix-web; src/shipping/src/shipping_service/quote.rs) calls quote with
      an awc client whose default timeout is 5 s and answers its own callers 500 "Failed to get quote: Failed to call quote service:
      Timeout while waiting for response"; checkout then fails PlaceOrder with "shipping quote failure: failed POST to shipping
      service: expected 200, got 500", which the frontend prints as a grpc-js error; frontend-proxy's access log shows /api/shipping and
      /api/checkout turning into 500s after ~5 s while /api/products and /api/data stay 200. shipping and checkout send their logs over
      OTLP (no stdout lines here). accounting (kafka consumer) stops seeing new orders - a consequence, not a cause.
      Decoys: accounting's container was OOMKilled two days ago (120Mi limit) and restarted once; product-catalog was rolled 26 hours
      ago to PRODUCT_CATALOG_RELOAD_INTERVAL=30 (healthy, Ready); kafka prints its routine KRaft snapshot / segment-roll lines.
      The answer is quote (the hung dependency); the loud components are its callers.
      Deviations from upstream: product-catalog's reload interval change (decoy); the frontend's Next.js banner version is illustrative.
    `,
    workloads: {
      quote: { since: -60 * 24 * 6 },
      accounting: {
        pods: [{ containers: { accounting: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 47), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 47 - 0.1) } }) } }],
      },
      'product-catalog': {
        containers: {
          'product-catalog': {
            env: system.workloads.find((w) => w.name === 'product-catalog').containers[0].env.map((e) => (e.name === 'PRODUCT_CATALOG_RELOAD_INTERVAL' ? { ...e, value: '30' } : e)),
          },
        },
        rollout: { at: -60 * 26, revision: 4, oldContainers: { 'product-catalog': { env: system.workloads.find((w) => w.name === 'product-catalog').containers[0].env } } },
      },
    },
    events: [],
    logs: {
      'quote#0/quote': quoteLog,
      'frontend-proxy#0/frontend-proxy': proxyLog,
      'frontend#0/frontend': frontendLog,
      'kafka#0/kafka': kafkaLog,
      'accounting#0/accounting': accountingLog,
    },
  },
];
