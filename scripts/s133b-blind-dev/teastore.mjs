import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const T = clock('2026-04-07T14:32:00Z');
const j = (min, lvl, thread, logger, msg) => `${T.java(min).slice(11)} [${thread}] ${lvl.padEnd(5)} ${logger} - ${msg}`;
const OLD_PERSIST_IP = '10.244.3.231';
const lbTimeout = (min, svc) => [
  `${T.java(min).replace(' ', 'T')} SEVERE [http-nio-8080-exec-${(Math.round(min * 7) % 20) + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [${svc}] in context with path [] threw exception`,
  `\tjavax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)`,
  `\t\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)`,
  `\t\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)`,
  `\t\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntities(NonBalancedCRUDOperations.java:212)`,
  `\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.lambda$getEntities$3(LoadBalancedCRUDOperations.java:139)`,
  `\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:246)`,
  `\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.checkforCookie(AbstractUIServlet.java:110)`,
  `\tCaused by: java.net.ConnectException: Connection refused (Connection refused)`,
  `\t\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)`,
  `\t\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:474)`,
  `\t\t... 38 more`,
];

export const scenarios = [
  {
    folder: 's133b-registry-hung-stale-instances',
    description: 'teastore shop throwing 500s on category pages + login since ~14:10, started right after we did a rollout restart of persistance. persistence pod is up and Ready tho. pls look',
    incidentTime: '2026-04-07T14:32:00Z',
    expected: { component: 'registry', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'callers-only', 'typo', 'time-expression'],
    grounding: `TeaStore services find each other only through teastore-registry (REGISTRY_HOST in examples/kubernetes/teastore-clusterip.yaml):
      every Tomcat service registers its own host:port and heartbeats, and the registry client's load balancers refresh their
      instance lists from the registry. The registry's JVM is hung (all request threads blocked; no log lines after its start 12
      days ago, no probes upstream so the pod stays Ready and Running). Harmless until the shop-core team ran
      "kubectl rollout restart deployment/teastore-persistence" at 14:10: the new persistence pod cannot register (its
      registration and heartbeat PUTs time out), and webui/auth keep the old persistence instance ${OLD_PERSIST_IP}:8080, which no
      longer exists, so every call to persistence fails with Connection refused. The loud, recent change (the persistence restart)
      is a decoy: the restart is healthy, the registry is the component not answering. Deviation from upstream: the hang itself is
      invented (modelled on a JVM whose Tomcat executor is wedged); log wording of the registry client is approximated.`,
    workloads: {
      'teastore-persistence': {
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-22.2) } },
        rollout: { at: -22, revision: 6, oldPatch: { podAnnotations: undefined } },
      },
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: -22 },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: -21 },
      { on: 'pod:teastore-persistence#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -21.9 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-persistence"', first: -21.8, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 1.204s (1.204s including waiting). Image size: 312774036 bytes.', first: -21.7, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Created', message: 'Created container teastore-persistence', first: -21.7, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', first: -21.6, fieldPath: 'spec.containers{teastore-persistence}' },
    ],
    logs: {
      'teastore-registry#0/teastore-registry': [
        `${T.java(-60 * 24 * 12).replace(' ', 'T')} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/8.5.43`,
        `${T.java(-60 * 24 * 12 + 0.05).replace(' ', 'T')} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.registry.war]`,
        `${T.java(-60 * 24 * 12 + 0.2).replace(' ', 'T')} INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]`,
        `${T.java(-60 * 24 * 12 + 0.21).replace(' ', 'T')} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 9214 ms`,
      ],
      'teastore-persistence#0/teastore-persistence': [
        `${T.java(-21.5).replace(' ', 'T')} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/8.5.43`,
        `${T.java(-21.2).replace(' ', 'T')} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war]`,
        j(-21.0, 'INFO', 'main', 't.d.t.p.r.DataGenerator', 'Database already populated, skipping generation.'),
        j(-20.9, 'INFO', 'Registration thread', 't.d.t.r.RegistryClient', 'Registering PERSISTENCE teastore-persistence:8080 with registry http://teastore-registry:8080/tools.descartes.teastore.registry/rest/services/'),
        `${T.java(-20.8).replace(' ', 'T')} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 41352 ms`,
        ...Array.from({ length: 9 }, (_, i) => j(-20.4 + i * 2.2, 'WARN', 'Registration thread', 't.d.t.r.RegistryClient', 'Registry not reachable, retrying registration of PERSISTENCE in 2000 ms: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out')),
      ],
      'teastore-webui#0/teastore-webui': [
        ...Array.from({ length: 4 }, (_, i) => j(-40 + i * 4, 'INFO', `http-nio-8080-exec-${i + 3}`, 't.d.t.w.s.CategoryServlet', 'GET /category?category=2&page=1 200')),
        j(-21.3, 'WARN', 'pool-3-thread-1', 't.d.t.r.l.ServiceLoadBalancer', 'Could not update instance list for PERSISTENCE from registry: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out; keeping 1 known instance(s)'),
        ...lbTimeout(-20.6, 'CategoryServlet'),
        j(-18.1, 'WARN', 'pool-3-thread-1', 't.d.t.r.l.ServiceLoadBalancer', 'Could not update instance list for PERSISTENCE from registry: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out; keeping 1 known instance(s)'),
        ...lbTimeout(-14.2, 'CategoryServlet'),
        ...lbTimeout(-9.7, 'LoginActionServlet'),
        j(-8.0, 'WARN', 'pool-3-thread-1', 't.d.t.r.l.ServiceLoadBalancer', `Could not update instance list for PERSISTENCE from registry: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out; keeping 1 known instance(s) [${OLD_PERSIST_IP}:8080]`),
        ...lbTimeout(-3.1, 'CategoryServlet'),
      ],
      'teastore-auth#0/teastore-auth': [
        j(-19.5, 'WARN', 'pool-2-thread-1', 't.d.t.r.l.ServiceLoadBalancer', 'Could not update instance list for PERSISTENCE from registry: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out; keeping 1 known instance(s)'),
        j(-9.8, 'ERROR', 'http-nio-8080-exec-4', 't.d.t.a.r.AuthUserActionsRest', `Error while calling persistence for user login: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused) [${OLD_PERSIST_IP}:8080]`),
        j(-2.4, 'ERROR', 'http-nio-8080-exec-7', 't.d.t.a.r.AuthUserActionsRest', `Error while calling persistence for user login: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused) [${OLD_PERSIST_IP}:8080]`),
      ],
    },
  },
];
