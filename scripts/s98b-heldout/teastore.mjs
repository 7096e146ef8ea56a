// Blind held-out batch s98b: one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/teastore.mjs (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const I1 = '2026-05-19T15:42:00Z';
const T1 = clock(I1);
const taint = [{ key: 'dedicated', value: 'loadtest', effect: 'NoSchedule' }];
const cat = (min, level, thread, logger, msg) => {
  const d = new Date(Date.parse(T1.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${logger} ${msg}`;
};
const UNSCHED = '0/3 nodes are available: 3 node(s) had untolerated taint {dedicated: loadtest}. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.';

export const scenarios = [
  {
    folder: 's98b-login-broken-after-pod-delete',
    incidentTime: I1,
    description: 'teastore login page just spins then errors, since about 15:30. browsing teas still works. perf team is running their load test this afternoon fyi',
    expected: { component: 'auth', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'auth', cause: 'no-endpoints' }],
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      Manifest facts: teastore-clusterip.yaml runs one replica of teastore-auth with no tolerations and no nodeSelector;
      the webui reaches auth through the registry's instance list (REGISTRY_HOST), so with no auth instance every login fails
      while category and product pages (persistence, image, recommender) keep working.
      Fault: for an afternoon load test the performance team tainted all three workers dedicated=loadtest:NoSchedule (the
      Kubernetes docs: NoSchedule keeps running pods but refuses new ones without a matching toleration). The auth pod was
      then deleted by hand (to clear its state), and its replacement has stayed Pending with the scheduler's untolerated-taint
      message ever since; the Service teastore-auth has no endpoints as a consequence.
      Decoy: the description points at the load test itself; every other TeaStore pod keeps running on the tainted nodes.
      Deviations from upstream: the taints; the webui/registry log wording follows TeaStore's Tomcat logging and is
      paraphrased (TeaStore's load balancer reports no available instance of a service).`,
    nodes: { 'tea-worker-1': { taints: taint }, 'tea-worker-2': { taints: taint }, 'tea-worker-3': { taints: taint } },
    workloads: {
      'teastore-auth': { pods: [{ unscheduled: UNSCHED, created: T1.iso(-13.5) }], unavailableSince: -13.5, endpointsChanged: -13.6 },
    },
    events: [
      { on: 'pod:teastore-auth#0', source: 'default-scheduler', reason: 'FailedScheduling', type: 'Warning', message: UNSCHED, first: -13.5, last: -1.5, count: 7 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        cat(-22, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest', 'GET /tools.descartes.teastore.webui/category?category=2&page=1 200'),
        cat(-14.8, 'INFO', 'http-nio-8080-exec-7', 'tools.descartes.teastore.webui.servlet.LoginServlet.handlePOSTRequest', 'POST /tools.descartes.teastore.webui/loginAction 302'),
        cat(-13.2, 'WARNING', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.updateServers', 'Service auth has no registered instances'),
        cat(-12.7, 'SEVERE', 'http-nio-8080-exec-2', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        '\tjavax.ws.rs.NotFoundException: No instance of service auth available',
        '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:268)',
        '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:170)',
        '\t\tat tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest(LoginActionServlet.java:78)',
        cat(-9.1, 'INFO', 'http-nio-8080-exec-5', 'tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest', 'GET /tools.descartes.teastore.webui/product?id=41 200'),
        cat(-6.4, 'SEVERE', 'http-nio-8080-exec-9', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        '\tjavax.ws.rs.NotFoundException: No instance of service auth available',
        '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:268)',
        cat(-2.2, 'SEVERE', 'http-nio-8080-exec-1', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.CartActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        '\tjavax.ws.rs.NotFoundException: No instance of service auth available',
      ],
      'teastore-registry#0/teastore-registry': [
        cat(-30, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.registry.rest.Registry.heartbeat', 'Heartbeat from teastore-auth:8080 for service auth'),
        cat(-13.4, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.registry.rest.Registry.unregister', 'Unregistered teastore-auth:8080 from service auth'),
        cat(-4, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.registry.rest.Registry.heartbeat', 'Heartbeat from teastore-persistence:8080 for service persistence'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        cat(-20, 'INFO', 'http-nio-8080-exec-4', 'tools.descartes.teastore.persistence.rest.CategoryEndpoint.listAll', 'GET /tools.descartes.teastore.persistence/rest/categories 200'),
        cat(-3, 'INFO', 'http-nio-8080-exec-8', 'tools.descartes.teastore.persistence.rest.ProductEndpoint.listAllForCategory', 'GET /tools.descartes.teastore.persistence/rest/products/category/2 200'),
      ],
    },
  },
];
