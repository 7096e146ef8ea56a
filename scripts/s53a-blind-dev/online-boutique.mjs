// Blind dev batch s53a, Online Boutique: one scenario on the session-2 system definition (release manifests at 34ffea9).
// A checkoutservice release points EMAIL_SERVICE_ADDR at the email container port instead of the Service port.
import { createHash } from 'node:crypto';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const INCIDENT = '2026-04-08T16:20:00Z';
const T = clock(INCIDENT);
const ROLLOUT = -96; // 14:44 UTC, the afternoon checkout release

const checkoutEnv = (email) => base.workloads.find((w) => w.name === 'checkoutservice').containers[0].env
  .map((e) => (e.name === 'EMAIL_SERVICE_ADDR' ? { ...e, value: email } : e));

const hex = (s) => createHash('sha256').update(s).digest('hex');
const uuid = (s) => { const x = hex(s); return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-9${x.slice(17, 20)}-${x.slice(20, 32)}`; };
// RFC3339Nano as Go prints it: nanoseconds, trailing zeros dropped (the last digit here is never 0).
const nano = (min) => T.isoMs(min).replace('Z', `${String(parseInt(hex(`ns${min}`).slice(0, 6), 16) % 100000).padStart(5, '0')}7Z`);
// logrus JSONFormatter (keys sorted, RFC3339Nano) as checkoutservice and frontend print it.
const lr = (min, severity, message, extra = {}) => JSON.stringify(Object.fromEntries(Object.entries({ ...extra, message, severity, timestamp: nano(min) }).sort(([a], [b]) => a.localeCompare(b))));
// python-json-logger as emailservice and recommendationservice print it (epoch seconds).
const pj = (min, severity, name, message) => `{"timestamp": ${(Date.parse(T.isoMs(min)) / 1000).toFixed(6)}, "severity": "${severity}", "name": "${name}", "message": "${message}"}`;

const users = [
  ['1f7c2b9e-4d0a-4b8e-9c61-0e5a7d3f2b18', 'someone@example.com', 'USD'],
  ['8a3e5d21-6f4b-4c0e-b7d2-91c4e8a0f6d3', 'jlee.shop@gmail.com', 'EUR'],
  ['c02b7f94-1e8d-4a63-8f5c-2d9b6e1a7c40', 'someone@example.com', 'USD'],
  ['5e9d1a03-7b2c-4f8e-a4d6-3c8f0b2e9d71', 'maria.k@outlook.com', 'CAD'],
  ['b6f40c8e-2a9d-4e17-9b35-7d1e6c0a4f82', 'someone@example.com', 'JPY'],
];
const dialErr = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:emailservice%:8080: i/o timeout"';

function checkoutLog() {
  const out = [];
  const at = (m, ...a) => out.push([m, lr(m, ...a)]);
  [
    lr(ROLLOUT + 0.55, 'info', 'Tracing disabled.'),
    lr(ROLLOUT + 0.55, 'info', 'Profiling disabled.'),
    lr(ROLLOUT + 0.56, 'info', 'service config: &{UnimplementedCheckoutServiceServer:{} productCatalogSvcAddr:productcatalogservice:3550 productCatalogSvcConn:0xc000190400 cartSvcAddr:cartservice:7070 cartSvcConn:0xc000190c00 currencySvcAddr:currencyservice:7000 currencySvcConn:0xc000191000 shippingSvcAddr:shippingservice:50051 shippingSvcConn:0xc000190000 emailSvcAddr:emailservice:8080 emailSvcConn:0xc000191400 paymentSvcAddr:paymentservice:50051 paymentSvcConn:0xc000191800}'),
    lr(ROLLOUT + 0.56, 'info', 'starting to listen on tcp: "[::]:5050"'),
  ].forEach((l, i) => out.push([ROLLOUT + 0.55 + i * 0.001, l]));
  const orders = [-88.2, -71.5, -63.9, -52.4, -44.0, -38.7, -27.3, -19.8, -12.6, -7.1, -3.4];
  orders.forEach((m, i) => {
    const [uidv, email, cur] = users[i % users.length];
    const slow = i % 4 === 0;
    at(m, 'info', `[PlaceOrder] user_id="${uidv}" user_currency="${cur}"`);
    at(m + 0.01, 'info', `payment went through (transaction_id: ${uuid(`tx${i}`)})`);
    at(m + (slow ? 0.35 : 0.02), 'warning', `failed to send order confirmation to "${email}": ${dialErr}`);
  });
  return out.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

function emailLog() {
  const out = [pj(-60 * 24 * 9 + 0.4, 'INFO', 'emailservice-server', 'starting the email service in dummy mode.'), pj(-60 * 24 * 9 + 0.41, 'INFO', 'emailservice-server', 'Profiler disabled.'), pj(-60 * 24 * 9 + 0.41, 'INFO', 'emailservice-server', 'Tracing disabled.'), pj(-60 * 24 * 9 + 0.42, 'INFO', 'emailservice-server', 'listening on port: 8080')];
  // orders before the release still reached it; none since
  for (const m of [-161.4, -148.9, -137.2, -129.5, -118.3, -107.7, -99.2]) out.push(pj(m, 'INFO', 'emailservice-server', `A request to send order confirmation email to ${users[Math.abs(Math.round(m)) % users.length][1]} has been received.`));
  return out;
}

function frontendLog(offset) {
  const out = [];
  const push = (m, ...a) => out.push([m, lr(m, ...a)]);
  const paths = ['/', '/product/OLJCESPC7Z', '/cart', '/product/66VCHSJNUP', '/', '/product/1YMWWN1N4O', '/cart/checkout'];
  for (let k = 0; k < 26; k++) {
    const m = -118 + k * 4.5 + offset;
    const p = paths[k % paths.length];
    const id = uuid(`req${k}/${offset}`);
    const session = users[k % users.length][0];
    const f = { 'http.req.id': id, 'http.req.method': p === '/cart/checkout' ? 'POST' : 'GET', 'http.req.path': p, session };
    push(m, 'debug', 'request started', f);
    if (p === '/cart/checkout') {
      push(m + 0.0005, 'debug', 'placing order', f);
      const after = m > ROLLOUT;
      const took = after && k % 2 === 0 ? 20114 + k * 3 : 212 + k;
      push(m + took / 60000, 'info', 'order placed', { ...f, order: `${hex(`o${k}${offset}`).slice(0, 8)}-15a${k % 10}-11f1-9a2d-0a58ac1e0c2${k % 10}` });
      push(m + took / 60000 + 0.001, 'debug', 'request complete', { ...f, 'http.resp.bytes': 9214, 'http.resp.status': 200, 'http.resp.took_ms': took + 41 });
    } else {
      push(m + 0.002, 'debug', 'request complete', { ...f, 'http.resp.bytes': p === '/' ? 10807 : 8033, 'http.resp.status': 200, 'http.resp.took_ms': 38 + k });
    }
  }
  return out.filter((x) => x[0] < -0.05).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

export const scenarios = [
  {
    folder: 's53a-checkout-email-addr-container-port',
    incidentTime: INCIDENT,
    description: 'no order confirmation emails since the 2:45pm release, and place order sometimes hangs ~20s before the confirmation page. emailservice pod looks totally fine',
    expected: { component: 'checkoutservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    workloads: {
      checkoutservice: {
        rollout: { at: ROLLOUT, revision: 6, oldContainers: { server: { env: checkoutEnv('emailservice:5000') } } },
        containers: { server: { env: checkoutEnv('emailservice:8080') } },
      },
      recommendationservice: {
        pods: [{
          containers: {
            server: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 41),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 41.3) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1 from 0', first: ROLLOUT, last: ROLLOUT },
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: ROLLOUT + 0.3, last: ROLLOUT + 0.3 },
    ],
    logs: {
      'checkoutservice#0/server': checkoutLog(),
      'emailservice#0/server': emailLog(),
      'frontend#0/server': frontendLog(0),
      'frontend#1/server': frontendLog(2.2),
      'recommendationservice#0/server': [
        pj(-60 * 24 * 3 - 40.8, 'INFO', 'recommendationservice-server', 'initializing recommendationservice'),
        pj(-60 * 24 * 3 - 40.8, 'INFO', 'recommendationservice-server', 'Profiler disabled.'),
        pj(-60 * 24 * 3 - 40.8, 'INFO', 'recommendationservice-server', 'Tracing disabled.'),
        pj(-60 * 24 * 3 - 40.7, 'INFO', 'recommendationservice-server', 'product catalog address: productcatalogservice:3550'),
        pj(-60 * 24 * 3 - 40.7, 'INFO', 'recommendationservice-server', 'listening on port: 8080'),
        ...[-31.2, -22.5, -14.8, -6.1, -2.3].map((m) => pj(m, 'INFO', 'recommendationservice-server', '[Recv ListRecommendations] product_ids=[\'1YMWWN1N4O\', \'L9ECAV7KIM\', \'2ZYFJ3GM2N\', \'0PUK6V6EV0\', \'LS4PSXUNUM\']')),
      ],
    },
    grounding: `
      Manifests: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at 34ffea9 (v0.10.6): checkoutservice
      gets EMAIL_SERVICE_ADDR=emailservice:5000; the emailservice Service maps port 5000 to targetPort 8080 (the container's PORT).
      Fault: a config-only checkoutservice release (revision 6, 14:44 UTC) sets EMAIL_SERVICE_ADDR=emailservice:8080, the container
      port, as an overlay author reading the Deployment would. The Service exposes no 8080, so the ClusterIP is not rewritten and the
      dial times out. src/checkoutservice/main.go at 34ffea9: mustConnGRPC uses grpc.NewClient (lazy, no startup failure), PlaceOrder
      logs a warning "failed to send order confirmation to %q: %+v" and still returns the order, so orders succeed, emails are never
      requested (emailservice's DummyEmailService log line stops at the release) and the calls that wait out a connection attempt
      (grpc-go's 20 s minimum connect timeout) make checkout hang. Every pod is Ready; the grpc health probes pass.
      Logs: logrus JSONFormatter (timestamp/severity/message, keys sorted) for checkoutservice and frontend (debug level, "request
      started"/"request complete" and "order placed" from src/frontend/middleware.go and handlers.go); python-json-logger
      (logger.py) for emailservice and recommendationservice.
      Decoy: recommendationservice OOMKilled once three days ago (450Mi limit), Running since.
      Deviations: the release keeps the v0.10.6 image (an env-only change); order ids, transaction ids and emails are invented.
    `,
  },
];
