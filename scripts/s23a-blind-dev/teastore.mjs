// Batch s23a (blind dev): a TeaStore incident for the accuracy corpus, written without knowledge of the engine.
// Uses the kit system definition scripts/kit-systems/teastore.mjs; built by scripts/s23a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat 9's OneLineFormatter (java.util.logging), as catalina prints to stdout: "19-Nov-2026 14:06:41.227 WARNING [thread] source msg".
const jul = (T, min, level, thread, source, msg) => {
  const d = new Date(T.isoMs(min));
  return `${String(d.getUTCDate()).padStart(2, '0')}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${T.java(min).slice(11)} ${level} [${thread}] ${source} ${msg}`;
};
const authEnv = (host) => [
  { name: 'HOST_NAME', value: host },
  { name: 'REGISTRY_HOST', value: 'teastore-registry' },
];

const S1 = (() => {
  const T = clock('2026-11-19T14:24:00Z');
  const boot = (min, svc) => [
    jul(T, min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/9.0.65'),
    jul(T, min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
    jul(T, min + 0.05, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${svc}.war]`),
    jul(T, min + 0.3, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${svc}.war] has finished in [17,112] ms`),
    jul(T, min + 0.31, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
    jul(T, min + 0.31, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [17498] milliseconds'),
  ];
  const unreachable = (min, exec, servlet) => [
    jul(T, min, 'WARNING', exec, 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Server teastore-auth-svc:8080 of service auth is not reachable: javax.ws.rs.ProcessingException: java.net.UnknownHostException: teastore-auth-svc: Name or service not known'),
    jul(T, min + 0.002, 'SEVERE', exec, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`),
    'tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timout waiting for Http response.',
    '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:253)',
    '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.' + (servlet === 'LoginActionServlet' ? 'login(LoadBalancedStoreOperations.java:129)' : 'addProductToCart(LoadBalancedStoreOperations.java:84)'),
    `\tat tools.descartes.teastore.webui.servlet.${servlet}.handlePOSTRequest(${servlet}.java:${servlet === 'LoginActionServlet' ? 71 : 88})`,
    '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doPost(AbstractUIServlet.java:231)',
    '\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:681)',
    'Caused by: javax.ws.rs.ProcessingException: java.net.UnknownHostException: teastore-auth-svc: Name or service not known',
    '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:260)',
    '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:254)',
    '\t... 42 more',
    'Caused by: java.net.UnknownHostException: teastore-auth-svc: Name or service not known',
    '\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)',
    '\tat java.base/java.net.InetAddress.getAllByName0(InetAddress.java:1519)',
    '\t... 54 more',
  ];
  const webuiLog = (i) => [
    ...boot(-60 * 24 * 9 + 0.2 + i * 0.1, 'webui'),
    ...(i === 0
      ? [[-17.6, 'http-nio-8080-exec-3', 'LoginActionServlet'], [-14.2, 'http-nio-8080-exec-9', 'CartActionServlet'], [-11.0, 'http-nio-8080-exec-1', 'LoginActionServlet'], [-6.3, 'http-nio-8080-exec-6', 'LoginActionServlet'], [-2.4, 'http-nio-8080-exec-2', 'CartActionServlet']]
      : []
    ).flatMap(([m, ex, sv]) => unreachable(m, ex, sv)),
  ];
  return {
    folder: 's23a-auth-host-name-rename',
    description: 'teastore: users cant log in, add to cart gives error page. started ~14:05',
    incidentTime: '2026-11-19T14:24:00Z',
    expected: { component: 'auth', cause: 'config-error' },
    alsoAcceptable: [{ component: 'auth', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'callers-only', 'decoy', 'time-expression', 'typo'],
    grounding: `
      TeaStore as teastore-clusterip.yaml deploys it (kit system): each Tomcat service registers itself with
      teastore-registry under HOST_NAME:8080 and the webui's ServiceLoadBalancer calls whatever the registry lists;
      teastore-auth handles logins and the cart (useractions, cart/add). At 14:05 a rollout of teastore-auth, the first
      step of a Helm chart migration that will rename the Services to "<name>-svc", changed the Deployment's HOST_NAME to
      teastore-auth-svc while the Service is still called teastore-auth (the rename was to land in a later PR). The new pod
      starts and stays Ready (no probes upstream) and registers as teastore-auth-svc:8080; the old pod unregisters on
      shutdown. The webui now resolves a name that does not exist: every login and add-to-cart logs ServiceLoadBalancer's
      "not reachable ... java.net.UnknownHostException: teastore-auth-svc: Name or service not known" and the servlet fails
      with LoadBalancerTimeoutException (its message really spells "Timout"), so users see the error page, while browsing,
      images and recommendations work. Auth itself logs nothing wrong (nobody reaches it). The cause is auth's
      configuration shipped by its rollout (config-error on auth; bad-deploy-rollout on auth also accepted). Decoy: a
      rollout restart of teastore-image at 14:16 (the most recent change, healthy). Log formats: Tomcat 9's one-line
      java.util.logging formatter, Jersey client exceptions. The description's "cant" typo is the engineer's.`,
    workloads: {
      'teastore-auth': {
        rollout: { at: -19, revision: 5, oldContainers: { 'teastore-auth': { env: authEnv('teastore-auth') } } },
        containers: { 'teastore-auth': { env: authEnv('teastore-auth-svc') } },
      },
      'teastore-image': {
        rollout: { at: -8, revision: 3, oldPatch: { podAnnotations: undefined } },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-8.05) } },
      },
    },
    events: [
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -19, last: -19 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -18.3, last: -18.3 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -8, last: -8 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -7.4, last: -7.4 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webuiLog(0),
      'teastore-auth#0/teastore-auth': boot(-18.7, 'auth'),
      'teastore-image#0/teastore-image': [
        ...boot(-7.8, 'image'),
        jul(T, -7.4, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.image.setup.SetupController.startup', 'Image provider setup finished: 1012 product images, cache size 20000000 bytes'),
      ],
    },
  };
})();

export const scenarios = [S1];
