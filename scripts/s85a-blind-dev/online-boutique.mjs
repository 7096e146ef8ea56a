// Blind dev batch s85a: Online Boutique scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// redis-cart restarted and answers every command with LOADING while it reads a bloated RDB; cartservice callers loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };
const I = '2025-06-11T16:30:00Z';
const T = clock(I);
export const scenarios = [{
  folder: 's85a-redis-cart-loading-dataset',
  incidentTime: I,
  description: 'boutique: add to cart + cart page erroring for ~10 min (storefront team). product pages still work',
  expected: { component: 'redis-cart', cause: 'dependency-down' },
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'callers-only', 'team-name', 'time-expression'],
  workloads: {
    'redis-cart': { containers: { redis: { resources: { requests: { cpu: '70m', memory: '200Mi' }, limits: { cpu: '1', memory: '6Gi' } } } }, pods: [{ containers: { redis: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-11), last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-11.1) } }) } }] },
  },
  events: [
    { on: 'pod:redis-cart#0', reason: 'Pulled', message: 'Container image "redis:alpine" already present on machine', first: -11.05, fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'Started', message: 'Started container redis', first: -11, fieldPath: 'spec.containers{redis}' },
  ],
  logs: {
    'redis-cart#0/redis': [
      `1:C ${T.java(-11).slice(8, 10)} Jun 2025 ${T.java(-11).slice(11, 23)} # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
      `1:C ${T.java(-11).slice(8, 10)} Jun 2025 ${T.java(-11).slice(11, 23)} # Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started`,
      `1:M ${T.java(-11).slice(8, 10)} Jun 2025 ${T.java(-10.99).slice(11, 23)} * Running mode=standalone, port=6379.`,
      `1:M ${T.java(-11).slice(8, 10)} Jun 2025 ${T.java(-10.98).slice(11, 23)} * Server initialized`,
      `1:M ${T.java(-11).slice(8, 10)} Jun 2025 ${T.java(-10.98).slice(11, 23)} * Loading RDB produced by version 7.4.1`,
      `1:M ${T.java(-11).slice(8, 10)} Jun 2025 ${T.java(-10.98).slice(11, 23)} * RDB age 41 seconds`,
      `1:M ${T.java(-11).slice(8, 10)} Jun 2025 ${T.java(-10.98).slice(11, 23)} * RDB memory usage when created 3911.42 Mb`,
    ],
    'cartservice#0/server': Array.from({ length: 10 }, (_, i) => [
      `GetCartAsync called with userId=${['a1f3','9c0e','5b7d'][i % 3]}-${4410 + i}`,
      `fail: Grpc.AspNetCore.Server.ServerCallHandler[6]\n      Error when executing service method 'GetCart'.\n      StackExchange.Redis.RedisServerException: LOADING Redis is loading the dataset in memory\n         at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 130`,
    ]).flat(),
    'frontend#0/server': Array.from({ length: 10 }, (_, i) =>
      `{"error":"failed to get user cart during checkout: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisServerException: LOADING Redis is loading the dataset in memory","http.req.id":"${i}c1e${i}f7a-3b2d-4e6f-9a1b-0d${i}e8f2a7c61","http.req.method":"GET","http.req.path":"/cart","message":"request error","session":"${i}f3c2a1e-77b0-4d1a-9e3c-5a6b7c8d9e0f","severity":"error","timestamp":"${T.isoMs(-9.5 + i * 0.9).replace('Z', '000Z')}"}`),
  },
  grounding: `
    Follows Online Boutique's redis-cart (redis:alpine, emptyDir /data, tcpSocket probes) and cartservice's
    RedisCartStore (StackExchange.Redis): Redis answers every command with "-LOADING Redis is loading the dataset in
    memory" while it reads its RDB at start, and a TCP probe passes all along, so the pod is Ready. The deviation: a
    load test left millions of abandoned carts (a ~3.9 GB RDB in the emptyDir, against upstream's small dataset and
    the 256Mi limit raised in this cluster) and an operator's SHUTDOWN (exit 0) restarted the container; reading
    takes many minutes. Callers are loud (cartservice gRPC errors, frontend "request error" on /cart); product pages
    still work.`,
}];
