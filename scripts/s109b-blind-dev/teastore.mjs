// Blind dev batch s109b: TeaStore scenario (teastore-db hung in an InnoDB buffer-pool shrink that keeps retrying to
// withdraw blocks; persistence and every Tomcat caller time out). Built by scripts/s109b-build.mjs with the kit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const incidentTime = '2026-05-19T13:47:00Z';
const T = clock(incidentTime);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat 8.5 OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const tc = (min) => { const x = T.java(min); return `${x.slice(8, 10)}-${MON[Number(x.slice(5, 7)) - 1]}-${x.slice(0, 4)} ${x.slice(11)}`; };
const j = (min, lvl, cls, msg) => `${tc(min)} ${lvl} [http-nio-8080-exec-${Math.abs(Math.round(min * 7)) % 40 + 1}] ${cls} ${msg}`;
const tomcatStart = (min, app) => [
  `${tc(min)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/8.5.24`,
  `${tc(min + 0.2)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/usr/local/tomcat/webapps/${app}.war] has finished in [8,412] ms`,
  `${tc(min + 0.25)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 8733 ms`,
];
const d = -60 * 24 * 9;
const mysqld = (min, msg) => `${T.java(min).slice(0, 19).replace('T', ' ')} 0 [Note] InnoDB: ${msg}`;
const dbLog = [
  mysqld(d, 'Using Linux native AIO'),
  mysqld(d + 0.01, 'Initializing buffer pool, total size = 1G, instances = 1, chunk size = 128M'),
  mysqld(d + 0.02, 'Completed initialization of buffer pool'),
  `${T.java(d + 0.1).slice(0, 19)} 0 [Note] mysqld: ready for connections.`,
  `Version: '10.4.34-MariaDB-1:10.4.34+maria~ubu2004'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
  `${T.java(-26).slice(0, 19)} 412 [Note] InnoDB: Resizing buffer pool from 1073741824 to 268435456 (unit=134217728).`,
  mysqld(-26 + 0.01, 'Disabling adaptive hash index.'),
  mysqld(-26 + 0.02, 'Withdrawing blocks to be shrunken.'),
  mysqld(-26 + 0.03, 'Start to withdraw the last 49152 blocks.'),
  ...Array.from({ length: 24 }, (_, i) => [
    mysqld(-25.9 + i, `Withdrawing blocks. (${1820 + i * 3}/49152).`),
    mysqld(-25.89 + i, `Withdrew ${i === 0 ? 1820 : 3} blocks from free list. Tried to relocate 0 pages (${1820 + i * 3}/49152).`),
    mysqld(-25.88 + i, 'Will retry to withdraw ' + (i + 1) + ' seconds later.'),
  ]).flat(),
];
const persLog = [
  ...tomcatStart(d, 'tools.descartes.teastore.persistence'),
  ...Array.from({ length: 6 }, (_, i) => j(-24 + i * 3.7, 'SEVERE', 'tools.descartes.teastore.persistence.rest.AbstractCRUDEndpoint.findAll',
    `Exception while processing request: javax.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException
Internal Exception: java.sql.SQLTimeoutException: (conn=${48211 + i}) Query execution was interrupted (max_statement_time exceeded)
Error Code: 1969
Call: SELECT ID, DESCRIPTION, NAME FROM PERSISTENCECATEGORY ORDER BY ID
Query: ReadAllQuery(referenceClass=PersistenceCategory sql="SELECT ID, DESCRIPTION, NAME FROM PERSISTENCECATEGORY ORDER BY ID")
	at org.eclipse.persistence.internal.jpa.QueryImpl.getDetailedException(QueryImpl.java:391)
	at org.eclipse.persistence.internal.jpa.QueryImpl.executeReadQuery(QueryImpl.java:264)
	at tools.descartes.teastore.persistence.repository.CategoryRepository.getAllEntities(CategoryRepository.java:64)`)),
  j(-2.5, 'WARNING', 'org.apache.tomcat.util.threads.ThreadPool.logFull', 'Maximum number of threads (200) created for connector with address [null] and port [8080]'),
];
const webuiErr = (min, path) => j(min, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke',
  `Servlet.service() for servlet [${path}] in context with path [/tools.descartes.teastore.webui] threw exception
javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out
	at org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)
	at org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)
	at tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.getCategories(LoadBalancedStoreOperations.java:118)
	at tools.descartes.teastore.webui.servlet.AbstractUIServlet.checkforCookie(AbstractUIServlet.java:85)
