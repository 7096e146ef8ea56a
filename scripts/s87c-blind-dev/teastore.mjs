// Blind dev batch s87c: one TeaStore scenario (no fault: errors during last night's planned node patching, long over).
// System part imported from scripts/kit-systems/teastore.mjs; snapshot built by scripts/s87c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const T = clock('2026-03-26T09:38:00Z');
const tc = (min, level, logger, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+)/, (_, y, m, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}-${y}`)} ${level} [${logger.thread}] ${logger.cls} ${msg}`;
const th = (thread, cls) => ({ thread, cls });
const NODE2 = 'tea-worker-2';
const upAt = -205; // 06:13, the persistence pod rescheduled from tea-worker-2 during the patch window
const webui = [
  tc(-60 * 24 * 12, 'INFO', th('main', 'org.apache.catalina.startup.Catalina.start'), 'Server startup in [8412] milliseconds'),
  tc(upAt - 2.1, 'WARNING', th('http-nio-8080-exec-7', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer'), 'Timeout or connection refused at: teastore-persistence:8080 ; marking unavailable'),
  `${T.java(upAt - 2.1)} ERROR tools.descartes.teastore.webui.servlet.AbstractUIServlet - jakarta.ws.rs.ProcessingException: java.net.ConnectException: Connection refused`,
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)',
  '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:300)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:123)',
  '\tat tools.descartes.teastore.webui.servlet.IndexServlet.handleGETRequest(IndexServlet.java:57)',
  `${T.java(upAt - 1.4)} ERROR tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout at teastore-persistence (no service instances available)`,
  `${T.java(upAt + 0.9)} INFO tools.descartes.teastore.registryclient.RegistryClient - Service teastore-persistence is available again (1 instance)`,
];
const persistence = [
  tc(upAt + 0.1, 'INFO', th('main', 'org.apache.catalina.startup.VersionLoggerListener.log'), 'Server version name:   Apache Tomcat/10.1.19'),
  tc(upAt + 0.5, 'INFO', th('main', 'org.apache.catalina.startup.Catalina.start'), 'Server startup in [21877] milliseconds'),
  `${T.java(upAt + 0.5)} INFO tools.descartes.teastore.registryclient.RegistryClient - Registered teastore-persistence at teastore-registry: teastore-persistence:8080`,
  `${T.java(upAt + 0.6)} INFO tools.descartes.teastore.persistence.daemons.InitialDataGenerationDaemon - Database already populated. Skipping data generation.`,
  `${T.java(-4)} INFO tools.descartes.teastore.persistence.repository.CacheManager - Cleared all caches (scheduled).`,
];
export const scenarios = [
  {
    folder: 's87c-webui-errors-from-patch-window',
    incidentTime: '2026-03-26T09:38:00Z',
    description: 'webui was throwing errors this morning acc. to the shop-frontend team, and persistance pod is way younger than the rest. is teastore still broken?',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'typo', 'team-name', 'time-expression'],
    nodes: {},
    workloads: {
      'teastore-persistence': {
        pods: [{ node: 'tea-worker-3', created: T.iso(upAt), readyTransition: T.iso(upAt + 0.5), containers: { 'teastore-persistence': cs.running(T.iso(upAt + 0.05)) } }],
      },
      'teastore-recommender': {
        pods: [{ node: 'tea-worker-1', created: T.iso(upAt - 0.4), readyTransition: T.iso(upAt + 0.6), containers: { 'teastore-recommender': cs.running(T.iso(upAt - 0.3)) } }],
      },
    },
    events: [
      { on: 'node:' + NODE2, reason: 'NodeNotSchedulable', message: `Node ${NODE2} status is now: NodeNotSchedulable`, first: upAt - 3 },
      { on: 'node:' + NODE2, reason: 'Starting', message: 'Starting kubelet.', first: upAt + 6 },
      { on: 'node:' + NODE2, reason: 'NodeSchedulable', message: `Node ${NODE2} status is now: NodeSchedulable`, first: upAt + 9 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webui,
      'teastore-persistence#0/teastore-persistence': persistence,
    },
    grounding: `
      No fault. A planned OS/kubelet patch of tea-worker-2 (cordon + drain 06:10, kubelet restarted 06:19, uncordoned 06:22) moved
      teastore-persistence and teastore-recommender to other workers; for the ~2 minutes persistence was starting (Tomcat 10
      takes ~20s, then registry registration) webui's Ribbon-style load balancer logged ConnectException / "no service
      instances available" stack traces, which stay in its current container log because webui itself never restarted.
      Everything recovered at 06:14; 3h20m later every pod is Ready with no restarts and nothing in the cluster explains a
      current problem. The node Events are old on purpose (a cluster keeping Events longer than the default 1h TTL).
      Decoys: the young persistence pod, ERROR stack traces in webui, the node's Starting/NodeNotSchedulable Events.
      Deviations from upstream (teastore-clusterip.yaml at 5ab1188): none in the manifests.
    `,
  },
];
