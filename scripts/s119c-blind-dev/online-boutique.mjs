// Blind dev batch s119c: Online Boutique scenario (spec for scripts/s2-scenario-kit.mjs).
// checkoutservice's EMAIL_SERVICE_ADDR edited to the emailservice container port 8080 instead of the Service port 5000.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const T = clock('2025-04-03T15:20:00Z');
const base = system.workloads.find((w) => w.name === 'checkoutservice').containers[0].env;
const env = base.map((e) => (e.name === 'EMAIL_SERVICE_ADDR' ? { ...e, value: 'emailservice:8080' } : e));
const logrus = (min, level, msg) => JSON.stringify({ message: msg, severity: level, timestamp: T.isoMs(min) });
const pyjson = (min, level, msg) => JSON.stringify({ timestamp: T.isoMs(min).replace('Z', ''), severity: level, name: 'emailservice-server', message: msg });
const order = (min, id, email) => [
  logrus(min, 'info', `[PlaceOrder] user_id="${id}" user_currency="EUR"`),
  logrus(min + 0.01, 'info', `payment went through (transaction_id: ${id.slice(0, 8)}-4c1e-9a3f-${id.slice(-12)})`),
  logrus(min + 0.35, 'warning', `failed to send order confirmation to "${email}": rpc error: code = DeadlineExceeded desc = context deadline exceeded`),
];

export const scenarios = [
  {
    folder: 's119c-checkout-email-addr-container-port',
    incidentTime: '2025-04-03T15:20:00Z',
    description: 'Support ticket pile-up: customers say they get no order confirmation email since early afternoon. Checkout itself works, orders go through. Email team says the mail service is up.',
    expected: { component: 'checkoutservice', cause: 'config-error' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'team-name', 'time-expression', 'decoy'],
    workloads: {
      checkoutservice: { rollout: { at: -95, revision: 6, oldContainers: { server: { env: base } } }, containers: { server: { env } } },
      recommendationservice: { pods: [{ containers: { server: { state: { running: { startedAt: T.iso(-60 * 24 * 2) } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 5), finishedAt: T.iso(-60 * 24 * 2 - 0.1), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }] },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -95 },
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: -94.5 },
    ],
    logs: {
      'checkoutservice#0/server': [
        logrus(-94.4, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:8080 paymentSvcAddr:paymentservice:50051}'),
        logrus(-94.4, 'info', 'starting to listen on tcp: "[::]:5050"'),
        ...order(-71, 'b7d0c2e1-55a8-4f0e-8c61-2e9a7d3f14b8', 'alice.m@example.com'),
        ...order(-33, '0f3e91a4-2c7b-4d58-9e06-7a1b5c8d2f90', 'j.ortega@example.org'),
        ...order(-4, '6a2c8e17-9b3d-4f41-a5e2-1d7f0c3b9e66', 'someone@example.net'),
      ],
      'emailservice#0/server': [
        pyjson(-60 * 30, 'INFO', 'starting the email service in dummy mode.'),
        pyjson(-60 * 30, 'INFO', 'listening on port: 8080'),
        pyjson(-100, 'INFO', 'A request to send order confirmation email to kim@example.com has been received.'),
      ],
      'frontend#0/server': [
        JSON.stringify({ 'http.req.id': 'e1f0a9c2-7b4d-4e33-8a51-3c6d2b9f0e17', 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', message: 'order placed', 'http.resp.took_ms': 521, session: '2b7c9e41-0d3a-4f58-b6e2-8a1f3c5d7e90', severity: 'debug', timestamp: T.isoMs(-4) }),
      ],
    },
    grounding: `
      Upstream kubernetes-manifests: the emailservice Service listens on 5000 and targets container port 8080; checkoutservice
      reads EMAIL_SERVICE_ADDR=emailservice:5000. checkoutservice (Go) logs a warning and still completes the order when
      sendOrderConfirmation fails (main.go PlaceOrder). Fault: EMAIL_SERVICE_ADDR was edited to emailservice:8080 (the
      container port) at -95 min; the ClusterIP has no 8080 port so the dial never connects and the call hits its deadline.
      Emailservice stays Ready and silent after the edit. Decoy: recommendationservice OOMKilled two days ago.
      Deviation: the frontend log line is shortened.`,
  },
];
