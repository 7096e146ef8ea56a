// Blind held-out batch s100b: one Online Boutique scenario (split test), built by scripts/s100b-build.mjs with the
// scenario kit; the system is the definition of scripts/s2-scenarios/online-boutique.mjs (release manifests v0.10.6).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const IT = '2026-05-19T11:42:00Z';
const T = clock(IT);
const py = (min, severity, message) => JSON.stringify({ timestamp: T.isoMs(min), severity, name: 'emailservice-server', message });
const goLog = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const emails = ['j.okafor@example.org', 'mlindqvist@example.net', 'pat.r@example.com', 'someone@example.com', 'devon.k@example.org'];

const emailLogs = [];
const checkoutLogs = [];
for (let i = 0; i < 14; i++) {
  const m = -150 + i * 10.5;
  const to = emails[i % emails.length];
  const ok = m < -139;
  emailLogs.push(py(m, 'INFO', `A request to send order confirmation email to ${to} has been received.`));
  checkoutLogs.push(goLog(m - 0.02, 'info', `payment went through (transaction_id: ${['b7c1','0e5a','f2d9','4a6c','9d03'][i % 5]}e2a0-1f4b-4c8e-9a7d-${String(300000000000 + i * 7919).slice(0, 12)})`));
  if (ok) {
    emailLogs.push(py(m + 0.01, 'INFO', `Email sent to ${to} via SendGrid (status 202)`));
    checkoutLogs.push(goLog(m + 0.02, 'info', `order confirmation email sent to "${to}"`));
  } else {
    emailLogs.push(py(m + 0.01, 'ERROR', `An error occurred when sending the email: HTTP Error 401: Unauthorized`));
    emailLogs.push([
      'Traceback (most recent call last):',
      '  File "/email_server.py", line 104, in SendOrderConfirmation',
      '    response = self.sg.client.mail.send.post(request_body=message.get())',
      '  File "/usr/local/lib/python3.12/site-packages/python_http_client/client.py", line 277, in http_request',
      '    self._make_request(opener, request, timeout=timeout)',
      '  File "/usr/local/lib/python3.12/site-packages/python_http_client/client.py", line 184, in _make_request',
      '    raise exc',
      'python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized',
    ].join('\n'));
    checkoutLogs.push(goLog(m + 0.02, 'warning', `failed to send order confirmation to "${to}": rpc error: code = Internal desc = An error occurred when sending the email.`));
  }
}

export const scenarios = [
  {
    folder: 's100b-no-confirmation-mail',
    incidentTime: IT,
    description: 'support queue filling up: customers say they never got the order confirmation email, roughly since 9:30. orders themselves go through fine',
    expected: { component: 'sendgrid', cause: 'external-dependency' },
    alsoAcceptable: [
      { component: 'emailservice', cause: 'external-dependency' },
      { component: 'emailservice', cause: 'config-error' },
    ],
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'bad-credentials', 'time-expression', 'decoy'],
    workloads: {
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 200), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 201) } }) } }],
      },
      recommendationservice: { rollout: { at: -60 * 22, revision: 6, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/recommendationservice:v0.10.5' } } } },
    },
    events: [
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -60 * 22, last: -60 * 22 },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -60 * 22 + 1, last: -60 * 22 + 1 },
    ],
    logs: {
      'emailservice#0/server': [py(-60 * 24 * 9 + 0.3, 'INFO', 'starting the email service in production mode.'), py(-60 * 24 * 9 + 0.31, 'INFO', 'Profiler disabled.'), py(-60 * 24 * 9 + 0.32, 'INFO', 'listening on port: 8080'), ...emailLogs],
      'checkoutservice#0/server': [goLog(-60 * 24 * 9 + 0.3, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}'), goLog(-60 * 24 * 9 + 0.31, 'info', 'starting to listen on tcp: "[::]:5050"'), ...checkoutLogs],
      'paymentservice#0/server': [
        JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(-60)), pid: 1, hostname: '%POD%', name: 'paymentservice-charge', message: 'Transaction processed: visa ending 0454     Amount: USD86.78' }),
        JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(-8)), pid: 1, hostname: '%POD%', name: 'paymentservice-charge', message: 'Transaction processed: mastercard ending 5100     Amount: USD34.99' }),
      ],
      'adservice#0/server': [
        `{"instant":{"epochSecond":${Math.floor(Date.parse(T.iso(-30)) / 1000)},"nanoOfSecond":112000000},"thread":"grpc-default-executor-12","level":"INFO","loggerName":"hipstershop.AdService","message":"received ad request (context_words=[kitchen])","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":41,"threadPriority":5,"logging.googleapis.com/trace":"00000000000000000000000000000000","logging.googleapis.com/spanId":"0000000000000000","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(-30)}"}`,
      ],
    },
    grounding: `
      Online Boutique v0.10.6 manifests: checkoutservice calls emailservice (EMAIL_SERVICE_ADDR emailservice:5000) after the
      payment and only logs a warning when the confirmation mail fails (checkoutservice main.go: "failed to send order
      confirmation to %q: %+v"), so orders still complete. This system's emailservice sends through SendGrid
      (SENDGRID_API_HOST api.sendgrid.com, the topology's external sendgrid). The fault follows SendGrid's documented
      behaviour for an API key that was revoked or deleted (for example automatically, after GitHub secret scanning reported
      it): the v3 mail/send endpoint answers 401 Unauthorized, which the python sendgrid client raises as
      python_http_client.exceptions.UnauthorizedError. Nothing in the cluster changed; emailservice stays Ready.
      Decoys: an adservice OOMKilled restart two days old and a healthy recommendationservice rollout 22 h earlier
      (templates differ only in the image tag v0.10.5 -> v0.10.6). The emailservice send path and its log lines are
      synthetic (upstream's demo mode does not call SendGrid).
    `,
  },
];
