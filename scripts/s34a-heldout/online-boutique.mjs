// Batch s34a (held-out, split: test): one blind Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the session-2 system definition of scripts/s2-scenarios/online-boutique.mjs (v0.10.6 manifests on GKE).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const IT = '2026-05-08T14:31:00Z';
const T = clock(IT);
const [N0, N1, N2] = system.nodes.map((n) => n.name); // N1 (…-m2dt) is the node whose disk fills
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const rts = (min) => { const d = new Date(T.isoMs(min)); return `${String(d.getUTCDate()).padStart(2, '0')} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${T.java(min).slice(11)}`; };
const redis = (min, role, mark, msg) => `1:${role} ${rts(min)} ${mark} ${msg}`;
const fl = (min, severity, message, x = {}) => JSON.stringify({
  ...(x.error ? { error: x.error } : {}), 'http.req.id': x.id ?? 'd3b1f6a2-2c1e-4f0b-8a77-1e5c0b9d4a21', 'http.req.method': x.method ?? 'GET', 'http.req.path': x.path ?? '/',
  ...(x.status ? { 'http.resp.bytes': x.bytes ?? 8123, 'http.resp.status': x.status, 'http.resp.took_ms': x.took ?? 41 } : {}),
  message, session: x.session ?? '6f0c2d8e-91a4-4b7e-a3c5-0d2e7f14b9a6', severity, timestamp: T.isoMs(min),
});
const byTs = (a, b) => (JSON.parse(a).timestamp < JSON.parse(b).timestamp ? -1 : 1);
const EVICT = (c, used) => `The node was low on resource: ephemeral-storage. Threshold quantity: 10386530304, available: ${used}. Container ${c} was using 48Ki, request is 0, has larger consumption of ephemeral-storage. `;

const frontOk = (from, to, step, paths) => {
  const out = [];
  let k = 0;
  for (let m = from; m < to; m += step, k++) {
    const path = paths[k % paths.length];
    const id = `a${String(1000 + k)}c9e-5d2b-4f61-9a0e-7b3c${String(10000000 + k * 7919).slice(0, 8)}`;
    out.push(fl(m, 'debug', 'request started', { id, path, session: `c${k % 7}1d4e2f-7a8b-4c9d-8e0f-1a2b3c4d5e6f` }));
    out.push(fl(m + 0.01, 'debug', 'request complete', { id, path, status: 200, took: 30 + (k % 9) * 7, session: `c${k % 7}1d4e2f-7a8b-4c9d-8e0f-1a2b3c4d5e6f` }));
  }
  return out;
};
const cartErr = (m, path, what, k) => fl(m, 'error', 'request error', {
  id: `e${k}7f2c41-0b9d-4a3e-b6c8-2d1f0e9a7c5b`, path, method: path === '/cart/checkout' || path === '/cart' ? 'POST' : 'GET', session: `c${k % 7}1d4e2f-7a8b-4c9d-8e0f-1a2b3c4d5e6f`,
  error: `${what}: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET c${k % 7}1d4e2f-7a8b-4c9d-8e0f-1a2b3c4d5e6f; It was not possible to connect to the redis server(s). ConnectTimeout, mc: 1/1/0, mgr: 10 of 10 available, clientName: cartservice, IOCP: (Busy=0,Free=1000,Min=2,Max=1000), WORKER: (Busy=1,Free=32766,Min=2,Max=32767), v: 2.6.122.38350`,
});
const frontend0 = [
  ...frontOk(-40, -1, 1.7, ['/', '/product/OLJCESPC7Z', '/cart', '/product/66VCHSJNUP', '/']),
  cartErr(-13.6, '/cart', 'failed to get user cart', 1),
  cartErr(-13.2, '/cart/checkout', 'failed to complete the order', 2),
  cartErr(-12.9, '/cart', 'could not retrieve cart', 3),
].sort(byTs);
const frontend1 = [
  ...frontOk(-40, -1, 2.1, ['/product/L9ECAV7KIM', '/', '/cart', '/product/2ZYFJ3GM2N']),
  cartErr(-13.4, '/', 'could not retrieve cart', 4),
  cartErr(-12.8, '/cart/checkout', 'failed to complete the order', 5),
].sort(byTs);
const cartLog = (from) => {
  const out = [];
  for (let m = from; m < -1; m += 2.3) out.push(`GetCartAsync called with userId=c${Math.abs(Math.round(m)) % 7}1d4e2f-7a8b-4c9d-8e0f-1a2b3c4d5e6f`);
  return out;
};

