// Blind dev batch s121c: one Sock Shop scenario (config-error on catalogue: a DSN whose MySQL parameters switch on
// ONLY_FULL_GROUP_BY for its GROUP BY query), on the session-2 Sock Shop system definition.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';
import { system as SS } from '../s2-scenarios/sock-shop.mjs';

const IT = '2026-05-15T19:30:00Z';
const T = clock(IT);
const cat = SS.workloads.find((w) => w.name === 'catalogue').containers[0];
const DSN = 'catalogue_user:default_password@tcp(catalogue-db:3306)/socksdb';
const argsNew = [...cat.args, `-DSN=${DSN}?sql_mode=%27STRICT_TRANS_TABLES,ONLY_FULL_GROUP_BY%27`];
const ERR = 'Error 1055: Expression #1 of SELECT list is not in GROUP BY clause and contains nonaggregated column \'socksdb.sock.sock_id\' which is not functionally dependent on columns in GROUP BY clause; this is incompatible with sql_mode=only_full_group_by';
const ts = (m) => T.isoMs(m).replace(/\.\d+Z$/, 'Z');
const catLog = [`ts=${ts(-36.5)} caller=main.go:93 transport=HTTP port=80`];
for (let m = -35; m < -0.5; m += 1.3) {
  catLog.push(`ts=${ts(m)} caller=logging.go:56 method=Count tags= result=9 took=1.312ms`);
  catLog.push(`ts=${ts(m + 0.01)} caller=logging.go:41 method=List tags= order= pageNum=1 pageSize=6 result=0 err="database connection error" took=1.104ms`);
  catLog.push(`ts=${ts(m + 0.3)} caller=logging.go:56 method=Health result=2 took=4.1µs`);
}
const fe = [];
for (let m = -35; m < -0.5; m += 1.3) {
  fe.push(`Error: undefined`);
  fe.push(`GET /catalogue?page=1&size=6 500 ${10 + (Math.round(-m) % 9)}.${Math.round(-m * 37) % 1000} ms - 11`);
  fe.push(`GET /catalogue/size?tags= 200 4.${Math.round(-m * 13) % 1000} ms - 13`);
}
const db = [`${T.iso(-60 * 24 * 9).replace('Z', '')}.000000Z 0 [Note] mysqld: ready for connections.`, `Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)`];

export const scenarios = [
  {
    folder: 's121c-catalogue-dsn-sql-mode',
    incidentTime: IT,
    description: 'sockshop shop page shows no socks at all, last 30 min. catalog-db looks healthy, someone from platform changed "db settings" earlier?',
    expected: { component: 'catalogue', cause: 'config-error' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'time-expression', 'team-name', 'typo'],
    workloads: {
      catalogue: {
        containers: { catalogue: { args: argsNew } },
        rollout: { at: -37, revision: 4, oldContainers: { catalogue: { args: cat.args } }, oldReplicas: 0 },
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -37, source: 'deployment-controller' },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -36, source: 'deployment-controller' },
    ],
    logs: { 'catalogue#0/catalogue': catLog, 'front-end#0/front-end': fe, 'catalogue-db#0/catalogue-db': db },
    grounding: `
      Manifest facts (microservices-demo complete-demo.yaml): catalogue (Go, go-kit, go-sql-driver/mysql) takes its DSN from
      the -DSN flag (default ${DSN}); its List query selects sock.* with GROUP_CONCAT(tag.name) ... GROUP BY sock.sock_id.
      Fault: a platform change appended ?sql_mode='STRICT_TRANS_TABLES,ONLY_FULL_GROUP_BY' to the DSN (go-sql-driver sets it
      as a session variable on each connection), so MySQL rejects the List query with error 1055 (the well-known
      only_full_group_by breakage of GROUP BY queries after MySQL 5.7); catalogue maps it to "database connection error",
      Count and Health still succeed, the pod stays Ready and the front-end answers 500 for /catalogue. Deviation: the extra
      -DSN arg and a new ReplicaSet; the catalogue-db image is shown as MySQL 5.7.`,
  },
];
