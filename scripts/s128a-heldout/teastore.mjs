// Batch s128a (held out): TeaStore spec, written blind.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const T = clock('2026-05-21T16:07:00Z');
const tc = (min, level, logger, msg) => { const p = T.java(min).split(' '); const [y, mo, d] = p[0].split('-'); const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(mo) - 1]; return `${d}-${mon}-${y} ${p[1]} ${level} [http-nio-8080-exec-${Math.abs(Math.round(min)) % 10 + 1}] ${logger} ${msg}`; };
const down = { type: 'Ready', status: 'Unknown', lastHeartbeatTime: T.iso(-4.6), lastTransitionTime: T.iso(-3.8), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' };
const unk = (type) => ({ type, status: 'Unknown', lastHeartbeatTime: T.iso(-4.6), lastTransitionTime: T.iso(-3.8), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });

const persist = [
  tc(-40, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', 'Registered at registry: teastore-persistence:8080'),
];
for (let i = 0; i < 6; i++) {
  persist.push(
    `[EL Warning]: ${T.java(-3.4 + i * 0.5).replace(/-/g, '.')}--UnitOfWork(${18233991 + i})--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.7.v20200504-69f2c2b80d): org.eclipse.persistence.exceptions.DatabaseException`,
    'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Connection refused',
    'Error Code: -1',
    'Query: ReadAllQuery(referenceClass=PersistenceProduct )',
  );
}
const webui = [];
for (let i = 0; i < 5; i++) {
  webui.push(tc(-3 + i * 0.55, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'));
  webui.push('javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error');
  webui.push('\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)');
  webui.push('\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:168)');
  webui.push('\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:71)');
}

export const scenarios = [
  {
    folder: 's128a-tea-worker-down',
    incidentTime: '2026-05-21T16:07:00Z',
    description: 'teastore webui 500s on every category page since 16:03ish, persistance logs full of db connection errors. db pod looks Running?',
    expected: { component: 'teastore-db', cause: 'node-not-ready', node: 'tea-worker-2' },
    alsoAcceptable: [{ component: 'teastore-db', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['node-level', 'louder-dependents', 'typo', 'time-expression'],
    grounding: `
      Upstream teastore-clusterip.yaml runs teastore-db as a single-replica Deployment with no probes, so nothing but the
      node lifecycle controller notices when its node dies. Follows the standard kubelet-stopped / node-unreachable
      sequence documented in the Kubernetes node lifecycle docs: after the 40 s grace the node goes Ready=Unknown
      (NodeStatusUnknown, "Kubelet stopped posting node status."), gets the unreachable taints, its pods get a
      NodeNotReady event and Ready=False while their container statuses stay as last reported, and the endpoints move
      to notReadyAddresses; eviction waits for the 300 s toleration, so the pods are still bound to tea-worker-2.
      teastore-db and teastore-recommender sit on that worker. persistence (EclipseLink over the MariaDB driver)
      gets connection refused from the endpoint-less Service, and webui returns 500 on every page that needs the
      catalogue. Deviation: pod placement chosen for the story, node names and IPs invented; no cloud provider, so the
      Node object stays (kubeadm on-prem).`,
    nodes: {
      'tea-worker-2': {
        heartbeat: -4.6,
        conditions: { MemoryPressure: unk('MemoryPressure'), DiskPressure: unk('DiskPressure'), PIDPressure: unk('PIDPressure'), Ready: down },
        taints: [
          { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T.iso(-3.8) },
          { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T.iso(-3.7) },
        ],
      },
    },
    workloads: {
      'teastore-db': { pods: [{ node: 'tea-worker-2', ready: false, readyTransition: T.iso(-3.7) }], unavailableSince: -3.7, endpointsChanged: -3.7 },
      'teastore-recommender': { pods: [{ node: 'tea-worker-2', ready: false, readyTransition: T.iso(-3.7) }], unavailableSince: -3.7, endpointsChanged: -3.7 },
      'teastore-persistence': { pods: [{ node: 'tea-worker-1' }] },
      'teastore-webui': { pods: [{ node: 'tea-worker-3' }] },
      'teastore-registry': { pods: [{ node: 'tea-worker-3' }] },
      'teastore-auth': { pods: [{ node: 'tea-worker-1' }] },
      'teastore-image': { pods: [{ node: 'tea-worker-3' }] },
    },
    events: [
      { on: 'node:tea-worker-2', source: 'node-controller', reason: 'NodeNotReady', message: 'Node tea-worker-2 status is now: NodeNotReady', first: -3.8 },
      { on: 'pod:teastore-db#0', source: 'node-controller', type: 'Warning', reason: 'NodeNotReady', message: 'Node is not ready', first: -3.7 },
      { on: 'pod:teastore-recommender#0', source: 'node-controller', type: 'Warning', reason: 'NodeNotReady', message: 'Node is not ready', first: -3.7 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': persist,
      'teastore-webui#0/teastore-webui': webui,
    },
  },
];
