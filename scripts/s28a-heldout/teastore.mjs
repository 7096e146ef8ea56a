// Held-out scenario of batch s28a for TeaStore (split: test), written blind: the kit system definition
// scripts/kit-systems/teastore.mjs and one incident, built by scripts/s28a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
export const scenarios = [];
export const nodeDown = {};

{
  const incidentTime = '2026-12-10T09:21:00Z';
  const T = clock(incidentTime);
  const DOWN = 'tea-worker-2';
  const unknown = (type) => ({
    type, status: 'Unknown', lastHeartbeatTime: T.iso(-4.3), lastTransitionTime: T.iso(-3.5),
    reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.',
  });
  // Tomcat JULI (catalina) console format: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const juli = (min, lvl, thread, where, msg) => {
    const j = T.java(min); // YYYY-MM-DD HH:mm:ss.SSS
    return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${lvl} [${thread}] ${where} ${msg}`;
  };
  const PIP = '%IPOF:teastore-persistence#0%';
  const servletFail = (min, exec, servlet, path) => [
    juli(min, 'SEVERE', `http-nio-8080-exec-${exec}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`),
    `jakarta.ws.rs.ProcessingException: java.net.SocketTimeoutException: Connect timed out`,
    '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)',
    '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:300)',
    '\tat org.glassfish.jersey.client.JerseyInvocation.lambda$invoke$1(JerseyInvocation.java:675)',
    '\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntities(NonBalancedCRUDOperations.java:178)',
    '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.lambda$getEntities$3(LoadBalancedCRUDOperations.java:121)',
    '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:260)',
    `\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:64)`,
    '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:212)',
    '\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:564)',
    'Caused by: java.net.SocketTimeoutException: Connect timed out',
    '\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)',
    '\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:597)',
    '\tat java.base/java.net.Socket.connect(Socket.java:633)',
    '\tat java.base/sun.net.NetworkClient.doConnect(NetworkClient.java:178)',
    `\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:533) [http://${PIP}:8080${path}]`,
    '\t... 38 more',
  ];
  nodeDown['s28a-worker-2-kubelet-stopped'] = { node: DOWN, at: T.iso(-3.5) };
  scenarios.push({
    folder: 's28a-worker-2-kubelet-stopped',
    incidentTime,
    description: 'TeaStore shop pages hang for ~10s then show an error, categories and product pages mostly. since 9:17ish',
    expected: { component: 'persistence', cause: 'node-not-ready', node: DOWN },
    alsoAcceptable: [{ component: 'image', cause: 'node-not-ready', node: DOWN }],
    difficulty: 'medium',
    traits: ['node-level', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `TeaStore examples/kubernetes/teastore-clusterip.yaml on a 3-worker kubeadm cluster (flannel vxlan). The services find
      each other through teastore-registry and call instances by pod IP (registryclient ServiceLoadBalancer), so a dead node's pods keep
      receiving calls until their registry heartbeats lapse. Incident pattern from kubelet/containerd hangs reported on bare-metal
      clusters: the kubelet on tea-worker-2 stops posting status at 09:16:40 (node unreachable from the control plane, host hung); after
      the 40 s node-monitor grace period the node lifecycle controller sets every condition Unknown ("Kubelet stopped posting node
      status."), adds the unreachable NoSchedule/NoExecute taints, emits NodeNotReady and marks the node's pods not Ready; the 300 s
      tolerations have not yet expired, so nothing is evicted or replaced. teastore-persistence and teastore-image run there; the
      webui's Jersey calls to the persistence pod IP time out ("Connect timed out") and its servlets throw; auth and recommender need
      persistence too. Decoy: a healthy teastore-auth rollout the previous afternoon.`,
    nodes: {
      [DOWN]: {
        heartbeat: -4.3,
        conditions: { MemoryPressure: unknown('MemoryPressure'), DiskPressure: unknown('DiskPressure'), PIDPressure: unknown('PIDPressure'), Ready: unknown('Ready') },
        taints: [
          { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T.iso(-3.5) },
          { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T.iso(-3.4) },
        ],
      },
    },
    workloads: {
      'teastore-db': { pods: [{ node: 'tea-worker-1' }] },
      'teastore-registry': { pods: [{ node: 'tea-worker-3' }] },
      'teastore-persistence': { pods: [{ node: DOWN, ready: false }], unavailableSince: -3.5 },
      'teastore-auth': {
        pods: [{ node: 'tea-worker-1' }],
        rollout: { at: -60 * 17.5, oldContainers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth' } } },
        containers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.3' } },
      },
      'teastore-image': { pods: [{ node: DOWN, ready: false }], unavailableSince: -3.5 },
      'teastore-recommender': { pods: [{ node: 'tea-worker-3' }] },
      'teastore-webui': { pods: [{ node: 'tea-worker-3' }] },
    },
    events: [
      { on: `node:${DOWN}`, reason: 'NodeNotReady', message: `Node ${DOWN} status is now: NodeNotReady`, source: 'node-controller', first: -3.5, last: -3.5 },
      { on: 'pod:teastore-persistence#0', reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning', source: 'node-controller', first: -3.5, last: -3.5 },
      { on: 'pod:teastore-image#0', reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning', source: 'node-controller', first: -3.5, last: -3.5 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -60 * 17.5, last: -60 * 17.5 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -60 * 17.5 + 1.2, last: -60 * 17.5 + 1.2 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        ...servletFail(-4.0, 12, 'CategoryServlet', '/tools.descartes.teastore.persistence/rest/categories'),
        ...servletFail(-3.1, 3, 'ProductServlet', '/tools.descartes.teastore.persistence/rest/products/107'),
        ...servletFail(-2.2, 17, 'IndexServlet', '/tools.descartes.teastore.persistence/rest/categories'),
        ...servletFail(-0.9, 8, 'CategoryServlet', '/tools.descartes.teastore.persistence/rest/categories'),
      ],
      'teastore-auth#0/teastore-auth': [
        juli(-2.7, 'WARNING', 'http-nio-8080-exec-5', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', `Service teastore-persistence at ${PIP}:8080 did not answer, removing it from the load balancer: java.net.SocketTimeoutException: Connect timed out`),
      ],
      'teastore-recommender#0/teastore-recommender': [
        juli(-60 * 20, 'INFO', 'main', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, ready for recommendation.'),
        juli(-3.6, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Retrieving data objects from persistence...'),
        juli(-2.1, 'WARNING', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Persistence not reachable. Retrying in 5 seconds.'),
      ],
    },
  });
}
