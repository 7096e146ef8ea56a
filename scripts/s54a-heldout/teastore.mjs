// Blind held-out batch s54a: one TeaStore scenario (split test) as a spec of the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system scripts/kit-systems/teastore.mjs; built by scripts/s54a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-03-19T14:37:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter (catalina.sh run): dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const cat = (min, level, thread, src, msg) => {
  const iso = T.isoMs(min);
  const d = `${iso.slice(8, 10)}-${MON[Number(iso.slice(5, 7)) - 1]}-${iso.slice(0, 4)} ${iso.slice(11, 23)}`;
  return `${d} ${level} [${thread}] ${src} ${msg}`;
};
const slf = (thread, level, logger, msg) => `[${thread}] ${level} ${logger} - ${msg}`;
const tomcatStart = (min, war) => [
  'NOTE: Picked up JDK_JAVA_OPTIONS:  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED',
  cat(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  cat(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.16+8'),
  cat(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(min + 0.01, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.load', 'Server initialization in [712] milliseconds'),
  cat(min + 0.02, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  cat(min + 0.02, 'INFO', 'main', 'org.apache.catalina.core.StandardEngine.startInternal', 'Starting Servlet engine: [Apache Tomcat/10.0.27]'),
  cat(min + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${war}.war]`),
  cat(min + 0.12, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${war}.war] has finished in [5,904] ms`),
  cat(min + 0.12, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  cat(min + 0.12, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [6133] milliseconds'),
];
const W2 = 'tea-worker-2';
const EVICT = 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 81236Ki. Container teastore-recommender was using 7802140Ki, request is 0, has larger consumption of request. ';
const cond = (type, status, since, reason, message) => ({ type, status, lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(since), reason, message });

export const scenarios = [
  {
    folder: 's54a-shop-sluggish-errors-1420',
    description: 'teastore was crawling + bunch of 500s on product pages from ~14:20 to ~14:30, seems ok-ish now. personalisation team swears recs are fine. need RCA before it happens again',
    incidentTime: '2026-03-19T14:37:00Z',
    expected: { component: 'recommender', cause: 'node-pressure', node: W2 },
    alsoAcceptable: [{ component: 'recommender', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['node-level', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifests: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 (kit system
      scripts/kit-systems/teastore.mjs): no requests or limits on any container, so every pod is BestEffort; the docker base image's
      dockermemoryconfigurator gives the JVM TOMCAT_HEAP_MEM_PERCENTAGE=50 of the memory it sees, and with no cgroup limit that is
      half the node (16 GiB workers, so an 8 GiB max heap for a service that needs well under 1 GiB).
      Fault: the recommender's heap on tea-worker-2 grew towards that ceiling (retraining keeps allocating; G1 does not hand heap
      back), the node crossed the kubelet's hard eviction threshold memory.available<100Mi, the node reported MemoryPressure and the
      kubelet evicted the pod using most memory above its request — the recommender (Kubernetes "Node-pressure Eviction": BestEffort
      pods ranked by usage over request; Evicted message layout of the kubelet eviction manager). While the node was short of memory
      webui and persistence on the same node were slow, webui logged "No Server registered" for the recommender until the new pod
      (now on tea-worker-3, with the same unbounded heap) registered again; the pressure cleared at 14:29. Nothing is broken in the
      snapshot now; the cause of the incident is the node memory pressure created by the recommender's unbounded heap.
      Decoy: a restart of auth five days ago (exit 143 during a node patch). Deviations: pod placement is chosen, the eviction
      amounts are illustrative.
    `,
    nodes: {
      [W2]: {
        conditions: { MemoryPressure: cond('MemoryPressure', 'False', -8, 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available') },
      },
    },
    workloads: {
      'teastore-recommender': {
        pods: [
          { node: W2, evicted: EVICT, created: T.iso(-60 * 24 * 6) },
          { node: 'tea-worker-3', created: T.iso(-13.7) },
        ],
        rsReplicas: 1,
      },
      'teastore-webui': { pods: [{ node: W2 }] },
      'teastore-persistence': { pods: [{ node: W2 }] },
      'teastore-auth': {
        pods: [{ node: 'tea-worker-1', containers: { 'teastore-auth': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.2) } }) } }],
      },
    },
    events: [
      { on: `node:${W2}`, type: 'Warning', reason: 'EvictionThresholdMet', message: 'Attempting to reclaim memory', first: -14.1 },
      { on: `node:${W2}`, reason: 'NodeHasInsufficientMemory', message: `Node ${W2} status is now: NodeHasInsufficientMemory`, first: -14.1 },
      { on: 'pod:teastore-recommender#0', type: 'Warning', reason: 'Evicted', message: EVICT, first: -13.9 },
      { on: 'pod:teastore-recommender#0', reason: 'Killing', message: 'Stopping container teastore-recommender', first: -13.9, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#1', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to tea-worker-3', first: -13.7 },
      { on: 'pod:teastore-recommender#1', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', first: -13.65, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#1', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 1.318s (1.318s including waiting). Image size: 285401377 bytes.', first: -13.6, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#1', reason: 'Created', message: 'Created container teastore-recommender', first: -13.6, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#1', reason: 'Started', message: 'Started container teastore-recommender', first: -13.6, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: `node:${W2}`, reason: 'NodeHasSufficientMemory', message: `Node ${W2} status is now: NodeHasSufficientMemory`, first: -8 },
    ],
    logs: {
      'teastore-recommender#1/teastore-recommender': [
        ...tomcatStart(-13.55, 'tools.descartes.teastore.recommender'),
      ],
      'teastore-webui#0/teastore-webui': [
        ...tomcatStart(-60 * 24 * 9 + 0.4, 'tools.descartes.teastore.webui'),
        ...Array.from({ length: 9 }, (_, i) => slf(`http-nio-8080-exec-${[4, 7, 2, 9, 11, 3, 6, 8, 5][i]}`, 'WARN', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', 'No Server registered for Service: tools.descartes.teastore.recommender')),
        cat(-13.6, 'SEVERE', 'http-nio-8080-exec-12', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.ProductServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        '\tjava.lang.NullPointerException: ServiceLoadBalancerResult was null!',
        '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:263)',
        '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:232)',
        '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedRecommenderOperations.getRecommendations(LoadBalancedRecommenderOperations.java:58)',
        '\t\tat tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest(ProductServlet.java:81)',
        '\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:211)',
        '\t\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:670)',
      ],
      'teastore-registry#0/teastore-registry': [
        ...tomcatStart(-60 * 24 * 9 + 0.3, 'tools.descartes.teastore.registry'),
        slf('pool-2-thread-1', 'WARN', 'tools.descartes.teastore.registry.rest.Registry', 'Removed tools.descartes.teastore.recommender@teastore-recommender:8080 since it failed the heartbeat!'),
        slf('http-nio-8080-exec-6', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered tools.descartes.teastore.recommender@teastore-recommender:8080'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        ...tomcatStart(-60 * 24 * 9 + 0.4, 'tools.descartes.teastore.persistence'),
      ],
    },
  },
];
