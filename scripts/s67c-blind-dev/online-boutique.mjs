// Blind dev batch s67c (no-fault incidents): one Online Boutique scenario, built by scripts/s67c-build.mjs with the
// scenario kit; the system is the session-2 definition (release/kubernetes-manifests.yaml at 34ffea9, v0.10.6).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const T = clock('2026-04-07T09:58:00Z');

// logrus JSONFormatter as the Go frontend and checkoutservice print it (fields sorted, RFC3339Nano timestamp).
const fe = (min, severity, message, f = {}) => JSON.stringify(Object.fromEntries(Object.entries({
  ...(f.error ? { error: f.error } : {}),
  ...(f.currency ? { currency: f.currency } : {}),
  'http.req.id': f.id, 'http.req.method': f.method ?? 'GET', 'http.req.path': f.path ?? '/',
  ...(f.status !== undefined ? { 'http.resp.bytes': f.bytes ?? 10784, 'http.resp.status': f.status, 'http.resp.took_ms': f.took ?? 41 } : {}),
  message, session: f.session, severity, timestamp: T.isoMs(min),
}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
const LG = ['3c1d7e0a-5b92-4f61-8e2d-a7f4c09b1e35', '8f04b2c6-91de-4a3b-b7c5-2e6d1f8a0c47', 'd26a9e13-4c7f-4b08-a1e5-93b0c6f2d871'];
let n = 0;
const rid = () => { n++; const x = (n * 2654435761 >>> 0).toString(16).padStart(8, '0'); return `${x}-${x.slice(0, 4)}-4${x.slice(1, 4)}-9${x.slice(4, 7)}-${x}${x.slice(0, 4)}`; };
const req = (min, path, sess, status = 200, took = 38, bytes = 10784, method = 'GET') => {
  const id = rid();
  const out = [fe(min, 'debug', 'request started', { id, path, session: sess, method })];
  if (path === '/') out.push(fe(min + 0.0003, 'info', 'home', { id, path, session: sess, currency: 'USD' }));
  out.push(fe(min + took / 60000, 'debug', 'request complete', { id, path, session: sess, method, status, took, bytes }));
  return out;
};
const frontendLog = (k) => {
  const lines = [];
  const paths = ['/', '/product/OLJCESPC7Z', '/product/66VCHSJNUP', '/cart', '/product/1YMWWN1N4O', '/', '/product/L9ECAV7KIM', '/setCurrency'];
  for (let i = 0; i < 44; i++) {
    const min = -50 + i * 1.1 + k * 0.37;
    const p = paths[(i + k) % paths.length];
    lines.push(...req(min, p, LG[(i + k) % 3], p === '/setCurrency' ? 302 : 200, 20 + ((i * 7 + k) % 40), p === '/' ? 10784 : p === '/cart' ? 7316 : p === '/setCurrency' ? 0 : 8921, p === '/setCurrency' ? 'POST' : 'GET'));
  }
  if (k === 0) {
    const id = rid();
    lines.push(fe(-17.2, 'debug', 'request started', { id, path: '/product/2ZYFJ3GM2N', session: '5e1f0c9a-7d23-4b6e-a8f1-0b4c3d92e617' }));
    lines.push(fe(-17.19, 'error', 'request error', { id, path: '/product/2ZYFJ3GM2N', session: '5e1f0c9a-7d23-4b6e-a8f1-0b4c3d92e617', error: 'could not retrieve product: rpc error: code = Canceled desc = context canceled' }));
    lines.push(fe(-17.19, 'debug', 'request complete', { id, path: '/product/2ZYFJ3GM2N', session: '5e1f0c9a-7d23-4b6e-a8f1-0b4c3d92e617', status: 500, took: 212, bytes: 3217 }));
  } else {
    const id = rid();
    lines.push(fe(-8.4, 'debug', 'request started', { id, path: '/product/0PUK6V6EV0', session: 'a0b7c41e-2f95-4d38-9c6a-71e8d5f03b2c' }));
    lines.push(fe(-8.39, 'debug', 'request complete', { id, path: '/product/0PUK6V6EV0', session: 'a0b7c41e-2f95-4d38-9c6a-71e8d5f03b2c', status: 200, took: 1840, bytes: 8799 }));
    lines.push(fe(-8.38, 'warning', 'failed to get product recommendations', { id, path: '/product/0PUK6V6EV0', session: 'a0b7c41e-2f95-4d38-9c6a-71e8d5f03b2c', error: 'rpc error: code = DeadlineExceeded desc = context deadline exceeded' }));
  }
  return lines.sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp));
};
const co = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const cur = (min, message, pod) => JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(min)), pid: 1, hostname: pod, name: 'currencyservice-server', message });
const rec = (min, severity, message) => JSON.stringify({ timestamp: T.isoMs(min).replace('Z', '000Z'), severity, name: 'recommendationservice-server', message });

