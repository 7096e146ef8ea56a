// Batch s135d (blind dev): Online Boutique. System read from scripts/s2-scenarios/online-boutique.mjs (its `system` only).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];
const fl = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? `3f1c${String(Math.abs(Math.round(min * 100))).padStart(4, '0')}-9a2e-4b61-8d1f-0c7e5a9b2d44`, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min) });

// ---------- 1. fault: paymentservice release rejects every Visa card ----------
const I1 = '2026-03-20T13:50:00Z';
const T1 = clock(I1);
const payLog = (min, level, msg) => JSON.stringify({ severity: level, time: Date.parse(T1.isoMs(min)), pid: 1, hostname: '%POD%', name: 'paymentservice-charge', message: msg });
const payCur = [
  JSON.stringify({ severity: 'info', time: Date.parse(T1.isoMs(-26.6)), pid: 1, hostname: '%POD%', name: 'paymentservice-server', message: 'PaymentService gRPC server started on port 50051' }),
];
const front1 = [], co1 = [];
for (let m = -58; m < -1; m += 1.5) {
  const p = PRODUCTS[Math.abs(Math.round(m)) % PRODUCTS.length];
  front1.push(fl(T1, m, 'debug', 'request started', { path: `/product/${p}` }));
  front1.push(fl(T1, m + 0.01, 'debug', 'request complete', { path: `/product/${p}` }));
}
for (let m = -57; m < -27; m += 4) {
  co1.push(JSON.stringify({ message: `[PlaceOrder] user_id="${(m * -7919).toString(16)}-2c4e-4a1b-9f0d-5e8c7b3a6d21" user_currency="USD"`, severity: 'info', timestamp: T1.isoMs(m) }));
  co1.push(JSON.stringify({ message: `payment went through (transaction_id: ${(m * -104729).toString(16)}a1-3b7e-4c2d-8f90-1e5d6c4b7a38)`, severity: 'info', timestamp: T1.isoMs(m + 0.02) }));
  co1.push(JSON.stringify({ message: 'order confirmation email sent to "someone@example.com"', severity: 'info', timestamp: T1.isoMs(m + 0.04) }));
  front1.push(fl(T1, m + 0.05, 'info', 'order placed', { method: 'POST', path: '/cart/checkout' }));
  payCur.length; // old pod logs are not kept
}
for (let m = -25.5; m < -1; m += 1.7) {
  const amt = `USD ${10 + (Math.abs(Math.round(m * 13)) % 240)}.${String(Math.abs(Math.round(m * 97)) % 100).padStart(2, '0')}`;
  payCur.push(JSON.stringify({ severity: 'info', time: Date.parse(T1.isoMs(m)), pid: 1, hostname: '%POD%', name: 'paymentservice-charge', message: `Transaction processing: visa ending 0454     Amount: ${amt}` }).replace('Transaction processing', 'Transaction processing').replace(/^/, ''));
  payCur.pop();
  payCur.push(payLog(m, 'warn', 'Sorry, we cannot process Visa credit cards. Only VISA or MasterCard is accepted.'));
  co1.push(JSON.stringify({ message: `[PlaceOrder] user_id="${(Math.round(m * -7919)).toString(16)}-7d1a-4e2b-a0c3-9b8f6e5d4c12" user_currency="USD"`, severity: 'info', timestamp: T1.isoMs(m - 0.01) }));
  front1.push(fl(T1, m + 0.01, 'error', 'request error', { method: 'POST', path: '/cart/checkout', error: 'failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unknown desc = Sorry, we cannot process Visa credit cards. Only VISA or MasterCard is accepted.' }));
}
front1.sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp));
co1.sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp));

