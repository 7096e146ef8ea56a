// Blind dev batch s97b, Sock Shop: session-db (Redis) refusing every write with NOREPLICAS after min-replicas-to-write was
// set on a server that has no replica; front-end is loud, session-db Ready and quiet. Built by scripts/s97b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };
const I = '2026-05-13T16:22:00Z';
const T = clock(I);
const redisTs = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())} ${mon} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
};
const boot = -60 * 24 * 9 + 0.2;
const redisLog = [
  `1:C ${redisTs(boot)} # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.`,
  `1:C ${redisTs(boot)} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
  `1:C ${redisTs(boot)} * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started`,
  `1:C ${redisTs(boot)} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
  `1:M ${redisTs(boot)} * monotonic clock: POSIX clock_gettime`,
  `1:M ${redisTs(boot)} * Running mode=standalone, port=6379.`,
  `1:M ${redisTs(boot)} * Server initialized`,
  `1:M ${redisTs(boot)} * Ready to accept connections tcp`,
];
const sid = ['kq3V9xJ2', 'Pz7m1Lw0', 'c8RtY4nB', 'H2fQe6Ds', 'w9UaZ3kM', 'Gx5oN1rT'];
const stack = [
  'ReplyError: NOREPLICAS Not enough good replicas to write.',
  '    at parseError (/usr/src/app/node_modules/redis-parser/lib/parser.js:193:12)',
  '    at parseType (/usr/src/app/node_modules/redis-parser/lib/parser.js:303:14)',
];
const feLog = (off) => [
  'Using the redis based session manager',
  'App now running in production mode on port 8079',
  ...[-60, -47, -35].map((m, i) => `GET /catalogue?size=5 200 ${12 + i}.${off}31 ms - 1521`),
  `GET /cart 200 9.${off}04 ms - 2`,
  `POST /cart 201 21.4${off}1 ms - -`,
  ...[-31, -26, -19, -13, -8, -3].flatMap((m, i) => [
    `Session ID: ${sid[i]}${off}pYbQ`,
    ...stack,
    `POST /cart 500 ${4 + i}.${off}18 ms - 148`,
    `GET /login 500 ${3 + i}.2${off}7 ms - 148`,
  ]),
  `GET /catalogue?page=1&size=6 200 13.${off}77 ms - 2101`,
  `GET /cart 200 7.9${off}2 ms - 2`,
];
const cartsLog = [
  `${T.java(-60 * 24 * 9 + 1)}  INFO [carts,,,] 7 --- [           main] works.weave.socks.cart.CartApplication   : Started CartApplication in 41.114 seconds (JVM running for 43.627)`,
  `${T.java(-45)}  INFO [carts,,,] 7 --- [p-nio-80-exec-3] o.s.d.m.c.MongoTemplate                : Found 1 carts for customer 57a98d98e4b00679b4a830af`,
];

export const scenarios = [
  {
    folder: 's97b-session-redis-noreplicas',
    description: 'sockshop: nobody can log in or add to basket for last 20min, catalogue browsing works fine. carts-db looks ok?',
    incidentTime: I,
    expected: { component: 'session-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'session-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'decoy', 'time-expression', 'partial-name'],
    grounding: `Sock Shop complete-demo.yaml at 9dff06f: front-end (Node.js, express-session with connect-redis, SESSION_REDIS=true)
      stores every session in session-db (redis:alpine, no probe, readOnlyRootFilesystem). Fault: during an HA drill someone ran
      CONFIG SET min-replicas-to-write 1 on the standalone session-db (redis.conf "min-replicas-to-write"; Redis answers
      "NOREPLICAS Not enough good replicas to write." to every write when fewer replicas are connected). Reads still succeed,
      so catalogue browsing works while every request that saves a session (login, add to cart) fails with a 500 in front-end.
      CONFIG SET is not logged by Redis, so session-db is Running, Ready and quiet. Decoys: a front-end pod OOMKilled two days ago
      (limit 1000Mi), and carts(-db) named in the description while carts logs normally. Deviation from upstream: the redis:alpine tag resolves to 7.4.1 here.`,
    workloads: {
      'front-end': { pods: [{}, { containers: { 'front-end': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.3) } }) } }] },
    },
    logs: {
      'session-db#0/session-db': redisLog,
      'front-end#0/front-end': feLog(1),
      'front-end#1/front-end': feLog(6),
      'carts#0/carts': cartsLog,
    },
  },
];
