// Batch s50b held-out scenario (split: test) for Online Boutique, written blind with the session-2 system definition
// (scripts/s2-scenarios/online-boutique.mjs, its `system` only); expanded by scripts/s50b-build.mjs.
import { system } from '../s2-scenarios/online-boutique.mjs';
import { clock, cs } from '../s2-scenario-kit.mjs';

export { system };

const I1 = '2026-09-15T16:20:00Z';
const T1 = clock(I1);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const HPA = -25;
const REC = -41;
const ts = (min, ns = '381204117') => T1.isoMs(min).replace(/\.\d{3}Z$/, `.${ns}Z`);
const logrus = (min, severity, message, i = 0) =>
  JSON.stringify({ message, severity, timestamp: ts(min, String(100000000 + ((i * 7919) % 899999999))) });
const req = (min, path, status, took, i) =>
  JSON.stringify({
    'http.req.id': `${(0x6e1f2a00 + i * 4099).toString(16)}-4c2e-4f9a-9d7e-${(0x2b8c41f0a3d1 + i * 65537).toString(16)}`,
    'http.req.method': path === '/cart/checkout' || path === '/cart' ? 'POST' : 'GET',
    'http.req.path': path,
    'http.resp.bytes': path === '/cart/checkout' ? 8412 : 11024,
    'http.resp.status': status,
    'http.resp.took_ms': took,
    message: 'request complete',
    session: `${(0x9b2f6400 + i * 131).toString(16)}-0e2a-4c39-b4d1-6a3c2e19f8d0`,
    severity: 'debug',
    timestamp: ts(min, String(200000000 + ((i * 104729) % 799999999))),
  });
const PATHS = ['/', '/product/OLJCESPC7Z', '/product/66VCHSJNUP', '/cart', '/cart/checkout', '/product/9SIQT8TOJO', '/', '/product/L9ECAV7KIM'];
const TOOK = [38, 61, 47, 29, 212, 55, 41, 66];
const frontendLogs = (offset, n, from = -30) =>
  Array.from({ length: n }, (_, i) => req(from + (i * -from) / n + offset, PATHS[(i + offset * 3) % PATHS.length], PATHS[(i + offset * 3) % PATHS.length] === '/cart' ? 302 : 200, TOOK[(i + offset * 5) % TOOK.length] + (i % 7), i + offset * 100));
const orders = [-28.4, -23.9, -19.2, -14.6, -10.1, -6.3, -2.2];
const CARDS = ['0454', '1119', '8734', '2025', '5100', '6623', '0454'];
const AMTS = ['USD 34.98', 'EUR 101.21', 'USD 19.99', 'CAD 73.54', 'USD 249.50', 'JPY 4820.00', 'USD 67.98'];

