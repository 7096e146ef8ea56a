// Blind dev batch s67b: a TeaStore scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// teastore-auth's Tomcat acceptor fails with "Too many open files": pod Ready, webui's NullPointerExceptions loud.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const INCIDENT = '2026-04-22T10:30:00Z';
const T = clock(INCIDENT);
const F = -16; // 10:14, first "Socket accept failed"

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat 10 JULI OneLineFormatter: "22-Apr-2026 10:14:03.517 SEVERE [thread] class.method message"
const jul = (min, level, thread, where, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  return `${String(d.getUTCDate()).padStart(2, '0')}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${T.java(min).slice(11)} ${level} [${thread}] ${where} ${msg}`;
};
const startup = (min, ms) => [
  jul(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  jul(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.16+8'),
  jul(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  jul(min + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/ROOT.war]'),
  jul(min + ms / 60000, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  jul(min + ms / 60000, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${ms}] milliseconds`),
];

// auth: up two days; from 10:14 the acceptor cannot accept (EMFILE) and its own client calls to persistence fail too.
const authLog = [...startup(-60 * 48 + 0.2, 14211)];
const acceptFail = (min) => [
  jul(min, 'SEVERE', 'http-nio-8080-Acceptor', 'org.apache.tomcat.util.net.Acceptor.run', 'Socket accept failed'),
  '\tjava.io.IOException: Too many open files',
  '\t\tat java.base/sun.nio.ch.ServerSocketChannelImpl.accept0(Native Method)',
  '\t\tat java.base/sun.nio.ch.ServerSocketChannelImpl.accept(ServerSocketChannelImpl.java:533)',
  '\t\tat java.base/sun.nio.ch.ServerSocketChannelImpl.accept(ServerSocketChannelImpl.java:285)',
  '\t\tat org.apache.tomcat.util.net.NioEndpoint.serverSocketAccept(NioEndpoint.java:548)',
  '\t\tat org.apache.tomcat.util.net.NioEndpoint.serverSocketAccept(NioEndpoint.java:79)',
  '\t\tat org.apache.tomcat.util.net.Acceptor.run(Acceptor.java:129)',
  '\t\tat java.base/java.lang.Thread.run(Thread.java:829)',
];
for (let m = F; m < -0.2; m += 0.45) {
  authLog.push(...acceptFail(m));
  if (Math.round((m - F) / 0.45) % 5 === 2) {
    authLog.push(
      'jakarta.ws.rs.ProcessingException: java.net.SocketException: Too many open files',
      '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)',
      '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:297)',
      '\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntities(NonBalancedCRUDOperations.java:177)',
      '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.lambda$getEntities$1(LoadBalancedCRUDOperations.java:110)',
      '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancerResult.fromRESTOperation(ServiceLoadBalancerResult.java:64)',
      'Caused by: java.net.SocketException: Too many open files',
      '\tat java.base/sun.nio.ch.Net.socket0(Native Method)',
      '\tat java.base/java.net.PlainSocketImpl.socketCreate(PlainSocketImpl.java:250)',
      '\t... 41 more',
    );
  }
}

// webui: Ribbon's onErrorReturn prints the stack and the load balancer then throws the NullPointerException.
const SERVLETS = ['CategoryServlet', 'IndexServlet', 'ProductServlet', 'CartServlet', 'LoginActionServlet'];
const webuiLog = [...startup(-60 * 24 * 6 + 0.3, 19874)];
let k = 0;
for (let m = F + 0.1; m < -0.2; m += 0.3) {
  k++;
  const cause = m < F + 4
    ? ['jakarta.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out', 'Caused by: java.net.SocketTimeoutException: Read timed out']
    : ['jakarta.ws.rs.ProcessingException: java.net.SocketTimeoutException: connect timed out', 'Caused by: java.net.SocketTimeoutException: connect timed out'];
  webuiLog.push(
    cause[0],
    '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)',
    '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:297)',
    '\tat org.glassfish.jersey.client.JerseyInvocation.lambda$invoke$0(JerseyInvocation.java:662)',
    '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.lambda$isLoggedIn$1(LoadBalancedStoreOperations.java:96)',
    '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancerResult.fromRESTOperation(ServiceLoadBalancerResult.java:64)',
    cause[1],
    '\t... 52 more',
    jul(m + 0.1, 'SEVERE', `http-nio-8080-exec-${(k % 25) + 1}`, 'org.apache.catalina.core.StandardWrapperValve.invoke',
      `Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.${SERVLETS[k % SERVLETS.length]}] in context with path [/tools.descartes.teastore.webui] threw exception`),
    '\tjava.lang.NullPointerException: ServiceLoadBalancerResult was null!',
    '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:232)',
    '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:201)',
    '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.isLoggedIn(LoadBalancedStoreOperations.java:95)',
    `\t\tat tools.descartes.teastore.webui.servlet.${SERVLETS[k % SERVLETS.length]}.handleGETRequest(${SERVLETS[k % SERVLETS.length]}.java:68)`,
    '\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:206)',
    '\t\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:668)',
  );
}

const recLog = [
  ...startup(-40 + 0.3, 16502),
  jul(-40 + 0.6, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Retrieving data objects from database...'),
  jul(-40 + 1.4, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished retrieving 2501 orders and 11723 order items.'),
  jul(-40 + 1.9, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.algorithm.AbstractRecommender.train', 'Training recommender finished. Training took: 28113ms.'),
];

export const scenarios = [
  {
    folder: 's67b-auth-acceptor-emfile',
    incidentTime: INCIDENT,
    description: 'teastore webui throwing NPEs on basically every page since 10:15ish, nobody can log in. registry shows all services registered, recommender was restarted earlier',
    expected: { component: 'auth', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'auth', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    workloads: {
      'teastore-auth': { since: -60 * 48 },
      'teastore-webui': { since: -60 * 24 * 6 },
      'teastore-recommender': { rollout: { at: -40 } },
    },
    events: [
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% from 0 to 1', first: -40 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% from 1 to 0', first: -39.4 },
      { on: 'pod:teastore-recommender#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -40 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', first: -40, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 1.118s (1.118s including waiting). Image size: 296417712 bytes.', first: -39.9, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Created', message: 'Created container teastore-recommender', first: -39.9, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', first: -39.9, fieldPath: 'spec.containers{teastore-recommender}' },
    ],
    logs: {
      'teastore-auth#0/teastore-auth': authLog,
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-recommender#0/teastore-recommender': recLog,
    },
    grounding: `
      Manifest facts (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188): every service is a
      Tomcat 10 / JDK 11 pod with no probes and no resources, so a Tomcat that no longer accepts connections stays Ready and in
      the Endpoints; webui calls auth through the registry client's Ribbon load balancer (ServiceLoadBalancer
      .loadBalanceRESTOperation) on every page (LoadBalancedStoreOperations.isLoggedIn), with RESTClient's 600 ms connect and
      6000 ms read timeouts; on an error Ribbon's onErrorReturn prints the stack and returns null, and the load balancer throws
      NullPointerException("ServiceLoadBalancerResult was null!"), which each servlet surfaces.
      Fault: file-descriptor exhaustion in the auth JVM — Tomcat's acceptor loops on "Socket accept failed
      java.io.IOException: Too many open files" (the shape of many Tomcat/Jersey reports of connections leaked by unclosed
      client Responses, sockets stuck in CLOSE_WAIT). The process is alive and Ready; its accept queue fills, so webui first
      gets read time-outs, then connect time-outs, and every page and login fails with the NullPointerException; auth's own
      calls to persistence fail with the same error. The registry still lists auth (its entry was refreshed before).
      Decoy: teastore-recommender was restarted 40 minutes earlier (kubectl rollout restart: same containers, a new
      ReplicaSet) and retrained normally.
      Deviations from upstream: the socket leak in auth's persistence calls is assumed (an unclosed Response in the operator's
      build), not a reported upstream bug; the restart's kubectl.kubernetes.io/restartedAt template annotation is not written
      by the kit; log volumes are sampled.`,
  },
];
