// Blind dev batch s75b: one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s75b-build.mjs — teastore-db rolled out with a tuning my.cnf that sets wait_timeout = 60.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2025-07-15T13:05:00Z');
const ROLL = -188; // 09:57, teastore-db revision with the tuning ConfigMap
const pad2 = (n) => String(n).padStart(2, ' ');
const maria = (min, thread, sev, msg) => {
  const s = T.iso(min);
  return `${s.slice(0, 10)} ${pad2(Number(s.slice(11, 13)))}:${s.slice(14, 19)} ${thread} [${sev}] ${msg}`;
};
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cat = (min, level, thread, src, msg) => {
  const s = T.java(min);
  return `${s.slice(8, 10)}-${MON[Number(s.slice(5, 7)) - 1]}-${s.slice(0, 4)} ${s.slice(11)} ${level} [${thread}] ${src} ${msg}`;
};
const el = (min, level, session, msg) => `[EL ${level}]: ${T.java(min)}--${session}--${msg}`;
const ELV = 'Eclipse Persistence Services - 3.0.3.v202208190922';
const waitTimeoutMsg = (ms) =>
  `The last packet successfully received from the server was ${ms.toLocaleString('en-US')} milliseconds ago.  The last packet sent successfully to the server was ${(ms + 1).toLocaleString('en-US')} milliseconds ago. is longer than the server configured value of 'wait_timeout'. You should consider either expiring and/or testing connection validity before use in your application, increasing the server configured values for client timeouts, or using the Connector/J connection property 'autoReconnect=true' to avoid this problem.`;

// which order placements hit a pooled write connection idle for more than 60 s
const ORDERS = [
  [-170.2, 74213], [-151.8, 0], [-139.5, 96412], [-121.0, 0], [-108.7, 171882], [-96.3, 63020], [-84.9, 0], [-71.4, 120457],
  [-60.2, 88301], [-47.7, 0], [-39.1, 244190], [-30.6, 67815], [-22.3, 0], [-15.8, 92044], [-9.4, 131650], [-4.1, 70388],
];
const READ_RETRIES = [-164.4, -133.1, -117.6, -90.2, -66.9, -52.5, -35.0, -18.7, -6.6];

const dbLog = [
  maria(ROLL + 0.3, 0, 'Note', 'mysqld (mysqld 10.4.12-MariaDB-1:10.4.12+maria~bionic) starting as process 1 ...'),
  maria(ROLL + 0.3, 0, 'Note', 'InnoDB: Using Linux native AIO'),
  maria(ROLL + 0.3, 0, 'Note', 'InnoDB: Initializing buffer pool, total size = 256M, instances = 1, chunk size = 128M'),
  maria(ROLL + 0.31, 0, 'Note', 'InnoDB: Completed initialization of buffer pool'),
  maria(ROLL + 0.31, 0, 'Note', 'InnoDB: 128 out of 128 rollback segments are active.'),
  maria(ROLL + 0.31, 0, 'Note', 'InnoDB: 10.4.12 started; log sequence number 61883902; transaction id 20914'),
  maria(ROLL + 0.32, 0, 'Note', 'Server socket created on IP: \'::\'.'),
  maria(ROLL + 0.32, 0, 'Note', 'Reading of all Master_info entries succeeded'),
  maria(ROLL + 0.32, 0, 'Note', 'Added new Master_info \'\' to hash table'),
  maria(ROLL + 0.32, 0, 'Note', "mysqld: ready for connections.\nVersion: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution"),
];
let thread = 8;
for (let m = ROLL + 2.1; m < -0.3; m += 1.37) {
  thread += 1 + (thread % 3);
  dbLog.push(maria(m, thread, 'Warning', `Aborted connection ${thread} to db: 'teadb' user: 'teauser' host: '%IPOF:teastore-persistence#0%' (Got timeout reading communication packets)`));
}

