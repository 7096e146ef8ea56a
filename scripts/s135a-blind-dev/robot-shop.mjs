// Blind dev batch s135a: Robot Shop scenarios (written blind; see docs/scenarios.md).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system };

// ---------------------------------------------------------------- 1. mysql binlog fills its volume
const T1 = clock('2026-05-12T09:58:00Z');
const mysqlMy = (min, thread, lvl, msg) => `${T1.isoMs(min).replace('Z', '000Z')} ${thread} [${lvl}] ${msg}`;
const webIp = '10.1.2.61';
const nginx = (T, min, lvl, msg) => `${T.go(min)} [${lvl}] 23#23: ${msg}`;
const access = (T, min, ip, req, status, bytes, rt) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${ip} - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${req} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36" rt=${rt}`;
};

const mysqlLogs1 = [
  mysqlMy(-60 * 24 * 9 + 0.2, 0, 'Note', 'mysqld (mysqld 5.7.44-log) starting as process 1 ...'),
  mysqlMy(-60 * 24 * 9 + 0.3, 0, 'Note', 'InnoDB: Completed initialization of buffer pool'),
  mysqlMy(-60 * 24 * 9 + 0.4, 0, 'Note', 'Server hostname (bind-address): \'*\'; port: 3306'),
  mysqlMy(-60 * 24 * 9 + 0.4, 0, 'Note', 'Event Scheduler: Loaded 0 events'),
  mysqlMy(-60 * 24 * 9 + 0.5, 0, 'Note', 'mysqld: ready for connections.\nVersion: \'5.7.44-log\'  socket: \'/var/run/mysqld/mysqld.sock\'  port: 3306  MySQL Community Server (GPL)'),
  mysqlMy(-60 * 24 * 2 - 311, 18877, 'Note', 'Aborted connection 18877 to db: \'cities\' user: \'shipping\' host: \'10.1.3.44\' (Got an error reading communication packets)'),
  mysqlMy(-27.4, 40512, 'ERROR', '/usr/sbin/mysqld: Disk is full writing \'./mysql-bin.000231\' (Errcode: 28 - No space left on device). Waiting for someone to free space...'),
  mysqlMy(-27.4, 40512, 'ERROR', 'Retry in 60 secs. Message reprinted in 600 secs'),
  mysqlMy(-17.4, 40512, 'ERROR', '/usr/sbin/mysqld: Disk is full writing \'./mysql-bin.000231\' (Errcode: 28 - No space left on device). Waiting for someone to free space...'),
  mysqlMy(-17.4, 40512, 'ERROR', 'Retry in 60 secs. Message reprinted in 600 secs'),
  mysqlMy(-12.9, 40788, 'Note', 'Aborted connection 40788 to db: \'ratings\' user: \'ratings\' host: \'10.1.3.150\' (Got timeout reading communication packets)'),
  mysqlMy(-7.4, 40512, 'ERROR', '/usr/sbin/mysqld: Disk is full writing \'./mysql-bin.000231\' (Errcode: 28 - No space left on device). Waiting for someone to free space...'),
  mysqlMy(-7.4, 40512, 'ERROR', 'Retry in 60 secs. Message reprinted in 600 secs'),
];

const ratingsLogs1 = [];
for (let m = -40; m < -1; m += 3) {
  const broken = m > -27;
  ratingsLogs1.push(`10.1.2.61 - - [${T1.hm(m)}] "GET /api/fetch/${['Watson', 'HAL-1', 'Ewooid', 'K9'][Math.abs(m) % 4]} HTTP/1.0" 200 38`);
  if (!broken) ratingsLogs1.push(`[${T1.isoMs(m + 0.5).replace('Z', '+00:00')}] app.INFO: rate Watson 5 [] []`);
  else ratingsLogs1.push(`[${T1.isoMs(m + 1.2).replace('Z', '+00:00')}] request.CRITICAL: Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\HttpException: "PDOException: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away" at /var/www/html/src/Controller/RatingsApiController.php line 64 {"exception":"[object] (Symfony\\\\Component\\\\HttpKernel\\\\Exception\\\\HttpException(code: 0): PDOException: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away at /var/www/html/src/Controller/RatingsApiController.php:64)"} []`);
}
// apache combined access lines carry full timestamps; keep them simple and consistent
const ratingsFinal = ratingsLogs1.map((l) => l.replace(/\[(\d\d:\d\d)\]/, (_, hm) => `[12/May/2026:${hm}:04 +0000]`));

