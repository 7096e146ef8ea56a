// Batch s26a held-out scenario for TeaStore (split: test), written blind: the root disk of worker tea-worker-2 fills,
// the kubelet reports DiskPressure and evicts TeaStore's BestEffort pods from it, so the shop loses images and recommendations.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-06-11T08:50:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's JUL OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const tc = (min, lvl, thread, where, msg) => {
  const j = T.java(min);
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${lvl} [${thread}] ${where} ${msg}`;
};
const W2 = 'tea-worker-2';
const evictMsg = (container, using) =>
  `The node was low on resource: ephemeral-storage. Threshold quantity: 3219898470, available: 2841716Ki. Container ${container} was using ${using}, request is 0, has larger consumption of request. `;
const servletFail = (min, thread, servlet, cause) => [
  tc(min, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${servlet}] in context with path [] threw exception`),
  `\t${cause}`,
  '\t\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)',
  '\t\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)',
  '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductPreviewImages(LoadBalancedImageOperations.java:97)',
];

export const scenarios = [
  {
    folder: 's26a-worker-disk-pressure-evictions',
    split: 'test',
    description: 'teastore pages slow and 500ing on and off since ~08:30, product images missing',
    incidentTime: INC,
    expected: { component: 'image', cause: 'node-pressure', node: W2 },
    difficulty: 'medium',
    traits: ['node-level', 'time-expression'],
    grounding: `
      Manifests: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 (kit system
      scripts/kit-systems/teastore.mjs): no container sets requests or limits, so every TeaStore pod is BestEffort and the first
      the kubelet evicts under node pressure; images are :latest with imagePullPolicy Always, so each node keeps every pushed
      revision's layers. The cluster is three kubeadm workers (Ubuntu 22.04, 1.30) on small on-prem VM disks.
      Fault: tea-worker-2's root filesystem (/var/lib/containerd and /var/log/pods) drops under the kubelet's default hard
      eviction threshold nodefs.available<10%. The kubelet sets DiskPressure=True and the node.kubernetes.io/disk-pressure
      taint, image garbage collection cannot free anything (every image is in use: "Attempted to free ... bytes, but only found 0
      bytes eligible to free"), and the eviction manager evicts pods by usage above request: teastore-image at 08:29 (its pod is
      Failed/Evicted, the replacement on tea-worker-3 regenerates its image cache), then teastore-recommender at 08:44 (the
      replacement retrains). Each time the webui fails product pages with ConnectException while the registry still lists the
      evicted instance, then recovers; pressure persists, the node stays tainted and more evictions follow. Texts are the kubelet's
      eviction manager messages ("The node was low on resource: ephemeral-storage. Threshold quantity: ..., available: ...
      Container ... was using ..., request is 0, has larger consumption of request.") and events EvictionThresholdMet,
      NodeHasDiskPressure, ImageGCFailed, Evicted. The careful answer is node pressure on tea-worker-2 (the expected
      component is image, the first and most visible evicted service, with the Node).
    `,
    nodes: {
      [W2]: {
        taints: [{ key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule', timeAdded: T.iso(-22) }],
        conditions: {
          DiskPressure: { type: 'DiskPressure', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-22), reason: 'KubeletHasDiskPressure', message: 'kubelet has disk pressure' },
        },
      },
    },
    workloads: {
      'teastore-image': {
        pods: [
          { node: W2, evicted: evictMsg('teastore-image', '1934212Ki') },
          { node: 'tea-worker-3', created: T.iso(-21), readyTransition: T.iso(-20.6) },
        ],
        endpointsChanged: -20.6,
      },
      'teastore-recommender': {
        pods: [
          { node: W2, evicted: evictMsg('teastore-recommender', '642840Ki') },
          { node: 'tea-worker-1', created: T.iso(-6), readyTransition: T.iso(-5.7) },
        ],
        endpointsChanged: -5.7,
      },
    },
    events: [
      { on: `node:${W2}`, type: 'Warning', reason: 'EvictionThresholdMet', message: 'Attempting to reclaim ephemeral-storage', first: -22, last: -0.5, count: 9 },
      { on: `node:${W2}`, reason: 'NodeHasDiskPressure', message: `Node ${W2} status is now: NodeHasDiskPressure`, first: -22, last: -22 },
      { on: `node:${W2}`, type: 'Warning', reason: 'ImageGCFailed', message: 'Failed to garbage collect required amount of images. Attempted to free 6442450944 bytes, but only found 0 bytes eligible to free.', first: -21.8, last: -1.8, count: 5 },
      { on: 'pod:teastore-image#0', type: 'Warning', reason: 'Evicted', message: evictMsg('teastore-image', '1934212Ki'), first: -21.2, last: -21.2 },
      { on: 'pod:teastore-image#0', reason: 'Killing', fieldPath: 'spec.containers{teastore-image}', message: 'Stopping container teastore-image', first: -21.2, last: -21.2 },
      { on: 'pod:teastore-image#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to tea-worker-3', first: -21, last: -21 },
      { on: 'pod:teastore-image#1', reason: 'Pulling', fieldPath: 'spec.containers{teastore-image}', message: 'Pulling image "descartesresearch/teastore-image"', first: -21, last: -21 },
      { on: 'pod:teastore-image#1', reason: 'Pulled', fieldPath: 'spec.containers{teastore-image}', message: 'Successfully pulled image "descartesresearch/teastore-image" in 1.104s (1.104s including waiting). Image size: 265315482 bytes.', first: -20.98, last: -20.98 },
      { on: 'pod:teastore-image#1', reason: 'Started', fieldPath: 'spec.containers{teastore-image}', message: 'Started container teastore-image', first: -20.95, last: -20.95 },
      { on: 'pod:teastore-recommender#0', type: 'Warning', reason: 'Evicted', message: evictMsg('teastore-recommender', '642840Ki'), first: -6.2, last: -6.2 },
      { on: 'pod:teastore-recommender#0', reason: 'Killing', fieldPath: 'spec.containers{teastore-recommender}', message: 'Stopping container teastore-recommender', first: -6.2, last: -6.2 },
      { on: 'pod:teastore-recommender#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to tea-worker-1', first: -6, last: -6 },
      { on: 'pod:teastore-recommender#1', reason: 'Started', fieldPath: 'spec.containers{teastore-recommender}', message: 'Started container teastore-recommender', first: -5.9, last: -5.9 },
      { on: 'rs:teastore-image', reason: 'SuccessfulCreate', message: 'Created pod: teastore-image-%RS%', first: -21.1, last: -21.1 },
      { on: 'rs:teastore-recommender', reason: 'SuccessfulCreate', message: 'Created pod: teastore-recommender-%RS%', first: -6.1, last: -6.1 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        ...servletFail(-21.1, 'http-nio-8080-exec-4', 'CategoryServlet', 'javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)'),
        ...servletFail(-20.9, 'http-nio-8080-exec-9', 'CategoryServlet', 'javax.ws.rs.ProcessingException: java.net.NoRouteToHostException: No route to host (Host unreachable)'),
        ...servletFail(-20.5, 'http-nio-8080-exec-2', 'ProductServlet', 'javax.ws.rs.ProcessingException: java.net.NoRouteToHostException: No route to host (Host unreachable)'),
        tc(-19.8, 'WARNING', 'http-nio-8080-exec-6', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Image service instance unreachable, removing from load balancer'),
        tc(-6.1, 'WARNING', 'http-nio-8080-exec-3', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Recommender service instance unreachable, removing from load balancer'),
        tc(-6.0, 'SEVERE', 'http-nio-8080-exec-3', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CartServlet] in context with path [] threw exception'),
        '\tjavax.ws.rs.ProcessingException: java.net.NoRouteToHostException: No route to host (Host unreachable)',
        tc(-4.2, 'SEVERE', 'http-nio-8080-exec-8', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [ProductServlet] in context with path [] threw exception'),
        '\tjavax.ws.rs.ServiceUnavailableException: HTTP 503 Service Unavailable',
        '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedRecommenderOperations.getRecommendations(LoadBalancedRecommenderOperations.java:64)',
      ],
      'teastore-image#1/teastore-image': [
        tc(-20.9, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
        tc(-20.7, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 14822 ms'),
        tc(-20.6, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.image.setup.SetupController.startImageCacheWarmup', 'Image cache warmup started.'),
      ],
      'teastore-recommender#1/teastore-recommender': [
        tc(-5.8, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 13107 ms'),
        tc(-5.7, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Retrieving data objects from database...'),
        tc(-3.1, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Retrieved 12452 orderItems, starting training. Training data has been collected.'),
      ],
    },
  },
];
