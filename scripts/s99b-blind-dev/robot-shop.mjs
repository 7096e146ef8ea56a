// Batch s99b (blind dev): robot-shop spec module for the scenario kit (scripts/s2-scenario-kit.mjs).
// redis-0 stalled by an ops CronJob running KEYS over ~2M anonymous carts every few seconds; cart and web are loud.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const I = '2026-11-20T15:08:00Z';
const T = clock(I);
const cartLog = [];
for (let m = -30; m < -0.3; m += 0.45) {
  if (m < -24) cartLog.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round(-m * 31)},"method":"GET","url":"/cart/anonymous-${Math.round(-m * 977)}"},"res":{"statusCode":200},"responseTime":${3 + Math.round(-m) % 5},`));
  else {
    cartLog.push(pino(T, m, 'error', '%POD%', 'ERROR Redis Error: Redis connection in broken state: connection timeout exceeded.'));
    cartLog.push(pino(T, m + 0.01, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round(-m * 31)},"method":"GET","url":"/cart/anonymous-${Math.round(-m * 977)}"},"res":{"statusCode":500},"responseTime":${5000 + Math.round(-m * 13) % 900},`));
  }
}
const webLog = [];
for (let m = -23.5; m < -0.3; m += 0.6)
  webLog.push(`10.1.1.84 - - [20/Nov/2026:${T.go(m).slice(11)} +0000] "GET /api/cart/cart/anonymous-${Math.round(-m * 977)} HTTP/1.1" 500 ${58} "http://robot-shop.example.internal/" "Mozilla/5.0 (X11; Linux x86_64)" "-"`);
const redisLog = [
  '1:C 11 Nov 08:14:02.338 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
  '1:C 11 Nov 08:14:02.338 # Redis version=4.0.6, bits=64, commit=00000000, modified=0, pid=1, just started',
  '1:M 11 Nov 08:14:02.341 * Running mode=standalone, port=6379.',
  '1:M 11 Nov 08:14:02.341 # Server initialized',
  '1:M 11 Nov 08:14:02.341 * Ready to accept connections',
];
for (let m = -60 * 6; m < -1; m += 45) redisLog.push(`1:M 20 Nov ${T.go(m).slice(11)}.${String(100 + Math.round(-m) % 800)} * 10 changes in 300 seconds. Saving...`, `1:M 20 Nov ${T.go(m).slice(11)}.${String(120 + Math.round(-m) % 800)} * Background saving started by pid ${300 + Math.round(-m)}`);

export const scenarios = [
  withDefaults({
    folder: 's99b-redis-keys-scan',
    incidentTime: I,
    description: 'cart broken in robot shop for ~25 min, add to cart spins then 500. catalogue browsing works',
    expected: { component: 'redis', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'redis', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'time-expression'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): cart (Node.js, node redis client, pino logs) keeps every
      cart in redis:4.0.6 (REDIS_HOST redis), keyed by user id, anonymous carts as "anonymous-<n>"; web (nginx) proxies
      /api/cart/ to cart:8080. redis-0 has no probes. Fault follows Redis' documented warning on KEYS ("consider KEYS as a
      command that should only be used in production environments with extreme care ... may ruin performance when it is
      executed against large databases", redis.io/commands/keys) and public post-mortems of KEYS stalling a single-
      threaded Redis: a CronJob the ops team added in another namespace to purge stale anonymous carts runs
      KEYS anonymous-* over ~2M keys (load-generator carts never expire) every few seconds, each call blocking redis for
      seconds. Redis 4 logs nothing about it (the slowlog is only in memory), redis-0 stays Running/Ready with its usual
      RDB save lines; cart's node redis client hits its connect/command timeout and cart answers 500, nginx in web logs
      the 500s. Catalogue and user/login (mongodb) keep working. No pod restarted; the redis save lines look routine. Deviation from upstream: the purge CronJob lives in the ops namespace (not in the snapshot); the cart
      error text follows node-redis' "Redis connection in broken state" wording.
    `,
    workloads: {},
    events: [],
    logs: {
      'cart#0/cart': cartLog,
      'web#0/web': webLog,
      'redis#0/redis': redisLog,
      'catalogue#0/catalogue': Array.from({ length: 20 }, (_, i) => pino(T, -20 + i, 'info', '%POD%', 'request completed', `"req":{"id":${900 + i},"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":${4 + (i % 6)},`)),
    },
  }),
];
