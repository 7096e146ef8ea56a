// Batch s37c (blind dev): one Online Boutique incident, built by scripts/s37c-build.mjs with the session-2 system definition.
// paymentservice (an in-house fork) is rescheduled by a cluster-autoscaler scale-down and its image tag no longer exists.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INC = '2026-03-17T14:38:00Z';
const T = clock(INC);
const PAY_IMG = 'europe-west1-docker.pkg.dev/acme-boutique-prod/apps/paymentservice:v0.10.6-acme.3';
const N1 = 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx';
const N2 = 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt';
const N3 = 'gke-boutique-prod-default-pool-9b31d0a7-wz5c';
const GONE = 'gke-boutique-prod-default-pool-9b31d0a7-q8rn';

const front = (min, severity, message, extra = {}) =>
  JSON.stringify({
    ...(extra.error ? { error: extra.error } : {}),
    'http.req.id': extra.id,
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/',
    ...(extra.status ? { 'http.resp.bytes': extra.bytes ?? 1873, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 12 } : {}),
    message,
    session: extra.session ?? '3e1c9a70-5d2b-4f8e-a6c4-0b7d21f95e3a',
    severity,
    timestamp: T.isoMs(min),
  });
const refused = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:paymentservice%:50051: connect: connection refused"';
const orderErr = `failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: ${refused}`;

const frontendLog = [];
const ids = ['0c7e2f4a', '1d9b3e51', '2a6f8c03', '3b4e7d92', '4c1a9e60', '5e8d2b17', '6f3c0a84', '7a9e5d21', '8b2f4c70', '9c6a1e35'];
let k = 0;
for (const min of [-31.2, -27.9, -24.6, -22.4]) {
  const id = `${ids[k++ % ids.length]}-8c1f-4d2a-9e7b-51f0c3a6d8e4`;
  frontendLog.push(front(min, 'debug', 'request started', { id, path: '/product/OLJCESPC7Z', session: `9f${k}0a2c1-7e3b-4d5a-8c6f-2b1e0d9a7c54` }));
  frontendLog.push(front(min + 0.002, 'debug', 'request complete', { id, path: '/product/OLJCESPC7Z', status: 200, took: 38, session: `9f${k}0a2c1-7e3b-4d5a-8c6f-2b1e0d9a7c54` }));
}
frontendLog.push(front(-20.1, 'info', 'order placed', { id: 'ab12cd34-8c1f-4d2a-9e7b-51f0c3a6d8e4', method: 'POST', path: '/cart/checkout', session: '4d2e8a61-0b7c-4f3a-9e15-c6a2d8b0f713' }));
for (const min of [-15.8, -13.2, -11.7, -9.4, -7.9, -6.1, -4.3, -2.6, -1.2]) {
  const id = `${ids[k++ % ids.length]}-2e4b-47c1-b9a3-0d6f18e2c57a`;
  const session = `c${k}7d1e92-4a3b-4c8d-9f60-1e5b2a7c3d48`;
  frontendLog.push(front(min - 0.05, 'debug', 'request started', { id, path: '/product/66VCHSJNUP', session }));
  frontendLog.push(front(min - 0.049, 'debug', 'request complete', { id, path: '/product/66VCHSJNUP', status: 200, took: 41, session }));
  frontendLog.push(front(min, 'debug', 'request started', { id: id.replace(/^../, 'f0'), method: 'POST', path: '/cart/checkout', session }));
  frontendLog.push(front(min + 0.001, 'error', 'request error', { id: id.replace(/^../, 'f0'), method: 'POST', path: '/cart/checkout', session, error: orderErr }));
  frontendLog.push(front(min + 0.0012, 'debug', 'request complete', { id: id.replace(/^../, 'f0'), method: 'POST', path: '/cart/checkout', session, status: 500, bytes: 2941, took: 23 }));
}

const checkoutLog = [];
for (const min of [-20.15, -15.82, -13.22, -11.72, -9.42, -7.92, -6.12, -4.32, -2.62, -1.22]) {
  checkoutLog.push(JSON.stringify({ message: `[PlaceOrder] user_id="${uidOf(min)}" user_currency="USD"`, severity: 'info', timestamp: T.isoMs(min) }));
  if (min < -19) {
    checkoutLog.push(JSON.stringify({ message: 'payment went through (transaction_id: 5b2e7c1a-93d4-4f60-8a1e-c27f0d4b9e36)', severity: 'info', timestamp: T.isoMs(min + 0.004) }));
    checkoutLog.push(JSON.stringify({ message: 'order confirmation email sent to "someone@example.com"', severity: 'info', timestamp: T.isoMs(min + 0.006) }));
  }
}
// adservice's log4j2 JsonLayout (eventEol, compact), as src/adservice/src/main/resources/log4j2.xml configures it.
function adLog(min, thread, message) {
  const ms = Date.parse(T.isoMs(min));
  return JSON.stringify({ instant: { epochSecond: Math.floor(ms / 1000), nanoOfSecond: (ms % 1000) * 1000000 }, thread, level: 'INFO', loggerName: 'hipstershop.AdService', message, endOfBatch: false, loggerFqcn: 'org.apache.logging.log4j.spi.AbstractLogger', threadId: thread === 'main' ? 1 : 27, threadPriority: 5, 'logging.googleapis.com/trace': '', 'logging.googleapis.com/spanId': '', 'logging.googleapis.com/traceSampled': 'false', time: T.isoMs(min).replace('.000Z', 'Z') });
}
function uidOf(min) {
  return `${Math.abs(Math.round(min * 1000)).toString(16).padStart(8, '0')}-1c3e-4a5b-8d7f-9e0a2b4c6d81`;
}

