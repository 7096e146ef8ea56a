// Blind dev batch s105c: a TeaStore scenario (system from scripts/kit-systems/teastore.mjs).
// teastore-recommender pinned to a new build whose webapp fails to deploy in Tomcat: Tomcat listens, the app answers 404.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const I = '2026-06-02T09:18:00Z';
const T = clock(I);
const NEW = 'descartesresearch/teastore-recommender:1.4.3';
const tc = (min, level, thread, cls, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}-${mon}-${d.getUTCFullYear()} ${T.java(min).slice(11)} ${level} [${thread}] ${cls} ${msg}`;
};
const rec = [
  tc(-27.6, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.load', 'Server initialization in [612] milliseconds'),
  tc(-27.6, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  tc(-27.5, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war]'),
  tc(-27.1, 'SEVERE', 'main', 'org.apache.catalina.core.StandardContext.listenerStart', 'Exception sending context initialized event to listener instance of class [tools.descartes.teastore.recommender.servlet.RecommenderStartup]'),
  '\tjava.lang.NoClassDefFoundError: javax/xml/bind/JAXBException',
  '\t\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose(RestUtil.java:51)',
  '\t\tat tools.descartes.teastore.registryclient.RegistryClient.register(RegistryClient.java:188)',
  '\t\tat tools.descartes.teastore.recommender.servlet.RecommenderStartup.contextInitialized(RecommenderStartup.java:78)',
  '\t\tat org.apache.catalina.core.StandardContext.listenerStart(StandardContext.java:4018)',
  '\tCaused by: java.lang.ClassNotFoundException: javax.xml.bind.JAXBException',
  '\t\tat org.apache.catalina.loader.WebappClassLoaderBase.loadClass(WebappClassLoaderBase.java:1412)',
  '\t\t... 12 more',
  tc(-27.1, 'SEVERE', 'main', 'org.apache.catalina.core.StandardContext.startInternal', 'One or more listeners failed to start. Full details will be found in the appropriate container log file'),
  tc(-27.1, 'SEVERE', 'main', 'org.apache.catalina.core.StandardContext.startInternal', 'Context [/tools.descartes.teastore.recommender] startup failed due to previous errors'),
  tc(-27.0, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war] has finished in [4,512] ms'),
  tc(-27.0, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(-27.0, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [4601] milliseconds'),
];
const webui = [];
for (const m of [-24.2, -19.8, -15.5, -11.0, -7.3, -3.9, -1.4]) {
  webui.push(tc(m, 'WARNING', `http-nio-8080-exec-${Math.round(-m) % 10 + 1}`, 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Recommender at teastore-recommender:8080 answered 404 Not Found; removing it from the load balancer'));
  webui.push(tc(m + 0.01, 'SEVERE', `http-nio-8080-exec-${Math.round(-m) % 10 + 1}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [ProductServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
    '\ttools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout waiting for Store.',
    '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:273)',
    '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedRecommenderOperations.getRecommendations(LoadBalancedRecommenderOperations.java:62)',
    '\t\tat tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest(ProductServlet.java:70)');
}

export const scenarios = [{
  folder: 's105c-recommender-pinned-build-undeployed',
  description: 'teastore product detail pages error out since this morning (~8:50). category list + login ok',
  incidentTime: I,
  expected: { component: 'recommender', cause: 'bad-deploy-rollout' },
  difficulty: 'hard',
  traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression'],
  workloads: {
    'teastore-recommender': {
      rollout: { at: -28, revision: 2, oldContainers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender' } } },
      containers: { 'teastore-recommender': { image: NEW } },
    },
  },
  events: [
    { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -28, last: -28 },
    { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -27.4, last: -27.4 },
    { on: 'pod:teastore-recommender#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -27.95 },
    { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, fieldPath: 'spec.containers{teastore-recommender}', first: -27.9 },
    { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 6.841s (6.841s including waiting). Image size: 243118920 bytes.`, fieldPath: 'spec.containers{teastore-recommender}', first: -27.8 },
    { on: 'pod:teastore-recommender#0', reason: 'Created', message: 'Created container teastore-recommender', fieldPath: 'spec.containers{teastore-recommender}', first: -27.8 },
    { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', fieldPath: 'spec.containers{teastore-recommender}', first: -27.7 },
  ],
  logs: { 'teastore-recommender#0/teastore-recommender': rec, 'teastore-webui#0/teastore-webui': webui },
  grounding: `
    Manifest facts (teastore-clusterip.yaml at 5ab1188): every service is a WAR in Tomcat with no probes, so a pod is Ready as soon as the container runs; webui calls the recommender through the registry client's load balancer on every product page.
    Fault: the team pinned teastore-recommender from :latest to a newly built tag (the only template difference between the two ReplicaSets). Tomcat starts, but the webapp's context listener fails with NoClassDefFoundError javax/xml/bind/JAXBException (JAXB removed from the JDK since 11, a well-known failure of Java EE apps moved to a newer JRE), so the context is not deployed, the service never registers and every request answers 404 while the pod stays Ready.
    webui is the loud one (ProductServlet errors); categories and login do not use the recommender.
    Deviations: the 1.4.3 tag is the team's own build, not an upstream tag; class/line numbers and the webui warning text are illustrative.`,
}];
