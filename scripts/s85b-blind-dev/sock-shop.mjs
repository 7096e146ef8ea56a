// Blind dev batch s85b: one Sock Shop scenario (user-db dependency-down: mongod restarted with --replSet and never
// initiated), built by scripts/s85b-build.mjs with the session-2 Sock Shop system definition.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';

const IT = '2026-05-14T11:05:00Z';
const T = clock(IT);
const mj = (m, s, c, ctx, msg) => `${T.isoMs(m).replace('Z', '+0000')} ${s} ${c.padEnd(8)} [${ctx}] ${msg}`;
const mongo = [
  mj(-31.9, 'I', 'CONTROL', 'initandlisten', 'MongoDB starting : pid=1 port=27017 dbpath=/data/db 64-bit host=%POD%'),
  mj(-31.9, 'I', 'CONTROL', 'initandlisten', 'db version v3.4.24'),
  mj(-31.9, 'I', 'CONTROL', 'initandlisten', 'options: { replication: { replSet: "rs0" } }'),
  mj(-31.8, 'I', 'REPL', 'initandlisten', 'Did not find local voted for document at startup.'),
  mj(-31.8, 'I', 'REPL', 'initandlisten', 'Did not find local replica set configuration document at startup;  NoMatchingDocument: Did not find replica set configuration document in local.system.replset'),
  mj(-31.8, 'I', 'NETWORK', 'thread1', 'waiting for connections on port 27017'),
];
for (let m = -31; m < -1; m += 2) mongo.push(mj(m, 'I', 'NETWORK', 'listener', `connection accepted from 10.0.${m % 4 ? 1 : 3}.${60 + Math.abs(m)}:${40000 + Math.abs(m) * 37} #${Math.round(m + 40)} (${3 + (Math.abs(m) % 3)} connections now open)`));
mongo.sort();
const user = [];
for (let m = -30; m < -1; m += 1.7) {
  user.push(`ts=${T.isoMs(m).replace(/\.\d+Z/, 'Z')} caller=logging.go:${m % 2 ? 38 : 52} method=${m % 2 ? 'Login' : 'GetUsers'} result=0 took=${(Math.abs(m) * 1.7).toFixed(3)}ms`);
  user.push(`${T.go(m + 0.01)} http: Error: not master and slaveOk=false`);
}
const fe = [];
for (let m = -29; m < -1; m += 2.2) fe.push(`Error with log in: StatusCodeError: 500 - {"error":"not master and slaveOk=false","status_code":500,"status_text":"Internal Server Error"}`);
export const scenarios = [
  {
    folder: 's85b-userdb-replset-never-initiated',
    description: "sock shop: nobody can log in or register for ~30 min, 500 on login. browsing socks works. did someone touch user?",
    incidentTime: IT,
    expected: { component: 'user-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'user-db', cause: 'config-error' }, { component: 'user-db', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'rollout-regression', 'time-expression', 'partial-name'],
    grounding: `
      Sock Shop complete-demo.yaml (9dff06f): user (Go, go-kit, mgo) reads and writes user-db (weaveworksdemos/user-db,
      mongo 3.4, no probes, Ready). Fault follows the common "converted a standalone mongod to a replica set" mistake
      (MongoDB docs "Convert a Standalone to a Replica Set", many community threads on "not master and slaveOk=false"):
      a platform change rolled user-db with args --replSet rs0 in preparation for a second member, and nobody ran
      rs.initiate(); mongod starts, accepts connections and logs that it found no replica set configuration, while every
      query from user's mgo session (no slaveOk) fails with "not master and slaveOk=false". user stays Ready (its /health
      answers 200), the front-end logs the 500s on login/register; catalogue and carts are untouched. The user-db rollout
      template differs from the previous one only by the args. Deviation: front-end log lines shortened.
    `,
    workloads: {
      'user-db': { rollout: { at: -32.5, revision: 2, oldContainers: { 'user-db': { args: undefined } } }, containers: { 'user-db': { args: ['--replSet', 'rs0'] } } },
    },
    logs: {
      'user-db#0/user-db': mongo,
      'user#0/user': user,
      'front-end#0/front-end': fe,
      'front-end#1/front-end': fe.slice(0, 6),
      'catalogue#0/catalogue': [`ts=${T.iso(-5)} caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=2.103ms`],
    },
  },
];
