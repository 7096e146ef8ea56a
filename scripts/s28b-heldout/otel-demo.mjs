// Batch s28b held-out scenario for the OpenTelemetry demo 2.1.3 (split: test), written blind; the system is the kit
// definition scripts/kit-systems/otel-demo.mjs, built by scripts/s28b-build.mjs (which writes the ConfigMap edit time).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const INC = '2026-05-26T11:21:00Z';
const T = clock(INC);
const lr = (min, level, msg) => `time="${T.iso(min)}" level=${level} msg="${msg}"`;
const pc = [
  lr(-60 * 24 * 4, 'info', 'Loaded 10 products'),
  lr(-60 * 24 * 4, 'info', 'Product Catalog reload interval: 10'),
  lr(-60 * 24 * 4, 'info', 'Product Catalog gRPC server started on port: 8080'),
];
for (let s = -20 * 60; s < 0; s += 10) {
  const min = s / 60 + 0.004;
  pc.push(lr(min, 'info', 'Reloading Product Catalog...'));
  if (min < -13.2) pc.push(lr(min + 0.0002, 'info', 'Loaded 10 products'));
  else pc.push(lr(min + 0.0002, 'error', 'Error reading product files: proto: syntax error (line 143:5): unexpected token }'));
}
const grpcErr = (code, name, detail) => [
  `Error: ${code} ${name}: ${detail}`,
  '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:367:141)',
  '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:327:181)',
  '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:135:78',
  '    at process.processTicksAndRejections (node:internal/process/task_queues:77:11)',
  'for call at',
  '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
  `    at ServiceClientImpl.<anonymous> (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19) {`,
  `  code: ${code},`,
  `  details: '${detail}',`,
  "  metadata: Metadata { internalRepr: Map(0) {}, options: {} }",
  '}',
];
const ids = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ', 'HQTGWGPNH4'];
const front = ['  ▲ Next.js 15.2.1', '  - Local:        http://localhost:8080', '  - Network:      http://0.0.0.0:8080', '', ' ✓ Starting...', ' ✓ Ready in 412ms'];
[-12.6, -11.1, -9.8, -7.4, -6.2, -4.9, -3.1, -1.4].forEach((min, i) => {
  front.push(...grpcErr(5, 'NOT_FOUND', `Product Not Found: ${ids[(i * 3) % ids.length]}`));
  if (i % 3 === 2) front.push(...grpcErr(13, 'INTERNAL', `failed to prepare order: failed to get product #"${ids[i % ids.length]}": rpc error: code = NotFound desc = Product Not Found: ${ids[i % ids.length]}`));
});

export const configMapEdits = {
  's28b-product-catalog-products-edit': [['product-catalog-products', 'kubectl-edit', -13.6, INC, ['products.json']]],
};

export const scenarios = [
  {
    folder: 's28b-product-catalog-products-edit',
    incidentTime: INC,
    description: 'astronomy shop homepage shows no products and product pages error out since ~11:05',
    expected: { component: 'product-catalog', cause: 'config-error' },
    difficulty: 'hard',
    traits: ['pods-ready', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (opentelemetry-demo 2.1.3 kubernetes/opentelemetry-demo.yaml, kit system): product-catalog mounts the
      ConfigMap product-catalog-products at /usr/src/app/products and, with PRODUCT_CATALOG_RELOAD_INTERVAL=10, re-reads every
      *.json there every 10 s (src/product-catalog/main.go loadProductCatalog: on a reload error it logs "Error reading
      product files: <err>" and continues, but the failed read has already replaced the catalog with nil; only at start does
      the error exit the process).
      Fault: a merchandiser's kubectl edit of products.json at 11:07 (managedFields manager kubectl-edit) leaves a trailing
      comma before a closing brace; once the kubelet syncs the volume, protojson rejects the file ("proto: syntax error (line
      143:5): unexpected token }") on every reload, the catalog is empty, ListProducts returns nothing, GetProduct answers
      NotFound, the frontend's grpc-js calls log "5 NOT_FOUND: Product Not Found" and checkout's PlaceOrder fails with
      13 INTERNAL "failed to prepare order". The pod never restarts and stays Ready (its health check always answers
      SERVING); logs are rendered as logrus text lines as in the 2.0 service. Public reference: the demo's own
      productCatalogFailure flag and issue threads about hand-edited products.json breaking the catalog.
      Decoy: load-generator's container was OOM-killed at its 1500Mi limit two days ago.`,
    configMaps: [
      { name: 'product-catalog-products', keys: ['products.json'] },
      { name: 'flagd-config', keys: ['demo.flagd.json'] },
      { name: 'otel-collector', keys: ['relay'] },
    ],
    workloads: {
      'load-generator': {
        pods: [{
          containers: {
            'load-generator': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 77), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 4), finishedAt: T.iso(-60 * 24 * 2 - 77.1) } }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'product-catalog#0/product-catalog': pc,
      'frontend#0/frontend': front,
      'recommendation#0/recommendation': [-12.2, -8.5, -5.0, -2.2].map((min, i) =>
        JSON.stringify({ timestamp: T.isoMs(min).replace('T', ' ').replace('Z', ''), level: 'INFO', name: 'recommendation', message: `Receive ListRecommendations for product ids:['${ids[i + 1]}']`, otelTraceID: `4bf92f3577b34da6a3ce929d0e0e${4736 + i}`, otelSpanID: `00f067aa0ba902b${i}`, otelServiceName: 'recommendation' })),
    },
  },
];
