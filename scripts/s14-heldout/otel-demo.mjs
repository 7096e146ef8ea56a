// s14 held-out scenarios (split: test) for the OpenTelemetry demo, as compact specs for the scenario kit.
// Uses scripts/kit-systems/otel-demo.mjs unchanged; log lines in each runtime's stdout shape (SOURCES.md).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const slog = (T, min, level, msg, attrs = {}) =>
  JSON.stringify({ time: T.isoMs(min).replace('Z', '') + '412Z', level, msg, ...attrs });
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
const CUR = ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CAD'];
const uidOf = (i) =>
  `${['a1c0', '7f3e', '0b9d', 'c44a', '5e21', 'e8f7'][i % 6]}${(1000 + i * 37).toString(16)}-${['4d2e', '91aa', '3c07'][i % 3]}-11f0-b3f8-${(0x5a0c + i * 131).toString(16)}e2a1c9d7`;

// 1. A NetworkPolicy lets only frontend reach currency; checkout's conversions are dropped.
const A = clock('2026-11-09T11:20:00Z');
const coA = [slog(A, -60 * 24 * 4, 'INFO', 'starting to listen on tcp: "[::]:8080"')];
const feA = [];
const curA = [`Currency Server listening on port: 0.0.0.0:8080`];
for (let i = 0; i < 30; i++) {
  const m = -58 + i * 1.9;
  const cur = CUR[i % CUR.length];
  coA.push(slog(A, m, 'INFO', '[PlaceOrder]', { user_id: uidOf(i), user_currency: cur }));
  curA.push('Convert conversion successful', 'Convert conversion successful');
  if (m < -40) {
    coA.push(
      slog(A, m + 0.02, 'INFO', 'payment went through', {
        transaction_id: `${uidOf(i + 50)
          .replaceAll('-', '')
          .slice(0, 8)}-7c1e-4f0a-9b2d-${(0xa1b2c3 + i).toString(16)}d4e5f6`,
      }),
      slog(A, m + 0.03, 'INFO', 'order placed', {
        'app.order.id': uidOf(i + 100),
        'app.shipping.amount': 8.99 + i,
        'app.order.amount': 101.5 + i * 3,
        'app.order.items.count': 1 + (i % 3),
        'app.shipping.tracking.id': uidOf(i + 200),
      }),
      slog(A, m + 0.04, 'INFO', 'order confirmation email sent'),
      slog(A, m + 0.04, 'INFO', 'sending to postProcessor'),
    );
    curA.push('Convert conversion successful');
  } else {
    feA.push(
      `Error: 13 INTERNAL: failed to prepare order: failed to convert price of "${PRODUCTS[i % PRODUCTS.length]}" to ${cur}`,
      '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
      '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
      '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:111:35',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:85:11)',
      'for call at',
      '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
      '    at ServiceClientImpl.placeOrder (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)',
      '    at /app/.next/server/pages/api/checkout.js:1:1873 {',
      '  code: 13,',
      `  details: 'failed to prepare order: failed to convert price of "${PRODUCTS[i % PRODUCTS.length]}" to ${cur}',`,
      "  metadata: Metadata { internalRepr: Map(1) { 'content-type' => [Array] }, options: {} }",
      '}',
    );
  }
}
const currencyPolicy = {
  folder: 's14-checkout-fails-currency-allowlist',
  description:
    'astronomy shop: place order fails for everyone since roughly 10:40, browsing & cart fine. commerce team, anything changed?',
  incidentTime: '2026-11-09T11:20:00Z',
  expected: { component: 'currency', cause: 'network-fault' },
  difficulty: 'hard',
  traits: ['pods-ready', 'network-policy', 'callers-only', 'time-expression', 'team-name', 'decoy'],
  grounding: `
    currency (C++ gRPC on 8080, Service currency:8080) is called by frontend (CURRENCY_ADDR, price display) and by
    checkout (CURRENCY_ADDR, prepOrderItems and the shipping conversion, src/checkout/main.go at a8a3ea2). A
    security-hardening NetworkPolicy "currency-allow-frontend" (GKE Dataplane V2 enforces it) admits ingress to currency
    only from pods labelled opentelemetry.io/name=frontend, so checkout's connections are dropped: grpc-go fails the dial
    and checkout returns codes.Internal "failed to prepare order: failed to convert price of %q to %s" (main.go swallows
    the underlying Unavailable error), which the frontend's checkout API route prints as a grpc-js error. checkout logs
    only "[PlaceOrder]" for each attempt; before the policy (created 40 minutes ago) it logged "payment went through" and
    "order placed". currency keeps serving frontend's conversions; all pods are Ready. Decoy: an older allow-list policy
    on postgresql that is correct. Deviation: the two NetworkPolicies are not part of the demo's manifest; currency's
    OTel log records are shown as printed to stdout (SOURCES.md).
  `,
  networkPolicies: [
    {
      name: 'currency-allow-frontend',
      created: -40.5,
      spec: {
        podSelector: { matchLabels: { 'opentelemetry.io/name': 'currency' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ podSelector: { matchLabels: { 'opentelemetry.io/name': 'frontend' } } }],
            ports: [{ protocol: 'TCP', port: 8080 }],
          },
        ],
      },
    },
    {
      name: 'postgresql-allow-accounting',
      created: -60 * 24 * 20,
      spec: {
        podSelector: { matchLabels: { 'opentelemetry.io/name': 'postgresql' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ podSelector: { matchLabels: { 'opentelemetry.io/name': 'accounting' } } }],
            ports: [{ protocol: 'TCP', port: 5432 }],
          },
        ],
      },
    },
  ],
  workloads: { checkout: { since: -60 * 24 * 4 }, currency: { since: -60 * 24 * 4 } },
  logs: {
    'checkout#0/checkout': coA,
    'frontend#0/frontend': feA,
    'currency#0/currency': curA,
  },
};

