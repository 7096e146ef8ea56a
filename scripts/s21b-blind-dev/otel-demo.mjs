// s21b blind dev scenario for the OpenTelemetry demo (split: dev): the email service leaking memory after the
// emailMemoryLeak flag was switched on, OOMKilled at its 100Mi limit again and again. Kit system scripts/kit-systems/otel-demo.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;

const T = clock('2026-06-12T14:06:00Z');
const N1 = 'gke-astro-prod-default-pool-5f2c1a7e-2kqd';
// checkout (Go, logrus JSON formatter with the demo's field map)
const co = (min, sev, msg) => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min).replace('Z', '000Z') });
const mails = ['amelia.hart@example.com', 'k.tanaka@example.net', 'jdoe88@example.org', 'sofia.r@example.com', 'b.okafor@example.net', 'lena.k@example.de', 'mike.ch@example.com'];
const refused = (m) => `failed to send order confirmation to "${m}": failed POST to email service: Post "http://email:8080/send_order_confirmation": dial tcp %SVCIP:email%:8080: connect: connection refused`;
const eof = (m) => `failed to send order confirmation to "${m}": failed POST to email service: Post "http://email:8080/send_order_confirmation": EOF`;
// email: puma + Rack::CommonLogger + the server's puts
const rack = (min, ip, code, dur) => {
  const p = T.isoMs(min);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(p.slice(5, 7)) - 1];
  return `${ip} - - [${p.slice(8, 10)}/${mon}/${p.slice(0, 4)}:${p.slice(11, 19)} +0000] "POST /send_order_confirmation HTTP/1.1" ${code} - ${dur}`;
};
const pumaBoot = [
  'Puma starting in single mode...',
  '* Puma version: 6.6.0 ("Return to Forever")',
  '* Ruby version: ruby 3.4.4 (2025-05-14 revision a38531fd3f) +PRISM [x86_64-linux]',
  '*  Min threads: 0',
  '*  Max threads: 5',
  '*  Environment: production',
  '*          PID: 1',
  '* Listening on http://0.0.0.0:8080',
  'Use Ctrl-C to stop',
];
const sent = (min, m, dur) => [`Order confirmation email sent to: ${m}`, rack(min, '%IPOF:checkout#0%', 200, dur)];

export const scenarios = [
  {
    folder: 's21b-email-memory-leak-oom',
    incidentTime: '2026-06-12T14:06:00Z',
    description: 'astronomy shop: customers say order confirmation mails stopped coming, checkout logs full of warnings since ~13:40',
    expected: { component: 'email', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      The demo's own fault: the flagd flag emailMemoryLeak (variants off/1x/10x/100x/1000x/10000x, set through the
      flagd-ui /api/write endpoint, logged by Phoenix) makes the Ruby/Sinatra email service (Puma, Rack common log) retain
      memory on every /send_order_confirmation call until the container hits its 100Mi limit (kubernetes/opentelemetry-demo.yaml
      at a8a3ea2) and is OOMKilled (exit 137), restarting every few minutes with CrashLoopBackOff back-offs in between.
      checkout (Go) sends the confirmation asynchronously after the order is placed and only warns, as src/checkout/main.go
      does: 'failed to send order confirmation to "<email>": failed POST to email service: ...' (connection refused while
      email restarts, EOF when it is killed mid-request); orders themselves succeed, so the frontend is fine. Decoy: a
      fraud-detection OOM kill three days old (restartCount 1), unrelated.`,
    workloads: {
      email: {
        pods: [{
          node: N1,
          containers: {
            email: cs.restartedRunning({
              restarts: 4, startedAt: T.iso(-1.6),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-7.9), finishedAt: T.iso(-2.4) },
            }),
          },
        }],
      },
      'fraud-detection': {
        pods: [{
          containers: {
            'fraud-detection': cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 12),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 12.4) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'pod:email#0', reason: 'Pulled', message: `Container image "ghcr.io/open-telemetry/demo:2.1.3-email" already present on machine`, fieldPath: 'spec.containers{email}', first: -27.2, last: -1.7, count: 4 },
      { on: 'pod:email#0', reason: 'Created', message: 'Created container: email', fieldPath: 'spec.containers{email}', first: -27.2, last: -1.7, count: 4 },
      { on: 'pod:email#0', reason: 'Started', message: 'Started container email', fieldPath: 'spec.containers{email}', first: -27.1, last: -1.6, count: 4 },
      { on: 'pod:email#0', reason: 'BackOff', message: 'Back-off restarting failed container email in pod %POD%_otel-demo(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{email}', first: -14.1, last: -2.3, count: 7 },
    ],
    logs: {
      'email#0/email/previous': [
        ...pumaBoot,
        ...sent(-7.6, mails[3], 0.0118),
        ...sent(-6.9, mails[4], 0.0421),
        ...sent(-5.8, mails[5], 0.1307),
        ...sent(-4.4, mails[6], 0.4816),
        ...sent(-3.1, mails[0], 1.2093),
      ],
      'email#0/email': [
        ...pumaBoot,
        ...sent(-1.2, mails[1], 0.0131),
        ...sent(-0.4, mails[2], 0.0287),
      ],
      'checkout#0/checkout': [
        co(-44, 'info', `order confirmation email sent to "${mails[6]}"`),
        co(-39.5, 'info', `order confirmation email sent to "${mails[2]}"`),
        co(-33.0, 'info', `order confirmation email sent to "${mails[0]}"`),
        co(-28.4, 'info', `order confirmation email sent to "${mails[4]}"`),
        co(-27.6, 'warning', eof(mails[1])),
        co(-27.3, 'warning', refused(mails[5])),
        co(-24.0, 'info', `order confirmation email sent to "${mails[3]}"`),
        co(-21.7, 'warning', eof(mails[6])),
        co(-21.2, 'warning', refused(mails[2])),
        co(-19.9, 'warning', refused(mails[0])),
        co(-17.0, 'info', `order confirmation email sent to "${mails[1]}"`),
        co(-14.6, 'warning', eof(mails[4])),
        co(-13.8, 'warning', refused(mails[5])),
        co(-11.2, 'warning', refused(mails[3])),
        co(-9.4, 'warning', refused(mails[6])),
        co(-7.6, 'info', `order confirmation email sent to "${mails[3]}"`),
        co(-5.8, 'info', `order confirmation email sent to "${mails[5]}"`),
        co(-2.5, 'warning', eof(mails[0])),
        co(-2.0, 'warning', refused(mails[1])),
        co(-1.2, 'info', `order confirmation email sent to "${mails[1]}"`),
      ],
      'flagd#0/flagd-ui': [
        `${T.hm(-35.2)}:14.802 request_id=GEpVq3Jx7ZlNyeQAAAxB [info] GET /feature`,
        `${T.hm(-35.2)}:14.809 request_id=GEpVq3Jx7ZlNyeQAAAxB [info] Sent 200 in 6ms`,
        `${T.hm(-35)}:02.417 request_id=GEpVrcM1d4hK2jcAAAyR [info] POST /api/write`,
        `${T.hm(-35)}:02.431 request_id=GEpVrcM1d4hK2jcAAAyR [info] Sent 200 in 13ms`,
      ],
    },
  },
];
