// Blind held-out batch s116a: one Sock Shop scenario (split test) on the system of scripts/s2-scenarios/sock-shop.mjs.
// Built by scripts/s116a-build.mjs; grounding in each scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';

const IT = '2026-05-13T11:05:00Z';
const T = clock(IT);
const sp = (m, level, thread, logger, msg) => `${T.java(m)} ${level.padStart(5)} [carts,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const live = { httpGet: { path: '/health', port: 80, scheme: 'HTTP' }, initialDelaySeconds: 30, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 };
const boot = (s) => [
  sp(s, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'Starting CartApplication v0.4.8 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
  sp(s + 0.02, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'No active profile set, falling back to default profiles: default'),
  sp(s + 0.3, 'INFO', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat initialized with port(s): 80 (http)'),
  sp(s + 0.45, 'INFO', 'main', 'org.mongodb.driver.cluster', "Cluster created with settings {hosts=[carts-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}"),
  sp(s + 0.5, 'INFO', 'ngodb.net:27017', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:1, serverValue:214}] to carts-db:27017'),
  sp(s + 0.55, 'INFO', 'Thread-5', 'ationConfigEmbeddedWebApplicationContext', 'Closing org.springframework.boot.context.embedded.AnnotationConfigEmbeddedWebApplicationContext@6e8dacdf: startup date [unknown]; root of context hierarchy'),
  sp(s + 0.56, 'INFO', 'Thread-5', 'o.s.j.e.a.AnnotationMBeanExporter', 'Unregistering JMX-exposed beans on shutdown'),
];
const ord = (m) => [
  `${T.java(m)} ERROR [orders,,,] 7 --- [p-nio-80-exec-4] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://carts/carts/57a98d98e4b00679b4a830b2/items": Connection refused (Connection refused); nested exception is java.net.ConnectException: Connection refused (Connection refused)] with root cause`,
  '',
  'java.net.ConnectException: Connection refused (Connection refused)',
  '\tat java.net.PlainSocketImpl.socketConnect(Native Method)',
  '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)',
];

export const scenarios = [
  {
    folder: 's116a-carts-restarts',
    description: 'sockshop: add to cart does nothing and checkout errors, commerce team shipped a "hardening" change to carts this morning',
    incidentTime: IT,
    expected: { component: 'carts', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'carts', cause: 'bad-deploy-rollout' }, { component: 'carts', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'team-name', 'cpu-starvation'],
    grounding: `
      Manifest facts (microservices-demo complete-demo.yaml): carts is one replica of weaveworksdemos/carts:0.4.8 (Spring
      Boot, JAVA_OPTS -Xmx128m) with a 300m CPU limit and no probes at all; front-end and orders call http://carts.
      Fault: a "hardening" release (revision 4, 80 minutes before) added only a livenessProbe GET /health:80 with
      initialDelaySeconds 30, timeoutSeconds 1, failureThreshold 3. Without a readinessProbe the new pod counted Ready as soon
      as it started, so the rollout completed and the old pod went away; but under a 300m CPU limit Spring Boot needs well over
      a minute to start, so the kubelet kills it (exit 143 on SIGTERM) before Tomcat answers, over and over -> CrashLoopBackOff.
      Shape follows the Kubernetes probe docs' warning about liveness on slow-starting containers (use a startupProbe) and many
      Spring Boot issue reports of liveness kills during startup. Old and new ReplicaSet templates differ only in the livenessProbe.`,
    workloads: {
      carts: {
        rollout: { at: -80, oldContainers: { carts: { livenessProbe: undefined } } },
        containers: { carts: { livenessProbe: live } },
        pods: [{ readyTransition: T.iso(-78.5), containers: { carts: cs.crashLoop({ restarts: 14, exitCode: 143, reason: 'Error', startedAt: T.iso(-4.6), finishedAt: T.iso(-3.3), container: 'carts' }) } }],
        endpointsChanged: -3.3,
      },
    },
    events: [
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', first: -80 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-%OLD% to 0 from 1', first: -79.4 },
      { on: 'pod:carts#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{carts}', message: 'Liveness probe failed: Get "http://%PODIP%:80/health": dial tcp %PODIP%:80: connect: connection refused', first: -79, last: -3.5, count: 42 },
      { on: 'pod:carts#0', reason: 'Killing', fieldPath: 'spec.containers{carts}', message: 'Container carts failed liveness probe, will be restarted', first: -78.8, last: -3.4, count: 14 },
      { on: 'pod:carts#0', type: 'Warning', reason: 'BackOff', fieldPath: 'spec.containers{carts}', message: 'Back-off restarting failed container carts in pod %POD%_sock-shop(%PODUID%)', first: -60, last: -0.5, count: 51 },
    ],
    logs: {
      'carts#0/carts/previous': boot(-4.5),
      'orders#0/orders': [...ord(-21), ...ord(-7.2)],
      'front-end#0/front-end': [
        'GET /cart 500 31.406 ms - -',
        'Error: connect ECONNREFUSED %SVCIP:carts%:80',
        '    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1141:16)',
        'POST /cart 500 12.771 ms - -',
        'GET /catalogue?size=5 200 9.114 ms - 1702',
      ],
    },
  },
];
