// Batch s29b (blind dev): one TeaStore incident on the kit system definition scripts/kit-systems/teastore.mjs.
// A promo mail's login surge pins teastore-auth (BCrypt, a 500m CPU limit the team added) with its HPA at max 3: every page times out on auth.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-03-19T10:52:00Z';
const T = clock(INC);
// Tomcat's java.util.logging OneLineFormatter: "19-Mar-2026 10:41:12.532 SEVERE [thread] class.method msg"
const tc = (min, level, thread, where, msg) => {
  const iso = T.isoMs(min);
  const d = new Date(iso);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}-${mon}-${d.getUTCFullYear()} ${iso.slice(11, 23)} ${level} [${thread}] ${where} ${msg}`;
};
const tomcatStart = (min) => [
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.1.28'),
  tc(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.05, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.auth.war]'),
  tc(min + 0.14, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.14, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [8412] milliseconds'),
];

const SERVLETS = [
  ['LoginActionServlet', 'login', '/loginAction'],
  ['IndexServlet', 'isLoggedIn', '/'],
  ['CategoryServlet', 'isLoggedIn', '/category'],
  ['CartActionServlet', 'addProductToCart', '/cartAction'],
  ['ProductServlet', 'isLoggedIn', '/product'],
];
const webuiLog = (() => {
  const out = tomcatStart(-60 * 24 * 9 + 0.4).map((l) => l.replace('teastore.auth.war', 'teastore.webui.war'));
  let t = 1;
  for (let m = -21; m < -0.3; m += m < -12 ? 1.2 : 0.55) {
    const [servlet, op] = SERVLETS[t % SERVLETS.length];
    const thread = `http-nio-8080-exec-${(t * 37) % 200 + 1}`;
    out.push(
      'jakarta.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
      '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)',
      '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:300)',
      '\tat org.glassfish.jersey.client.JerseyInvocation.lambda$invoke$0(JerseyInvocation.java:675)',
      `\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.lambda$${op}$${t % 3}(LoadBalancedStoreOperations.java:${op === 'login' ? 148 : op === 'isLoggedIn' ? 176 : 98})`,
      '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancerResult.fromRESTOperation(ServiceLoadBalancerResult.java:63)',
      'Caused by: java.net.SocketTimeoutException: Read timed out',
      '\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)',
      '\tat java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)',
      '\t... 42 more',
      'com.netflix.client.ClientException: Number of retries on next server exceeded max 2 retries, while making a call for: teastore-auth:8080',
      '\tat com.netflix.loadbalancer.reactive.LoadBalancerCommand$4.call(LoadBalancerCommand.java:345)',
      tc(m, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`),
      'java.lang.NullPointerException: ServiceLoadBalancerResult was null!',
      '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:330)',
      `\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.${op}(LoadBalancedStoreOperations.java:${op === 'login' ? 146 : op === 'isLoggedIn' ? 174 : 96})`,
      `\tat tools.descartes.teastore.webui.servlet.${servlet}.${/Action/.test(servlet) ? 'handlePOSTRequest' : 'handleGETRequest'}(${servlet}.java:61)`,
    );
    t++;
  }
  return out;
})();

const authRes = { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '500m', memory: '1Gi' } };

export const scenarios = [
  {
    folder: 's29b-auth-bcrypt-cpu-hpa-max',
    incidentTime: INC,
    description: 'teastore: login hangs then error page, whole shop crawling since the promo mail went out ~10:30',
    expected: { component: 'auth', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'callers-only', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (examples/kubernetes/teastore-clusterip.yaml at 5ab1188): teastore-auth is a Tomcat service with HOST_NAME=teastore-auth
      and no probes; the webui reaches it through the registry client's Ribbon load balancer (ServiceLoadBalancer: retry handler with two
      retries on the next server, exceptions printed with printStackTrace, then "ServiceLoadBalancerResult was null!"), and calls it on
      every page (isLoggedIn for the header), for login and for cart actions. Auth checks passwords with BCrypt (BCryptProvider), which is
      deliberately CPU-bound. Deviation: the team added requests 250m / limits 500m CPU to teastore-auth and an HPA (1 to 3 replicas, 70 %
      CPU); upstream sets no resources.
      Incident: a promo mail at 10:30 brings a login surge; BCrypt work pins each auth pod at its 500m limit (CFS throttling), the HPA
      scales 1 -> 2 -> 3 and stops at its maximum (ScalingLimited TooManyReplicas, 196 % of the request), and auth answers so slowly
      that the webui's Jersey client reads time out ("Read timed out"), Ribbon exhausts its retries ("Number of retries on next server
      exceeded max 2 retries") and every page fails with a NullPointerException 500. Every pod stays Running and Ready, auth itself logs
      nothing past Tomcat's startup, no event is a warning. Decoy: a routine rollout restart of teastore-recommender two and a half hours
      earlier. A careful engineer reads the HPA at its ceiling and the auth timeouts in the webui and names auth's CPU exhaustion.
      Log formats: Tomcat 10.1 OneLineFormatter, Jersey/Ribbon stack traces as printStackTrace writes them.`,
    hpas: [
      {
        name: 'teastore-auth',
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'teastore-auth' },
          minReplicas: 1,
          maxReplicas: 3,
          metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
        },
        status: {
          currentReplicas: 3,
          desiredReplicas: 3,
          lastScaleTime: T.iso(-12.5),
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 196, averageValue: '490m' } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-7.5), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 6), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-12.5), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
          ],
        },
      },
    ],
    workloads: {
      'teastore-auth': {
        replicas: 3,
        containers: { 'teastore-auth': { resources: authRes } },
        pods: [{}, { created: T.iso(-18.4) }, { created: T.iso(-12.4) }],
      },
      'teastore-recommender': {
        rollout: { at: -150, revision: 3 },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-150) } },
      },
    },
    events: [
      { on: 'hpa:teastore-auth', reason: 'SuccessfulRescale', message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target', first: -18.5, last: -18.5 },
      { on: 'hpa:teastore-auth', reason: 'SuccessfulRescale', message: 'New size: 3; reason: cpu resource utilization (percentage of request) above target', first: -12.5, last: -12.5 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 2 from 1', first: -18.45, last: -18.45 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 3 from 2', first: -12.45, last: -12.45 },
      { on: 'pod:teastore-auth#1', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-auth" in 1.214s (1.214s including waiting). Image size: 254318112 bytes.', fieldPath: 'spec.containers{teastore-auth}', first: -18.3, last: -18.3 },
      { on: 'pod:teastore-auth#1', reason: 'Started', message: 'Started container teastore-auth', fieldPath: 'spec.containers{teastore-auth}', first: -18.25, last: -18.25 },
      { on: 'pod:teastore-auth#2', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-auth" in 1.087s (1.087s including waiting). Image size: 254318112 bytes.', fieldPath: 'spec.containers{teastore-auth}', first: -12.3, last: -12.3 },
      { on: 'pod:teastore-auth#2', reason: 'Started', message: 'Started container teastore-auth', fieldPath: 'spec.containers{teastore-auth}', first: -12.25, last: -12.25 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-auth#0/teastore-auth': tomcatStart(-60 * 24 * 9 + 0.4),
      'teastore-auth#1/teastore-auth': tomcatStart(-18.2),
      'teastore-auth#2/teastore-auth': tomcatStart(-12.2),
    },
  },
];