export const scenarios = [
  {
    folder: 's37c-payment-image-gone-after-scaledown',
    description: 'checkout broken on the boutique — place order gives a 500 error page since ~14:20, browsing is fine',
    incidentTime: INC,
    expected: { component: 'paymentservice', cause: 'image-pull' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Online Boutique release/kubernetes-manifests.yaml (v0.10.6): paymentservice is a single-replica Node.js gRPC Deployment on
      :50051 behind Service paymentservice, called by checkoutservice (PAYMENT_SERVICE_ADDR=paymentservice:50051), whose
      PlaceOrder wraps the error as "failed to charge card: could not charge the card: ..." and the frontend logs it as
      "request error" with "failed to complete the order: ...". Deviation from upstream: paymentservice runs an in-house fork
      image from the team's Artifact Registry (europe-west1-docker.pkg.dev/acme-boutique-prod/apps/paymentservice:v0.10.6-acme.3),
      deployed 41 days ago. Failure mode: Artifact Registry cleanup policies ("delete images older than 30 days" without a
      keep-most-recent rule) delete tags still in use; the running pod keeps the image cached on its node, and the problem
      appears only when the pod moves. At 14:20 the GKE cluster autoscaler scales down node ...-9b31d0a7-q8rn (events ScaleDown,
      RemovingNode) and the replacement payment pod on ...-7kqx fails with containerd's "failed to resolve reference ...: not
      found" (ErrImagePull, then ImagePullBackOff); the Service has no endpoints and kube-proxy rejects the ClusterIP, so every
      checkout fails with connection refused. adservice was moved by the same scale-down and came back fine (its image is the
      public upstream one): a decoy restart. Expected answer: paymentservice, image-pull.
    `,
    workloads: {
      paymentservice: {
        containers: { server: { image: PAY_IMG } },
        since: -60 * 24 * 41,
        unavailableSince: -17.6,
        endpointsChanged: -18,
        pods: [
          {
            node: N1,
            created: T.iso(-17.9),
            phase: 'Pending',
            readyTransition: T.iso(-17.9),
            containers: { server: cs.waiting('ImagePullBackOff', `Back-off pulling image "${PAY_IMG}"`) },
          },
        ],
      },
      adservice: { pods: [{ node: N2, created: T.iso(-17.9), containers: { server: cs.running(T.iso(-17.4)) } }] },
    },
    events: [
      { on: `node:${GONE}`, reason: 'ScaleDown', message: 'marked the node as toBeDeleted/unschedulable', source: 'cluster-autoscaler', first: -18.6 },
      { on: `node:${GONE}`, reason: 'NodeNotSchedulable', message: `Node ${GONE} status is now: NodeNotSchedulable`, first: -18.5 },
      { on: `node:${GONE}`, reason: 'RemovingNode', message: `Node ${GONE} event: Removing Node ${GONE} from Controller`, source: 'node-controller', first: -16.2 },
      { on: 'pod:paymentservice#0', reason: 'Scheduled', message: `Successfully assigned boutique/%POD% to ${N1}`, source: 'default-scheduler', first: -17.9 },
      { on: 'pod:paymentservice#0', reason: 'Pulling', message: `Pulling image "${PAY_IMG}"`, fieldPath: 'spec.containers{server}', first: -17.8, last: -1.9, count: 8 },
      { on: 'pod:paymentservice#0', type: 'Warning', reason: 'Failed', message: `Failed to pull image "${PAY_IMG}": rpc error: code = NotFound desc = failed to pull and unpack image "${PAY_IMG}": failed to resolve reference "${PAY_IMG}": ${PAY_IMG}: not found`, fieldPath: 'spec.containers{server}', first: -17.8, last: -1.9, count: 8 },
      { on: 'pod:paymentservice#0', type: 'Warning', reason: 'Failed', message: 'Error: ErrImagePull', fieldPath: 'spec.containers{server}', first: -17.8, last: -1.9, count: 8 },
      { on: 'pod:paymentservice#0', reason: 'BackOff', message: `Back-off pulling image "${PAY_IMG}"`, fieldPath: 'spec.containers{server}', first: -17.7, last: -0.4, count: 71 },
      { on: 'pod:paymentservice#0', type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff', fieldPath: 'spec.containers{server}', first: -17.7, last: -0.4, count: 71 },
      { on: 'pod:adservice#0', reason: 'Scheduled', message: `Successfully assigned boutique/%POD% to ${N2}`, source: 'default-scheduler', first: -17.9 },
      { on: 'pod:adservice#0', reason: 'Pulled', message: `Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/adservice:v0.10.6" already present on machine`, fieldPath: 'spec.containers{server}', first: -17.8 },
      { on: 'pod:adservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -17.7 },
      { on: 'pod:adservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":9555" within 1s', fieldPath: 'spec.containers{server}', first: -17.5, last: -17.3, count: 2 },
      { on: 'rs:paymentservice', reason: 'SuccessfulCreate', message: 'Created pod: paymentservice-%RS%', first: -17.9 },
    ],
    logs: {
      'frontend#0/server': frontendLog,
      'checkoutservice#0/server': checkoutLog,
      'adservice#0/server': [
        adLog(-17.6, 'main', 'AdService starting.'),
        adLog(-17.3, 'main', 'Ad Service started, listening on 9555'),
        adLog(-9.8, 'grpc-default-executor-0', 'received ad request (context_words=[kitchen])'),
        adLog(-3.1, 'grpc-default-executor-1', 'received ad request (context_words=[accessories])'),
      ],
    },
  },
];