export const scenarios = [
  {
    folder: 's50b-checkout-slow-nothing-wrong',
    description: 'checkout feels slow on the boutique?? couple of customers complaining, can someone look at checkoutservice',
    incidentTime: I1,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy'],
    grounding: `
      Online Boutique v0.10.6 (GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml) on GKE. Nothing is wrong:
      checkoutservice places every order in the window (PlaceOrder, "payment went through", "order confirmation email sent" as
      its logrus JSON prints them), paymentservice charges them, frontend's request logs show every request, /cart/checkout included, under 250 ms and
      pages at 30-70 ms, every pod is Ready. Decoys as they happen in a normal afternoon: an autoscaling/v2 HPA on frontend (not
      upstream) scales it from 2 to 3 at 15:55 on CPU, the new pod's first readiness probe is refused once while Go starts; a
      recommendationservice rollout (v0.10.5 to v0.10.6) completed 41 minutes earlier; adservice (Java, 300Mi limit) was
      OOMKilled once three days ago and has run since. The complaint is a customer perception the snapshot does not confirm.
    `,
    workloads: {
      frontend: {
        replicas: 3,
        pods: [{}, {}, { created: T1.iso(HPA + 0.1), readyTransition: T1.iso(HPA + 0.4) }],
      },
      recommendationservice: {
        rollout: { at: REC, revision: 5, oldContainers: { server: { image: `${REG}/recommendationservice:v0.10.5` } } },
      },
      adservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3 - 95), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 11), finishedAt: T1.iso(-60 * 24 * 3 - 95.1) } }),
            },
          },
        ],
      },
    },
    hpas: [
      {
        name: 'frontend',
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' },
          minReplicas: 2,
          maxReplicas: 6,
          metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
        },
        status: {
          lastScaleTime: T1.iso(HPA),
          currentReplicas: 3,
          desiredReplicas: 3,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 58, averageValue: '58m' } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T1.iso(-60 * 24 * 30), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T1.iso(-60 * 24 * 30), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T1.iso(-60 * 24 * 30), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
    ],
    events: [
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 3; reason: cpu resource utilization (percentage of request) above target', first: HPA },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 3 from 2', first: HPA },
      { on: 'pod:frontend#2', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: HPA + 0.05, source: 'default-scheduler' },
      { on: 'pod:frontend#2', reason: 'Pulled', message: `Container image "${REG}/frontend:v0.10.6" already present on machine`, first: HPA + 0.1, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#2', reason: 'Started', message: 'Started container server', first: HPA + 0.12, fieldPath: 'spec.containers{server}' },
      { on: 'pod:frontend#2', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": dial tcp %PODIP%:8080: connect: connection refused', first: HPA + 0.28, fieldPath: 'spec.containers{server}' },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: REC },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: REC + 0.6 },
      { on: 'pod:recommendationservice#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/recommendationservice:v0.10.6" in 3.917s (3.917s including waiting). Image size: 61942310 bytes.`, first: REC + 0.1, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'checkoutservice#0/server': orders.flatMap((m, i) => [
        logrus(m, 'info', `[PlaceOrder] user_id="${(0x5b0e2c11 + i * 977).toString(16)}-7a41-4e0f-8c2d-3f9b6a1d0e57" user_currency="${AMTS[i].slice(0, 3)}"`, i * 3),
        logrus(m + 0.002, 'info', `payment went through (transaction_id: ${(0x8d2ab0c4 + i * 6151).toString(16)}-51f3-4a6e-b0d9-7c3e2f18a946)`, i * 3 + 1),
        logrus(m + 0.004, 'info', `order confirmation email sent to "${['someone', 'jdoe', 'maria.k', 'li.wei', 'ahmed', 'tanaka', 'sam'][i]}@example.com"`, i * 3 + 2),
      ]),
      'paymentservice#0/server': orders.map((m, i) =>
        JSON.stringify({ severity: 'info', time: Date.parse(T1.isoMs(m + 0.001)), pid: 1, hostname: '%POD%', name: 'paymentservice-charge', message: `Transaction processed: ${i % 3 === 1 ? 'mastercard' : 'visa'} ending ${CARDS[i]}     Amount: ${AMTS[i]}` })),
      'frontend#0/server': frontendLogs(0, 14),
      'frontend#1/server': frontendLogs(1, 13),
      'frontend#2/server': [
        logrus(HPA + 0.13, 'info', 'starting server on :8080', 1),
        ...frontendLogs(2, 9, -24),
      ],
      'recommendationservice#0/server': [
        JSON.stringify({ timestamp: T1.isoMs(REC + 0.15), severity: 'INFO', name: 'recommendationservice-server', message: 'initializing recommendationservice' }),
        JSON.stringify({ timestamp: T1.isoMs(REC + 0.16), severity: 'INFO', name: 'recommendationservice-server', message: 'listening on port: 8080' }),
        ...[-33, -21, -9].map((m, i) => JSON.stringify({ timestamp: T1.isoMs(m), severity: 'INFO', name: 'recommendationservice-server', message: `[Recv ListRecommendations] product_ids=['${['OLJCESPC7Z', '9SIQT8TOJO', 'LS4PSXUNUM'][i]}', '1YMWWN1N4O', '2ZYFJ3GM2N', '66VCHSJNUP', '6E92ZMYYFZ']` })),
      ],
    },
  },
];
