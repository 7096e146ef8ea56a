// Blind held-out batch s134b: TeaStore scenario (system imported from the kit definition).
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const D = clock('2026-06-04T08:52:00Z');
const cat = (min, level, logger, msg) => `${D.java(min).replace(' ', ' ').slice(0, 23)} ${level} [http-nio-8080-exec-${Math.abs(Math.round(min * 3)) % 10 + 1}] ${logger} ${msg}`;
const tomcatDate = (min) => {
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const d = new Date(D.isoMs(min));
  return `${String(d.getUTCDate()).padStart(2, '0')}-${mon[d.getUTCMonth()]}-${d.getUTCFullYear()} ${D.isoMs(min).slice(11, 23)}`;
};
const sev = (min, logger, msg) => `${tomcatDate(min)} SEVERE [http-nio-8080-exec-${Math.abs(Math.round(min * 3)) % 10 + 1}] ${logger} ${msg}`;
const notReady = (type) => ({ type, status: 'Unknown', lastHeartbeatTime: D.iso(-4.6), lastTransitionTime: D.iso(-3.9), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
const dbDown = [
  'Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException',
  'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Socket fail to connect to host:teastore-db, port:3306. connect timed out',
  'Error Code: -1',
  '\tat org.eclipse.persistence.exceptions.DatabaseException.sqlException(DatabaseException.java:318)',
  '\tat org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor.connectInternal(DatabaseAccessor.java:188)',
  '\tat org.eclipse.persistence.sessions.server.ConnectionPool.buildConnection(ConnectionPool.java:216)',
  '\tat tools.descartes.teastore.persistence.repository.CategoryRepository.getAllEntities(CategoryRepository.java:55)',
  '\tat tools.descartes.teastore.persistence.rest.CategoryEndpoint.listAllEntities(CategoryEndpoint.java:42)',
  'Caused by: java.sql.SQLNonTransientConnectionException: Socket fail to connect to host:teastore-db, port:3306. connect timed out',
  '\tat org.mariadb.jdbc.internal.util.exceptions.ExceptionFactory.createException(ExceptionFactory.java:73)',
  '\tat org.mariadb.jdbc.internal.protocol.AbstractConnectProtocol.createSocket(AbstractConnectProtocol.java:261)',
  'Caused by: java.net.SocketTimeoutException: connect timed out',
  '\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)',
];
const nodeDown = {
  folder: 's134b-teastore-categories-blank',
  incidentTime: '2026-06-04T08:52:00Z',
  description: 'teastore webui shows error page on every category + login since about 8:47, persistance service throwing db exceptions',
  expected: { component: 'teastore-db', cause: 'node-not-ready', node: 'tea-worker-2' },
  alsoAcceptable: [{ component: 'teastore-db', cause: 'dependency-down' }],
  difficulty: 'hard',
  traits: ['node-level', 'louder-dependents', 'typo', 'time-expression'],
  grounding: `TeaStore teastore-clusterip.yaml: a single teastore-db (MariaDB) replica with no probes, used by
    teastore-persistence through DB_HOST=teastore-db:3306 (EclipseLink over the MariaDB JDBC driver); every other service
    reads through persistence. The kubeadm worker tea-worker-2 that runs teastore-db lost its kubelet (hung after a kernel
    soft lockup), so the node lifecycle controller marks it NodeStatusUnknown after the 40s grace period, taints it
    unreachable and sets its pods' Ready condition False; eviction waits for the 300s toleration, so the db pod is still
    bound there, Running but not Ready, and the teastore-db Service has only a not-ready address. persistence logs JDBC connect
    timeouts and webui renders its error page. Follows the Kubernetes node-lifecycle behaviour (taint-based eviction docs) and
    chaos experiments that stop the kubelet. Deviation: the placement of other pods is moved off tea-worker-2 so only the db
    is on it; no kubelet logs exist in the snapshot.`,
  nodes: {
    'tea-worker-2': {
      heartbeat: -4.6,
      taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: D.iso(-3.9) }, { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: D.iso(-3.9) }],
      conditions: { MemoryPressure: notReady('MemoryPressure'), DiskPressure: notReady('DiskPressure'), PIDPressure: notReady('PIDPressure'), Ready: notReady('Ready') },
    },
  },
  workloads: {
    'teastore-db': { pods: [{ node: 'tea-worker-2', ready: false, readyTransition: D.iso(-3.9) }] },
    'teastore-registry': { pods: [{ node: 'tea-worker-3' }] },
    'teastore-image': { pods: [{ node: 'tea-worker-1' }] },
  },
  events: [
    { on: 'node:tea-worker-2', reason: 'NodeNotReady', source: 'node-controller', message: 'Node tea-worker-2 status is now: NodeNotReady', first: -3.9 },
    { on: 'pod:teastore-db#0', reason: 'NodeNotReady', type: 'Warning', source: 'node-controller', message: 'Node is not ready', first: -3.9 },
    { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 1.214s (1.214s including waiting). Image size: 412338712 bytes.', first: -60 * 24 * 9 },
  ],
  logs: {
    'teastore-persistence#0/teastore-persistence': [
      `${tomcatDate(-30)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [18342] milliseconds`.replace(tomcatDate(-30), tomcatDate(-60 * 24 * 9 + 0.5)),
      ...['-4.4', '-3.2', '-2.1', '-0.9'].flatMap((m) => [sev(Number(m), 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception'), ...dbDown]),
    ],
    'teastore-webui#0/teastore-webui': [
      sev(-4.3, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [IndexServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
      'tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout waiting for persistence service.',
      '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:123)',
      '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.checkforCookie(AbstractUIServlet.java:89)',
      sev(-2.0, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
      'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
      '\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:44)',
      '\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:62)',
    ],
    'teastore-auth#0/teastore-auth': [
      sev(-3.0, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception'),
      'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
      '\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:44)',
      '\tat tools.descartes.teastore.auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:71)',
    ],
  },
};

export const scenarios = [nodeDown];
