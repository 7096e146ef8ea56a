// Held-out batch s58a (blind): one TeaStore scenario as a compact spec for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system definition scripts/kit-systems/teastore.mjs; built by scripts/s58a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-04-21T09:47:00Z');
const W = 'tools.descartes.teastore.webui';
// Tomcat 10 OneLineFormatter (catalina.sh run console): "21-Apr-2026 09:21:14.512 INFO [main] logger.method msg".
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min, level, thread, where, msg) => {
  const iso = T.isoMs(min);
  const [d, t] = [iso.slice(0, 10), iso.slice(11, 23)];
  return `${d.slice(8, 10)}-${MON[Number(d.slice(5, 7)) - 1]}-${d.slice(0, 4)} ${t} ${level} [${thread}] ${where} ${msg}`;
};
// slf4j-simple to System.out (showDateTime false): "[thread] LEVEL logger - msg".
const sl = (thread, level, logger, msg) => `[${thread}] ${level} ${logger} - ${msg}`;
const BADHOST = 'teastore-persistance';
const unknownHost = (thread) => [
  `jakarta.ws.rs.ProcessingException: java.util.concurrent.ExecutionException: java.net.UnknownHostException: ${BADHOST}: Name or service not known`,
  '\tat org.glassfish.jersey.grizzly.connector.GrizzlyConnector.apply(GrizzlyConnector.java:255)',
  '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:300)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.lambda$invoke$0(JerseyInvocation.java:675)',
  '\tat org.glassfish.jersey.internal.Errors.process(Errors.java:292)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.invoke(JerseyInvocation.java:674)',
  '\tat org.glassfish.jersey.client.JerseyInvocation$Builder.method(JerseyInvocation.java:422)',
  '\tat org.glassfish.jersey.client.JerseyInvocation$Builder.get(JerseyInvocation.java:318)',
  '\tat tools.descartes.teastore.registryclient.util.NonBalancedCRUDOperations.getEntities(NonBalancedCRUDOperations.java:208)',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancerResult.fromRESTOperation(ServiceLoadBalancerResult.java:60)',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.lambda$loadBalanceRESTOperation$0(ServiceLoadBalancer.java:301)',
  '\tat com.netflix.loadbalancer.reactive.LoadBalancerCommand$3$1.call(LoadBalancerCommand.java:185)',
  `\tat java.base/java.lang.Thread.run(Thread.java:829)`,
  `Caused by: java.util.concurrent.ExecutionException: java.net.UnknownHostException: ${BADHOST}: Name or service not known`,
  '\tat org.glassfish.grizzly.impl.SafeFutureImpl$Sync.innerGet(SafeFutureImpl.java:349)',
  '\tat org.glassfish.grizzly.impl.SafeFutureImpl.get(SafeFutureImpl.java:255)',
  '\tat org.glassfish.jersey.grizzly.connector.GrizzlyConnector.apply(GrizzlyConnector.java:251)',
  '\t... 11 more',
  `Caused by: java.net.UnknownHostException: ${BADHOST}: Name or service not known`,
  '\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)',
  '\tat java.base/java.net.InetAddress$PlatformNameService.lookupAllHostAddr(InetAddress.java:929)',
  '\tat java.base/java.net.InetAddress.getAddressesFromNameService(InetAddress.java:1529)',
  '\tat java.base/java.net.InetAddress.getAllByName0(InetAddress.java:1382)',
  '\tat java.base/java.net.InetAddress.getAllByName(InetAddress.java:1306)',
  '\tat java.base/java.net.InetAddress.getByName(InetAddress.java:1256)',
  '\tat com.ning.http.client.providers.grizzly.GrizzlyAsyncHttpProvider$ConnectionManager.doAsyncConnect(GrizzlyAsyncHttpProvider.java:2329)',
  '\t... 9 more',
];
const servletNpe = (min, thread, servlet) => [
  tc(min, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${W}.servlet.${servlet}] in context with path [/${W}] threw exception`),
  'java.lang.NullPointerException: ServiceLoadBalancerResult was null!',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:309)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:116)',
  `\tat ${W}.servlet.AbstractUIServlet.handleGETRequest(AbstractUIServlet.java:${servlet === 'IndexServlet' ? 104 : 119})`,
  `\tat ${W}.servlet.${servlet}.handleGETRequest(${servlet}.java:${servlet === 'IndexServlet' ? 56 : 64})`,
  `\tat ${W}.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:211)`,
  '\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:665)',
  '\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:774)',
  '\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)',
  '\tat org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)',
  '\tat org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1736)',
  '\tat java.base/java.lang.Thread.run(Thread.java:829)',
];
const tomcatStart = (min, app) => [
  'NOTE: Picked up JDK_JAVA_OPTIONS:  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED',
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.16+8'),
  tc(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`),
];

