// Blind dev batch s81b, OpenTelemetry demo: product-catalog (in-house build) deadlocked on its catalog RWMutex, Ready and silent.
// Spec module for scripts/s2-scenario-kit.mjs (built by scripts/s81b-build.mjs); system from scripts/kit-systems/otel-demo.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

const PC_IMAGE = 'europe-west1-docker.pkg.dev/astro-shop-prod/shop/product-catalog:2.1.3-astro.3';
export const system = {
  ...base,
  workloads: base.workloads.map((w) =>
    w.name === 'product-catalog' ? { ...w, containers: w.containers.map((c) => ({ ...c, image: PC_IMAGE })) } : w,
  ),
};

const AD_ENV = base.workloads.find((w) => w.name === 'ad').containers[0].env;
const INCIDENT = '2026-07-09T11:05:00Z';
const T = clock(INCIDENT);
const HANG = -23.4;

// product-catalog: logrus TextFormatter (no TTY) — one "Loaded 10 products" per PRODUCT_CATALOG_RELOAD_INTERVAL=10 s, until the
// reload goroutine blocks on catalogMutex.Lock() after reading the files.
const lr = (min, lvl, msg) => `time="${T.iso(min)}" level=${lvl} msg="${msg}"`;
const pc = [];
for (let m = -40; m <= HANG; m += 10 / 60) pc.push(lr(m, 'info', 'Loaded 10 products'));

// frontend-proxy: Envoy default access-log format; route timeout 15 s -> 504 UT on everything that needs the catalog.
const envoyTs = (min) => T.isoMs(min);
const fp = [];
let n = 0;
const PATHS = [
  ['/api/products?currencyCode=USD', 'frontend', true, 8890],
  ['/api/cart?sessionId=%S&currencyCode=USD', 'frontend', false, 2],
  ['/api/currency', 'frontend', false, 121],
  ['/api/recommendations?productIds=&sessionId=%S&currencyCode=USD', 'frontend', true, 1733],
  ['/api/data?contextKeys=binoculars', 'frontend', false, 311],
  ['/images/products/NationalParkFoundationExplorascope.jpg', 'image-provider', false, 201233],
  ['/api/checkout?currencyCode=USD', 'frontend', true, 1044],
  ['/api/products/66VCHSJNUP?currencyCode=USD', 'frontend', true, 912],
];
for (let m = -40; m < -0.3; m += 0.09) {
  const [path, up, needsCatalog, bytes] = PATHS[n % PATHS.length];
  n++;
  const sid = `${(0x9c1e7 + (n % 23) * 4099).toString(16)}-2d4b-4c71-9e3f-6b0a8d5c${String(1000 + (n % 23)).slice(0, 4)}`;
  const p = path.replace('%S', sid);
  const method = path.startsWith('/api/checkout') ? 'POST' : 'GET';
  const rid = `${(0x5e2a + n * 131).toString(16).padStart(8, '0')}-7f1c-4d2e-b9a0-${String(300000000000 + n * 7331).slice(0, 12)}`;
  const upstream = up === 'frontend' ? '%IPOF:frontend#0%:8080' : '%IPOF:image-provider#0%:8081';
  const hung = needsCatalog && m >= HANG + 0.05;
  const code = hung ? 504 : 200;
  const flags = hung ? 'UT' : '-';
  const dur = hung ? 15000 + (n % 4) : 3 + (n % 40);
  const sent = hung ? 24 : bytes;
  const ust = hung ? '-' : String(dur - 1);
  fp.push(`[${envoyTs(hung ? m - 0.25 : m)}] "${method} ${p} HTTP/1.1" ${code} ${flags} ${method === 'POST' ? 412 : 0} ${sent} ${dur} ${ust} "%IPOF:load-generator#0%" "python-requests/2.32.3" "${rid}" "frontend-proxy:8080" "${upstream}"`);
}

// checkout: slog JSON; "[PlaceOrder]" at the start of each order, "payment went through" once it completes.
const sl = (min, msg, extra = '') => `{"time":"${T.isoMs(min)}","level":"INFO","msg":"${msg}"${extra}}`;
const co = [];
for (let m = -40; m < -0.5; m += 0.72) {
  const uid = `${(0x1a2b3c + Math.round(-m * 100)).toString(16)}-8e4f-4a1b-9c2d-${String(500000000000 + Math.round(-m * 977)).slice(0, 12)}`;
  co.push(sl(m, '[PlaceOrder]', `,"user_id":"${uid}","user_currency":"USD"`));
  if (m < HANG - 0.02) {
    co.push(sl(m + 0.004, 'payment went through', `,"transaction_id":"${(0x7a0c + Math.round(-m * 50)).toString(16)}-3b2e-4f1d-8c9a-${String(600000000000 + Math.round(-m * 313)).slice(0, 12)}"`));
    co.push(sl(m + 0.006, 'order confirmation email sent', `,"email":"someone@example.com"`));
    co.push(sl(m + 0.007, 'sending to postProcessor'));
  }
}

