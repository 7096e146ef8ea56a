// Blind dev batch s89b (TeaStore): one scenario, built by scripts/s89b-build.mjs with the kit system definition.
// MariaDB (teastore-db) runs out of file descriptors and stops accepting connections while its pod stays Ready.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const INC = '2026-05-12T09:41:00Z';
const T = clock(INC);
const catalina = (min, lvl, cls, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+)/, (_, y, m, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}-${y}`)} ${lvl} [http-nio-8080-exec-${(Math.abs(Math.round(min * 7)) % 50) + 1}] ${cls} ${msg}`;
const maria = (min, lvl, msg) => `${T.java(min).slice(0, 19).replace('T', ' ')} 0 [${lvl}] ${msg}`;

const dbLogs = [
  maria(-60 * 24 * 6, 'Note', 'mysqld: ready for connections.'),
  "Version: '10.4.34-MariaDB-1:10.4.34+maria~ubu2004'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
  maria(-60 * 20, 'Warning', "Aborted connection 48213 to db: 'teadb' user: 'teauser' host: '10.244.2.61' (Got an error reading communication packets)"),
  maria(-16.2, 'ERROR', 'Error in accept: Too many open files'),
  maria(-15.9, 'ERROR', 'Error in accept: Too many open files'),
  maria(-14.4, 'ERROR', 'Error in accept: Too many open files'),
  maria(-12.0, 'ERROR', 'Error in accept: Too many open files'),
  maria(-9.7, 'ERROR', 'Error in accept: Too many open files'),
  maria(-7.3, 'ERROR', 'Error in accept: Too many open files'),
  maria(-4.8, 'ERROR', 'Error in accept: Too many open files'),
  maria(-2.1, 'ERROR', 'Error in accept: Too many open files'),
];
const persistenceLogs = [
  catalina(-60 * 24 * 6 + 1, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [14823] milliseconds'),
  catalina(-15.6, 'WARNING', 'org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence.getConnection', ''),
  '[EL Warning]: 2026-05-12 09:25:24.371--ServerSession(1739832812)--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.7.v20200504-69f2c2b80d): org.eclipse.persistence.exceptions.DatabaseException',
  'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not create connection to database server. Attempted reconnect 3 times. Giving up.',
  'Error Code: 0',
  'Caused by: com.mysql.cj.exceptions.CJCommunicationsException: Communications link failure',
  '',
  'The last packet successfully received from the server was 10,004 milliseconds ago. The last packet sent successfully to the server was 10,004 milliseconds ago.',
  '\tat com.mysql.cj.exceptions.ExceptionFactory.createException(ExceptionFactory.java:61)',
  '\tat com.mysql.cj.protocol.a.NativeProtocol.readServerCapabilities(NativeProtocol.java:498)',
  'Caused by: java.net.SocketTimeoutException: Read timed out',
  '\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)',
  catalina(-12.1, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.persistence.rest.CategoryEndpoint] in context with path [/tools.descartes.teastore.persistence] threw exception'),
  'javax.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.7.v20200504-69f2c2b80d): org.eclipse.persistence.exceptions.DatabaseException',
  'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not create connection to database server. Attempted reconnect 3 times. Giving up.',
  catalina(-7.4, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.persistence.rest.ProductEndpoint] in context with path [/tools.descartes.teastore.persistence] threw exception'),
  'javax.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.7.v20200504-69f2c2b80d): org.eclipse.persistence.exceptions.DatabaseException',
  'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not create connection to database server. Attempted reconnect 3 times. Giving up.',
  catalina(-2.3, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.persistence.rest.UserEndpoint] in context with path [/tools.descartes.teastore.persistence] threw exception'),
  'javax.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.7.v20200504-69f2c2b80d): org.eclipse.persistence.exceptions.DatabaseException',
  'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not create connection to database server. Attempted reconnect 3 times. Giving up.',
];
// drop the placeholder empty WARNING line above (kept simple: filter empty-message catalina lines)
const pLogs = persistenceLogs.filter((l) => !/getConnection $/.test(l));
const webuiErr = (min, page) => [
  catalina(min, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${page}] in context with path [/tools.descartes.teastore.webui] threw exception`),
  'tools.descartes.teastore.registryclient.rest.LoadBalancerTimeoutException: Timeout waiting for Load Balancer.',
  '\tat tools.descartes.teastore.registryclient.rest.HttpWrapper.wrap(HttpWrapper.java:59)',
  'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
  '\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)',
  '\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:38)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.getCategories(LoadBalancedStoreOperations.java:72)',
];
const webuiLogs = [
  catalina(-60 * 24 * 6 + 2, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9711] milliseconds'),
  ...webuiErr(-14.9, 'tools.descartes.teastore.webui.servlet.IndexServlet'),
  ...webuiErr(-11.5, 'tools.descartes.teastore.webui.servlet.CategoryServlet'),
  ...webuiErr(-8.2, 'tools.descartes.teastore.webui.servlet.ProductServlet'),
  ...webuiErr(-5.0, 'tools.descartes.teastore.webui.servlet.IndexServlet'),
  ...webuiErr(-1.6, 'tools.descartes.teastore.webui.servlet.CategoryServlet'),
];
const authLogs = [
  catalina(-60 * 24 * 6 + 2, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [8120] milliseconds'),
  catalina(-9.1, 'WARNING', 'tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntityWithProperties', 'Persistence returned 500 for /users/name/user12'),
  catalina(-3.3, 'WARNING', 'tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntityWithProperties', 'Persistence returned 500 for /users/name/user4'),
];
const recLogs = [
  catalina(-60 * 26, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [11904] milliseconds'),
  catalina(-60 * 26 + 1, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Training recommender with 3217 orders.'),
];

export const scenarios = [
  {
    folder: 's89b-teadb-out-of-file-descriptors',
    incidentTime: INC,
    description: 'teastore shop pages are 500ing since ~9:25, categories and login both broken. webui team please look',
    expected: { component: 'teastore-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'teastore-db', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'partial-name', 'decoy'],
    grounding: `
      TeaStore teastore-clusterip.yaml at 5ab1188 (teastore-db Deployment, no probes, no resources; persistence reaches it through DB_HOST/DB_PORT).
      Fault: mysqld reaches its open-files limit (open_files_limit derived from the container's RLIMIT_NOFILE, table cache plus sockets), so
      its accept() fails with EMFILE and it logs "Error in accept: Too many open files" (MariaDB sql/mysqld.cc handle_connections_sockets), as in
      MariaDB MDEV reports and many "Error in accept: Too many open files" Q&A threads. Connections already pooled keep working, so nothing restarts
      and the pod stays Ready (upstream has no probe); new JDBC connections from persistence hang in the handshake (Connector/J "Communications link
      failure ... Read timed out"), EclipseLink 4002 exceptions, and the webui/auth callers are the loud ones (Jersey 500s through the registry client).
      Decoy: teastore-recommender restarted a day earlier (benign rollout-free restart, retrained normally).
      Deviations from upstream: none in the manifests; log texts are abbreviated and dates invented.`,
    workloads: {
      'teastore-recommender': { since: -60 * 26 },
    },
    events: [],
    logs: {
      'teastore-db#0/teastore-db': dbLogs,
      'teastore-persistence#0/teastore-persistence': pLogs,
      'teastore-webui#0/teastore-webui': webuiLogs,
      'teastore-auth#0/teastore-auth': authLogs,
      'teastore-recommender#0/teastore-recommender': recLogs,
    },
  },
];
void cs;
