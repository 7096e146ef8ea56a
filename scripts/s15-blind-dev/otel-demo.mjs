// s15 blind dev scenarios for the OpenTelemetry demo: specs for the kit (scripts/s2-scenario-kit.mjs) on the kit system
// definition scripts/kit-systems/otel-demo.mjs; `configMapEdits` tells scripts/s15-build-blind-dev.mjs which ConfigMap was edited when.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const range = (from, to, step) => {
  const out = [];
  for (let m = from; m < to; m += step) out.push(Math.round(m * 100) / 100);
  return out;
};
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
const CONFIG_MAPS = [
  { name: 'flagd-config', keys: ['demo.flagd.json'] },
  { name: 'otel-collector', keys: ['relay'] },
  { name: 'product-catalog-products', keys: ['products.json'] },
  { name: 'grafana', keys: ['grafana.ini'] },
];
const logrus = (T, m, level, msg) => `time="${T.iso(m)}" level=${level} msg="${msg.replace(/"/g, '\\"')}"`;
const hex = (n, w) => ((n * 2654435761) >>> 0).toString(16).padStart(8, '0').repeat(4).slice(0, w);
const envoy = (T, m, method, path, status, bytes, dur, upstream, cluster, n) =>
  `[${T.isoMs(m)}] "${method} ${path} HTTP/1.1" ${status} - via_upstream - "-" 0 ${bytes} ${dur} ${dur - 1} "-" "python-requests/2.32.3" "${hex(n, 8)}-${hex(n + 1, 4)}-4${hex(n + 2, 3)}-a${hex(n + 3, 3)}-${hex(n + 4, 12)}" "frontend-proxy:8080" "${upstream}" ${cluster} %PODIP%:${40000 + (n % 20000)} %PODIP%:8080 %IPOF:load-generator#0%:${30000 + (n % 20000)} - -`;
const pyRec = (T, m, n, ids) =>
  `${T.java(m).replace('.', ',')} INFO [main] [recommendation_server.py:47] [trace_id=${hex(n, 32)} span_id=${hex(n + 9, 16)} resource.service.name=recommendation trace_sampled=True] - Receive ListRecommendations for product ids:${ids}`;

