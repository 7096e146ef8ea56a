// Batch s91a (blind dev): one TeaStore scenario on the kit system scripts/kit-systems/teastore.mjs.
// persistence restarted onto a shared ConfigMap whose DB_PORT is 3360: Tomcat starts, every JPA call is refused; webui louder.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

const IT = '2026-06-02T13:18:00Z';
const T = clock(IT);

// The platform team moved persistence's DB_HOST/DB_PORT into the teastore-db-conn ConfigMap weeks ago (configMapKeyRef);
// both revisions have the same env, so the new ReplicaSet differs only by the restartedAt annotation.
const dbEnv = [
  { name: 'HOST_NAME', value: 'teastore-persistence' },
  { name: 'REGISTRY_HOST', value: 'teastore-registry' },
  { name: 'DB_HOST', valueFrom: { configMapKeyRef: { name: 'teastore-db-conn', key: 'DB_HOST' } } },
  { name: 'DB_PORT', valueFrom: { configMapKeyRef: { name: 'teastore-db-conn', key: 'DB_PORT' } } },
];
export const system = {
  ...base,
  workloads: base.workloads.map((w) => (w.name === 'teastore-persistence' ? { ...w, containers: [{ ...w.containers[0], env: dbEnv }] } : w)),
};

const cat = (min, level, logger, msg) => `${T.java(min).replace(/-/g, '-').slice(8, 10)}-${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'][Number(T.java(min).slice(5, 7)) - 1]}-${T.java(min).slice(0, 4)} ${T.java(min).slice(11)} ${level} [${logger.thread}] ${logger.cls} ${msg}`;
const main = { thread: 'main', cls: 'org.apache.catalina.startup.Catalina.start' };
const refused = 'java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3360)(type=master) : Socket fail to connect to host:teastore-db, port:3360. Connection refused (Connection refused)';
const persistence = [
  cat(-12.6, 'INFO', { thread: 'main', cls: 'org.apache.catalina.startup.VersionLoggerListener.log' }, 'Server version name:   Apache Tomcat/8.5.24'),
  cat(-12.6, 'INFO', { thread: 'main', cls: 'org.apache.catalina.startup.HostConfig.deployWAR' }, 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war]'),
  cat(-12.2, 'INFO', { thread: 'localhost-startStop-1', cls: 'org.apache.catalina.startup.HostConfig.deployWAR' }, 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war] has finished in [21,884] ms'),
  cat(-12.05, 'INFO', main, 'Server startup in 22107 ms'),
];
for (let i = 0; i < 7; i++) {
  const m = -11.6 + i * 1.6;
  persistence.push(`[EL Info]: ${T.java(m).replace(' ', '--').replace('.', '.').slice(0, 23).replace('--', '--ServerSession(1189084139)--')} EclipseLink, version: Eclipse Persistence Services - 2.7.1.v20171221-bd47e8f`.slice(0, 0) || `[EL Severe]: ejb: ${T.java(m)}--ServerSession(1189084139)--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.1.v20171221-bd47e8f): org.eclipse.persistence.exceptions.DatabaseException`,
    `Internal Exception: ${refused}`,
    'Error Code: -1',
    `${cat(m + 0.01, 'SEVERE', { thread: `http-nio-8080-exec-${i + 1}`, cls: 'org.apache.catalina.core.StandardWrapperValve.invoke' }, 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception [javax.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.1.v20171221-bd47e8f): org.eclipse.persistence.exceptions.DatabaseException')}`,
    `Internal Exception: ${refused}`,
    'Error Code: -1] with root cause',
    refused,
    '\tat org.mariadb.jdbc.internal.util.exceptions.ExceptionMapper.get(ExceptionMapper.java:175)',
    '\tat org.mariadb.jdbc.internal.util.exceptions.ExceptionMapper.getException(ExceptionMapper.java:110)',
    '\tat org.mariadb.jdbc.MariaDbConnection.newConnection(MariaDbConnection.java:148)',
    '\tat org.mariadb.jdbc.Driver.connect(Driver.java:86)',
    '\tat org.eclipse.persistence.sessions.DefaultConnector.connect(DefaultConnector.java:99)');
}
const webui = [];
for (let i = 0; i < 9; i++) {
  const m = -11.5 + i * 1.3;
  webui.push(cat(m, 'SEVERE', { thread: `http-nio-8080-exec-${(i % 10) + 1}`, cls: 'org.apache.catalina.core.StandardWrapperValve.invoke' }, `Servlet.service() for servlet [${['CategoryServlet', 'ProductServlet', 'IndexServlet'][i % 3]}] in context with path [/tools.descartes.teastore.webui] threw exception [javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error] with root cause`),
    'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
    '\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)',
    '\tat org.glassfish.jersey.client.JerseyInvocation.translate(JerseyInvocation.java:894)',
    '\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:32)',
    '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:151)');
}
const auth = [];
for (let i = 0; i < 4; i++) {
  auth.push(cat(-11.2 + i * 2.7, 'SEVERE', { thread: `http-nio-8080-exec-${i + 2}`, cls: 'org.apache.catalina.core.StandardWrapperValve.invoke' }, 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception [javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error] with root cause'),
    'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
    '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.isLoggedIn(LoadBalancedStoreOperations.java:112)');
}
const db = [
  `${T.java(-60 * 24 * 9).slice(0, 19)} 0 [Note] mysqld (mysqld 10.4.12-MariaDB-1:10.4.12+maria~bionic) starting as process 1 ...`,
  `${T.java(-60 * 24 * 9 + 0.1).slice(0, 19)} 0 [Note] mysqld: ready for connections.`,
  "Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
  `${T.java(-60 * 24 * 2).slice(0, 19)} 14 [Warning] Aborted connection 14 to db: 'teadb' user: 'teauser' host: '10.244.2.31' (Got an error reading communication packets)`,
];

export const scenarios = [
  {
    folder: 's91a-persistence-db-port-typo-shared-configmap',
    incidentTime: IT,
    description: 'teastore shop pages all 500 after the 13:05 restart of persistance. db pod is up and looks fine',
    expected: { component: 'persistence', cause: 'config-error' },
    alsoAcceptable: [{ component: 'persistence', cause: 'network-fault' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'typo', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 as the kit system:
      teastore-persistence reads DB_HOST/DB_PORT (teastore-db:3306) and reaches MariaDB through EclipseLink and the MariaDB
      Connector/J; webui and auth reach persistence through the registry client's load-balanced REST calls. No probes.
      Fault: the DB_HOST/DB_PORT env moved into a shared ConfigMap teastore-db-conn (configMapKeyRef) whose DB_PORT was
      edited to 3360 (a transposition of 3306) with other keys; the running pod keeps the old env until the 13:05
      "kubectl rollout restart", after which Tomcat deploys the WAR without touching the database (EclipseLink connects
      lazily) and every JPA call fails with EclipseLink-4002 "Could not connect to address=(host=teastore-db)(port=3360)
      ... Connection refused". The new pod is Running and Ready (no probes); webui and auth log Jersey 500s louder than
      persistence. The old and new ReplicaSets differ only by the kubectl.kubernetes.io/restartedAt annotation (the env
      reads the ConfigMap by reference). The shape follows the well-known failure mode of environment variables from
      ConfigMaps being read only at container start (kubernetes docs, "ConfigMaps consumed as environment variables are
      not updated automatically").
      Decoy: teastore-db's aborted-connection warning from two days ago; teastore-db itself is healthy and unchanged.
      Deviations from upstream: the ConfigMap and configMapKeyRef are invented (upstream has literal env values); logs
      shortened.`,
    configMaps: [{ name: 'teastore-db-conn', keys: ['DB_HOST', 'DB_PORT', 'DB_USER'] }, { name: 'kube-root-ca.crt', keys: ['ca.crt'] }],
    workloads: {
      'teastore-persistence': {
        rollout: { at: -13, revision: 4, oldPatch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-60 * 24 * 20) } } },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-13) } },
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: -13, last: -13 },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: -12.4, last: -12.4 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-persistence"', fieldPath: 'spec.containers{teastore-persistence}', first: -12.9, last: -12.9 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 1.108s (1.108s including waiting). Image size: 221390411 bytes.', fieldPath: 'spec.containers{teastore-persistence}', first: -12.9, last: -12.9 },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', fieldPath: 'spec.containers{teastore-persistence}', first: -12.8, last: -12.8 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': persistence,
      'teastore-webui#0/teastore-webui': webui,
      'teastore-auth#0/teastore-auth': auth,
      'teastore-db#0/teastore-db': db,
      'teastore-registry#0/teastore-registry': [
        cat(-12.1, 'INFO', { thread: 'http-nio-8080-exec-4', cls: 'tools.descartes.teastore.registry.rest.Registry.register' }, 'Registered persistence: teastore-persistence:8080').replace(/ \[[^\]]*\] [^ ]* /, ' [http-nio-8080-exec-4] tools.descartes.teastore.registry.rest.RegistryREST.register '),
        cat(-11.5, 'INFO', { thread: 'http-nio-8080-exec-5', cls: 'tools.descartes.teastore.registry.rest.RegistryREST.unregister' }, 'Unregistered persistence: teastore-persistence:8080 (heartbeat timed out for the old instance)'),
      ],
    },
  },
];
