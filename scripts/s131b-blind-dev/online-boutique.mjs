// Online Boutique system (scripts/s2-scenarios/online-boutique.mjs, read up to its scenarios) and batch s131b's scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/online-boutique.mjs';

const T = clock('2026-04-21T15:32:00Z');
const fl = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '4e1c9a20-7b3d-4f0e-9a61-c2d8e5f1b7a4', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: '7d0a3f52-91c4-4b6e-8e2f-13a9c7d4e6b0', severity, timestamp: T.isoMs(min) });
const py = (min, lvl, name, msg) => JSON.stringify({ timestamp: T.isoMs(min).replace('Z', '+00:00'), severity: lvl, name, message: msg });
const co = (min, lvl, msg) => JSON.stringify({ message: msg, severity: lvl, timestamp: T.isoMs(min) });

const emailLogs = [];
for (let m = -75; m < -38; m += 4) emailLogs.push(py(m, 'INFO', 'emailservice-server', 'A request to send order confirmation email to shopper has been received.'), py(m + 0.02, 'INFO', 'emailservice-server', 'Order confirmation email sent (status 202).'));
for (let m = -36; m < -0.5; m += 1.5) {
  emailLogs.push(py(m, 'INFO', 'emailservice-server', 'A request to send order confirmation email to shopper has been received.'));
  emailLogs.push(py(m + 0.34, 'ERROR', 'emailservice-server', "Failed to send order confirmation email: HTTPSConnectionPool(host='api.sendgrid.com', port=443): Read timed out. (read timeout=20)"));
  if (Math.round(m * 2) % 3 === 0) emailLogs.push(
    'Traceback (most recent call last):',
    '  File "/usr/local/lib/python3.12/site-packages/urllib3/connectionpool.py", line 536, in _make_request',
    '    response = conn.getresponse()',
    '  File "/usr/local/lib/python3.12/ssl.py", line 1232, in recv_into',
    '    return self.read(nbytes, buffer)',
    'TimeoutError: The read operation timed out',
    '',
    'During handling of the above exception, another exception occurred:',
    '',
    'Traceback (most recent call last):',
    '  File "/email_server/email_server.py", line 112, in SendOrderConfirmation',
    '    response = self.sg.client.mail.send.post(request_body=message)',
    '  File "/usr/local/lib/python3.12/site-packages/requests/adapters.py", line 713, in send',
    '    raise ReadTimeout(e, request=request)',
    "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.sendgrid.com', port=443): Read timed out. (read timeout=20)",
  );
}
const coLogs = [];
for (let m = -75; m < -38; m += 4) coLogs.push(co(m, 'info', '[PlaceOrder] user_id="b1f0c7e2-5a8d-4c3e-9f21-7e6d4a0b3c85" user_currency="USD"'), co(m + 0.01, 'info', 'payment went through (transaction_id: 3f9a2c71-0d4e-4b8a-a6c5-9e1f7d2b4a60)'), co(m + 0.03, 'info', 'order confirmation email sent to "someone@example.com"'));
for (let m = -36; m < -0.5; m += 1.5) coLogs.push(co(m - 0.01, 'info', '[PlaceOrder] user_id="b1f0c7e2-5a8d-4c3e-9f21-7e6d4a0b3c85" user_currency="EUR"'), co(m, 'info', 'payment went through (transaction_id: 8c2e4f10-7a3b-4d59-b1e6-0f9a5c3d7e28)'), co(m + 0.34, 'warning', 'failed to send order confirmation to "someone@example.com": rpc error: code = Unknown desc = Exception calling application: HTTPSConnectionPool(host=\'api.sendgrid.com\', port=443): Read timed out. (read timeout=20)'));
const feLogs = [];
for (let m = -40; m < -0.5; m += 0.75) feLogs.push(fl(m, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }), fl(m + 0.01, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }));
for (let m = -36; m < -0.5; m += 3) feLogs.push(fl(m + 0.35, 'debug', 'request complete', { method: 'POST', path: '/cart/checkout', id: 'a93e1d07-2c6f-4e58-b0d4-6f7a1c9e3b25' }));