// recommendation: Python logging with OTel log correlation; the line is written after ListProducts returns.
const pyTs = (min) => T.java(min).replace('.', ',');
const rec = [];
for (let m = -40; m < HANG - 0.02; m += 0.33) {
  const tid = `${(0x4f3e2d1c + Math.round(-m * 1000)).toString(16)}a9b8c7d6e5f40312a1b0c9d8`.slice(0, 32);
  rec.push(`${pyTs(m)} INFO [main] [recommendation_server.py:47] [trace_id=${tid} span_id=${tid.slice(4, 20)} resource.service.name=recommendation trace_sampled=True] - Receive ListRecommendations for product ids:['0PUK6V6EV0', '1YMWWN1N4O', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ']`);
}

// accounting: the decoy — OOMKilled three days ago, fine since.
const acc = [
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Application started. Press Ctrl+C to shut down.',
  'info: Microsoft.Hosting.Lifetime[0]',
  '      Hosting environment: Production',
];

export const scenarios = [
  {
    folder: 's81b-product-catalog-rwmutex-deadlock',
    description: 'astro shop: product pages + recommendations timing out (504s at the edge) for the last 20 min or so, cart and currency fine',
    incidentTime: INCIDENT,
    expected: { component: 'product-catalog', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'decoy', 'partial-name', 'time-expression'],
    workloads: {
      accounting: {
        pods: [{ containers: { accounting: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 7), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 7.2) } }) } }],
      },
      ad: {
        rollout: { at: -52, revision: 5, oldContainers: { ad: { env: AD_ENV } } },
        containers: { ad: { env: [...AD_ENV.slice(0, -1), { name: 'JAVA_TOOL_OPTIONS', value: '-XX:MaxRAMPercentage=70' }, AD_ENV.at(-1)] } },
      },
    },
    events: [
      { on: 'deploy:ad', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ad-%NEW% to 1', first: -52 },
      { on: 'deploy:ad', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ad-%OLD% to 0 from 1', first: -51.2 },
      { on: 'pod:ad#0', reason: 'Scheduled', message: 'Successfully assigned otel-demo/%POD% to %NODE%', first: -52, source: 'default-scheduler' },
      { on: 'pod:ad#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-ad" already present on machine', first: -51.9, fieldPath: 'spec.containers{ad}' },
      { on: 'pod:ad#0', reason: 'Created', message: 'Created container ad', first: -51.88, fieldPath: 'spec.containers{ad}' },
      { on: 'pod:ad#0', reason: 'Started', message: 'Started container ad', first: -51.85, fieldPath: 'spec.containers{ad}' },
    ],
    logs: {
      'product-catalog#0/product-catalog': pc,
      'frontend-proxy#0/frontend-proxy': fp,
      'checkout#0/checkout': co,
      'recommendation#0/recommendation': rec,
      'accounting#0/accounting': acc,
    },
    grounding: `
      Manifests: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml 2.1.3 (kit system scripts/kit-systems/otel-demo.mjs):
      frontend, checkout and recommendation call product-catalog:8080 over gRPC (PRODUCT_CATALOG_ADDR); product-catalog reloads its
      products ConfigMap every PRODUCT_CATALOG_RELOAD_INTERVAL=10 s and logs "Loaded N products" (logrus) on each read; no probes.
      Fault: the shop runs an in-house product-catalog build (image 2.1.3-astro.3, nine days old, no rollout in the window) whose
      search path takes the catalog sync.RWMutex read lock and, through a helper, takes it again. Go's RWMutex documents that a
      blocked Lock call excludes new readers, so recursive read locking deadlocks as soon as the reload goroutine's Lock lands
      between the two RLock calls: from 10:41:36 every request goroutine and the reload goroutine wait forever. The process is alive,
      the pod Running and Ready, no restart, no error: its log simply stops after the last "Loaded 10 products".
      Callers set no deadline on these calls: recommendation stops logging (its line is written after ListProducts returns),
      checkout logs "[PlaceOrder]" but never "payment went through", and frontend-proxy (Envoy, 15 s route timeout) is the loud one
      with 504 UT on /api/products, /api/recommendations, /api/checkout and product pages, while /api/cart, /api/currency, ads and
      images stay 200. Decoys: accounting OOMKilled three days ago; ad rolled 52 minutes ago with only JAVA_TOOL_OPTIONS added (its
      old and new ReplicaSets differ exactly by that env var).
      Expected: product-catalog dependency-down (hung while its callers are the loud ones). Deviations from upstream: the in-house
      product-catalog image and the ad env var; the deadlock follows the sync.RWMutex documentation, not an upstream bug.`,
  },
];