const webLogs1 = [];
for (let m = -45; m < -1; m += 1.5) {
  webLogs1.push(access(T1, m, '10.1.1.17', 'GET /api/catalogue/products', 200, 2794, '0.011'));
  webLogs1.push(access(T1, m + 0.2, '10.1.3.9', 'GET /api/ratings/api/fetch/Watson', 200, 38, '0.007'));
  if (m > -27 && Math.round(m * 2) % 3 === 0) {
    webLogs1.push(nginx(T1, m + 0.6, 'error', `*${81234 + Math.round(m * 10)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.1.17, server: localhost, request: "PUT /api/ratings/api/rate/Watson/4 HTTP/1.1", upstream: "http://%SVCIP:ratings%:80/api/rate/Watson/4", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`));
    webLogs1.push(access(T1, m + 0.6, '10.1.1.17', 'PUT /api/ratings/api/rate/Watson/4', 504, 167, '60.001'));
  } else if (m <= -27) {
    webLogs1.push(access(T1, m + 0.6, '10.1.1.17', 'PUT /api/ratings/api/rate/Watson/4', 200, 2, '0.019'));
  }
  if (Math.round(m * 2) % 5 === 0) webLogs1.push(access(T1, m + 0.8, '10.1.2.201', 'POST /api/shipping/confirm/DE', 200, 61, '0.042'));
}

const mysqlPatch = {
  volumes: [{ name: 'mysql-data', persistentVolumeClaim: { claimName: 'mysql-data' } }],
};
const mysqlContainer = {
  args: ['--log-bin=mysql-bin', '--server-id=1', '--binlog-format=ROW', '--expire-logs-days=0'],
  volumeMounts: [{ name: 'mysql-data', mountPath: '/var/lib/mysql' }],
};

