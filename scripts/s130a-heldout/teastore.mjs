// Blind held-out batch s130a: TeaStore scenario (system from scripts/kit-systems/teastore.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const T = clock('2026-07-09T19:51:00Z');
const tc = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
};
const link = 'java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-mariadb)(port=3306)(type=master) : teastore-mariadb';
const persistErr = (min, thread) => [
  `${tc(min)} WARNING [${thread}] org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence.ejb Local Exception Stack: `,
  'Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.3.v20180807-4be1041): org.eclipse.persistence.exceptions.DatabaseException',
  `Internal Exception: ${link}`,
  'Error Code: -1',
  '\tat org.eclipse.persistence.exceptions.DatabaseException.sqlException(DatabaseException.java:331)',
  '\tat org.eclipse.persistence.sessions.DefaultConnector.connect(DefaultConnector.java:138)',
  '\tat org.eclipse.persistence.sessions.DatasourceLogin.connectToDatasource(DatasourceLogin.java:172)',
  '\tat tools.descartes.teastore.persistence.repository.EMFactory.getEntityManager(EMFactory.java:64)',
  '\tat tools.descartes.teastore.persistence.rest.CategoryEndpoint.listAll(CategoryEndpoint.java:52)',
  `Caused by: ${link}`,
  '\tat org.mariadb.jdbc.internal.util.exceptions.ExceptionMapper.get(ExceptionMapper.java:234)',
  '\tat org.mariadb.jdbc.internal.protocol.AbstractConnectProtocol.connectWithoutProxy(AbstractConnectProtocol.java:1187)',
  'Caused by: java.net.UnknownHostException: teastore-mariadb',
  '\tat java.base/java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:220)',
  '\tat java.base/java.net.Socket.connect(Socket.java:609)',
];
const webuiErr = (min, thread, servlet) => [
  `${tc(min)} SEVERE [${thread}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`,
  '\tjavax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
  '\t\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)',
  '\t\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:32)',
  '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:118)',
  `\t\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:58)`,
];
const persistence = {
  folder: 's130a-webui-500-after-release',
  description: 'teastore web ui throwing 500 on every category page + login since the 19:30 release train. auth team says login is broken too?',
  incidentTime: '2026-07-09T19:51:00Z',
  expected: { component: 'persistence', cause: 'config-error' },
  alsoAcceptable: [{ component: 'persistence', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['rollout-regression', 'pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
  grounding: `
    Manifest fact: teastore-persistence reads its database address from DB_HOST/DB_PORT (teastore-clusterip.yaml,
    DB_HOST=teastore-db) and has no probes, so Tomcat stays up and the pod Ready whatever the database connection does.
    The 19:30 release re-rolled persistence with DB_HOST=teastore-mariadb, the name of a planned database Service that was
    never created; EclipseLink logs DatabaseException / SQLNonTransientConnectionException caused by UnknownHostException
    on every request, and webui and auth, which fetch categories, products and users from persistence through the
    registry client, log HTTP 500s (louder than the cause). The old ReplicaSet carries DB_HOST=teastore-db. Decoy: webui
    was also rolled in the same release train (same image, new pod) and is healthy, and recommender restarted once two
    days ago. Deviations: the new host name, times and the release train are invented.`,
  workloads: {
    'teastore-persistence': {
      rollout: { at: -21, oldContainers: { 'teastore-persistence': { env: [{ name: 'HOST_NAME', value: 'teastore-persistence' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }, { name: 'DB_HOST', value: 'teastore-db' }, { name: 'DB_PORT', value: '3306' }] } } },
      containers: { 'teastore-persistence': { env: [{ name: 'HOST_NAME', value: 'teastore-persistence' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }, { name: 'DB_HOST', value: 'teastore-mariadb' }, { name: 'DB_PORT', value: '3306' }] } },
    },
    'teastore-webui': {
      rollout: { at: -19, oldContainers: { 'teastore-webui': { env: [{ name: 'HOST_NAME', value: 'teastore-webui' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }, { name: 'JAVA_OPTS', value: '-Xmx1g' }] } } },
      containers: { 'teastore-webui': { env: [{ name: 'HOST_NAME', value: 'teastore-webui' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }, { name: 'JAVA_OPTS', value: '-Xmx1536m' }] } },
    },
    'teastore-recommender': { pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.2) } }) } }] },
  },
  events: [
    { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: -21 },
    { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: -20.4 },
    { on: 'pod:teastore-persistence#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-persistence}', message: 'Pulling image "descartesresearch/teastore-persistence"', first: -20.9 },
    { on: 'pod:teastore-persistence#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-persistence}', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 1.204s (1.204s including waiting). Image size: 301274855 bytes.', first: -20.8 },
    { on: 'pod:teastore-persistence#0', reason: 'Started', fieldPath: 'spec.containers{teastore-persistence}', message: 'Started container teastore-persistence', first: -20.7 },
    { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -19 },
    { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: -18.4 },
  ],
  logs: {
    'teastore-persistence#0/teastore-persistence': [
      `${tc(-20.6)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/8.5.43`,
      `${tc(-20.5)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war]`,
      `${tc(-19.9)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 36120 ms`,
      ...persistErr(-19.2, 'http-nio-8080-exec-2'),
      ...persistErr(-11.7, 'http-nio-8080-exec-6'),
      ...persistErr(-1.3, 'http-nio-8080-exec-9'),
    ],
    'teastore-webui#0/teastore-webui': [
      `${tc(-18.3)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 21934 ms`,
      ...webuiErr(-17.5, 'http-nio-8080-exec-1', 'CategoryServlet'),
      ...webuiErr(-9.2, 'http-nio-8080-exec-4', 'IndexServlet'),
      ...webuiErr(-0.8, 'http-nio-8080-exec-7', 'CategoryServlet'),
    ],
    'teastore-auth#0/teastore-auth': [
      `${tc(-12.4)} SEVERE [http-nio-8080-exec-3] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception [javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error] with root cause`,
      '\tjavax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
      '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntityWithProperty(LoadBalancedCRUDOperations.java:176)',
      '\t\tat tools.descartes.teastore.auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:164)',
    ],
    'teastore-db#0/teastore-db': [
      '2026-07-01 03:12:44 0 [Note] mysqld: ready for connections.',
      "Version: '10.4.13-MariaDB-1:10.4.13+maria~focal'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
      '2026-07-09 19:29:51 412 [Warning] Aborted connection 412 to db: \'teastore\' user: \'teauser\' host: \'10.244.2.31\' (Got an error reading communication packets)',
    ],
  },
};

export const scenarios = [persistence];
