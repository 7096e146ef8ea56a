// Batch s111c (blind dev): Stan's Robot Shop scenario spec for the s2 kit (scripts/s2-scenario-kit.mjs).
// Fault: user's MONGO_URL set in place with socketTimeoutMS=30 (meant seconds, read as milliseconds).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };
const T = clock('2026-05-20T09:18:00Z');
const agentEnv = [{ name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } }];
const URL_BAD = 'mongodb://mongodb:27017/users?socketTimeoutMS=30';
const host = '%POD%';
const nginx = (min, code, path, rt, m = path.includes("login") ? "POST" : "GET") => `10.1.1.84 - - [${new Date(Date.parse(T.isoMs(min))).toUTCString().replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1/$2/$3:$4 +0000')}] "${m} ${path} HTTP/1.1" ${code} ${code === 200 ? 312 : 21} "http://robotshop.example.com/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15" ${rt}`;
export const scenarios = [withDefaults({
  folder: 's111c-user-mongo-sockettimeout-ms',
  incidentTime: '2026-05-20T09:18:00Z',
  description: 'logins on robotshop randomly fail since this morning (~08:50), "user not found" / 500s, catalogue and cart ok',
  expected: { component: 'user', cause: 'config-error' },
  alsoAcceptable: [{ component: 'user', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'time-expression', 'decoy'],
  grounding: `Manifest facts: robot-shop user (Node.js, rs-user:2.1.0) reads MONGO_URL (default mongodb://mongodb:27017/users in
    user/server.js) and talks to mongodb:27017; upstream K8s/helm sets no MONGO_URL (deviation: set here). Fault: at 08:49 someone ran
    kubectl set env deploy/user MONGO_URL=${URL_BAD}, meaning a 30 s socket timeout; the MongoDB Node.js driver reads socketTimeoutMS
    in milliseconds, so every find that takes longer than 30 ms (the users collection has no index on name, and the instance shares a
    200m CPU limit with catalogue) fails with MongoNetworkError "connection N to mongodb:27017 timed out" and the pool reconnects.
    user stays Ready (its /health does not touch MongoDB), web's nginx shows 500s on /api/user/login and /api/user/history, mongodb logs
    connections opened and closed by the peer. The new ReplicaSet differs from the old one only by the added MONGO_URL env.
    Timeout-unit mistakes of this kind: mongodb/node-mongodb-native docs (socketTimeoutMS is in ms). Decoy: a ratings pod restarted
    two days ago (liveness, old lastState).`,
  workloads: {
    user: {
      rollout: { at: -29, oldReplicas: 0, oldContainers: { user: { env: agentEnv } } },
      containers: { user: { env: [...agentEnv, { name: 'MONGO_URL', value: URL_BAD }] } },
    },
    ratings: { pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 48), last: { exitCode: 255, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 48 - 0.1) } }) } }] },
  },
  events: [
    { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled up replica set user-%NEW% to 1', first: -29 },
    { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled down replica set user-%OLD% to 0 from 1', first: -28.4 },
    { on: 'pod:user#0', reason: 'Pulled', message: 'Container image "robotshop/rs-user:2.1.0" already present on machine', first: -28.9 },
    { on: 'pod:user#0', reason: 'Started', message: 'Started container user', fieldPath: 'spec.containers{user}', first: -28.8 },
  ],
  logs: {
    'user#0/user': [
      pino(T, -28.7, 'info', host, 'Started on port 8080'),
      pino(T, -28.7, 'info', host, 'MongoDB connected'),
      pino(T, -28.6, 'info', host, 'Redis connected'),
      pino(T, -6.2, 'info', host, 'request completed', '"req":{"id":1811,"method":"POST","url":"/login"},"res":{"statusCode":200},"responseTime":24,'),
      pino(T, -4.9, 'error', host, 'ERROR MongoNetworkError: connection 7 to mongodb:27017 timed out'),
      pino(T, -4.9, 'info', host, 'request completed', '"req":{"id":1826,"method":"POST","url":"/login"},"res":{"statusCode":500},"responseTime":33,'),
      pino(T, -3.1, 'error', host, 'ERROR MongoNetworkError: connection 9 to mongodb:27017 timed out'),
      pino(T, -3.1, 'info', host, 'request completed', '"req":{"id":1840,"method":"GET","url":"/history/rsuser"},"res":{"statusCode":500},"responseTime":35,'),
      pino(T, -1.4, 'info', host, 'request completed', '"req":{"id":1851,"method":"GET","url":"/uniqueid"},"res":{"statusCode":200},"responseTime":2,'),
      pino(T, -0.8, 'error', host, 'ERROR MongoNetworkError: connection 12 to mongodb:27017 timed out'),
      pino(T, -0.8, 'info', host, 'request completed', '"req":{"id":1858,"method":"POST","url":"/login"},"res":{"statusCode":500},"responseTime":31,'),
    ],
    'mongodb#0/mongodb': [
      `${T.isoMs(-4.95).replace('Z', '+0000')} I NETWORK  [conn211] end connection %IPOF:user#0%:45122 (14 connections now open)`,
      `${T.isoMs(-4.9).replace('Z', '+0000')} I NETWORK  [listener] connection accepted from %IPOF:user#0%:45140 #212 (15 connections now open)`,
      `${T.isoMs(-3.15).replace('Z', '+0000')} I NETWORK  [conn212] end connection %IPOF:user#0%:45140 (14 connections now open)`,
      `${T.isoMs(-3.1).replace('Z', '+0000')} I NETWORK  [listener] connection accepted from %IPOF:user#0%:45166 #213 (15 connections now open)`,
      `${T.isoMs(-0.85).replace('Z', '+0000')} I NETWORK  [conn213] end connection %IPOF:user#0%:45166 (14 connections now open)`,
    ],
    'web#0/web': [
      nginx(-4.9, 500, '/api/user/login', '0.036'),
      nginx(-4.2, 200, '/api/catalogue/products', '0.011'),
      nginx(-3.1, 500, '/api/user/history/rsuser', '0.038'),
      nginx(-2.0, 200, '/api/cart/cart/rsuser', '0.009'),
      nginx(-0.8, 500, '/api/user/login', '0.034'),
    ],
    'catalogue#0/catalogue': [
      pino(T, -4.2, 'info', host, 'request completed', '"req":{"id":5521,"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":7,'),
    ],
  },
})];