const s1 = withDefaults({
  folder: 's135a-mysql-binlog-fills-volume',
  description: 'ratings broken?? rating a robot just spins then 504, since ~9:30. catalogue + shipping look fine. @basket pls check',
  incidentTime: '2026-05-12T09:58:00Z',
  expected: { component: 'mysql', cause: 'resource-exhaustion' },
  alsoAcceptable: [{ component: 'mysql', cause: 'storage-unavailable' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
  grounding: `MySQL 5.7 (robotshop/rs-mysql-db) keeps binary logs when started with --log-bin and --expire-logs-days=0: the
  binlog grows until the data volume is full. MySQL then does not fail but waits: "Disk is full writing './mysql-bin.NNN'
  (Errcode: 28 - No space left on device). Waiting for someone to free space... Retry in 60 secs. Message reprinted in 600
  secs" (MySQL reference manual, "How MySQL Handles a Full Disk"). Reads (shipping's cities lookups, ratings' fetch) keep
  working, every write (ratings' INSERT/UPDATE of a vote) blocks, so PHP-PDO ratings requests hang and nginx in web answers
  504 after proxy_read_timeout 60s. The mysqld pod stays Running and Ready (no probe upstream), no kubelet event speaks.
  Deviations from upstream K8s/helm: mysql has no volume upstream; here it mounts a 2Gi gp2 PVC mysql-data at /var/lib/mysql
  and was started with binlog args (added by the platform team for a CDC pipeline nine days ago). The Errcode text is written
  as the 5.7 server prints it. Decoy: a healthy user rollout 70 minutes ago.`,
  workloads: {
    mysql: { patch: mysqlPatch, containers: { mysql: mysqlContainer } },
    user: { rollout: { at: -70, oldContainers: { user: { image: 'robotshop/rs-user:2.1.0' } } }, containers: { user: { image: 'robotshop/rs-user:2.1.1' } } },
  },
  pvcs: [...defaultPvcs, { name: 'mysql-data', size: '2Gi', storageClass: 'gp2', volume: 'pvc-9f1c2d7e-3a54-4b8e-a1d6-52c7e0b4f913' }],
  events: [
    { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled up replica set user-%NEW% to 1', first: -70, last: -70 },
    { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled down replica set user-%OLD% to 0 from 1', first: -69, last: -69 },
    { on: 'pod:user#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-user:2.1.1" in 2.113s (2.113s including waiting). Image size: 62315012 bytes.', first: -69.3, last: -69.3 },
    { on: 'pod:user#0', reason: 'Started', message: 'Started container user', first: -69.2, last: -69.2 },
  ],
  logs: {
    'mysql#0/mysql': mysqlLogs1,
    'ratings#0/ratings': ratingsFinal,
    'web#0/web': webLogs1,
    'user#0/user': [
      pino(T1, -69.1, 'info', '%POD%', 'Redis connected'),
      pino(T1, -69.0, 'info', '%POD%', 'MongoDB connected'),
      pino(T1, -69.0, 'info', '%POD%', 'Started on port 8080'),
      pino(T1, -12, 'info', '%POD%', 'request completed', '"req":{"id":4471,"method":"GET","url":"/uniqueid"},"res":{"statusCode":200},"responseTime":3,'),
    ],
  },
});

// ---------------------------------------------------------------- 2. catalogue release points MONGO_URL at a replica set
const T2 = clock('2026-05-19T15:22:00Z');
const oldCat = { image: 'robotshop/rs-catalogue:2.1.0', env: [{ name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } }] };
const newCatEnv = [
  ...oldCat.env,
  { name: 'MONGO_URL', value: 'mongodb://mongodb:27017/catalogue?replicaSet=rs0&readPreference=secondaryPreferred' },
];
const catLogs = [
  pino(T2, -17.8, 'info', '%POD%', 'Started on port 8080'),
];
for (let m = -17.5; m < -1; m += 0.75) {
  catLogs.push(pino(T2, m, 'error', '%POD%', 'ERROR', '"type":"Error","stack":"MongoError: no primary found in replicaset or invalid replica set name\\n    at /opt/server/node_modules/mongodb-core/lib/topologies/replset.js:636:11\\n    at Server.<anonymous> (/opt/server/node_modules/mongodb-core/lib/topologies/replset.js:357:9)\\n    at Object.onceWrapper (events.js:286:20)\\n    at Server.emit (events.js:198:13)","name":"MongoError",'));
  catLogs.push(pino(T2, m + 0.2, 'error', '%POD%', 'database not available', `"req":{"id":${Math.round(900 + m * 10)},"method":"GET","url":"/products","headers":{"host":"catalogue:8080","x-forwarded-for":"10.1.1.17"}},`));
  catLogs.push(pino(T2, m + 0.2, 'info', '%POD%', 'request completed', `"res":{"statusCode":500},"responseTime":1,`));
}
const webLogs2 = [];
for (let m = -40; m < -1; m += 1) {
  const bad = m >= -17;
  webLogs2.push(access(T2, m, '10.1.1.17', 'GET /api/catalogue/categories', bad ? 500 : 200, bad ? 24 : 61, '0.004'));
  webLogs2.push(access(T2, m + 0.3, '10.1.3.9', 'GET /api/catalogue/products', bad ? 500 : 200, bad ? 24 : 2794, '0.006'));
  webLogs2.push(access(T2, m + 0.5, '10.1.2.201', 'GET /api/user/uniqueid', 200, 32, '0.003'));
  if (bad) webLogs2.push(access(T2, m + 0.6, '10.1.3.9', 'GET /api/ratings/api/fetch/Watson', 500, 96, '0.021'));
}
const ratingsLogs2 = [];
for (let m = -16; m < -1; m += 2) {
  ratingsLogs2.push(`[${T2.isoMs(m).replace('Z', '+00:00')}] app.WARNING: product Watson not found in catalogue: catalogue returned 500 [] []`);
  ratingsLogs2.push(`[${T2.isoMs(m + 0.01).replace('Z', '+00:00')}] request.CRITICAL: Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: "Product not found" at /var/www/html/src/Controller/RatingsApiController.php line 41 [] []`);
}

const s2 = withDefaults({
  folder: 's135a-catalogue-mongo-replicaset-url',
  description: 'shop home page empty, no products / categories since 15:05ish. ratings also throwing errors. deploy train went out around 3pm',
  incidentTime: '2026-05-19T15:22:00Z',
  expected: { component: 'catalogue', cause: 'config-error' },
  alsoAcceptable: [{ component: 'catalogue', cause: 'bad-deploy-rollout' }],
  difficulty: 'medium',
  traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
  grounding: `catalogue (rs-catalogue, Node.js, mongodb driver 3.x) reads MONGO_URL (default mongodb://mongodb:27017/catalogue)
  and retries mongoConnect every 2 s, logging 'ERROR' while it fails; /products and /categories answer 500 "database not
  available" while mongoConnected is false (catalogue/server.js). A release (2.1.1) added MONGO_URL with ?replicaSet=rs0 in
  preparation for a MongoDB replica set that was never created: Robot Shop's mongodb is a standalone mongod, and the 3.x driver
  answers "MongoError: no primary found in replicaset or invalid replica set name". catalogue has no probe upstream, so the new
  pod is Ready and the rollout completed. web (nginx) and ratings (which calls catalogue to check a product) are the loud
  callers. Deviations: image tag 2.1.1 and the MONGO_URL env are invented; mongodb restarted 4 days ago (OOMKilled, a decoy
  that healed) and a user rollout two days old is unrelated.`,
  workloads: {
    catalogue: {
      rollout: { at: -18.5, oldContainers: { catalogue: oldCat } },
      containers: { catalogue: { image: 'robotshop/rs-catalogue:2.1.1', env: newCatEnv } },
    },
    mongodb: {
      pods: [{ containers: { mongodb: cs.restartedRunning({ restarts: 1, startedAt: T2.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T2.iso(-60 * 24 * 9), finishedAt: T2.iso(-60 * 24 * 4 - 0.2) } }) } }],
    },
  },
  events: [
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -18.5, last: -18.5 },
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -17.6, last: -17.6 },
    { on: 'pod:catalogue#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -18.0, last: -18.0 },
    { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-catalogue:2.1.1" in 1.874s (1.874s including waiting). Image size: 58810331 bytes.', first: -17.95, last: -17.95 },
    { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', first: -17.9, last: -17.9 },
    { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -17.9, last: -17.9 },
  ],
  logs: {
    'catalogue#0/catalogue': catLogs,
    'web#0/web': webLogs2,
    'ratings#0/ratings': ratingsLogs2,
    'mongodb#0/mongodb': [
      `{"t":{"$date":"${T2.isoMs(-60 * 24 * 4 + 0.1).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}`,
      `{"t":{"$date":"${T2.isoMs(-17.9).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"${'10.1.3.77'}:40122","connectionCount":9}}`,
      `{"t":{"$date":"${T2.isoMs(-17.9).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":22944,   "ctx":"conn412","msg":"Connection ended","attr":{"remote":"10.1.3.77:40122","connectionCount":8}}`,
    ],
  },
});

export const scenarios = [s1, s2];
