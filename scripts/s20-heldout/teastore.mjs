// s20 held-out scenario for TeaStore (split: test), written blind: a kubeadm worker that stops posting status (power loss),
// taking teastore-db and teastore-image with it, four minutes before the pods would be evicted. Built by scripts/s20-build-h.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const A = '2026-12-08T14:07:00Z';
const T = clock(A);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat JULI OneLineFormatter: 08-Dec-2026 14:03:15.012 SEVERE [thread] class.method message
const juli = (min, lvl, thread, where, msg) => {
  const j = T.java(min);
  const [date, time] = j.split(' ');
  const [Y, M, D] = date.split('-');
  return `${D}-${MON[Number(M) - 1]}-${Y} ${time} ${lvl} [${thread}] ${where} ${msg}`;
};
const DOWN = -4.3; // node controller marks tea-worker-2 NotReady (last heartbeat at -5.0)
const NODE = 'tea-worker-2';

const persistence = [
  juli(-60 * 24 * 4 + 0.2, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18412] milliseconds'),
];
// pooled connections to the DB pod hang until the socket gives up, then new connections are refused (no ready endpoint)
const q = [
  ['PersistenceCategory', 'SELECT ID, DESCRIPTION, NAME FROM PERSISTENCECATEGORY'],
  ['PersistenceProduct', 'SELECT ID, DESCRIPTION, LISTPRICEINCENTS, NAME, CATEGORY_ID FROM PERSISTENCEPRODUCT WHERE (CATEGORY_ID = ?) LIMIT ?, ?'],
  ['PersistenceUser', 'SELECT ID, EMAIL, PASSWORD, REALNAME, USERNAME FROM PERSISTENCEUSER WHERE (USERNAME = ?)'],
];
for (let i = 0; i < 3; i++) {
  const m = -4.6 + i * 0.15;
  persistence.push(
    `[EL Warning]: ${T.java(m)}--UnitOfWork(${1638215461 + i * 7717})--Thread(Thread[#${47 + i},http-nio-8080-exec-${3 + i},5,main])--Exception [EclipseLink-4002] (Eclipse Persistence Services - 4.0.2.v202306161219): org.eclipse.persistence.exceptions.DatabaseException`,
    'Internal Exception: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure',
    '',
    `The last packet successfully received from the server was ${(21412 + i * 9133).toLocaleString('en-US')} milliseconds ago. The last packet sent successfully to the server was ${(21410 + i * 9133).toLocaleString('en-US')} milliseconds ago.`,
    'Error Code: 0',
    `Call: ${q[i][1]}`,
    `Query: ReadAllQuery(referenceClass=${q[i][0]} sql="${q[i][1]}")`,
  );
}
for (let i = 0; i < 9; i++) {
  const m = -3.9 + i * 0.42;
  const [cls, sql] = q[i % 3];
  persistence.push(
    `[EL Warning]: ${T.java(m)}--UnitOfWork(${1702331870 + i * 3301})--Thread(Thread[#${50 + (i % 6)},http-nio-8080-exec-${(i % 10) + 1},5,main])--Exception [EclipseLink-4002] (Eclipse Persistence Services - 4.0.2.v202306161219): org.eclipse.persistence.exceptions.DatabaseException`,
    'Internal Exception: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure',
    '',
    'The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
    'Error Code: 0',
    `Call: ${sql}`,
    `Query: ReadAllQuery(referenceClass=${cls} sql="${sql}")`,
    `Caused by: java.net.ConnectException: Connection refused`,
  );
}