export const scenarios = [
  {
    folder: 's67c-customer-connection-reset-homepage',
    description: 'cust ticket 4471: boutique homepage just says "ERR_CONNECTION_RESET" in chrome for her since ~9:40, cant see any products. is the frontend-extrnal LB ok??',
    incidentTime: '2026-04-07T09:58:00Z',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'typo', 'time-expression'],
    workloads: {
      // A routine currencyservice release yesterday (image tag only) that went fine.
      currencyservice: { rollout: { at: -60 * 23 - 12, revision: 5, oldContainers: { server: { image: `${REG}/currencyservice:v0.10.5` } } } },
      // Three days ago recommendationservice was OOMKilled once (450Mi limit) and has been fine since.
      recommendationservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    hpas: [
      {
        name: 'frontend',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' }, minReplicas: 2, maxReplicas: 6, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
        status: { lastScaleTime: T.iso(-60 * 14), currentReplicas: 2, desiredReplicas: 2, currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '31m', averageUtilization: 31 } } }], conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-60 * 14), reason: 'TooFewReplicas', message: 'the desired replica count is less than the minimum replica count' },
        ] },
      },
    ],
    events: [
      { on: 'pod:recommendationservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":8080" within 1s', first: -41, last: -41, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': frontendLog(0),
      'frontend#1/server': frontendLog(1),
      'checkoutservice#0/server': [
        co(-44.6, 'info', '[PlaceOrder] user_id="3c1d7e0a-5b92-4f61-8e2d-a7f4c09b1e35" user_currency="USD"'),
        co(-44.59, 'info', 'payment went through (transaction_id: 6f1c0a52-9be4-4d7a-8e31-c57d02a9b4e8)'),
        co(-44.58, 'info', 'order confirmation email sent to "someone@example.com"'),
        co(-21.3, 'info', '[PlaceOrder] user_id="d26a9e13-4c7f-4b08-a1e5-93b0c6f2d871" user_currency="EUR"'),
        co(-21.29, 'info', 'payment went through (transaction_id: 0b93d7e4-21a6-4f5c-b8e0-6d4a1c97f352)'),
        co(-21.28, 'info', 'order confirmation email sent to "someone@example.com"'),
        co(-3.9, 'info', '[PlaceOrder] user_id="8f04b2c6-91de-4a3b-b7c5-2e6d1f8a0c47" user_currency="USD"'),
        co(-3.89, 'info', 'payment went through (transaction_id: e2a5c8f1-0d37-4b9e-a6c4-58f9b1d2e073)'),
        co(-3.88, 'info', 'order confirmation email sent to "someone@example.com"'),
      ],
      'currencyservice#0/server': [
        cur(-60 * 23 - 11.4, 'Profiler disabled.', '%POD%'),
        cur(-60 * 23 - 11.39, 'Tracing disabled.', '%POD%'),
        cur(-60 * 23 - 11.38, 'Starting gRPC server on port 7000...', '%POD%'),
        cur(-60 * 23 - 11.37, 'CurrencyService gRPC server started on port 7000', '%POD%'),
        ...Array.from({ length: 12 }, (_, i) => [cur(-48 + i * 4, 'received conversion request', '%POD%'), cur(-48 + i * 4 + 0.001, 'conversion request successful', '%POD%'), cur(-47.5 + i * 4, 'Getting supported currencies...', '%POD%')]).flat(),
      ],
      'recommendationservice#0/server': [
        rec(-39.2, 'INFO', "[Recv ListRecommendations] product_ids=['9SIQT8TOJO', '1YMWWN1N4O', '6E92ZMYYFZ', 'LS4PSXUNUM', '2ZYFJ3GM2N']"),
        rec(-26.7, 'INFO', "[Recv ListRecommendations] product_ids=['0PUK6V6EV0', 'OLJCESPC7Z', 'L9ECAV7KIM', '66VCHSJNUP', 'HQTGWGPNH4']"),
        rec(-8.41, 'INFO', "[Recv ListRecommendations] product_ids=['1YMWWN1N4O', '9SIQT8TOJO', 'HQTGWGPNH4', 'OLJCESPC7Z', 'LS4PSXUNUM']"),
        rec(-2.2, 'INFO', "[Recv ListRecommendations] product_ids=['66VCHSJNUP', '2ZYFJ3GM2N', '0PUK6V6EV0', 'L9ECAV7KIM', '6E92ZMYYFZ']"),
      ],
    },
    grounding: `
      No fault in the cluster. One customer's ticket: Chrome's ERR_CONNECTION_RESET means the TCP connection was reset
      before any HTTP answer, which happens on the client's side (a corporate proxy / TLS-inspecting firewall or her ISP)
      and never reaches the pods; the frontend's two replicas stay Ready and keep serving "/" with 200 (logrus JSON
      "request started"/"home"/"request complete" lines of src/frontend/middleware.go and handlers.go at v0.10.6), three
      orders go through checkoutservice ("[PlaceOrder]", "payment went through", main.go), currencyservice answers.
      Healthy noise: one "request error" with "rpc error: code = Canceled desc = context canceled" (a browser that
      navigated away mid-request), one "failed to get product recommendations" DeadlineExceeded warning (recommendations
      are best-effort in handlers.go), a recommendationservice readiness blip 41 minutes ago.
      Decoys: recommendationservice OOMKilled once three days ago (restartCount 1, Ready since), a currencyservice rollout
      yesterday (v0.10.5 -> v0.10.6, image tag only; old ReplicaSet scaled to 0), an HPA at its minimum.
      Deviations from upstream: the HPA on frontend (upstream ships none) and the currencyservice revision history are
      this operator's; frontend-external is not in the kit's Services (only frontend).
    `,
  },
];
