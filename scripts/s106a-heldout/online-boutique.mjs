// Blind held-out batch s106a: one Online Boutique scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System as the system part of scripts/s2-scenarios/online-boutique.mjs; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const INC = '2026-05-26T09:31:00Z';
const T = clock(INC);
const N = system.nodes.map((n) => n.name);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const rts = (min) => { const d = new Date(T.isoMs(min)); return `${String(d.getUTCDate()).padStart(2, '0')} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${T.java(min).slice(11)}`; };
const r = (min, role, lvl, msg) => `1:${role} ${rts(min)} ${lvl} ${msg}`;
const front = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'e3c1a7b2-5d0f-4b8e-9a61-7f2c4d9b0e15', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/cart', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '4d7e2a90-1b3c-4f6e-8a2d-9c0b5e7f1a36', severity, timestamp: T.isoMs(min) });
const dotnet = (lvl, cat, msg) => [`${lvl}: ${cat}[0]`, `      ${msg}`];
const REDIS_ERR = 'StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET 4d7e2a90-1b3c-4f6e-8a2d-9c0b5e7f1a36; UnableToConnect on redis-cart:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.8.16.12844';

export const scenarios = [
  {
    folder: 's106a-cart-store-emptydir-eviction',
    incidentTime: INC,
    description: 'several customers emailed that their shopping carts were empty this morning (~9:15), checkout works now. did we lose data?',
    expected: { component: 'redis-cart', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'storage-unavailable' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression'],
    grounding: `
      Manifest: GoogleCloudPlatform/microservices-demo release/kubernetes-manifests.yaml (redis-cart Deployment, image redis:alpine, emptyDir redis-data at /data; cartservice REDIS_ADDR=redis-cart:6379).
      Fault: the kubelet eviction manager's local-storage limit on an emptyDir (pkg/kubelet/eviction "Usage of EmptyDir volume %q exceeds the limit %q. "): carts are never expired, so redis' dump.rdb grew past half the limit and the temp RDB written by a BGSAVE pushed /data over sizeLimit; the kubelet evicted the pod (phase Failed, reason Evicted), the ReplicaSet replaced it and the new redis started with an empty /data - every saved cart lost. cartservice and frontend logged errors for the ~20 s gap and are healthy again.
      Deviation from upstream: the platform team's policy added sizeLimit: 128Mi to every emptyDir, redis-cart's included (upstream has emptyDir: {}).
      Not node disk pressure: the node's DiskPressure stays False.
    `,
    workloads: {
      'redis-cart': {
        patch: { volumes: [{ name: 'redis-data', emptyDir: { sizeLimit: '128Mi' } }] },
        pods: [
          { node: N[1], created: T.iso(-60 * 24 * 9), evicted: 'Usage of EmptyDir volume "redis-data" exceeds the limit "128Mi". ' },
          { node: N[2], created: T.iso(-16.2) },
        ],
        endpointsChanged: -15.8,
      },
    },
    events: [
      { on: 'pod:redis-cart#0', reason: 'Evicted', type: 'Warning', message: 'Usage of EmptyDir volume "redis-data" exceeds the limit "128Mi". ', first: -16.3 },
      { on: 'pod:redis-cart#0', reason: 'Killing', fieldPath: 'spec.containers{redis}', message: 'Stopping container redis', first: -16.3 },
      { on: 'pod:redis-cart#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -16.2 },
      { on: 'pod:redis-cart#1', reason: 'Pulling', fieldPath: 'spec.containers{redis}', message: 'Pulling image "redis:alpine"', first: -16.15 },
      { on: 'pod:redis-cart#1', reason: 'Pulled', fieldPath: 'spec.containers{redis}', message: 'Successfully pulled image "redis:alpine" in 2.183s (2.183s including waiting). Image size: 17242310 bytes.', first: -16.1 },
      { on: 'pod:redis-cart#1', reason: 'Created', fieldPath: 'spec.containers{redis}', message: 'Created container redis', first: -16.05 },
      { on: 'pod:redis-cart#1', reason: 'Started', fieldPath: 'spec.containers{redis}', message: 'Started container redis', first: -16.05 },
    ],
    logs: {
      'redis-cart#1/redis': [
        r(-16.0, 'C', '#', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
        r(-16.0, 'C', '#', 'Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started'),
        r(-16.0, 'C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
        r(-16.0, 'M', '*', 'monotonic clock: POSIX clock_gettime'),
        r(-16.0, 'M', '*', 'Running mode=standalone, port=6379.'),
        r(-16.0, 'M', '*', 'Server initialized'),
        r(-16.0, 'M', '*', 'Ready to accept connections tcp'),
        r(-10.9, 'M', '*', '100 changes in 300 seconds. Saving...'),
        r(-10.9, 'M', '*', 'Background saving started by pid 19'),
        r(-10.88, '19', '*', 'DB saved on disk'),
        r(-10.88, '19', '*', 'Fork CoW for RDB: current 0 MB, peak 0 MB, average 0 MB'),
        r(-10.85, 'M', '*', 'Background saving terminated with success'),
        r(-5.8, 'M', '*', '100 changes in 300 seconds. Saving...'),
        r(-5.8, 'M', '*', 'Background saving started by pid 20'),
        r(-5.78, '20', '*', 'DB saved on disk'),
        r(-5.75, 'M', '*', 'Background saving terminated with success'),
      ],
      'cartservice#0/server': [
        ...dotnet('info', 'cartservice.cartstore.RedisCartStore', 'GetCartAsync called with userId=9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0'),
        ...dotnet('info', 'cartservice.cartstore.RedisCartStore', 'AddItemAsync called with userId=4d7e2a90-1b3c-4f6e-8a2d-9c0b5e7f1a36, productId=OLJCESPC7Z, quantity=1'),
        ...dotnet('fail', 'cartservice.cartstore.RedisCartStore', `Can't access cart storage. ${REDIS_ERR}`),
        ...dotnet('info', 'cartservice.cartstore.RedisCartStore', 'GetCartAsync called with userId=4d7e2a90-1b3c-4f6e-8a2d-9c0b5e7f1a36'),
      ],
      'frontend#0/server': [
        front(-16.25, 'error', 'request error', { error: "failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation" }),
        front(-16.2, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
        front(-9.4, 'debug', 'request complete', { path: '/cart', session: '1e8c4f2a-7b6d-4d13-a9e0-5c3f8b2d6a71' }),
        front(-2.1, 'debug', 'request complete', { path: '/cart/checkout', method: 'POST', session: '1e8c4f2a-7b6d-4d13-a9e0-5c3f8b2d6a71' }),
      ],
    },
  },
];
