// Blind dev batch s107a: one Stan's Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// mysql recreated onto a recycled VPC CNI address with a stale host route: cross-node connections to it time out.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const T = clock('2026-05-14T16:45:00Z');
const spring = (min, lvl, thread, logger, msg) => `${T.java(min)}  ${lvl.padStart(5)} 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const monolog = (min, lvl, msg) => `[${T.isoMs(min).replace('Z', '+00:00')}] app.${lvl}: ${msg} [] []`;

const shipping = [
  spring(-60 * 24 * 5, 'INFO', 'main', 'com.instana.robotshop.shipping.Main', 'Started Main in 14.211 seconds (JVM running for 15.902)'),
];
for (let m = -50; m < -27; m += 3.5) {
  shipping.push(spring(m, 'INFO', `nio-8080-exec-${1 + (Math.round(-m) % 9)}`, 'c.i.r.shipping.Controller', `request for code ${['gb', 'de', 'fr', 'us'][Math.round(-m) % 4]}`));
  shipping.push(spring(m + 0.01, 'INFO', `nio-8080-exec-${1 + (Math.round(-m) % 9)}`, 'c.i.r.shipping.Controller', `shipping ${[2345, 4012, 1778][Math.round(-m) % 3]}`));
}
shipping.push(
  spring(-27.6, 'WARN', 'nio-8080-exec-4', 'com.zaxxer.hikari.pool.PoolBase', 'HikariPool-1 - Failed to validate connection com.mysql.cj.jdbc.ConnectionImpl@4f1a6b2e (Communications link failure). Possibly consider using a shorter maxLifetime value.'),
);
for (let m = -26; m < -0.5; m += 1.6) {
  const th = `nio-8080-exec-${1 + (Math.round(-m * 3) % 10)}`;
  shipping.push(
    spring(m, 'WARN', th, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'SQL Error: 0, SQLState: 08001'),
    spring(m + 0.001, 'ERROR', th, 'o.h.engine.jdbc.spi.SqlExceptionHelper', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
    spring(m + 0.002, 'ERROR', th, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection] with root cause'),
    '',
    'com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure',
    '',
    'The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
    '\tat com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:174) ~[mysql-connector-java-8.0.28.jar!/:8.0.28]',
    '\tat com.mysql.cj.jdbc.exceptions.SQLExceptionsMapping.translateException(SQLExceptionsMapping.java:64) ~[mysql-connector-java-8.0.28.jar!/:8.0.28]',
    '\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:828) ~[mysql-connector-java-8.0.28.jar!/:8.0.28]',
    '\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:364) ~[HikariCP-4.0.3.jar!/:na]',
    'Caused by: java.net.SocketTimeoutException: connect timed out',
    '\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:na]',
    '\tat java.base/java.net.Socket.connect(Socket.java:609) ~[na:na]',
    '\tat com.mysql.cj.protocol.StandardSocketFactory.connect(StandardSocketFactory.java:156) ~[mysql-connector-java-8.0.28.jar!/:8.0.28]',
  );
}
const ratings = [];
for (let m = -55; m < -0.5; m += 4) ratings.push(monolog(m, 'INFO', `Rating for sku ${['RD-10', 'EMM', 'SHCE', 'CNA'][Math.round(-m) % 4]} is ${(3 + (Math.round(-m) % 20) / 10).toFixed(1)}`));
const mysqlLog = [
  `${T.isoMs(-28.2).replace('Z', '000Z')} 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.36) starting as process 1`,
  `${T.isoMs(-28.18).replace('Z', '000Z')} 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.`,
  `${T.isoMs(-28.1).replace('Z', '000Z')} 1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.`,
  `${T.isoMs(-28.0).replace('Z', '000Z')} 0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed.`,
  `${T.isoMs(-27.99).replace('Z', '000Z')} 0 [System] [MY-011323] [Server] X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock`,
  `${T.isoMs(-27.98).replace('Z', '000Z')} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`,
];

export const scenarios = [
  withDefaults({
    folder: 's107a-mysql-stale-cni-route',
    incidentTime: '2026-05-14T16:45:00Z',
    description: 'shipping calc spinning then 500 at checkout since around 16:18. ratings on the same db still fine so its not mysql??',
    expected: { component: 'mysql', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'mysql', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: shipping (Spring Boot, JDBC jdbc:mysql://mysql/cities) and ratings (PHP PDO) both use the mysql
      Service (3306); with the kit's placement ratings runs on the same node as mysql (ip-10-1-2-137) and shipping on
      ip-10-1-1-84. Fault follows the Amazon VPC CNI reports of pods unreachable after a recycled secondary IP keeps a
      stale ip rule/route on the old owner's node (amazon-vpc-cni-k8s issues on "stale ip rules" and IP reuse after
      pod churn): mysql's pod was deleted at 16:16 (the DBA's restart to pick up a my.cnf change) and the new pod got
      an address whose previous owner's rule was never cleaned up, so traffic from other nodes to it is dropped while
      same-node traffic (ratings) works. mysqld starts cleanly and stays Ready (no probe upstream) and logs nothing
      after "ready for connections"; shipping's Hikari pool cannot open connections (connect timed out), ratings keeps
      serving. The cause is the path to mysql: network-fault on mysql; dependency-down also accepted.
      Deviations: mysql image version line shows 8.0.36 (the rs-mysql-db image's base), CNI/ipamd logs are outside the
      snapshot. Decoy: the mysql pod recreation itself (a plain delete: same template, one ReplicaSet).`,
    workloads: {
      mysql: { pods: [{ created: T.iso(-28.5) }], endpointsChanged: -28 },
    },
    events: [
      { on: 'pod:mysql#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -28.5, last: -28.5 },
      { on: 'pod:mysql#0', reason: 'Pulled', message: 'Container image "robotshop/rs-mysql-db:2.1.0" already present on machine', fieldPath: 'spec.containers{mysql}', first: -28.4, last: -28.4 },
      { on: 'pod:mysql#0', reason: 'Created', message: 'Created container mysql', fieldPath: 'spec.containers{mysql}', first: -28.4, last: -28.4 },
      { on: 'pod:mysql#0', reason: 'Started', message: 'Started container mysql', fieldPath: 'spec.containers{mysql}', first: -28.3, last: -28.3 },
    ],
    logs: {
      'shipping#0/shipping': shipping,
      'ratings#0/ratings': ratings,
      'mysql#0/mysql': mysqlLog,
    },
  }),
];
