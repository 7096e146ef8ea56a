// Blind dev batch s137c: TeaStore scenario (system from scripts/kit-systems/teastore.mjs).
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const TC = clock('2026-03-24T11:15:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min) => { const s = TC.isoMs(min); const d = new Date(s); return `${String(d.getUTCDate()).padStart(2, '0')}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${s.slice(11, 23)}`; };
const el = (min) => TC.isoMs(min).replace('T', ' ').slice(0, 23);
const my = (min) => TC.iso(min).replace('T', ' ').replace('Z', '');
const fails = [-41, -36, -30, -24, -19, -13, -8, -3];
const persistErr = (m, i) => [
  `[EL Warning]: ${el(m)}--UnitOfWork(${18422 + i * 31})--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException`,
  'Internal Exception: com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: Communications link failure',
  '',
  `The last packet successfully received from the server was ${(5412 + i * 977).toLocaleString('en-US')} milliseconds ago.  The last packet sent successfully to the server was ${(5412 + i * 977).toLocaleString('en-US')} milliseconds ago.`,
  'Error Code: 0',
  'Call: SELECT ID, DESCRIPTION, LISTPRICE, NAME, CATEGORY_ID FROM PERSISTENCEPRODUCT WHERE (CATEGORY_ID = ?) LIMIT ?, ?',
  '\tbind => [3 parameters bound]',
  'Query: ReadAllQuery(referenceClass=PersistenceProduct sql="SELECT ID, DESCRIPTION, LISTPRICE, NAME, CATEGORY_ID FROM PERSISTENCEPRODUCT WHERE (CATEGORY_ID = ?) LIMIT ?, ?")',
  `${tc(m + 0.01)} SEVERE [http-nio-8080-exec-${(i % 9) + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception [org.eclipse.persistence.exceptions.DatabaseException: Communications link failure] with root cause`,
  '\tcom.mysql.jdbc.exceptions.jdbc4.CommunicationsException: Communications link failure',
  'Caused by: java.io.EOFException: Can not read response from server. Expected to read 4 bytes, read 0 bytes before connection was unexpectedly lost.',
  '\t\tat com.mysql.jdbc.MysqlIO.readFully(MysqlIO.java:3011)',
  '\t\tat com.mysql.jdbc.MysqlIO.reuseAndReadPacket(MysqlIO.java:3469)',
];
const scenarioC = {
  folder: 's137c-teastore-db-wait-timeout-5s',
  incidentTime: '2026-03-24T11:15:00Z',
  description: 'teastore product/category pages erroring randomly (maybe 1 in 5?) since ~10:30, persistance logs full of communications link failure. db pod is up',
  expected: { component: 'teastore-db', cause: 'config-error' },
  alsoAcceptable: [{ component: 'teastore-db', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'rollout-regression', 'typo', 'time-expression', 'decoy'],
  grounding: `
    The upstream teastore-db Deployment runs descartesresearch/teastore-db (a MySQL-compatible server with the TeaStore schema baked
    in) with no args; teastore-persistence reaches it through DB_HOST=teastore-db / DB_PORT=3306 and keeps pooled JDBC connections
    open between requests. At 10:28 a "tuning" change (new ReplicaSet; the old one has no args) started the server with
    --wait_timeout=5 to cut idle connections, the value in seconds mistaken for minutes. The server now closes every connection idle
    for more than 5 s ("Aborted connection ... Got timeout reading communication packets"), and the next request persistence sends on
    such a pooled connection fails with a Communications link failure, so a fraction of product and category pages in the webui
    error. Both pods stay Ready; the callers are louder than the database. Decoy: teastore-image rolled out five days ago and is
    healthy. Deviations: the entrypoint passing extra args to mysqld follows the official mysql/mariadb images; the JDBC driver
    messages (MySQL Connector/J 5.1) and EclipseLink version are illustrative.`,
  workloads: {
    'teastore-db': {
      containers: { 'teastore-db': { args: ['--wait_timeout=5'] } },
      rollout: { at: -47, oldContainers: { 'teastore-db': { args: undefined } } },
    },
    'teastore-image': { rollout: { at: -60 * 24 * 5, revision: 3 } },
  },
  events: [
    { on: 'deploy:teastore-db', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-db-%NEW% to 1', first: -47 },
    { on: 'deploy:teastore-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-db-%OLD% to 0 from 1', first: -46 },
    { on: 'pod:teastore-db#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-db"', first: -46.9, fieldPath: 'spec.containers{teastore-db}' },
    { on: 'pod:teastore-db#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-db" in 1.204s (1.204s including waiting). Image size: 142318677 bytes.', first: -46.8, fieldPath: 'spec.containers{teastore-db}' },
    { on: 'pod:teastore-db#0', reason: 'Started', message: 'Started container teastore-db', first: -46.7, fieldPath: 'spec.containers{teastore-db}' },
  ],
  logs: {
    'teastore-db#0/teastore-db': [
      `${my(-46.6)} 0 [Note] mysqld (mysqld 10.4.12-MariaDB-1:10.4.12+maria~bionic) starting as process 1 ...`,
      `${my(-46.5)} 0 [Note] InnoDB: Completed initialization of buffer pool`,
      `${my(-46.4)} 0 [Note] mysqld: ready for connections.`,
      "Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
      ...fails.map((m, i) => `${my(m - 0.05)} ${37 + i * 4} [Warning] Aborted connection ${37 + i * 4} to db: 'teadb' user: 'teauser' host: '%IPOF:teastore-persistence#0%' (Got timeout reading communication packets)`),
    ],
    'teastore-persistence#0/teastore-persistence': [
      `${tc(-60 * 24 * 9 + 1)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [18231] milliseconds`,
      ...fails.flatMap((m, i) => persistErr(m, i)),
    ],
    'teastore-webui#0/teastore-webui': fails.map((m, i) => `${tc(m + 0.02)} WARNING [http-nio-8080-exec-${(i % 7) + 2}] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation Error while calling teastore-persistence: javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error`),
  },
};

export const scenarios = [scenarioC];
