// Batch s47b (blind dev): one Online Boutique incident for the scenario kit, with the session-2 system definition of
// scripts/s2-scenarios/online-boutique.mjs. A checkoutservice rollout points EMAIL_SERVICE_ADDR at the container port.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INC = '2026-05-19T11:26:00Z';
const T = clock(INC);
const ROLL = -107; // 09:39 UTC
const co = system.workloads.find((w) => w.name === 'checkoutservice').containers[0];
const newEnv = co.env.map((e) => (e.name === 'EMAIL_SERVICE_ADDR' ? { name: 'EMAIL_SERVICE_ADDR', value: 'emailservice:8080' } : e));
// The same change added an OTEL collector address the team's fork reads (harmless).
newEnv.push({ name: 'COLLECTOR_SERVICE_ADDR', value: 'opentelemetrycollector:4317' });

const lr = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min).replace('Z', '412Z') });
const emails = ['pam.beesly@example.com', 'ralph.w@example.org', 'n.okafor@example.com', 'someone@example.com', 'j.silva@example.net', 'k.meyer@example.de'];
const coLogs = [lr(ROLL + 0.6, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:8080 paymentSvcAddr:paymentservice:50051 productCatalogSvcConn:<nil> cartSvcConn:<nil> currencySvcConn:<nil> shippingSvcConn:<nil> emailSvcConn:<nil> paymentSvcConn:<nil>}'), lr(ROLL + 0.62, 'info', 'starting to listen on tcp: "[::]:5050"')];
let k = 0;
for (let m = ROLL + 3; m < -0.3; m += 2.35) {
  const uidv = `${(k * 48271 + 4096).toString(16).padStart(8, '0')}-9c2e-4b7a-a1d0-5e${(k * 69621).toString(16).padStart(10, '0')}`;
  const email = emails[k % emails.length];
  coLogs.push(lr(m, 'info', `[PlaceOrder] user_id="${uidv}" user_currency="${k % 3 ? 'USD' : 'EUR'}"`));
  coLogs.push(lr(m + 0.004, 'info', `payment went through (transaction_id: ${(k * 2654435761 % 4294967296).toString(16).padStart(8, '0')}-5d1f-4e2a-9b8c-${String(k).padStart(12, '0')})`));
  // The first call waits out the dial; while the channel is in TRANSIENT_FAILURE later calls fail fast with the last error.
  coLogs.push(lr(m + (k % 4 === 0 ? 0.34 : 0.006), 'warning', `failed to send order confirmation to "${email}": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:emailservice%:8080: i/o timeout"`));
  k++;
}
const emLogs = [
  JSON.stringify({ timestamp: Date.parse(T.iso(-60 * 24 * 9)) / 1000 + 4.1, severity: 'INFO', name: 'emailservice-server', message: 'starting the email service in dummy mode.' }),
  JSON.stringify({ timestamp: Date.parse(T.iso(-60 * 24 * 9)) / 1000 + 4.2, severity: 'INFO', name: 'emailservice-server', message: 'listening on port: 8080' }),
];
for (let m = -200; m < ROLL; m += 3.1) emLogs.push(JSON.stringify({ timestamp: Math.round(Date.parse(T.iso(m)) / 10) / 100, severity: 'INFO', name: 'emailservice-server', message: `A request to send order confirmation email to ${emails[Math.round(-m) % emails.length]} has been received.` }));

const fe = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '7b21c0e4-3f9a-4d16-8e52-0a9c4d7f1b33', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', message, session: extra.session ?? 'c04d2e91-6a7b-4f3c-b2e8-91d0f5a6c7e2', severity, timestamp: T.isoMs(min) });
const feLogs = [];
for (let m = -30; m < -0.5; m += 2.35) {
  feLogs.push(fe(m, 'debug', 'request started', { method: 'POST', path: '/cart/checkout' }));
  feLogs.push(fe(m + 0.006, 'info', 'order placed', { method: 'POST', path: '/cart/checkout' }));
  feLogs.push(fe(m + 0.007, 'debug', 'request complete', { method: 'POST', path: '/cart/checkout' }));
}

export const scenarios = [
  {
    folder: 's47b-checkout-email-wrong-port',
    incidentTime: INC,
    description: "customers say they're not getting order confirmation emails since ~9:40 (orders themselves go through)",
    expected: { component: 'checkoutservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Online Boutique v0.10.6 (session-2 system). checkoutservice reads EMAIL_SERVICE_ADDR (upstream emailservice:5000); the
      emailservice Service maps port 5000 to the container's 8080. A change rolled out at 09:39 UTC "aligned" the address with
      the container port (emailservice:8080), so checkout dials the ClusterIP on a port the Service does not expose: no
      kube-proxy rule, the SYNs are dropped and grpc-go reports "transport: Error while dialing: dial tcp <clusterIP>:8080:
      i/o timeout". checkoutservice's sendOrderConfirmation failure is only a warning ("failed to send order confirmation to
      %q: %+v"), so every order still succeeds and only the confirmation mail is lost; emailservice stays healthy and simply
      stops receiving requests after 09:39. checkoutservice logs logrus JSON (message/severity/timestamp) and prints its
      service config at start; emailservice (Python) logs its JSON lines. Every pod is Running and Ready. Decoys: a benign
      frontend rollout 50 minutes before the incident, and a cartservice pod restarted once yesterday (exit 139).
      Written blind; the expected answer (config-error on checkoutservice, bad-deploy-rollout accepted since the value came in
      with a rollout) was fixed before the snapshot was generated.`,
    workloads: {
      checkoutservice: {
        rollout: { at: ROLL, oldContainers: { server: { env: co.env } }, oldReplicas: 0, revision: 9 },
        containers: { server: { env: newEnv } },
      },
      frontend: {
        rollout: { at: -50, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/frontend:v0.10.5' } }, oldReplicas: 0, revision: 7 },
      },
      cartservice: {
        pods: [{}, { containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 21), last: { exitCode: 139, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 21 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: ROLL },
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: ROLL + 0.4 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -50 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -49.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -49.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -49 },
      { on: 'pod:frontend#1', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": dial tcp %PODIP%:8080: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{server}', first: -49.2 },
    ],
    logs: {
      'checkoutservice#0/server': coLogs,
      'emailservice#0/server': emLogs,
      'frontend#0/server': feLogs,
    },
  },
];
