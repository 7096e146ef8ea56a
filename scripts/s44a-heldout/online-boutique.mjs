// Batch s44a held-out scenario for Online Boutique (split: test), written blind: the session-2 system definition
// (GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml at 34ffea9, v0.10.6) and one incident.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INC = '2026-05-19T14:41:00Z';
const T = clock(INC);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const frontendEnv = (curAddr) => [
  { name: 'PORT', value: '8080' },
  { name: 'PRODUCT_CATALOG_SERVICE_ADDR', value: 'productcatalogservice:3550' },
  { name: 'CURRENCY_SERVICE_ADDR', value: curAddr },
  { name: 'CART_SERVICE_ADDR', value: 'cartservice:7070' },
  { name: 'RECOMMENDATION_SERVICE_ADDR', value: 'recommendationservice:8080' },
  { name: 'SHIPPING_SERVICE_ADDR', value: 'shippingservice:50051' },
  { name: 'CHECKOUT_SERVICE_ADDR', value: 'checkoutservice:5050' },
  { name: 'AD_SERVICE_ADDR', value: 'adservice:9555' },
  { name: 'SHOPPING_ASSISTANT_SERVICE_ADDR', value: 'shoppingassistantservice:80' },
  { name: 'ENABLE_PROFILER', value: '0' },
];
const BAD = 'currencyservice.boutque.svc.cluster.local:7000';
const DNS_ERR = `could not retrieve currencies: rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp: lookup currencyservice.boutque.svc.cluster.local on 10.12.0.10:53: no such host\\"`;

// logrus JSON as the Go frontend prints it (fields sorted).
const fl = (min, severity, message, f = {}) =>
  `{${[
    ...(f.error ? [`"error":"${f.error}"`] : []),
    `"http.req.id":"${f.id}"`,
    `"http.req.method":"${f.method ?? 'GET'}"`,
    `"http.req.path":"${f.path ?? '/'}"`,
    ...(f.status ? [`"http.resp.bytes":${f.bytes},"http.resp.status":${f.status},"http.resp.took_ms":${f.took}`] : []),
    `"message":"${message}"`,
    `"session":"${f.session}"`,
    `"severity":"${severity}"`,
    `"timestamp":"${T.isoMs(min)}"`,
  ].join(',')}}`;
const rid = (i) => {
  const x = ((i + 7) * 2654435761) >>> 0;
  const hx = x.toString(16).padStart(8, '0');
  return `${hx}-${hx.slice(0, 4)}-4${hx.slice(1, 4)}-9${hx.slice(4, 7)}-${hx}${hx.slice(0, 4)}`;
};
const PATHS = ['/', '/product/OLJCESPC7Z', '/cart', '/product/66VCHSJNUP', '/', '/product/1YMWWN1N4O', '/setCurrency', '/product/L9ECAV7KIM'];

function frontendLog(podIdx, from, to) {
  const out = [];
  let i = podIdx * 1000;
  for (let m = from; m < to; m += 0.37) {
    i++;
    const path = PATHS[i % PATHS.length];
    const method = path === '/setCurrency' ? 'POST' : 'GET';
    const f = { id: rid(i), session: rid(i % 9 + 500), path, method };
    out.push(fl(m, 'debug', 'request started', f));
    if (path === '/setCurrency') {
      out.push(fl(m + 0.002, 'debug', 'request complete', { ...f, status: 302, bytes: 0, took: 1 }));
      continue;
    }
    out.push(fl(m + 0.001, 'error', 'request error', { ...f, error: DNS_ERR }));
    out.push(fl(m + 0.002, 'debug', 'request complete', { ...f, status: 500, bytes: 3208, took: 14 + (i % 9) }));
  }
  return out;
}
// currencyservice (Node.js, pino) answers frontend and checkout; the frontend's calls stop with the rollout.
function currencyLog() {
  const out = [];
  let n = 0;
  for (let m = -58; m < -0.2; m += m < -23.6 ? 0.25 : 2.9) {
    n++;
    const t = Date.parse(T.isoMs(m));
    const msg = m < -23.6 && n % 3 === 0 ? 'Getting supported currencies...' : 'conversion request successful';
    if (m < -23.6 && n % 3 === 1) out.push(`{"severity":"info","time":${t},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"received conversion request"}`);
    out.push(`{"severity":"info","time":${t + 3},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"${msg}"}`);
  }
  return out;
}

