// Batch s132b (held-out) — TeaStore scenarios, written blind against scripts/kit-systems/teastore.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (T, min, level, thread, msg) => {
  const iso = T.isoMs(min); // 2026-05-12T15:42:00.000Z
  const d = `${iso.slice(8, 10)}-${MON[Number(iso.slice(5, 7)) - 1]}-${iso.slice(0, 4)} ${iso.slice(11, 23)}`;
  return `${d} ${level} [${thread}] ${msg}`;
};
const maria = (T, min, note) => `${T.java(min).slice(0, 19)} ${note}`;

// ---------- 3: MariaDB runs out of connections ----------
const T3 = clock('2026-04-21T20:07:00Z');
const tooMany = [
  'Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.7.v20200504-69f2c2b80d): org.eclipse.persistence.exceptions.DatabaseException',
  'Internal Exception: java.sql.SQLNonTransientConnectionException: (conn=0) Too many connections',
  'Error Code: 1040',
  '\tat org.eclipse.persistence.exceptions.DatabaseException.sqlException(DatabaseException.java:318)',
  '\tat org.eclipse.persistence.sessions.DefaultConnector.connect(DefaultConnector.java:150)',
  '\tat org.eclipse.persistence.sessions.server.ConnectionPool.buildConnection(ConnectionPool.java:216)',
  '\tat tools.descartes.teastore.persistence.rest.ProductEndpoint.listAllForCategory(ProductEndpoint.java:118)',
  'Caused by: java.sql.SQLNonTransientConnectionException: (conn=0) Too many connections',
  '\tat org.mariadb.jdbc.internal.util.exceptions.ExceptionFactory.createException(ExceptionFactory.java:73)',
  '\tat org.mariadb.jdbc.internal.protocol.AbstractConnectProtocol.connect(AbstractConnectProtocol.java:528)',
].join('\n');
const s3 = {
  folder: 's132b-teadb-connections-exhausted',
  description: 'teastore category pages throwing 500s since about 19:50, login too sometimes. persistance pods look fine??',
  incidentTime: '2026-04-21T20:07:00Z',
  expected: { component: 'teastore-db', cause: 'resource-exhaustion' },
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'typo', 'time-expression', 'decoy'],
  grounding: `
    TeaStore kubernetes manifest (teastore-clusterip.yaml): teastore-persistence reaches the MariaDB pod teastore-db via
    DB_HOST=teastore-db, DB_PORT=3306; webui, auth and recommender go through persistence. The fault follows the
    MariaDB "ERROR 1040 Too many connections" failure mode: max_connections (default 151) is reached, new connections
    are refused while the server process and its TCP port stay up, so the db pod stays Ready and Running with no
    restarts. persistence (EclipseLink over MariaDB Connector/J) logs DatabaseException 4002 / error code 1040, webui
    logs HTTP 500 from persistence. MariaDB itself logs aborted connections. Decoy: a healthy rollout of the
    recommender two hours earlier. Deviation: no upstream report; the connection pile-up is assumed to come from slow
    queries of a reporting client, which the snapshot does not show.`,
  workloads: {
    'teastore-recommender': {
      rollout: { at: -125, oldContainers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.2' } } },
      containers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.3' } },
    },
  },
  events: [
    { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -125 },
    { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -123.8 },
  ],
  logs: {
    'teastore-db#0/teastore-db': [
      maria(T3, -60 * 24 * 9, '0 [Note] mysqld: ready for connections.'),
      maria(T3, -60 * 24 * 9, "Version: '10.4.21-MariaDB-1:10.4.21+maria~focal'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution"),
      maria(T3, -19.5, "412 [Warning] Aborted connection 412 to db: 'teadb' user: 'teauser' host: '%IPOF:teastore-persistence#0%' (Got timeout reading communication packets)"),
      maria(T3, -12.2, "430 [Warning] Aborted connection 430 to db: 'teadb' user: 'teauser' host: '%IPOF:teastore-persistence#0%' (Got timeout reading communication packets)"),
      maria(T3, -4.6, "447 [Warning] Aborted connection 447 to db: 'teadb' user: 'teauser' host: '%IPOF:teastore-persistence#0%' (Got timeout reading communication packets)"),
    ],
    'teastore-persistence#0/teastore-persistence': [
      tc(T3, -60 * 24 * 9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in [8412] milliseconds'),
      tc(T3, -21, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.persistence.rest.CacheManagerEndpoint Clearing cache for class tools.descartes.teastore.persistence.domain.OrderItemRepository'),
      tc(T3, -16.8, 'SEVERE', 'http-nio-8080-exec-7', `org.glassfish.jersey.server.ServerRuntime$Responder.writeResponse An I/O error has occurred while writing a response message entity to the container output stream.\n${tooMany}`),
      tc(T3, -9.4, 'SEVERE', 'http-nio-8080-exec-12', `org.glassfish.jersey.server.ServerRuntime$Responder.process Error processing request\n${tooMany}`),
      tc(T3, -2.1, 'SEVERE', 'http-nio-8080-exec-4', `org.glassfish.jersey.server.ServerRuntime$Responder.process Error processing request\n${tooMany}`),
    ],
    'teastore-webui#0/teastore-webui': [
      tc(T3, -25, 'INFO', 'http-nio-8080-exec-9', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer Updated Loadbalancers for persistence: [%IPOF:teastore-persistence#0%:8080]'),
      tc(T3, -16.8, 'SEVERE', 'http-nio-8080-exec-2', 'org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception\njavax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error\n\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)\n\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose(RestUtil.java:72)\n\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.getProducts(LoadBalancedStoreOperations.java:140)\n\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:71)'),
      tc(T3, -9.4, 'SEVERE', 'http-nio-8080-exec-6', 'org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception\njavax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error\n\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.getProducts(LoadBalancedStoreOperations.java:140)'),
      tc(T3, -2.1, 'SEVERE', 'http-nio-8080-exec-1', 'org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception\njavax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error\n\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:265)'),
    ],
  },
};

// ---------- 4: image service release with a tag that does not exist ----------
const T4 = clock('2026-07-08T11:34:00Z');
const BADIMG = 'descartesresearch/teastore-image:1.4.4';
const s4 = {
  folder: 's132b-image-provider-tag-missing',
  description: 'deploy of teastore image provider hanging in the pipeline, rollout still progressing after ~10 min. site seems ok',
  incidentTime: '2026-07-08T11:34:00Z',
  expected: { component: 'image', cause: 'image-pull' },
  alsoAcceptable: [{ component: 'image', cause: 'bad-deploy-rollout' }],
  difficulty: 'easy',
  traits: ['partial-name', 'rollout-regression', 'time-expression'],
  grounding: `
    TeaStore manifest: teastore-image is one replica of descartesresearch/teastore-image on 8080. Deviation: the
    images are pinned to release tags here (upstream uses :latest). The release bumps the tag to 1.4.4, which was never
    pushed to Docker Hub (a typical pipeline mistake), so containerd answers NotFound, the kubelet reports ErrImagePull
    then ImagePullBackOff, and the Deployment stays mid-rollout: the old ReplicaSet's pod (1.4.3) keeps serving, so
    users see nothing. Events use the kubelet's real Failed/BackOff reasons and messages.`,
  workloads: {
    'teastore-image': {
      rollout: { at: -11, oldReplicas: 1, oldContainers: { 'teastore-image': { image: 'descartesresearch/teastore-image:1.4.3' } } },
      containers: { 'teastore-image': { image: BADIMG } },
      pods: [{ containers: { 'teastore-image': cs.waiting('ImagePullBackOff', `Back-off pulling image "${BADIMG}"`) } }],
      progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T4.iso(-11), lastTransitionTime: T4.iso(-11), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
    },
  },
  events: [
    { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -11 },
    { on: 'pod:teastore-image#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -10.9, source: 'default-scheduler' },
    { on: 'pod:teastore-image#0', reason: 'Pulling', message: `Pulling image "${BADIMG}"`, first: -10.8, last: -1.4, count: 7, fieldPath: 'spec.containers{teastore-image}' },
    { on: 'pod:teastore-image#0', reason: 'Failed', message: `Failed to pull image "${BADIMG}": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/${BADIMG}": failed to resolve reference "docker.io/${BADIMG}": docker.io/${BADIMG}: not found`, first: -10.7, last: -1.3, count: 7, type: 'Warning', fieldPath: 'spec.containers{teastore-image}' },
    { on: 'pod:teastore-image#0', reason: 'Failed', message: 'Error: ErrImagePull', first: -10.7, last: -1.3, count: 7, type: 'Warning', fieldPath: 'spec.containers{teastore-image}' },
    { on: 'pod:teastore-image#0', reason: 'BackOff', message: `Back-off pulling image "${BADIMG}"`, first: -10.6, last: -0.5, count: 41, fieldPath: 'spec.containers{teastore-image}' },
    { on: 'pod:teastore-image#0', reason: 'Failed', message: 'Error: ImagePullBackOff', first: -10.6, last: -0.5, count: 41, type: 'Warning', fieldPath: 'spec.containers{teastore-image}' },
  ],
  logs: {
    'teastore-image#old0/teastore-image': [
      tc(T4, -60 * 24 * 6 + 0.3, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in [6120] milliseconds'),
      tc(T4, -60 * 24 * 6 + 0.5, 'INFO', 'Thread-4', 'tools.descartes.teastore.image.setup.SetupController Image provider setup finished: 1312 product images, cache LFU 20971520 bytes'),
    ],
    'teastore-webui#0/teastore-webui': [
      tc(T4, -30, 'INFO', 'http-nio-8080-exec-5', 'tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations Registry heartbeat ok for teastore-webui'),
    ],
  },
};

export const scenarios = [s3, s4];
