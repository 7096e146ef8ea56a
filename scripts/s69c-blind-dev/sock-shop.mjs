// Blind dev batch s69c, Sock Shop: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s69c-build.mjs; the system is the session-2 Sock Shop definition (complete-demo.yaml at 9dff06f).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INC = '2026-04-02T13:40:00Z';
const T = clock(INC);
const ROLL = -34; // carts revision 6 applied at 13:06
// What the "add probes to carts" PR added: the same probe shape as catalogue/payment/user in complete-demo.yaml
// (period 3 s, timeout 1 s, failureThreshold 3) but with initialDelaySeconds 30 instead of 300/180.
const probe = (initial) => ({ httpGet: { path: '/health', port: 80, scheme: 'HTTP' }, initialDelaySeconds: initial, timeoutSeconds: 1, periodSeconds: 3, successThreshold: 1, failureThreshold: 3 });
const JAVA_OLD = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const JAVA_NEW = '-Xms64m -Xmx192m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';

const sp = (min, level, thread, logger, msg, app = 'carts') => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const banner = [
  '',
  '  .   ____          _            __ _ _',
  " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
  "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
  " \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )",
  "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
  ' =========|_|==============|___/=/_/_/_/',
  ' :: Spring Boot ::        (v1.4.0.RELEASE)',
  '',
];
// A carts start on a 300m CPU limit: the context alone takes ~40 s; the old pod's log shows the whole start takes ~95 s.
const start = (t0, pod, full) => {
  const l = [
    ...banner,
    sp(t0 + 0.05, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', `Starting CartApplication v0.4.8 on ${pod} with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)`),
    sp(t0 + 0.06, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'No active profile set, falling back to default profiles: default'),
    sp(t0 + 0.09, 'INFO', 'main', 'ationConfigEmbeddedWebApplicationContext', 'Refreshing org.springframework.boot.context.embedded.AnnotationConfigEmbeddedWebApplicationContext@6d86b085: startup date [' + new Date(Date.parse(T.isoMs(t0 + 0.09))).toUTCString().replace('GMT', 'UTC') + ']; root of context hierarchy'),
    sp(t0 + 0.31, 'INFO', 'main', 'trationDelegate$BeanPostProcessorChecker', "Bean 'org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration' of type [class org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration$$EnhancerBySpringCGLIB$$4f2a1c9e] is not eligible for getting processed by all BeanPostProcessors (for example: not eligible for auto-proxying)"),
    sp(t0 + 0.43, 'INFO', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat initialized with port(s): 80 (http)'),
    sp(t0 + 0.44, 'INFO', 'main', 'o.apache.catalina.core.StandardService', 'Starting service Tomcat'),
    sp(t0 + 0.44, 'INFO', 'main', 'org.apache.catalina.core.StandardEngine', 'Starting Servlet Engine: Apache Tomcat/8.5.4'),
    sp(t0 + 0.5, 'INFO', 'ost-startStop-1', 'o.a.c.c.C.[Tomcat].[localhost].[/]', 'Initializing Spring embedded WebApplicationContext'),
    sp(t0 + 0.5, 'INFO', 'ost-startStop-1', 'o.s.web.context.ContextLoader', `Root WebApplicationContext: initialization completed in ${full ? 24517 : 24873} ms`),
    sp(t0 + 0.58, 'INFO', 'ost-startStop-1', 'o.s.b.w.servlet.ServletRegistrationBean', "Mapping servlet: 'dispatcherServlet' to [/]"),
    sp(t0 + 0.6, 'INFO', 'ost-startStop-1', 'o.s.b.w.servlet.FilterRegistrationBean', "Mapping filter: 'characterEncodingFilter' to: [/*]"),
    sp(t0 + 0.63, 'INFO', 'main', 'org.mongodb.driver.cluster', "Cluster created with settings {hosts=[carts-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}"),
    sp(t0 + 0.64, 'INFO', 'db:27017]', 'org.mongodb.driver.connection', `Opened connection [connectionId{localValue:1, serverValue:${full ? 11 : 20417 + Math.round(t0 * -3)}}] to carts-db:27017`),
    sp(t0 + 0.64, 'INFO', 'db:27017]', 'org.mongodb.driver.cluster', 'Monitor thread successfully connected to server with description ServerDescription{address=carts-db:27017, type=STANDALONE, state=CONNECTED, ok=true, version=ServerVersion{versionList=[3, 4, 24]}, minWireVersion=0, maxWireVersion=5, maxDocumentSize=16777216, roundTripTimeNanos=1294337}'),
  ];
  if (full) {
    l.push(
      sp(t0 + 1.21, 'INFO', 'main', 's.w.s.m.m.a.RequestMappingHandlerAdapter', 'Looking for @ControllerAdvice: org.springframework.boot.context.embedded.AnnotationConfigEmbeddedWebApplicationContext@6d86b085: startup date [' + new Date(Date.parse(T.isoMs(t0 + 0.09))).toUTCString().replace('GMT', 'UTC') + ']; root of context hierarchy'),
      sp(t0 + 1.29, 'INFO', 'main', 's.w.s.m.m.a.RequestMappingHandlerMapping', 'Mapped "{[/carts/{customerId:.*}],methods=[GET]}" onto public works.weave.socks.cart.entities.Cart works.weave.socks.cart.controllers.CartsController.get(java.lang.String)'),
      sp(t0 + 1.42, 'INFO', 'main', 'o.s.b.a.e.mvc.EndpointHandlerMapping', 'Mapped "{[/health || /health.json],produces=[application/json]}" onto public java.lang.Object org.springframework.boot.actuate.endpoint.mvc.HealthMvcEndpoint.invoke(java.security.Principal)'),
      sp(t0 + 1.53, 'INFO', 'main', 'o.s.j.e.a.AnnotationMBeanExporter', 'Registering beans for JMX exposure on startup'),
      sp(t0 + 1.56, 'INFO', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
      sp(t0 + 1.57, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 94.612 seconds (JVM running for 101.388)'),
      sp(t0 + 8.3, 'INFO', 'p-nio-80-exec-1', 'o.a.c.c.C.[Tomcat].[localhost].[/]', "Initializing Spring FrameworkServlet 'dispatcherServlet'"),
      sp(t0 + 8.3, 'INFO', 'p-nio-80-exec-1', 'o.s.web.servlet.DispatcherServlet', "FrameworkServlet 'dispatcherServlet': initialization started"),
      sp(t0 + 8.32, 'INFO', 'p-nio-80-exec-1', 'o.s.web.servlet.DispatcherServlet', "FrameworkServlet 'dispatcherServlet': initialization completed in 21 ms"),
      sp(t0 + 8.4, 'INFO', 'p-nio-80-exec-1', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:2, serverValue:12}] to carts-db:27017'),
    );
  }
  return l;
};

// carts revision 6: runs of ~40 s (30 s delay + 3 failures x 3 s), then kubelet SIGTERM (JVM exit 143), back-off 10 s..5 min.
const starts = [0, 0.83, 1.83, 3.17, 5.17, 8.5, 14.17, 19.83, 25.5, 31.17].map((x) => ROLL + x);
const lastStart = starts[starts.length - 1];
const lastEnd = lastStart + 0.67;

export const scenarios = [
  {
    folder: 's69c-carts-liveness-kills-slow-spring-start',
    description: 'carts deploy from ~13:05 never finished, the new pod just restarts over and over. old one still up so the shop works, but the release is blocked. commerce pls check',
    incidentTime: INC,
    expected: { component: 'carts', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'carts', cause: 'bad-deploy-rollout' }, { component: 'carts', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifests: microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f as the session-2 Sock Shop
      system: carts (weaveworksdemos/carts:0.4.8, Spring Boot 1.4, JAVA_OPTS -Xmx128m, cpu limit 300m) has no probes upstream,
      while catalogue, payment and user use httpGet /health with periodSeconds 3, timeoutSeconds 1, failureThreshold 3 and
      initialDelaySeconds 300 (liveness) / 180 (readiness) - the upstream's own allowance for slow starts.
      Fault: a hardening PR rolled out carts revision 6 at 13:06 adding the same liveness and readiness probes with
      initialDelaySeconds 30 (the old and new ReplicaSet templates differ only in these two probes). On 300m of CPU the Spring
      context takes ~25 s and Tomcat only listens after the whole start (~95 s, as the old pod's own log shows: "Started
      CartApplication in 94.612 seconds"), so the kubelet sees "connect: connection refused" three times, kills the container
      (SIGTERM, JVM exit 143) ~40 s after each start and backs off up to 5 min: CrashLoopBackOff with 9 restarts. The
      Kubernetes documentation's case for startupProbe / a longer initialDelaySeconds ("Protect slow starting containers").
      maxSurge 25% / maxUnavailable 25% of one replica keep the old pod serving, so the storefront works; the Deployment reports
      ProgressDeadlineExceeded after 600 s.
      Decoy: orders was rolled out three hours earlier (JAVA_OPTS -Xmx128m to -Xmx192m, healthy since, no events left).
      Deviations from upstream: the probes, the orders heap change and every log value (timings, connection ids) are invented;
      pod names, IPs and uids come from the kit.`,
    workloads: {
      carts: {
        containers: { carts: { livenessProbe: probe(30), readinessProbe: probe(30) } },
        rollout: { at: ROLL, revision: 6, oldReplicas: 1, oldContainers: { carts: { livenessProbe: undefined, readinessProbe: undefined } } },
        pods: [{
          created: T.iso(ROLL),
          readyTransition: T.iso(ROLL),
          containers: {
            carts: cs.crashLoop({ restarts: 9, exitCode: 143, reason: 'Error', startedAt: T.iso(lastStart), finishedAt: T.iso(lastEnd), container: 'carts' }),
          },
        }],
        progressing: (rsName) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(ROLL + 10), lastTransitionTime: T.iso(ROLL + 10), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.` }),
      },
      orders: {
        containers: { orders: { env: [{ name: 'JAVA_OPTS', value: JAVA_NEW }] } },
        rollout: { at: -183, revision: 5, oldContainers: { orders: { env: [{ name: 'JAVA_OPTS', value: JAVA_OLD }] } } },
      },
    },
    events: [
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'pod:carts#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: ROLL, last: ROLL },
      { on: 'pod:carts#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/carts:0.4.8" already present on machine', first: ROLL + 0.01, last: lastStart, count: 10, fieldPath: 'spec.containers{carts}' },
      { on: 'pod:carts#0', reason: 'Created', message: 'Created container carts', first: ROLL + 0.01, last: lastStart, count: 10, fieldPath: 'spec.containers{carts}' },
      { on: 'pod:carts#0', reason: 'Started', message: 'Started container carts', first: ROLL + 0.02, last: lastStart, count: 10, fieldPath: 'spec.containers{carts}' },
      { on: 'pod:carts#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:80/health": dial tcp %PODIP%:80: connect: connection refused', first: ROLL + 0.52, last: lastEnd - 0.02, count: 30, fieldPath: 'spec.containers{carts}' },
      { on: 'pod:carts#0', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:80/health": dial tcp %PODIP%:80: connect: connection refused', first: ROLL + 0.53, last: lastEnd - 0.01, count: 30, fieldPath: 'spec.containers{carts}' },
      { on: 'pod:carts#0', reason: 'Killing', message: 'Container carts failed liveness probe, will be restarted', first: ROLL + 0.67, last: lastEnd, count: 10, fieldPath: 'spec.containers{carts}' },
      { on: 'pod:carts#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container carts in pod %POD%_sock-shop(%PODUID%)', first: ROLL + 0.7, last: -0.2, count: 41, fieldPath: 'spec.containers{carts}' },
    ],
    logs: {
      'carts#0/carts': start(lastStart, '%POD%', false),
      'carts#0/carts/previous': start(starts[starts.length - 2], '%POD%', false),
      'carts#old0/carts': start(-60 * 24 * 6 + 0.1, '%POD%', true),
    },
  },
];