// ---------------------------------------------------------------------------------------------------------------
// 6. product-catalog-products ConfigMap edited with a field the protobuf schema does not know; the 10 s reload empties the catalogue.
const T6 = clock('2026-11-03T14:06:00Z');
const EDIT6 = -23;
const pcLogs = () => {
  const T = T6;
  const L = [];
  L.push(logrus(T, -60 * 24 * 9 + 0.3, 'info', 'Loading Product Catalog...'));
  L.push(logrus(T, -60 * 24 * 9 + 0.3, 'info', 'Loaded 10 products'));
  L.push(logrus(T, -60 * 24 * 9 + 0.3, 'info', 'Product Catalog reload interval: 10'));
  L.push(logrus(T, -60 * 24 * 9 + 0.31, 'info', 'Product Catalog gRPC server started on port: 8080'));
  // the kubelet syncs the projected ConfigMap about a minute after the edit
  for (const m of range(-32, -0.05, 1 / 6)) {
    L.push(logrus(T, m, 'info', 'Reloading Product Catalog...'));
    if (m < EDIT6 + 1.1) L.push(logrus(T, m, 'info', 'Loaded 10 products'));
    else
      L.push(
        logrus(
          T,
          m,
          'error',
          'Error reading product files: proto: (line 14:7): unknown field "discountPercent"',
        ),
      );
  }
  return L;
};
const frontend6 = () => {
  const L = [
    '  ▲ Next.js 15.2.4',
    '  - Local:        http://localhost:8080',
    '  - Network:      http://0.0.0.0:8080',
    '',
    ' ✓ Starting...',
    ' ✓ Ready in 412ms',
  ];
  // Next.js prints the gateway errors without a timestamp: one per failing request since the reload emptied the catalogue
  const count = range(EDIT6 + 1.2, -0.2, 0.45).length;
  for (let n = 1; n <= count; n++) {
    const id = PRODUCTS[n % PRODUCTS.length];
    if (n % 3 === 0) {
      L.push(`Error: 13 INTERNAL: failed to prepare order: failed to get product #"${id}"`);
      L.push('    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:31:19)');
      L.push('    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)');
    } else {
      L.push(`Error: 5 NOT_FOUND: Product Not Found: ${id}`);
      L.push('    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:31:19)');
      L.push('    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)');
      L.push('    at /app/.next/server/chunks/772.js:1:10347');
    }
  }
  return L;
};
const proxy6 = () => {
  const T = T6;
  const L = [];
  let n = 0;
  for (const m of range(-40, -0.2, 0.45)) {
    n++;
    const id = PRODUCTS[n % PRODUCTS.length];
    const bad = m > EDIT6 + 1.2;
    L.push(
      envoy(
        T,
        m,
        'GET',
        '/api/products?currencyCode=USD',
        200,
        bad ? 2 : 6311,
        14,
        '%IPOF:frontend#0%:8080',
        'frontend',
        n,
      ),
    );
    L.push(
      envoy(
        T,
        m + 0.05,
        'GET',
        `/api/products/${id}?currencyCode=USD`,
        bad ? 500 : 200,
        bad ? 21 : 733,
        9,
        '%IPOF:frontend#0%:8080',
        'frontend',
        n + 1,
      ),
    );
    if (n % 3 === 0)
      L.push(
        envoy(
          T,
          m + 0.1,
          'POST',
          '/api/checkout?currencyCode=USD',
          bad ? 500 : 200,
          bad ? 21 : 1422,
          61,
          '%IPOF:frontend#0%:8080',
          'frontend',
          n + 2,
        ),
      );
    if (n % 4 === 0)
      L.push(
        envoy(
          T,
          m + 0.12,
          'GET',
          `/api/recommendations?productIds=${id}&currencyCode=USD`,
          200,
          bad ? 2 : 1884,
          22,
          '%IPOF:frontend#0%:8080',
          'frontend',
          n + 3,
        ),
      );
  }
  return L;
};
const checkout6 = () => {
  const T = T6;
  const L = [
    `{"time":"${T.isoMs(-60 * 24 * 9 + 0.4)}","level":"INFO","msg":"service config: &{productCatalogSvcAddr:product-catalog:8080 cartSvcAddr:cart:8080 currencySvcAddr:currency:8080 shippingSvcAddr:http://shipping:8080 emailSvcAddr:http://email:8080 paymentSvcAddr:payment:8080 kafkaBrokerSvcAddr:kafka:9092}"}`,
  ];
  let n = 0;
  for (const m of range(-40, -0.2, 1.35)) {
    n++;
    L.push(
      `{"time":"${T.isoMs(m)}","level":"INFO","msg":"[PlaceOrder] user_id=\\"${hex(n, 8)}-${hex(n + 5, 4)}-4${hex(n + 6, 3)}-8${hex(n + 7, 3)}-${hex(n + 8, 12)}\\" user_currency=\\"USD\\""}`,
    );
    if (m < EDIT6 + 1.2) {
      L.push(
        `{"time":"${T.isoMs(m + 0.01)}","level":"INFO","msg":"payment went through","transaction_id":"${hex(n + 11, 8)}-${hex(n + 12, 4)}-4${hex(n + 13, 3)}-9${hex(n + 14, 3)}-${hex(n + 15, 12)}"}`,
      );
      L.push(
        `{"time":"${T.isoMs(m + 0.02)}","level":"INFO","msg":"order confirmation email sent to \\"someone@example.com\\""}`,
      );
    }
  }
  return L;
};
const rec6 = () => {
  const T = T6;
  const L = [];
  let n = 0;
  for (const m of range(-40, -0.2, 1.8)) {
    n++;
    L.push(pyRec(T, m, n, `['${PRODUCTS[n % PRODUCTS.length]}']`));
  }
  return L;
};
const emailBase = system.workloads.find((w) => w.name === 'email').containers[0];
const s6 = {
  folder: 's15-product-catalog-cm-unknown-field',
  description:
    'astronomy shop: homepage shows no products at all, product pages + checkout error out. since ~13:45. merch team did a promo thing today, not sure if related',
  incidentTime: '2026-11-03T14:06:00Z',
  expected: { component: 'product-catalog', cause: 'config-error' },
  difficulty: 'medium',
  traits: ['pods-ready', 'decoy', 'team-name', 'time-expression'],
  configMaps: CONFIG_MAPS,
  grounding: `
    Manifest facts (open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2): product-catalog mounts the
    ConfigMap product-catalog-products at /usr/src/app/products and re-reads it every PRODUCT_CATALOG_RELOAD_INTERVAL=10 s
    (src/product-catalog/main.go: "Reloading Product Catalog...", and on error "Error reading product files: %v" after the
    assignment catalog, err = readProductFiles(), which leaves the catalogue empty). readProductFiles unmarshals with protojson,
    which rejects unknown fields. The fault: the merchandising promo added a "discountPercent" field to a product in
    products.json with kubectl edit at 13:43 (metadata.managedFields shows the edit); about a minute later the kubelet syncs the
    volume, the next reload fails and every reload after it. No restart, no rollout; the pod stays Ready (it has no probe).
    ListProducts answers an empty list (the homepage is empty, recommendation gets no ids), GetProduct answers NotFound
    ("Product Not Found"), checkout's PlaceOrder fails with "failed to prepare order: failed to get product #...", which the
    frontend prints from @grpc/grpc-js. Decoy: email had a healthy rollout an hour earlier (OTEL_LOGS_EXPORTER added).
    Deviations: the product-catalog log lines are written in logrus text format, as the service printed before its logs
    moved to the OTel SDK (2.1.x may send them only over OTLP); Envoy access-log fields abbreviated; ConfigMap data is not
    in the snapshot (names and keys only).`,
  workloads: {
    email: {
      rollout: { at: -66, revision: 3, oldContainers: { email: { env: emailBase.env } } },
      containers: {
        email: {
          env: [
            ...emailBase.env.slice(0, -1),
            { name: 'OTEL_LOGS_EXPORTER', value: 'otlp' },
            emailBase.env[emailBase.env.length - 1],
          ],
        },
      },
    },
  },
  events: [
    {
      on: 'deploy:email',
      reason: 'ScalingReplicaSet',
      message: 'Scaled up replica set email-%NEW% to 1',
      first: -66,
    },
    {
      on: 'deploy:email',
      reason: 'ScalingReplicaSet',
      message: 'Scaled down replica set email-%OLD% to 0 from 1',
      first: -65.4,
    },
  ],
  logs: {
    'product-catalog#0/product-catalog': pcLogs(),
    'frontend#0/frontend': frontend6(),
    'frontend-proxy#0/frontend-proxy': proxy6(),
    'checkout#0/checkout': checkout6(),
    'recommendation#0/recommendation': rec6(),
    'email#0/email': [
      `[${T6.isoMs(-65.3)}] INFO  -- : Sinatra (v4.1.1) has taken the stage on 8080 for production with backup from Puma`,
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 7. No fault: flagd-config synced with paymentFailure at 50 %, but flagd only reads the copy its init container made at start.
const T7 = clock('2026-12-04T09:52:00Z');
const EDIT7 = -14;
const payment7 = () => {
  const T = T7;
  const L = [];
  let n = 0;
  for (const m of range(-45, -0.2, 0.9)) {
    n++;
    const exp = n % 17 === 0;
    if (exp) {
      L.push(
        `{"level":50,"time":${Date.parse(T.isoMs(m))},"pid":1,"hostname":"%POD%","service.name":"payment","trace_id":"${hex(n, 32)}","span_id":"${hex(n + 3, 16)}","trace_flags":"01","err":{"type":"Error","message":"The credit card (ending 0454) expired on 1/2025.","stack":"Error: The credit card (ending 0454) expired on 1/2025.\\n    at module.exports.charge (/usr/src/app/charge.js:80:11)"},"msg":"The credit card (ending 0454) expired on 1/2025."}`,
      );
    } else {
      L.push(
        `{"level":30,"time":${Date.parse(T.isoMs(m))},"pid":1,"hostname":"%POD%","service.name":"payment","trace_id":"${hex(n, 32)}","span_id":"${hex(n + 3, 16)}","trace_flags":"01","request":{"amount":{"currencyCode":"USD","units":{"low":${100 + n * 13},"high":0,"unsigned":false},"nanos":${(n * 37) % 1000}00000},"creditCard":{"creditCardNumber":"4432-8015-6152-0454","creditCardCvv":672,"creditCardExpirationYear":2030,"creditCardExpirationMonth":1}},"msg":"Charge request received."}`,
      );
      L.push(
        `{"level":30,"time":${Date.parse(T.isoMs(m + 0.01))},"pid":1,"hostname":"%POD%","service.name":"payment","trace_id":"${hex(n, 32)}","span_id":"${hex(n + 3, 16)}","trace_flags":"01","transactionId":"${hex(n + 21, 8)}-${hex(n + 22, 4)}-4${hex(n + 23, 3)}-b${hex(n + 24, 3)}-${hex(n + 25, 12)}","cardType":"visa","lastFourDigits":"0454","amount":{"units":{"low":${100 + n * 13},"high":0,"unsigned":false},"nanos":${(n * 37) % 1000}00000,"currencyCode":"USD"},"loyalty_level":"${['gold', 'silver', 'platinum'][n % 3]}","msg":"Transaction complete."}`,
      );
    }
  }
  return L;
};
const flagd7 = () => {
  const T = T7;
  const z = (m, lvl, caller, msg, extra = '') =>
    `{"level":"${lvl}","ts":${(Date.parse(T.isoMs(m)) / 1000).toFixed(6)},"caller":"${caller}","msg":"${msg}"${extra}}`;
  return [
    z(
      -60 * 24 * 9 + 0.3,
      'info',
      'cmd/start.go:196',
      'flagd version: v0.12.8 (b3e1e6a), built at: 2025-07-21T17:22:55Z',
      ',"component":"start"',
    ),
    z(
      -60 * 24 * 9 + 0.3,
      'info',
      'flag-sync/sync_service.go:56',
      'starting flag sync service on port 8015',
      ',"component":"FlagSyncService"',
    ),
    z(
      -60 * 24 * 9 + 0.31,
      'info',
      'file/filepath_sync.go:37',
      'Starting filepath sync notifier',
      ',"component":"sync","sync":"fileinfo"',
    ),
    z(
      -60 * 24 * 9 + 0.31,
      'info',
      'file/filepath_sync.go:66',
      'watching filepath: ./etc/flagd/demo.flagd.json',
      ',"component":"sync","sync":"fileinfo"',
    ),
    z(
      -60 * 24 * 9 + 0.32,
      'info',
      'flag-evaluation/connect_service.go:249',
      'metrics and probes listening at 8014',
      ',"component":"service"',
    ),
    z(
      -60 * 24 * 9 + 0.32,
      'info',
      'ofrep/ofrep_service.go:58',
      'ofrep service listening at 8016',
      ',"component":"OFREPService"',
    ),
    z(
      -60 * 24 * 9 + 0.33,
      'info',
      'flag-evaluation/connect_service.go:229',
      'Flag IResolver listening at [::]:8013',
      ',"component":"service"',
    ),
  ];
};
const proxy7 = () => {
  const T = T7;
  const L = [];
  let n = 0;
  for (const m of range(-45, -0.2, 0.5)) {
    n++;
    const id = PRODUCTS[n % PRODUCTS.length];
    L.push(
      envoy(
        T,
        m,
        'GET',
        '/api/products?currencyCode=USD',
        200,
        6311,
        13,
        '%IPOF:frontend#0%:8080',
        'frontend',
        n,
      ),
    );
    L.push(
      envoy(
        T,
        m + 0.04,
        'GET',
        `/api/products/${id}?currencyCode=USD`,
        200,
        733,
        8,
        '%IPOF:frontend#0%:8080',
        'frontend',
        n + 1,
      ),
    );
    if (n % 2 === 0)
      L.push(
        envoy(
          T,
          m + 0.1,
          'POST',
          '/api/checkout?currencyCode=USD',
          n % 34 === 0 ? 500 : 200,
          n % 34 === 0 ? 21 : 1422,
          64,
          '%IPOF:frontend#0%:8080',
          'frontend',
          n + 2,
        ),
      );
    if (n % 9 === 0)
      L.push(
        envoy(
          T,
          m + 0.2,
          'GET',
          '/images/products/EclipsmartTravelRefractorTelescope.jpg',
          200,
          51870,
          3,
          '%IPOF:image-provider#0%:8081',
          'image-provider',
          n + 3,
        ),
      );
  }
  return L;
};
const checkout7 = () => {
  const T = T7;
  const L = [];
  let n = 0;
  for (const m of range(-45, -0.2, 1.0)) {
    n++;
    L.push(
      `{"time":"${T.isoMs(m)}","level":"INFO","msg":"[PlaceOrder] user_id=\\"${hex(n, 8)}-${hex(n + 5, 4)}-4${hex(n + 6, 3)}-8${hex(n + 7, 3)}-${hex(n + 8, 12)}\\" user_currency=\\"USD\\""}`,
    );
    if (n % 17 === 0) {
      L.push(
        `{"time":"${T.isoMs(m + 0.01)}","level":"ERROR","msg":"failed to charge card: could not charge the card: rpc error: code = Unknown desc = The credit card (ending 0454) expired on 1/2025."}`,
      );
    } else {
      L.push(
        `{"time":"${T.isoMs(m + 0.01)}","level":"INFO","msg":"payment went through","transaction_id":"${hex(n + 21, 8)}-${hex(n + 22, 4)}-4${hex(n + 23, 3)}-b${hex(n + 24, 3)}-${hex(n + 25, 12)}"}`,
      );
      L.push(
        `{"time":"${T.isoMs(m + 0.02)}","level":"INFO","msg":"order confirmation email sent to \\"someone@example.com\\""}`,
      );
    }
  }
  return L;
};
const s7 = {
  folder: 's15-flagd-config-synced-nofault',
  description:
    'URGENT: argo synced the chaos-day flagd config into PROD ~15 min ago (paymentFailure=50%!!). are payments failing right now?? need to know before we page the payments team',
  incidentTime: '2026-12-04T09:52:00Z',
  difficulty: 'hard',
  traits: ['no-fault', 'decoy', 'time-expression'],
  configMaps: CONFIG_MAPS,
  grounding: `
    No fault. Manifest facts (open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2): the flagd pod's
    init container init-config copies demo.flagd.json from the flagd-config ConfigMap (config-ro) into the emptyDir config-rw
    once, at pod start, and flagd serves --uri file:./etc/flagd/demo.flagd.json from that copy; a later edit of the ConfigMap
    changes config-ro but never the file flagd watches. The alarming change is real: Argo CD synced flagd-config at 09:38
    (metadata.managedFields names argocd-controller) with the chaos-day values, paymentFailure at 50% among them (the flag
    documented in src/flagd/demo.flagd.json, evaluated by payment's charge.js). flagd was not restarted (9 days up, no
    "file changed" sync line), so payment keeps answering "Transaction complete."; the only failures are the usual
    expired-card rejections from the load generator's test cards (about one charge in seventeen, before and after the sync),
    and checkout logs them as "failed to charge card". A careful engineer answers that nothing is failing (and that the
    flag will bite at the next flagd restart). Deviations: payment's pino lines abridged; Envoy access-log fields abbreviated.`,
  logs: {
    'payment#0/payment': payment7(),
    'flagd#0/flagd': flagd7(),
    'flagd#0/flagd-ui': [
      `${T7.java(-60 * 24 * 9 + 0.4)} [info] Running FlagdUiWeb.Endpoint with Bandit 1.6.11 at :::4000 (http)`,
      `${T7.java(-60 * 24 * 9 + 0.4)} [info] Access FlagdUiWeb.Endpoint at http://localhost:4000`,
    ],
    'frontend-proxy#0/frontend-proxy': proxy7(),
    'checkout#0/checkout': checkout7(),
  },
};

export const scenarios = [s6, s7];

/** ConfigMap edits the kit cannot write (it gives every ConfigMap one creation time): folder -> [name, manager, minutes before the incident, incident time]. */
export const configMapEdits = {
  's15-product-catalog-cm-unknown-field': [
    ['product-catalog-products', 'kubectl-edit', EDIT6, '2026-11-03T14:06:00Z'],
  ],
  's15-flagd-config-synced-nofault': [['flagd-config', 'argocd-controller', EDIT7, '2026-12-04T09:52:00Z']],
};
