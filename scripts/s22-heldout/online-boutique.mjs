// s22 held-out scenario (blind, split: test) for Online Boutique: redis-cart evicted by a GKE node under memory pressure,
// its emptyDir (every shopper's cart) lost with it. System: the session-2 definition (scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const N0 = 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx';
const N1 = 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt';
const N2 = 'gke-boutique-prod-default-pool-9b31d0a7-wz5c';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// redis-server 7.2 log line: pid:role DD Mon YYYY HH:MM:SS.mmm <level char> message
const rlog = (T, min, role, lvl, msg) => {
  const d = new Date(T.isoMs(min));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `1:${role} ${p(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${lvl} ${msg}`;
};
// frontend: logrus JSON formatter as upstream main.go configures it (fields sorted, "message"/"severity"/"timestamp").
const fl = (T, min, severity, message, f = {}) => JSON.stringify({
  'http.req.id': f.id, 'http.req.method': f.method ?? 'GET', 'http.req.path': f.path ?? '/cart',
  ...(f.status ? { 'http.resp.bytes': f.bytes ?? 8731, 'http.resp.status': f.status, 'http.resp.took_ms': f.took ?? 41 } : {}),
  ...(f.error ? { error: f.error } : {}), message, session: f.session, severity, timestamp: T.isoMs(min),
});
const SE_FAULT = 'StackExchange.Redis.RedisConnectionException: SocketFailure on redis-cart:6379/Interactive, Idle/Faulted, last: HMGET, origin: ReadFromPipe, outstanding: 0, last-read: 0s ago, last-write: 0s ago, unanswered-write: 0s ago, keep-alive: 60s, state: ConnectedEstablished, mgr: 9 of 10 available, in: 0, in-pipe: 0, out-pipe: 0, last-heartbeat: 0s ago, last-mbeat: 0s ago, global: 0s ago, v: 2.7.33.41805';
const SE_DOWN = (cmd, key) => `StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: ${cmd} ${key}; UnableToConnect on redis-cart:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.7.33.41805, mc: 1/1/0, mgr: 10 of 10 available, clientName: cartservice(SE.Redis-v2.7.33.41805), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=2,Free=32765,Min=2,Max=32767), POOL: (Threads=6,QueuedItems=0,CompletedItems=18342,Timers=4), v: 2.7.33.41805`;
const grpcFail = (T, min, detail) => [
  'info: Grpc.AspNetCore.Server.ServerCallHandler[7]',
  `      Error status code 'FailedPrecondition' with detail 'Can't access cart storage. ${detail}' raised.`,
];

const T = clock('2026-05-19T14:32:00Z');
const evictMsg = (c, used, req, avail) => `The node was low on resource: memory. Threshold quantity: 100Mi, available: ${avail}Ki. Container ${c} was using ${used}Ki, request is ${req}, has larger consumption of memory. `;
const S = ['7d1e0c52-9a4b-4f1e-b3c8-2e6f90a1d4b7', 'c04f8a13-5e2d-47b9-8a61-f3d29b7e0c58', '3a9e6b20-d17c-4e05-9f42-81c5a7d3e6f9'];

