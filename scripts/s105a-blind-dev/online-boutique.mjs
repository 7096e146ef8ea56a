// Blind dev batch s105a, Online Boutique: one scenario (checkoutservice release dials a new gRPC connection per call, leaking fds).
// Spec for scripts/s2-scenario-kit.mjs build(); the system is imported from scripts/s2-scenarios/online-boutique.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const I = '2026-05-18T19:05:00Z';
const T = clock(I);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const glog = (min, sev, msg) => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min) });
const front = (min, sev, msg, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '3e0c9a71-5b2d-4f18-a6c4-9d1e7b20f3a5', 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', ...(extra.error ? { error: extra.error } : {}), message: msg, session: extra.session ?? '6f1d2b8e-49ac-4e07-b3c5-1a9e0d7f6c24', severity: sev, timestamp: T.isoMs(min) });
const co = [glog(-176, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}'), glog(-176, 'info', 'starting to listen on tcp: "[::]:5050"')];
for (let k = 0; k < 6; k++) co.push(glog(-160 + k * 12, 'info', `payment went through (transaction_id: ${['4b1f0e2a', '9c7d31e6', 'a02e5f47', '7e3b9c10', '1d8a6f52', 'c5e04b93'][k]}-5e1f-4a0b-9c2d-${String(300 + k * 17).padStart(12, '0')})`));
for (let k = 0; k < 7; k++) {
  const m = -22 + k * 3;
  co.push(glog(m, 'info', `[PlaceOrder] user_id="${['a1f3', 'b7c2', 'c9d0', 'd4e8', 'e2f6', 'f0a1', '0b5c'][k]}e0d2-3c4b-4a1f-9e2d-7b6c5a4d3e2f" user_currency="${['EUR', 'USD', 'JPY', 'GBP', 'CAD', 'EUR', 'USD'][k]}"`));
  co.push(glog(m + 0.01, 'warning', `failed to convert price: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: socket: too many open files"`));
}
co.push(glog(-2, 'error', 'http: Accept error: accept tcp [::]:5050: accept4: too many open files; retrying in 1s'));
const fr = [];
for (let k = 0; k < 7; k++) fr.push(front(-22 + k * 3 + 0.02, 'error', 'request error', { error: 'failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to convert price of "OLJCESPC7Z" to EUR', id: `${k}e0c9a71-5b2d-4f18-a6c4-9d1e7b20f3a5`.slice(0, 36) }));
fr.push(JSON.stringify({ 'http.req.id': '8a2f4c61-0d3e-4b79-95a1-c6e2d7f0b813', 'http.req.method': 'GET', 'http.req.path': '/product/OLJCESPC7Z', 'http.resp.bytes': 8372, 'http.resp.status': 200, 'http.resp.took_ms': 41, message: 'request complete', session: '6f1d2b8e-49ac-4e07-b3c5-1a9e0d7f6c24', severity: 'debug', timestamp: T.isoMs(-1.5) }));
const cur = ['{"severity":"info","time":' + Date.parse(T.isoMs(-3)) + ',"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"conversion request successful"}', '{"severity":"info","time":' + Date.parse(T.isoMs(-2.5)) + ',"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"Getting supported currencies..."}'];
export const scenarios = [
  {
    folder: 's105a-checkout-grpc-dial-per-call-fd-leak',
    incidentTime: I,
    description: 'place order broken on boutique prod since ~18:45 — "failed to convert price". browsing + currency switcher work fine, currencysvc looks healthy??',
    expected: { component: 'checkoutservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'partial-name'],
    grounding: `Online Boutique (release/kubernetes-manifests.yaml at 34ffea9, src/checkoutservice/main.go): checkoutservice keeps one
      long-lived grpc.ClientConn per downstream (mustConnGRPC at start). Early versions of the demo dialled a new connection
      inside each call and deferred no Close; a refactor re-introducing that pattern (v0.10.7-rc1) leaks one TCP socket per
      currency conversion. Go's grpc logs "socket: too many open files" once RLIMIT_NOFILE is hit; only PlaceOrder fails
      (frontend's own conversions use its own connection), so browsing and the currency switcher keep working and
      currencyservice stays healthy. checkoutservice's gRPC health check is answered on an already-open connection for a
      while, so its pods stay Ready. The rollout is image v0.10.6 -> v0.10.7-rc1 and nothing else; it happened 2 h 55 min
      before the incident, and orders succeeded until the fd limit was reached (~18:43).
      Deviations from upstream: the v0.10.7-rc1 image tag and the per-call dial it carries.`,
    workloads: {
      checkoutservice: {
        containers: { server: { image: `${REG}/checkoutservice:v0.10.7-rc1` } },
        rollout: { at: -177, oldContainers: { server: { image: `${REG}/checkoutservice:v0.10.6` } } },
      },
    },
    // The ScalingReplicaSet Events of the rollout are older than the API server's 1 h event TTL: none are left.
    events: [],
    logs: {
      'checkoutservice#0/server': co,
      'frontend#0/server': fr,
      'frontend#1/server': [fr[1], fr[4]],
      'currencyservice#0/server': cur,
    },
  },
];
