// Blind dev scenario s23b for Online Boutique (session-2 system of scripts/s2-scenarios/online-boutique.mjs): a GKE node whose
// kubelet stops posting status, taking checkoutservice and shippingservice (single replicas) with it, four minutes before eviction.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as ob } from '../s2-scenarios/online-boutique.mjs';

export const system = ob;

const IT = '2026-05-06T13:11:00Z';
const T = clock(IT);
const DEAD = 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt';
const DOWN_AT = -4.4; // node controller marks the node NotReady (kubelet silent since about -5.1)
const fl = (min, severity, message, extra = {}) =>
  JSON.stringify({
    'http.req.id': extra.id,
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/',
    ...(extra.error ? { error: extra.error } : {}),
    message,
    session: extra.session,
    severity,
    timestamp: T.isoMs(min),
  });
const rid = (i) => `7${String(i).padStart(3, '0')}c2e1-${(4096 + i * 37).toString(16)}-4a1f-9c3e-${(0x1a2b3c4d5e6f + i * 7919).toString(16).padStart(12, '0')}`;
const sid = (i) => `e4${String(i % 9)}b7a90-2c1d-4f6e-8a3b-${(0x5c6d7e8f9012 + (i % 9) * 104729).toString(16).padStart(12, '0')}`;

const front = [];
let n = 0;
// healthy traffic before
for (let m = -14; m < -5.2; m += 0.9) {
  front.push(fl(m, 'debug', 'request started', { id: rid(n), path: n % 3 ? '/product/OLJCESPC7Z' : '/', session: sid(n) }));
  front.push(fl(m + 0.002, 'debug', 'request complete', { id: rid(n), path: n % 3 ? '/product/OLJCESPC7Z' : '/', session: sid(n) }));
  n++;
}
// kubelet gone: connections to pods on the node hang, then (after the node controller removes them from Endpoints) are refused
const CO = '%SVCIP:checkoutservice%', SH = '%SVCIP:shippingservice%';
for (let m = -5.0; m < -0.1; m += 0.55) {
  const before = m < DOWN_AT + 0.2;
  const checkout = n % 2 === 0;
  const err = checkout
    ? `failed to complete the order: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ${CO}:5050: ${before ? 'i/o timeout' : 'connect: connection refused'}"`
    : `failed to get shipping quote: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ${SH}:50051: ${before ? 'i/o timeout' : 'connect: connection refused'}"`;
  const path = checkout ? '/cart/checkout' : '/cart';
  const method = checkout ? 'POST' : 'GET';
  front.push(fl(m, 'debug', 'request started', { id: rid(n), path, method, session: sid(n) }));
  front.push(fl(m + (before ? 0.33 : 0.001), 'error', 'request error', { id: rid(n), path, method, session: sid(n), error: err }));
  if (n % 3 === 0) {
    front.push(fl(m + 0.2, 'debug', 'request started', { id: rid(n + 500), path: '/product/66VCHSJNUP', session: sid(n + 4) }));
    front.push(fl(m + 0.203, 'debug', 'request complete', { id: rid(n + 500), path: '/product/66VCHSJNUP', session: sid(n + 4) }));
  }
  n++;
}
front.sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp));

const nodeCond = (type, reason) => ({
  type,
  status: 'Unknown',
  lastHeartbeatTime: T.iso(-5.1),
  lastTransitionTime: T.iso(DOWN_AT),
  reason: 'NodeStatusUnknown',
  message: 'Kubelet stopped posting node status.',
});
const onDead = ['frontend#1', 'checkoutservice#0', 'productcatalogservice#0', 'shippingservice#0', 'adservice#0'];
const downPod = { node: DEAD, ready: false, readyTransition: T.iso(DOWN_AT) };