export const scenarios = [
  {
    folder: 's34a-redis-cart-evicted-disk-pressure',
    description: 'lots of complaints that shopping carts got wiped, and some checkout errors ~14:18',
    incidentTime: IT,
    expected: { component: 'redis-cart', cause: 'node-pressure', node: N1 },
    difficulty: 'medium',
    traits: ['node-level', 'time-expression', 'decoy'],
    grounding: `
      Online Boutique release/kubernetes-manifests.yaml (v0.10.6): redis-cart keeps its data in an emptyDir (/data), so a new pod starts
      with no carts; cartservice (StackExchange.Redis) reaches it at redis-cart:6379 and answers FailedPrecondition "Can't access cart
      storage." when Redis is unreachable, which the frontend logs as "request error" for /cart and /cart/checkout.
      Fault: the boot disk of one GKE node fills (image garbage collection finds nothing to free), the kubelet reports DiskPressure, taints
      the node node.kubernetes.io/disk-pressure and evicts pods for ephemeral-storage with the kubelet's eviction message; it evicts
      redis-cart first (about 14:18), then recommendationservice and loadgenerator. The ReplicaSets recreate them on the other nodes; the
      new redis-cart starts empty (no RDB loaded), so every cart is lost and checkouts in flight failed during the 40 s gap. The node
      is still under DiskPressure at incident time. Kubelet texts: EvictionThresholdMet, NodeHasDiskPressure, FreeDiskSpaceFailed, Evicted.
      Decoys: an adservice restart two days ago, normal frontend traffic.`,
    nodes: {
      [N1]: {
        taints: [{ key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule', timeAdded: T.iso(-16) }],
        conditions: {
          DiskPressure: { type: 'DiskPressure', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-16), reason: 'KubeletHasDiskPressure', message: 'kubelet has disk pressure' },
        },
      },
    },
    workloads: {
      frontend: { pods: [{ node: N0 }, { node: N1 }] },
      checkoutservice: { pods: [{ node: N1 }] },
      cartservice: { pods: [{ node: N0 }, { node: N2 }] },
      'redis-cart': {
        endpointsChanged: -12.3,
        pods: [
          { node: N1, evicted: EVICT('redis', '9812344Ki') },
          { node: N0, created: T.iso(-13.1), containers: { redis: cs.running(T.iso(-12.9)) }, readyTransition: T.iso(-12.4) },
        ],
      },
      recommendationservice: {
        pods: [
          { node: N1, evicted: EVICT('server', '9934108Ki') },
          { node: N2, created: T.iso(-10.9), containers: { server: cs.running(T.iso(-10.6)) } },
        ],
      },
      loadgenerator: {
        pods: [
          { node: N1, evicted: EVICT('main', '10011262Ki') },
          { node: N0, created: T.iso(-8.9), containers: { main: cs.running(T.iso(-8.6)) } },
        ],
      },
      adservice: {
        pods: [{ node: N2, containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.2) } }) } }],
      },
    },
    events: [
      { on: `node:${N1}`, reason: 'NodeHasDiskPressure', message: `Node ${N1} status is now: NodeHasDiskPressure`, first: -16 },
      { on: `node:${N1}`, type: 'Warning', reason: 'EvictionThresholdMet', message: 'Attempting to reclaim ephemeral-storage', first: -16, last: -1.1, count: 11 },
      { on: `node:${N1}`, type: 'Warning', reason: 'FreeDiskSpaceFailed', message: 'Failed to garbage collect required amount of images. Attempted to free 12593045504 bytes, but only found 0 bytes eligible to free.', first: -15.8, last: -0.8, count: 4 },
      { on: 'pod:redis-cart#0', type: 'Warning', reason: 'Evicted', message: EVICT('redis', '9812344Ki'), first: -13.2 },
      { on: 'pod:redis-cart#0', reason: 'Killing', fieldPath: 'spec.containers{redis}', message: 'Stopping container redis', first: -13.2 },
      { on: 'rs:redis-cart', reason: 'SuccessfulCreate', message: 'Created pod: redis-cart-%RS%', first: -13.1 },
      { on: 'pod:redis-cart#1', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned boutique/%POD% to ${N0}`, first: -13.1 },
      { on: 'pod:redis-cart#1', reason: 'Pulling', fieldPath: 'spec.containers{redis}', message: 'Pulling image "redis:alpine"', first: -13.05 },
      { on: 'pod:redis-cart#1', reason: 'Pulled', fieldPath: 'spec.containers{redis}', message: 'Successfully pulled image "redis:alpine" in 7.412s (7.412s including waiting). Image size: 17244374 bytes.', first: -12.92 },
      { on: 'pod:redis-cart#1', reason: 'Started', fieldPath: 'spec.containers{redis}', message: 'Started container redis', first: -12.9 },
      { on: 'pod:recommendationservice#0', type: 'Warning', reason: 'Evicted', message: EVICT('server', '9934108Ki'), first: -11.0 },
      { on: 'pod:recommendationservice#0', reason: 'Killing', fieldPath: 'spec.containers{server}', message: 'Stopping container server', first: -11.0 },
      { on: 'pod:loadgenerator#0', type: 'Warning', reason: 'Evicted', message: EVICT('main', '10011262Ki'), first: -9.0 },
      { on: 'pod:loadgenerator#0', reason: 'Killing', fieldPath: 'spec.containers{main}', message: 'Stopping container main', first: -9.0 },
    ],
    logs: {
      'redis-cart#1/redis': [
        redis(-12.9, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
        redis(-12.9, 'C', '*', 'Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started'),
        redis(-12.9, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
        redis(-12.9, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
        redis(-12.9, 'M', '*', 'Running mode=standalone, port=6379.'),
        redis(-12.9, 'M', '*', 'Server initialized'),
        redis(-12.9, 'M', '*', 'Ready to accept connections tcp'),
      ],
      'frontend#0/server': frontend0,
      'frontend#1/server': frontend1,
      'cartservice#0/server': cartLog(-30),
      'cartservice#1/server': cartLog(-29),
    },
  },
];
