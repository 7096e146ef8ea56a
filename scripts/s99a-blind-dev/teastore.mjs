// Blind dev batch s99a: one TeaStore scenario (registry Tomcat up and pod Running, its webapp context failed to start).
// Kit system scripts/kit-systems/teastore.mjs; written without reading the engine or other scenarios.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const T = clock('2026-05-16T08:30:00Z');
const tc = (min, lvl, thread, cls, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}-${mon}-${d.getUTCFullYear()} ${T.java(min).slice(11)} ${lvl} [${thread}] ${cls} ${msg}`;
};
const caller = (svc, mins) => mins.flatMap((m) => [
  tc(m, 'WARNING', 'pool-1-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.register', `Registration of ${svc} failed: javax.ws.rs.NotFoundException: HTTP 404 Not Found`),
]);
export const scenarios = [
  {
    folder: 's99a-registry-context-failed',
    incidentTime: '2026-05-16T08:30:00Z',
    description: 'teastore webui 500s since the worker reboot early this morning — "service not found"? registy pod shows running',
    expected: { component: 'registry', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'typo', 'partial-name', 'decoy'],
    grounding: `
      teastore-registry (descartesresearch/teastore-registry, Tomcat 8.5, examples/kubernetes/teastore-clusterip.yaml at 5ab1188,
      no probes upstream) was recreated on tea-worker-2 at 07:52 after tea-worker-1 rebooted (kernel patch). On that start the
      RegistryStartup listener failed with "OutOfMemoryError: unable to create new native thread" (the node's pids.max briefly hit
      while all pods restarted) and Tomcat reported "Context [/tools.descartes.teastore.registry] startup failed due to previous
      errors": the JVM and connector stay up, so the pod is Running and Ready (no probes), but every registry URL answers 404.
      The other services' RegistryClient heartbeats get 404, their load balancers list no instances, and webui answers 500.
      Pattern: Tomcat's documented behaviour when a ServletContextListener throws (context not started, server keeps running).
      Decoy: tea-worker-1's NodeNotReady/NodeReady events from the reboot, already recovered.`,
    nodes: {},
    workloads: {
      'teastore-registry': { since: -38, pods: [{ node: 'tea-worker-2' }] },
    },
    events: [
      { on: 'node:tea-worker-1', reason: 'NodeNotReady', message: 'Node tea-worker-1 status is now: NodeNotReady', first: -42, source: 'node-controller' },
      { on: 'node:tea-worker-1', reason: 'Rebooted', message: 'Node tea-worker-1 has been rebooted, boot id: 3f9c2b1a-7e4d-4a60-8c5b-0d2e1f6a9b47', first: -40, type: 'Warning' },
      { on: 'node:tea-worker-1', reason: 'NodeReady', message: 'Node tea-worker-1 status is now: NodeReady', first: -39 },
      { on: 'pod:teastore-registry#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to tea-worker-2', first: -38, source: 'default-scheduler' },
      { on: 'pod:teastore-registry#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-registry"', first: -38, fieldPath: 'spec.containers{teastore-registry}' },
      { on: 'pod:teastore-registry#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-registry" in 1.204s (1.204s including waiting). Image size: 229381442 bytes.', first: -37.9, fieldPath: 'spec.containers{teastore-registry}' },
      { on: 'pod:teastore-registry#0', reason: 'Created', message: 'Created container teastore-registry', first: -37.9, fieldPath: 'spec.containers{teastore-registry}' },
      { on: 'pod:teastore-registry#0', reason: 'Started', message: 'Started container teastore-registry', first: -37.9, fieldPath: 'spec.containers{teastore-registry}' },
    ],
    logs: {
      'teastore-registry#0/teastore-registry': [
        tc(-37.8, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
        tc(-37.7, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
        tc(-37.6, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.registry.war]'),
        tc(-37.2, 'SEVERE', 'localhost-startStop-1', 'org.apache.catalina.core.StandardContext.listenerStart', 'Exception sending context initialized event to listener instance of class [tools.descartes.teastore.registry.rest.RegistryStartup]\n java.lang.OutOfMemoryError: unable to create new native thread\n\tat java.lang.Thread.start0(Native Method)\n\tat java.lang.Thread.start(Thread.java:717)\n\tat java.util.concurrent.ScheduledThreadPoolExecutor.delayedExecute(ScheduledThreadPoolExecutor.java:326)\n\tat tools.descartes.teastore.registry.rest.RegistryStartup.contextInitialized(RegistryStartup.java:58)\n\tat org.apache.catalina.core.StandardContext.listenerStart(StandardContext.java:4792)'),
        tc(-37.2, 'SEVERE', 'localhost-startStop-1', 'org.apache.catalina.core.StandardContext.startInternal', 'One or more listeners failed to start. Full details will be found in the appropriate container log file'),
        tc(-37.2, 'SEVERE', 'localhost-startStop-1', 'org.apache.catalina.core.StandardContext.startInternal', 'Context [/tools.descartes.teastore.registry] startup failed due to previous errors'),
        tc(-37.1, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.registry.war] has finished in [3,912] ms'),
        tc(-37.0, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
        tc(-37.0, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 4480 ms'),
      ],
      'teastore-persistence#0/teastore-persistence': caller('teastore-persistence', [-30, -20, -10, -2]),
      'teastore-auth#0/teastore-auth': caller('teastore-auth', [-29, -19, -9, -1.5]),
      'teastore-webui#0/teastore-webui': [
        ...caller('teastore-webui', [-28, -18, -8]),
        ...[-25, -14, -6, -1].map((m) => tc(m, 'SEVERE', 'http-nio-8080-exec-4', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.IndexServlet] in context with path [/tools.descartes.teastore.webui] threw exception\n tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: No instance of service teastore-persistence available.\n\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.isLoggedIn(LoadBalancedStoreOperations.java:129)')),
      ],
    },
  },
];
