// Batch s81a (blind dev): OpenTelemetry demo, one scenario — an in-house email release run with APP_ENV=development, so
// Sinatra binds to localhost only: pod Running and Ready, every order confirmation refused (bad-deploy-rollout).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;

const INC = '2026-03-19T15:20:00Z';
const T = clock(INC);
const AT = -95;
const emailBase = base.workloads.find((w) => w.name === 'email').containers[0];
const NEW_IMAGE = 'europe-west1-docker.pkg.dev/astro-shop-prod/shop/email:2.1.3-tpl.4';
const newEnv = emailBase.env.map((e) => (e.name === 'APP_ENV' ? { name: 'APP_ENV', value: 'development' } : e));

const rubyLog = (min, lvl, msg) => {
  const iso = T.isoMs(min).replace('Z', '');
  return `${lvl[0]}, [${iso}000 #1]  ${lvl.padStart(5)} -- : ${msg}`;
};
const emailLog = [
  rubyLog(AT + 0.9, 'INFO', 'Instrumentation: OpenTelemetry::Instrumentation::Rack was successfully installed with the following options {:allowed_request_headers=>[], :allowed_response_headers=>[], :application=>nil, :record_frontend_span=>false, :untraced_endpoints=>[], :url_quantization=>nil, :untraced_requests=>nil, :response_propagators=>[], :use_rack_events=>true}'),
  rubyLog(AT + 0.9, 'INFO', 'Instrumentation: OpenTelemetry::Instrumentation::Sinatra was successfully installed with the following options {:install_rack=>true}'),
  '== Sinatra (v4.1.1) has taken the stage on 8080 for development with backup from Puma',
  'Puma starting in single mode...',
  '* Puma version: 6.6.0 ("Return to Forever")',
  '* Ruby version: ruby 3.4.4 (2025-05-14 revision a38531fd3f) +PRISM [x86_64-linux-musl]',
  '*  Min threads: 0',
  '*  Max threads: 5',
  '*  Environment: development',
  '*          PID: 1',
  '* Listening on http://127.0.0.1:8080',
  '* Listening on http://[::1]:8080',
  'Use Ctrl-C to stop',
];

const envoy = (min, method, path, code, flags, rx, tx, dur, ua, host, up) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} ${rx} ${tx} ${dur} ${dur - 1} "-" "${ua}" "${(Math.abs(min * 1e6) | 0).toString(16)}-7c2e-4b1f-9a0d-5e3f${(Math.abs(min * 977) | 0).toString(16).padStart(8, '0')}" "${host}" "${up}"`;
const LOC = 'python-requests/2.32.4';
const BROW = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/137.0.7151.55 Safari/537.36';
const proxyLog = [];
for (let m = -118; m < -0.5; m += 3.7) {
  proxyLog.push(
    envoy(m, 'GET', '/api/products/OLJCESPC7Z?currencyCode=USD', 200, '-', 0, 412, 18, LOC, 'frontend-proxy:8080', '%IPOF:frontend#0%:8080'),
    envoy(m + 0.2, 'GET', '/api/recommendations?productIds=OLJCESPC7Z&sessionId=5f1d2c&currencyCode=USD', 200, '-', 0, 1873, 41, LOC, 'frontend-proxy:8080', '%IPOF:frontend#0%:8080'),
    envoy(m + 0.5, 'POST', '/api/cart?currencyCode=USD', 200, '-', 118, 96, 23, LOC, 'frontend-proxy:8080', '%IPOF:frontend#0%:8080'),
    envoy(m + 0.9, 'POST', '/api/checkout?currencyCode=USD', 200, '-', 412, 1604, 187 + ((m * 13) & 63), m > AT ? BROW : LOC, 'frontend-proxy:8080', '%IPOF:frontend#0%:8080'),
    envoy(m + 1.1, 'GET', '/images/products/SolarFilter.jpg', 200, '-', 0, 48211, 7, BROW, 'frontend-proxy:8080', '%IPOF:image-provider#0%:8081'),
  );
}

export const scenarios = [
  {
    folder: 's81a-email-sinatra-dev-bind',
    incidentTime: INC,
    description: 'since roughly lunchtime nobody is getting order confirmation mails. checkout itself works fine, orders show up in accounting. commerce team',
    expected: { component: 'email', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'email', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts (open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2): email (Ruby, Sinatra, image 2.1.3-email,
      ENTRYPOINT bundle exec ruby email_server.rb per src/email/Dockerfile) has env EMAIL_PORT=8080 and APP_ENV=production and no probe; checkout POSTs
      EMAIL_ADDR/send_order_confirmation after the order is placed and only logs a warning when that fails ("failed to send order confirmation to %q"),
      through its otelslog logger, i.e. to the collector over OTLP and not to stdout — so kubectl shows nothing from checkout and the order succeeds.
      Fault: at 13:45 the commerce team rolled out an in-house email build (new confirmation template) with APP_ENV=development copied from a local
      docker-compose file. Sinatra's :bind setting defaults to 'localhost' in development and '0.0.0.0' otherwise (Sinatra README, "Available settings");
      the built-in run! hands that to Puma, which listens on 127.0.0.1 and [::1] only. The pod is Running and Ready (nothing probes it), the Service has its
      endpoint, and every connection from checkout to <pod IP>:8080 is refused. The 4.1+ host_authorization development default would also answer 403
      "Host not permitted" to Host: email:8080 (sinatra/sinatra#2070), but the refused connection comes first.
      The new ReplicaSet's template differs from the old one exactly by the image and APP_ENV. Deviations from upstream: the in-house image, APP_ENV;
      frontend-proxy access log in Envoy's default format with the demo's load generator and a browser. Decoy: accounting OOMKilled three days ago.
    `,
    workloads: {
      email: {
        rollout: {
          at: AT,
          revision: 5,
          oldContainers: { email: { image: emailBase.image, env: emailBase.env } },
        },
        containers: { email: { image: NEW_IMAGE, env: newEnv } },
      },
      accounting: {
        pods: [
          {
            containers: {
              accounting: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 + 0.2),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:email', reason: 'ScalingReplicaSet', message: 'Scaled up replica set email-%NEW% from 0 to 1', first: AT, last: AT },
      { on: 'deploy:email', reason: 'ScalingReplicaSet', message: 'Scaled down replica set email-%OLD% from 1 to 0', first: AT + 1.2, last: AT + 1.2 },
      { on: 'pod:email#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned otel-demo/%POD% to %NODE%', first: AT + 0.52, last: AT + 0.52 },
      { on: 'pod:email#0', fieldPath: 'spec.containers{email}', reason: 'Pulling', message: `Pulling image "${NEW_IMAGE}"`, first: AT + 0.55, last: AT + 0.55 },
      { on: 'pod:email#0', fieldPath: 'spec.containers{email}', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMAGE}" in 3.412s (3.412s including waiting). Image size: 48213377 bytes.`, first: AT + 0.62, last: AT + 0.62 },
    ],
    logs: {
      'email#0/email': emailLog,
      'frontend-proxy#0/frontend-proxy': proxyLog,
    },
  },
];