Caused by: java.net.SocketTimeoutException: Read timed out
	at java.net.SocketInputStream.socketRead0(Native Method)`);
const webuiLog = [
  ...tomcatStart(-60 * 26, 'tools.descartes.teastore.webui'),
  ...['CategoryServlet', 'IndexServlet', 'ProductServlet', 'CategoryServlet', 'CartServlet', 'IndexServlet', 'CategoryServlet', 'LoginActionServlet'].map((s, i) => webuiErr(-23 + i * 2.8, s)),
];
const authLog = [
  ...tomcatStart(d, 'tools.descartes.teastore.auth'),
  j(-19.4, 'SEVERE', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest.login', 'Login failed: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out (GET http://%IPOF:teastore-persistence#0%:8080/tools.descartes.teastore.persistence/rest/users/name/user2)'),
  j(-9.1, 'SEVERE', 'tools.descartes.teastore.auth.rest.AuthCartRest.placeOrder', 'Order could not be persisted: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out'),
];
const recLog = [
  ...tomcatStart(-60 * 26 - 3, 'tools.descartes.teastore.recommender'),
  j(-60 * 25.9, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Training recommender with 812 orders and 1644 orderItems.'),
  j(-21.2, 'WARNING', 'tools.descartes.teastore.recommender.rest.RecommendEndpoint.recommend', 'Could not fetch product list for recommendation, returning empty list: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out'),
];

export const scenarios = [
  {
    folder: 's109b-teastore-db-buffer-pool-shrink-hang',
    description: 'teastore pages spin forever since ~1:20pm, login + categories time out. tea team says persistence is throwing EclipseLink errors',
    incidentTime,
    expected: { component: 'teastore-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'teastore-db', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression', 'partial-name', 'decoy'],
    grounding: `
      The TeaStore manifest (teastore-clusterip.yaml): teastore-persistence reads DB_HOST=teastore-db/DB_PORT=3306 and is the only
      client of the database; auth, webui and recommender reach the data only through persistence's REST API. No probes upstream,
      so every pod stays Ready. Fault after MariaDB MDEV-27461 / MySQL bug 94299 ("innodb_buffer_pool_size shrink hangs: buffer pool
      0 : will retry to withdraw later"): a DBA shrank innodb_buffer_pool_size from 1G to 256M online (SET GLOBAL) to make room
      under the node; the withdraw cannot relocate pages held by running transactions and retries every second while queries stall
      behind the buffer-pool resize latch. teastore-db logs only its InnoDB resize notes; persistence logs EclipseLink timeouts
      (a javax.persistence.query.timeout the operators set, which MariaDB Connector/J sends as max_statement_time: error 1969) and a full Tomcat thread pool; webui (restarted by a benign node reboot a day
      ago, decoy: restartCount 1 and a 26 h old start), auth and recommender log Jersey Read timed out. Deviations from upstream:
      teastore-db image shown as MariaDB 10.4.34 (upstream builds it FROM mariadb), node reboot decoy on webui.`,
    workloads: {
      'teastore-webui': {
        pods: [{ containers: { 'teastore-webui': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 26), last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 26 - 1) } }) } }],
      },
    },
    events: [
      { on: 'pod:teastore-webui#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: -60 * 26, last: -60 * 26 },
    ],
    logs: {
      'teastore-db#0/teastore-db': dbLog,
      'teastore-persistence#0/teastore-persistence': persLog,
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-auth#0/teastore-auth': authLog,
      'teastore-recommender#0/teastore-recommender': recLog,
      'teastore-registry#0/teastore-registry': tomcatStart(d, 'tools.descartes.teastore.registry'),
      'teastore-image#0/teastore-image': [...tomcatStart(d, 'tools.descartes.teastore.image'), j(d + 1, 'INFO', 'tools.descartes.teastore.image.setup.SetupController.generateImages', 'Image generation finished: 1204 images created.')],
    },
  },
];
