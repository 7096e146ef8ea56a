// Blind dev batch s103a, Online Boutique: one scenario (redis-cart started with --maxclients 16 while cartservice scaled out).
// System from scripts/s2-scenarios/online-boutique.mjs (system part only); built by scripts/s103a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

const T = clock('2025-02-19T18:32:00Z');
export const system = base;
const redis = base.workloads.find((w) => w.name === 'redis-cart').containers[0];
const cart = base.workloads.find((w) => w.name === 'cartservice');
const front = (min, severity, message, path, error) => JSON.stringify({ 'http.req.id': 'e7c2a91d-4b5f-4c0e-9a3d-1f6b8e2c7d40', 'http.req.method': 'GET', 'http.req.path': path, ...(error ? { error } : {}), message, session: '3a9d1e5f-7b2c-4e8a-9f1d-6c0b2a4e8d7f', severity, timestamp: T.isoMs(min) });
const dn = (min, lvl, msg) => `${T.isoMs(min).replace('Z', '')}Z ${lvl}: ${msg}`;
const ERR = 'StackExchange.Redis.RedisConnectionException: No connection is available to service this operation: HGET 3a9d1e5f-7b2c-4e8a-9f1d-6c0b2a4e8d7f; ERR max number of clients reached; IOCP: (Busy=0,Free=1000,Min=2,Max=1000), WORKER: (Busy=1,Free=32766,Min=2,Max=32767), Local-CPU: n/a';

export const scenarios = [
  {
    folder: 's103a-redis-cart-maxclients',
    incidentTime: T.iso(0),
    description: 'carts intermittently empty / "failed to get user cart" on boutique since the evening promo scale-up (~18:10). cartservice pods are all green',
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    expected: { component: 'redis-cart', cause: 'config-error' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'resource-exhaustion' }, { component: 'redis-cart', cause: 'dependency-down' }],
    workloads: {
      'redis-cart': {
        containers: { redis: { args: ['--maxclients', '16'] } },
        since: -60 * 24 * 2,
      },
      cartservice: {
        replicas: 6,
        rollout: { at: -60 * 24 * 2 + 30, revision: 4, oldContainers: { server: { ...cart.containers[0], resources: { requests: { cpu: '200m', memory: '64Mi' }, limits: { cpu: '300m', memory: '128Mi' } } } } },
        containers: { server: { resources: { requests: { cpu: '200m', memory: '96Mi' }, limits: { cpu: '300m', memory: '160Mi' } } } },
        pods: [{}, {}, { created: T.iso(-22) }, { created: T.iso(-22) }, { created: T.iso(-22) }, { created: T.iso(-21.5) }],
      },
    },
    events: [
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 6 from 2', first: -22 },
      { on: 'pod:adservice#0', reason: 'Killing', message: 'Container server failed liveness probe, will be restarted', type: 'Normal', first: -60 * 24 * 4, last: -60 * 24 * 4 },
    ],
    logs: {
      'redis-cart#0/redis': [
        '1:C 17 Feb 2025 18:32:11.204 * oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo'.replace('Valkey', 'Redis'),
        '1:C 17 Feb 2025 18:32:11.204 # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition.',
        '1:M 17 Feb 2025 18:32:11.206 * Running mode=standalone, port=6379.',
        '1:M 17 Feb 2025 18:32:11.207 * Server initialized',
        '1:M 17 Feb 2025 18:32:11.207 * Ready to accept connections tcp',
        '1:M 19 Feb 2025 17:42:12.008 * 100 changes in 300 seconds. Saving...',
        '1:M 19 Feb 2025 17:42:12.010 * Background saving started by pid 2211',
        '2211:C 19 Feb 2025 17:42:12.031 * DB saved on disk',
        '1:M 19 Feb 2025 17:42:12.110 * Background saving terminated with success',
      ],
      'cartservice#3/server': [
        dn(-21.6, 'info', 'Microsoft.Hosting.Lifetime[14]\n      Now listening on: http://0.0.0.0:7070'),
        dn(-21.5, 'info', 'Connecting to Redis: redis-cart:6379'),
        dn(-20.9, 'fail', `Microsoft.AspNetCore.Server.Kestrel[13]\n      Connection id "0HN9K2F4QJ8TL", Request id "0HN9K2F4QJ8TL:00000003": An unhandled exception was thrown by the application.\n      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. ${ERR}")`),
        dn(-4.2, 'fail', `Microsoft.AspNetCore.Server.Kestrel[13]\n      Grpc.Core.RpcException: Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. ${ERR}")`),
      ],
      'frontend#0/server': [
        front(-30, 'debug', 'request complete', '/cart'),
        front(-20.8, 'error', 'request error', '/cart', 'failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: No connection is available to service this operation: HGET 3a9d1e5f-7b2c-4e8a-9f1d-6c0b2a4e8d7f; ERR max number of clients reached'),
        front(-3.1, 'error', 'request error', '/cart', 'could not retrieve cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: No connection is available to service this operation: HGET; ERR max number of clients reached'),
        front(-1.0, 'debug', 'request complete', '/product/OLJCESPC7Z'),
      ],
    },
    grounding: `
      Redis refuses a client beyond maxclients with "-ERR max number of clients reached" right after accept (redis.io
      clients docs). Deviation from upstream: redis-cart here runs redis:alpine with args --maxclients 16 (set two
      days ago when the pod last started, so the Deployment's last rollout is old) and cartservice was scaled from 2
      to 6 replicas 22 minutes ago; StackExchange.Redis multiplexers of the new cart pods, plus their subscription
      connections, pass 16 and whichever arrive last get the error. cartservice's gRPC health check does not touch
      Redis, so every pod stays Ready. Decoys: the scale-up itself (a benign rollout-looking event) and a four-day-old
      adservice liveness restart. cartservice's resource change of two days ago is the revision the pods run.
    `,
  },
];