const T2 = clock('2026-06-02T13:41:00Z');
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const nodeCrash = (min) => [
  JSON.stringify({ severity: 'info', time: Date.parse(T2.isoMs(min)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'Profiler disabled.' }),
  'node:internal/modules/cjs/loader:1228',
  '  throw err;',
  '  ^',
  '',
  "Error: Cannot find module '@opentelemetry/instrumentation-grpc'",
  'Require stack:',
  '- /usr/src/app/server.js',
  '    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)',
  '    at Module._load (node:internal/modules/cjs/loader:1051:27)',
  '    at Module.require (node:internal/modules/cjs/loader:1311:19)',
  '    at require (node:internal/modules/helpers:179:18)',
  '    at Object.<anonymous> (/usr/src/app/server.js:38:31)',
  '    at Module._compile (node:internal/modules/cjs/loader:1469:14)',
  '    at Module._extensions..js (node:internal/modules/cjs/loader:1548:10)',
  '    at Module.load (node:internal/modules/cjs/loader:1288:32)',
  '    at Module._load (node:internal/modules/cjs/loader:1104:12)',
  '    at TracingChannel.traceSync (node:diagnostics_channel:315:14) {',
  "  code: 'MODULE_NOT_FOUND',",
  "  requireStack: [ '/usr/src/app/server.js' ]",
  '}',
  '',
  'Node.js v20.18.0',
];
const curOld = [];
for (let m = -60; m < -0.3; m += 0.5) curOld.push(JSON.stringify({ severity: 'info', time: Date.parse(T2.isoMs(m)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'conversion request successful' }));

export const scenarios = [
  {
    folder: 's131b-sendgrid-slow-mail-send',
    incidentTime: '2026-04-21T15:32:00Z',
    description: 'customers saying no order confirmation mail since ~14:55, checkout itself seems to work but "place order" takes 20s+ now. email svc pods look fine?',
    expected: { component: 'sendgrid', cause: 'external-dependency' },
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'callers-only', 'time-expression', 'partial-name', 'decoy'],
    grounding: `emailservice (Python, demo/src/emailservice/email_server.py) sends confirmations; this operator's production variant posts
      to SendGrid's v3 /mail/send (SENDGRID_API_HOST=api.sendgrid.com, the deviation stated in the system's SOURCES.md) with a
      requests read timeout of 20 s. The fault follows SendGrid status-page incidents of the "Mail Send API: elevated latency /
      delayed responses" kind: TLS and the POST succeed, the answer comes after more than 20 s, so every send ends in
      requests.exceptions.ReadTimeout. checkoutservice (upstream checkout main.go) only logs a warning when
      SendOrderConfirmation fails and still places the order, which is why checkout "works" but waits on the mail call. No pod
      restarts and all probes pass; the decoy is recommendationservice's OOM kill three days ago (healed, pod 9 days old).
      Deviations from upstream: the SendGrid call and its timeout, and the synchronous wait in checkout are the operator's.`,
    workloads: {
      recommendationservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3) } }) } }] },
    },
    events: [],
    logs: { 'emailservice#0/server': emailLogs, 'checkoutservice#0/server': coLogs, 'frontend#0/server': feLogs },
  },
  {
    folder: 's131b-currency-release-missing-otel-module',
    incidentTime: '2026-06-02T13:41:00Z',
    description: 'cd pipeline for currencysvc v0.10.7 hanging on rollout status for 15min+, shop still works afaik. can someone look before we roll back',
    expected: { component: 'currencyservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'partial-name', 'time-expression'],
    grounding: `currencyservice (demo/src/currencyservice, Node.js) requires its OpenTelemetry packages at the top of server.js.
      The fault follows a familiar Node release failure: the v0.10.7 image was built with npm ci --omit=dev after
      @opentelemetry/instrumentation-grpc had been moved to devDependencies, so node exits 1 with MODULE_NOT_FOUND at start.
      With one replica and maxUnavailable 25% (rounds to 0) the Deployment keeps the old v0.10.6 pod serving while the new
      ReplicaSet's pod crash-loops, so the shop works and the pipeline's kubectl rollout status waits. Deviations: v0.10.7
      and the package move are fictional; the upstream image tag is v0.10.6.`,
    workloads: {
      currencyservice: {
        containers: { server: { image: `${REG}/currencyservice:v0.10.7` } },
        rollout: { at: -17, oldReplicas: 1, oldContainers: { server: { image: `${REG}/currencyservice:v0.10.6` } } },
        pods: [{ containers: { server: cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T2.iso(-3.2), finishedAt: T2.iso(-3.1), container: 'server' }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T2.iso(-16.5), lastTransitionTime: T2.iso(-17), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
      },
    },
    events: [
      { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -17 },
      { on: 'pod:currencyservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -16.9 },
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Container image "${REG}/currencyservice:v0.10.7" already present on machine`, fieldPath: 'spec.containers{server}', first: -16.5, last: -3.2, count: 8 },
      { on: 'pod:currencyservice#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -16.5, last: -3.2, count: 8 },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -16.5, last: -3.2, count: 8 },
      { on: 'pod:currencyservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{server}', first: -16, last: -0.5, count: 71 },
    ],
    logs: { 'currencyservice#0/server/previous': nodeCrash(-3.15), 'currencyservice#old0/server': curOld },
  },
];

