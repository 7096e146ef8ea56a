// Batch s39a (blind dev): one OpenTelemetry demo incident for the scenario kit, on scripts/kit-systems/otel-demo.mjs.
// A hand edit leaves product-catalog-products malformed; the running product-catalog reloads it and empties its catalogue.
import { createHash } from 'node:crypto';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const hex = (s, n) => createHash('sha256').update(s).digest('hex').slice(0, n);
const N0 = 'gke-astro-prod-default-pool-5f2c1a7e-2kqd';
const N1 = 'gke-astro-prod-default-pool-5f2c1a7e-9xwl';
const N2 = 'gke-astro-prod-default-pool-8b41d0c3-v7mt';
const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ', 'HQTGWGPNH4'];

export const configMapEdits = {
  's39a-product-catalog-bad-json-reload': [['product-catalog-products', 'kubectl-edit', -13, '2026-05-14T10:32:00Z', ['products.json']]],
};

const s1 = (() => {
  const incidentTime = '2026-05-14T10:32:00Z';
  const T = clock(incidentTime);
  // logrus TextFormatter (no TTY): time="RFC3339" level=info msg="..."
  const lr = (min, level, msg) => `time="${T.iso(min)}" level=${level} msg="${msg.replaceAll('"', '\\"')}"`;
  const pcLog = [
    lr(-60 * 24 * 6, 'info', 'Loaded 10 products'),
    lr(-60 * 24 * 6 + 0.01, 'info', 'Product Catalog reload interval: 10'),
    lr(-60 * 24 * 6 + 0.01, 'info', 'Product Catalog gRPC server started on port: 8080'),
  ];
  for (let m = -16; m < -0.1; m += 1 / 6) {
    pcLog.push(lr(m, 'info', 'Reloading Product Catalog...'));
    if (m < -12.1) pcLog.push(lr(m + 0.0005, 'info', 'Loaded 10 products'));
    else pcLog.push(lr(m + 0.0004, 'error', 'Error reading product files: proto: syntax error (line 214:5): unexpected token ]'));
  }
  // Envoy default access log format (frontend-proxy)
  const envoy = (min, method, path, code, flags, bytes, dur, ua, up) =>
    `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} 0 ${bytes} ${dur} ${dur - 1} "-" "${ua}" "${hex(path + min, 8)}-${hex(min + path, 4)}-4${hex(path, 3)}-a${hex(String(min), 3)}-${hex(path + String(min * 7), 12)}" "frontend-proxy:8080" "${up}"`;
  const proxyLog = [];
  let k = 0;
  for (let m = -18; m < -0.2; m += 0.37) {
    const p = PRODUCTS[k++ % PRODUCTS.length];
    const bad = m > -12.0;
    const ua = k % 3 === 0 ? 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36' : 'python-requests/2.32.3';
    proxyLog.push(envoy(m, 'GET', '/api/products?currencyCode=USD', 200, '-', bad ? 2 : 7310, bad ? 9 : 14, ua, '%IPOF:frontend#0%:8080'));
    proxyLog.push(envoy(m + 0.05, 'GET', `/api/products/${p}?currencyCode=USD`, bad ? 500 : 200, '-', bad ? 57 : 712, bad ? 8 : 12, ua, '%IPOF:frontend#0%:8080'));
    if (k % 4 === 0) proxyLog.push(envoy(m + 0.1, 'POST', '/api/checkout?currencyCode=USD', bad ? 500 : 200, '-', bad ? 57 : 1034, bad ? 31 : 184, ua, '%IPOF:frontend#0%:8080'));
    if (k % 5 === 0) proxyLog.push(envoy(m + 0.12, 'GET', `/images/products/${['Telescope', 'Binoculars', 'Lens', 'SolarFilter'][k % 4]}.jpg`, 200, '-', 88231, 3, ua, '%IPOF:image-provider#0%:8081'));
  }
  const frontLog = [
    '  ▲ Next.js 15.2.4',
    '   - Local:        http://localhost:8080',
    '   - Network:      http://0.0.0.0:8080',
    '',
    ' ✓ Starting...',
    ' ✓ Ready in 412ms',
  ];
  let j = 0;
  for (let m = -11.9; m < -0.2; m += 0.9) {
    const p = PRODUCTS[j++ % PRODUCTS.length];
    frontLog.push(
      `Error: 5 NOT_FOUND: Product Not Found: ${p}`,
      '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
      '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
      '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:143:78',
      'for call at',
      '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
      '    at ServiceClientImpl.getProduct (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)',
      '    at /app/.next/server/pages/api/products/[productId]/index.js:1:2088 {',
      '  code: 5,',
      `  details: 'Product Not Found: ${p}',`,
      "  metadata: Metadata { internalRepr: Map(1) { 'content-type' => [Array] }, options: {} }",
      '}',
    );
  }
  const checkoutLog = [
    JSON.stringify({ message: 'service config: &{productCatalogSvcAddr:product-catalog:8080 cartSvcAddr:cart:8080 currencySvcAddr:currency:8080 shippingSvcAddr:http://shipping:8080 emailSvcAddr:http://email:8080 paymentSvcAddr:payment:8080 kafkaBrokerSvcAddr:kafka:9092}', severity: 'info', timestamp: T.isoMs(-60 * 24 * 6 + 0.2) }),
    JSON.stringify({ message: 'starting to listen on tcp: "[::]:8080"', severity: 'info', timestamp: T.isoMs(-60 * 24 * 6 + 0.2) }),
  ];
  for (let m = -17.5; m < -0.2; m += 1.48) {
    const p = PRODUCTS[Math.round(-m) % PRODUCTS.length];
    if (m < -12.0) {
      checkoutLog.push(JSON.stringify({ message: `[PlaceOrder] user_id="${hex('u' + m, 8)}-${hex('v' + m, 4)}-11f0-${hex('w' + m, 4)}-${hex('x' + m, 12)}" user_currency="USD"`, severity: 'info', timestamp: T.isoMs(m) }));
      checkoutLog.push(JSON.stringify({ message: 'payment went through (transaction_id: ' + `${hex('t' + m, 8)}-${hex('s' + m, 4)}-4${hex('r' + m, 3)}-9${hex('q' + m, 3)}-${hex('p' + m, 12)})`, severity: 'info', timestamp: T.isoMs(m + 0.01) }));
      checkoutLog.push(JSON.stringify({ message: 'order confirmation email sent to "someone@example.com"', severity: 'info', timestamp: T.isoMs(m + 0.012) }));
    } else {
      checkoutLog.push(JSON.stringify({ message: `[PlaceOrder] user_id="${hex('u' + m, 8)}-${hex('v' + m, 4)}-11f0-${hex('w' + m, 4)}-${hex('x' + m, 12)}" user_currency="USD"`, severity: 'info', timestamp: T.isoMs(m) }));
      checkoutLog.push(JSON.stringify({ message: `failed to prepare order: failed to get product #"${p}": rpc error: code = NotFound desc = Product Not Found: ${p}`, severity: 'error', timestamp: T.isoMs(m + 0.002) }));
    }
  }
  const rec = (min, msg) => `${T.java(min).replace('.', ',')} INFO [main] [recommendation_server.py:47] [trace_id=${hex('tr' + min, 32)} span_id=${hex('sp' + min, 16)} resource.service.name=recommendation trace_sampled=True] - ${msg}`;
  const recLog = [];
  for (let m = -15; m < -0.3; m += 1.7) recLog.push(rec(m, `Receive ListRecommendations for product ids:[${m < -12 ? `'${PRODUCTS[Math.round(-m) % 10]}', '${PRODUCTS[Math.round(-m + 3) % 10]}'` : ''}]`));

  return {
    folder: 's39a-product-catalog-bad-json-reload',
    description: 'astronomy shop: homepage shows no products and checkout fails since 10:20, frontend returning 500s',
    incidentTime,
    expected: { component: 'product-catalog', cause: 'config-error' },
    difficulty: 'hard',
    traits: ['pods-ready', 'time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      OpenTelemetry demo 2.1.3 as kubernetes/opentelemetry-demo.yaml renders it (kit system scripts/kit-systems/otel-demo.mjs):
      product-catalog mounts the ConfigMap product-catalog-products at /usr/src/app/products and, with
      PRODUCT_CATALOG_RELOAD_INTERVAL=10, re-reads every *.json there every 10 s (src/product-catalog/main.go
      loadProductCatalog: "Reloading Product Catalog...", protojson.Unmarshal per file). Its reload loop assigns the result
      even on error (catalog, err = readProductFiles(); on error it logs "Error reading product files: ..." and continues), so
      a malformed file empties the in-memory catalogue while the pod stays Running and Ready (no probes on it upstream). The
      fault: at 10:19 someone ran kubectl edit on product-catalog-products to add a product and left a trailing comma before the
      closing ] (the ConfigMap's managedFields carry the kubectl-edit update); the kubelet projected the new file about a minute
      later and every reload since logs protojson's "proto: syntax error (line 214:5): unexpected token ]". From then on
      ListProducts returns an empty list (the homepage shows no products, recommendation returns nothing), GetProduct returns
      gRPC NotFound "Product Not Found: <id>" (the frontend's Next.js API routes log @grpc/grpc-js "5 NOT_FOUND" errors and
      answer 500, frontend-proxy's Envoy access log shows the 500s) and checkout's PlaceOrder fails with "failed to prepare
      order: failed to get product ...". A restart would crash it instead (init exits on the same error).
      Decoys: a healthy currency rollout 45 minutes earlier, and an OOMKilled collector restart three days ago.
      Expected: config-error on product-catalog (the running service accepts and uses a broken products file).`,
    workloads: {
      'otel-collector': {
        pods: [{ node: N0, containers: { 'opentelemetry-collector': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 12), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-60 * 24 * 3 - 12.1) } }) } }],
      },
      'product-catalog': { since: -60 * 24 * 6, pods: [{ node: N1 }] },
      frontend: { since: -60 * 24 * 6, pods: [{ node: N2 }] },
      'frontend-proxy': { pods: [{ node: N0 }] },
      checkout: { since: -60 * 24 * 6, pods: [{ node: N0 }] },
      currency: { rollout: { at: -45, revision: 5 }, pods: [{ node: N1 }] },
      recommendation: { pods: [{ node: N2 }] },
      'image-provider': { pods: [{ node: N1 }] },
    },
    configMaps: [
      { name: 'product-catalog-products', keys: ['products.json'] },
      { name: 'flagd-config', keys: ['demo.flagd.json'] },
      { name: 'otel-collector', keys: ['relay'] },
      { name: 'grafana', keys: ['grafana.ini'] },
    ],
    events: [
      { on: 'deploy:currency', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currency-%NEW% to 1', first: -45, last: -45 },
      { on: 'deploy:currency', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currency-%OLD% to 0 from 1', first: -44.4, last: -44.4 },
      { on: 'pod:currency#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-currency" already present on machine', first: -44.6, last: -44.6, fieldPath: 'spec.containers{currency}' },
      { on: 'pod:currency#0', reason: 'Started', message: 'Started container currency', first: -44.6, last: -44.6, fieldPath: 'spec.containers{currency}' },
    ],
    logs: {
      'product-catalog#0/product-catalog': pcLog,
      'frontend-proxy#0/frontend-proxy': proxyLog,
      'frontend#0/frontend': frontLog,
      'checkout#0/checkout': checkoutLog,
      'recommendation#0/recommendation': recLog,
    },
  };
})();

export const scenarios = [s1];
