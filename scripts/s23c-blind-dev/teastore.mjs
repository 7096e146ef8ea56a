// Batch s23c blind dev scenario for TeaStore (kit system scripts/kit-systems/teastore.mjs): a Helm migration of
// teastore-persistence that registers it in the TeaStore registry under a misspelt HOST_NAME; written blind, split dev.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat 8.5/9 OneLineFormatter: `12-May-2026 09:27:41.512 INFO [main] class.method message`
const tc = (T, min, lvl, thread, where, msg) => {
  const s = T.isoMs(min);
  return `${s.slice(8, 10)}-${MON[Number(s.slice(5, 7)) - 1]}-${s.slice(0, 4)} ${s.slice(11, 23)} ${lvl} [${thread}] ${where} ${msg}`;
};
const npe = (servlet, path) => [
  `java.lang.NullPointerException: ServiceLoadBalancerResult was null!`,
  `\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:219)`,
  `\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:196)`,
  `\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:123)`,
  `\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.${path}(AbstractUIServlet.java:91)`,
  `\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:64)`,
  `\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:212)`,
  `\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:634)`,
  `\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:741)`,
  `\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:231)`,
  `\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)`,
  `\tat tools.descartes.teastore.registryclient.rest.TrackingFilter.doFilter(TrackingFilter.java:79)`,
  `\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:202)`,
  `\tat org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:374)`,
  `\tat java.base/java.lang.Thread.run(Thread.java:829)`,
];

const T1 = clock('2026-05-12T09:58:00Z');
const ENV = (host) => [
  { name: 'HOST_NAME', value: host },
  { name: 'REGISTRY_HOST', value: 'teastore-registry' },
  { name: 'DB_HOST', value: 'teastore-db' },
  { name: 'DB_PORT', value: '3306' },
];

const webuiLog = [
  tc(T1, -60 * 26, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [11842] milliseconds'),
];
[-29.6, -27.2, -22.9, -18.4, -13.1, -9.7, -6.2, -3.5, -1.1].forEach((m, i) => {
  const [servlet, path] = [['IndexServlet', 'checkforCookie'], ['CategoryServlet', 'getCategories'], ['ProductServlet', 'getCategories']][i % 3];
  webuiLog.push(tc(T1, m + 0.01, 'SEVERE', `http-nio-8080-exec-${(i % 9) + 1}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`));
  webuiLog.push(...npe(servlet, path));
});

export const scenarios = [
  {
    folder: 's23c-persistence-hostname-typo',
    incidentTime: '2026-05-12T09:58:00Z',
    description: 'teastore shop shows the error page on basically every page since ~9:30, login broken too',
    expected: { component: 'persistence', cause: 'config-error' },
    alsoAcceptable: [{ component: 'persistence', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'callers-only', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      TeaStore services do not call each other through Kubernetes Services directly: each registers itself in teastore-registry under
      the host name in its HOST_NAME env (the image writes it into the Tomcat context as hostName; RegistryClient.getServer()
      registers "<hostName>:<servicePort>"), and callers load-balance over the addresses the registry returns (ServiceLoadBalancer,
      Ribbon). The kit manifest sets HOST_NAME=teastore-persistence. Here the team moved persistence into a Helm chart at 09:27
      (revision 4, image pinned to descartesresearch/teastore-persistence:1.4.1) with a values file that says HOST_NAME
      teastore-persistance. The new pod starts cleanly, connects to teastore-db and stays Ready (upstream sets no probes); the old
      pod unregistered itself on shutdown, so the registry now lists only teastore-persistance:8080, a name that does not resolve.
      Every webui page that reads categories or products, and auth's login and cart calls, fail: Ribbon's retries swallow the
      UnknownHostException and ServiceLoadBalancer throws NullPointerException "ServiceLoadBalancerResult was null!" (its real
      message), which Tomcat logs as a Servlet.service() SEVERE with the stack. image and recommender only call persistence at startup
      and keep serving. Decoy: teastore-recommender carries a restart from three days ago (exit 137 when a former node reboot killed it).
      Deviation: upstream pins no image tag. Ribbon logs nothing of the UnknownHostException it retries on, so the misspelt name shows only in
      the Deployment's env.
      A careful engineer reading the persistence Deployment's env against its Service name names a config error on persistence,
      delivered by the rollout (so bad-deploy-rollout on persistence is also accepted).`,
    workloads: {
      'teastore-persistence': {
        containers: { 'teastore-persistence': { image: 'descartesresearch/teastore-persistence:1.4.1', env: ENV('teastore-persistance') } },
        rollout: { at: -31, revision: 4, oldContainers: { 'teastore-persistence': { image: 'descartesresearch/teastore-persistence', env: ENV('teastore-persistence') } } },
        deployAnnotations: { 'meta.helm.sh/release-name': 'teastore', 'meta.helm.sh/release-namespace': 'teastore' },
      },
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3 + 4), last: { exitCode: 137, reason: 'Error', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: -31, last: -31 },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: -29.8, last: -29.8 },
      { on: 'pod:teastore-persistence#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -31, last: -31 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-persistence:1.4.1"', fieldPath: 'spec.containers{teastore-persistence}', first: -30.9, last: -30.9 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence:1.4.1" in 6.412s (6.412s including waiting). Image size: 260417734 bytes.', fieldPath: 'spec.containers{teastore-persistence}', first: -30.8, last: -30.8 },
      { on: 'pod:teastore-persistence#0', reason: 'Created', message: 'Created container teastore-persistence', fieldPath: 'spec.containers{teastore-persistence}', first: -30.8, last: -30.8 },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', fieldPath: 'spec.containers{teastore-persistence}', first: -30.8, last: -30.8 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        tc(T1, -30.7, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.57'),
        tc(T1, -30.7, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
        tc(T1, -30.6, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war]'),
        '[EL Info]: 2026-05-12 09:27:26.118--ServerSession(1520439128)--EclipseLink, version: Eclipse Persistence Services - 2.7.7.v20200504-69f2c2b80d',
        '[EL Info]: connection: 2026-05-12 09:27:26.702--ServerSession(1520439128)--/file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence login successful',
        tc(T1, -30.5, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war] has finished in [9,214] ms'),
        tc(T1, -30.5, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
        tc(T1, -30.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9377] milliseconds'),
      ],
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-auth#0/teastore-auth': [
        tc(T1, -60 * 26, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [8950] milliseconds'),
        tc(T1, -24.3, 'SEVERE', 'http-nio-8080-exec-4', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception [java.lang.NullPointerException: ServiceLoadBalancerResult was null!] with root cause'),
        'java.lang.NullPointerException: ServiceLoadBalancerResult was null!',
        '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:219)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntityWithProperty(LoadBalancedCRUDOperations.java:175)',
        '\tat tools.descartes.teastore.auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:137)',
        tc(T1, -8.8, 'SEVERE', 'http-nio-8080-exec-9', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception [java.lang.NullPointerException: ServiceLoadBalancerResult was null!] with root cause'),
        'java.lang.NullPointerException: ServiceLoadBalancerResult was null!',
        '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:219)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntityWithProperty(LoadBalancedCRUDOperations.java:175)',
        '\tat tools.descartes.teastore.auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:137)',
      ],
      'teastore-recommender#0/teastore-recommender': [
        tc(T1, -60 * 24 * 3 + 4.3, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [10481] milliseconds'),
        tc(T1, -60 * 24 * 3 + 5.1, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, ready for recommendation.'),
      ],
      'teastore-registry#0/teastore-registry': [
        tc(T1, -60 * 24 * 9 + 1, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [4120] milliseconds'),
      ],
    },
  },
];
