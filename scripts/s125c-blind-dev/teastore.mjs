// Blind batch s125c: TeaStore scenarios (system from scripts/kit-systems/teastore.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const ns = 'teastore';

// --- 1. teastore-db crash loop: the re-pulled :latest image's init SQL fails -----------------------------------
const T1 = clock('2026-04-07T09:42:00Z');
const dbCrash = {
  folder: 's125c-teastore-db-initsql-crashloop',
  description: 'teastore shop down since ~9:25, every page 500s after the node patching window. persistance pods look fine??',
  incidentTime: '2026-04-07T09:42:00Z',
  expected: { component: 'teastore-db', cause: 'crash-loop' },
  alsoAcceptable: [{ component: 'teastore-db', cause: 'dependency-down' }],
  difficulty: 'medium',
  traits: ['louder-dependents', 'typo', 'time-expression', 'decoy'],
  grounding: `TeaStore's upstream manifest (teastore-clusterip.yaml) runs descartesresearch/teastore-db with no tag (pull
    Always) and no volume: the schema and data are created by the image's init scripts each time the container starts.
    The fault follows the common ":latest re-pushed" failure: after tea-worker-2 was drained for kernel patching the db
    pod was recreated on tea-worker-3, pulled a newer image whose init SQL fails (ERROR 1064 in the entrypoint's
    docker-entrypoint-initdb.d stage), and the MariaDB entrypoint exits 1 on every start -> CrashLoopBackOff. The
    Service keeps no endpoints; persistence (Tomcat, always Ready because upstream sets no probes) logs EclipseLink /
    JDBC CommunicationsException and webui, auth and recommender log 500s from persistence. Deviations: the re-pushed
    image and the failing script name/line are invented; the node drain is only visible through the db pod's age and
    events; an old OOM kill of recommender (3 days ago) is a decoy.`,
  workloads: {
    'teastore-db': {
      pods: [{
        node: 'tea-worker-3', created: T1.iso(-17.5),
        containers: { 'teastore-db': cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T1.iso(-3.2), finishedAt: T1.iso(-3.0), container: 'teastore-db' }) },
      }],
      unavailableSince: -17.5,
    },
    'teastore-recommender': {
      pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3 - 0.1) } }) } }],
    },
  },
  events: [
    { on: 'pod:teastore-db#0', reason: 'Scheduled', message: `Successfully assigned ${ns}/%POD% to tea-worker-3`, source: 'default-scheduler', first: -17.5 },
    { on: 'pod:teastore-db#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-db"', first: -17.4, last: -3.3, count: 8, fieldPath: 'spec.containers{teastore-db}' },
    { on: 'pod:teastore-db#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-db" in 1.182s (1.182s including waiting). Image size: 131842011 bytes.', first: -17.2, last: -3.25, count: 8, fieldPath: 'spec.containers{teastore-db}' },
    { on: 'pod:teastore-db#0', reason: 'Created', message: 'Created container teastore-db', first: -17.2, last: -3.2, count: 8, fieldPath: 'spec.containers{teastore-db}' },
    { on: 'pod:teastore-db#0', reason: 'Started', message: 'Started container teastore-db', first: -17.1, last: -3.2, count: 8, fieldPath: 'spec.containers{teastore-db}' },
    { on: 'pod:teastore-db#0', reason: 'BackOff', message: 'Back-off restarting failed container teastore-db in pod %POD%_teastore(%PODUID%)', type: 'Warning', first: -16.5, last: -0.4, count: 71, fieldPath: 'spec.containers{teastore-db}' },
    { on: 'rs:teastore-db', reason: 'SuccessfulCreate', message: 'Created pod: teastore-db-%RS%', first: -17.5 },
    { on: 'node:tea-worker-2', reason: 'NodeNotSchedulable', message: 'Node tea-worker-2 status is now: NodeNotSchedulable', first: -19 },
    { on: 'node:tea-worker-2', reason: 'Rebooted', message: 'Node tea-worker-2 has been rebooted, boot id: 6c0f2b9e-4d1a-4b7e-9a53-0e8f1d2c7a44', type: 'Warning', first: -15 },
    { on: 'node:tea-worker-2', reason: 'NodeSchedulable', message: 'Node tea-worker-2 status is now: NodeSchedulable', first: -12 },
  ],
  logs: {
    'teastore-db#0/teastore-db/previous': [
      `${T1.java(-3.2).slice(0, 19)}+00:00 [Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:10.11.7+maria~ubu2204 started.`,
      `${T1.java(-3.2).slice(0, 19)}+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'`,
      `${T1.java(-3.19).slice(0, 19)}+00:00 [Note] [Entrypoint]: Initializing database files`,
      `${T1.java(-3.15).slice(0, 19)}+00:00 [Note] [Entrypoint]: Database files initialized`,
      `${T1.java(-3.15).slice(0, 19)}+00:00 [Note] [Entrypoint]: Starting temporary server`,
      `${T1.java(-3.14).slice(0, 19)} 0 [Note] Starting MariaDB 10.11.7-MariaDB-1:10.11.7+maria~ubu2204 source revision 87e13722a95af5d9378d990caf48cb6874439347 as process 97`,
      `${T1.java(-3.14).slice(0, 19)} 0 [Note] InnoDB: Completed initialization of buffer pool`,
      `${T1.java(-3.13).slice(0, 19)} 0 [Note] mariadbd: ready for connections.`,
      `Version: '10.11.7-MariaDB-1:10.11.7+maria~ubu2204'  socket: '/run/mysqld/mysqld.sock'  port: 0  mariadb.org binary distribution`,
      `${T1.java(-3.12).slice(0, 19)}+00:00 [Note] [Entrypoint]: Temporary server started.`,
      `${T1.java(-3.11).slice(0, 19)}+00:00 [Note] [Entrypoint]: Creating database teadb`,
      `${T1.java(-3.11).slice(0, 19)}+00:00 [Note] [Entrypoint]: Creating user teauser`,
      '',
      `${T1.java(-3.1).slice(0, 19)}+00:00 [Note] [Entrypoint]: /usr/local/bin/docker-entrypoint.sh: running /docker-entrypoint-initdb.d/10-teadb-schema.sql`,
      "ERROR 1064 (42000) at line 214: You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'ORDER (id BIGINT NOT NULL AUTO_INCREMENT, orderdate VARCHAR(255), ...' at line 1",
    ],
    'teastore-persistence#0/teastore-persistence': [
      `07-Apr-2026 ${T1.hm(-25)}:11.402 INFO [http-nio-8080-exec-4] org.apache.catalina.core.StandardContext.reload Reloading Context with name [/tools.descartes.teastore.persistence] is completed`,
      `[EL Warning]: ${T1.java(-17).replace(' ', ' ')}--ServerSession(1188922340)--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException`,
      'Internal Exception: com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: Communications link failure',
      '',
      'The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
      'Error Code: 0',
      `07-Apr-2026 ${T1.hm(-16)}:02.118 SEVERE [http-nio-8080-exec-9] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception`,
      'javax.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException',
      'Internal Exception: com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: Communications link failure',
      '\tat org.eclipse.persistence.internal.jpa.QueryImpl.getDetailedException(QueryImpl.java:382)',
      '\tat org.eclipse.persistence.internal.jpa.QueryImpl.executeReadQuery(QueryImpl.java:260)',
      '\tat tools.descartes.teastore.persistence.repository.CategoryRepository.getAllEntities(CategoryRepository.java:58)',
      'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
      '\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)',
      '\tat com.mysql.jdbc.StandardSocketFactory.connect(StandardSocketFactory.java:211)',
      `07-Apr-2026 ${T1.hm(-1)}:44.870 SEVERE [http-nio-8080-exec-2] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception`,
      'Internal Exception: com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: Communications link failure',
    ],
    'teastore-webui#0/teastore-webui': [
      `07-Apr-2026 ${T1.hm(-30)}:05.221 INFO [http-nio-8080-exec-1] tools.descartes.teastore.webui.servlet.IndexServlet GET / 200`,
      `07-Apr-2026 ${T1.hm(-16)}:03.010 SEVERE [http-nio-8080-exec-6] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [IndexServlet] in context with path [/tools.descartes.teastore.webui] threw exception`,
      'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
      '\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)',
      '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.getCategories(LoadBalancedStoreOperations.java:72)',
      '\tat tools.descartes.teastore.webui.servlet.IndexServlet.handle(IndexServlet.java:55)',
      `07-Apr-2026 ${T1.hm(-2)}:12.771 SEVERE [http-nio-8080-exec-3] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception`,
      'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
      '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:131)',
    ],
    'teastore-auth#0/teastore-auth': [
      `07-Apr-2026 ${T1.hm(-8)}:40.553 WARNING [http-nio-8080-exec-7] tools.descartes.teastore.auth.rest.AuthUserActionsRest.login persistence returned 500 for users/name/user2`,
    ],
  },
};

