// Blind held-out batch s120b: one Online Boutique scenario on the system of scripts/s2-scenarios/online-boutique.mjs.
// Written before any engine run; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const T = clock('2026-05-14T16:05:00Z');
const N = system.nodes.map((n) => n.name);
const redisBase = system.workloads.find((w) => w.name === 'redis-cart');
const redisPatch = { volumes: [{ name: 'redis-data', emptyDir: { sizeLimit: '256Mi' } }] };
const cartLog = (min, lvl, msg) => `${lvl}: ${msg}`;
export const scenarios = [
  {
    folder: 's120b-carts-emptied-midafternoon',
    description: 'several customers say their shopping carts were suddenly empty around 15:50, they had to re-add items. checkout itself works',
    incidentTime: '2026-05-14T16:05:00Z',
    expected: { component: 'redis-cart', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'storage-unavailable' }],
    difficulty: 'hard',
    traits: ['time-expression', 'pods-ready'],
    workloads: {
      'redis-cart': {
        patch: redisPatch,
        pods: [
          { node: N[1], created: T.iso(-60 * 24 * 6), evicted: 'Usage of EmptyDir volume "redis-data" exceeds the limit "256Mi". ' },
          { node: N[2], created: T.iso(-15.5) },
        ],
        endpointsChanged: -15,
      },
    },
    events: [
      { on: 'pod:redis-cart#0', reason: 'Evicted', type: 'Warning', message: 'Usage of EmptyDir volume "redis-data" exceeds the limit "256Mi". ', first: -15.6 },
      { on: 'pod:redis-cart#0', reason: 'Killing', message: 'Stopping container redis', first: -15.6, fieldPath: 'spec.containers{redis}' },
      { on: 'rs:redis-cart', reason: 'SuccessfulCreate', message: 'Created pod: redis-cart-%RS%', first: -15.5 },
      { on: 'pod:redis-cart#1', reason: 'Scheduled', message: `Successfully assigned boutique/%POD% to ${N[2]}`, source: 'default-scheduler', first: -15.5 },
      { on: 'pod:redis-cart#1', reason: 'Pulled', message: 'Container image "redis:alpine" already present on machine', first: -15.4, fieldPath: 'spec.containers{redis}' },
      { on: 'pod:redis-cart#1', reason: 'Started', message: 'Started container redis', first: -15.3, fieldPath: 'spec.containers{redis}' },
    ],
    logs: {
      'redis-cart#1/redis': [
        `1:C 14 May 2026 15:49:42.118 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
        `1:C 14 May 2026 15:49:42.118 * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started`,
        `1:C 14 May 2026 15:49:42.118 # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
        `1:M 14 May 2026 15:49:42.119 * monotonic clock: POSIX clock_gettime`,
        `1:M 14 May 2026 15:49:42.120 * Running mode=standalone, port=6379.`,
        `1:M 14 May 2026 15:49:42.120 * Server initialized`,
        `1:M 14 May 2026 15:49:42.120 * Ready to accept connections tcp`,
        `1:M 14 May 2026 15:59:43.004 * 100 changes in 300 seconds. Saving...`,
        `1:M 14 May 2026 15:59:43.005 * Background saving started by pid 21`,
        `21:C 14 May 2026 15:59:43.011 * DB saved on disk`,
        `1:M 14 May 2026 15:59:43.105 * Background saving terminated with success`,
      ],
      'cartservice#0/server': [
        cartLog(-16.2, 'info', 'Microsoft.Hosting.Lifetime[0]\n      Request finished HTTP/2 POST http://cartservice:7070/hipstershop.CartService/GetCart'),
        `      StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET 4e1f6c2a-8d3b-4b7e-a1c9-5f0d2e7b9a61; UnableToConnect on redis-cart:6379/Interactive`,
        cartLog(-15.8, 'fail', 'cartservice.cartstore.RedisCartStore[0]\n      Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: HGET 4e1f6c2a-8d3b-4b7e-a1c9-5f0d2e7b9a61'),
        cartLog(-15, 'info', 'StackExchange.Redis reconnected to redis-cart:6379'),
        cartLog(-4, 'info', 'Microsoft.Hosting.Lifetime[0]\n      Request finished HTTP/2 POST http://cartservice:7070/hipstershop.CartService/AddItem'),
      ],
    },
    grounding: `
      Online Boutique v0.10.6: redis-cart keeps carts in Redis with /data on an emptyDir, memory limit 256Mi; cartservice
      reaches it at REDIS_ADDR redis-cart:6379. Deviation from upstream: this cluster added emptyDir.sizeLimit 256Mi to
      redis-data. Fault: the RDB snapshot plus its temp file during BGSAVE pushed the emptyDir past its sizeLimit; the
      kubelet eviction manager evicted the pod ("Usage of EmptyDir volume ... exceeds the limit", its real message format),
      the ReplicaSet created a replacement with an empty emptyDir, so every cart was lost while the new pod is Ready and
      healthy. cartservice logged a short RedisConnectionException window then reconnected.`,
  },
];
