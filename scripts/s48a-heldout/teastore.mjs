// Batch s48a held-out scenario for TeaStore (split: test), written blind; built by scripts/s48a-build.mjs with the kit
// and the kit system definition scripts/kit-systems/teastore.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const I = '2026-12-09T10:47:00Z';
const T = clock(I);
const W = { 1: 'tea-worker-1', 2: 'tea-worker-2', 3: 'tea-worker-3' };
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const jul = (min, level, thread, logger, msg) => {
  const [date, time] = T.java(min).split(' ');
  const [Y, M, D] = date.split('-');
  return `${D}-${MON[Number(M) - 1]}-${Y} ${time} ${level} [${thread}] ${logger} ${msg}`;
};
const startup = (min, ms) => [
  jul(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.43'),
  jul(min + 0.01, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           1.8.0_222-b10'),
  jul(min + 0.4, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  jul(min + ms / 60000, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in ${ms} ms`),
];
const evictMsg = (c, kib) => `The node was low on resource: memory. Threshold quantity: 100Mi, available: ${91000 + (kib % 5000)}Ki. Container ${c} was using ${kib}Ki, request is 0, has larger consumption of memory. `;
const servletErr = (min, exec, servlet, cause) => [
  jul(min, 'SEVERE', `http-nio-8080-exec-${exec}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`),
  `javax.ws.rs.ProcessingException: ${cause}`,
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:287)',
  '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:252)',
  '\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose(RestUtil.java:67)',
];

export const scenarios = [
  {
    folder: 's48a-worker-memory-pressure-evictions',
    incidentTime: I,
    description: 'teastore: product pictures broken and the recommendations box errors out since 10:38 or so',
    // Fixed before the snapshot was generated.
    expected: { component: 'image', cause: 'node-pressure', node: 'tea-worker-2' },
    alsoAcceptable: [{ component: 'recommender', cause: 'node-pressure', node: 'tea-worker-2' }],
    difficulty: 'hard',
    traits: ['node-level', 'time-expression', 'louder-dependents'],
    grounding: `
      TeaStore examples/kubernetes/teastore-clusterip.yaml sets no resources on any container, so every pod is BestEffort, and the
      Tomcat images start Java 8 without -Xmx, so each JVM may grow its heap to a quarter of the node's memory. On tea-worker-2 the
      webui, auth, image and recommender JVMs grow under the morning load until the kubelet's hard eviction threshold
      (memory.available<100Mi) is met at 10:39: the node reports MemoryPressure (KubeletHasInsufficientMemory, taint
      node.kubernetes.io/memory-pressure:NoSchedule, events EvictionThresholdMet "Attempting to reclaim memory" and
      NodeHasInsufficientMemory) and evicts the BestEffort pods using the most memory, first teastore-image then teastore-recommender,
      with the kubelet's real Evicted message ("The node was low on resource: memory. Threshold quantity: 100Mi ... request is 0, has
      larger consumption of memory"). The replacements land on tea-worker-3 and tea-worker-1 and are still warming up (the image
      provider regenerates its product images at start, the recommender retrains), while webui, still on tea-worker-2, logs Jersey
      ProcessingExceptions (connection refused on the evicted pods' stale registry entries, then read timeouts). The root cause is
      the node's memory pressure; the affected services are the symptom.`,
    nodes: {
      [W[2]]: {
        taints: [{ key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule', timeAdded: T.iso(-8) }],
        conditions: {
          MemoryPressure: { type: 'MemoryPressure', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-8), reason: 'KubeletHasInsufficientMemory', message: 'kubelet has insufficient memory available' },
        },
      },
    },
    workloads: {
      'teastore-db': { pods: [{ node: W[1] }] },
      'teastore-registry': { pods: [{ node: W[1] }] },
      'teastore-persistence': { pods: [{ node: W[3] }] },
      'teastore-auth': { pods: [{ node: W[2] }] },
      'teastore-image': { pods: [{ node: W[2], evicted: evictMsg('teastore-image', 4012876) }, { node: W[3], created: T.iso(-7.5) }] },
      'teastore-recommender': { pods: [{ node: W[2], evicted: evictMsg('teastore-recommender', 3387140) }, { node: W[1], created: T.iso(-4.2) }] },
      'teastore-webui': { pods: [{ node: W[2] }] },
    },
    events: [
      { on: `node:${W[2]}`, reason: 'NodeHasInsufficientMemory', message: `Node ${W[2]} status is now: NodeHasInsufficientMemory`, first: -8, last: -8 },
      { on: `node:${W[2]}`, type: 'Warning', reason: 'EvictionThresholdMet', message: 'Attempting to reclaim memory', first: -8, last: -0.7, count: 4 },
      { on: 'pod:teastore-image#0', type: 'Warning', reason: 'Evicted', message: evictMsg('teastore-image', 4012876), first: -7.6, last: -7.6 },
      { on: 'pod:teastore-image#0', reason: 'Killing', message: 'Stopping container teastore-image', first: -7.6, last: -7.6, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#1', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned teastore/%POD% to ${W[3]}`, first: -7.5, last: -7.5 },
      { on: 'pod:teastore-image#1', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 1.84s (1.84s including waiting). Image size: 250163274 bytes.', first: -7.4, last: -7.4, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-recommender#0', type: 'Warning', reason: 'Evicted', message: evictMsg('teastore-recommender', 3387140), first: -4.3, last: -4.3 },
      { on: 'pod:teastore-recommender#0', reason: 'Killing', message: 'Stopping container teastore-recommender', first: -4.3, last: -4.3, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#1', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned teastore/%POD% to ${W[1]}`, first: -4.2, last: -4.2 },
    ],
    logs: {
      'teastore-image#1/teastore-image': [...startup(-7.2, 21894)],
      'teastore-recommender#1/teastore-recommender': [...startup(-4.0, 18422)],
      'teastore-webui#0/teastore-webui': [
        jul(-30, 'INFO', 'http-nio-8080-exec-3', 'org.apache.catalina.core.ApplicationContext.log', 'IndexServlet: GET /'),
        ...servletErr(-7.55, 14, 'CategoryServlet', 'java.net.ConnectException: Connection refused (Connection refused)'),
        ...servletErr(-6.9, 22, 'ProductServlet', 'java.net.ConnectException: Connection refused (Connection refused)'),
        ...servletErr(-5.8, 9, 'CategoryServlet', 'java.net.SocketTimeoutException: Read timed out'),
        ...servletErr(-4.25, 31, 'ProductServlet', 'java.net.ConnectException: Connection refused (Connection refused)'),
        ...servletErr(-3.1, 17, 'CartServlet', 'java.net.SocketTimeoutException: Read timed out'),
        ...servletErr(-1.6, 26, 'ProductServlet', 'java.net.SocketTimeoutException: Read timed out'),
        ...servletErr(-0.5, 12, 'CategoryServlet', 'java.net.SocketTimeoutException: Read timed out'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        jul(-50, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 30411 ms'),
      ],
    },
  },
];