export const scenarios = [
  {
    folder: 's44a-frontend-currency-addr-typo',
    split: 'test',
    description: 'boutique storefront throwing 500 on basically every page since ~14:20, pls look',
    incidentTime: INC,
    expected: { component: 'frontend', cause: 'config-error' },
    alsoAcceptable: [{ component: 'frontend', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Online Boutique v0.10.6 manifests (34ffea9): the frontend reads CURRENCY_SERVICE_ADDR (currencyservice:7000) and
      dials it once at startup with grpc.DialContext, which does not block, so a wrong address does not stop the pod
      starting; its /_healthz readiness and liveness probes answer "ok" without calling any backend, so the pods stay Ready.
      The home, product and cart handlers call GetSupportedCurrencies first and render an HTTP 500 through renderHTTPError
      ("request error" with "could not retrieve currencies: ..."), as frontend/handlers.go does. The fault: a kustomize
      overlay change rolled out at 14:17 that switched the frontend's backend addresses to FQDNs with a misspelt namespace
      (boutque), so every lookup through kube-dns (10.12.0.10) returns NXDOMAIN and grpc-go reports the dial error as
      Unavailable "transport: Error while dialing: dial tcp: lookup ... no such host". Only the old ReplicaSet's template
      has the right value. currencyservice is healthy (its pino log shows calls from checkout only after 14:17) and is
      named in every frontend error: a decoy; an adservice OOMKill three days old is another. Deviation from upstream:
      the overlay and its typo are invented; the log formats are the services' own (logrus JSON, pino).`,
    workloads: {
      frontend: {
        rollout: { at: -24, revision: 6, oldContainers: { server: { env: frontendEnv('currencyservice:7000') } } },
        containers: { server: { env: frontendEnv(BAD) } },
        endpointsChanged: -23,
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 200), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 200.3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -24, last: -24 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: -23.1, last: -23.1 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -23.1, last: -23.1 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -22.5, last: -22.5 },
      { on: 'pod:frontend#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -23.5, last: -23.5 },
      { on: 'pod:frontend#0', reason: 'Pulled', message: `Container image "${REG}/frontend:v0.10.6" already present on machine`, fieldPath: 'spec.containers{server}', first: -23.4, last: -23.4 },
      { on: 'pod:frontend#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -23.4, last: -23.4 },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -23.4, last: -23.4 },
      { on: 'pod:frontend#1', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -23.0, last: -23.0 },
      { on: 'pod:frontend#1', reason: 'Pulled', message: `Container image "${REG}/frontend:v0.10.6" already present on machine`, fieldPath: 'spec.containers{server}', first: -22.9, last: -22.9 },
      { on: 'pod:frontend#1', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -22.9, last: -22.9 },
      { on: 'pod:frontend#1', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -22.9, last: -22.9 },
    ],
    logs: {
      'frontend#0/server': [
        `{"message":"starting server on :8080","severity":"info","timestamp":"${T.isoMs(-23.3)}"}`,
        ...frontendLog(0, -23.1, -0.3),
      ],
      'frontend#1/server': [
        `{"message":"starting server on :8080","severity":"info","timestamp":"${T.isoMs(-22.8)}"}`,
        ...frontendLog(1, -22.6, -0.25),
      ],
      'currencyservice#0/server': currencyLog(),
      'checkoutservice#0/server': [
        `{"message":"[PlaceOrder] user_id=\\"6f0e7b2a-53e1-4a7d-8c3e-2b9d1f0a4c11\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T.isoMs(-31.2)}"}`,
        `{"message":"payment went through (transaction_id: 8d1c2f6e-0b7a-4e53-9a1c-7f3e2d6b5a90)","severity":"info","timestamp":"${T.isoMs(-31.19)}"}`,
        `{"message":"order confirmation email sent to \\"someone@example.com\\"","severity":"info","timestamp":"${T.isoMs(-31.18)}"}`,
        `{"message":"[PlaceOrder] user_id=\\"0c5d9a3e-7f21-4b86-a0d4-e19c3b5f7a28\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T.isoMs(-26.4)}"}`,
        `{"message":"payment went through (transaction_id: 2e7b4c91-6a3d-4f08-b5e2-9c1a8d7f3e64)","severity":"info","timestamp":"${T.isoMs(-26.39)}"}`,
        `{"message":"order confirmation email sent to \\"someone@example.com\\"","severity":"info","timestamp":"${T.isoMs(-26.38)}"}`,
      ],
      'adservice#0/server': [
        `{"instant":{"epochSecond":${Math.floor(Date.parse(T.iso(-35)) / 1000)},"nanoOfSecond":412000000},"thread":"grpc-default-executor-41","level":"INFO","loggerName":"hipstershop.AdService","message":"received ad request (context_words=[clothing])","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":97,"threadPriority":5,"logging.googleapis.com/trace":"","logging.googleapis.com/spanId":"","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(-35)}"}`,
      ],
    },
  },
];
