// Blind dev batch s113b: Sock Shop spec (system part of scripts/s2-scenarios/sock-shop.mjs) for the scenario kit.
// One scenario: carts-db mongod Ready but stalled with its WiredTiger cache full (eviction stall); carts and front-end loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };
const INC = '2025-05-06T14:20:00Z';
const T = clock(INC);
const mlog = (min, s, c, id, ctx, msg, attr) => `{"t":{"$date":"${T.isoMs(min).replace('Z', '+00:00')}"},"s":"${s}",  "c":"${c}", "id":${id},   "ctx":"${ctx}","msg":"${msg}"${attr ? `,"attr":${attr}` : ''}}`;
const mongo = [
  mlog(-300, 'I', 'NETWORK', 22943, 'listener', 'Connection accepted', '{"remote":"%IPOF:carts#0%:41822","uuid":"3c1e0f4a-7d21-4b9e-a8f2-0c6d5e1b9a47","connectionId":118,"connectionCount":6}'),
  mlog(-95, 'I', 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', '{"message":"[1746537005:112233][1:0x7f3a2c7fd700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 48211, snapshot max: 48211 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1"}'),
];
for (let m = -31; m < -0.2; m += 1.3) {
  mongo.push(mlog(m, 'I', 'COMMAND', 51803, `conn${120 + Math.round(-m)}`, 'Slow query', `{"type":"command","ns":"data.cart","command":{"find":"cart","filter":{"customerId":"57a98d98e4b00679b4a830b2"},"limit":1,"$db":"data"},"planSummary":"COLLSCAN","numYields":0,"reslen":229,"locks":{"Global":{"acquireCount":{"r":1}}},"storage":{"data":{"bytesRead":1482,"timeWaitingMicros":{"cache":${18000000 + Math.round(-m * 91000)}}}},"protocol":"op_msg","durationMillis":${18400 + Math.round(-m * 93)}}`));
  if (Math.round(m * 10) % 3 === 0)
    mongo.push(mlog(m + 0.2, 'I', 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', '{"message":"[1746541000:4433][1:0x7f3a2c7fd700], file:collection-7--2209384671028374120.wt, WT_SESSION.checkpoint: [WT_VERB_EVICTSERVER] Eviction stuck: cache full (100.0% of 256MB), application threads are doing eviction"}'));
}
const carts = [];
for (let m = -30; m < -0.5; m += 1.6) {
  carts.push(`${T.java(m)} ERROR [cart,,,] 1 --- [p-nio-80-exec-${(Math.round(-m) % 10) + 1}] o.a.c.c.C.[.[.[/].[dispatcherServlet]      : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 30000 ms while waiting to read from server carts-db:27017; nested exception is com.mongodb.MongoSocketReadTimeoutException: Timeout while receiving message] with root cause`);
  carts.push('com.mongodb.MongoSocketReadTimeoutException: Timeout while receiving message');
  carts.push('\tat com.mongodb.connection.InternalStreamConnection.translateReadException(InternalStreamConnection.java:475) ~[mongodb-driver-core-3.2.2.jar!/:na]');
}
const fe = [];
for (let m = -29; m < -0.4; m += 1.4) {
  fe.push(`Error: socket hang up`);
  fe.push(`    at createHangUpError (_http_client.js:253:15)`);
  fe.push(`GET /cart 500 30012.441 ms - 27`);
  fe.push(`GET /catalogue?size=5 200 11.203 ms - 1803`);
}
const orders = [];
for (let m = -28; m < 0; m += 4) orders.push(`${T.java(m)}  INFO [orders,,,] 1 --- [p-nio-80-exec-3] w.w.s.o.controllers.HealthCheckController : health check ok`);

export const scenarios = [
  {
    folder: 's113b-carts-db-cache-eviction-stall',
    description: 'basket page spins ~30s then 500s for everyone since about 13:50; browsing the catalogue still works. carts pods look fine??',
    incidentTime: INC,
    expected: { component: 'carts-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'carts-db', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Follows public MongoDB reports of WiredTiger eviction stalls ("cache stuck"): with the cache pinned at
      100% and eviction unable to make progress, application threads do eviction and every operation waits on the cache
      ("timeWaitingMicros.cache" in slow-query lines, "Eviction stuck" WiredTiger messages); mongod keeps accepting TCP so
      the pod stays Running/Ready. carts (Spring Data MongoDB, mongodb-driver 3.2) times out reading from carts-db:27017
      and the front-end turns those into 500s on /cart, while catalogue (MySQL-backed) is unaffected.
      Decoys: orders restarted four days ago after an OOMKill and is healthy now. Deviation from upstream: carts-db runs
      with a 256MB WiredTiger cache (no args upstream); the mongod JSON log format is MongoDB 4.4+.`,
    workloads: {
      orders: { pods: [{ containers: { orders: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.2) } }) } }] },
    },
    events: [],
    logs: {
      'carts-db#0/carts-db': mongo,
      'carts#0/carts': carts,
      'front-end#0/front-end': fe,
      'front-end#1/front-end': fe.slice(4),
      'orders#0/orders': orders,
    },
  },
];