export const scenarios = [
  {
    folder: 's23b-node-kubelet-stopped-checkout',
    split: 'dev',
    description: 'checkout and cart page throwing 500s since 13:06, shop home page still loads',
    incidentTime: IT,
    expected: { component: 'checkoutservice', cause: 'node-not-ready', node: DEAD },
    alsoAcceptable: [{ component: 'shippingservice', cause: 'node-not-ready', node: DEAD }],
    difficulty: 'medium',
    traits: ['node-level', 'time-expression', 'decoy'],
    grounding: `
      microservices-demo release/kubernetes-manifests.yaml at 34ffea9: checkoutservice and shippingservice run one replica each,
      frontend and productcatalogservice two. On GKE a node whose VM stalls (guest kernel soft lockup or a failed live migration;
      node auto-repair only acts after about ten minutes) stops renewing its lease: after the 40 s node-monitor grace period the node
      lifecycle controller sets every condition to Unknown ("Kubelet stopped posting node status.", reason NodeStatusUnknown), adds
      the node.kubernetes.io/unreachable NoSchedule and NoExecute taints, writes NodeNotReady events and marks the node's pods
      Ready=False (containers unchanged), which removes them from Endpoints; the pods are only evicted after the 300 s default
      toleration, which has not yet elapsed. Logs of the pods on that node cannot be fetched (kubelet unreachable), so none are
      kept. The frontend (logrus JSON) first sees dial i/o timeouts to the checkout and shipping ClusterIPs, then "connect:
      connection refused" once they have no ready endpoint; "failed to complete the order" and "failed to get shipping quote" are
      its real error wraps. The home page and product pages still work (second frontend and productcatalogservice replicas on other
      nodes; adservice on the dead node is optional). Expected: the NotReady node, named via checkoutservice (the failed order path);
      shippingservice on the same node is equally right. Decoy: a recommendationservice rollout three hours earlier, healthy.`,
    nodes: {
      [DEAD]: {
        heartbeat: -5.1,
        conditions: {
          MemoryPressure: nodeCond('MemoryPressure'),
          DiskPressure: nodeCond('DiskPressure'),
          PIDPressure: nodeCond('PIDPressure'),
          Ready: nodeCond('Ready'),
        },
        taints: [
          { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T.iso(DOWN_AT) },
          { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T.iso(DOWN_AT + 0.05) },
        ],
      },
    },
    workloads: {
      frontend: { pods: [{}, downPod], endpointsChanged: DOWN_AT },
      checkoutservice: { pods: [downPod], endpointsChanged: DOWN_AT, unavailableSince: DOWN_AT },
      productcatalogservice: { pods: [downPod, {}], endpointsChanged: DOWN_AT },
      shippingservice: { pods: [downPod], endpointsChanged: DOWN_AT, unavailableSince: DOWN_AT },
      adservice: { pods: [downPod], endpointsChanged: DOWN_AT, unavailableSince: DOWN_AT },
      recommendationservice: {
        rollout: { at: -185, revision: 6, oldContainers: { server: { image: `${ob.workloads.find((w) => w.name === 'recommendationservice').containers[0].image.replace('v0.10.6', 'v0.10.5')}` } } },
      },
    },
    events: [
      { on: `node:${DEAD}`, reason: 'NodeNotReady', message: `Node ${DEAD} status is now: NodeNotReady`, first: DOWN_AT, source: 'node-controller' },
      ...onDead.map((p) => ({ on: `pod:${p}`, reason: 'NodeNotReady', message: 'Node is not ready', first: DOWN_AT + 0.02, type: 'Warning', source: 'node-controller' })),
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -185 },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -184.2 },
    ],
    logs: {
      'frontend#0/server': front,
      'cartservice#0/server': [
        `info: cartservice.cartstore.RedisCartStore[0]`,
        `      GetCartAsync called with userId=${sid(1)}`,
        `info: cartservice.cartstore.RedisCartStore[0]`,
        `      GetCartAsync called with userId=${sid(3)}`,
      ],
    },
  },
];

/** The Node the node lifecycle controller marked NotReady (the build script fixes its pods' Ready conditions). */
export const nodeDown = { 's23b-node-kubelet-stopped-checkout': { node: DEAD, at: T.iso(DOWN_AT) } };
