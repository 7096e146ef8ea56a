// Blind dev batch s61a: one OpenTelemetry demo scenario for the scenario kit (scripts/s2-scenario-kit.mjs), on the kit
// system scripts/kit-systems/otel-demo.mjs; built by scripts/s61a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

// ---- s61a-email-app-env-development-bind: config-error on email ----
const INC = '2026-08-11T13:47:00Z';
const T = clock(INC);
const ROLL = -92; // 12:15, kubectl set env deploy/email APP_ENV=development
const wl = (name) => system.workloads.find((w) => w.name === name);
const envOf = (name) => wl(name).containers[0].env;
const emailEnvOld = envOf('email');
const emailEnvNew = emailEnvOld.map((e) => (e.name === 'APP_ENV' ? { name: 'APP_ENV', value: 'development' } : e));
const recEnvOld = envOf('recommendation');

// email (Ruby 3.4, Sinatra 4 classic app, Puma): bound to localhost because the environment is development.
const emailLog = [
  '== Sinatra (v4.1.1) has taken the stage on 8080 for development with backup from Puma',
  'Puma starting in single mode...',
  '* Puma version: 6.6.0 (ruby 3.4.1-p0) ("Return to Forever")',
  '*  Min threads: 0',
  '*  Max threads: 5',
  '*  Environment: development',
  '*          PID: 1',
  '* Listening on http://127.0.0.1:8080',
  '* Listening on http://[::1]:8080',
  'Use Ctrl-C to stop',
];

const pcOom = cs.restartedRunning({
  restarts: 1,
  startedAt: T.iso(-60 * 24 * 2 + 0.2),
  last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(-60 * 24 * 2) },
});
const REC_ROLL = -190; // 10:37, recommendation memory limit raised; healthy

export const scenarios = [
  {
    folder: 's61a-email-app-env-development-bind',
    incidentTime: INC,
    description: 'customers say no order confirmation mails since lunch (~12:15). orders themselves go thru fine, payments ok',
    expected: { component: 'email', cause: 'config-error' },
    alsoAcceptable: [{ component: 'email', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2): email runs with
      APP_ENV=production and EMAIL_PORT=8080 and has no probes; src/email/email_server.rb is a classic Sinatra app that only
      sets :port, so the bind address is Sinatra's default, proc { development? ? 'localhost' : '0.0.0.0' }.
      src/checkout/main.go posts every order to EMAIL_ADDR/send_order_confirmation after payment and shipping and only logs
      a warning ("failed to send order confirmation to ...") when that fails; the order still completes and goes to Kafka.
      Fault: at 12:15 someone ran kubectl set env deploy/email APP_ENV=development to get Sinatra's verbose error pages while
      looking at a template bug. The new ReplicaSet differs from the old one only by that value; Puma now listens on
      127.0.0.1:8080 and [::1]:8080, the pod is Running and Ready (no probes) and its Service keeps the pod as a ready
      endpoint, but every connection from another pod is refused. The rollout's Events have aged out (older than an hour).
      checkout logs its "failed to send order confirmation ... connect: connection refused" warnings only through the
      otelslog bridge to the collector (2.x checkout writes nothing to stdout), so kubectl logs show no caller error; the
      on-call hears of it from customers. The evidence in the snapshot is the email ReplicaSet pair and email's own Puma
      banner ("Environment: development", "Listening on http://127.0.0.1:8080").
      Decoys: product-catalog was OOMKilled two days ago (20Mi limit); recommendation rolled out at 10:37 with a larger
      memory limit and is healthy.
      Deviations from upstream: email's APP_ENV, recommendation's memory limit; the email log is written in the
      Sinatra 4 / Puma 6 banner format, not captured from a cluster.
    `,
    workloads: {
      email: {
        containers: { email: { env: emailEnvNew } },
        rollout: { at: ROLL, revision: 3, oldContainers: { email: { env: emailEnvOld } } },
      },
      'product-catalog': { pods: [{ containers: { 'product-catalog': pcOom } }] },
      recommendation: {
        containers: { recommendation: { env: recEnvOld, resources: { limits: { memory: '650Mi' } } } },
        rollout: { at: REC_ROLL, revision: 2, oldContainers: { recommendation: { resources: { limits: { memory: '500Mi' } } } } },
      },
    },
    events: [],
    logs: {
      'email#0/email': emailLog,
    },
  },
];
