// Blind dev batch s83b, TeaStore: one dependency-down scenario (persistence stuck in its database-regeneration
// maintenance mode while Ready; the webui and auth are the loud ones). Built by scripts/s83b-build.mjs with the scenario kit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const INC = '2026-05-12T09:40:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat 9 OneLineFormatter, as catalina prints to stdout: "12-May-2026 09:02:11.123 INFO [thread] class.method msg"
const tc = (min, lvl, thread, where, msg) => {
  const j = T.java(min); const [d, t] = j.split(' '); const [Y, M, D] = d.split('-');
  return `${D}-${MON[Number(M) - 1]}-${Y} ${t} ${lvl} [${thread}] ${where} ${msg}`;
};
const startup = (min, ms) => [
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/9.0.87'),
  tc(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.2, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.2, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${ms}] milliseconds`),
];
const webErr = (min, n, path) => [
  tc(min, 'SEVERE', `http-nio-8080-exec-${n}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${path}] in context with path [/tools.descartes.teastore.webui] threw exception`),
  'jakarta.ws.rs.ServiceUnavailableException: HTTP 503 Service Unavailable',
  '\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:44)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:131)',
  `\tat tools.descartes.teastore.webui.servlet.${path}.handleGETRequest(${path}.java:61)`,
  '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:211)',
];
const webui = [
  ...startup(-60 * 24 * 9, 5873),
  tc(-60 * 24 * 9 + 0.5, 'INFO', 'main', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered teastore-webui at teastore-registry:8080'),
  tc(-180, 'WARNING', 'http-nio-8080-exec-4', 'tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest', 'Login failed for user "user62"'),
];
let n = 1;
for (let m = -37.5; m < -0.3; m += 2.7) webui.push(...webErr(m, (n++ % 20) + 1, ['CategoryServlet', 'IndexServlet', 'ProductServlet', 'CartServlet'][n % 4]));
webui.push(tc(-0.6, 'WARNING', 'http-nio-8080-exec-7', 'tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest', 'Login failed for user "user14": persistence returned 503'));
const persistence = [
  ...startup(-60 * 24 * 9, 7120),
  tc(-60 * 24 * 9 + 0.4, 'INFO', 'main', 'tools.descartes.teastore.persistence.repository.EMFManager.configureEMFWithEnvironmentVariables', 'Using database teastore-db:3306'),
  tc(-60 * 24 * 9 + 0.6, 'INFO', 'main', 'tools.descartes.teastore.persistence.daemons.InitialDataGenerationDaemon.run', 'Database already populated, skipping data generation.'),
  tc(-38.2, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.persistence.rest.DatabaseGenerationEndpoint.generateDataBase', 'Database generation requested: categories=25, products=20000, users=200000, maxorders=30'),
  tc(-38.2, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.persistence.repository.DataGenerator.dropAndCreateTables', 'Entering maintenance mode; dropping tables'),
  tc(-37.9, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.persistence.repository.DataGenerator.generateCategories', 'Generated 25 categories'),
  tc(-31.4, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.persistence.repository.DataGenerator.generateProducts', 'Generated 500000 products'),
  tc(-12.8, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.persistence.repository.DataGenerator.generateUsers', 'Generated 200000 users'),
  tc(-2.1, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.persistence.repository.DataGenerator.generateOrders', 'Generated orders for 14000 of 200000 users'),
];
const auth = [
  ...startup(-60 * 24 * 9, 4410),
  tc(-36.1, 'WARNING', 'http-nio-8080-exec-9', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest.login', 'Could not load user "user3" from persistence: HTTP 503 Service Unavailable'),
  tc(-20.4, 'WARNING', 'http-nio-8080-exec-2', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest.login', 'Could not load user "user88" from persistence: HTTP 503 Service Unavailable'),
  tc(-4.9, 'WARNING', 'http-nio-8080-exec-5', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest.login', 'Could not load user "user14" from persistence: HTTP 503 Service Unavailable'),
];
const recommender = [
  ...startup(-60 * 24 * 9, 4980),
  tc(-36, 'INFO', 'Thread-4', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Persistence in maintenance mode; training postponed'),
  tc(-6, 'INFO', 'Thread-4', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Persistence in maintenance mode; training postponed'),
];
const dbLog = [
  '2026-05-08  6:12:03 0 [Note] mariadbd: ready for connections.',
  "Version: '10.11.7-MariaDB-1:10.11.7+maria~ubu2204'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
  `${T.java(-38.1).slice(0, 10)} ${T.java(-38.1).slice(11, 19)} 41 [Warning] Aborted connection 41 to db: 'teadb' user: 'teauser' host: '%IPOF:teastore-persistence#0%' (Got an error reading communication packets)`,
];

export const scenarios = [
  {
    folder: 's83b-persistence-regenerating-db',
    incidentTime: INC,
    description: 'teastore shop pages 500 since ~9 and nobody can log in. registry + db look fine, webui logs full of 503',
    expected: { component: 'persistence', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      TeaStore (examples/kubernetes/teastore-clusterip.yaml at 5ab1188): webui, auth and recommender reach teastore-persistence
      through the registry client; persistence owns teastore-db. TeaStore's persistence service has a database (re)generation
      endpoint (DataGenerator, the "Reset database" form of the webui status page) that drops the tables and refills them,
      and while it runs persistence is in maintenance mode and answers its CRUD endpoints with 503. Here someone regenerated
      with production-sized numbers (500000 products, 200000 users) 38 minutes before the incident: persistence stays Ready
      (no probes upstream, the JVM and Tomcat are healthy), the webui's servlets and auth's login are the loud ones, the
      recommender postpones training. The database itself is busy but fine. Decoys: teastore-db restarted once (OOMKilled)
      four days ago, an old failed login in the webui. Deviations: the log texts of the TeaStore classes are reconstructed
      from the class names (the real wording may differ); the 503 exception class stands for the registry client's handling
      of a non-2xx answer. Expected cause fixed before generation: the dependency (persistence) is down for its callers.`,
    workloads: {
      'teastore-db': {
        pods: [{ containers: { 'teastore-db': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.2) } }) } }],
      },
    },
    events: [],
    logs: {
      'teastore-webui#0/teastore-webui': webui,
      'teastore-persistence#0/teastore-persistence': persistence,
      'teastore-auth#0/teastore-auth': auth,
      'teastore-recommender#0/teastore-recommender': recommender,
      'teastore-db#0/teastore-db': dbLog,
      'teastore-registry#0/teastore-registry': startup(-60 * 24 * 9, 3904),
    },
  },
];