// 2. frontend (Next.js, 250Mi limit) OOMKilled again and again under traffic; frontend-proxy answers 503 meanwhile.
const B = clock('2026-11-16T11:05:00Z');
const NFE = 'gke-astro-prod-default-pool-5f2c1a7e-2kqd';
const nextBoot = (ip) => [
  '   ▲ Next.js 15.2.4',
  '   - Local:        http://localhost:8080',
  `   - Network:      http://${ip}:8080`,
  '',
  ' ✓ Starting...',
  ' ✓ Ready in 211ms',
];
const frontendOom = {
  folder: 's14-storefront-intermittent-503',
  description:
    'storefront intermittently 503 / "no healthy upstream" since about 10:40, web-experience pls look',
  incidentTime: '2026-11-16T11:05:00Z',
  expected: { component: 'frontend', cause: 'oom-killed' },
  difficulty: 'easy',
  traits: ['decoy', 'time-expression', 'team-name'],
  grounding: `
    frontend as the demo manifest (a8a3ea2): one replica, memory limit 250Mi, no probes, reached through frontend-proxy
    (Envoy, FRONTEND_HOST/FRONTEND_PORT). Under the Monday traffic the Next.js server's RSS crosses the limit and the
    kernel's memory cgroup kills it: lastState terminated OOMKilled, exit code 137, seven restarts in 25 minutes with
    kubelet back-off, and node-problem-detector's kernel-monitor OOMKilling event on the node ("Memory cgroup out of
    memory: Killed process ... (next-server (v1)", the 15-character comm). Each kill leaves frontend-proxy without a
    healthy upstream until the container is back (Envoy "no healthy upstream" 503s). The previous container log ends
    without an error (SIGKILL). Decoy: load-generator OOMKilled three days ago at its 1500Mi limit (Locust browser
    traffic) and running since. Deviation: Next.js version banner as in the demo's package.json range.
  `,
  workloads: {
    frontend: {
      since: -60 * 24 * 4,
      pods: [
        {
          node: NFE,
          containers: {
            frontend: cs.restartedRunning({
              restarts: 7,
              startedAt: B.iso(-1.9),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: B.iso(-5.6), finishedAt: B.iso(-2.4) },
            }),
          },
          readyTransition: B.iso(-1.8),
        },
      ],
    },
    'load-generator': {
      pods: [
        {
          containers: {
            'load-generator': cs.restartedRunning({
              restarts: 1,
              startedAt: B.iso(-60 * 24 * 3),
              last: {
                exitCode: 137,
                reason: 'OOMKilled',
                startedAt: B.iso(-60 * 24 * 6),
                finishedAt: B.iso(-60 * 24 * 3 - 0.1),
              },
            }),
          },
        },
      ],
    },
  },
  events: [
    {
      on: 'pod:frontend#0',
      reason: 'BackOff',
      type: 'Warning',
      fieldPath: 'spec.containers{frontend}',
      message: 'Back-off restarting failed container frontend in pod %POD%_otel-demo(%PODUID%)',
      first: -19,
      last: -2.3,
      count: 9,
    },
    {
      on: 'pod:frontend#0',
      reason: 'Pulled',
      fieldPath: 'spec.containers{frontend}',
      message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-frontend" already present on machine',
      first: -24,
      last: -1.95,
      count: 7,
    },
    {
      on: 'pod:frontend#0',
      reason: 'Started',
      fieldPath: 'spec.containers{frontend}',
      message: 'Started container frontend',
      first: -24,
      last: -1.9,
      count: 7,
    },
    {
      on: 'node:' + NFE,
      reason: 'OOMKilling',
      type: 'Warning',
      source: 'kernel-monitor',
      message:
        'Memory cgroup out of memory: Killed process 3120447 (next-server (v1) total-vm:22381944kB, anon-rss:251204kB, file-rss:47312kB, shmem-rss:0kB, UID:1001 pgtables:3196kB oom_score_adj:999',
      first: -24.5,
      last: -2.4,
      count: 7,
    },
  ],
  logs: {
    'frontend#0/frontend': [...nextBoot('%PODIP%')],
    'frontend#0/frontend/previous': [...nextBoot('%PODIP%')],
    'load-generator#0/load-generator': [
      `[${B.java(-60 * 24 * 3).replace('.', ',')}] %POD%/INFO/locust.main: Starting web interface at http://0.0.0.0:8089`,
      `[${B.java(-60 * 24 * 3 + 0.1).replace('.', ',')}] %POD%/INFO/locust.runners: Ramping to 10 users at a rate of 1.00 per second`,
    ],
  },
};

export const scenarios = [currencyPolicy, frontendOom];
