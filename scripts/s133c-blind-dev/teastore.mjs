// s133c blind dev: TeaStore (system from scripts/kit-systems/teastore.mjs).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const INC = '2026-05-14T16:20:00Z';
const T = clock(INC);
const DOWN = -6.5; // tea-worker-3 stops posting status
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cat = (min, level, thread, cls, msg) => { const j = T.java(min); const [d, t] = j.split(' '); const [Y, M, D] = d.split('-'); return `${D}-${MON[Number(M) - 1]}-${Y} ${t} ${level} [${thread}] ${cls} ${msg}`; };
const nu = (s, since) => ({ type: s, status: 'Unknown', lastHeartbeatTime: T.iso(DOWN - 0.3), lastTransitionTime: T.iso(since), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });

const web = [];
for (let m = -30; m < -0.2; m += 0.8) {
  if (m < DOWN + 0.4) {
    web.push(cat(m, 'INFO', `http-nio-8080-exec-${(Math.round(-m) % 9) + 1}`, 'tools.descartes.teastore.webui.servlet.CategoryServlet', 'Loaded category 2 page 1 (20 products)'));
  } else {
    web.push(cat(m, 'WARNING', `http-nio-8080-exec-${(Math.round(-m) % 9) + 1}`, 'tools.descartes.teastore.registryclient.rest.RestUtil', 'Connection to teastore-persistence at %IPOF:teastore-persistence#0%:8080 failed: java.net.SocketTimeoutException: Connect timed out'));
    web.push(cat(m + 0.05, 'SEVERE', `http-nio-8080-exec-${(Math.round(-m) % 9) + 1}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'));
    web.push([
      'tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout while waiting for service: PERSISTENCE',
      '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:284)',
      '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:113)',
      '\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:73)',
      '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:218)',
      '\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:564)',
      '\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)',
      '\tat java.base/java.lang.Thread.run(Thread.java:840)',
    ].join('\n'));
  }
}
const auth = [
  cat(-12, 'INFO', 'http-nio-8080-exec-2', 'tools.descartes.teastore.auth.rest.AuthCartRest', 'Added product 107 to cart of session 4f1c'),
  cat(DOWN + 1.1, 'WARNING', 'http-nio-8080-exec-6', 'tools.descartes.teastore.registryclient.rest.RestUtil', 'Connection to teastore-persistence at %IPOF:teastore-persistence#0%:8080 failed: java.net.SocketTimeoutException: Connect timed out'),
  cat(DOWN + 1.12, 'SEVERE', 'http-nio-8080-exec-6', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest', 'Login failed for user1: tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout while waiting for service: PERSISTENCE'),
  cat(-2.4, 'SEVERE', 'http-nio-8080-exec-1', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest', 'Login failed for user17: tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout while waiting for service: PERSISTENCE'),
];
const reg = [
  cat(-40, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.registry.rest.RegistryREST', 'Registered teastore-persistence:8080 (%IPOF:teastore-persistence#0%)'),
  cat(DOWN + 0.9, 'WARNING', 'pool-2-thread-1', 'tools.descartes.teastore.registry.rest.Registry', 'Heartbeat missing for RECOMMENDER %IPOF:teastore-recommender#0%:8080 (last 30003 ms ago)'),
  cat(DOWN + 0.91, 'WARNING', 'pool-2-thread-1', 'tools.descartes.teastore.registry.rest.Registry', 'Heartbeat missing for PERSISTENCE %IPOF:teastore-persistence#0%:8080 (last 30004 ms ago)'),
  cat(DOWN + 1.4, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.registry.rest.Registry', 'Unregistered PERSISTENCE %IPOF:teastore-persistence#0%:8080 after missed heartbeats'),
];

export const scenarios = [
  {
    folder: 's133c-worker-node-unreachable',
    description: 'tea shop category pages + login erroring since like 16:14, webui full of LoadBalancerTimeoutException for PERSISTENCE. db looks fine',
    incidentTime: INC,
    expected: { component: 'persistence', cause: 'node-not-ready', node: 'tea-worker-3' },
    alsoAcceptable: [{ component: 'recommender', cause: 'node-not-ready', node: 'tea-worker-3' }],
    difficulty: 'medium',
    traits: ['node-level', 'louder-dependents', 'time-expression', 'partial-name'],
    grounding: `
      TeaStore (examples/kubernetes/teastore-clusterip.yaml): one replica of each service, no probes; webui and auth
      reach persistence through the registry's instance list, persistence reaches teastore-db via DB_HOST. The fault is
      a worker node dropping off (kubelet stops posting status - the "node down" fault of chaos suites, e.g. the Litmus
      node-restart / kubelet-service-kill experiments): at ~16:13 tea-worker-3 goes Ready=Unknown
      (NodeStatusUnknown, "Kubelet stopped posting node status."), the node lifecycle controller adds the unreachable
      taints and marks its pods not Ready; the 300 s NoExecute toleration has not yet expired at the snapshot, so the
      persistence and recommender pods are still bound to the node, not yet evicted. The persistence Service has only a
      not-ready address; webui and auth are the loud callers with connect timeouts and LoadBalancerTimeoutException.
      Deviations: a 3-node kubeadm lab cluster as in the system definition; registry and RestUtil log messages are
      paraphrased after the TeaStore registry client, not copied.`,
    nodes: {
      'tea-worker-3': {
        heartbeat: DOWN - 0.3,
        conditions: { MemoryPressure: nu('MemoryPressure', DOWN + 0.7), DiskPressure: nu('DiskPressure', DOWN + 0.7), PIDPressure: nu('PIDPressure', DOWN + 0.7), Ready: nu('Ready', DOWN + 0.7) },
        taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T.iso(DOWN + 0.7) }, { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T.iso(DOWN + 0.75) }],
      },
    },
    workloads: {
      'teastore-persistence': { pods: [{ node: 'tea-worker-3', ready: false, readyTransition: T.iso(DOWN + 0.75) }], unavailableSince: DOWN + 0.75 },
      'teastore-recommender': { pods: [{ node: 'tea-worker-3', ready: false, readyTransition: T.iso(DOWN + 0.75) }], unavailableSince: DOWN + 0.75 },
      'teastore-db': { pods: [{ node: 'tea-worker-1' }] },
      'teastore-webui': { pods: [{ node: 'tea-worker-1' }] },
      'teastore-auth': { pods: [{ node: 'tea-worker-2' }] },
      'teastore-registry': { pods: [{ node: 'tea-worker-2' }] },
    },
    events: [
      { on: 'node:tea-worker-3', reason: 'NodeNotReady', message: 'Node tea-worker-3 status is now: NodeNotReady', source: 'node-controller', first: DOWN + 0.7, last: DOWN + 0.7 },
      { on: 'pod:teastore-persistence#0', reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning', source: 'node-controller', first: DOWN + 0.75, last: DOWN + 0.75 },
      { on: 'pod:teastore-recommender#0', reason: 'NodeNotReady', message: 'Node is not ready', type: 'Warning', source: 'node-controller', first: DOWN + 0.75, last: DOWN + 0.75 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': web,
      'teastore-auth#0/teastore-auth': auth,
      'teastore-registry#0/teastore-registry': reg,
    },
  },
];
