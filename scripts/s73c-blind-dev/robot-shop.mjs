// Blind dev batch s73c: one Robot Shop scenario (user rolled out with a MONGO_URL naming a replica set the standalone
// mongod does not have), on the kit system scripts/kit-systems/robot-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const T = clock('2026-04-07T10:26:00Z');
const ngx = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const agentEnv = base.workloads.find((w) => w.name === 'user').containers[0].env;
const MONGO_URL = { name: 'MONGO_URL', value: 'mongodb://mongodb:27017/users?replicaSet=rs0' };
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36';

const userLog = [
  pino(T, -33.2, 'info', '%POD%', 'Redis READY'),
  pino(T, -33.2, 'info', '%POD%', 'Started on port 8080'),
];
for (let m = -32.6; m < -0.3; m += 0.55) {
  userLog.push(pino(T, m, 'error', '%POD%', 'ERROR MongoError: no primary found in replicaset or invalid replica set name'));
  if (m > -28) {
    userLog.push(pino(T, m + 0.2, 'error', '%POD%', 'database not available', `"req":{"id":${Math.round((m + 40) * 7)},"method":"POST","url":"/login","headers":{"host":"user:8080","content-type":"application/json"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${40000 + Math.round((m + 40) * 91)}},`));
  }
  if (m > -20 && Math.round(m * 10) % 3 === 0) {
    userLog.push(pino(T, m + 0.35, 'error', '%POD%', 'database not available', `"req":{"id":${Math.round((m + 40) * 7) + 1},"method":"GET","url":"/check/5f3b2c1a9e","headers":{"host":"user:8080","user-agent":"python-requests/2.22.0"},"remoteAddress":"::ffff:%IPOF:payment#0%","remotePort":${50000 + Math.round((m + 40) * 37)}},`));
  }
}

const webLog = [];
for (let m = -40; m < -0.2; m += 0.7) {
  webLog.push(`10.1.2.137 - - [${ngx(m)}] "GET /api/catalogue/products HTTP/1.1" 200 2744 "http://shop.robotshop.example/" "${UA}" "81.144.20.${Math.round(-m) % 200}"`);
  webLog.push(`10.1.3.206 - - [${ngx(m + 0.1)}] "GET /api/ratings/api/fetch/RD-10 HTTP/1.1" 200 38 "http://shop.robotshop.example/" "${UA}" "92.40.11.${Math.round(-m * 3) % 200}"`);
  if (m < -33.5) webLog.push(`10.1.1.84 - - [${ngx(m + 0.3)}] "POST /api/user/login HTTP/1.1" 200 112 "http://shop.robotshop.example/" "${UA}" "81.144.20.${Math.round(-m * 7) % 200}"`);
  else if (m > -28) {
    webLog.push(`10.1.1.84 - - [${ngx(m + 0.3)}] "POST /api/user/login HTTP/1.1" 500 22 "http://shop.robotshop.example/" "${UA}" "81.144.20.${Math.round(-m * 7) % 200}"`);
    webLog.push(`10.1.2.137 - - [${ngx(m + 0.4)}] "GET /api/user/uniqueid HTTP/1.1" 200 41 "http://shop.robotshop.example/" "${UA}" "92.40.11.${Math.round(-m * 5) % 200}"`);
  }
  if (m > -20 && Math.round(m * 10) % 3 === 0) webLog.push(`10.1.3.206 - - [${ngx(m + 0.45)}] "POST /api/payment/pay/5f3b2c1a9e HTTP/1.1" 500 290 "http://shop.robotshop.example/" "${UA}" "92.40.11.${Math.round(-m * 11) % 200}"`);
}

const paymentLog = [];
for (let m = -19.5; m < -0.5; m += 1.7) {
  paymentLog.push(`[${T.java(m).replace('.', ',')}] ERROR in payment: user check failed 500`);
  paymentLog.push(`[pid: 8|app: 0|req: ${Math.round((m + 60) * 13)}/${Math.round((m + 60) * 29)}] 10.1.1.84 () {38 vars in 512 bytes} [${new Date(Date.parse(T.isoMs(m))).toUTCString().replace(',', '').replace(' GMT', '')}] POST /pay/5f3b2c1a9e => generated 290 bytes in 41 msecs (HTTP/1.1 500) 2 headers in 78 bytes (1 switches on core 0)`);
}

