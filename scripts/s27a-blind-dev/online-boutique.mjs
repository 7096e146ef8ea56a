// Blind dev scenario of batch s27a for Online Boutique (session-2 system definition): a GKE node stops posting status
// and goes NotReady; the single paymentservice replica lived on it, so every checkout fails while the rest of the shop works.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INCIDENT = '2026-08-06T16:47:00Z';
const T = clock(INCIDENT);
const DEAD = 'gke-boutique-prod-default-pool-9b31d0a7-wz5c';
const N0 = 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx';
const N1 = 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt';
const DOWN_AT = -4.6; // node lifecycle controller marks the Node NotReady (40 s after the last heartbeat)

const unknown = (type) => ({
  type,
  status: 'Unknown',
  lastHeartbeatTime: T.iso(-5.3),
  lastTransitionTime: T.iso(DOWN_AT),
  reason: 'NodeStatusUnknown',
  message: 'Kubelet stopped posting node status.',
});

/** Pods whose Ready condition the node lifecycle controller flips (the build script writes the exact condition). */
export const nodeDown = { 's27a-payment-node-notready': { node: DEAD, at: T.iso(DOWN_AT) } };

const front = (min, severity, message, extra = {}) =>
  JSON.stringify({
    'http.req.id': extra.id ?? '5d0e2f7a-81c4-4b9e-a3f6-0c2d9e7b41a8',
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/',
    ...(extra.status ? { 'http.resp.bytes': extra.bytes ?? 7523, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 21 + ((min * 1000) % 37 | 0) } : {}),
    ...(extra.error ? { error: extra.error } : {}),
    message,
    session: extra.session ?? 'b7f3c1d2-6a4e-4f0b-9c8d-2e1a5f7b3c90',
    severity,
    timestamp: T.isoMs(min),
  });