const persistenceHead = [
  cat(-60 * 24 * 9 + 0.2, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  cat(-60 * 24 * 9 + 0.5, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war]'),
  '[localhost-startStop-1] INFO tools.descartes.teastore.persistence.repository.EMFManager - Setting jdbc url to "jdbc:mysql://teastore-db:3306/teadb".',
  el(-60 * 24 * 9 + 0.7, 'Info', 'ServerSession(1402599109)', `${ELV} library.`),
  el(-60 * 24 * 9 + 0.7, 'Info', 'ServerSession(1402599109)', 'file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence login successful'),
  cat(-60 * 24 * 9 + 0.8, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [21874] milliseconds'),
];
const persistenceLog = [
  // teastore-db restarted by the rollout: every pooled connection is gone once
  el(ROLL + 0.1, 'Warning', 'UnitOfWork(1188452076)', `Exception [EclipseLink-4002] (${ELV}): org.eclipse.persistence.exceptions.DatabaseException\nInternal Exception: com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: Communications link failure\n\nThe last packet successfully received from the server was 2,114 milliseconds ago.  The last packet sent successfully to the server was 0 milliseconds ago.\nError Code: 0\nCall: SELECT ID, DESCRIPTION, NAME FROM PERSISTENCECATEGORY\nQuery: ReadAllQuery(referenceClass=PersistenceCategory sql="SELECT ID, DESCRIPTION, NAME FROM PERSISTENCECATEGORY")`),
  el(ROLL + 0.4, 'Info', 'ServerSession(1402599109)', 'Communication failure detected when attempting to perform read query outside of a transaction. Attempting to retry query. Error was: Exception [EclipseLink-4002] (' + ELV + '): org.eclipse.persistence.exceptions.DatabaseException\nInternal Exception: com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: Communications link failure'),
];
for (const m of READ_RETRIES) {
  const ms = 60000 + Math.round(((m * -9973) % 140000));
  persistenceLog.push(el(m, 'Info', 'ServerSession(1402599109)', `Communication failure detected when attempting to perform read query outside of a transaction. Attempting to retry query. Error was: Exception [EclipseLink-4002] (${ELV}): org.eclipse.persistence.exceptions.DatabaseException\nInternal Exception: com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: ${waitTimeoutMsg(ms)}\nError Code: 0\nCall: SELECT ID, CATEGORY_ID, DESCRIPTION, LISTPRICEINCENTS, NAME FROM PERSISTENCEPRODUCT WHERE (CATEGORY_ID = ?) LIMIT ?, ?\n\tbind => [3 parameters bound]\nQuery: ReadAllQuery(referenceClass=PersistenceProduct sql="SELECT ID, CATEGORY_ID, DESCRIPTION, LISTPRICEINCENTS, NAME FROM PERSISTENCEPRODUCT WHERE (CATEGORY_ID = ?) LIMIT ?, ?")`));
}
ORDERS.forEach(([m, ms], i) => {
  if (!ms) return;
  const exec = `http-nio-8080-exec-${(i % 9) + 1}`;
  persistenceLog.push(el(m, 'Warning', `UnitOfWork(${1712004419 + i * 7331})`, `Exception [EclipseLink-4002] (${ELV}): org.eclipse.persistence.exceptions.DatabaseException\nInternal Exception: com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: ${waitTimeoutMsg(ms)}\nError Code: 0\nCall: INSERT INTO PERSISTENCEORDER (ADDRESS1, ADDRESS2, ADDRESSNAME, CREDITCARDCOMPANY, CREDITCARDEXPIRYDATE, CREDITCARDNUMBER, TIME, TOTALPRICEINCENTS, USER_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)\n\tbind => [9 parameters bound]\nQuery: InsertObjectQuery(tools.descartes.teastore.persistence.domain.PersistenceOrder@${(0x3c1a7e2 + i * 4099).toString(16)})`));
  persistenceLog.push(cat(m + 0.001, 'SEVERE', exec, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [jersey-servlet] in context with path [/tools.descartes.teastore.persistence] threw exception [jakarta.persistence.RollbackException: Exception [EclipseLink-4002] (${ELV}): org.eclipse.persistence.exceptions.DatabaseException\nInternal Exception: com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: ${waitTimeoutMsg(ms)}] with root cause\n\tjava.net.SocketException: Broken pipe (Write failed)\n\t\tat java.base/java.net.SocketOutputStream.socketWrite0(Native Method)\n\t\tat java.base/java.net.SocketOutputStream.socketWrite(SocketOutputStream.java:110)\n\t\tat java.base/java.io.BufferedOutputStream.flushBuffer(BufferedOutputStream.java:81)\n\t\tat com.mysql.jdbc.MysqlIO.send(MysqlIO.java:3725)\n\t\tat com.mysql.jdbc.MysqlIO.sendCommand(MysqlIO.java:2510)\n\t\tat com.mysql.jdbc.ConnectionImpl.setAutoCommitAndIsolation(ConnectionImpl.java:5170)\n\t\tat org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor.basicBeginTransaction(DatabaseAccessor.java:198)\n\t\tat org.eclipse.persistence.internal.databaseaccess.DatasourceAccessor.beginTransaction(DatasourceAccessor.java:258)\n\t\tat org.eclipse.persistence.internal.sessions.UnitOfWorkImpl.commitToDatabase(UnitOfWorkImpl.java:1437)\n\t\tat org.eclipse.persistence.internal.jpa.transaction.EntityTransactionImpl.commit(EntityTransactionImpl.java:277)\n\t\tat tools.descartes.teastore.persistence.repository.AbstractPersistenceRepository.createEntity(AbstractPersistenceRepository.java:76)\n\t\tat tools.descartes.teastore.persistence.rest.OrderEndpoint.createEntity(OrderEndpoint.java:51)`));
});
persistenceLog.sort((a, b) => {
  const key = (l) => (l.startsWith('[EL') ? l.slice(l.indexOf(']: ') + 3, l.indexOf(']: ') + 26) : /^\d\d-\w\w\w-/.test(l) ? `${l.slice(7, 11)}-${String(MON.indexOf(l.slice(3, 6)) + 1).padStart(2, '0')}-${l.slice(0, 2)} ${l.slice(12, 24)}` : '0');
  return key(a).localeCompare(key(b));
});
persistenceLog.unshift(...persistenceHead);

const authLog = [
  cat(-60 * 24 * 9 + 0.8, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [14211] milliseconds'),
];
ORDERS.forEach(([m, ms], i) => {
  if (!ms) return;
  authLog.push(cat(m + 0.002, 'SEVERE', `http-nio-8080-exec-${(i % 7) + 2}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [jersey-servlet] in context with path [/tools.descartes.teastore.auth] threw exception [jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error] with root cause\n\tjakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error\n\t\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:929)\n\t\tat org.glassfish.jersey.client.JerseyInvocation.translate(JerseyInvocation.java:765)\n\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.sendEntityForCreation(LoadBalancedCRUDOperations.java:62)\n\t\tat tools.descartes.teastore.auth.rest.AuthUserActionsRest.placeOrder(AuthUserActionsRest.java:96)`));
});

export const scenarios = [
  {
    folder: 's75b-teastore-db-wait-timeout-orders-fail',
    incidentTime: '2025-07-15T13:05:00Z',
    description: 'TeaStore: placing an order fails most of the time ("order could not be placed"), 2nd try usually goes thru. browsing + login ok. since this morning',
    expected: { component: 'teastore-db', cause: 'config-error' },
    alsoAcceptable: [{ component: 'teastore-db', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    workloads: {
      'teastore-db': {
        rollout: {
          at: ROLL,
          revision: 2,
          oldPatch: { volumes: undefined },
          oldContainers: { 'teastore-db': { volumeMounts: undefined } },
        },
        patch: { volumes: [{ name: 'tuning', configMap: { name: 'teastore-db-tuning', defaultMode: 420 } }] },
        containers: {
          'teastore-db': { volumeMounts: [{ name: 'tuning', mountPath: '/etc/mysql/conf.d/zz-tuning.cnf', subPath: 'zz-tuning.cnf' }] },
        },
      },
    },
    configMaps: [{ name: 'teastore-db-tuning', keys: ['zz-tuning.cnf'] }],
    configMapCreated: { 'teastore-db-tuning': T.iso(ROLL - 6) },
    events: [],
    logs: {
      'teastore-db#0/teastore-db': dbLog,
      'teastore-persistence#0/teastore-persistence': persistenceLog,
      'teastore-auth#0/teastore-auth': authLog,
    },
    grounding: `
      Fault: after a "too many connections" scare the platform team rolled teastore-db (mariadb:10.4.12 image of
      utilities/tools.descartes.teastore.database) at 09:57 with a ConfigMap teastore-db-tuning mounted as
      /etc/mysql/conf.d/zz-tuning.cnf that sets wait_timeout = 60 and interactive_timeout = 60. MariaDB accepts it and
      starts Ready; from then on it closes every session idle for more than 60 s ("Aborted connection ... (Got timeout reading
      communication packets)", logged at the 10.4 default log_warnings=2). persistence (EclipseLink internal connection pool
      over Connector/J 5.1, com.mysql.jdbc.Driver in persistence.xml, no validation query) keeps its pooled connections far
      longer, so a request that draws a connection idle past 60 s hits the classic Connector/J CommunicationsException
      "... is longer than the server configured value of 'wait_timeout'". EclipseLink retries reads outside a transaction
      ("Communication failure detected when attempting to perform read query outside of a transaction. Attempting to retry
      query."), so browsing and login work; order inserts run in a transaction and fail with RollbackException -> 500, which
      auth's placeOrder turns into its own 500 and the webui's "order could not be placed". The failed connection is
      dropped, so an immediate retry usually succeeds. Persistence and auth are the loud ones; teastore-db's pod is Running,
      Ready, 0 restarts, and its new ReplicaSet differs from the previous one only by the tuning volume and its mount.
      Deviations: the teastore-db-tuning ConfigMap is not upstream; EclipseLink 3.0.3 version string and the
      placeOrder/LoadBalancedCRUDOperations line numbers are assumed; slf4j-simple lines have no timestamps upstream.
    `,
  },
];
