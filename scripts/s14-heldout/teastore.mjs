// s14 held-out scenarios (split: test) for TeaStore, as compact specs for the scenario kit.
// Uses scripts/kit-systems/teastore.mjs unchanged (Tomcat console and slf4j-simple log lines written here).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Tomcat's OneLineFormatter (catalina.sh run to the console): dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] source msg. */
const tc = (T, min, level, thread, src, msg) => {
  const j = T.java(min);
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${level} [${thread}] ${src} ${msg}`;
};
const tomcatStart = (T, min, ctx) => [
  tc(
    T,
    min,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'Server version name:   Apache Tomcat/10.0.27',
  ),
  tc(
    T,
    min,
    'INFO',
    'main',
    'org.apache.coyote.AbstractProtocol.init',
    'Initializing ProtocolHandler ["http-nio-8080"]',
  ),
  tc(
    T,
    min + 0.05,
    'INFO',
    'main',
    'org.apache.catalina.startup.HostConfig.deployWAR',
    `Deploying web application archive [/usr/local/tomcat/webapps/${ctx}.war]`,
  ),
  tc(
    T,
    min + 0.2,
    'INFO',
    'main',
    'org.apache.catalina.startup.HostConfig.deployWAR',
    `Deployment of web application archive [/usr/local/tomcat/webapps/${ctx}.war] has finished in [11,804] ms`,
  ),
  tc(
    T,
    min + 0.2,
    'INFO',
    'main',
    'org.apache.coyote.AbstractProtocol.start',
    'Starting ProtocolHandler ["http-nio-8080"]',
  ),
  tc(
    T,
    min + 0.2,
    'INFO',
    'main',
    'org.apache.catalina.startup.Catalina.start',
    'Server startup in [12207] milliseconds',
  ),
];
const WEBUI_SERVLETS = (name) => `tools.descartes.teastore.webui.servlet.${name}`;

// 1. A team-built webui image rolled out; the new CategoryServlet throws for sessions without a new attribute.
const A = clock('2026-11-20T13:35:00Z');
const NEWIMG = 'harbor.tea.internal/teastore/teastore-webui:2026.11.20-3f1c2ab';
const npe = (min, exec) => [
  tc(
    A,
    min,
    'SEVERE',
    `http-nio-8080-exec-${exec}`,
    'org.apache.catalina.core.StandardWrapperValve.invoke',
    `Servlet.service() for servlet [${WEBUI_SERVLETS('CategoryServlet')}] in context with path [/tools.descartes.teastore.webui] threw exception`,
  ),
  '\tjava.lang.NullPointerException',
  '\t\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:91)',
  '\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:228)',
  '\t\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:670)',
  '\t\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:779)',
  '\t\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:227)',
  '\t\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:162)',
  '\t\tat tools.descartes.teastore.registryclient.rest.TrackingFilter.doFilter(TrackingFilter.java:94)',
  '\t\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:189)',
  '\t\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)',
  '\t\tat org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:97)',
  '\t\tat org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:360)',
  '\t\tat org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:399)',
  '\t\tat java.base/java.lang.Thread.run(Thread.java:829)',
];
const webuiA = [
  ...tomcatStart(A, -33.6, 'tools.descartes.teastore.webui'),
  '[main] INFO tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer - Pre-initializing client-side load balancer for target: tools.descartes.teastore.persistence',
  '[main] INFO tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer - Pre-initializing client-side load balancer for target: tools.descartes.teastore.auth',
];
for (let i = 0; i < 15; i++) webuiA.push(...npe(-31 + i * 2.05, (i % 9) + 1));
const registryA = [
  '[main] INFO tools.descartes.teastore.registry.rest.Registry - Registry online',
  `[http-nio-8080-exec-3] INFO tools.descartes.teastore.registry.rest.Registry - Unregistered tools.descartes.teastore.webui@teastore-webui:8080`,
  `[http-nio-8080-exec-5] INFO tools.descartes.teastore.registry.rest.Registry - Registered tools.descartes.teastore.webui@teastore-webui:8080`,
];
const webuiRollout = {
  folder: 's14-category-pages-500-after-webui-build',
  description:
    'teastore: clicking any category gives the error page since ~13:00. home page, login and product pages load. shop-frontend on call?',
  incidentTime: '2026-11-20T13:35:00Z',
  expected: { component: 'webui', cause: 'bad-deploy-rollout' },
  difficulty: 'medium',
  traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression', 'team-name'],
  grounding: `
    teastore-webui as examples/kubernetes/teastore-clusterip.yaml (5ab1188): one replica, no probes, Service run:
    teastore-webui. The shop-frontend team switched the Deployment to its own build from an internal Harbor registry
    (${NEWIMG}); the new ReplicaSet is Ready (nothing probes the servlets) and the old one is scaled to 0. The new
    CategoryServlet reads a session attribute older sessions do not carry and throws a bare NullPointerException (the
    base image is JDK 11, so no helpful NPE message), which Tomcat 10.0.27 logs as "Servlet.service() for servlet [...]
    threw exception" (StandardWrapperValve, OneLineFormatter on the console of catalina.sh run) and answers 500; the
    home, login and product servlets are unaffected. persistence, auth and registry are healthy. Decoy: teastore-auth
    rolled to an image from the same internal registry a day earlier and works. Deviations: the internal images (upstream
    pins no tag) and the servlet bug itself (the pattern of a rollout regression that readiness does not catch).
  `,
  workloads: {
    'teastore-webui': {
      containers: { 'teastore-webui': { image: NEWIMG, imagePullPolicy: 'IfNotPresent' } },
      rollout: {
        at: -34.5,
        revision: 4,
        oldContainers: {
          'teastore-webui': { image: 'descartesresearch/teastore-webui', imagePullPolicy: 'Always' },
        },
      },
    },
    'teastore-auth': {
      containers: {
        'teastore-auth': {
          image: 'harbor.tea.internal/teastore/teastore-auth:2026.11.19-9b07d4e',
          imagePullPolicy: 'IfNotPresent',
        },
      },
      rollout: {
        at: -60 * 23,
        revision: 3,
        oldContainers: {
          'teastore-auth': { image: 'descartesresearch/teastore-auth', imagePullPolicy: 'Always' },
        },
      },
    },
  },
  events: [
    {
      on: 'deploy:teastore-webui',
      reason: 'ScalingReplicaSet',
      message: 'Scaled up replica set teastore-webui-%NEW% to 1',
      first: -34.5,
      last: -34.5,
    },
    {
      on: 'deploy:teastore-webui',
      reason: 'ScalingReplicaSet',
      message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1',
      first: -33.4,
      last: -33.4,
    },
    {
      on: 'pod:teastore-webui#0',
      reason: 'Pulled',
      fieldPath: 'spec.containers{teastore-webui}',
      message: `Successfully pulled image "${NEWIMG}" in 6.318s (6.318s including waiting). Image size: 412908331 bytes.`,
      first: -34.2,
      last: -34.2,
    },
    {
      on: 'pod:teastore-webui#0',
      reason: 'Started',
      fieldPath: 'spec.containers{teastore-webui}',
      message: 'Started container teastore-webui',
      first: -34.0,
      last: -34.0,
    },
  ],
  logs: {
    'teastore-webui#0/teastore-webui': webuiA,
    'teastore-registry#0/teastore-registry': registryA,
    'teastore-auth#0/teastore-auth': [...tomcatStart(A, -60 * 23 + 0.4, 'tools.descartes.teastore.auth')],
    'teastore-persistence#0/teastore-persistence': [
      ...tomcatStart(A, -60 * 24 * 8, 'tools.descartes.teastore.persistence'),
    ],
  },
};

// 2. tea-worker-2 stops posting status (kubelet/containerd hung); registry and image on it lose their endpoints.
const B = clock('2026-11-14T16:12:00Z');
const W2 = 'tea-worker-2';
const nodeCond = (type) => ({
  type,
  status: 'Unknown',
  lastHeartbeatTime: B.iso(-4.4),
  lastTransitionTime: B.iso(-3.6),
  reason: 'NodeStatusUnknown',
  message: 'Kubelet stopped posting node status.',
});
const imgFail = (min, exec, servlet) => [
  'com.netflix.client.ClientException: Number of retries on next server exceeded max 1 retries, while making a call for: teastore-image:8080',
  '\tat com.netflix.loadbalancer.reactive.LoadBalancerCommand$4.call(LoadBalancerCommand.java:306)',
  '\tat com.netflix.loadbalancer.reactive.LoadBalancerCommand$4.call(LoadBalancerCommand.java:299)',
  '\tat rx.internal.operators.OperatorOnErrorResumeNextViaFunction$4.onError(OperatorOnErrorResumeNextViaFunction.java:140)',
  'Caused by: jakarta.ws.rs.ProcessingException: java.net.ConnectException: Connection refused',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)',
  '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:297)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.lambda$getProductPreviewImages$2(LoadBalancedImageOperations.java:96)',
  'Caused by: java.net.ConnectException: Connection refused',
  '\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)',
  '\t... 41 more',
  tc(
    B,
    min,
    'SEVERE',
    `http-nio-8080-exec-${exec}`,
    'org.apache.catalina.core.StandardWrapperValve.invoke',
    `Servlet.service() for servlet [${WEBUI_SERVLETS(servlet)}] in context with path [/tools.descartes.teastore.webui] threw exception`,
  ),
  '\tjava.lang.NullPointerException: ServiceLoadBalancerResult was null!',
  '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:232)',
  '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:201)',
  '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductPreviewImages(LoadBalancedImageOperations.java:95)',
  `\t\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:78)`,
];
const webuiB = [...tomcatStart(B, -60 * 24 * 6, 'tools.descartes.teastore.webui')];
for (let i = 0; i < 9; i++)
  webuiB.push(...imgFail(-3.2 + i * 0.35, (i % 7) + 2, i % 2 ? 'ProductServlet' : 'CategoryServlet'));
const nodeDown = {
  folder: 's14-product-images-gone-worker-hung',
  description:
    'TeaStore product images all broken + category pages erroring since ~16:08. nothing deployed today',
  incidentTime: '2026-11-14T16:12:00Z',
  expected: { component: 'image', cause: 'node-not-ready', node: W2 },
  difficulty: 'medium',
  traits: ['node-level', 'time-expression'],
  grounding: `
    TeaStore on 3 kubeadm workers (SOURCES.md). tea-worker-2's kubelet stopped posting status (the hung
    kubelet/containerd failure the Kubernetes node-controller handles: Ready, MemoryPressure, DiskPressure and PIDPressure
    go Unknown with "Kubelet stopped posting node status.", the node gets the node.kubernetes.io/unreachable taints and its
    pods' Ready condition is set False with NodeNotReady events); 3.6 minutes in, the 300s unreachable toleration has not
    evicted anything yet. teastore-image and teastore-registry run there, so both Services lose their ready endpoints.
    TeaStore services register their Service name (HOST_NAME, start.sh), so webui keeps calling teastore-image:8080 from
    its cached load-balancer list and is refused; ServiceLoadBalancer prints the Ribbon error (e.printStackTrace) and
    throws "ServiceLoadBalancerResult was null!", which Tomcat logs as a servlet exception. Registry calls fail silently
    (RegistryClient returns null on ProcessingException). Deviation: placement of the two pods on tea-worker-2.
  `,
  nodes: {
    [W2]: {
      heartbeat: -4.4,
      taints: [
        { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: B.iso(-3.5) },
        { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: B.iso(-3.5) },
      ],
      conditions: {
        MemoryPressure: nodeCond('MemoryPressure'),
        DiskPressure: nodeCond('DiskPressure'),
        PIDPressure: nodeCond('PIDPressure'),
        Ready: nodeCond('Ready'),
      },
    },
  },
  workloads: {
    'teastore-registry': {
      pods: [{ node: W2, ready: false, readyTransition: B.iso(-3.5) }],
      endpointsChanged: -3.5,
    },
    'teastore-image': {
      pods: [{ node: W2, ready: false, readyTransition: B.iso(-3.5) }],
      endpointsChanged: -3.5,
      unavailableSince: -3.5,
    },
    'teastore-db': { pods: [{ node: 'tea-worker-1' }] },
    'teastore-persistence': { pods: [{ node: 'tea-worker-3' }] },
    'teastore-auth': { pods: [{ node: 'tea-worker-1' }] },
    'teastore-recommender': { pods: [{ node: 'tea-worker-3' }] },
    'teastore-webui': { pods: [{ node: 'tea-worker-1' }] },
  },
  events: [
    {
      on: 'node:' + W2,
      reason: 'NodeNotReady',
      source: 'node-controller',
      message: `Node ${W2} status is now: NodeNotReady`,
      first: -3.6,
      last: -3.6,
    },
    {
      on: 'pod:teastore-registry#0',
      reason: 'NodeNotReady',
      type: 'Warning',
      source: 'node-controller',
      message: 'Node is not ready',
      first: -3.5,
      last: -3.5,
    },
    {
      on: 'pod:teastore-image#0',
      reason: 'NodeNotReady',
      type: 'Warning',
      source: 'node-controller',
      message: 'Node is not ready',
      first: -3.5,
      last: -3.5,
    },
  ],
  logs: {
    'teastore-webui#0/teastore-webui': webuiB,
    'teastore-recommender#0/teastore-recommender': [
      ...tomcatStart(B, -60 * 24 * 6, 'tools.descartes.teastore.recommender'),
      '[pool-4-thread-1] INFO tools.descartes.teastore.recommender.algorithm.AbstractRecommender - Training recommender finished. Training took: 1843ms.',
    ],
  },
};

export const scenarios = [webuiRollout, nodeDown];
