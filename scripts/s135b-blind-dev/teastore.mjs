// Batch s135b (blind dev): TeaStore scenarios on the kit system scripts/kit-systems/teastore.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const tl = (T, min, level, cls, thread, msg) => `${T.java(min).replace(' ', 'T').slice(0, 19)} ${level} [${thread}] ${cls} - ${msg}`;
const catalina = (T, min, level, src, msg) => {
  const d = new Date(Date.parse(T.iso(0)) + min * 60000);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')} ${level} [${src}] ${msg}`;
};

// 1. teastore-db: a FLUSH TABLES WITH READ LOCK from a hung backup holds the global read lock; writes queue forever.
const T1 = clock('2026-05-12T09:42:00Z');
const s1 = {
  folder: 's135b-teastore-db-global-read-lock',
  incidentTime: '2026-05-12T09:42:00Z',
  description: 'teastore checkout spinning forever / 500 after ~1 min since about 9:15, login and browsing still fine. persistance pods all green',
  expected: { component: 'teastore-db', cause: 'dependency-down' },
  alsoAcceptable: [{ component: 'teastore-db', cause: 'resource-exhaustion' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'time-expression', 'typo', 'decoy'],
  grounding: `TeaStore manifest (teastore-clusterip.yaml): persistence reaches MariaDB through DB_HOST=teastore-db, DB_PORT=3306;
    the webui places orders through persistence. The fault follows the MariaDB/MySQL documented behaviour of FLUSH TABLES WITH
    READ LOCK (used by mysqldump --lock-all-tables and by backup tools): while the session that took it stays open, every
    INSERT/UPDATE waits in state "Waiting for global read lock" while SELECTs keep working. A nightly-style backup job run by hand
    at 09:14 hung after taking the lock (its client stays connected), so order inserts from persistence block until
    the webui's request times out; reads (catalogue, login) keep working. teastore-db's pod stays Running and Ready (upstream sets no
    probes) and its own log shows only the backup user's connection warnings. Decoy: a teastore-image restart 3 days ago (exit 137
    from an old OOM kill, long healed). Deviation from upstream: the backup job is outside the manifest (an operator's ad-hoc job,
    not modelled as a pod); the mysqld log lines are what MariaDB writes with log_warnings=2 for aborted/long connections.`,
  workloads: {
    'teastore-image': {
      pods: [{ containers: { 'teastore-image': { state: { running: { startedAt: T1.iso(-60 * 24 * 3) } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3 - 0.2), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
    },
  },
  events: [],
  logs: {
    'teastore-db#0/teastore-db': [
      `${T1.go(-60 * 24 * 9).replace(/\//g, '-').slice(2)} 0 [Note] mysqld: ready for connections.`,
      `Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
      `${T1.go(-28).replace(/\//g, '-').slice(2)} 1848 [Warning] Access denied for user 'root'@'10.244.2.77' (using password: NO)`,
      `${T1.go(-27).replace(/\//g, '-').slice(2)} 1849 [Note] Start binlog_dump to slave_server(0), pos(, 4)`.replace('Start binlog_dump to slave_server(0), pos(, 4)', "Event Scheduler: Loaded 0 events"),
      `${T1.go(-4).replace(/\//g, '-').slice(2)} 1923 [Warning] Aborted connection 1923 to db: 'teadb' user: 'teacher' host: '%IPOF:teastore-persistence#0%' (Got timeout reading communication packets)`,
      `${T1.go(-2).replace(/\//g, '-').slice(2)} 1931 [Warning] Aborted connection 1931 to db: 'teadb' user: 'teacher' host: '%IPOF:teastore-persistence#0%' (Got timeout reading communication packets)`,
    ],
    'teastore-persistence#0/teastore-persistence': [
      catalina(T1, -60 * 24 * 9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in [18342] milliseconds'),
      catalina(T1, -31, 'INFO', 'http-nio-8080-exec-4', 'tools.descartes.teastore.persistence.rest.OrderEndpoint Order 88412 created for user 17'),
      catalina(T1, -26, 'WARNING', 'http-nio-8080-exec-9', 'org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence.transaction Slow transaction: INSERT INTO PERSISTENCEORDER (ADDRESS1, ADDRESS2, ADDRESSNAME, CREDITCARDCOMPANY, CREDITCARDEXPIRYDATE, CREDITCARDNUMBER, TIME, TOTALPRICECENTS, USER_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) still waiting after 60000 ms'),
      catalina(T1, -22, 'SEVERE', 'http-nio-8080-exec-2', [
        'tools.descartes.teastore.persistence.rest.OrderEndpoint Error creating order',
        'javax.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException',
        'Internal Exception: java.sql.SQLTimeoutException: (conn=1911) Query execution was interrupted (max_statement_time exceeded)',
        'Error Code: 1969',
        'Call: INSERT INTO PERSISTENCEORDER (ADDRESS1, ADDRESS2, ADDRESSNAME, CREDITCARDCOMPANY, CREDITCARDEXPIRYDATE, CREDITCARDNUMBER, TIME, TOTALPRICECENTS, USER_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        '\tat org.eclipse.persistence.internal.jpa.EntityManagerImpl.flush(EntityManagerImpl.java:882)',
        '\tat tools.descartes.teastore.persistence.repository.PersistenceOrderRepository.createEntity(PersistenceOrderRepository.java:61)',
        '\tat tools.descartes.teastore.persistence.rest.OrderEndpoint.createOrder(OrderEndpoint.java:55)',
        'Caused by: java.sql.SQLTimeoutException: (conn=1911) Query execution was interrupted (max_statement_time exceeded)',
        '\tat org.mariadb.jdbc.internal.util.exceptions.ExceptionMapper.get(ExceptionMapper.java:240)',
        '\tat org.mariadb.jdbc.MariaDbStatement.executeExceptionEpilogue(MariaDbStatement.java:274)',
        '\t... 41 more',
      ].join('\n')),
      catalina(T1, -9, 'INFO', 'http-nio-8080-exec-7', 'tools.descartes.teastore.persistence.rest.CategoryEndpoint GET /categories 200 (6 ms)'),
      catalina(T1, -6, 'SEVERE', 'http-nio-8080-exec-5', [
        'tools.descartes.teastore.persistence.rest.OrderEndpoint Error creating order',
        'javax.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException',
        'Internal Exception: java.sql.SQLTransientConnectionException: (conn=1923) Lock wait timeout exceeded; try restarting transaction',
        'Error Code: 1205',
        '\tat org.eclipse.persistence.internal.jpa.EntityManagerImpl.flush(EntityManagerImpl.java:882)',
        '\tat tools.descartes.teastore.persistence.rest.OrderEndpoint.createOrder(OrderEndpoint.java:55)',
      ].join('\n')),
      catalina(T1, -3, 'INFO', 'http-nio-8080-exec-1', 'tools.descartes.teastore.persistence.rest.ProductEndpoint GET /products?category=2&start=0&max=20 200 (9 ms)'),
    ],
    'teastore-webui#0/teastore-webui': [
      catalina(T1, -60 * 24 * 9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in [21877] milliseconds'),
      catalina(T1, -24, 'SEVERE', 'http-nio-8080-exec-12', [
        'org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [OrderServlet] in context with path [/tools.descartes.teastore.webui] threw exception',
        'javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
        '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)',
        '\tat tools.descartes.teastore.registryclient.rest.RestUtil.throwCommonExceptions(RestUtil.java:40)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.placeOrder(LoadBalancedStoreOperations.java:92)',
        '\tat tools.descartes.teastore.webui.servlet.OrderServlet.handlePOSTRequest(OrderServlet.java:78)',
      ].join('\n')),
      catalina(T1, -12, 'WARNING', 'http-nio-8080-exec-3', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer teastore-persistence:8080 answered 500 Internal Server Error for POST /tools.descartes.teastore.persistence/rest/orders'),
      catalina(T1, -5, 'SEVERE', 'http-nio-8080-exec-8', 'org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [OrderServlet] threw exception javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error'),
      catalina(T1, -2, 'INFO', 'http-nio-8080-exec-6', 'tools.descartes.teastore.webui.servlet.CategoryServlet GET /category?category=3&page=1 200'),
    ],
  },
};

// 2. recommender: a JVM deadlock in the recommender's request threads; the pod stays Ready (no probes), callers time out.
const T2 = clock('2026-05-19T16:05:00Z');
const s2 = {
  folder: 's135b-teastore-recommender-deadlock',
  incidentTime: '2026-05-19T16:05:00Z',
  description: 'product pages on the tea store hang ~10s then load without the "you may also like" box, started around 15:40. webui looks busy',
  expected: { component: 'recommender', cause: 'dependency-down' },
  difficulty: 'hard',
  traits: ['pods-ready', 'callers-only', 'louder-dependents', 'time-expression', 'partial-name', 'decoy'],
  grounding: `TeaStore manifest: the webui finds the recommender through the registry (REGISTRY_HOST) and calls
    POST /tools.descartes.teastore.recommender/rest/recommend on every product page; the webui drops the recommendation box when
    the call fails (upstream ProductServlet catches the exception). The fault is a Java monitor deadlock between the recommender's
    request threads and its retraining thread (the same shape as a jstack "Found one Java-level deadlock" report); Tomcat's
    200 request threads fill up one after another, the listener keeps accepting connections, so callers see read timeouts and
    the recommender's own log stops after its last retraining line. The pod stays Running and Ready (upstream sets no probes).
    Decoy: a healthy rollout of teastore-auth an hour earlier (new image tag pinned, pods Ready). Deviation from upstream:
    images are pinned to 1.4.1 here instead of :latest for the auth rollout to show an old and a new ReplicaSet.`,
  workloads: {
    'teastore-auth': {
      rollout: { at: -70, oldContainers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.0' } } },
      containers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.1' } },
    },
  },
  events: [
    { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -70 },
    { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -69 },
  ],
  logs: {
    'teastore-recommender#0/teastore-recommender': [
      catalina(T2, -60 * 24 * 9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in [15520] milliseconds'),
      catalina(T2, -60 * 24 * 9 + 1, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer Training recommender with 9013 orders and 40412 order items'),
      catalina(T2, -60, 'INFO', 'http-nio-8080-exec-131', 'tools.descartes.teastore.recommender.rest.RecommendEndpoint POST /rest/recommend 200 (3 ms)'),
      catalina(T2, -26, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer Retraining triggered by teastore-persistence; collecting orders since 1779197100000'),
    ],
    'teastore-webui#0/teastore-webui': [
      catalina(T2, -60 * 24 * 9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in [21877] milliseconds'),
      catalina(T2, -30, 'INFO', 'http-nio-8080-exec-19', 'tools.descartes.teastore.webui.servlet.ProductServlet GET /product?id=142 200 (88 ms)'),
      catalina(T2, -24, 'WARNING', 'http-nio-8080-exec-7', [
        'tools.descartes.teastore.webui.servlet.ProductServlet Could not load recommendations for product 61',
        'javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
        '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)',
        '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:212)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedRecommenderOperations.getRecommendations(LoadBalancedRecommenderOperations.java:47)',
        '\tat tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest(ProductServlet.java:73)',
        'Caused by: java.net.SocketTimeoutException: Read timed out',
        '\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)',
      ].join('\n')),
      catalina(T2, -15, 'WARNING', 'http-nio-8080-exec-33', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer Read timed out calling teastore-recommender:8080 (%IPOF:teastore-recommender#0%) POST /tools.descartes.teastore.recommender/rest/recommend after 10000 ms'),
      catalina(T2, -8, 'WARNING', 'http-nio-8080-exec-41', 'tools.descartes.teastore.webui.servlet.ProductServlet Could not load recommendations for product 208: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out'),
      catalina(T2, -3, 'WARNING', 'http-nio-8080-exec-2', 'tools.descartes.teastore.webui.servlet.ProductServlet Could not load recommendations for product 17: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out'),
      catalina(T2, -2, 'INFO', 'http-nio-8080-exec-5', 'tools.descartes.teastore.webui.servlet.CategoryServlet GET /category?category=2&page=1 200 (41 ms)'),
    ],
    'teastore-auth#0/teastore-auth': [
      catalina(T2, -69, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in [14110] milliseconds'),
      catalina(T2, -10, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest POST /useractions/login 200'),
    ],
  },
};

void tl;
export const scenarios = [s1, s2];
