// Blind dev batch s101a, Robot Shop: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// cart given REDIS_DB=16: node_redis' SELECT fails (ERR DB index is out of range), cart Ready, every basket call hangs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const I = '2026-05-13T16:05:00Z';
const T = clock(I);
const cartBase = system.workloads.find((w) => w.name === 'cart').containers[0];
const oldEnv = [...cartBase.env, { name: 'REDIS_HOST', value: 'redis' }];
const newEnv = [...oldEnv, { name: 'REDIS_DB', value: '16' }];
const host = '%POD%';
const cartLog = [
  pino(T, -31.9, 'info', host, 'Started on port 8080'),
  pino(T, -31.9, 'error', host, 'Redis ERROR', '"err":{"type":"ReplyError","message":"ERR DB index is out of range","stack":"ReplyError: ERR DB index is out of range\\n    at parseError (/opt/server/node_modules/redis-parser/lib/parser.js:179:12)\\n    at parseType (/opt/server/node_modules/redis-parser/lib/parser.js:302:14)","command":"SELECT","args":["16"],"code":"ERR"},'),
  pino(T, -31.8, 'info', host, 'MongoDB connected'),
  ...[-24, -17, -9, -3].map((m) => pino(T, m, 'info', host, 'request completed', `"req":{"id":${Math.abs(m) * 13},"method":"GET","url":"/cart/${Math.abs(m) * 311}","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":null},"responseTime":60001.2,`)),
  pino(T, -2.1, 'info', host, 'request completed', '"req":{"id":412,"method":"GET","url":"/health","remoteAddress":"::ffff:10.1.2.137"},"res":{"statusCode":200},"responseTime":0.8,'),
];
export const scenarios = [
  withDefaults({
    folder: 's101a-cart-redis-db-index',
    description: 'robotshop: add to basket spins forever since the 15:30 config push, catalogue and login still ok',
    incidentTime: I,
    expected: { component: 'cart', cause: 'config-error' },
    alsoAcceptable: [{ component: 'cart', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Upstream robot-shop K8s/helm at 55292e2: cart (Node.js, express + node_redis 2.x, pino) reads REDIS_HOST and
      keeps carts in Redis; it has no probes. Redis ships with databases 16 (indexes 0-15); a SELECT of 16 answers
      "ERR DB index is out of range" (redis/redis config docs). The fault follows the common mistake of counting the
      databases from one: a config push adds REDIS_DB=16 to cart to separate its keys from user's; node_redis logs the
      ReplyError once on connect, never becomes ready and queues every command in its offline queue, so cart calls hang
      until the web nginx upstream times out (504) while cart stays Running and Ready. Deviation from upstream: the
      team's cart build passes REDIS_DB to createClient({ db }) (upstream has no REDIS_DB); REDIS_HOST is written out.
      Decoy: redis-0 restarted once two days ago (node maintenance), Redis itself healthy and logs nothing now.
    `,
    workloads: {
      cart: {
        containers: { cart: { env: newEnv } },
        rollout: { at: -32.5, oldContainers: { cart: { env: oldEnv } } },
      },
      redis: { pods: [{ containers: { redis: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.3) } }) } }] },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: -32.5 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: -31.5 },
      { on: 'pod:cart#0', reason: 'Pulled', message: 'Container image "robotshop/rs-cart:2.1.0" already present on machine', first: -32.2, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Started', message: 'Started container cart', first: -32.0, fieldPath: 'spec.containers{cart}' },
    ],
    logs: {
      'cart#0/cart': cartLog,
      'web#0/web': [
        `10.1.3.206 - - [13/May/2026:15:40:12 +0000] "GET /api/catalogue/products HTTP/1.1" 200 2731 "-" "Mozilla/5.0"`,
        ...[-23, -16, -8, -2].map((m) => `${T.go(m)} [error] 29#29: *${Math.abs(m) * 17} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.1.84, server: localhost, request: "GET /api/cart/cart/${Math.abs(m) * 311} HTTP/1.1", upstream: "http://%SVCIP:cart%:8080/cart/${Math.abs(m) * 311}", host: "shop.robot.example"`),
        `10.1.1.84 - - [13/May/2026:16:03:02 +0000] "GET /api/cart/add/${'4ba3'}/Watson/1 HTTP/1.1" 504 167 "-" "Mozilla/5.0"`,
        `10.1.1.84 - - [13/May/2026:16:03:40 +0000] "GET /api/user/uniqueid HTTP/1.1" 200 38 "-" "Mozilla/5.0"`,
      ],
      'redis#0/redis': [
        `1:M ${'13 May 15:04:10.112'} * Background saving started by pid 41`,
        `41:C 13 May 15:04:10.119 * DB saved on disk`,
        `1:M 13 May 15:54:11.003 * 10 changes in 300 seconds. Saving...`,
      ],
    },
  }),
];
