// s34b held-out scenario for TeaStore (split: test), written blind: the kit system definition
// (examples/kubernetes/teastore-clusterip.yaml at 5ab1188) plus one incident; built by scripts/s34b-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-07-08T16:05:00Z');
const W1 = 'tea-worker-1', W2 = 'tea-worker-2', W3 = 'tea-worker-3';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat JULI OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const cat = (min, lvl, thread, where, msg) => {
  const s = T.java(min);
  return `${s.slice(8, 10)}-${MON[Number(s.slice(5, 7)) - 1]}-${s.slice(0, 4)} ${s.slice(11)} ${lvl} [${thread}] ${where} ${msg}`;
};
const evictMsg = (c, used) => `The node was low on resource: memory. Threshold quantity: 100Mi, available: ${used[1]}Ki. Container ${c} was using ${used[0]}Ki, request is 0, has larger consumption of memory. `;
const P_MSG = evictMsg('teastore-persistence', [3911424, 94688]);
const R_MSG = evictMsg('teastore-recommender', [3468112, 97240]);

const servletErr = (min, n, servlet, cause) => [
  cat(min, 'SEVERE', `http-nio-8080-exec-${n}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${servlet}] in context with path [] threw exception`),
  `javax.ws.rs.ProcessingException: ${cause}`,
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)',
  '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)',
  '\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntities(NonBalancedCRUDOperations.java:164)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.lambda$getEntities$2(LoadBalancedCRUDOperations.java:138)',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:288)',
  `Caused by: ${cause}`,
  '\tat java.base/sun.nio.ch.Net.connect0(Native Method)',
  '\t... 42 more',
];