// --- 2. persistence JVM heap exhaustion (Java heap space) while pods stay Ready --------------------------------
const T2 = clock('2026-04-15T16:20:00Z');
const heapLines = [];
for (let m = -24; m < -1; m += 2.5) {
  heapLines.push(`15-Apr-2026 ${T2.hm(m)}:0${Math.abs(Math.round(m)) % 10}.412 SEVERE [http-nio-8080-exec-${(Math.abs(Math.round(m)) % 20) + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception`);
  heapLines.push('java.lang.OutOfMemoryError: Java heap space');
  heapLines.push('\tat java.base/java.util.Arrays.copyOf(Arrays.java:3745)');
  heapLines.push('\tat org.eclipse.persistence.internal.identitymaps.FullIdentityMap.put(FullIdentityMap.java:148)');
  heapLines.push('\tat tools.descartes.teastore.persistence.repository.OrderItemRepository.getAllEntities(OrderItemRepository.java:74)');
}
const heap = {
  folder: 's125c-teastore-persistence-heap-exhausted',
  description: 'recomender + webui throwing 500s for the last ~25 min, checkout and login slow as hell. nothing restarting',
  incidentTime: '2026-04-15T16:20:00Z',
  expected: { component: 'persistence', cause: 'resource-exhaustion' },
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'typo', 'partial-name', 'time-expression', 'decoy'],
  grounding: `Upstream TeaStore persistence is a Tomcat webapp with EclipseLink and no resource limits or probes. The
    fault follows TeaStore's documented order-item growth under its load driver: OrderItemRepository.getAllEntities
    (used by the recommender's retraining) loads every order item into EclipseLink's FullIdentityMap; after a day of
    load the heap (-Xmx set by the image's JAVA_OPTS) fills and requests die with java.lang.OutOfMemoryError: Java
    heap space while the JVM itself survives, so the pod is never OOM-killed and stays Ready. Recommender, auth and
    webui get 500s and are louder. Deviations: the recommender retraining interval and the amount of data are
    invented; a healthy rollout of teastore-image (new image pulled, Ready in 40s) 30 minutes earlier is a decoy.`,
  workloads: {
    'teastore-image': { rollout: { at: -55, oldReplicas: 0 }, containers: { 'teastore-image': { env: [{ name: 'HOST_NAME', value: 'teastore-image' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }, { name: 'IMG_CACHE_SIZE', value: '2000' }] } } },
  },
  events: [
    { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', source: 'deployment-controller', first: -55 },
    { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', source: 'deployment-controller', first: -54.2 },
  ],
  logs: {
    'teastore-persistence#0/teastore-persistence': [
      `15-Apr-2026 ${T2.hm(-40)}:12.008 INFO [http-nio-8080-exec-3] tools.descartes.teastore.persistence.rest.OrderItemEndpoint GET /orderitems 200`,
      `15-Apr-2026 ${T2.hm(-31)}:47.551 WARNING [http-nio-8080-exec-11] org.apache.catalina.valves.StuckThreadDetectionValve.notifyStuckThreadDetected Thread [http-nio-8080-exec-11] has been active for [62,113] milliseconds (since [4/15/26 3:48 PM]) to serve the same request for [http://teastore-persistence:8080/tools.descartes.teastore.persistence/rest/orderitems?start=-1&max=-1]`,
      ...heapLines,
    ],
    'teastore-recommender#0/teastore-recommender': [
      `15-Apr-2026 ${T2.hm(-32)}:00.014 INFO [pool-1-thread-1] tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain Retrieving data objects from database...`,
      `15-Apr-2026 ${T2.hm(-24)}:31.720 SEVERE [pool-1-thread-1] tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain Database retrieving failed.`,
      'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
      '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:131)',
      `15-Apr-2026 ${T2.hm(-12)}:05.300 SEVERE [pool-1-thread-1] tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain Database retrieving failed.`,
      'javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
      `15-Apr-2026 ${T2.hm(-3)}:18.902 WARNING [http-nio-8080-exec-5] tools.descartes.teastore.recommender.rest.RecommendEndpoint recommender not trained, returning fallback recommendations`,
    ],
    'teastore-webui#0/teastore-webui': [
      `15-Apr-2026 ${T2.hm(-22)}:10.110 SEVERE [http-nio-8080-exec-8] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [CartActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception`,
      'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
      '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.placeOrder(LoadBalancedStoreOperations.java:110)',
      `15-Apr-2026 ${T2.hm(-9)}:44.650 SEVERE [http-nio-8080-exec-1] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception`,
      'javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
      `15-Apr-2026 ${T2.hm(-4)}:02.333 SEVERE [http-nio-8080-exec-4] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [ProductServlet] in context with path [/tools.descartes.teastore.webui] threw exception`,
      'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
    ],
    'teastore-image#0/teastore-image': [
      `15-Apr-2026 ${T2.hm(-54)}:31.002 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [9,412] milliseconds`,
      `15-Apr-2026 ${T2.hm(-54)}:33.518 INFO [pool-2-thread-1] tools.descartes.teastore.image.setup.SetupController.startup Image provider setup finished, 2000 cache entries`,
    ],
  },
};

export const scenarios = [dbCrash, heap];
