// Blind held-out batch s84b: the OpenTelemetry demo scenario of this batch (spec for scripts/s2-scenario-kit.mjs).
// System: scripts/kit-systems/otel-demo.mjs as it is; the scenario lists only what differs from upstream.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/otel-demo.mjs';

const T = clock('2026-05-07T14:05:00Z');
const j = (min, sev, msg) => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min) });
const ap = (min, path, code, dur) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  return `%IPOF:checkout#0% - - [${String(d.getUTCDate()).padStart(2, '0')}/May/2026:${T.go(min).slice(11)} +0000] "POST ${path} HTTP/1.1" ${code} - ${dur}`;
};
const puma = ['Puma starting in single mode...', '* Puma version: 6.4.3 (ruby 3.3.6-p108) ("The Eagle of Durango")', '*  Min threads: 0', '*  Max threads: 5', '*  Environment: production', '*          PID: 1', '* Listening on http://0.0.0.0:8080', 'Use Ctrl-C to stop'];

export const scenarios = [
  {
    folder: 's84b-confirmation-mails',
    incidentTime: '2026-05-07T14:05:00Z',
    description: 'ppl saying no order confirmation mails since ~1:30pm, orders themselves go thru fine',
    expected: { component: 'email', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'email', cause: 'resource-exhaustion' }, { component: 'email', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      Manifest facts (open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml 2.1.3): email is a Ruby
      Sinatra/Puma service with a 100Mi memory limit, called by checkout at EMAIL_ADDR http://email:8080; checkout
      only logs a failed confirmation and still places the order. Fault shape: the demo's own emailMemoryLeak failure
      scenario (confirmation bodies kept in memory per request) - the container grows to its limit and is
      OOMKilled (exit 137) every few minutes, so most confirmations are lost while the pod is Ready in between.
      Decoy: ad restarted once two days ago (OOMKilled) and has been stable since. Deviations from upstream: none
      besides the leaking email build; log lines of checkout follow its logrus JSON formatter.`,
    workloads: {
      email: {
        pods: [{ containers: { email: cs.restartedRunning({ restarts: 9, startedAt: T.iso(-2.6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-7.4), finishedAt: T.iso(-2.8) } }) } }],
      },
      ad: {
        pods: [{ containers: { ad: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'pod:email#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-email" already present on machine', first: -38, last: -2.7, count: 9, fieldPath: 'spec.containers{email}' },
      { on: 'pod:email#0', reason: 'Created', message: 'Created container: email', first: -38, last: -2.7, count: 9, fieldPath: 'spec.containers{email}' },
      { on: 'pod:email#0', reason: 'Started', message: 'Started container email', first: -38, last: -2.6, count: 9, fieldPath: 'spec.containers{email}' },
      { on: 'pod:email#0', reason: 'BackOff', message: 'Back-off restarting failed container email in pod %POD%_otel-demo(%PODUID%)', type: 'Warning', first: -21, last: -8, count: 4, fieldPath: 'spec.containers{email}' },
    ],
    logs: {
      'email#0/email': [
        ...puma,
        ap(-2.3, '/send_order_confirmation', 200, 0.2141),
        'Order confirmation email sent to: lena.k@example.com',
        ap(-1.6, '/send_order_confirmation', 200, 0.3377),
        'Order confirmation email sent to: omar.s@example.net',
        ap(-0.9, '/send_order_confirmation', 200, 0.5120),
        'Order confirmation email sent to: jmiller@example.org',
      ],
      'email#0/email/previous': [
        ...puma,
        ap(-7.1, '/send_order_confirmation', 200, 0.1932),
        'Order confirmation email sent to: p.rossi@example.com',
        ap(-5.8, '/send_order_confirmation', 200, 0.4410),
        'Order confirmation email sent to: anna.b@example.com',
        ap(-4.2, '/send_order_confirmation', 200, 0.9822),
        'Order confirmation email sent to: kim.h@example.org',
        ap(-3.1, '/send_order_confirmation', 200, 1.8710),
        'Order confirmation email sent to: d.ng@example.com',
      ],
      'checkout#0/checkout': [
        j(-33.5, 'info', 'payment went through (transaction_id: 5f0c2a1e-93b7-4c52-8d7e-2b6e1f9a4c10)'),
        j(-33.4, 'warning', 'failed to send order confirmation to "t.weber@example.com": failed POST to email service: Post "http://email:8080/send_order_confirmation": EOF'),
        j(-24.2, 'info', 'payment went through (transaction_id: 0a7d4e62-1c8f-4b39-a5d2-7e9c3f18b604)'),
        j(-24.1, 'warning', 'failed to send order confirmation to "ines.f@example.com": failed POST to email service: Post "http://email:8080/send_order_confirmation": dial tcp %SVCIP:email%:8080: connect: connection refused'),
        j(-11.8, 'info', 'payment went through (transaction_id: c3b9e07a-6d21-4f85-9a1c-58e2d4b7f093)'),
        j(-11.7, 'warning', 'failed to send order confirmation to "mark.d@example.com": failed POST to email service: Post "http://email:8080/send_order_confirmation": read tcp %PODIP%:51844->%SVCIP:email%:8080: read: connection reset by peer'),
        j(-2.9, 'info', 'payment went through (transaction_id: 7e14c8b2-0f3a-49d6-b1e5-9a2c6d8f3e71)'),
        j(-2.9, 'warning', 'failed to send order confirmation to "d.ng@example.com": failed POST to email service: Post "http://email:8080/send_order_confirmation": EOF'),
        j(-2.3, 'info', 'payment went through (transaction_id: 1b6f9d3c-2e7a-4c08-8f51-d4a7e2c90b36)'),
        j(-2.3, 'info', 'order confirmation email sent to "lena.k@example.com"'),
      ],
      'ad#0/ad': [
        `${T.java(-60 * 49 + 0.2)} - oteldemo.AdService - Ad service starting. trace_id= span_id= trace_flags=`,
        `${T.java(-60 * 49 + 0.3)} - oteldemo.AdService - Ad service started, listening on 8080 trace_id= span_id= trace_flags=`,
        `${T.java(-3.2)} - oteldemo.AdService - Targeted ad request received for [accessories] trace_id=4c1f0e9a7b3d2e6f8a5c1b0d9e7f3a2c span_id=9b2e4d6f1a3c5e7b trace_flags=01`,
      ],
    },
  },
];
