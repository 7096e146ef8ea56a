// Blind held-out batch s60a (split test): one OpenTelemetry demo scenario as a spec of the scenario kit
// (scripts/s2-scenario-kit.mjs), on the kit system scripts/kit-systems/otel-demo.mjs; built by scripts/s60a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const T = clock('2026-05-19T11:42:00Z');
const N0 = 'gke-astro-prod-default-pool-5f2c1a7e-2kqd';
const N1 = 'gke-astro-prod-default-pool-5f2c1a7e-9xwl';
const N2 = 'gke-astro-prod-default-pool-8b41d0c3-v7mt';

// logrus JSONFormatter defaults (checkout): keys level, msg, time in that order.
const lr = (min, level, msg) => JSON.stringify({ level, msg, time: T.iso(min) });
// Rack::CommonLogger as Sinatra/puma print it in production.
const rack = (min, ip, path, status, secs) => {
  const d = new Date(Date.parse(T.iso(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${ip} - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "POST ${path} HTTP/1.1" ${status} - ${secs}`;
};
const puma = [
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
const emails = ['lisa.m@example.com', 'daniel.r@example.org', 'kim.t@example.net', 'someone@example.com', 'a.nguyen@example.com', 'pat.o@example.org'];
const emailRun = (from, to) => {
  const out = [...puma];
  let i = 0;
  for (let m = from + 0.4; m < to; m += 0.55, i++) {
    out.push(rack(m, '%IPOF:checkout#0%', '/send_order_confirmation', 200, (0.011 + (i % 5) * 0.004).toFixed(4)));
    out.push(`Order confirmation email sent to: ${emails[i % emails.length]}`);
  }
  return out;
};
const checkout = () => {
  const out = [];
  let i = 0;
  for (let m = -16; m < -0.2; m += 0.55, i++) {
    const mail = emails[i % emails.length];
    out.push(lr(m, 'info', `[PlaceOrder] user_id="${['b2f7', 'c91e', '0a4d', '7e3c'][i % 4]}-${4000 + i}" user_currency="${['USD', 'EUR', 'CAD'][i % 3]}"`));
    out.push(lr(m + 0.01, 'info', `payment went through (transaction_id: ${['4c2a', '9d10', 'e7f3', '15b8'][i % 4]}e1d2-73f0-4e6b-9a4c-${String(100000000000 + i * 7919)})`));
    out.push(lr(m + 0.02, 'info', 'sending to postProcessor'));
    if (m > -3.6 && m < -3.0) out.push(lr(m + 0.03, 'warning', `failed to send order confirmation to "${mail}": failed POST to email service: Post "http://email:8080/send_order_confirmation": EOF`));
    else if (m >= -3.0 && m < -2.4) out.push(lr(m + 0.03, 'warning', `failed to send order confirmation to "${mail}": failed POST to email service: Post "http://email:8080/send_order_confirmation": dial tcp %SVCIP:email%:8080: connect: connection refused`));
    else if (m > -12.2 && m < -11.4) out.push(lr(m + 0.03, 'warning', `failed to send order confirmation to "${mail}": failed POST to email service: Post "http://email:8080/send_order_confirmation": dial tcp %SVCIP:email%:8080: connect: connection refused`));
    else out.push(lr(m + 0.03, 'info', `order confirmation email sent to "${mail}"`));
  }
  return out;
};

export const scenarios = [
  {
    folder: 's60a-order-mails-missing',
    incidentTime: '2026-05-19T11:42:00Z',
    description: 'customers say order confirmation emails stopped arriving, started around 10:50. checkout itself still works, orders go through',
    expected: { component: 'email', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'email', cause: 'resource-exhaustion' },
      { component: 'email', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Follows the demo's own failure flag emailMemoryLeak (src/flagd/demo.flagd.json of open-telemetry/opentelemetry-demo):
      with the flag on, the Ruby email service (src/email/email_server.rb) keeps every delivered Mail::TestMailer message, so
      its resident memory grows with each order until the 100Mi limit of the manifest (kubernetes/opentelemetry-demo.yaml,
      email container resources.limits.memory 100Mi) is hit and the kernel OOM-kills the container (exit 137, OOMKilled),
      about every 8-10 minutes at the load generator's 10 users.
      The pod is Running and Ready between kills; kubelet records SystemOOM Node events with the victim ruby process.
      checkout sends the confirmation asynchronously and only logs a warning (src/checkout/main.go: "failed to send order
      confirmation to %q: %+v"), so orders keep succeeding - the callers are quiet.
      Decoy: recommendation shows one OOMKilled restart three days old.
      Deviations from upstream: none in the manifests; the flag was switched on through flagd-ui (not visible in the snapshot).
    `,
    nodes: {
      [N0]: {},
    },
    workloads: {
      email: {
        pods: [
          {
            node: N0,
            containers: {
              email: cs.restartedRunning({
                restarts: 6,
                startedAt: T.iso(-2.6),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-11.4), finishedAt: T.iso(-3.05) },
              }),
            },
            readyTransition: T.iso(-2.55),
          },
        ],
      },
      recommendation: {
        pods: [
          {
            node: N2,
            containers: {
              recommendation: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 - 200),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 200.3) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: `node:${N0}`, reason: 'SystemOOM', type: 'Warning', message: 'System OOM encountered, victim process: ruby, pid: 2284731', first: -54, last: -3.05, count: 6 },
      { on: 'pod:email#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-email" already present on machine', first: -54, last: -2.65, count: 6, fieldPath: 'spec.containers{email}' },
      { on: 'pod:email#0', reason: 'Created', message: 'Created container: email', first: -54, last: -2.65, count: 6, fieldPath: 'spec.containers{email}' },
      { on: 'pod:email#0', reason: 'Started', message: 'Started container email', first: -54, last: -2.6, count: 6, fieldPath: 'spec.containers{email}' },
      { on: 'pod:email#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container email in pod %POD%_otel-demo(%PODUID%)', first: -12.0, last: -11.8, count: 2, fieldPath: 'spec.containers{email}' },
    ],
    configMaps: [
      { name: 'otel-collector', keys: ['relay'] },
      { name: 'flagd-config', keys: ['demo.flagd.json'] },
      { name: 'product-catalog-products', keys: ['products.json'] },
    ],
    logs: {
      'email#0/email': emailRun(-2.6, -0.1),
      'email#0/email/previous': emailRun(-11.4, -3.1),
      'checkout#0/checkout': checkout(),
      'frontend#0/frontend': [
        `▲ Next.js 15.3.1`,
        `- Local:        http://%POD%:8080`,
        `- Network:      http://%PODIP%:8080`,
        '',
        ' ✓ Starting...',
        ' ✓ Ready in 412ms',
      ],
    },
  },
];
