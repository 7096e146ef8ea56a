// Batch s47b (blind dev): one TeaStore incident for the scenario kit, with the kit system definition of
// scripts/kit-systems/teastore.mjs. A kubeadm worker's root disk fills; the kubelet reports DiskPressure and evicts pods.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-09-03T16:04:00Z';
const T = clock(INC);
const P = -13; // DiskPressure since 15:51
const NODE = 'tea-worker-2';
const evictMsg = (c, used) => `The node was low on resource: ephemeral-storage. Threshold quantity: 10386530Ki, available: ${9871204 - used * 3}Ki. Container ${c} was using ${used}Ki, request is 0, has larger consumption of ephemeral-storage. `;
const cond = (type, status, reason, message, since) => ({ type, status, lastHeartbeatTime: T.iso(-0.3), lastTransitionTime: T.iso(since), reason, message });
const juli = (min, level, thread, where, msg) => `${(() => { const d = new Date(Date.parse(T.isoMs(min))); const mo = d.toUTCString().split(' ')[2]; const p = (x, w = 2) => String(x).padStart(w, '0'); return `${p(d.getUTCDate())}-${mo}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`; })()} ${level} [${thread}] ${where} ${msg}`;
const startup = (min, svc, ms) => [
  juli(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
  juli(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  juli(min + 0.05, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${svc}.war]`),
  juli(min + ms / 60000, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${svc}.war] has finished in [${ms - 300}] ms`),
  juli(min + ms / 60000 + 0.005, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  juli(min + ms / 60000 + 0.006, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in ${ms} ms`),
];

export const scenarios = [
  {
    folder: 's47b-worker-disk-pressure',
    incidentTime: INC,
    description: 'teastore shop threw errors for a few minutes, pods keep getting recreated since ~15:50',
    expected: { component: 'webui', cause: 'node-pressure', node: NODE },
    difficulty: 'medium',
    traits: ['node-level', 'time-expression'],
    grounding: `
      TeaStore (kit system scripts/kit-systems/teastore.mjs; no requests or limits upstream, so every pod is BestEffort). The
      root filesystem of kubeadm worker tea-worker-2 fills from outside Kubernetes (a host backup agent's spool under /var),
      nodefs.available drops below the default 10% eviction threshold: the kubelet sets DiskPressure (KubeletHasDiskPressure),
      the node controller adds the node.kubernetes.io/disk-pressure:NoSchedule taint, image garbage collection cannot free
      enough ("Failed to garbage collect required amount of images. Attempted to free … bytes, but only found … bytes eligible
      to free."), and the eviction manager evicts BestEffort pods one after another with the kubelet's "The node was low on
      resource: ephemeral-storage. Threshold quantity: …, available: …Ki. Container … was using …Ki, request is 0, has larger
      consumption of ephemeral-storage." message: teastore-webui, then teastore-image, then teastore-recommender. The
      ReplicaSets recreate them on the other workers (Tomcat 8.5 JULI startup lines); while webui restarted the NodePort
      answered errors, and webui logged failures to reach the image service while it was being recreated. The evicted pods'
      own usage is tiny: the disk is taken by something on the host. teastore-registry on the same node is not evicted yet.
      Written blind; the expected answer was fixed before the snapshot was generated.`,
    nodes: {
      [NODE]: {
        conditions: { DiskPressure: cond('DiskPressure', 'True', 'KubeletHasDiskPressure', 'kubelet has disk pressure', P) },
        taints: [{ key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule', timeAdded: T.iso(P + 0.1) }],
      },
    },
    workloads: {
      'teastore-webui': {
        pods: [
          { node: NODE, evicted: evictMsg('teastore-webui', 1288) },
          { node: 'tea-worker-3', created: T.iso(-11.8) },
        ],
      },
      'teastore-image': {
        pods: [
          { node: NODE, evicted: evictMsg('teastore-image', 1104) },
          { node: 'tea-worker-1', created: T.iso(-8.7) },
        ],
      },
      'teastore-recommender': {
        pods: [
          { node: NODE, evicted: evictMsg('teastore-recommender', 948) },
          { node: 'tea-worker-3', created: T.iso(-3.6) },
        ],
      },
    },
    events: [
      { on: `node:${NODE}`, reason: 'NodeHasDiskPressure', message: `Node ${NODE} status is now: NodeHasDiskPressure`, first: P },
      { on: `node:${NODE}`, reason: 'EvictionThresholdMet', type: 'Warning', message: 'Attempting to reclaim ephemeral-storage', first: P, last: -0.5, count: 14 },
      { on: `node:${NODE}`, reason: 'FreeDiskSpaceFailed', type: 'Warning', message: 'Failed to garbage collect required amount of images. Attempted to free 10964172390 bytes, but only found 1390712832 bytes eligible to free.', first: P + 0.2, last: -1.2, count: 3 },
      { on: 'pod:teastore-webui#0', reason: 'Evicted', type: 'Warning', message: evictMsg('teastore-webui', 1288), first: -12 },
      { on: 'pod:teastore-webui#0', reason: 'Killing', message: 'Stopping container teastore-webui', fieldPath: 'spec.containers{teastore-webui}', first: -12 },
      { on: 'pod:teastore-webui#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to tea-worker-3', first: -11.8 },
      { on: 'pod:teastore-image#0', reason: 'Evicted', type: 'Warning', message: evictMsg('teastore-image', 1104), first: -8.9 },
      { on: 'pod:teastore-image#0', reason: 'Killing', message: 'Stopping container teastore-image', fieldPath: 'spec.containers{teastore-image}', first: -8.9 },
      { on: 'pod:teastore-image#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to tea-worker-1', first: -8.7 },
      { on: 'pod:teastore-recommender#0', reason: 'Evicted', type: 'Warning', message: evictMsg('teastore-recommender', 948), first: -3.8 },
      { on: 'pod:teastore-recommender#0', reason: 'Killing', message: 'Stopping container teastore-recommender', fieldPath: 'spec.containers{teastore-recommender}', first: -3.8 },
      { on: 'pod:teastore-recommender#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to tea-worker-3', first: -3.6 },
      { on: 'pod:teastore-recommender#1', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', fieldPath: 'spec.containers{teastore-recommender}', first: -3.55 },
      { on: 'pod:teastore-recommender#1', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 1.208s (1.208s including waiting). Image size: 312554208 bytes.', fieldPath: 'spec.containers{teastore-recommender}', first: -3.5 },
    ],
    logs: {
      'teastore-webui#1/teastore-webui': [
        ...startup(-11.6, 'webui', 14211),
        juli(-8.8, 'SEVERE', 'http-nio-8080-exec-4', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [IndexServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        'javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)',
        '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:287)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getWebImages(LoadBalancedImageOperations.java:71)',
        juli(-8.2, 'WARNING', 'http-nio-8080-exec-9', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.updateLoadBalancersForServiceUsingRegistry', 'No instances of service teastore-image registered; retrying'),
      ],
      'teastore-image#1/teastore-image': startup(-8.5, 'image', 9830),
      'teastore-recommender#1/teastore-recommender': startup(-3.4, 'recommender', 21480),
      'teastore-persistence#0/teastore-persistence': [
        juli(-60 * 24 * 9 + 1, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 18230 ms'),
      ],
    },
  },
];
