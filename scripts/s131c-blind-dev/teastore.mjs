// Blind dev batch s131c, TeaStore: worker node tea-worker-2 stops reporting; persistence and image run only there.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const T = clock('2026-04-10T11:57:00Z');
const W2 = 'tea-worker-2';
const unk = (type) => ({ type, status: 'Unknown', lastHeartbeatTime: T.iso(-7.1), lastTransitionTime: T.iso(-6.3), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
const tc = (min, level, logger, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+) /, (_, y, m, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}-${y} `)} ${level.padEnd(7)} [http-nio-8080-exec-${Math.abs(Math.round(min * 7)) % 40 + 1}] ${logger} ${msg}`;
const refused = (svc, path) => [
  `javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)`,
  `\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)`,
  `\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)`,
  `\tat org.glassfish.jersey.client.JerseyInvocation.lambda$invoke$0(JerseyInvocation.java:623)`,
  `\tat org.glassfish.jersey.client.JerseyInvocation.invoke(JerseyInvocation.java:622)`,
  `\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThroughAndReturnEntity(RestUtil.java:48)`,
  `\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.lambda$getEntities$4(LoadBalancedCRUDOperations.java:${path})`,
  `\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:254)`,
  `Caused by: java.net.ConnectException: Connection refused (Connection refused)`,
  `\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)`,
  `\tat java.base/java.net.Socket.connect(Socket.java:609)`,
  `\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:474)`,
  `\t... 38 more`,
];

const s1 = {
  folder: 's131c-worker2-down',
  description: 'teastore: category + product pages throw error 500 since ~11:50, login broken too. webui pods look fine??',
  incidentTime: '2026-04-10T11:57:00Z',
  expected: { component: 'persistence', cause: 'node-not-ready', node: W2 },
  alsoAcceptable: [{ component: 'persistence', cause: 'no-endpoints' }],
  difficulty: 'hard',
  traits: ['node-level', 'louder-dependents', 'time-expression'],
  grounding: `
    TeaStore teastore-clusterip.yaml (one replica per service, no probes, no PodDisruptionBudget, plain scheduling):
    teastore-persistence and teastore-image both landed on tea-worker-2. At ~11:50 the worker's kubelet stopped posting
    status (the rack-b hypervisor froze; the VM is unreachable). After the 40 s node-monitor-grace-period the node
    lifecycle controller set Ready=Unknown (NodeStatusUnknown, "Kubelet stopped posting node status."), tainted it
    node.kubernetes.io/unreachable and marked its pods Ready=False, so the Endpoints of teastore-persistence and
    teastore-image hold only notReadyAddresses; the 300 s toleration has not yet evicted them at the incident time.
    Every webui/auth/recommender call to persistence (Service name in HOST_NAME, kube-proxy rejects with no ready
    endpoint) ends in ConnectException: Connection refused and webui renders its 500 page. Follows the Kubernetes docs
    on node status and taint-based eviction; the kubelet/container statuses of the pods on the node are frozen at their
    last report. Deviation: the scheduling that put both pods on one node is assumed, upstream does not pin nodes.`,
  nodes: {
    [W2]: { heartbeat: -7.1, taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T.iso(-6.3) }, { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T.iso(-6.3) }], conditions: { MemoryPressure: unk('MemoryPressure'), DiskPressure: unk('DiskPressure'), PIDPressure: unk('PIDPressure'), Ready: unk('Ready') } },
  },
  workloads: {
    'teastore-registry': { pods: [{ node: 'tea-worker-3' }] },
    'teastore-persistence': { pods: [{ node: W2, ready: false }], unavailableSince: -6.3 },
    'teastore-image': { pods: [{ node: W2, ready: false }], unavailableSince: -6.3 },
    'teastore-recommender': { pods: [{ node: 'tea-worker-3' }] },
  },
  events: [
    { on: `node:${W2}`, source: 'node-controller', reason: 'NodeNotReady', type: 'Normal', message: `Node ${W2} status is now: NodeNotReady`, first: -6.3, last: -6.3 },
    { on: 'pod:teastore-persistence#0', source: 'node-controller', reason: 'NodeNotReady', type: 'Warning', message: 'Node is not ready', first: -6.3, last: -6.3 },
    { on: 'pod:teastore-image#0', source: 'node-controller', reason: 'NodeNotReady', type: 'Warning', message: 'Node is not ready', first: -6.3, last: -6.3 },
  ],
  logs: {
    'teastore-webui#0/teastore-webui': [
      tc(-15, 'INFO', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.updateLoadBalancersForServiceUsingRegistry', 'Updated load balancer for service persistence: [teastore-persistence:8080]'),
      tc(-7.5, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
      ...refused('persistence', 113),
      tc(-5.2, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [ProductServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
      ...refused('persistence', 128),
      tc(-3.1, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
      `javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error`,
      `\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:31)`,
      `\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:214)`,
      tc(-1.0, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
      ...refused('persistence', 113),
    ],
    'teastore-auth#0/teastore-auth': [
      tc(-3.1, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception [javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)] with root cause'),
      ...refused('persistence', 98).slice(8),
    ],
    'teastore-recommender#0/teastore-recommender': [
      tc(-6.0, 'WARNING', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Persistence not reachable. Retrying in 1 minute.'),
      tc(-2.0, 'WARNING', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Persistence not reachable. Retrying in 1 minute.'),
    ],
    'teastore-registry#0/teastore-registry': [
      tc(-30, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.registry.war] has finished in [1,112] ms'),
      tc(-5.5, 'INFO', 'tools.descartes.teastore.registry.rest.Registry.heartbeatCleanup', 'Removed teastore-persistence:8080 from service persistence: no heartbeat for 60s'),
    ],
  },
};

export const scenarios = [s1];
