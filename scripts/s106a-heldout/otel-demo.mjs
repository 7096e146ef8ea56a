// Blind held-out batch s106a: one OpenTelemetry demo scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System as scripts/kit-systems/otel-demo.mjs; grounding and deviations in the scenario's `grounding`.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';
export { system };

const INC = '2026-05-28T09:12:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ngx = (min) => { const d = new Date(T.isoMs(min)); return `${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${T.java(min).slice(11, 19)} +0000`; };
const puma = (min) => [
  'Puma starting in single mode...',
  '* Puma version: 6.4.3 (ruby 3.3.5-p100) ("The Eagle of Durango")',
  '*  Min threads: 0',
  '*  Max threads: 5',
  '*  Environment: production',
  '*          PID: 1',
  '* Listening on http://0.0.0.0:8080',
  'Use Ctrl-C to stop',
];
const acc = (min, ms) => `%IPOF:checkout#0% - - [${ngx(min)}] "POST /send_order_confirmation HTTP/1.1" 200 - ${ms}`;
const co = (min, level, msg) => JSON.stringify({ time: T.isoMs(min), level, msg });
const fl = (min, msg, extra = '') => `{"level":"info","ts":${(Date.parse(T.isoMs(min)) / 1000).toFixed(3)},"caller":"${extra || 'file/filepath_sync.go:91'}","msg":"${msg}"}`;

export const scenarios = [
  {
    folder: 's106a-email-leak-flag-oom',
    incidentTime: INC,
    description: 'order confirmation mails missing since roughly 8:30, customers complaining. checkout itself ok',
    expected: { component: 'email', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'email', cause: 'resource-exhaustion' },
      { component: 'email', cause: 'crash-loop' },
      { component: 'flagd', cause: 'config-error' },
    ],
    difficulty: 'easy',
    traits: ['time-expression'],
    grounding: `
      Manifest: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml (email Deployment, memory limit 100Mi; checkout EMAIL_ADDR=http://email:8080; flagd serving demo.flagd.json).
      Fault: the demo's own failure scenario "emailMemoryLeak" (src/flagd/demo.flagd.json; docs feature flags): with the flag on, the Ruby email service keeps a copy of every confirmation it renders, its RSS grows past the 100Mi limit and the kernel OOM-kills it (OOMKilled, exit 137) every few minutes; while it is down checkout's POST /send_order_confirmation fails and checkout only warns, so orders complete without mails.
      The flag was switched to its 100x variant through flagd-ui at ~08:20 during a demo and left on (flagd logs the file change); no Deployment changed.
      Deviations from upstream: none in the manifests; log texts follow puma 6 / Sinatra and the checkout's JSON logger.
    `,
    workloads: {
      email: {
        pods: [
          {
            containers: {
              email: cs.restartedRunning({ restarts: 9, startedAt: T.iso(-2.4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-7.9), finishedAt: T.iso(-2.6) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:email#0', reason: 'Pulled', fieldPath: 'spec.containers{email}', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-email" already present on machine', first: -46, last: -2.45, count: 9 },
      { on: 'pod:email#0', reason: 'Created', fieldPath: 'spec.containers{email}', message: 'Created container email', first: -46, last: -2.45, count: 9 },
      { on: 'pod:email#0', reason: 'Started', fieldPath: 'spec.containers{email}', message: 'Started container email', first: -46, last: -2.4, count: 9 },
      { on: 'pod:email#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{email}', message: 'Back-off restarting failed container email in pod %POD%_otel-demo(%PODUID%)', first: -31, last: -2.55, count: 4 },
    ],
    logs: {
      'email#0/email': [...puma(-2.4), acc(-2.2, '0.0384'), acc(-1.6, '0.0412'), acc(-0.9, '0.0467'), acc(-0.3, '0.0521')],
      'email#0/email/previous': [...puma(-7.9), acc(-7.7, '0.0377'), acc(-6.1, '0.0455'), acc(-4.4, '0.0603'), acc(-2.9, '0.1870')],
      'checkout#0/checkout': [
        co(-8.3, 'INFO', 'payment went through (transaction_id: 3f1c9a2e-6b7d-4e15-8a0c-2d9f4b7e1c63)'),
        co(-8.3, 'INFO', 'order confirmation email sent to "alice@example.com"'),
        co(-2.5, 'INFO', 'payment went through (transaction_id: 9a7e2c1f-0d4b-4c38-b6e5-1f8a3d2c7b90)'),
        co(-2.5, 'WARN', 'failed to send order confirmation to "bob@example.com": Post "http://email:8080/send_order_confirmation": dial tcp %SVCIP:email%:8080: connect: connection refused'),
        co(-2.45, 'INFO', 'sending to postProcessor'),
        co(-0.4, 'INFO', 'payment went through (transaction_id: 5c2b8e4d-7a1f-4d96-9e03-6b1c4f8a2d75)'),
        co(-0.4, 'INFO', 'order confirmation email sent to "carol@example.com"'),
      ],
      'flagd#0/flagd': [
        fl(-60 * 24 * 3, 'Flag IResolver listening at [::]:8013', 'flagd/start.go:159'),
        fl(-52.4, 'data sync', 'file/filepath_sync.go:91'),
        fl(-52.4, 'configuration change (write) for flagKey emailMemoryLeak (./etc/flagd/demo.flagd.json)', 'store/flags.go:218'),
      ],
    },
  },
];