const refused = `rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:paymentservice%:50051: connect: connection refused"`;
const hung = 'rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unavailable desc = error reading from server: read tcp %IPOF:checkoutservice#0%:48212->%SVCIP:paymentservice%:50051: read: connection timed out';
const sessions = ['0a8c4e21-5b7d-4f3a-9e16-c2d4b8f0a731', 'e3b1f9d0-27ac-4c58-8d41-6f0a2b9c7e15', '71c2a5e8-d94f-4b06-a3e7-58f1c0b2d6a4', '9f4d0b37-1e6a-42c8-b5f9-a07c3d2e8b61'];
const frontLog = (from) => {
  const out = [];
  let k = 0;
  for (let m = -14 + (from % 2 ? 0.19 : 0); m < -0.2; m += 0.37) {
    const s = sessions[k % sessions.length];
    const hex = (n) => ((n * 2654435761) >>> 0).toString(16).padStart(8, '0');
    const id = `${hex(k + from * 100)}-${hex(k + 7).slice(0, 4)}-4${hex(k + 3).slice(1, 4)}-a${hex(k + 5).slice(1, 4)}-${hex(k + 11)}${hex(k + 13).slice(0, 4)}`;
    if (m < DOWN_AT - 0.7) {
      out.push(front(m, 'debug', 'request started', { path: k % 3 ? '/' : '/product/OLJCESPC7Z', id, session: s }));
      out.push(front(m + 0.002, 'debug', 'request complete', { path: k % 3 ? '/' : '/product/OLJCESPC7Z', id, session: s, status: 200 }));
    } else if (k % 4 === 0) {
      const err = m < DOWN_AT + 1.4 ? `failed to complete the order: ${hung}` : `failed to complete the order: ${refused}`;
      out.push(front(m, 'debug', 'request started', { method: 'POST', path: '/cart/checkout', id, session: s }));
      const took = m < DOWN_AT + 1.4 ? 20012 : 4;
      out.push(front(m + took / 60000, 'error', 'request error', { method: 'POST', path: '/cart/checkout', id, session: s, error: err }));
      out.push(front(m + (took + 1) / 60000, 'debug', 'request complete', { method: 'POST', path: '/cart/checkout', id, session: s, status: 500, bytes: 4021, took }));
    } else {
      out.push(front(m, 'debug', 'request started', { path: k % 2 ? '/cart' : '/', id, session: s }));
      out.push(front(m + 0.002, 'debug', 'request complete', { path: k % 2 ? '/cart' : '/', id, session: s, status: 200, bytes: k % 2 ? 6120 : 7523 }));
    }
    k++;
  }
  return out.filter((l) => JSON.parse(l).timestamp >= T.isoMs(from));
};
const checkout = (min, msg) => JSON.stringify({ message: msg, severity: 'info', timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's27a-payment-node-notready',
    incidentTime: INCIDENT,
    description: 'boutique checkout broken since ~16:42 — place order gives 500, browsing and cart look fine',
    expected: { component: 'paymentservice', cause: 'node-not-ready', node: DEAD },
    difficulty: 'medium',
    traits: ['node-level', 'time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      release/kubernetes-manifests.yaml (34ffea9, v0.10.6): paymentservice is a single-replica Deployment on gRPC 50051 with
      grpc readiness/liveness probes; checkoutservice dials it through PAYMENT_SERVICE_ADDR=paymentservice:50051 and the
      frontend only reports checkoutservice's error. Pods tolerate node.kubernetes.io/unreachable for 300 s (the default
      tolerations). Fault: the GCE VM behind ${DEAD} freezes (kubelet stops posting status, a known GKE failure mode before
      node auto-repair recreates the VM). After the 40 s node-monitor grace period the node lifecycle controller sets every
      Node condition to Unknown ("Kubelet stopped posting node status."), adds the unreachable taints, records NodeNotReady
      on the Node and its pods and flips the pods' Ready condition to False; the pods still show Running (their containers'
      last known state) and their logs cannot be read (the kubelet is unreachable, so the snapshot has none). paymentservice#0,
      one cartservice, one productcatalogservice and the loadgenerator lived there; the 300 s toleration has not yet expired,
      so nothing is rescheduled. The paymentservice Endpoints have only a notReadyAddress, so new dials to the ClusterIP are
      refused; calls already in flight on the old connection time out first. The frontend logs grpc "connection refused"
      wrapped in checkoutservice's "failed to charge card", 500 on /cart/checkout; browsing and carts still work on the other
      replicas. Decoy: a healthy recommendationservice rollout three hours earlier. Expected: node-not-ready, on the Node (or
      on paymentservice, the component it took down).`,
    nodes: {
      [DEAD]: {
        heartbeat: -5.3,
        conditions: {
          MemoryPressure: unknown('MemoryPressure'),
          DiskPressure: unknown('DiskPressure'),
          PIDPressure: unknown('PIDPressure'),
          Ready: unknown('Ready'),
        },
        taints: [
          { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T.iso(DOWN_AT) },
          { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T.iso(DOWN_AT + 0.02) },
        ],
      },
    },
    workloads: {
      paymentservice: { unavailableSince: DOWN_AT, endpointsChanged: DOWN_AT, pods: [{ node: DEAD, ready: false, readyTransition: T.iso(DOWN_AT) }] },
      cartservice: { endpointsChanged: DOWN_AT, pods: [{ node: DEAD, ready: false, readyTransition: T.iso(DOWN_AT) }, { node: N1 }] },
      productcatalogservice: { endpointsChanged: DOWN_AT, pods: [{ node: N0 }, { node: DEAD, ready: false, readyTransition: T.iso(DOWN_AT) }] },
      currencyservice: { pods: [{ node: N1 }] },
      emailservice: { pods: [{ node: N0 }] },
      loadgenerator: { pods: [{ node: DEAD, ready: false, readyTransition: T.iso(DOWN_AT) }] },
      recommendationservice: { rollout: { at: -183, revision: 5 } },
    },
    events: [
      { on: `node:${DEAD}`, source: 'node-controller', reason: 'NodeNotReady', message: `Node ${DEAD} status is now: NodeNotReady`, first: DOWN_AT },
      { on: 'pod:paymentservice#0', source: 'node-controller', type: 'Warning', reason: 'NodeNotReady', message: 'Node is not ready', first: DOWN_AT },
      { on: 'pod:cartservice#0', source: 'node-controller', type: 'Warning', reason: 'NodeNotReady', message: 'Node is not ready', first: DOWN_AT },
      { on: 'pod:productcatalogservice#1', source: 'node-controller', type: 'Warning', reason: 'NodeNotReady', message: 'Node is not ready', first: DOWN_AT },
      { on: 'pod:loadgenerator#0', source: 'node-controller', type: 'Warning', reason: 'NodeNotReady', message: 'Node is not ready', first: DOWN_AT },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -183 },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -182.4 },
    ],
    logs: {
      'frontend#0/server': frontLog(-14),
      'frontend#1/server': frontLog(-9),
      'checkoutservice#0/server': [
        checkout(-13.1, '[PlaceOrder] user_id="0a8c4e21-5b7d-4f3a-9e16-c2d4b8f0a731" user_currency="USD"'),
        checkout(-13.09, 'payment went through (transaction_id: 8f1b6c2e-4d7a-4e95-b0c3-7a2e9d5f1b84)'),
        checkout(-10.5, '[PlaceOrder] user_id="71c2a5e8-d94f-4b06-a3e7-58f1c0b2d6a4" user_currency="EUR"'),
        checkout(-10.49, 'payment went through (transaction_id: 3c7e0a19-b2d5-4f86-9e1a-d4c8b7f2a063)'),
        checkout(-7.9, '[PlaceOrder] user_id="e3b1f9d0-27ac-4c58-8d41-6f0a2b9c7e15" user_currency="USD"'),
        checkout(-7.89, 'payment went through (transaction_id: a51d9e3f-7c20-4b8e-96f4-2e0b7d1c5a89)'),
        checkout(-4.9, '[PlaceOrder] user_id="9f4d0b37-1e6a-42c8-b5f9-a07c3d2e8b61" user_currency="USD"'),
        checkout(-3.4, '[PlaceOrder] user_id="0a8c4e21-5b7d-4f3a-9e16-c2d4b8f0a731" user_currency="USD"'),
        checkout(-1.9, '[PlaceOrder] user_id="71c2a5e8-d94f-4b06-a3e7-58f1c0b2d6a4" user_currency="EUR"'),
        checkout(-0.6, '[PlaceOrder] user_id="e3b1f9d0-27ac-4c58-8d41-6f0a2b9c7e15" user_currency="USD"'),
      ],
    },
  },
];