export const scenarios = [
  {
    folder: 's22-redis-cart-evicted-memory-pressure',
    split: 'test',
    description: 'customers say their shopping carts are suddenly empty, saw some cart errors around 14:20',
    incidentTime: '2026-05-19T14:32:00Z',
    expected: { component: 'redis-cart', cause: 'node-pressure', node: N1 },
    difficulty: 'medium',
    traits: ['node-level', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml v0.10.6): redis-cart is redis:alpine with its /data on an emptyDir, requests
      70m/200Mi, limits 125m/256Mi; cartservice reaches it at REDIS_ADDR=redis-cart:6379 through StackExchange.Redis and wraps any
      Redis failure in RpcException(FailedPrecondition, "Can't access cart storage. ..."); the frontend logs "request error" with
      "could not retrieve cart". Fault: GKE's default hard eviction threshold memory.available<100Mi is crossed on node
      ${N1} (memory eaten by a workload outside this namespace, not in the snapshot); the kubelet ranks pods whose usage exceeds
      their requests first, so redis-cart (238 MiB against a 200Mi request, the carts having grown) and recommendationservice are
      evicted with the kubelet's real eviction message, EvictionThresholdMet "Attempting to reclaim memory" and the
      NodeHasInsufficientMemory condition. The ReplicaSet recreates redis-cart on ${N0}: a fresh emptyDir, so every cart is gone;
      cartservice fails for ~40 s (SocketFailure, then UnableToConnect while the Service has no endpoint) and then serves empty carts
      without any error, which is what customers report. The node is still under pressure (MemoryPressure True, the
      node.kubernetes.io/memory-pressure taint). Decoy: adservice OOMKilled three days ago (one restart, Running since).
      Expected: redis-cart, node-pressure on ${N1}: the eviction by the pressured node is what emptied the carts.`,
    nodes: {
      [N1]: {
        taints: [{ key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule', timeAdded: T.iso(-13) }],
        conditions: {
          MemoryPressure: { type: 'MemoryPressure', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-13), reason: 'KubeletHasInsufficientMemory', message: 'kubelet has insufficient memory available' },
        },
      },
    },
    workloads: {
      frontend: { pods: [{ node: N0 }, { node: N1 }] },
      checkoutservice: { pods: [{ node: N1 }] },
      cartservice: { pods: [{ node: N1 }, { node: N2 }] },
      'redis-cart': {
        pods: [
          { node: N1, evicted: evictMsg('redis', 238408, '200Mi', 86020), created: T.iso(-60 * 24 * 9) },
          { node: N0, created: T.iso(-12.4), containers: { redis: cs.running(T.iso(-12.2)) }, readyTransition: T.iso(-12.1) },
        ],
        endpointsChanged: -12.1,
      },
      recommendationservice: {
        pods: [
          { node: N1, evicted: evictMsg('server', 301244, '220Mi', 91876), created: T.iso(-60 * 24 * 9) },
          { node: N2, created: T.iso(-12.2), containers: { server: cs.running(T.iso(-12.0)) }, readyTransition: T.iso(-11.8) },
        ],
      },
      adservice: {
        pods: [{ node: N2, containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 200), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 200.2) } }) } }],
      },
    },
    events: [
      { on: `node:${N1}`, reason: 'NodeHasInsufficientMemory', message: `Node ${N1} status is now: NodeHasInsufficientMemory`, first: -13, last: -13 },
      { on: `node:${N1}`, reason: 'EvictionThresholdMet', type: 'Warning', message: 'Attempting to reclaim memory', first: -13, last: -2.1, count: 5 },
      { on: 'pod:redis-cart#0', reason: 'Evicted', type: 'Warning', message: evictMsg('redis', 238408, '200Mi', 86020), first: -12.5 },
      { on: 'pod:redis-cart#0', reason: 'Killing', fieldPath: 'spec.containers{redis}', message: 'Stopping container redis', first: -12.5 },
      { on: 'pod:recommendationservice#0', reason: 'Evicted', type: 'Warning', message: evictMsg('server', 301244, '220Mi', 91876), first: -12.3 },
      { on: 'pod:recommendationservice#0', reason: 'Killing', fieldPath: 'spec.containers{server}', message: 'Stopping container server', first: -12.3 },
      { on: 'pod:redis-cart#1', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned boutique/%POD% to ${N0}`, first: -12.4 },
      { on: 'pod:redis-cart#1', reason: 'Pulled', fieldPath: 'spec.containers{redis}', message: 'Container image "redis:alpine" already present on machine', first: -12.3 },
      { on: 'pod:redis-cart#1', reason: 'Created', fieldPath: 'spec.containers{redis}', message: 'Created container redis', first: -12.25 },
      { on: 'pod:redis-cart#1', reason: 'Started', fieldPath: 'spec.containers{redis}', message: 'Started container redis', first: -12.2 },
      { on: 'pod:recommendationservice#1', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned boutique/%POD% to ${N2}`, first: -12.2 },
      { on: 'pod:recommendationservice#1', reason: 'Started', fieldPath: 'spec.containers{server}', message: 'Started container server', first: -12.0 },
    ],
    logs: {
      'redis-cart#1/redis': [
        rlog(T, -12.2, 'C', '#', 'WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add \'vm.overcommit_memory = 1\' to /etc/sysctl.conf and then reboot or run the command \'sysctl vm.overcommit_memory=1\' for this to take effect.'),
        rlog(T, -12.2, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
        rlog(T, -12.2, 'C', '*', 'Redis version=7.4.2, bits=64, commit=00000000, modified=0, pid=1, just started'),
        rlog(T, -12.2, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
        rlog(T, -12.19, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
        rlog(T, -12.19, 'M', '*', 'Running mode=standalone, port=6379.'),
        rlog(T, -12.19, 'M', '*', 'Server initialized'),
        rlog(T, -12.19, 'M', '*', 'Ready to accept connections tcp'),
        rlog(T, -2.2, 'M', '*', '100 changes in 300 seconds. Saving...'),
        rlog(T, -2.2, 'M', '*', 'Background saving started by pid 27'),
        rlog(T, -2.19, 'C', '*', 'DB saved on disk'),
        rlog(T, -2.18, 'M', '*', 'Background saving terminated with success'),
      ],
      'cartservice#0/server': [
        'AddItemAsync called with userId=7d1e0c52-9a4b-4f1e-b3c8-2e6f90a1d4b7, productId=OLJCESPC7Z, quantity=1',
        'GetCartAsync called with userId=c04f8a13-5e2d-47b9-8a61-f3d29b7e0c58',
        'GetCartAsync called with userId=7d1e0c52-9a4b-4f1e-b3c8-2e6f90a1d4b7',
        ...grpcFail(T, -12.5, SE_FAULT),
        'GetCartAsync called with userId=3a9e6b20-d17c-4e05-9f42-81c5a7d3e6f9',
        ...grpcFail(T, -12.45, SE_DOWN('HMGET', S[2])),
        'AddItemAsync called with userId=c04f8a13-5e2d-47b9-8a61-f3d29b7e0c58, productId=66VCHSJNUP, quantity=2',
        ...grpcFail(T, -12.4, SE_DOWN('HMGET', S[1])),
        'GetCartAsync called with userId=7d1e0c52-9a4b-4f1e-b3c8-2e6f90a1d4b7',
        ...grpcFail(T, -12.3, SE_DOWN('HMGET', S[0])),
        'GetCartAsync called with userId=7d1e0c52-9a4b-4f1e-b3c8-2e6f90a1d4b7',
        'GetCartAsync called with userId=c04f8a13-5e2d-47b9-8a61-f3d29b7e0c58',
        'AddItemAsync called with userId=c04f8a13-5e2d-47b9-8a61-f3d29b7e0c58, productId=66VCHSJNUP, quantity=2',
        'GetCartAsync called with userId=c04f8a13-5e2d-47b9-8a61-f3d29b7e0c58',
        'EmptyCartAsync called with userId=c04f8a13-5e2d-47b9-8a61-f3d29b7e0c58',
        'GetCartAsync called with userId=3a9e6b20-d17c-4e05-9f42-81c5a7d3e6f9',
      ],
      'cartservice#1/server': [
        'GetCartAsync called with userId=3a9e6b20-d17c-4e05-9f42-81c5a7d3e6f9',
        ...grpcFail(T, -12.5, SE_FAULT),
        'GetCartAsync called with userId=c04f8a13-5e2d-47b9-8a61-f3d29b7e0c58',
        ...grpcFail(T, -12.35, SE_DOWN('HMGET', S[1])),
        'GetCartAsync called with userId=3a9e6b20-d17c-4e05-9f42-81c5a7d3e6f9',
        'AddItemAsync called with userId=3a9e6b20-d17c-4e05-9f42-81c5a7d3e6f9, productId=9SIQT8TOJO, quantity=1',
        'GetCartAsync called with userId=3a9e6b20-d17c-4e05-9f42-81c5a7d3e6f9',
      ],
      'frontend#0/server': [
        fl(T, -13.1, 'debug', 'request complete', { id: 'a41f0c2e-6b7d-4e19-8c53-0d2e9f1b7a64', path: '/cart', session: S[0], status: 200 }),
        fl(T, -12.5, 'error', 'request error', { id: 'e8b27d10-3c4f-49a1-b6e2-57f0a9c3d812', path: '/cart', session: S[2], error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${SE_FAULT}` }),
        fl(T, -12.3, 'error', 'request error', { id: '19c3f5a7-0e8d-4b62-9f14-c6a2e7d05b38', path: '/cart', session: S[0], error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${SE_DOWN('HMGET', S[0])}` }),
        fl(T, -11.7, 'debug', 'request complete', { id: '5d0a8e3c-71f2-4c9b-a4e6-28b13f6d9c07', path: '/cart', session: S[0], status: 200, bytes: 6120 }),
        fl(T, -6.4, 'debug', 'request complete', { id: 'b7e2c49f-1a05-4d83-9e6c-f05d7a2b1e93', path: '/product/OLJCESPC7Z', session: S[0], status: 200, bytes: 9402 }),
        fl(T, -1.2, 'debug', 'request complete', { id: '0c6f3b81-d94e-4a27-b5f0-7e19a8c2d346', path: '/', session: S[0], status: 200, bytes: 11873 }),
      ],
      'frontend#1/server': [
        fl(T, -12.4, 'error', 'request error', { id: '6e1d9b04-2f7a-4c85-8b3e-a90c5d27f1e6', method: 'POST', path: '/cart', session: S[1], error: `failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${SE_DOWN('HMGET', S[1])}` }),
        fl(T, -12.35, 'error', 'request error', { id: 'f2a07c6d-8e31-4b59-a1d4-3c8e6b90f275', path: '/cart', session: S[1], error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${SE_DOWN('HMGET', S[1])}` }),
        fl(T, -9.8, 'debug', 'request complete', { id: '8a3c61e0-4d2b-47f9-bc05-e1f7d2a9b468', method: 'POST', path: '/cart/checkout', session: S[1], status: 200, bytes: 7311, took: 212 }),
        fl(T, -3.5, 'debug', 'request complete', { id: 'd95b20f7-6c1e-4a38-8f72-0b4e9c3a51d6', path: '/cart', session: S[2], status: 200, bytes: 6120 }),
      ],
    },
  },
];
