// Batch s34a (held-out, split: test): one blind TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system definition scripts/kit-systems/teastore.mjs (examples/kubernetes/teastore-clusterip.yaml on kubeadm).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const IT = '2026-06-02T08:47:00Z';
const T = clock(IT);
const lb = (min, thread, lvl, logger, msg) => `${T.java(min).slice(11)} [${thread}] ${lvl.padEnd(5)} ${logger} - ${msg}`;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cat = (min, lvl, thread, src, msg) => { const d = new Date(T.isoMs(min)); return `${String(d.getUTCDate()).padStart(2, '0')}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${T.java(min).slice(11)} ${lvl} [${thread}] ${src} ${msg}`; };
const SLB = 't.d.t.r.loadbalancers.ServiceLoadBalancer';
const npe = (min, thread, servlet, line) => [
  cat(min, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`),
  '\tjava.lang.NullPointerException',
  `\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.isLoggedIn(LoadBalancedStoreOperations.java:${line})`,
  '\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.checkforCookie(AbstractUIServlet.java:101)',
  `\t\tat tools.descartes.teastore.webui.servlet.${servlet[0].toUpperCase()}${servlet.slice(1)}.handleGETRequest(${servlet[0].toUpperCase()}${servlet.slice(1)}.java:62)`,
  '\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:208)',
  '\t\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:670)',
  '\t\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:779)',
  '\t\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:227)',
  '\t\tat tools.descartes.teastore.registryclient.rest.TrackingFilter.doFilter(TrackingFilter.java:105)',
];
const webui = [
  lb(-70, 'http-nio-8080-exec-3', 'INFO', 't.d.t.w.servlet.IndexServlet', 'GET /tools.descartes.teastore.webui/'),
  lb(-55, 'http-nio-8080-exec-9', 'INFO', 't.d.t.w.servlet.CategoryServlet', 'GET /tools.descartes.teastore.webui/category?category=2&page=1'),
];
const servlets = ['indexServlet', 'categoryServlet', 'loginServlet', 'cartServlet', 'productServlet'];
let k = 0;
for (let m = -39.6; m < -0.5; m += 2.9, k++) {
  const th = `http-nio-8080-exec-${(k % 10) + 1}`;
  webui.push(lb(m, th, 'WARN', SLB, 'No Server registered for Service: tools.descartes.teastore.auth'));
  if (k % 2 === 0) webui.push(...npe(m + 0.001, th, servlets[k % servlets.length], 199));
}
const persistence = [
  lb(-60 * 20, 'main', 'INFO', 't.d.t.r.RegistryClient', 'Registered tools.descartes.teastore.persistence at teastore-persistence:8080'),
  lb(-30, 'http-nio-8080-exec-4', 'INFO', 't.d.t.p.rest.CategoryEndpoint', 'GET /tools.descartes.teastore.persistence/rest/categories'),
  lb(-6, 'http-nio-8080-exec-2', 'INFO', 't.d.t.p.rest.ProductEndpoint', 'GET /tools.descartes.teastore.persistence/rest/products/category/3?start=0&max=20'),
];

export const scenarios = [
  {
    folder: 's34a-auth-left-at-zero-replicas',
    description: 'teastore shop is down, login and cart give an error page',
    incidentTime: IT,
    expected: { component: 'auth', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'auth', cause: 'dependency-down' }],
    difficulty: 'easy',
    traits: ['callers-only', 'partial-name', 'decoy'],
    grounding: `
      TeaStore examples/kubernetes/teastore-clusterip.yaml: webui, auth, persistence, image and recommender are Tomcat services that register
      their Service host (HOST_NAME) with teastore-registry and find each other through it; the webui checks the login session on every page
      through auth (LoadBalancedStoreOperations.isLoggedIn). The registry client's ServiceLoadBalancer logs "No Server registered for
      Service: tools.descartes.teastore.auth" when the registry knows no auth instance (registryclient ServiceLoadBalancer.java), and the
      webui servlets then fail.
      Fault: the teastore-auth Deployment was scaled to 0 replicas 41 minutes before (deployment-controller "Scaled down replica set ... to 0
      from 1"; a manual scale during debugging that was never undone): the Deployment is Available with no pods, the Service has no endpoints,
      auth's registration expires, and every webui page answers 500 with a NullPointerException out of isLoggedIn. auth itself has no pod
      and no log. Decoys: a finished teastore-image rollout three hours before, a teastore-recommender restart yesterday.`,
    workloads: {
      'teastore-auth': {
        replicas: 0,
        rsReplicas: 0,
        pods: [],
        endpointsChanged: -41,
        deployStatus: {
          observedGeneration: 6,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 12), lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 12), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%NEWRS%" has successfully progressed.' },
          ],
        },
      },
      'teastore-image': { rollout: { at: -180, revision: 5 } },
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 21), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 21 - 0.3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%NEW% to 0 from 1', first: -41 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webui,
      'teastore-persistence#0/teastore-persistence': persistence,
    },
  },
];
