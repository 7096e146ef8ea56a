// Blind dev batch s127b: Online Boutique scenarios (SendGrid external dependency).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const py = (T, min, severity, message) => JSON.stringify({ timestamp: T.isoMs(min).replace('Z', '+00:00').replace('T', ' ').replace(/\.(\d{3})\+/, ',$1+'), severity, name: 'emailservice-server', message });
const goLog = (T, min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });

// ---------- 1: api.sendgrid.com stops resolving (provider DNS outage) ----------
const T1 = clock('2026-02-11T14:32:00Z');
const dnsErr = "<urlopen error [Errno -3] Temporary failure in name resolution>";
const email1 = [];
for (let m = -95; m < -22; m += 6) {
  email1.push(py(T1, m, 'INFO', 'A request to send order confirmation email to someone@example.com has been received.'));
  email1.push(py(T1, m + 0.02, 'INFO', 'SendGrid accepted message for someone@example.com (202 Accepted)'));
}
for (let m = -21.4; m < -0.3; m += 1.7) {
  email1.push(py(T1, m, 'INFO', 'A request to send order confirmation email to someone@example.com has been received.'));
  email1.push(py(T1, m + 0.05, 'ERROR', `Failed to send order confirmation: POST https://api.sendgrid.com/v3/mail/send: ${dnsErr}`));
  if (Math.round(m * 10) % 3 === 0) email1.push(`Traceback (most recent call last):
  File "/usr/local/lib/python3.12/urllib/request.py", line 1344, in do_open
    h.request(req.get_method(), req.selector, req.data, headers,
  File "/usr/local/lib/python3.12/http/client.py", line 1336, in request
    self._send_request(method, url, body, headers, encode_chunked)
  File "/usr/local/lib/python3.12/http/client.py", line 1001, in connect
    self.sock = socket.create_connection(
  File "/usr/local/lib/python3.12/socket.py", line 829, in create_connection
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
  File "/usr/local/lib/python3.12/socket.py", line 964, in getaddrinfo
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):
socket.gaierror: [Errno -3] Temporary failure in name resolution

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/email_server.py", line 112, in SendOrderConfirmation
    response = self.sg.client.mail.send.post(request_body=message.get())
  File "/usr/local/lib/python3.12/site-packages/python_http_client/client.py", line 277, in http_request
    self._make_request(opener, request, timeout=timeout)
  File "/usr/local/lib/python3.12/site-packages/python_http_client/client.py", line 184, in _make_request
    return opener.open(request, timeout=timeout)
urllib.error.URLError: ${dnsErr}`);
}
const checkout1 = [];
for (let m = -95; m < -22; m += 6) {
  checkout1.push(goLog(T1, m - 0.05, 'info', `payment went through (transaction_id: ${(0x3f9a1c + m * 997 >>> 0).toString(16)}-7c1e-4b2a-9f0d-1a2b3c4d5e6f)`));
  checkout1.push(goLog(T1, m + 0.03, 'info', 'order confirmation email sent to "someone@example.com"'));
}
for (let m = -21.45; m < -0.3; m += 1.7) {
  checkout1.push(goLog(T1, m - 0.04, 'info', `payment went through (transaction_id: ${(0x5e21a7 + Math.round(m * 131) >>> 0).toString(16)}-21c9-4f1e-8a3b-0c9d8e7f6a5b)`));
  checkout1.push(goLog(T1, m + 0.06, 'warning', `failed to send order confirmation to "someone@example.com": rpc error: code = Unknown desc = Exception calling application: ${dnsErr}`));
}
const front1 = [];
for (let m = -30; m < -0.5; m += 2.5) {
  front1.push(JSON.stringify({ 'http.req.id': `a${Math.abs(Math.round(m * 7))}e1f0c2-8d3b-4a1e-9c7f-0b2d4e6f8a1c`, 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', message: 'request started', session: '4d1c7e2a-93b8-4f06-a1d5-7e2c9b0f3a61', severity: 'debug', timestamp: T1.isoMs(m) }));
  front1.push(JSON.stringify({ 'http.req.id': `a${Math.abs(Math.round(m * 7))}e1f0c2-8d3b-4a1e-9c7f-0b2d4e6f8a1c`, 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', 'http.resp.bytes': 5124, 'http.resp.status': 200, 'http.resp.took_ms': 412, message: 'request complete', session: '4d1c7e2a-93b8-4f06-a1d5-7e2c9b0f3a61', severity: 'debug', timestamp: T1.isoMs(m + 0.01) }));
}
const ad1 = [
  `${T1.java(-60 * 26).replace(' ', 'T')}Z INFO  [main] hipstershop.AdService - Ad Service started, listening on 9555`,
  `${T1.java(-12).replace(' ', 'T')}Z INFO  [grpc-default-executor-3] hipstershop.AdService - received ad request (context_words=[clothing])`,
  `${T1.java(-4).replace(' ', 'T')}Z INFO  [grpc-default-executor-1] hipstershop.AdService - received ad request (context_words=[kitchen])`,
];

const s1 = {
  folder: 's127b-sendgrid-dns-servfail',
  incidentTime: T1.iso(0),
  description: 'no order confirmation mails going out since ~14:10, checkout itself works (orders go thru). email svc pods are all green, nothing deployed today',
  expected: { component: 'sendgrid', cause: 'external-dependency' },
  alsoAcceptable: [{ component: 'sendgrid', cause: 'network-fault' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'callers-only', 'external-dependency-failure', 'decoy', 'time-expression', 'partial-name'],
  grounding: `
    Online Boutique v0.10.6 manifests (kit system); emailservice gets SENDGRID_API_HOST=api.sendgrid.com, the operator's
    documented production deviation (SOURCES.md) where the upstream dummy mailer is replaced by the sendgrid Python
    client (python_http_client over urllib). Fault: the provider's authoritative DNS stops answering for api.sendgrid.com
    (the shape of the Oct 2016 Dyn DDoS that took down SendGrid/Twilio names for many customers), so getaddrinfo in the
    emailservice pod returns EAI_AGAIN ("Temporary failure in name resolution") since 14:10; cluster DNS for in-cluster
    names is fine (every gRPC call between services still works). Upstream checkoutservice only logs a warning when
    SendOrderConfirmation fails and still returns the order, which is why checkout "works". emailservice pods stay Ready
    (gRPC health probe does not touch SendGrid). Decoys: adservice restarted two days ago (old OOMKilled, healed) and a
    healthy recommendationservice rollout yesterday. Deviations: the sendgrid client and its log lines; CoreDNS (in
    kube-system) is not in the snapshot.`,
  workloads: {
    adservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 26), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 26 - 0.2) } }) } }] },
    recommendationservice: { rollout: { at: -60 * 20, revision: 6, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/recommendationservice:v0.10.5' } } } },
  },
  events: [
    { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -60 * 20, last: -60 * 20 },
    { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -60 * 20 + 1, last: -60 * 20 + 1 },
  ],
  logs: {
    'emailservice#0/server': email1,
    'checkoutservice#0/server': checkout1,
    'frontend#0/server': front1,
    'adservice#0/server': ad1,
  },
};

