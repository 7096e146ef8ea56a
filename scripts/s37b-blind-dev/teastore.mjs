// Batch s37b blind dev scenario for TeaStore (DescartesResearch/TeaStore teastore-clusterip.yaml, no resources set), written
// without knowledge of the engine: memory pressure on one worker evicts the BestEffort image provider and recommender.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-04-23T19:52:00Z');
// Tomcat 9 JULI console format (catalina.out), as the teastore images write it.
const juli = (min, lvl, thread, logger, msg) => {
  const d = new Date(Date.parse('2026-04-23T19:52:00Z') + min * 60000);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${lvl} [${thread}] ${logger} ${msg}`;
};
const tomcatBoot = (min, war, ms) => [
  juli(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/9.0.89'),
  juli(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.23+9'),
  juli(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  juli(min + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${war}.war]`),
  juli(min + ms / 60000, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${war}.war] has finished in [${ms - 180}] ms`),
  juli(min + ms / 60000 + 0.003, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  juli(min + ms / 60000 + 0.004, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${ms}] milliseconds`),
];
const refused = (min, thread, path, op = 'LoadBalancedImageOperations.getProductPreviewImages(LoadBalancedImageOperations.java:128)', at = 'CategoryServlet.handleGETRequest(CategoryServlet.java:97)') => [
  juli(min, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${path}] in context with path [/tools.descartes.teastore.webui] threw exception`),
  'javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:260)',
  '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:254)',
  '\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose(RestUtil.java:48)',
  `\tat tools.descartes.teastore.registryclient.rest.${op}`,
  `\tat tools.descartes.teastore.webui.servlet.${at}`,
  'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
  '\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)',
  '\t... 38 more',
];

function webuiLogs() {
  const out = [];
  // Steady traffic, then the image provider evicted at -11: calls to the dead instance are refused until the registry drops it,
  // then the new instance answers while it is still generating images.
  for (let m = -11, i = 0; m < -0.3; m += 0.45, i++) {
    if (m < -8.6) out.push(...refused(m, `http-nio-8080-exec-${(i % 40) + 1}`, 'CategoryServlet'));
    else if (i % 3 === 0 && m < -6) out.push(...refused(m, `http-nio-8080-exec-${(i % 40) + 1}`, i % 2 ? 'ProductServlet' : 'CategoryServlet').slice(0, 2));
  }
  for (let m = -5.05, i = 0; m < -3.9; m += 0.3, i++)
    out.push(...refused(m, `http-nio-8080-exec-${i + 7}`, 'ProductServlet', 'LoadBalancedRecommenderOperations.getRecommendations(LoadBalancedRecommenderOperations.java:62)', 'ProductServlet.handleGETRequest(ProductServlet.java:81)'));
  return out;
}

export const scenarios = [
  {
    folder: 's37b-worker3-memory-pressure-evictions',
    incidentTime: '2026-04-23T19:52:00Z',
    description: 'teastore: category pages 500 and product pictures broken since like 19:40',
    expected: { component: 'image', cause: 'node-pressure', node: 'tea-worker-3' },
    alsoAcceptable: [{ component: 'image', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['node-level', 'time-expression', 'decoy', 'louder-dependents'],
    grounding: `
      Manifest: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml sets no requests or limits on any container, so
      every pod is BestEffort and the JVMs size their heaps from the 16 GiB host (default MaxRAMPercentage 25 %). The TeaStore paper and
      README: the image provider generates an image for each product at startup and caches scaled images; the recommender trains on
      the order history at startup. Fault: kubelet node-pressure eviction (kubernetes.io docs "Node-pressure Eviction"): with the
      image provider (5.6 GiB RSS) and recommender (3.2 GiB) packed on tea-worker-3 with persistence, memory.available falls under the
      100Mi hard threshold; the node reports MemoryPressure (KubeletHasInsufficientMemory) and gets the
      node.kubernetes.io/memory-pressure:NoSchedule taint, the kubelet logs EvictionThresholdMet "Attempting to reclaim memory" and
      evicts the largest BestEffort consumers with its real message ("The node was low on resource: memory. Threshold quantity:
      100Mi, available: …Ki. Container teastore-image was using …Ki, request is 0, has larger consumption of memory."). The
      replacements land on tea-worker-1/2 and restart their startup work; meanwhile webui's Jersey client gets connection refused
      from the evicted instance still in the registry, then slow pages while the new image provider regenerates its images. The engineer names the node pressure on
      tea-worker-3 (driven by the unbounded image provider). Decoy: teastore-auth restarted once two days ago after a registry
      timeout, long healthy since.`,
    nodes: {
      'tea-worker-3': {
        conditions: {
          MemoryPressure: { type: 'MemoryPressure', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-12), reason: 'KubeletHasInsufficientMemory', message: 'kubelet has insufficient memory available' },
        },
        taints: [{ key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule', timeAdded: T.iso(-12) }],
      },
    },
    workloads: {
      'teastore-db': { pods: [{ node: 'tea-worker-1' }] },
      'teastore-registry': { pods: [{ node: 'tea-worker-2' }] },
      'teastore-persistence': { pods: [{ node: 'tea-worker-3' }] },
      'teastore-auth': {
        pods: [{ node: 'tea-worker-2', containers: { 'teastore-auth': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 47), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 47 - 0.2) } }) } }],
      },
      'teastore-image': {
        pods: [
          { node: 'tea-worker-3', evicted: 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 71232Ki. Container teastore-image was using 5893412Ki, request is 0, has larger consumption of memory. ', created: T.iso(-60 * 24 * 9) },
          { node: 'tea-worker-1', created: T.iso(-10.8), containers: { 'teastore-image': cs.running(T.iso(-10.6)) } },
        ],
      },
      'teastore-recommender': {
        pods: [
          { node: 'tea-worker-3', evicted: 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 88416Ki. Container teastore-recommender was using 3312876Ki, request is 0, has larger consumption of memory. ', created: T.iso(-60 * 24 * 9) },
          { node: 'tea-worker-2', created: T.iso(-4.9), containers: { 'teastore-recommender': cs.running(T.iso(-4.7)) } },
        ],
      },
      'teastore-webui': { pods: [{ node: 'tea-worker-1' }] },
    },
    events: [
      { on: 'node:tea-worker-3', reason: 'NodeHasInsufficientMemory', message: 'Node tea-worker-3 status is now: NodeHasInsufficientMemory', first: -12 },
      { on: 'node:tea-worker-3', reason: 'EvictionThresholdMet', type: 'Warning', message: 'Attempting to reclaim memory', first: -11.2, last: -5.2, count: 2 },
      { on: 'pod:teastore-image#0', reason: 'Evicted', type: 'Warning', message: 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 71232Ki. Container teastore-image was using 5893412Ki, request is 0, has larger consumption of memory. ', first: -11 },
      { on: 'pod:teastore-image#0', reason: 'Killing', message: 'Stopping container teastore-image', first: -11, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'rs:teastore-image', reason: 'SuccessfulCreate', message: 'Created pod: %POD%', first: -10.8 },
      { on: 'pod:teastore-image#1', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to tea-worker-1', source: 'default-scheduler', first: -10.8 },
      { on: 'pod:teastore-image#1', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-image"', first: -10.75, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#1', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 1.12s (1.12s including waiting). Image size: 284113907 bytes.', first: -10.7, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#1', reason: 'Started', message: 'Started container teastore-image', first: -10.6, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-recommender#0', reason: 'Evicted', type: 'Warning', message: 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 88416Ki. Container teastore-recommender was using 3312876Ki, request is 0, has larger consumption of memory. ', first: -5.1 },
      { on: 'pod:teastore-recommender#0', reason: 'Killing', message: 'Stopping container teastore-recommender', first: -5.1, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#1', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to tea-worker-2', source: 'default-scheduler', first: -4.9 },
      { on: 'pod:teastore-recommender#1', reason: 'Started', message: 'Started container teastore-recommender', first: -4.7, fieldPath: 'spec.containers{teastore-recommender}' },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webuiLogs(),
      'teastore-image#1/teastore-image': [
        ...tomcatBoot(-10.6, 'tools.descartes.teastore.image', 41870),
      ],
      'teastore-recommender#1/teastore-recommender': [
        ...tomcatBoot(-4.7, 'tools.descartes.teastore.recommender', 38210),
      ],
    },
  },
];
