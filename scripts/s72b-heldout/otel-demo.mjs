// Blind held-out batch s72b: one OpenTelemetry demo scenario (split test) for the scenario kit.
// System: scripts/kit-systems/otel-demo.mjs (opentelemetry-demo 2.1.3, kubernetes/opentelemetry-demo.yaml at a8a3ea2).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const INC = '2026-04-22T16:48:00Z';
const T = clock(INC);
const FLAG = -47; // the feature flag flipped in flagd-ui
const NODE_B = 'gke-astro-prod-default-pool-5f2c1a7e-9xwl';
const checkoutJson = (min, level, msg) => JSON.stringify({ time: T.isoMs(min), level, msg });
const pumaAccess = (min, ip, status, dur) => {
  const d = new Date(Date.parse(INC) + min * 60000);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${ip} - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "POST /send_order_confirmation HTTP/1.1" ${status} - ${dur}`;
};
const pumaStart = [
  'Puma starting in single mode...',
  '* Puma version: 6.6.0 ("Return to Forever")',
  '* Ruby version: ruby 3.4.4 (2025-05-14 revision a38531fd3f) +YJIT +PRISM [x86_64-linux]',
  '*  Min threads: 0',
  '*  Max threads: 5',
  '*  Environment: production',
  '*          PID: 1',
  '* Listening on http://0.0.0.0:8080',
  'Use Ctrl-C to stop',
];
const emailBody = (from, to, n) => {
  const out = [...pumaStart];
  for (let m = from, i = 0; m < to; m += 0.45, i++) {
    out.push(`Order confirmation email sent to: ${['ann', 'li.wei', 'k.osei', 'marta', 'jdoe'][i % 5]}${n + i}@example.com`);
    out.push(pumaAccess(m, '%IPOF:checkout#0%', 200, (0.012 + (i % 7) * 0.004).toFixed(4)));
  }
  return out;
};
const checkoutLog = [];
for (let m = -60, i = 0; m < -0.3; m += 0.45, i++) {
  const id = `${(0x3f1a2c + i * 7919).toString(16)}-7a1e-11f0-9c3d-42010a840015`;
  checkoutLog.push(checkoutJson(m, 'INFO', `[PlaceOrder] user_id="${(0x5b2c + i).toString(16)}-user" user_currency="USD"`));
  checkoutLog.push(checkoutJson(m + 0.004, 'INFO', `payment went through (transaction_id: ${id})`));
  const broken = m > FLAG + 6 && (i % 3 !== 0);
  if (broken)
    checkoutLog.push(checkoutJson(m + 0.006, 'WARN', `failed to send order confirmation to "user${i}@example.com": failed POST to email service: Post "http://email:8080/send_order_confirmation": ${i % 2 ? 'dial tcp %SVCIP:email%:8080: connect: connection refused' : 'EOF'}`));
  else checkoutLog.push(checkoutJson(m + 0.006, 'INFO', `order confirmation email sent to "user${i}@example.com"`));
  checkoutLog.push(checkoutJson(m + 0.007, 'INFO', `order placed app.order.id=${id}`));
}
const flagdLog = [
  `{"level":"info","ts":${(Date.parse(INC) / 1000 - 60 * 24 * 6 * 60).toFixed(3)},"caller":"cmd/start.go:195","msg":"flagd version: v0.12.8 (f3c7bd1), built at: 2025-07-22T15:37:08Z","component":"start"}`,
  `{"level":"info","ts":${(Date.parse(INC) / 1000 - 60 * 24 * 6 * 60 + 0.2).toFixed(3)},"caller":"flag-sync/sync_service.go:56","msg":"starting flag sync service on port 8015","component":"FlagSyncService"}`,
  `{"level":"info","ts":${(Date.parse(INC) / 1000 + FLAG * 60).toFixed(3)},"caller":"file/filepath_sync.go:198","msg":"data sync received","component":"sync","sync":"filepath"}`,
  `{"level":"info","ts":${(Date.parse(INC) / 1000 + FLAG * 60 + 0.01).toFixed(3)},"caller":"store/store.go:228","msg":"configuration change (write) for flagKey emailMemoryLeak (file:./etc/flagd/demo.flagd.json)","component":"store"}`,
];

export const scenarios = [
  {
    folder: 's72b-confirmation-mailer-leak',
    description: 'customers say they get no order confirmation mails since this afternoon. checkout itself goes through fine, payments ok',
    incidentTime: INC,
    expected: { component: 'email', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'email', cause: 'resource-exhaustion' },
      { component: 'email', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (opentelemetry-demo.yaml at a8a3ea2, demo 2.1.3): email is one replica of the Ruby/Sinatra service on puma,
      memory limit 100Mi, no probes; checkout posts every order to http://email:8080/send_order_confirmation and only logs a
      warning when that fails, so orders and payments keep succeeding.
      The fault follows the demo's own emailMemoryLeak feature flag (flagd demo.flagd.json, documented in the demo's
      feature-flag scenarios): with it on, email_server.rb keeps every confirmation it renders, RSS grows past the 100Mi limit
      and the kernel OOM-kills the container (exit 137, reason OOMKilled), repeatedly; between kills it serves a few requests.
      GKE's node-problem-detector reports the kill as an OOMKilling Node event. checkout logs "failed to send order
      confirmation" (connection refused while the container restarts, EOF when it is killed mid-request).
      Deviations from upstream: checkout's log lines are written as slog JSON text; the flag flip itself is only visible in
      flagd's log. Decoy: kafka restarted once 5 days ago after an OOMKilled JVM, healthy since.
    `,
    workloads: {
      email: {
        pods: [
          {
            node: NODE_B,
            containers: {
              email: cs.restartedRunning({
                restarts: 9,
                startedAt: T.iso(-1.7),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-6.9), finishedAt: T.iso(-2.1) },
              }),
            },
          },
        ],
      },
      kafka: {
        pods: [
          {
            containers: {
              kafka: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 5),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.3) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: `node:${NODE_B}`, type: 'Warning', reason: 'OOMKilling', source: 'kernel-monitor', message: 'Memory cgroup out of memory: Killed process 21873 (ruby) total-vm:412644kB, anon-rss:101204kB, file-rss:10240kB, shmem-rss:0kB, UID:0 pgtables:512kB oom_score_adj:999', first: FLAG + 8, last: -2.1, count: 9 },
      { on: 'pod:email#0', reason: 'Pulled', fieldPath: 'spec.containers{email}', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-email" already present on machine', first: FLAG + 8.1, last: -1.8, count: 9 },
      { on: 'pod:email#0', reason: 'Created', fieldPath: 'spec.containers{email}', message: 'Created container: email', first: FLAG + 8.1, last: -1.8, count: 9 },
      { on: 'pod:email#0', reason: 'Started', fieldPath: 'spec.containers{email}', message: 'Started container email', first: FLAG + 8.1, last: -1.7, count: 9 },
      { on: 'pod:email#0', type: 'Warning', reason: 'BackOff', fieldPath: 'spec.containers{email}', message: 'Back-off restarting failed container email in pod %POD%_otel-demo(%PODUID%)', first: FLAG + 14, last: -2.0, count: 11 },
    ],
    logs: {
      'email#0/email': emailBody(-1.6, -0.3, 900),
      'email#0/email/previous': emailBody(-6.8, -2.15, 850),
      'checkout#0/checkout': checkoutLog,
      'flagd#0/flagd': flagdLog,
    },
  },
];
