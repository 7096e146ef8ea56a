// Blind dev batch s95c: one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// teastore-webui rolled to a build whose cart.jsp does not compile on Tomcat: /cart answers 500 (bad-deploy-rollout).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const incidentTime = '2026-05-15T13:31:00Z';
const T = clock(incidentTime);
const tl = (min, lvl, thread, logger, msg) => `${new Date(Date.parse(T.isoMs(min))).toUTCString().slice(5, 16).replaceAll(' ', '-')} ${T.java(min).slice(11)} ${lvl} [${thread}] ${logger} ${msg}`;
const webui = [
  tl(-25.9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [8214] milliseconds'),
  tl(-25.5, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient', 'Registered teastore-webui:8080 with registry teastore-registry:8080'),
];
for (let m = -24; m < -0.5; m += 2.6) {
  const th = `http-nio-8080-exec-${(Math.abs(Math.round(m)) % 9) + 1}`;
  webui.push(tl(m, 'SEVERE', th, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.CartServlet] in context with path [] threw exception [Unable to compile class for JSP: '));
  webui.push('');
  webui.push('An error occurred at line: [61] in the jsp file: [/WEB-INF/pages/cart.jsp]');
  webui.push('The method getDiscountedPrice() is undefined for the type OrderItem');
  webui.push('58: \t\t\t\t\t\t<td class="quantiy">${orderItem.quantity}</td>');
  webui.push('61: \t\t\t\t\t\t<td><%= String.format("%.2f", item.getDiscountedPrice() / 100.0) %></td>');
  webui.push('] with root cause');
  webui.push('org.apache.jasper.JasperException: Unable to compile class for JSP: ');
  webui.push('\tat org.apache.jasper.compiler.DefaultErrorHandler.javacError(DefaultErrorHandler.java:70)');
  webui.push('\tat org.apache.jasper.compiler.ErrorDispatcher.javacError(ErrorDispatcher.java:189)');
  webui.push('\tat org.apache.jasper.compiler.JDTCompiler.generateClass(JDTCompiler.java:523)');
  webui.push('\tat org.apache.jasper.compiler.Compiler.compile(Compiler.java:399)');
  webui.push('\tat org.apache.jasper.servlet.JspServletWrapper.service(JspServletWrapper.java:385)');
  webui.push('\tat tools.descartes.teastore.webui.servlet.CartServlet.handleGETRequest(CartServlet.java:69)');
}
const rec = [
  tl(-60 * 24 * 2, 'INFO', 'main', 'tools.descartes.teastore.recommender.servlet.RecommenderStartup', 'Recommender started'),
  tl(-60 * 24 * 2 + 1, 'WARNING', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer', 'Persistence not reachable. Retrying in 5 seconds.'),
  tl(-60 * 24 * 2 + 1.2, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer', 'Training recommender with 7318 orders'),
];

export const scenarios = [
  {
    folder: 's95c-webui-cart-jsp-compile',
    description: 'teastore webshop: clicking Cart gives an HTTP 500 since lunch, browsing + login still ok',
    incidentTime,
    expected: { component: 'webui', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    workloads: {
      'teastore-webui': {
        rollout: { at: -26.5, revision: 4, oldContainers: { 'teastore-webui': { image: 'descartesresearch/teastore-webui:1.4.1' } } },
        containers: { 'teastore-webui': { image: 'descartesresearch/teastore-webui:1.4.2' } },
      },
      'teastore-recommender': {
        since: -60 * 24 * 2,
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -26.5 },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: -26 },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-webui:1.4.2"', first: -26.4 },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui:1.4.2" in 6.912s (6.912s including waiting). Image size: 187734521 bytes.', first: -26.3 },
      { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', first: -26.2 },
    ],
    logs: { 'teastore-webui#0/teastore-webui': webui, 'teastore-recommender#0/teastore-recommender': rec },
    grounding: `
      TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188: the WebUI is a Tomcat webapp whose pages are JSPs under
      /WEB-INF/pages compiled on first request by Jasper; no probes upstream, so a page that fails to compile leaves the pod Ready
      and only that servlet answers 500 (JasperException "Unable to compile class for JSP", the Tomcat error reported in many
      upgrade threads when a JSP calls a method the deployed model class lacks). The team pinned tags (1.4.1 -> 1.4.2) instead of
      upstream's untagged latest; the new build's cart.jsp calls OrderItem.getDiscountedPrice(), absent from the entities jar it
      ships. Deviation from upstream: pinned image tags, revision 4 vs 3, templates differ only by the image. Decoy: the
      recommender's SIGTERM restart two days ago and its old "Persistence not reachable" retry warning.`,
  },
];
