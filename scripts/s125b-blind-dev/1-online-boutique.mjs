// Batch s125b (blind dev): Online Boutique, SendGrid answering TLS handshakes slowly / timing out.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/online-boutique.mjs';

const INC = '2026-04-09T15:32:00Z';
const T = clock(INC);
const py = (min, severity, message) => JSON.stringify({ timestamp: T.isoMs(min), severity, name: 'emailservice-server', message });
const go = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });

const email = [];
const checkout = [];
for (let m = -55; m < -0.5; m += 1.7) {
  const bad = m > -24;
  const slowOk = bad && Math.round(m * 10) % 3 === 0;
  checkout.push(go(m, 'info', `[PlaceOrder] user_id="${['4c5e1f0a', '9d2b77e3', 'a81c03f6'][Math.abs(Math.round(m)) % 3]}-5b2e-4d41-9c1a-2f0b8e6d7a13" user_currency="USD"`));
  checkout.push(go(m + 0.01, 'info', `payment went through (transaction_id: ${Math.abs(Math.round(m * 7919)).toString(16)}a1-3f0c-4e2b-8d57-0c6f2a9e41b7)`));
  email.push(py(m + 0.02, 'INFO', 'A request to send order confirmation email to someone@example.com has been received.'));
  if (!bad) {
    email.push(py(m + 0.03, 'INFO', 'Email sent to someone@example.com: 202'));
    checkout.push(go(m + 0.04, 'info', 'order confirmation email sent to "someone@example.com"'));
  } else if (slowOk) {
    email.push(py(m + 0.2, 'INFO', 'Email sent to someone@example.com: 202'));
    checkout.push(go(m + 0.2, 'info', 'order confirmation email sent to "someone@example.com"'));
  } else {
    email.push(py(m + 0.17, 'ERROR', "HTTPSConnectionPool(host='api.sendgrid.com', port=443): Max retries exceeded with url: /v3/mail/send (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f3c2a1d5e50>, 'Connection to api.sendgrid.com timed out. (connect timeout=10)'))"));
    if (Math.round(m) % 2 === 0) email.push(py(m + 0.18, 'ERROR', "_ssl.c:990: The handshake operation timed out — POST https://api.sendgrid.com/v3/mail/send (attempt 2/2)"));
    checkout.push(go(m + 0.17, 'warning', 'failed to send order confirmation to "someone@example.com": rpc error: code = DeadlineExceeded desc = context deadline exceeded'));
  }
}
const frontend = [];
for (let m = -40; m < -0.5; m += 1.1) {
  const slow = m > -24 && Math.round(m * 10) % 2 === 0;
  frontend.push(JSON.stringify({ 'http.req.id': `7e${Math.abs(Math.round(m * 131)).toString(16)}d0-1c4f-4b8e-a2d3-9f61c0e5b7a4`, 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', 'http.resp.bytes': 9421, 'http.resp.status': 200, 'http.resp.took_ms': slow ? 10412 + Math.abs(Math.round(m * 37)) : 148 + Math.abs(Math.round(m)) , message: 'request complete', session: 'f3b0c9a2-6e1d-4c7a-8b52-d1e0a94f3c86', severity: 'debug', timestamp: T.isoMs(m) }));
  frontend.push(JSON.stringify({ 'http.req.id': `3a${Math.abs(Math.round(m * 97)).toString(16)}f1-77c2-4e0a-9b1d-5c8e2f6a0d39`, 'http.req.method': 'GET', 'http.req.path': '/product/OLJCESPC7Z', 'http.resp.bytes': 8104, 'http.resp.status': 200, 'http.resp.took_ms': 31, message: 'request complete', session: '0d6e2b4f-93a1-4f5c-b7e8-2a9c1d0f6e45', severity: 'debug', timestamp: T.isoMs(m + 0.3) }));
}
const cart = [];
for (let m = -30; m < -0.5; m += 2.5) cart.push(`info: Grpc.AspNetCore.Server.ServerCallHandler[0]\n      GetCart called with userId=4c5e1f0a-5b2e-4d41-9c1a-2f0b8e6d7a13`);

export const scenarios = [
  {
    folder: 's125b-sendgrid-tls-handshake-timeouts',
    incidentTime: INC,
    description: 'no order confirmation mails since about 15:10, checkout is slow too (10s+ on place order). checkoutsvc is full of deadline exceeded warnings',
    expected: { component: 'sendgrid', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'emailservice', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'louder-dependents', 'time-expression', 'partial-name', 'decoy'],
    grounding: `
      Online Boutique v0.10.6 (release/kubernetes-manifests.yaml); emailservice is Python, checkoutservice Go, which calls
      emailservice.SendOrderConfirmation after charging and only logs a warning "failed to send order confirmation" on
      error (checkoutservice main.go), so orders still succeed but PlaceOrder waits for the email RPC. The production
      deviation of this operator (SOURCES.md): emailservice sends through the SendGrid v3 API (SENDGRID_API_HOST=api.sendgrid.com)
      with the python requests/urllib3 client (connect timeout 10 s, one retry). The fault follows SendGrid status-page
      incidents of the "degraded API performance / elevated connection timeouts to api.sendgrid.com" kind: TCP connects and
      TLS handshakes to the provider time out for most requests from ~15:08, a few go through slowly. Every pod stays
      Running and Ready (gRPC probes do not touch SendGrid); no events name the fault. Decoys: a cartservice container
      OOM-killed three days ago and restarted once, and a healthy recommendationservice rollout 2 hours earlier.
      Deviations: emailservice upstream is a dummy that only logs; the SendGrid relay and its log lines are this operator's.
    `,
    workloads: {
      cartservice: {
        pods: [
          { containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } },
          {},
        ],
      },
      recommendationservice: {
        rollout: { at: -122, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/recommendationservice:v0.10.5' } } },
      },
    },
    events: [
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -122 },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -121 },
      { on: 'pod:recommendationservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/recommendationservice:v0.10.6" already present on machine', first: -121.8 },
      { on: 'pod:recommendationservice#0', reason: 'Started', message: 'Started container server', first: -121.7 },
    ],
    logs: {
      'emailservice#0/server': email,
      'checkoutservice#0/server': checkout,
      'frontend#0/server': frontend,
      'cartservice#1/server': cart,
    },
  },
];
