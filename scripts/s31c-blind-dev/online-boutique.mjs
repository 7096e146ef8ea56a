// Batch s31c (blind dev): one Online Boutique incident — paymentservice's mirrored image deleted by an Artifact Registry
// cleanup policy, found only when a cluster-autoscaler scale-down moves the pod to a node without the image cached.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

const MIRROR = 'europe-west1-docker.pkg.dev/acme-boutique-prod/mirror';
// The shop runs its own mirror of the upstream images (same names and tag v0.10.6).
const workloads = base.workloads.map((w) => ({
  ...w,
  containers: w.containers.map((c) => ({ ...c, image: c.image.replace('us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo', MIRROR) })),
}));
export const system = { ...base, workloads };

const N = base.nodes.map((n) => n.name);
const FOLDER = 's31c-payment-image-deleted-by-cleanup';
const T = clock('2026-05-19T16:48:00Z');
const fe = (min, severity, message, extra = {}) => JSON.stringify({
  'http.req.id': extra.id, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/',
  ...(extra.status ? { 'http.resp.bytes': extra.bytes ?? 7412, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 38 } : {}),
  ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '5d2b7c1e-93a4-4f0b-8e61-2c7f4a9d0b35', severity, timestamp: T.isoMs(min),
});
const payImg = `${MIRROR}/paymentservice:v0.10.6`;
const refused = (ip) => `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ${ip}:50051: connect: connection refused"`;

const frontLogs = [];
const coLogs = [];
const ids = ['8f1c2a4e', '3b7d9e01', 'c4a61f5b', '0e9b3d72', '71f2c8a6', 'a5d04e9c', '2c8e7b13', 'f60a1d94'];
for (let i = 0; i < 26; i++) {
  const m = -58 + i * 2.1;
  const id = `${ids[i % 8]}-${(4100 + i).toString(16)}-4c2e-9a7b-5e1d3f${(100000 + i * 7).toString().slice(0, 6)}`;
  frontLogs.push(fe(m, 'debug', 'request started', { id, path: i % 3 ? '/product/OLJCESPC7Z' : '/' }));
  frontLogs.push(fe(m + 0.01, 'debug', 'request complete', { id, path: i % 3 ? '/product/OLJCESPC7Z' : '/', status: 200, took: 30 + (i % 7) * 6 }));
  if (m > -22) {
    const cid = `${ids[(i + 3) % 8]}-77${i}a-4f10-b3c2-9d8e${i}01f2a6c`;
    frontLogs.push(fe(m + 0.3, 'debug', 'request started', { id: cid, method: 'POST', path: '/cart/checkout', session: `e1${i}4a9c2-7b3d-4e8f-a061-3c5d9b2e7f10` }));
    frontLogs.push(fe(m + 0.31, 'debug', 'placing order', { id: cid, method: 'POST', path: '/cart/checkout', session: `e1${i}4a9c2-7b3d-4e8f-a061-3c5d9b2e7f10` }));
    frontLogs.push(fe(m + 0.32, 'error', 'request error', { id: cid, method: 'POST', path: '/cart/checkout', session: `e1${i}4a9c2-7b3d-4e8f-a061-3c5d9b2e7f10`, error: `failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: ${refused('%SVCIP:paymentservice%')}` }));
    coLogs.push(JSON.stringify({ message: `[PlaceOrder] user_id="e1${i}4a9c2-7b3d-4e8f-a061-3c5d9b2e7f10" user_currency="EUR"`, severity: 'info', timestamp: T.isoMs(m + 0.31) }));
  } else if (i % 4 === 0) {
    const cid = `${ids[(i + 5) % 8]}-66${i}b-4a21-8c3d-1e7f${i}9a0b4c`;
    frontLogs.push(fe(m + 0.4, 'debug', 'request started', { id: cid, method: 'POST', path: '/cart/checkout' }));
    frontLogs.push(fe(m + 0.41, 'debug', 'placing order', { id: cid, method: 'POST', path: '/cart/checkout' }));
    frontLogs.push(fe(m + 0.42, 'info', 'order placed', { id: cid, method: 'POST', path: '/cart/checkout' }));
    coLogs.push(JSON.stringify({ message: `[PlaceOrder] user_id="5d2b7c1e-93a4-4f0b-8e61-2c7f4a9d0b35" user_currency="EUR"`, severity: 'info', timestamp: T.isoMs(m + 0.41) }));
    coLogs.push(JSON.stringify({ message: `payment went through (transaction_id: 7c1d${i}e2a-5b3f-4d8c-9e0a-2f6b4c${i}d81a7)`, severity: 'info', timestamp: T.isoMs(m + 0.415) }));
    coLogs.push(JSON.stringify({ message: `order confirmation email sent to "someone@example.com"`, severity: 'info', timestamp: T.isoMs(m + 0.418) }));
  }
}

