// Blind dev batch s107c: one OpenTelemetry demo scenario (config-error) on the kit system scripts/kit-systems/otel-demo.mjs.
// The productCatalogFailure feature flag switched on through flagd-ui; product-catalog reads it and fails one product.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';
export { system };

const IT = '2026-05-19T14:32:00Z';
const T = clock(IT);
const fe = (min, msg) => `${T.isoMs(min)} ${msg}`;
const err = (min) => `{"level":"error","ts":"${T.isoMs(min)}","caller":"main.go:291","msg":"failed to prepare order","error":"failed to prepare order: failed to get product #\\"OLJCESPC7Z\\": rpc error: code = Internal desc = Error: Product Catalog Fail Feature Flag Enabled"}`;

export const scenarios = [
  {
    folder: 's107c-product-catalog-failure-flag',
    incidentTime: IT,
    description: 'one product page (the national park telescope?) throws 500 since ~14:10, checkout fails if its in the cart. rest of the shop still works',
    expected: { component: 'product-catalog', cause: 'config-error' },
    alsoAcceptable: [{ component: 'flagd', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      The demo's own fault-injection flag: productCatalogFailure in demo.flagd.json (flagd-config ConfigMap, copied by
      flagd's init-config into the config-rw emptyDir that flagd watches and flagd-ui edits). With the flag's
      defaultVariant "on", product-catalog's GetProduct returns codes.Internal "Error: Product Catalog Fail Feature Flag
      Enabled" for product OLJCESPC7Z only (open-telemetry/opentelemetry-demo src/product-catalog/main.go,
      docs "Feature Flags"). Here someone toggled it in flagd-ui at ~14:09 and forgot it: the value product-catalog reads
      is wrong, nothing restarts, every pod stays Ready. Callers (frontend, checkout) are the loud ones.
      Decoy: the kafka pod restarted once two days ago after an OOMKill (limit as upstream), unrelated.
      Deviation from upstream: none in the manifests; the flag state lives in flagd's emptyDir, which the snapshot
      cannot show (the ConfigMap still holds the upstream "off").`,
    configMaps: [{ name: 'flagd-config', keys: ['demo.flagd.json'] }, { name: 'product-catalog-products', keys: ['products.json'] }, { name: 'otel-collector', keys: ['relay'] }],
    workloads: {
      kafka: {
        pods: [{ containers: { kafka: { state: { running: { startedAt: T.iso(-60 * 50) } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 50 - 0.2), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
      },
    },
    events: [],
    logs: {
      'flagd#0/flagd': [
        `{"level":"info","ts":"${T.isoMs(-60 * 24 * 2)}","caller":"flagd/main.go:26","msg":"starting flagd","component":"start"}`,
        `{"level":"info","ts":"${T.isoMs(-23.1)}","caller":"file/filepath_sync.go:76","msg":"data modified","component":"sync","sync":"filepath"}`,
        `{"level":"info","ts":"${T.isoMs(-23.1)}","caller":"store/flags.go:203","msg":"configuration change (write) for flagKey productCatalogFailure (/etc/flagd/demo.flagd.json)","component":"store"}`,
      ],
      'flagd#0/flagd-ui': [
        `${T.java(-23.2).replace(' ', 'T')}Z [info] PUT /api/write-to-file`,
        `${T.java(-23.2).replace(' ', 'T')}Z [info] Sent 200 in 4ms`,
      ],
      'product-catalog#0/product-catalog': [
        `{"level":"info","msg":"Loaded 10 products","time":"${T.iso(-60 * 24 * 2)}"}`,
        `{"level":"info","msg":"Product Catalog gRPC server started on port: 8080","time":"${T.iso(-60 * 24 * 2)}"}`,
        ...[-30, -20, -10, -1].map((m) => `{"level":"info","msg":"Loaded 10 products","time":"${T.iso(m)}"}`),
      ],
      'frontend#0/frontend': [
        fe(-40, 'GET /api/products 200'),
        fe(-22.5, 'Error: 13 INTERNAL: Error: Product Catalog Fail Feature Flag Enabled\n    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:31:19)\n    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76) {\n  code: 13,\n  details: \'Error: Product Catalog Fail Feature Flag Enabled\',\n  metadata: Metadata { internalRepr: Map(0) {}, options: {} }\n}'),
        fe(-12, 'Error: 13 INTERNAL: Error: Product Catalog Fail Feature Flag Enabled\n    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:31:19) {\n  code: 13,\n  details: \'Error: Product Catalog Fail Feature Flag Enabled\'\n}'),
        fe(-2, 'Error: 13 INTERNAL: Error: Product Catalog Fail Feature Flag Enabled\n    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:31:19) {\n  code: 13,\n  details: \'Error: Product Catalog Fail Feature Flag Enabled\'\n}'),
      ],
      'checkout#0/checkout': [
        `{"level":"info","ts":"${T.isoMs(-35)}","caller":"main.go:233","msg":"[PlaceOrder] user_id=\\"4b1f\\" user_currency=\\"USD\\""}`,
        err(-19), err(-9), err(-3),
      ],
      'kafka#0/kafka/previous': [
        `[${T.java(-60 * 50 - 1).replace('.', ',')}] INFO [LogLoader partition=orders-0, dir=/tmp/kafka-logs] Loading producer state till offset 88211 (kafka.log.UnifiedLog$)`,
      ],
      'kafka#0/kafka': [
        `[${T.java(-60 * 50 + 0.5).replace('.', ',')}] INFO [KafkaRaftServer nodeId=1] Kafka Server started (kafka.server.KafkaRaftServer)`,
      ],
    },
  },
];
