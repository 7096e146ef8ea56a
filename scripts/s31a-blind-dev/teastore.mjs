// Batch s31a (blind dev): one TeaStore incident for the kit, written without reading the engine or other scenarios.
// Worker tea-worker-2 freezes and stops posting status; teastore-db on it becomes unreachable and every page that reads the DB fails.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-05-13T10:46:00Z';
const T = clock(INC);
const HANG = -5.2; // 10:40:48 last heartbeat of tea-worker-2
const NOTREADY = -4.4; // node-controller marks it NotReady after its 40 s grace period
const NODE = 'tea-worker-2';

// Tomcat 9 JULI (catalina.out) line prefix, as the TeaStore images print it.
const jul = (min, lvl, thread, cls, msg) => {
  const d = new Date(Date.parse(INC) + Math.round(min * 60000));
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${String(d.getUTCDate()).padStart(2, '0')}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${T.java(min).slice(11)} ${lvl} [${thread}] ${cls} ${msg}`;
};
const times = (from, to, step) => { const out = []; for (let m = from; m < to; m += step) out.push(Math.round(m * 1000) / 1000); return out; };

const eclipseLink = (min, thread, cause) => [
  jul(min, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception [org.eclipse.persistence.exceptions.DatabaseException: ',
  ),
  'Internal Exception: java.sql.SQLNonTransientConnectionException: ' + cause,
  'Error Code: 0] with root cause',
  cause.startsWith('Could not connect')
    ? 'java.net.ConnectException: Connection refused (Connection refused)'
    : 'java.net.SocketTimeoutException: Read timed out',
  '\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)',
  '\tat java.base/java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:412)',
  '\tat org.mariadb.jdbc.internal.protocol.AbstractConnectProtocol.createSocket(AbstractConnectProtocol.java:246)',
];

const persistence = [
  ...eclipseLink(HANG + 0.3, 'http-nio-8080-exec-14', '(conn=418) Read timed out'),
  ...eclipseLink(HANG + 0.55, 'http-nio-8080-exec-3', '(conn=421) Read timed out'),
  ...times(NOTREADY + 0.2, -0.3, 0.55).flatMap((m, i) => eclipseLink(m, `http-nio-8080-exec-${(i * 7) % 25 + 1}`, 'Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Socket fail to connect to host:teastore-db, port:3306. Connection refused (Connection refused)')),
];
const webui = times(HANG + 0.35, -0.2, 0.45).flatMap((m, i) => [
  jul(m, 'SEVERE', `http-nio-8080-exec-${(i * 5) % 20 + 1}`, 'org.apache.catalina.core.StandardWrapperValve.invoke',
    `Servlet.service() for servlet [${['CategoryServlet', 'ProductServlet', 'LoginActionServlet', 'IndexServlet'][i % 4]}] in context with path [/tools.descartes.teastore.webui] threw exception`),
  'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
  '\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.translate(JerseyInvocation.java:883)',
  '\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:38)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:163)',
]);
const auth = times(NOTREADY + 0.5, -0.3, 1.3).flatMap((m, i) => [
  jul(m, 'WARNING', `http-nio-8080-exec-${i + 2}`, 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation',
    'Error contacting teastore-persistence, response: HTTP 500 Internal Server Error'),
]);

const onNode2 = { node: NODE, ready: false, readyTransition: T.iso(NOTREADY) };

export const scenarios = [
  {
    folder: 's31a-worker-notready-db-unreachable',
    description: 'teastore giving 500 on product pages + login since about 10:41, the whole shop basically',
    incidentTime: INC,
    expected: { component: 'teastore-db', cause: 'node-not-ready', node: NODE },
    difficulty: 'medium',
    traits: ['node-level', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      TeaStore examples/kubernetes/teastore-clusterip.yaml (kit system scripts/kit-systems/teastore.mjs) on a 3-worker kubeadm
      cluster: teastore-db (MariaDB, Service teastore-db:3306, no volume, no probes) is read by teastore-persistence through
      DB_HOST/DB_PORT (EclipseLink over the MariaDB JDBC driver); every other Tomcat service reaches the data only through
      persistence (registry client load balancer, Jersey). Incident: at 10:40:48 the VM tea-worker-2 (hosting teastore-db and
      teastore-recommender) freezes: the kubelet stops posting status, the node-lifecycle controller sets every condition to
      Unknown "Kubelet stopped posting node status." after its 40 s grace period, adds the unreachable taints and marks the pods
      on it not Ready (their container statuses stay as last reported; their logs cannot be fetched). The 300 s
      tolerationSeconds have not yet elapsed, so nothing has been evicted or recreated. Persistence's open MariaDB connections
      first hang (Read timed out), then new connects are refused once the endpoint is removed; persistence returns 500, auth and
      webui log the 500s from persistence, so the shop's callers are far louder than the database, which logs nothing. The root
      cause is the node: node-not-ready on tea-worker-2, affecting teastore-db. Pattern: kubelet/VM hangs on kubeadm clusters and
      the node-lifecycle controller behaviour of the Kubernetes docs (Node status, taint-based evictions). Decoys: a healthy
      teastore-auth rollout 35 minutes earlier (the team pins image tags: 1.4.2 to 1.4.3) and a teastore-image container restart three days ago.`,
    nodes: {
      [NODE]: {
        heartbeat: HANG,
        taints: [
          { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T.iso(NOTREADY) },
          { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T.iso(NOTREADY) },
        ],
        conditions: Object.fromEntries(['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'].map((t) => [t, {
          type: t, status: 'Unknown', lastHeartbeatTime: T.iso(HANG), lastTransitionTime: T.iso(NOTREADY), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.',
        }])),
      },
    },
    workloads: {
      'teastore-db': { pods: [onNode2], unavailableSince: NOTREADY, endpointsChanged: NOTREADY },
      'teastore-recommender': { pods: [onNode2], unavailableSince: NOTREADY, endpointsChanged: NOTREADY },
      'teastore-persistence': { pods: [{ node: 'tea-worker-1' }] },
      'teastore-webui': { pods: [{ node: 'tea-worker-3' }] },
      'teastore-auth': {
        rollout: { at: -35, revision: 3, oldContainers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.2' } } },
        containers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.3' } },
        pods: [{ node: 'tea-worker-3' }],
      },
      'teastore-image': {
        pods: [{ node: 'tea-worker-1', containers: { 'teastore-image': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.3) } }) } }],
      },
    },
    events: [
      { on: `node:${NODE}`, reason: 'NodeNotReady', source: 'node-controller', message: `Node ${NODE} status is now: NodeNotReady`, first: NOTREADY, last: NOTREADY },
      { on: 'pod:teastore-db#0', type: 'Warning', reason: 'NodeNotReady', source: 'node-controller', message: 'Node is not ready', first: NOTREADY, last: NOTREADY },
      { on: 'pod:teastore-recommender#0', type: 'Warning', reason: 'NodeNotReady', source: 'node-controller', message: 'Node is not ready', first: NOTREADY, last: NOTREADY },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -35, last: -35 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -34.2, last: -34.2 },
      { on: 'pod:teastore-auth#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-auth:1.4.3" in 6.412s (6.412s including waiting). Image size: 212409835 bytes.', first: -34.8, last: -34.8 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': persistence,
      'teastore-webui#0/teastore-webui': webui,
      'teastore-auth#0/teastore-auth': [
        jul(-34.1, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [14872] milliseconds'),
        ...auth,
      ],
    },
  },
];

// Pods of the frozen node: the node-lifecycle controller flips only their Ready condition (build script: nodeDown).
export const nodeDown = { 's31a-worker-notready-db-unreachable': { node: NODE, at: T.iso(NOTREADY) } };
