// Batch s45b blind dev scenario for TeaStore (kit system scripts/kit-systems/teastore.mjs): the kubeadm worker hosting
// teastore-db stops posting status (host hung); the db pod is marked not Ready, persistence and webui fail loudly.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat JULI OneLineFormatter: 07-Oct-2026 14:21:10.512 SEVERE [thread] class.method message
const juli = (T, min, level, thread, where, msg) => {
  const d = new Date(T.isoMs(min));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${where} ${msg}`;
};
const el = (T, min, uow, thread, internal, query) => [
  `[EL Warning]: ${T.java(min)}--UnitOfWork(${uow})--Thread(Thread[${thread},5,main])--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException`,
  `Internal Exception: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure`,
  '',
  internal,
  'Error Code: 0',
  `Query: ${query}`,
];
const NEVER = 'The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.';
const STALE = (ms) => `The last packet successfully received from the server was ${ms.toLocaleString('en-US')} milliseconds ago. The last packet sent successfully to the server was ${(ms - 4).toLocaleString('en-US')} milliseconds ago.`;
const Q_CAT = 'ReadAllQuery(referenceClass=PersistenceCategory )';
const Q_PROD = 'ReadAllQuery(referenceClass=PersistenceProduct )';
const Q_USER = 'ReadObjectQuery(referenceClass=PersistenceUser )';
const webuiSevere = (T, min, n, servlet, ex) => [
  juli(T, min, 'SEVERE', `http-nio-8080-exec-${n}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${servlet}] in context with path [] threw exception`),
  ex,
  '\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.translate(JerseyInvocation.java:883)',
  '\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose(RestUtil.java:62)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:105)',
  `\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:58)`,
  '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:215)',
];
const readTimeout = 'javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out';
const http500 = 'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error';

const T2 = clock('2026-10-07T14:24:00Z');
const W2 = 'tea-worker-2';
const down = -4.6; // node controller marks tea-worker-2 NotReady (grace period 40 s after the last heartbeat)
const unknown = (type) => ({ type, status: 'Unknown', lastHeartbeatTime: T2.iso(-5.3), lastTransitionTime: T2.iso(down), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });

/** Pods of a Node the node lifecycle controller marked NotReady (read by scripts/s45b-build.mjs). */
export const nodeDown = { 's45b-db-node-notready': { node: W2, at: T2.iso(down) } };

export const scenarios = [
  {
    folder: 's45b-db-node-notready',
    description: 'teastore down?? every page 500 or spinning since about 14:20',
    incidentTime: '2026-10-07T14:24:00Z',
    expected: { component: 'teastore-db', cause: 'node-not-ready', node: W2 },
    difficulty: 'medium',
    traits: ['node-level', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Deployments, images, env (DB_HOST teastore-db, REGISTRY_HOST) and ports as teastore-clusterip.yaml (DescartesResearch/TeaStore
      examples/kubernetes at 5ab1188) has them, on three kubeadm workers (kit system). tea-worker-2's host hangs (hypervisor/kernel
      lock-up, no graceful shutdown): the node lifecycle controller sets every condition Unknown "Kubelet stopped posting node
      status." 40 s after the last heartbeat, adds the node.kubernetes.io/unreachable NoSchedule/NoExecute taints, records
      NodeNotReady on the Node and "Node is not ready" on its pods, and flips only the pods' Ready condition (container statuses
      stay as last reported). teastore-db (the single MariaDB pod, no volume upstream) and teastore-recommender run there; the
      300 s tolerationSeconds have not yet expired, so nothing is rescheduled at incident time (4.6 minutes in). The snapshot has
      no logs for those two pods (the kubelet does not answer). persistence's pooled JDBC connections hang until read errors and
      new ones are refused once the db Endpoints address is not ready: EclipseLink-4002 with Connector/J "Communications link
      failure"; webui's Tomcat logs SEVERE Servlet.service() with Jersey "Read timed out" / HTTP 500 from persistence (louder).
      Decoy: a healthy teastore-image rollout 70 minutes earlier. Expected: node-not-ready of tea-worker-2 (on teastore-db).
    `,
    nodes: {
      [W2]: {
        heartbeat: -5.3,
        conditions: { MemoryPressure: unknown('MemoryPressure'), DiskPressure: unknown('DiskPressure'), PIDPressure: unknown('PIDPressure'), Ready: unknown('Ready') },
        taints: [
          { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T2.iso(down) },
          { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T2.iso(down + 0.01) },
        ],
      },
    },
    workloads: {
      'teastore-db': { pods: [{ node: W2, ready: false, created: T2.iso(-60 * 24 * 16), readyTransition: T2.iso(down) }], endpointsChanged: down, unavailableSince: down },
      'teastore-registry': { pods: [{ node: 'tea-worker-1', created: T2.iso(-60 * 24 * 16) }] },
      'teastore-persistence': { pods: [{ node: 'tea-worker-3', created: T2.iso(-60 * 24 * 16) }] },
      'teastore-auth': { pods: [{ node: 'tea-worker-1', created: T2.iso(-60 * 24 * 16) }] },
      'teastore-image': { rollout: { at: -70, revision: 5 }, pods: [{ node: 'tea-worker-3' }] },
      'teastore-recommender': { pods: [{ node: W2, ready: false, created: T2.iso(-60 * 24 * 16), readyTransition: T2.iso(down) }], endpointsChanged: down, unavailableSince: down },
      'teastore-webui': { pods: [{ node: 'tea-worker-1', created: T2.iso(-60 * 24 * 16) }] },
    },
    events: [
      { on: `node:${W2}`, reason: 'NodeNotReady', source: 'node-controller', message: `Node ${W2} status is now: NodeNotReady`, first: down, last: down },
      { on: 'pod:teastore-db#0', reason: 'NodeNotReady', type: 'Warning', source: 'node-controller', message: 'Node is not ready', first: down, last: down },
      { on: 'pod:teastore-recommender#0', reason: 'NodeNotReady', type: 'Warning', source: 'node-controller', message: 'Node is not ready', first: down, last: down },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -70, last: -70 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -68.9, last: -68.9 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 7.412s (7.412s including waiting). Image size: 319624117 bytes.', first: -69.8, last: -69.8, fieldPath: 'spec.containers{teastore-image}' },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        ...el(T2, -5.0, 1593311877, 'http-nio-8080-exec-17', STALE(41207), Q_CAT),
        ...el(T2, -4.9, 402118093, 'http-nio-8080-exec-9', STALE(41388), Q_PROD),
        ...el(T2, -4.1, 1120334561, 'http-nio-8080-exec-22', NEVER, Q_CAT),
        ...el(T2, -3.6, 982771402, 'http-nio-8080-exec-3', NEVER, Q_USER),
        ...el(T2, -2.8, 1717264530, 'http-nio-8080-exec-30', NEVER, Q_CAT),
        ...el(T2, -1.9, 66023817, 'http-nio-8080-exec-11', NEVER, Q_PROD),
        ...el(T2, -0.7, 1384459210, 'http-nio-8080-exec-25', NEVER, Q_CAT),
      ],
      'teastore-webui#0/teastore-webui': [
        ...webuiSevere(T2, -4.8, 41, 'IndexServlet', readTimeout),
        ...webuiSevere(T2, -4.7, 12, 'CategoryServlet', readTimeout),
        ...webuiSevere(T2, -4.0, 33, 'IndexServlet', http500),
        ...webuiSevere(T2, -3.3, 7, 'ProductServlet', http500),
        ...webuiSevere(T2, -2.5, 19, 'CategoryServlet', http500),
        ...webuiSevere(T2, -1.2, 45, 'IndexServlet', http500),
        ...webuiSevere(T2, -0.3, 28, 'CategoryServlet', http500),
      ],
      'teastore-image#0/teastore-image': [
        juli(T2, -69.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18342] milliseconds'),
      ],
    },
  },
];
