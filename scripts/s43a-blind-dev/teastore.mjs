// Batch s43a (blind dev, split: dev): one TeaStore incident on the kit system scripts/kit-systems/teastore.mjs
// (DescartesResearch/TeaStore teastore-clusterip.yaml): a sale-day load surge against the auth service's new 500m CPU limit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-04-02T18:27:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat JULI OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] logger.method message
const juli = (min, level, thread, src, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${src} ${msg}`;
};
const CTX = '/tools.descartes.teastore.webui';
const timeout = (min, thread, servlet, op, servletClass) => [
  juli(min, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${servlet}] in context with path [${CTX}] threw exception`),
  'javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:287)',
  '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:252)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.lambda$invoke$0(JerseyInvocation.java:701)',
  '\tat org.glassfish.jersey.internal.Errors.process(Errors.java:292)',
  '\tat org.glassfish.jersey.process.internal.RequestScope.runInScope(RequestScope.java:390)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.invoke(JerseyInvocation.java:700)',
  '\tat org.glassfish.jersey.client.JerseyInvocation$Builder.method(JerseyInvocation.java:436)',
  '\tat org.glassfish.jersey.client.JerseyInvocation$Builder.post(JerseyInvocation.java:342)',
  `\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.lambda$${op}(LoadBalancedStoreOperations.java:98)`,
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:321)',
  `\tat tools.descartes.teastore.webui.servlet.${servletClass}.handlePOSTRequest(${servletClass}.java:84)`,
  '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doPost(AbstractUIServlet.java:137)',
  '\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:681)',
  '\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:764)',
  '\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:227)',
  '\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:162)',
  '\tat org.apache.tomcat.websocket.server.WsFilter.doFilter(WsFilter.java:53)',
  '\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)',
  '\tat org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:360)',
  '\tat org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:399)',
  '\tat org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1789)',
  '\tat java.base/java.lang.Thread.run(Thread.java:829)',
  'Caused by: java.net.SocketTimeoutException: Read timed out',
  '\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)',
  '\tat java.base/java.net.SocketInputStream.socketRead(SocketInputStream.java:115)',
  '\tat java.base/java.net.SocketInputStream.read(SocketInputStream.java:168)',
  '\tat java.base/java.io.BufferedInputStream.fill(BufferedInputStream.java:252)',
  '\tat java.base/sun.net.www.http.HttpClient.parseHTTPHeader(HttpClient.java:789)',
  '\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:1615)',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector._apply(HttpUrlConnector.java:407)',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:285)',
  '\t... 41 more',
];
const webuiLog = (offset) => {
  const out = [
    juli(-60 * 24 * 6 + 1.1, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [38204] milliseconds'),
    juli(-60 * 24 * 6 + 1.2, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered webui at teastore-registry: teastore-webui:8080'),
  ];
  const ops = [
    ['loginAction', 'login$6', 'LoginActionServlet'],
    ['cartAction', 'addProductToCart$2', 'CartActionServlet'],
    ['loginAction', 'login$6', 'LoginActionServlet'],
    ['cartAction', 'updateQuantity$4', 'CartActionServlet'],
  ];
  for (let i = 0; i < 9; i++) {
    const [servlet, op, cls] = ops[(i + offset) % ops.length];
    out.push(...timeout(-16.5 + i * 1.8 + offset * 0.37, `http-nio-8080-exec-${12 + ((i * 7 + offset * 3) % 180)}`, servlet, op, cls));
  }
  return out;
};
const res = (cpu, mem) => ({ requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu, memory: mem } });

export const scenarios = [
  {
    folder: 's43a-auth-cpu-limit-bcrypt',
    incidentTime: '2026-04-02T18:27:00Z',
    description: 'teastore login and add to cart are timing out / super slow since ~18:10, browsing is mostly fine. webui scaled up already, didnt help',
    expected: { component: 'auth', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'callers-only', 'time-expression', 'decoy'],
    grounding: `
      TeaStore (descartesresearch/teastore-*, teastore-clusterip.yaml): upstream sets no resources. Six days ago a cluster policy
      made every team add requests and limits; all TeaStore Tomcat services got requests cpu 250m / memory 512Mi and limits cpu 500m
      / memory 1Gi, and webui got an HPA (2..6 at 70% CPU). The auth service does the BCrypt password checks of every login and the
      session-bound cart operations (the TeaStore paper describes auth as the CPU-heavy service); at a sale-day surge from 18:10
      its single pod sits at its 500m CFS quota and is throttled, so the webui's Jersey client calls to auth hit their read
      timeout. Symptom as Tomcat logs it in the webui: StandardWrapperValve "Servlet.service() for servlet [loginAction] ... threw
      exception" with javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out through
      LoadBalancedStoreOperations. auth itself logs nothing (no Tomcat access log upstream), stays Ready with no restart; no
      metrics are in the snapshot, so the careful engineer reads it from the limit and the callers. Decoys: the webui HPA scaling
      from 2 to 5 (the visible "activity"), healthy persistence and registry.`,
    workloads: {
      'teastore-auth': { containers: { 'teastore-auth': { resources: res('500m', '1Gi') } }, since: -60 * 24 * 6 },
      'teastore-persistence': { containers: { 'teastore-persistence': { resources: res('500m', '1Gi') } }, since: -60 * 24 * 6 },
      'teastore-image': { containers: { 'teastore-image': { resources: res('500m', '1Gi') } }, since: -60 * 24 * 6 },
      'teastore-recommender': { containers: { 'teastore-recommender': { resources: res('500m', '1Gi') } }, since: -60 * 24 * 6 },
      'teastore-webui': {
        containers: { 'teastore-webui': { resources: res('500m', '1Gi') } }, since: -60 * 24 * 6, replicas: 5,
        pods: [{}, {}, { created: T.iso(-15.8) }, { created: T.iso(-15.7) }, { created: T.iso(-8.9) }],
      },
    },
    hpas: [
      {
        name: 'teastore-webui',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'teastore-webui' }, minReplicas: 2, maxReplicas: 6, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
        status: {
          currentReplicas: 5, desiredReplicas: 5, lastScaleTime: T.iso(-9),
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 64, averageValue: '161m' } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-9), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 6), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 6), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
    ],
    events: [
      { on: 'hpa:teastore-webui', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -16 },
      { on: 'hpa:teastore-webui', reason: 'SuccessfulRescale', message: 'New size: 5; reason: cpu resource utilization (percentage of request) above target', first: -9 },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 4 from 2', first: -16 },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 5 from 4', first: -9 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webuiLog(0),
      'teastore-webui#1/teastore-webui': webuiLog(1),
      'teastore-webui#2/teastore-webui': [
        juli(-14.9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [41377] milliseconds'),
        juli(-14.8, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered webui at teastore-registry: teastore-webui:8080'),
        ...timeout(-11.2, 'http-nio-8080-exec-9', 'loginAction', 'login$6', 'LoginActionServlet'),
        ...timeout(-5.3, 'http-nio-8080-exec-22', 'cartAction', 'addProductToCart$2', 'CartActionServlet'),
      ],
      'teastore-auth#0/teastore-auth': [
        juli(-60 * 24 * 6 + 0.9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [29810] milliseconds'),
        juli(-60 * 24 * 6 + 1.0, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered auth at teastore-registry: teastore-auth:8080'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        juli(-60 * 24 * 6 + 1.4, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [52116] milliseconds'),
        juli(-60 * 24 * 6 + 1.5, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered persistence at teastore-registry: teastore-persistence:8080'),
      ],
    },
  },
];