const s1 = {
  folder: 's135d-payment-release-rejects-visa',
  description: 'checkout broken since ~13:25, every order fails with "cannot process Visa credit cards" even tho its a visa?? lots of errors from checkoutsvc and frontend',
  incidentTime: I1,
  expected: { component: 'paymentservice', cause: 'bad-deploy-rollout' },
  alsoAcceptable: [{ component: 'paymentservice', cause: 'config-error' }],
  difficulty: 'hard',
  traits: ['rollout-regression', 'pods-ready', 'louder-dependents', 'partial-name', 'typo', 'time-expression'],
  workloads: {
    paymentservice: {
      rollout: { at: -27, revision: 5, oldContainers: { server: { image: `${REG}/paymentservice:v0.10.6` } } },
      containers: { server: { image: `${REG}/paymentservice:v0.10.7-rc.1` } },
    },
  },
  events: [
    { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set paymentservice-%NEW% to 1', first: -27 },
    { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set paymentservice-%OLD% to 0 from 1', first: -26.4 },
    { on: 'pod:paymentservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -26.9, source: 'default-scheduler' },
    { on: 'pod:paymentservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/paymentservice:v0.10.7-rc.1" in 2.871s (2.871s including waiting). Image size: 59120466 bytes.`, first: -26.8, fieldPath: 'spec.containers{server}' },
    { on: 'pod:paymentservice#0', reason: 'Created', message: 'Created container server', first: -26.7, fieldPath: 'spec.containers{server}' },
    { on: 'pod:paymentservice#0', reason: 'Started', message: 'Started container server', first: -26.7, fieldPath: 'spec.containers{server}' },
  ],
  logs: {
    'paymentservice#0/server': payCur,
    'checkoutservice#0/server': co1,
    'frontend#0/server': front1,
  },
  grounding: `
    Fault: a release of paymentservice (v0.10.6 to an internal v0.10.7-rc.1 build, 27 minutes before the report) that
    bumped the simple-card-validator dependency. Upstream src/paymentservice/charge.js rejects any card whose
    card_type is not exactly 'visa' or 'mastercard' (UnacceptedCreditCard: "Sorry, we cannot process <type> credit
    cards. Only VISA or MasterCard is accepted."); the new validator reports 'Visa', so every Visa charge fails. The
    pod is Ready (the gRPC health check does not charge), checkoutservice and frontend log the failures loudly.
    Deviations: the rc image and the validator change are invented (a plausible dependency regression, no public
    post-mortem); log shapes follow pino (paymentservice), logrus JSON (checkoutservice, frontend) upstream.`,
};

// ---------- 2. no-fault: recommendations change on every reload (random by design) ----------
const I2 = '2026-03-21T09:15:00Z';
const T2 = clock(I2);
const rlog = (min, msg, sev = 'INFO') => JSON.stringify({ timestamp: T2.isoMs(min), severity: sev, name: 'recommendationservice-server', message: msg });
const recPrev = [rlog(-60 * 24 * 5, 'initializing recommendationservice'), rlog(-60 * 24 * 5 + 0.1, 'listening on port: 8080')];
for (let m = -58; m < -33; m += 2) recPrev.push(rlog(m, `[Recv ListRecommendations] product_ids=['${PRODUCTS[(Math.abs(Math.round(m)) + 1) % 9]}', '${PRODUCTS[(Math.abs(Math.round(m)) + 4) % 9]}', '${PRODUCTS[(Math.abs(Math.round(m)) + 7) % 9]}', '${PRODUCTS[(Math.abs(Math.round(m)) + 2) % 9]}', '${PRODUCTS[(Math.abs(Math.round(m)) + 5) % 9]}']`));
const recCur = [rlog(-31.8, 'initializing recommendationservice'), rlog(-31.7, 'listening on port: 8080')];
for (let m = -31; m < -1; m += 1.5) recCur.push(rlog(m, `[Recv ListRecommendations] product_ids=['${PRODUCTS[(Math.abs(Math.round(m)) + 3) % 9]}', '${PRODUCTS[(Math.abs(Math.round(m)) + 6) % 9]}', '${PRODUCTS[(Math.abs(Math.round(m)) + 8) % 9]}', '${PRODUCTS[(Math.abs(Math.round(m)) + 1) % 9]}', '${PRODUCTS[Math.abs(Math.round(m)) % 9]}']`));
const front2 = [];
for (let m = -59; m < -1; m += 1.3) {
  const p = PRODUCTS[Math.abs(Math.round(m * 3)) % 9];
  if (m > -33.5 && m < -32) front2.push(fl(T2, m, 'warning', 'failed to retrieve ads', { path: `/product/${p}`, error: 'rpc error: code = DeadlineExceeded desc = context deadline exceeded' }));
  if (m > -34 && m < -31.5) front2.push(fl(T2, m + 0.01, 'error', 'request error', { path: `/product/${p}`, error: 'failed to get product recommendations: failed to get recommended product info (#0): rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:recommendationservice%:8080: connect: connection refused"' }));
  else { front2.push(fl(T2, m, 'debug', 'request started', { path: `/product/${p}` })); front2.push(fl(T2, m + 0.01, 'debug', 'request complete', { path: `/product/${p}` })); }
}
front2.sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp));

const s2 = {
  folder: 's135d-recommendations-random-by-design',
  description: 'marketing says the "You May Also Like" items on product pages change every refresh and are not related to the product at all, since this morning ~8:40. recomendation service broken?',
  incidentTime: I2,
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'typo', 'partial-name', 'time-expression'],
  workloads: {
    recommendationservice: {
      pods: [{
        containers: {
          server: cs.restartedRunning({ restarts: 1, startedAt: T2.iso(-31.9), last: { exitCode: 137, reason: 'Error', startedAt: T2.iso(-60 * 24 * 5), finishedAt: T2.iso(-32.0) } }),
        },
        readyTransition: T2.iso(-31.5),
      }],
    },
  },
  events: [
    { on: 'pod:recommendationservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: timeout: failed to connect service ":8080" within 1s: context deadline exceeded', first: -33.0, last: -32.2, count: 3, fieldPath: 'spec.containers{server}' },
    { on: 'pod:recommendationservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":8080" within 1s: context deadline exceeded', first: -33.0, last: -31.6, count: 4, fieldPath: 'spec.containers{server}' },
    { on: 'pod:recommendationservice#0', reason: 'Killing', message: 'Container server failed liveness probe, will be restarted', first: -32.1, fieldPath: 'spec.containers{server}' },
    { on: 'pod:recommendationservice#0', reason: 'Pulled', message: `Container image "${REG}/recommendationservice:v0.10.6" already present on machine`, first: -32.0, fieldPath: 'spec.containers{server}' },
    { on: 'pod:recommendationservice#0', reason: 'Created', message: 'Created container server', first: -32.0, fieldPath: 'spec.containers{server}' },
    { on: 'pod:recommendationservice#0', reason: 'Started', message: 'Started container server', first: -31.9, fieldPath: 'spec.containers{server}' },
  ],
  logs: {
    'recommendationservice#0/server': recCur,
    'recommendationservice#0/server/previous': recPrev,
    'frontend#0/server': front2,
  },
  grounding: `
    No fault. Upstream src/recommendationservice/recommendation_server.py lists all products from
    productcatalogservice, drops the ones in the request and returns random.sample of up to 5 of the rest: the
    "You May Also Like" row is random on purpose and changes on every page load, on every day since install. Decoy:
    32 minutes before the report the recommendationservice container failed its gRPC liveness probe three times,
    was killed (exit 137) and restarted; frontend logged a short burst of "failed to get product recommendations
    ... connection refused" (and one ads timeout) that stopped at the restart, and the pod has been Ready since.
    Deviations: the probe stall is invented; log texts follow upstream's JSON logger ("[Recv ListRecommendations]
    product_ids=...") with product ids of the upstream catalog.`,
};

export const scenarios = [s1, s2];
