// Blind dev scenario s27b for Online Boutique v0.10.6 (kit spec, split dev): the GKE node pool is resized from 3 to 2 nodes,
// paymentservice and adservice cannot be rescheduled (Insufficient cpu), checkout fails on every order.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

const REMOVED = 'gke-boutique-prod-default-pool-9b31d0a7-wz5c';
// The snapshot is taken after the resize: the third node is gone from the Node List.
export const system = { ...base, nodes: base.nodes.filter((n) => n.name !== REMOVED) };

const T = clock('2026-03-30T14:40:00Z');
const AT = -16; // 14:24 resize
const FAILED = '0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.';

const uuid = (n) => {
  const x = ((n * 2654435761) >>> 0).toString(16).padStart(8, '0');
  const y = ((n * 40503 + 977) >>> 0).toString(16).padStart(8, '0');
  return `${x}-${y.slice(0, 4)}-4${y.slice(5, 8)}-9${x.slice(1, 4)}-${(x + y).slice(0, 12)}`;
};
const fl = (min, severity, message, f = {}) => JSON.stringify({
  ...(f.error ? { error: f.error } : {}),
  'http.req.id': uuid(Math.round(-min * 1000) + (f.k ?? 0)), 'http.req.method': f.method ?? 'GET', 'http.req.path': f.path ?? '/',
  ...(f.resp ? { 'http.resp.bytes': f.resp[0], 'http.resp.status': f.resp[1], 'http.resp.took_ms': f.resp[2] } : {}),
  message, session: uuid(Math.round(-min * 7) + 31), severity, timestamp: T.isoMs(min),
});
const refused = (svc, port) => `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:${svc}%:${port}: connect: connection refused"`;
const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];
const frontend = (pod) => {
  const out = [];
  for (let m = -30 + pod * 0.2, i = 0; m < -0.3; m += 0.55, i++) {
    const down = m >= AT + 0.2;
    const path = `/product/${PRODUCTS[i % PRODUCTS.length]}`;
    out.push(fl(m, 'debug', 'request started', { path }));
    if (down) out.push(fl(m + 0.001, 'warning', 'failed to retrieve ads', { path, error: refused('adservice', 9555) }));
    out.push(fl(m + 0.004, 'debug', 'request complete', { path, resp: [7000 + (i * 131) % 900, 200, 38 + (i % 9)] }));
    if (i % 3 === 0) {
      out.push(fl(m + 0.1, 'debug', 'request started', { path: '/cart/checkout', method: 'POST', k: 1 }));
      if (down) {
        out.push(fl(m + 0.102, 'error', 'request error', { path: '/cart/checkout', method: 'POST', k: 1, error: `failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: ${refused('paymentservice', 50051)}` }));
        out.push(fl(m + 0.103, 'debug', 'request complete', { path: '/cart/checkout', method: 'POST', k: 1, resp: [3652, 500, 14] }));
      } else {
        out.push(fl(m + 0.104, 'info', 'order placed', { path: '/cart/checkout', method: 'POST', k: 1 }).replace('"message":"order placed"', `"message":"order placed","order.id":"${uuid(i + 500)}"`));
        out.push(fl(m + 0.105, 'debug', 'request complete', { path: '/cart/checkout', method: 'POST', k: 1, resp: [9127, 200, 211] }));
      }
    }
  }
  return out;
};
const checkout = [];
for (let m = -30, i = 0; m < -0.3; m += 1.65, i++) {
  checkout.push(JSON.stringify({ message: `[PlaceOrder] user_id="${uuid(i + 900)}" user_currency="${['USD', 'EUR', 'CAD'][i % 3]}"`, severity: 'info', timestamp: T.isoMs(m) }));
  if (m < AT) {
    checkout.push(JSON.stringify({ message: `payment went through (transaction_id: ${uuid(i + 1300)})`, severity: 'info', timestamp: T.isoMs(m + 0.002) }));
    checkout.push(JSON.stringify({ message: `order confirmation email sent to "someone@example.com"`, severity: 'info', timestamp: T.isoMs(m + 0.003) }));
  }
}
const rescheduled = (min) => ({ created: T.iso(min) });

