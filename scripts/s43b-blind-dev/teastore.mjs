// Batch s43b (blind dev): one TeaStore incident on the kit system scripts/kit-systems/teastore.mjs.
// A new persistence build expects a schema column the teastore-db image does not have: product queries fail, every pod stays Ready.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const T = clock('2026-08-18T09:30:00Z');
const NEW_IMG = 'harbor.tea.internal/teastore/teastore-persistence:1.5.0-rc.2';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] logger.method message
const tc = (min, lvl, thread, where, msg) => {
  const s = T.java(min); // YYYY-MM-DD HH:mm:ss.SSS
  return `${s.slice(8, 10)}-${MON[Number(s.slice(5, 7)) - 1]}-${s.slice(0, 4)} ${s.slice(11)} ${lvl} [${thread}] ${where} ${msg}`;
};
const SQL = 'SELECT ID, DESCRIPTION, DISCOUNTPRICEINCENTS, LISTPRICEINCENTS, NAME, CATEGORY_ID FROM PERSISTENCEPRODUCT WHERE (CATEGORY_ID = ?) LIMIT ?, ?';
const eclipse = (conn, cat) => [
  'Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.12.v20230209-e5c4074ef3): org.eclipse.persistence.exceptions.DatabaseException',
  `Internal Exception: java.sql.SQLSyntaxErrorException: (conn=${conn}) Unknown column 'DISCOUNTPRICEINCENTS' in 'field list'`,
  'Error Code: 1054',
  `Call: ${SQL}`,
  `\tbind => [${cat}, 0, 20]`,
  'Query: ReadAllQuery(referenceClass=PersistenceProduct sql="SELECT ID, DESCRIPTION, DISCOUNTPRICEINCENTS, LISTPRICEINCENTS, NAME, CATEGORY_ID FROM PERSISTENCEPRODUCT WHERE (CATEGORY_ID = ?) LIMIT ?, ?")',
  '\tat org.eclipse.persistence.exceptions.DatabaseException.sqlException(DatabaseException.java:341)',
  '\tat org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor.basicExecuteCall(DatabaseAccessor.java:908)',
  '\tat org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor.executeCall(DatabaseAccessor.java:970)',
  '\tat org.eclipse.persistence.internal.jpa.QueryImpl.getResultList(QueryImpl.java:486)',
  '\tat tools.descartes.teastore.persistence.domain.ProductRepository.getAllEntities(ProductRepository.java:95)',
  '\tat tools.descartes.teastore.persistence.rest.ProductEndpoint.listAllForCategory(ProductEndpoint.java:121)',
  '\tat sun.reflect.GeneratedMethodAccessor61.invoke(Unknown Source)',
  '\tat org.glassfish.jersey.server.model.internal.ResourceMethodInvocationHandlerFactory.lambda$static$0(ResourceMethodInvocationHandlerFactory.java:52)',
  '\tat org.glassfish.jersey.server.ServerRuntime$1.run(ServerRuntime.java:255)',
  '\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)',
  '\tat java.lang.Thread.run(Thread.java:750)',
  `Caused by: java.sql.SQLSyntaxErrorException: (conn=${conn}) Unknown column 'DISCOUNTPRICEINCENTS' in 'field list'`,
  '\tat org.mariadb.jdbc.internal.util.exceptions.ExceptionFactory.createException(ExceptionFactory.java:62)',
  '\tat org.mariadb.jdbc.internal.util.exceptions.ExceptionFactory.create(ExceptionFactory.java:153)',
  '\tat org.mariadb.jdbc.MariaDbStatement.executeExceptionEpilogue(MariaDbStatement.java:274)',
  '\tat org.mariadb.jdbc.ClientSidePreparedStatement.executeInternal(ClientSidePreparedStatement.java:229)',
  '\tat org.mariadb.jdbc.ClientSidePreparedStatement.executeQuery(ClientSidePreparedStatement.java:173)',
  '\tat org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor.executeSelect(DatabaseAccessor.java:1016)',
  '\t... 52 more',
];
const MINS = [-22.1, -20.6, -18.2, -16.9, -14.4, -12.8, -10.1, -8.7, -6.3, -4.9, -2.8, -1.1];
const persistenceLog = [
  tc(-23.3, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.100'),
  tc(-23.3, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           1.8.0_422-b05'),
  tc(-23.2, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(-23.2, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war]'),
  tc(-22.9, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war] has finished in [17,604] ms'),
  tc(-22.9, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(-22.9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 18062 ms'),
  ...MINS.flatMap((m, i) => [
    tc(m, 'SEVERE', `http-nio-8080-exec-${(i % 10) + 1}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-servlet] in context with path [/tools.descartes.teastore.persistence] threw exception [org.glassfish.jersey.server.ContainerException: javax.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.12.v20230209-e5c4074ef3): org.eclipse.persistence.exceptions.DatabaseException] with root cause'),
    ...eclipse(4120 + i * 3, 2 + (i % 5)),
  ]),
];
const webuiLog = MINS.filter((_, i) => i % 2 === 0).flatMap((m, i) => [
  tc(m + 0.01, 'SEVERE', `http-nio-8080-exec-${i + 3}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
  'java.lang.NullPointerException',
  '\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:79)',
  '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:184)',
  '\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:655)',
  '\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:764)',
  '\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:227)',
  '\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)',
  '\tat java.lang.Thread.run(Thread.java:750)',
]);

export const scenarios = [
  {
    folder: 's43b-persistence-rc-schema-mismatch',
    incidentTime: '2026-08-18T09:30:00Z',
    description: 'tea store category/product pages give HTTP 500 since about 9:10, home page and login still load',
    expected: { component: 'persistence', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['rollout-regression', 'pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      teastore-clusterip.yaml (5ab1188): teastore-persistence (Tomcat, EclipseLink JPA over MariaDB Connector/J to teastore-db:3306
      via DB_HOST/DB_PORT), no probes and no resources, so a pod is Ready as soon as the JVM runs; webui and auth reach persistence
      through the registry. teastore-db is the prebuilt MariaDB image with the upstream schema (PERSISTENCEPRODUCT has no discount
      column). Incident: at 09:06 persistence is rolled from the public image to an internal release candidate whose
      PersistenceProduct entity maps a new DISCOUNTPRICEINCENTS column; no migration ran against teastore-db. Tomcat starts, the
      service registers, every product-list query fails with EclipseLink-4002 / MariaDB "Unknown column ... in 'field list'"
      (error 1054), persistence answers 500 and webui's CategoryServlet throws on the missing entity; category and product pages
      fail while home (categories) and login (users) still work. Every pod is Ready, nothing restarts, teastore-db logs nothing.
      Tomcat OneLineFormatter lines and EclipseLink/MariaDB error texts as those libraries print them. Decoys: a healthy recommender
      rollout the day before and an old registry restart. Deviation from upstream: the internal image tag.`,
    workloads: {
      'teastore-persistence': {
        containers: { 'teastore-persistence': { image: NEW_IMG } },
        rollout: { at: -24.2, revision: 7, oldContainers: { 'teastore-persistence': { image: 'descartesresearch/teastore-persistence' } } },
        pods: [{ node: 'tea-worker-2' }],
      },
      'teastore-recommender': {
        containers: { 'teastore-recommender': { env: [{ name: 'HOST_NAME', value: 'teastore-recommender' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }, { name: 'RECOMMENDER_ALGORITHM', value: 'SlopeOne' }] } },
        rollout: { at: -60 * 20, revision: 3 },
      },
      'teastore-registry': {
        pods: [{ containers: { 'teastore-registry': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 20), finishedAt: T.iso(-60 * 24 * 4 - 0.3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: -24.2 },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: -23.6 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-persistence}', message: `Pulling image "${NEW_IMG}"`, first: -24.1 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-persistence}', message: `Successfully pulled image "${NEW_IMG}" in 6.412s (6.412s including waiting). Image size: 318224561 bytes.`, first: -23.9 },
      { on: 'pod:teastore-persistence#0', reason: 'Started', fieldPath: 'spec.containers{teastore-persistence}', message: 'Started container teastore-persistence', first: -23.8 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': persistenceLog,
      'teastore-webui#0/teastore-webui': webuiLog,
    },
  },
];