// ---------- 2: SendGrid revokes the API key (secret-scanning auto revocation) ----------
const T2 = clock('2026-03-03T08:47:00Z');
const revoked = `HTTP Error 401: Unauthorized b'{"errors":[{"field":null,"message":"The provided authorization grant is invalid, expired, or revoked"}]}'`;
const email2 = [];
for (let m = -120; m < -38; m += 7) {
  email2.push(py(T2, m, 'INFO', 'A request to send order confirmation email to someone@example.com has been received.'));
  email2.push(py(T2, m + 0.01, 'INFO', 'SendGrid accepted message for someone@example.com (202 Accepted)'));
}
for (let m = -37.2; m < -0.3; m += 2.1) {
  email2.push(py(T2, m, 'INFO', 'A request to send order confirmation email to someone@example.com has been received.'));
  email2.push(py(T2, m + 0.01, 'ERROR', `Failed to send order confirmation: POST https://api.sendgrid.com/v3/mail/send: ${revoked}`));
  if (Math.round(m * 10) % 4 === 0) email2.push(`Traceback (most recent call last):
  File "/email_server.py", line 112, in SendOrderConfirmation
    response = self.sg.client.mail.send.post(request_body=message.get())
  File "/usr/local/lib/python3.12/site-packages/python_http_client/client.py", line 277, in http_request
    self._make_request(opener, request, timeout=timeout)
  File "/usr/local/lib/python3.12/site-packages/python_http_client/client.py", line 187, in _make_request
    raise exc
python_http_client.exceptions.UnauthorizedError: ${revoked}`);
}
const checkout2 = [];
for (let m = -37.25; m < -0.3; m += 2.1)
  checkout2.push(goLog(T2, m + 0.03, 'warning', `failed to send order confirmation to "someone@example.com": rpc error: code = Unknown desc = Exception calling application: ${revoked}`));
const cart2 = [];
for (let m = -50; m < -47; m += 0.7) cart2.push(`info: Grpc.AspNetCore.Server.ServerCallHandler[7]\n      Error status code 'Unavailable' with detail 'Can't access cart storage. StackExchange.Redis.RedisTimeoutException: Timeout awaiting response (outbound=0KiB, inbound=0KiB, 5062ms elapsed, timeout is 5000ms), command=HGET, next: HGET 9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0' raised.`.replace('info', 'fail'));
const s2 = {
  folder: 's127b-sendgrid-key-revoked',
  incidentTime: T2.iso(0),
  description: 'Customer support says nobody got order confirmation emails this morning (since around 8:10?). Checkout team pls look, maybe the email service',
  expected: { component: 'sendgrid', cause: 'external-dependency' },
  alsoAcceptable: [{ component: 'emailservice', cause: 'external-dependency' }],
  difficulty: 'medium',
  traits: ['pods-ready', 'external-dependency-failure', 'bad-credentials', 'decoy', 'time-expression', 'team-name'],
  grounding: `
    Same production deviation as SOURCES.md: emailservice sends through SendGrid (SENDGRID_API_HOST=api.sendgrid.com)
    with the sendgrid Python client. Fault on the provider's side: SendGrid automatically revokes an API key that
    GitHub secret scanning reports as leaked (documented SendGrid/GitHub secret-scanning partnership); from 08:10 every
    POST /v3/mail/send answers 401 with SendGrid's real body "The provided authorization grant is invalid, expired, or
    revoked". Nothing changed in the cluster: no rollout, no Secret change, emailservice pods Ready and untouched for
    days. checkoutservice logs the failed SendOrderConfirmation as a warning (upstream behaviour) and orders still
    succeed. Decoy: cartservice logged a short burst of Redis timeouts ~50 min ago that cleared on its own (a
    redis-cart restart nine days ago is also visible). Deviations: the SendGrid client and its log format.`,
  workloads: {
    'redis-cart': { pods: [{ containers: { redis: cs.restartedRunning({ restarts: 1, startedAt: T2.iso(-60 * 24 * 9 + 2), last: { exitCode: 0, reason: 'Completed', startedAt: T2.iso(-60 * 24 * 20), finishedAt: T2.iso(-60 * 24 * 9 + 1.8) } }) } }] },
  },
  events: [],
  logs: {
    'emailservice#0/server': email2,
    'checkoutservice#0/server': checkout2,
    'cartservice#0/server': cart2,
  },
};

export const scenarios = [s1, s2];