export const scenarios = [
  {
    folder: 's27b-payment-unschedulable-after-pool-resize',
    incidentTime: '2026-03-30T14:40:00Z',
    description: "checkout broken - customers can't place orders since ~14:25",
    expected: { component: 'paymentservice', cause: 'unschedulable' },
    difficulty: 'medium',
    traits: ['time-expression', 'node-level'],
    grounding: `
      Online Boutique v0.10.6 (release/kubernetes-manifests.yaml, session-2 system definition) on a shared 3-node GKE
      default-pool (e2-standard-4, allocatable 3920m CPU each) whose other namespaces' requests leave little CPU free. To cut
      cost the pool is resized from 3 to 2 nodes at 14:24 (gcloud container clusters resize, cluster autoscaler off): GKE
      cordons and deletes gke-...-wz5c (NodeNotSchedulable, RemovingNode), the Node leaves the List and the ReplicaSets recreate
      its pods. cartservice's second replica, currencyservice and shippingservice fit on the two remaining nodes; paymentservice
      (request 100m) and adservice (request 200m) stay Pending with the scheduler's "0/2 nodes are available: 2 Insufficient
      cpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod." (FailedScheduling, retried).
      Both Services have no endpoints, so kube-proxy rejects connections to their ClusterIPs: checkoutservice's chargeCard
      fails with grpc-go's "connection refused" and the frontend logs "request error" "failed to complete the order: ... failed
      to charge card: could not charge the card: rpc error: code = Unavailable ..." on every POST /cart/checkout (500), while
      its "failed to retrieve ads" warnings on every product page are louder but harmless (ads are optional). checkoutservice
      itself only logs "[PlaceOrder]" and no longer "payment went through". A careful engineer names paymentservice, whose pod
      cannot be scheduled after the resize (unschedulable); adservice is a second casualty of the same cause.`,
    workloads: {
      paymentservice: { pods: [{ unscheduled: FAILED, created: T.iso(AT + 0.2) }], unavailableSince: AT + 0.1, endpointsChanged: AT },
      adservice: { pods: [{ unscheduled: FAILED, created: T.iso(AT + 0.2) }], unavailableSince: AT + 0.1, endpointsChanged: AT },
      cartservice: { pods: [{}, rescheduled(AT + 0.2)] },
      currencyservice: { pods: [rescheduled(AT + 0.2)] },
      shippingservice: { pods: [rescheduled(AT + 0.2)] },
    },
    events: [
      { on: `node:${REMOVED}`, reason: 'NodeNotSchedulable', message: `Node ${REMOVED} status is now: NodeNotSchedulable`, first: AT - 0.6, last: AT - 0.6 },
      { on: `node:${REMOVED}`, source: 'node-controller', reason: 'RemovingNode', message: `Node ${REMOVED} event: Removing Node ${REMOVED} from Controller`, first: AT, last: AT },
      { on: 'pod:paymentservice#0', source: 'default-scheduler', reason: 'FailedScheduling', type: 'Warning', message: FAILED, first: AT + 0.2, last: -0.7, count: 9 },
      { on: 'pod:adservice#0', source: 'default-scheduler', reason: 'FailedScheduling', type: 'Warning', message: FAILED, first: AT + 0.2, last: -0.7, count: 9 },
      { on: 'pod:cartservice#1', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: AT + 0.2, last: AT + 0.2 },
      { on: 'pod:currencyservice#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: AT + 0.2, last: AT + 0.2 },
      { on: 'pod:shippingservice#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: AT + 0.2, last: AT + 0.2 },
    ],
    logs: {
      'frontend#0/server': frontend(0),
      'frontend#1/server': frontend(1),
      'checkoutservice#0/server': checkout,
      'currencyservice#0/server': [
        JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(AT + 0.3)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'Profiler disabled.' }),
        JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(AT + 0.31)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'Tracing disabled.' }),
        JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(AT + 0.33)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'Starting gRPC server on port 7000...' }),
        ...Array.from({ length: 8 }, (_, i) => JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(AT + 1 + i * 1.8)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'conversion request successful' })),
      ],
    },
  },
];