const mongoLog = [];
let conn = 48211;
for (let m = -33; m < -0.3; m += 0.55) {
  const port = 41000 + (conn % 20000);
  mongoLog.push(`{"t":{"$date":"${T.isoMs(m).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"%IPOF:user#0%:${port}","uuid":"6c1f${String(conn).padStart(4, '0')}-8e2b-4d0a-9f3c-2a71b5d90e${String(conn % 100).padStart(2, '0')}","connectionId":${conn},"connectionCount":14}}`);
  mongoLog.push(`{"t":{"$date":"${T.isoMs(m + 0.01).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":51800,   "ctx":"conn${conn}","msg":"client metadata","attr":{"remote":"%IPOF:user#0%:${port}","client":"conn${conn}","doc":{"driver":{"name":"nodejs","version":"3.5.9"},"os":{"type":"Linux","name":"linux","architecture":"x64","version":"5.10.226-214.880.amzn2.x86_64"},"platform":"'Node.js v14.21.3, LE (legacy)"}}}`);
  mongoLog.push(`{"t":{"$date":"${T.isoMs(m + 0.02).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":22944,   "ctx":"conn${conn}","msg":"Connection ended","attr":{"remote":"%IPOF:user#0%:${port}","uuid":"6c1f${String(conn).padStart(4, '0')}-8e2b-4d0a-9f3c-2a71b5d90e${String(conn % 100).padStart(2, '0')}","connectionId":${conn},"connectionCount":13}}`);
  conn++;
  if (Math.round(m * 100) % 5 === 0) mongoLog.push(`{"t":{"$date":"${T.isoMs(m + 0.3).replace('Z', '+00:00')}"},"s":"I",  "c":"STORAGE",  "id":22430,   "ctx":"Checkpointer","msg":"WiredTiger message","attr":{"message":"[${Math.floor(Date.parse(T.isoMs(m + 0.3)) / 1000)}:512301][1:0x7f3a5c8f1700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: ${9120 + conn}, snapshot max: ${9120 + conn} snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1182"}}`);
}

const catalogueLog = [];
for (let m = -30; m < -0.5; m += 2.5) catalogueLog.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round((m + 40) * 31)},"method":"GET","url":"/products","headers":{"host":"catalogue:8080"}},"res":{"statusCode":200},"responseTime":${3 + (Math.round(-m) % 5)},`));

export const scenarios = [
  withDefaults({
    folder: 's73c-user-mongo-url-replicaset',
    incidentTime: '2026-04-07T10:26:00Z',
    description: 'nobody can log in on the robot shop since just before 10, login just says error. browsing + ratings still fine — accounts team?',
    expected: { component: 'user', cause: 'config-error' },
    alsoAcceptable: [{ component: 'user', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'pods-ready', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: instana/robot-shop K8s/helm at 55292e2 — user (robotshop/rs-user:2.1.0) has no probes and reads
      MONGO_URL with the default mongodb://mongodb:27017/users (user/server.js); mongodb is a single standalone mongod
      (rs-mongodb, mongo:5, no --replSet). user/server.js retries mongoConnect every 2 s, logging 'ERROR' with the
      driver error, and answers /login and /check/:id with 500 "database not available" while mongoConnected is false.
      Fault: a Helm values change (preparing an Atlas migration) rolled user out at 09:52 with
      MONGO_URL=mongodb://mongodb:27017/users?replicaSet=rs0; the legacy Node driver (3.x) connects, reads isMaster
      without a setName and fails with "MongoError: no primary found in replicaset or invalid replica set name" — the
      known symptom of a replicaSet option against a standalone server (mongodb/node-mongodb-native issues, MongoDB
      docs "Connection String Options: replicaSet"). The pod stays Running and Ready (no probes); mongod is healthy and
      only shows connections accepted and ended. web's nginx 500s on /api/user/login and payment's
      "user check failed" are louder than user. The old and new ReplicaSet templates differ only by the MONGO_URL env.
      Decoy: catalogue's pod OOMKilled two days ago (restartCount 1), healthy since.
      Deviations: the rollout, the MONGO_URL value and the catalogue restart are invented; upstream sets no MONGO_URL.
    `,
    workloads: {
      user: {
        rollout: { at: -34, revision: 5, oldContainers: { user: { env: agentEnv } } },
        containers: { user: { env: [...agentEnv, MONGO_URL] } },
      },
      catalogue: {
        pods: [{ containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 47), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 47 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled up replica set user-%NEW% to 1', first: -34, last: -34 },
      { on: 'deploy:user', reason: 'ScalingReplicaSet', message: 'Scaled down replica set user-%OLD% to 0 from 1', first: -33.3, last: -33.3 },
      { on: 'pod:user#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -34, last: -34 },
      { on: 'pod:user#0', reason: 'Pulled', message: 'Container image "robotshop/rs-user:2.1.0" already present on machine', first: -33.8, last: -33.8, fieldPath: 'spec.containers{user}' },
      { on: 'pod:user#0', reason: 'Created', message: 'Created container user', first: -33.8, last: -33.8, fieldPath: 'spec.containers{user}' },
      { on: 'pod:user#0', reason: 'Started', message: 'Started container user', first: -33.7, last: -33.7, fieldPath: 'spec.containers{user}' },
    ],
    logs: {
      'user#0/user': userLog,
      'web#0/web': webLog,
      'payment#0/payment': paymentLog,
      'mongodb#0/mongodb': mongoLog,
      'catalogue#0/catalogue': catalogueLog,
    },
  }),
];
