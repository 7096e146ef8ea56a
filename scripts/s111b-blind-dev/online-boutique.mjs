// Blind dev batch s111b: Online Boutique scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// cartservice rolled out with REDIS_ADDR carrying a password the passwordless redis-cart rejects; cart calls fail, pods Ready.
import { clock } from '../s2-scenario-kit.mjs';
const mod = await import('../s2-scenarios/online-boutique.mjs');
export const system = mod.system;
const I = '2026-05-16T12:30:00Z';
const T = clock(I);
const cartEnvOld = system.workloads.find((w) => w.name === 'cartservice').containers[0].env;
// REDIS_PASSWORD comes first: a $(VAR) reference only expands a variable defined earlier in the list.
const cartEnvNew = [{ name: 'REDIS_PASSWORD', valueFrom: { secretKeyRef: { name: 'redis-cart-auth', key: 'password' } } }].concat(cartEnvOld.map((e) => (e.name === 'REDIS_ADDR' ? { name: 'REDIS_ADDR', value: 'redis-cart:6379,password=$(REDIS_PASSWORD)' } : e)));
const dotnet = (m, lvl, cat, msg) => `${lvl}: ${cat}[0]\n      ${msg}`;
const err = 'StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). There was an authentication failure; check that passwords (or client certificates) are configured correctly: (RedisServerException) ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct? AuthenticationFailure (None, last-recv: 35) on redis-cart:6379/Interactive, Flushed/ComputeResult, last: ECHO, origin: SetResult, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: ConnectedEstablishing, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.6.122.38350';
export const scenarios = [
  {
    folder: 's111b-cart-redis-password-unset-server',
    description: 'Add to cart returns 500 since lunch (approx 12:15), storefront + product pages fine. #shop-sre',
    incidentTime: I,
    expected: { component: 'cartservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'cartservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'team-name'],
    grounding: `cartservice (.NET, StackExchange.Redis) reads REDIS_ADDR as a StackExchange.Redis configuration string; upstream
      redis-cart runs redis:alpine without requirepass. Fault: a hardening change appended ",password=..." to REDIS_ADDR
      ahead of the matching redis-cart change, which was never applied; Redis 6+ answers "ERR AUTH <password> called without
      any password configured for the default user" (Redis AUTH docs) and StackExchange.Redis reports an AuthenticationFailure.
      The service starts (it connects lazily) and its gRPC health check answers, so the new pods are Ready. Rollout: old and new
      ReplicaSets differ only in REDIS_ADDR and the added REDIS_PASSWORD env from Secret redis-cart-auth.`,
    workloads: {
      cartservice: {
        rollout: { at: -16, oldContainers: { server: { env: cartEnvOld } } },
        containers: { server: { env: cartEnvNew } },
      },
    },
    events: [
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 1', first: -16 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 1 from 2', first: -15.5 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 2 from 1', first: -15.5 },
      { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 0 from 1', first: -15 },
    ],
    logs: {
      'cartservice#0/server': [
        dotnet(-15.8, 'info', 'Microsoft.Hosting.Lifetime', 'Now listening on: http://0.0.0.0:7070'),
        dotnet(-15.8, 'info', 'Microsoft.Hosting.Lifetime', 'Application started. Press Ctrl+C to shut down.'),
        dotnet(-13.1, 'fail', 'cartservice.cartstore.RedisCartStore', `Can't access cart storage. ${err}`),
        dotnet(-6.4, 'fail', 'cartservice.cartstore.RedisCartStore', `Can't access cart storage. ${err}`),
      ],
      'cartservice#1/server': [
        dotnet(-15.3, 'info', 'Microsoft.Hosting.Lifetime', 'Now listening on: http://0.0.0.0:7070'),
        dotnet(-2.2, 'fail', 'cartservice.cartstore.RedisCartStore', `Can't access cart storage. ${err}`),
      ],
      'redis-cart#0/redis': [
        `1:M ${'16 May 2026 12:14:01.112'} * 1 changes in 3600 seconds. Saving...`,
        `1:M 16 May 2026 12:14:01.114 * Background saving started by pid 41`,
        `41:C 16 May 2026 12:14:01.121 * DB saved on disk`,
      ],
      'frontend#0/server': [
        `{"http.req.id":"3e2b-41","http.req.method":"POST","http.req.path":"/cart","message":"request error","severity":"error","timestamp":"${T.isoMs(-6.4)}","error":"failed to add to cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. ${err.replace(/"/g, '\\"')}"}`,
        `{"http.req.id":"3e2b-52","http.req.method":"GET","http.req.path":"/product/OLJCESPC7Z","message":"request complete","severity":"debug","timestamp":"${T.isoMs(-3)}","http.resp.status":200}`,
      ],
    },
  },
];
