// Batch s37c (blind dev): one TeaStore incident, built by scripts/s37c-build.mjs with scripts/kit-systems/teastore.mjs.
// A tenant ResourceQuota added yesterday forbids the replacement of a teastore-auth pod someone deleted (no requests/limits).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-03-19T15:04:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's JULI OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const juli = (min, level, thread, where, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${where} ${msg}`;
};
const QUOTA_MSG = 'Error creating: pods "teastore-auth-%RS%" is forbidden: failed quota: teastore-compute: must specify limits.cpu for: teastore-auth; limits.memory for: teastore-auth; requests.cpu for: teastore-auth; requests.memory for: teastore-auth';

const webui = [
  juli(-22.3, 'INFO', 'http-nio-8080-exec-4', 'tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest', 'login successful for user2'),
];
const servlets = ['LoginActionServlet', 'CartActionServlet', 'LoginActionServlet', 'ProfileServlet', 'LoginActionServlet', 'CartServlet'];
let n = 0;
for (const min of [-15.6, -14.1, -12.8, -11.9, -10.2, -8.7, -7.5, -6.3, -4.9, -3.6, -2.2, -0.8]) {
  const s = servlets[n % servlets.length];
  webui.push(juli(min, 'SEVERE', `http-nio-8080-exec-${(n % 10) + 1}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${s}] in context with path [] threw exception`));
  webui.push('tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: No Server registered for Service: tools.descartes.teastore.auth');
  webui.push('\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:239)');
  webui.push('\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.isLoggedIn(LoadBalancedStoreOperations.java:212)');
  webui.push(`\tat tools.descartes.teastore.webui.servlet.${s}.doGet(${s}.java:61)`);
  webui.push('\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:655)');
  n++;
}

export const scenarios = [
  {
    folder: 's37c-auth-pod-deleted-quota-forbids',
    description: 'teastore: nobody can log in and carts throw an error page since ~14:48',
    incidentTime: INC,
    expected: { component: 'auth', cause: 'quota-exceeded' },
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents'],
    grounding: `
      TeaStore examples/kubernetes/teastore-clusterip.yaml: single-replica Deployments without resources (BestEffort pods);
      teastore-auth handles login and the cart, and the webui reaches it through the registry's load balancer. Incident on a
      shared kubeadm cluster: yesterday the platform team onboarded the namespace to its tenant baseline, which adds ResourceQuota
      teastore-compute on requests/limits of cpu and memory (created ~26 h before; status used 0, because BestEffort pods are
      not charged). A quota on compute resources makes the API server reject any new pod that sets no requests/limits, with the
      real admission text "failed quota: <name>: must specify limits.cpu for: <container>; ...". Running pods are not touched.
      At 14:48 an engineer deleted the slow teastore-auth pod to "restart" it; the ReplicaSet cannot create the replacement
      (FailedCreate warnings, count rising), the Deployment has 0 of 1 available, Service teastore-auth has no endpoints, the
      registry drops auth once its heartbeats stop, and every webui login or cart action fails with the registry client's
      "No Server registered for Service: tools.descartes.teastore.auth". No other pod was recreated since the quota exists,
      so the rest of the store keeps running. Expected answer: auth, quota-exceeded.
    `,
    workloads: {
      'teastore-auth': { pods: [], unavailableSince: -16.2, endpointsChanged: -16.2 },
    },
    resourceQuotas: [
      {
        name: 'teastore-compute',
        hard: { 'limits.cpu': '12', 'limits.memory': '24Gi', 'requests.cpu': '6', 'requests.memory': '12Gi' },
        used: { 'limits.cpu': '0', 'limits.memory': '0', 'requests.cpu': '0', 'requests.memory': '0' },
      },
    ],
    events: [
      { on: 'rs:teastore-auth', type: 'Warning', reason: 'FailedCreate', message: QUOTA_MSG, first: -16.2, last: -0.7, count: 19 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webui,
    },
    post: {
      'resourcequotas.json': (list, T2) => {
        for (const q of list.items) q.metadata.creationTimestamp = T2.iso(-60 * 26 - 12);
      },
    },
  },
];

