// Batch s136a (held out): TeaStore scenario, on the system of scripts/kit-systems/teastore.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const tc = (T, min, level, thread, cls, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${cls} ${msg}`;
};

const T = clock('2026-05-12T20:06:00Z');
const tooMany = (min, thread) => [
  tc(T, min, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception [org.glassfish.jersey.server.ContainerException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException'),
  'Internal Exception: java.sql.SQLNonTransientConnectionException: Too many connections',
  'Error Code: 1040] with root cause',
  '\tjava.sql.SQLNonTransientConnectionException: Too many connections',
  '\t\tat org.mariadb.jdbc.internal.util.exceptions.ExceptionMapper.get(ExceptionMapper.java:240)',
  '\t\tat org.mariadb.jdbc.internal.util.exceptions.ExceptionMapper.getException(ExceptionMapper.java:171)',
  '\t\tat org.mariadb.jdbc.internal.protocol.AbstractConnectProtocol.connectWithoutProxy(AbstractConnectProtocol.java:1132)',
  '\t\tat org.mariadb.jdbc.internal.util.Utils.retrieveProxy(Utils.java:560)',
  '\t\tat org.mariadb.jdbc.MariaDbConnection.newConnection(MariaDbConnection.java:174)',
  '\t\tat org.mariadb.jdbc.Driver.connect(Driver.java:92)',
  '\t\tat org.eclipse.persistence.sessions.DefaultConnector.connect(DefaultConnector.java:100)',
  '\t\tat org.eclipse.persistence.internal.databaseaccess.DatasourceAccessor.connectInternal(DatasourceAccessor.java:331)',
  '\t\tat tools.descartes.teastore.persistence.repository.CacheManager.getEM(CacheManager.java:88)',
  '\t\tat tools.descartes.teastore.persistence.rest.ProductEndpoint.listAllForCategory(ProductEndpoint.java:127)',
];
const s1 = {
  folder: 's136a-teastore-category-500s',
  incidentTime: '2026-05-12T20:06:00Z',
  description: 'teastore category pages + login erroring (500) on and off for the past 25 minutes, started around the load test kickoff',
  expected: { component: 'teastore-db', cause: 'resource-exhaustion' },
  alsoAcceptable: [{ component: 'persistence', cause: 'resource-exhaustion' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
  grounding: `
    TeaStore teastore-clusterip.yaml: every service reaches the data only through teastore-persistence, which talks to
    teastore-db (MariaDB, DB_HOST teastore-db:3306) through EclipseLink and the MariaDB JDBC driver; the webui and auth
    call persistence over REST found in teastore-registry. The fault follows MariaDB's documented ER_CON_COUNT_ERROR
    (error 1040 "Too many connections") once max_connections is reached: a load test started at 19:40 and
    teastore-persistence was scaled from 1 to 4 replicas, each opening its own connection pool, so teastore-db runs out
    of connections while staying Running and Ready (the upstream manifest has no probes). persistence returns 500s, and
    webui and auth, louder, log the 500s from persistence. Decoy: teastore-recommender restarted once, OOMKilled, two
    days ago. Deviations: the scale to 4 persistence replicas and the load test are invented; upstream runs one replica.
  `,
  workloads: {
    'teastore-persistence': { replicas: 4, pods: [{}, { created: T.iso(-27) }, { created: T.iso(-27) }, { created: T.iso(-27) }] },
    'teastore-recommender': {
      pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 48), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 48 - 0.1) } }) } }],
    },
  },
  events: [
    { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 4 from 1', first: -27.5, last: -27.5 },
    { on: 'pod:teastore-persistence#1', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -27.4 },
    { on: 'pod:teastore-persistence#1', reason: 'Started', message: 'Started container teastore-persistence', fieldPath: 'spec.containers{teastore-persistence}', first: -26.9 },
    { on: 'pod:teastore-persistence#2', reason: 'Started', message: 'Started container teastore-persistence', fieldPath: 'spec.containers{teastore-persistence}', first: -26.8 },
    { on: 'pod:teastore-persistence#3', reason: 'Started', message: 'Started container teastore-persistence', fieldPath: 'spec.containers{teastore-persistence}', first: -26.8 },
  ],
  logs: {
    'teastore-db#0/teastore-db': [
      `${T.java(-60 * 24 * 9 + 0.3).slice(0, 19)} 0 [Note] mysqld (mysqld 10.4.12-MariaDB-1:10.4.12+maria~bionic) starting as process 1 ...`,
      `${T.java(-60 * 24 * 9 + 0.4).slice(0, 19)} 0 [Note] mysqld: ready for connections.`,
      "Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
      `${T.java(-22).slice(0, 19)} 4811 [Warning] Aborted connection 4811 to db: 'teadb' user: 'teauser' host: '10.244.2.41' (Got an error reading communication packets)`,
    ],
    'teastore-persistence#0/teastore-persistence': [
      tc(T, -40, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.registryclient.Registry.register', 'Registered teastore-persistence:8080 in registry'),
      ...tooMany(-21.3, 'http-nio-8080-exec-41'),
      ...tooMany(-14.8, 'http-nio-8080-exec-17'),
      ...tooMany(-6.2, 'http-nio-8080-exec-52'),
      ...tooMany(-1.4, 'http-nio-8080-exec-9'),
    ],
    'teastore-persistence#2/teastore-persistence': [
      tc(T, -26.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9820] milliseconds'),
      ...tooMany(-18.9, 'http-nio-8080-exec-12'),
      ...tooMany(-4.0, 'http-nio-8080-exec-33'),
    ],
    'teastore-webui#0/teastore-webui': [
      tc(T, -30, 'INFO', 'http-nio-8080-exec-8', 'tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest', 'GET /category?category=2&page=1 200'),
      tc(T, -21.3, 'SEVERE', 'http-nio-8080-exec-19', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
      '\tjavax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
      '\t\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)',
      '\t\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:28)',
      '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.getProducts(LoadBalancedStoreOperations.java:145)',
      '\t\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:71)',
      tc(T, -14.8, 'SEVERE', 'http-nio-8080-exec-4', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
      '\tjavax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
      '\t\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)',
      '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.getProducts(LoadBalancedStoreOperations.java:145)',
      tc(T, -9, 'INFO', 'http-nio-8080-exec-2', 'tools.descartes.teastore.webui.servlet.IndexServlet.handleGETRequest', 'GET / 200'),
      tc(T, -4.0, 'SEVERE', 'http-nio-8080-exec-27', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
      '\tjavax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
      '\t\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)',
      '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:201)',
    ],
    'teastore-auth#0/teastore-auth': [
      tc(T, -4.0, 'WARNING', 'http-nio-8080-exec-6', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest.login', 'Persistence returned 500 for GET http://teastore-persistence:8080/tools.descartes.teastore.persistence/rest/users/name/user2'),
    ],
  },
};

export const scenarios = [s1];