const webuiLog = [
  cat(-30, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.registryclient.RegistryClient.refreshRegistry', 'Refreshed service registry'),
  ...servletErr(-6.9, 4, 'tools.descartes.teastore.webui.servlet.CategoryServlet', 'java.net.NoRouteToHostException: No route to host (Host unreachable)'),
  ...servletErr(-6.6, 9, 'tools.descartes.teastore.webui.servlet.ProductServlet', 'java.net.NoRouteToHostException: No route to host (Host unreachable)'),
  ...servletErr(-6.2, 2, 'tools.descartes.teastore.webui.servlet.CategoryServlet', 'java.net.ConnectException: Connection refused (Connection refused)'),
  ...servletErr(-5.7, 6, 'tools.descartes.teastore.webui.servlet.IndexServlet', 'java.net.ConnectException: Connection refused (Connection refused)'),
  ...servletErr(-5.3, 1, 'tools.descartes.teastore.webui.servlet.CategoryServlet', 'java.net.ConnectException: Connection refused (Connection refused)'),
  ...servletErr(-3.0, 5, 'tools.descartes.teastore.webui.servlet.ProductServlet', 'java.net.NoRouteToHostException: No route to host (Host unreachable)'),
  ...servletErr(-2.6, 7, 'tools.descartes.teastore.webui.servlet.CartServlet', 'java.net.ConnectException: Connection refused (Connection refused)'),
];

const tomcatBoot = (m, war, ms) => [
  cat(m, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/9.0.89'),
  cat(m + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(m + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${war}.war]`),
  cat(m + ms / 60000, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${war}.war] has finished in [${ms - 300}] ms`),
  cat(m + ms / 60000 + 0.005, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  cat(m + ms / 60000 + 0.006, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${ms}] milliseconds`),
];

export const scenarios = [
  {
    folder: 's34b-worker-memory-pressure',
    incidentTime: '2026-07-08T16:05:00Z',
    description: 'teastore throwing 500s on and off for the last 10 min, mostly category/product pages',
    expected: { component: 'persistence', cause: 'node-pressure', node: W2 },
    difficulty: 'medium',
    traits: ['node-level', 'time-expression'],
    grounding: `
      TeaStore (examples/kubernetes/teastore-clusterip.yaml at 5ab1188): no container sets requests or limits, so every pod is
      BestEffort and each Tomcat JVM sizes its heap from the node's memory. On the kubeadm worker tea-worker-2 (16 GiB) the
      persistence, recommender, image and registry JVMs grow until the kubelet's hard eviction threshold memory.available<100Mi is
      crossed: the Node reports MemoryPressure (KubeletHasInsufficientMemory) with the node.kubernetes.io/memory-pressure:NoSchedule
      taint, EvictionThresholdMet "Attempting to reclaim memory", and the kubelet evicts the BestEffort pods using the most memory
      with its real message ("The node was low on resource: memory. Threshold quantity: 100Mi, available: ...Ki. Container ... was
      using ...Ki, request is 0, has larger consumption of memory."): persistence first, recommender four minutes later. The
      ReplicaSets recreate them on the other workers, but while Tomcat deploys the WAR (about a minute, no readiness probe upstream)
      and while the registry still lists the evicted instance's IP, the webui's Jersey client calls fail with No route to host and
      Connection refused (Tomcat OneLineFormatter SEVERE lines from StandardWrapperValve) and pages return 500; the pressure is still
      on, so more evictions follow. Kubernetes node-pressure eviction documentation; TeaStore issues on memory use without limits.
      Expected: the Node tea-worker-2 under memory pressure (an answer on the Node, or on persistence with the Node, is right).`,
    nodes: {
      [W2]: {
        taints: [{ key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule', timeAdded: T.iso(-9.2) }],
        conditions: {
          MemoryPressure: { type: 'MemoryPressure', status: 'True', lastHeartbeatTime: T.iso(-0.3), lastTransitionTime: T.iso(-9.2), reason: 'KubeletHasInsufficientMemory', message: 'kubelet has insufficient memory available' },
        },
      },
    },
    workloads: {
      'teastore-db': { pods: [{ node: W1 }] },
      'teastore-registry': { pods: [{ node: W2 }] },
      'teastore-persistence': { pods: [{ node: W2, evicted: P_MSG }, { node: W3, created: T.iso(-7.1) }] },
      'teastore-auth': { pods: [{ node: W3 }] },
      'teastore-image': { pods: [{ node: W2 }] },
      'teastore-recommender': { pods: [{ node: W2, evicted: R_MSG }, { node: W1, created: T.iso(-3.1) }] },
      'teastore-webui': { pods: [{ node: W1 }] },
    },
    events: [
      { on: `node:${W2}`, reason: 'NodeHasInsufficientMemory', message: `Node ${W2} status is now: NodeHasInsufficientMemory`, first: -9.2 },
      { on: `node:${W2}`, type: 'Warning', reason: 'EvictionThresholdMet', message: 'Attempting to reclaim memory', first: -9.2, last: -3.3, count: 3 },
      { on: 'pod:teastore-persistence#0', type: 'Warning', reason: 'Evicted', message: P_MSG, first: -7.2 },
      { on: 'pod:teastore-persistence#0', reason: 'Killing', message: 'Stopping container teastore-persistence', first: -7.2, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'rs:teastore-persistence', reason: 'SuccessfulCreate', message: 'Created pod: teastore-persistence-%RS%', first: -7.1 },
      { on: 'pod:teastore-persistence#1', reason: 'Scheduled', message: `Successfully assigned teastore/%POD% to ${W3}`, first: -7.1, source: 'default-scheduler' },
      { on: 'pod:teastore-persistence#1', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-persistence"', first: -7.05, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#1', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 1.214s (1.214s including waiting). Image size: 254813262 bytes.', first: -7.0, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#1', reason: 'Started', message: 'Started container teastore-persistence', first: -7.0, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-recommender#0', type: 'Warning', reason: 'Evicted', message: R_MSG, first: -3.2 },
      { on: 'pod:teastore-recommender#0', reason: 'Killing', message: 'Stopping container teastore-recommender', first: -3.2, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'rs:teastore-recommender', reason: 'SuccessfulCreate', message: 'Created pod: teastore-recommender-%RS%', first: -3.1 },
      { on: 'pod:teastore-recommender#1', reason: 'Scheduled', message: `Successfully assigned teastore/%POD% to ${W1}`, first: -3.1, source: 'default-scheduler' },
      { on: 'pod:teastore-recommender#1', reason: 'Started', message: 'Started container teastore-recommender', first: -3.0, fieldPath: 'spec.containers{teastore-recommender}' },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-persistence#1/teastore-persistence': [
        ...tomcatBoot(-7.0, 'tools.descartes.teastore.persistence', 58400),
        cat(-6.0, 'INFO', 'Thread-4', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered with registry as teastore-persistence:8080'),
      ],
      'teastore-recommender#1/teastore-recommender': [
        ...tomcatBoot(-3.0, 'tools.descartes.teastore.recommender', 47100),
        cat(-2.1, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Retrieved 4812 orderItems, starting retraining of recommendation engine.'),
      ],
      'teastore-auth#0/teastore-auth': [
        cat(-20, 'INFO', 'http-nio-8080-exec-2', 'tools.descartes.teastore.registryclient.RegistryClient.refreshRegistry', 'Refreshed service registry'),
      ],
    },
  },
];
