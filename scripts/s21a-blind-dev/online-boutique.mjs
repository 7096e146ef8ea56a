// Batch s21a (blind dev, split: dev): one Online Boutique incident for the scenario kit, written without seeing the engine,
// the rule packs or the system's other scenarios; system definition from scripts/s2-scenarios/online-boutique.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const A = 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx';
const B = 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt';
const C = 'gke-boutique-prod-default-pool-9b31d0a7-wz5c';

// The frontend's logrus JSON lines (src/frontend main.go: JSONFormatter, fields http.req.*, session).
const fl = (T, min, severity, message, x = {}) =>
  JSON.stringify({
    ...(x.error ? { error: x.error } : {}),
    'http.req.id': x.id,
    'http.req.method': x.method ?? 'GET',
    'http.req.path': x.path ?? '/',
    ...(x.status ? { 'http.resp.bytes': x.bytes ?? 8174, 'http.resp.status': x.status, 'http.resp.took_ms': x.took ?? 41 } : {}),
    message,
    session: x.session ?? '3c9e1f52-7a4b-4d0e-9f61-8b2d5c7e0a19',
    severity,
    timestamp: T.isoMs(min),
  });

// s21a-checkout-pending-node-upgrade
const pending = (() => {
  const T = clock('2026-06-16T14:52:00Z');
  const drained = -10.4; // the upgrade drain of node B evicted its pods
  const re = (node, k = 0) => ({ node, created: T.iso(drained + 0.2 + k * 0.1) });
  const old = (node) => ({ node });
  const refused = `failed to complete the order: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:checkoutservice%:5050: connect: connection refused"`;
  const ids = ['0b7d2f4e-91c3-4a6e-8d15-2f7a9c3e6b01', '5e2a8c71-3d4f-4b9a-a0e6-7c1f2d8b4e93', 'a9c4e6b2-1f7d-4e3a-9b58-0d2c6f1a8e47', 'd3f1b8a6-4c2e-4f9d-b7a0-6e5c1a9d2f38', '7f6a2d9c-8b1e-4c5f-a3d7-1e9b4c6a0f52', 'c8e0b3f7-2a6d-4e1c-9f84-5b7a3d2c1e69'];
  const sessions = ['e1f0c7a2-5b3d-4c8e-9a16-2d7f4b9c0e31', '8a4d2c6e-0f1b-4e7a-b3c9-5d8e1f2a7b60', '2b9e7f1c-6d4a-4f3e-8c05-a1d3e9b7c4f2'];
  const front0 = [
    fl(T, -14.2, 'debug', 'request started', { id: ids[0], path: '/product/OLJCESPC7Z' }),
    fl(T, -14.2, 'debug', 'request complete', { id: ids[0], path: '/product/OLJCESPC7Z', status: 200, took: 38 }),
    fl(T, -12.9, 'debug', 'request started', { id: ids[1], method: 'POST', path: '/cart/checkout', session: sessions[0] }),
    fl(T, -12.9, 'debug', 'request complete', { id: ids[1], method: 'POST', path: '/cart/checkout', session: sessions[0], status: 200, took: 212, bytes: 9031 }),
    fl(T, -10.3, 'debug', 'request started', { id: ids[2], method: 'POST', path: '/cart/checkout', session: sessions[1] }),
    fl(T, -10.3, 'error', 'request error', { id: ids[2], method: 'POST', path: '/cart/checkout', session: sessions[1], error: 'failed to complete the order: rpc error: code = Unavailable desc = error reading from server: EOF' }),
    fl(T, -7.8, 'debug', 'request started', { id: ids[3], path: '/' }),
    fl(T, -7.8, 'debug', 'request complete', { id: ids[3], path: '/', status: 200, took: 64, bytes: 10322 }),
    fl(T, -6.1, 'debug', 'request started', { id: ids[4], method: 'POST', path: '/cart/checkout', session: sessions[2] }),
    fl(T, -6.1, 'error', 'request error', { id: ids[4], method: 'POST', path: '/cart/checkout', session: sessions[2], error: refused }),
    fl(T, -2.4, 'debug', 'request started', { id: ids[5], method: 'POST', path: '/cart/checkout', session: sessions[0] }),
    fl(T, -2.4, 'error', 'request error', { id: ids[5], method: 'POST', path: '/cart/checkout', session: sessions[0], error: refused }),
  ];
  const front1 = [
    fl(T, -11.5, 'debug', 'request started', { id: '4a1c7e9b-2d3f-4b6a-8e05-9c1f7d2a3b84', path: '/cart', session: sessions[1] }),
    fl(T, -11.5, 'debug', 'request complete', { id: '4a1c7e9b-2d3f-4b6a-8e05-9c1f7d2a3b84', path: '/cart', session: sessions[1], status: 200, took: 57 }),
    fl(T, -8.7, 'debug', 'request started', { id: '9e3b5d1f-7c2a-4e8b-a6f0-3d9c1b7e5a26', method: 'POST', path: '/cart/checkout', session: '6f2c8a1e-3b7d-4a9f-8e4c-1d5b0a7c9e83' }),
    fl(T, -8.7, 'error', 'request error', { id: '9e3b5d1f-7c2a-4e8b-a6f0-3d9c1b7e5a26', method: 'POST', path: '/cart/checkout', session: '6f2c8a1e-3b7d-4a9f-8e4c-1d5b0a7c9e83', error: refused }),
    fl(T, -4.0, 'debug', 'request started', { id: 'b5f7a3c9-1e6d-4f2b-9c08-7a4e2d1f6b35', method: 'POST', path: '/cart/checkout', session: '0d8e4b2f-9a1c-4c7e-b5f3-2e6a9d1c8f40' }),
    fl(T, -4.0, 'error', 'request error', { id: 'b5f7a3c9-1e6d-4f2b-9c08-7a4e2d1f6b35', method: 'POST', path: '/cart/checkout', session: '0d8e4b2f-9a1c-4c7e-b5f3-2e6a9d1c8f40', error: refused }),
    fl(T, -0.9, 'debug', 'request started', { id: 'e2c9d7a1-5f3b-4a8e-9d16-0b4f7c2e1a58', path: '/product/9SIQT8TOJO', session: '0d8e4b2f-9a1c-4c7e-b5f3-2e6a9d1c8f40' }),
    fl(T, -0.9, 'debug', 'request complete', { id: 'e2c9d7a1-5f3b-4a8e-9d16-0b4f7c2e1a58', path: '/product/9SIQT8TOJO', session: '0d8e4b2f-9a1c-4c7e-b5f3-2e6a9d1c8f40', status: 200, took: 45 }),
  ];
  const unsched =
    '0/3 nodes are available: 1 node(s) were unschedulable, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.';
  return {
    folder: 's21a-checkout-pending-node-upgrade',
    description: 'boutique: customers cannot place orders, "failed to complete the order" on checkout since ~14:42. payments?',
    incidentTime: '2026-06-16T14:52:00Z',
    expected: { component: 'checkoutservice', cause: 'unschedulable' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml): checkoutservice runs one replica (requests cpu 100m, memory 64Mi),
      gRPC on 5050, called by the frontend through CHECKOUT_SERVICE_ADDR=checkoutservice:5050; the frontend's logrus JSON
      lines ("request started"/"request complete" at debug, "request error" with the error field). Failure mode: a GKE node
      pool upgrade with surge 0 cordons and drains one node (spec.unschedulable plus the node.kubernetes.io/unschedulable
      taint, NodeNotSchedulable event); its pods are recreated on the other two nodes, whose CPU requests are almost fully
      allocated by other namespaces' workloads, so cartservice, emailservice and recommendationservice fit but the last one,
      checkoutservice, stays Pending with the scheduler's FailedScheduling text ("1 node(s) were unschedulable, 2 Insufficient
      cpu") and the cluster autoscaler's NotTriggerScaleUp ("max node group size reached", the pool is at its maximum of 3).
      The checkoutservice Service has no endpoint, so the frontend's dials to its ClusterIP are refused (kube-proxy REJECT);
      the first failure is the EOF of the connection to the evicted pod. The description guesses payments; paymentservice is
      healthy. Decoy: the pods recreated by the drain (Running, Ready) and the cordoned node itself, which is still Ready.`,
    nodes: {
      [B]: { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: T.iso(-10.6) }] },
    },
    workloads: {
      frontend: { pods: [old(A), old(C)] },
      checkoutservice: { pods: [{ unscheduled: unsched, created: T.iso(drained + 0.2) }] },
      cartservice: { pods: [old(C), re(A, 1)] },
      'redis-cart': { pods: [old(A)] },
      productcatalogservice: { pods: [old(A), old(C)] },
      currencyservice: { pods: [old(C)] },
      paymentservice: { pods: [old(A)] },
      shippingservice: { pods: [old(C)] },
      emailservice: { pods: [re(C, 2)] },
      recommendationservice: { pods: [re(A, 3)] },
      adservice: { pods: [old(C)] },
      loadgenerator: { pods: [old(A)] },
    },
    events: [
      { on: `node:${B}`, reason: 'NodeNotSchedulable', message: `Node ${B} status is now: NodeNotSchedulable`, first: -10.6, last: -10.6 },
      { on: 'pod:checkoutservice#0', source: 'default-scheduler', reason: 'FailedScheduling', type: 'Warning', message: unsched, first: drained + 0.2, last: -0.7, count: 7 },
      { on: 'pod:checkoutservice#0', source: 'cluster-autoscaler', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 max node group size reached", first: drained + 0.5, last: -1.2, count: 10 },
      { on: 'pod:cartservice#1', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned boutique/%POD% to ${A}`, first: drained + 0.3, last: drained + 0.3 },
      { on: 'pod:emailservice#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned boutique/%POD% to ${C}`, first: drained + 0.4, last: drained + 0.4 },
      { on: 'pod:recommendationservice#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned boutique/%POD% to ${A}`, first: drained + 0.5, last: drained + 0.5 },
      { on: 'pod:recommendationservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":8080" within 1s', first: drained + 0.9, last: drained + 1.0, count: 2, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'frontend#0/server': front0,
      'frontend#1/server': front1,
      'paymentservice#0/server': [
        `{"severity":"info","time":${Date.parse(T.iso(-12.9)) + 187},"pid":1,"hostname":"paymentservice-%POD%","name":"paymentservice-charge","message":"Transaction processed: visa ending 0454     Amount: USD129.97"}`.replace('paymentservice-%POD%', '%POD%'),
      ],
      'emailservice#0/server': [
        `{"timestamp": ${(Date.parse(T.iso(drained + 0.6)) / 1000).toFixed(6)}, "severity": "INFO", "name": "emailservice-server", "message": "starting the email service in dummy mode."}`,
        `{"timestamp": ${(Date.parse(T.iso(drained + 0.6)) / 1000 + 0.0021).toFixed(6)}, "severity": "INFO", "name": "emailservice-server", "message": "listening on port: 8080"}`,
      ],
    },
  };
})();

export const scenarios = [pending];