export const scenarios = [
  {
    folder: FOLDER,
    incidentTime: '2026-05-19T16:48:00Z',
    description: 'checkout broken on the boutique, nobody can place an order since ~16:25',
    expected: { component: 'paymentservice', cause: 'image-pull' },
    difficulty: 'medium',
    traits: ['callers-only', 'decoy', 'time-expression'],
    grounding: `
      Online Boutique v0.10.6 (release/kubernetes-manifests.yaml): paymentservice is a single-replica Deployment, container server,
      grpc probes on 50051, reached by checkoutservice through PAYMENT_SERVICE_ADDR=paymentservice:50051; frontend POST /cart/checkout
      calls checkoutservice PlaceOrder, which charges the card before shipping and email.
      Deviation: the shop pulls the upstream images from its own Artifact Registry mirror (europe-west1-docker.pkg.dev/acme-boutique-prod/mirror),
      whose cleanup policy (delete versions older than 90 days unless tagged "keep") removed paymentservice:v0.10.6 overnight — the
      documented Artifact Registry cleanup-policy pitfall (a policy deletes images still deployed). Nothing breaks while every node has the
      image cached; at 16:24 the cluster autoscaler scaled down an under-used node (ScaleDown event, node deleted), paymentservice's pod was
      rescheduled onto a node that never ran it and containerd's pull fails "failed to resolve reference …: not found" (kubelet ErrImagePull,
      then ImagePullBackOff). paymentservice has no ready endpoint, so checkoutservice's gRPC dial is refused and the frontend logs
      "failed to complete the order: … failed to charge card: could not charge the card: … connect: connection refused" (real frontend
      and checkoutservice error wrapping). Browsing keeps working. Decoys: the autoscaler scale-down itself (normal), a cartservice
      rollout two hours earlier that completed, an emailservice restart two days ago.`,
    workloads: {
      paymentservice: {
        unavailableSince: -23.5,
        endpointsChanged: -23.6,
        pods: [{
          node: N[2], created: T.iso(-23.6), phase: 'Pending',
          containers: { server: cs.waiting('ImagePullBackOff', `Back-off pulling image "${payImg}"`) },
        }],
      },
      cartservice: { rollout: { at: -125, oldContainers: { server: { resources: { requests: { cpu: '200m', memory: '64Mi' }, limits: { cpu: '300m', memory: '128Mi' } } } } }, containers: { server: { resources: { requests: { cpu: '200m', memory: '128Mi' }, limits: { cpu: '300m', memory: '256Mi' } } } } },
      emailservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 37), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 37.2) } }) } }] },
    },
    events: [
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 1', first: -125, last: -125 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 0 from 1', first: -123.5, last: -123.5 },
      { on: 'rs:paymentservice', reason: 'SuccessfulCreate', message: 'Created pod: paymentservice-%RS%', first: -23.6, last: -23.6 },
      { on: 'pod:paymentservice#0', reason: 'Scheduled', message: `Successfully assigned boutique/%POD% to ${N[2]}`, source: 'default-scheduler', first: -23.6, last: -23.6 },
      { on: 'pod:paymentservice#0', reason: 'Pulling', message: `Pulling image "${payImg}"`, fieldPath: 'spec.containers{server}', first: -23.5, last: -2.1, count: 9 },
      { on: 'pod:paymentservice#0', reason: 'Failed', type: 'Warning', message: `Failed to pull image "${payImg}": rpc error: code = NotFound desc = failed to pull and unpack image "${payImg}": failed to resolve reference "${payImg}": ${payImg}: not found`, fieldPath: 'spec.containers{server}', first: -23.4, last: -2.0, count: 9 },
      { on: 'pod:paymentservice#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', fieldPath: 'spec.containers{server}', first: -23.4, last: -2.0, count: 9 },
      { on: 'pod:paymentservice#0', reason: 'BackOff', message: `Back-off pulling image "${payImg}"`, fieldPath: 'spec.containers{server}', first: -23.3, last: -0.4, count: 98 },
      { on: 'pod:paymentservice#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', fieldPath: 'spec.containers{server}', first: -23.3, last: -0.4, count: 98 },
      { on: 'node:gke-boutique-prod-default-pool-9b31d0a7-q4hn', reason: 'ScaleDown', message: 'Scale-down: removing node gke-boutique-prod-default-pool-9b31d0a7-q4hn, utilization: {0.29 0.24 0 cpu 0.29}, pods to reschedule: boutique/paymentservice-6c8d7f9b54-xk2vq', source: 'cluster-autoscaler', first: -24.4, last: -24.4 },
      { on: 'node:gke-boutique-prod-default-pool-9b31d0a7-q4hn', reason: 'RemovingNode', message: 'Node gke-boutique-prod-default-pool-9b31d0a7-q4hn event: Removing Node gke-boutique-prod-default-pool-9b31d0a7-q4hn from Controller', source: 'node-controller', first: -22.8, last: -22.8 },
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set paymentservice-%NEW% to 1', first: -60 * 24 * 9, last: -60 * 24 * 9 },
    ],
    logs: {
      'frontend#0/server': frontLogs,
      'checkoutservice#0/server': coLogs,
    },
  },
];
