// Blind dev batch s107b: one Online Boutique scenario (redis-cart left as a replica of a gone master, MASTERDOWN to every
// command), built by scripts/s107b-build.mjs with the session-2 Online Boutique system definition.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };
const incidentTime = '2026-05-13T09:25:00Z';
const T = clock(incidentTime);
const redis = (min, role, msg) => `1:${role} ${(() => { const d = new Date(T.isoMs(min)); return `${String(d.getUTCDate()).padStart(2, '0')} ${d.toUTCString().slice(8, 11)} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)}`; })()} ${msg}`;
const fe = (min, sev, msg, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'a3e1c9d0-7f42-4b8e-9c15-2d6b0e8f4a71', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/cart', ...(extra.error ? { error: extra.error } : {}), message: msg, session: 'e0c4b7a2-51d9-4f3c-8a6e-b92d14f07c35', severity: sev, timestamp: T.isoMs(min) });
const MD = "MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'.";
const cartErr = (min) => [
  `      Failed to get cart: StackExchange.Redis.RedisServerException: ${MD}`,
  `         at cartservice.cartstore.RedisCartStore.GetCartAsync(String userId) in /app/cartstore/RedisCartStore.cs:line 148`,
];
const cartLog = ['info: Microsoft.Hosting.Lifetime[14]', '      Now listening on: http://0.0.0.0:7070', 'Connecting to Redis: redis-cart:6379', 'Connected successfully to Redis'];
for (let m = -14; m < -0.5; m += 2) cartLog.push('fail: cartservice.services.CartService[0]', ...cartErr(m), `Status(StatusCode="FailedPrecondition", Detail="Can't access cart storage. StackExchange.Redis.RedisServerException: ${MD}")`);
const feLog = [fe(-30, 'info', 'request complete', { path: '/product/OLJCESPC7Z' })];
for (let m = -14; m < -0.5; m += 1) feLog.push(fe(m, 'error', 'request error', { path: m % 2 ? '/cart' : '/', error: `could not retrieve cart: rpc error: code = FailedPrecondition desc = Can't access cart storage. StackExchange.Redis.RedisServerException: ${MD}` }));
export const scenarios = [
  {
    folder: 's107b-redis-cart-masterdown',
    incidentTime,
    description: 'boutique home + cart page 500 "could not retrieve cart" since ~09:10. cartsvc pods are Ready, someone on platform was doing redis things this morning??',
    expected: { component: 'redis-cart', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'redis-cart', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'team-name', 'partial-name'],
    grounding: `
      Fault: during a trial of a Redis replica for the cart, a runbook step "REPLICAOF redis-cart-new 6379" was run against the
      wrong server (redis-cart) together with CONFIG SET replica-serve-stale-data no; the named master never became reachable, so
      redis-cart answers every data command with "MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to 'no'"
      (Redis docs, REPLICAOF / replica-serve-stale-data) while PING and the TCP probes stay fine: the pod is Ready.
      Manifest facts (release/kubernetes-manifests.yaml 34ffea9): cartservice REDIS_ADDR=redis-cart:6379 (StackExchange.Redis),
      redis-cart probes are tcpSocket 6379, frontend calls cartservice on the home and cart pages. Callers are louder:
      cartservice returns FailedPrecondition "Can't access cart storage", the frontend 500s. Deviation: the Redis log wording
      follows Redis 7 replica logs ("Connecting to MASTER", "Error condition on socket for SYNC").
    `,
    events: [],
    logs: {
      'redis-cart#0/redis': [
        redis(-60 * 24 * 9, 'M', 'Ready to accept connections tcp'),
        redis(-16, 'S', 'Before turning into a replica, using my own master parameters to synthesize a cached master: I may be able to synchronize with the new master with just a partial transfer.'),
        redis(-16, 'S', 'Connecting to MASTER redis-cart-new:6379'),
        redis(-16, 'S', 'MASTER <-> REPLICA sync started'),
        redis(-16, 'S', "REPLICAOF redis-cart-new:6379 enabled (user request from 'id=2214 addr=10.8.1.77:51344 laddr=10.8.2.31:6379 fd=11 name= age=42 idle=0 flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=44 qbuf-free=20430 argv-mem=22 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=0 omem=0 tot-mem=22322 events=r cmd=replicaof user=default redir=-1 resp=2 lib-name= lib-ver=')"),
        ...[-15, -12, -9, -6, -3, -1].flatMap((m) => [redis(m, 'S', 'Connecting to MASTER redis-cart-new:6379'), redis(m, 'S', "Unable to connect to MASTER: Name or service not known")]),
      ],
      'cartservice#0/server': cartLog,
      'cartservice#1/server': cartLog,
      'frontend#0/server': feLog,
      'frontend#1/server': feLog.slice(0, 8),
      'checkoutservice#0/server': [`{"message":"[PlaceOrder] user_id=\\"e0c4b7a2\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T.isoMs(-40)}"}`],
    },
  },
];