const webui = [juli(-60 * 24 * 4 + 0.4, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9921] milliseconds')];
for (let i = 0; i < 10; i++) {
  const m = -4.5 + i * 0.43;
  const servlet = ['CategoryServlet', 'ProductServlet', 'IndexServlet', 'LoginActionServlet'][i % 4];
  webui.push(
    juli(m, 'SEVERE', `http-nio-8080-exec-${(i % 9) + 1}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${servlet}] in context with path [] threw exception`),
    'jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
    '\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:960)',
    '\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:28)',
    '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:137)',
  );
  if (i % 2 === 1)
    webui.push(
      juli(m + 0.05, 'WARNING', `http-nio-8080-exec-${(i % 9) + 2}`, 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service teastore-image unavailable: jakarta.ws.rs.ProcessingException: java.net.ConnectException: Connection refused'),
    );
}

export const scenarios = [
  {
    folder: 's20-worker-2-notready-db-image',
    split: 'test',
    incidentTime: A,
    description: 'teastore web shop returning 500 on every category page, product images gone, started a few min ago',
    expected: { component: 'teastore-db', cause: 'node-not-ready', node: NODE },
    alsoAcceptable: [{ component: 'image', cause: 'node-not-ready', node: NODE }],
    difficulty: 'medium',
    traits: ['node-level', 'louder-dependents', 'decoy'],
    grounding: `
      DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 (single-replica Deployments, no probes,
      persistence reaching teastore-db through DB_HOST=teastore-db:3306 with EclipseLink 4 and MySQL Connector/J, the webui going
      through the registry client's load balancer); kubeadm cluster on three workers with flannel (SOURCES.md).
      Fault: the on-prem worker tea-worker-2 loses power (a PDU failure in rack b). The kubelet stops posting status at 14:02; 40 s
      later the node lifecycle controller sets every condition Unknown (NodeStatusUnknown, 'Kubelet stopped posting node status.'),
      taints the node unreachable and marks its pods Ready=False, which moves teastore-db and teastore-image to notReadyAddresses.
      The pods still read Running (nothing can confirm otherwise) and the 300 s unreachable toleration has not run out, so no
      replacement exists yet. persistence's pooled connections hang then fail (EclipseLink-4002, Communications link failure), new
      ones are refused by kube-proxy's reject rule for a Service without ready endpoints; the webui's servlets throw HTTP 500 and its
      image calls are refused. A careful engineer names the node; teastore-db is the component whose loss breaks the shop.
      Decoy: a teastore-recommender restart two days earlier (exit 137 while retraining, since recovered).`,
    nodes: {
      [NODE]: {
        heartbeat: -5.0,
        taints: [
          { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T.iso(DOWN) },
          { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T.iso(DOWN + 0.01) },
        ],
        conditions: Object.fromEntries(
          ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'].map((t) => [
            t,
            { type: t, status: 'Unknown', lastHeartbeatTime: T.iso(-5.0), lastTransitionTime: T.iso(DOWN), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' },
          ]),
        ),
      },
    },
    workloads: {
      'teastore-db': { pods: [{ node: NODE, ready: false, readyTransition: T.iso(DOWN) }], endpointsChanged: DOWN },
      'teastore-image': { pods: [{ node: NODE, ready: false, readyTransition: T.iso(DOWN) }], endpointsChanged: DOWN },
      'teastore-registry': { pods: [{ node: 'tea-worker-1' }] },
      'teastore-persistence': { pods: [{ node: 'tea-worker-3' }] },
      'teastore-auth': { pods: [{ node: 'tea-worker-3' }] },
      'teastore-recommender': {
        pods: [
          {
            node: 'tea-worker-1',
            containers: {
              'teastore-recommender': {
                state: { running: { startedAt: T.iso(-60 * 24 * 2) } },
                lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-60 * 24 * 2 - 0.1), containerID: '%CID%' } },
                ready: true, started: true, restartCount: 1,
              },
            },
          },
        ],
      },
      'teastore-webui': { pods: [{ node: 'tea-worker-1' }] },
    },
    events: [
      { on: `node:${NODE}`, reason: 'NodeNotReady', message: `Node ${NODE} status is now: NodeNotReady`, first: DOWN, source: 'node-controller' },
      { on: 'pod:teastore-db#0', reason: 'NodeNotReady', message: 'Node is not ready', first: DOWN, type: 'Warning', source: 'node-controller' },
      { on: 'pod:teastore-image#0', reason: 'NodeNotReady', message: 'Node is not ready', first: DOWN, type: 'Warning', source: 'node-controller' },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': persistence,
      'teastore-webui#0/teastore-webui': webui,
      'teastore-auth#0/teastore-auth': [juli(-60 * 24 * 4 + 0.3, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [8710] milliseconds')],
      'teastore-recommender#0/teastore-recommender': [
        juli(-60 * 24 * 2 + 0.3, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [11023] milliseconds'),
        juli(-60 * 24 * 2 + 0.9, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, ready for recommendations.'),
      ],
    },
  },
];

/** Pods on a Node the node controller marked NotReady: only the Ready condition flips (no container change). */
export const nodeDown = { 's20-worker-2-notready-db-image': { node: NODE, at: T.iso(DOWN) } };
