// Blind dev batch s71b: one Sock Shop scenario (catalogue-db blocks the catalogue pod's IP after too many connection errors),
// on the system of scripts/s2-scenarios/sock-shop.mjs, built by scripts/s71b-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const incidentTime = '2026-05-20T08:35:00Z';
const T = clock(incidentTime);
const BLOCK = -19;
const FE_ROLL = -60 * 5;
const fe = base.workloads.find((w) => w.name === 'front-end');
const oldFeEnv = fe.containers[0].env;
const newFeEnv = [...oldFeEnv, { name: 'NODE_OPTIONS', value: '--max-old-space-size=768' }];
const mysqlTs = (min) => `${T.isoMs(min).slice(0, 23)}${String(Math.abs(Math.round(min * 977)) % 1000).padStart(3, '0')}Z`;
const my = (min, id, level, msg) => `${mysqlTs(min)} ${id} [${level}] ${msg}`;
const HOSTMSG = "Error 1129: Host '%IPOF:catalogue#0%' is blocked because of many connection errors; unblock with 'mysqladmin flush-hosts'";

const db = [
  my(-60 * 24 * 9 + 0.3, 0, 'Note', 'mysqld: ready for connections.'),
  "Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
  my(-60 * 24 * 9 + 0.4, 3, 'Warning', "IP address '%IPOF:catalogue#0%' could not be resolved: Name or service not known"),
];
for (let m = -27, id = 88412; m < BLOCK; m += 0.07, id++) db.push(my(m, id, 'Note', "Got timeout reading communication packets"));
db.push(my(BLOCK - 0.02, 88530, 'Note', "Aborted connection 88530 to db: 'unconnected' user: 'unauthenticated' host: '%IPOF:catalogue#0%' (Got timeout reading communication packets)"));

const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const catalogue = [kit(-60 * 24 * 9 + 0.5, 'transport=HTTP port=80'), kit(-60 * 24 * 9 + 0.5, 'caller=main.go:112 msg="Starting catalogue service"')];
for (let m = -60; m < -27; m += 0.9) catalogue.push(kit(m, 'caller=logging.go:44 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=2.391027ms'), kit(m + 0.01, 'caller=logging.go:72 method=Count tags= result=9 err=null took=812.33µs'));
for (let m = -27; m < BLOCK; m += 1.1) catalogue.push(kit(m, 'caller=service.go:98 database_error="invalid connection"'), kit(m + 0.01, 'caller=logging.go:44 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=5.00172s'));
for (let m = BLOCK; m < -0.2; m += 0.6) {
  catalogue.push(kit(m, `caller=service.go:98 database_error="${HOSTMSG.replaceAll('"', '\\"')}"`));
  catalogue.push(kit(m + 0.001, 'caller=logging.go:44 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=1.887402ms'));
  catalogue.push(kit(m + 0.3, 'caller=logging.go:64 method=Get id=03fef6ac-1896-4ce8-bd69-b798f85c6e0b sock=notfound err="database connection error" took=1.402211ms'));
  if (Math.round(m * 10) % 5 === 0) catalogue.push(kit(m + 0.4, 'caller=logging.go:90 method=Health result=2 took=1.291021ms'));
}
const front = (off) => {
  const out = [`App now running in production mode on port 8079`];
  for (let m = -60; m < BLOCK; m += 0.9) out.push('GET /catalogue?page=1&size=6 200 6.412 ms - 1722', 'GET /cart 200 11.204 ms - 2', 'GET / 200 3.117 ms - 8688');
  for (let m = BLOCK + off; m < -0.2; m += 0.7) out.push('GET /catalogue?page=1&size=6 500 4.201 ms - 46', 'GET /catalogue/size?tags= 500 2.998 ms - 46', 'GET /cart 200 9.874 ms - 2', 'POST /login 200 41.331 ms - 0', 'GET / 200 2.881 ms - 8688');
  return out;
};
const carts = [];
for (let m = -40; m < -0.2; m += 2.6) carts.push(`${T.java(m)}  INFO [carts,,,] 7 --- [p-nio-80-exec-${1 + (Math.round(-m) % 9)}] w.c.c.c.CartsController                  : Getting cart 57a98d98e4b00679b4a830b2`);

export const scenarios = [
  {
    folder: 's71b-catalogue-db-host-blocked',
    incidentTime,
    description: 'sockshop catalogue page empty / 500 since ~8:15. cart + login ok. catalogue pods green, nothing deployed today',
    expected: { component: 'catalogue-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'catalogue-db', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (deploy/kubernetes/complete-demo.yaml at 9dff06f): catalogue (Go, go-sql-driver/mysql) reads socks from catalogue-db
      (MySQL 5.7, database socksdb) at catalogue-db:3306; catalogue's /health reports the db status inside a 200 response, so its
      probes keep passing; catalogue-db has no probes.
      Fault: MySQL's per-host max_connect_errors (default 100) - a burst of connections from the catalogue pod that stalled mid-handshake
      ("Got timeout reading communication packets", after a short network stall to catalogue-db) pushed the host's error counter past the
      limit; the server now refuses every new connection from that IP with ER_HOST_IS_BLOCKED (1129) "Host ... is blocked because of
      many connection errors; unblock with 'mysqladmin flush-hosts'" until FLUSH HOSTS. Public reports: MySQL reference manual
      (B.3.2.5 Host 'host_name' is blocked) and many AWS RDS / load-balancer-health-check incident threads with this exact error.
      catalogue-db stays Running/Ready and logs nothing per refusal; catalogue and front-end are the loud ones.
      Decoys: a benign front-end rollout five hours earlier (added NODE_OPTIONS only); the old "could not be resolved" warning.
      Deviations from upstream: catalogue-db image taken as MySQL 5.7.44; logs abridged.
    `,
    workloads: {
      'front-end': {
        containers: { 'front-end': { env: newFeEnv } },
        rollout: { at: FE_ROLL, revision: 6, oldContainers: { 'front-end': { env: oldFeEnv } } },
      },
    },
    events: [
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 1 from 0', first: FE_ROLL, last: FE_ROLL },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 1 from 2', first: FE_ROLL + 0.6, last: FE_ROLL + 0.6 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 2 from 1', first: FE_ROLL + 0.6, last: FE_ROLL + 0.6 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 0 from 1', first: FE_ROLL + 1.2, last: FE_ROLL + 1.2 },
    ],
    logs: {
      'catalogue-db#0/catalogue-db': db,
      'catalogue#0/catalogue': catalogue,
      'front-end#0/front-end': front(0),
      'front-end#1/front-end': front(0.3),
      'carts#0/carts': carts,
    },
  },
];
