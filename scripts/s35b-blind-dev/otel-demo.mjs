// Batch s35b (blind dev): one OpenTelemetry demo incident for the kit, system from scripts/kit-systems/otel-demo.mjs;
// the emailMemoryLeak flag left on after a game day makes email OOM at its 100Mi limit; order mails stop.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };
export const scenarios = [];

{
  const incidentTime = '2026-12-10T16:52:00Z';
  const T = clock(incidentTime);
  const N = system.nodes;
  // OOM kills roughly every 9-14 minutes since 15:05 once the leak grows; the current attempt is backed off.
  const kills = [-104, -93, -81, -70, -58, -47, -36, -24, -12.5];
  const puma = (m) => [
    `Puma starting in single mode...`,
    `* Puma version: 6.6.0 ("Return to Forever")`,
    `* Ruby version: ruby 3.4.4 (2025-05-14 revision a38531fd3f) +YJIT [x86_64-linux]`,
    `*  Min threads: 0`,
    `*  Max threads: 5`,
    `*  Environment: production`,
    `*          PID: 1`,
    `== Sinatra (v4.1.1) has taken the stage on 8080 for production with backup from Puma`,
    `* Listening on http://0.0.0.0:8080`,
    `Use Ctrl-C to stop`,
  ];
  const mails = ['lena.vogt@example.com', 'p.okafor@example.net', 'sam@example.org', 'j.moreau@example.com', 'kai.tanaka@example.net', 'maria.s@example.org'];
  const co = (m, level, msg) => JSON.stringify({ level, msg, time: T.isoMs(m) });
  const coLines = [];
  let i = 0;
  for (let m = -130; m < -0.3; m += 1.3) {
    const mail = mails[i++ % mails.length];
    // down from each kill until the kubelet's back-off (10 s doubling, 5 min cap) lets it start again
    const inKill = kills.some((k, j) => m >= k - 0.05 && m < k + Math.min(10 * 2 ** j, 300) / 60 + 0.2);
    const before = m < -105;
    coLines.push(co(m, 'info', `payment went through (transaction_id: ${(0x6f1c2a00 + i * 977).toString(16)}-5b3e-4d1a-9f02-${(0x1c7e9a0b3d00 + i).toString(16)})`));
    if (before || !inKill) coLines.push(co(m + 0.01, 'info', `order confirmation email sent to "${mail}"`));
    else
      coLines.push(
        co(
          m + 0.01,
          'warning',
          `failed to send order confirmation to "${mail}": failed POST to email service: Post "http://email:8080/send_order_confirmation": ${
            i % 3 === 0 ? 'EOF' : 'dial tcp %SVCIP:email%:8080: connect: connection refused'
          }`,
        ),
      );
  }
  scenarios.push({
    folder: 's35b-email-memory-leak-oom',
    incidentTime,
    description: 'astro shop: customers report no order confirmation emails since about 2h ago, checkout itself works',
    expected: { component: 'email', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml 2.1.3: email (Ruby Sinatra on Puma, limits memory
      100Mi, EMAIL_PORT 8080), checkout EMAIL_ADDR=http://email:8080 and its sendOrderConfirmation error text ("failed to send order
      confirmation to %q: failed POST to email service: ..."), which checkout logs as a warning while the order still completes.
      The demo's emailMemoryLeak flag (variants off/1x/10x/100x/1000x/10000x) was set to 1000x through flagd-ui during a game day
      at 14:58 and not turned off; the flagd-config ConfigMap is unchanged (flagd-ui writes the emptyDir copy). email's RSS grows with
      every order and the cgroup OOM killer kills it (OOMKilled, 137) nine times since 15:08; node-problem-detector reports
      OOMKilling on the node; the back-off reached 5 minutes, and the pod is Running again for the moment (restart 9). Decoys: a product-catalog rollout at 15:40 (healthy), the
      load-generator restarted yesterday, flagd's own log showing the flag change.`,
    workloads: {
      email: {
        pods: [
          {
            node: N[1].name,
            created: T.iso(-60 * 24 * 6),
            containers: {
              email: cs.restartedRunning({
                restarts: 9,
                startedAt: T.iso(-7.5),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-23.8), finishedAt: T.iso(-12.5) },
              }),
            },
            readyTransition: T.iso(-7.4),
          },
        ],
      },
      'product-catalog': { rollout: { at: -72, revision: 6 }, patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-72) } } },
      'load-generator': {
        pods: [
          {
            containers: {
              'load-generator': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 20),
                last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-60 * 20 - 0.3) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:email#0', reason: 'Pulled', fieldPath: 'spec.containers{email}', first: -104, last: -7.6, count: 9, message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-email" already present on machine' },
      { on: 'pod:email#0', reason: 'Started', fieldPath: 'spec.containers{email}', first: -104, last: -7.5, count: 9, message: 'Started container email' },
      { on: 'pod:email#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{email}', first: -47, last: -8, count: 31, message: 'Back-off restarting failed container email in pod %POD%_otel-demo(%PODUID%)' },
      { on: `node:${N[1].name}`, source: 'kernel-monitor', reason: 'OOMKilling', type: 'Warning', first: -104.2, last: -12.5, count: 9, message: 'Memory cgroup out of memory: Killed process 8731 (ruby) total-vm:712344kB, anon-rss:101276kB, file-rss:14280kB, shmem-rss:0kB, UID:1000 pgtables:428kB oom_score_adj:999' },
      { on: 'deploy:product-catalog', reason: 'ScalingReplicaSet', first: -72, message: 'Scaled up replica set product-catalog-%NEW% to 1' },
      { on: 'deploy:product-catalog', reason: 'ScalingReplicaSet', first: -71.6, message: 'Scaled down replica set product-catalog-%OLD% to 0 from 1' },
    ],
    logs: {
      'email#0/email/previous': [
        ...puma(-23.8),
        ...Array.from({ length: 9 }, (_, k) => `Order confirmation email sent to: ${mails[k % mails.length]}`),
      ],
      'email#0/email': [...puma(-7.5), ...Array.from({ length: 3 }, (_, k) => `Order confirmation email sent to: ${mails[(k + 2) % mails.length]}`)],
      'checkout#0/checkout': coLines,
      'flagd#0/flagd': [
        JSON.stringify({ level: 'info', ts: Date.parse(T.isoMs(-60 * 24 * 6)) / 1000, caller: 'flagd/main.go:91', msg: 'flagd version: v0.12.8' }),
        JSON.stringify({ level: 'info', ts: Date.parse(T.isoMs(-114)) / 1000, caller: 'store/flags.go:219', component: 'store', msg: 'configuration change (write) for flagKey emailMemoryLeak (file:./etc/flagd/demo.flagd.json)' }),
      ],
      'product-catalog#0/product-catalog': [
        JSON.stringify({ time: T.isoMs(-71.7), level: 'INFO', msg: 'Loaded 10 products' }),
        JSON.stringify({ time: T.isoMs(-71.7), level: 'INFO', msg: 'Product Catalog gRPC server started on port: 8080' }),
      ],
    },
  });
}