export const scenarios = [
  {
    folder: 's58a-teastore-categories-error-page-login-broken',
    description: 'teastore: every category page is an error page and login fails too, since ~9:20. shop-core can someone look',
    incidentTime: '2026-04-21T09:47:00Z',
    expected: { component: 'persistence', cause: 'config-error' },
    alsoAcceptable: [{ component: 'persistence', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'callers-only', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Follows how TeaStore services find each other (DescartesResearch/TeaStore at 5ab1188): each service registers
      HOST_NAME:8080 with the registry (start.sh writes HOST_NAME into context.xml; Registry.java logs "Registered
      <service>@<location>" and "Unregistered …"), and callers build URLs from the locations the registry hands out, through
      ServiceLoadBalancer (Ribbon; onErrorReturn prints the stack trace and the call then throws "ServiceLoadBalancerResult
      was null!"). A rollout of teastore-persistence at 09:21 (revision 4, a kustomize patch of its env) changed HOST_NAME
      from teastore-persistence to the misspelt teastore-persistance: the new pod starts, reaches the database and registers
      persistence@teastore-persistance:8080, stays Running and Ready (upstream has no probes), and logs nothing wrong. Every
      caller then fails name resolution on that host: webui (servlet errors on every page), auth (login), while image and
      recommender, which only call persistence at start-up or when training, stay quiet. The persistence Service itself
      keeps its endpoint. Decoy: a kubectl rollout restart of teastore-webui at 08:32 (restartedAt annotation only), healthy.
      The fault is a wrong value the workload reads (config-error); the rollout that brought it is also accepted.
      Deviations from upstream: the HOST_NAME value of the new revision; the webui restart annotation. Log formats: Tomcat
      10.0.27 OneLineFormatter console lines, slf4j-simple to stdout, Jersey Grizzly connector UnknownHostException chain.
    `,
    workloads: {
      'teastore-persistence': {
        rollout: {
          at: -26,
          revision: 4,
          oldContainers: {
            'teastore-persistence': {
              env: [
                { name: 'HOST_NAME', value: 'teastore-persistence' },
                { name: 'REGISTRY_HOST', value: 'teastore-registry' },
                { name: 'DB_HOST', value: 'teastore-db' },
                { name: 'DB_PORT', value: '3306' },
              ],
            },
          },
        },
        containers: {
          'teastore-persistence': {
            env: [
              { name: 'HOST_NAME', value: BADHOST },
              { name: 'REGISTRY_HOST', value: 'teastore-registry' },
              { name: 'DB_HOST', value: 'teastore-db' },
              { name: 'DB_PORT', value: '3306' },
            ],
          },
        },
      },
      'teastore-webui': {
        rollout: { at: -75, revision: 6, oldPatch: { podAnnotations: undefined } },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-75) } },
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: -26 },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: -25.2 },
      { on: 'pod:teastore-persistence#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -25.5 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-persistence"', first: -25.45, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 1.204s (1.204s including waiting). Image size: 248374512 bytes.', first: -25.4, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Created', message: 'Created container teastore-persistence', first: -25.4, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', first: -25.3, fieldPath: 'spec.containers{teastore-persistence}' },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        ...tomcatStart(-25.15, 'tools.descartes.teastore.persistence'),
        '[EL Info]: 2026-04-21 09:21:58.118--ServerSession(1370712519)--EclipseLink, version: Eclipse Persistence Services - 2.7.10.v20211216-fe64cd39c3',
        '[EL Info]: connection: 2026-04-21 09:21:59.406--ServerSession(1370712519)--/file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence login successful',
        tc(-24.95, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war] has finished in [12,304] ms'),
        tc(-24.95, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
        tc(-24.95, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [12687] milliseconds'),
      ],
      'teastore-registry#0/teastore-registry': [
        sl('http-nio-8080-exec-6', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered persistence@teastore-persistence:8080'),
        sl('http-nio-8080-exec-2', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered webui@teastore-webui:8080'),
        sl('http-nio-8080-exec-3', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Unregistered webui@teastore-webui:8080'),
        sl('http-nio-8080-exec-9', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Registered webui@teastore-webui:8080'),
        sl('http-nio-8080-exec-4', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', 'Unregistered persistence@teastore-persistence:8080'),
        sl('http-nio-8080-exec-7', 'INFO', 'tools.descartes.teastore.registry.rest.Registry', `Registered persistence@${BADHOST}:8080`),
      ],
      'teastore-webui#0/teastore-webui': [
        ...tomcatStart(-74.4, W),
        tc(-74.1, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [19874] milliseconds'),
        ...unknownHost('http-nio-8080-exec-3'),
        ...servletNpe(-24.1, 'http-nio-8080-exec-3', 'IndexServlet'),
        ...unknownHost('http-nio-8080-exec-8'),
        ...servletNpe(-17.4, 'http-nio-8080-exec-8', 'CategoryServlet'),
        ...unknownHost('http-nio-8080-exec-1'),
        ...servletNpe(-9.6, 'http-nio-8080-exec-1', 'CategoryServlet'),
        ...unknownHost('http-nio-8080-exec-5'),
        ...servletNpe(-2.2, 'http-nio-8080-exec-5', 'IndexServlet'),
      ],
      'teastore-auth#0/teastore-auth': [
        ...unknownHost('http-nio-8080-exec-2'),
        ...unknownHost('http-nio-8080-exec-6'),
        ...unknownHost('http-nio-8080-exec-4'),
      ],
      'teastore-db#0/teastore-db': [
        '2026-04-19  3:12:07 0 [Note] mysqld: ready for connections.',
        "Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
        "2026-04-21  9:21:07 412 [Warning] Aborted connection 412 to db: 'teadb' user: 'teauser' host: '10.244.1.37' (Got an error reading communication packets)",
      ],
    },
  },
];
