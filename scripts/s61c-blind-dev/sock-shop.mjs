// Blind dev batch s61c, Sock Shop: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// carts' new liveness probe (copied from the Go services with a 30 s delay) kills the JVM before Spring Boot is up; the rollout stalls.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INC = '2026-02-17T10:52:00Z';
const T = clock(INC);
const spring = (min, level, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [carts,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
// java.util.Date#toString in UTC, e.g. "Tue Feb 17 10:48:15 UTC 2026".
const javaDate = (min) => {
  const d = new Date(Date.parse(INC) + Math.round(min * 60000));
  const [wd, day, mon, yr, hms] = d.toUTCString().replace(',', '').split(' ');
  return `${wd} ${mon} ${day} ${hms} UTC ${yr}`;
};
const probe = (initial) => ({ httpGet: { path: '/health', port: 80, scheme: 'HTTP' }, initialDelaySeconds: initial, timeoutSeconds: 1, periodSeconds: 3, successThreshold: 1, failureThreshold: 3 });

// One run of the new carts container: Spring Boot 1.4 start under a 300m CPU limit, SIGTERM'd at ~38 s.
const cartsRun = (s, pod) => [
  '',
  '  .   ____          _            __ _ _',
  " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
  "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
  " \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )",
  "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
  ' =========|_|==============|___/=/_/_/_/',
  ' :: Spring Boot ::        (v1.4.4.RELEASE)',
  '',
  spring(s + 0.12, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', `Starting CartApplication v0.0.1-SNAPSHOT on ${pod} with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)`),
  spring(s + 0.13, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'No active profile set, falling back to default profiles: default'),
  spring(s + 0.19, 'INFO', 'main', 'ationConfigEmbeddedWebApplicationContext', `Refreshing org.springframework.boot.context.embedded.AnnotationConfigEmbeddedWebApplicationContext@5b37e0d2: startup date [${javaDate(s + 0.19)}]; root of context hierarchy`),
  spring(s + 0.41, 'INFO', 'main', 'o.s.cloud.context.scope.GenericScope', 'BeanFactory id=9a0c4e1f-2d7b-3c51-8e4a-61f0b5d2c7a3'),
  spring(s + 0.47, 'INFO', 'main', 'trationDelegate$BeanPostProcessorChecker', "Bean 'org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration' of type [class org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration$$EnhancerBySpringCGLIB$$a1c3f2b7] is not eligible for getting processed by all BeanPostProcessors (for example: not eligible for auto-proxying)"),
  spring(s + 0.55, 'INFO', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat initialized with port(s): 80 (http)'),
  spring(s + 0.56, 'INFO', 'main', 'o.apache.catalina.core.StandardService', 'Starting service Tomcat'),
  spring(s + 0.56, 'INFO', 'main', 'org.apache.catalina.core.StandardEngine', 'Starting Servlet Engine: Apache Tomcat/8.5.11'),
  spring(s + 0.58, 'INFO', 'ost-startStop-1', 'o.a.c.c.C.[Tomcat].[localhost].[/]', 'Initializing Spring embedded WebApplicationContext'),
  spring(s + 0.58, 'INFO', 'ost-startStop-1', 'o.s.web.context.ContextLoader', 'Root WebApplicationContext: initialization completed in 23562 ms'),
  spring(s + 0.61, 'INFO', 'ost-startStop-1', 'o.s.b.w.servlet.ServletRegistrationBean', "Mapping servlet: 'dispatcherServlet' to [/]"),
  spring(s + 0.62, 'INFO', 'main', 'org.mongodb.driver.cluster', "Cluster created with settings {hosts=[carts-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}"),
  spring(s + 0.62, 'INFO', 'db:27017]', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:1, serverValue:4127}] to carts-db:27017'),
];

export const scenarios = [
  {
    folder: 's61c-carts-liveness-kills-jvm-start',
    incidentTime: INC,
    description: 'carts deploy hung for ~20 min, pipeline timed out on rollout status. basket still works on the site fwiw',
    expected: { component: 'carts', cause: 'probe-failure' },
    alsoAcceptable: [
      { component: 'carts', cause: 'bad-deploy-rollout' },
      { component: 'carts', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      Upstream complete-demo.yaml gives carts (weaveworksdemos/carts:0.4.8, Spring Boot 1.4 with JAVA_OPTS -Xms64m -Xmx128m, cpu limit
      300m) no probes, while the Go services catalogue, payment and user have httpGet /health probes with initialDelaySeconds 300
      (liveness) and 180 (readiness) because the shop's services are slow to start. This scenario's release (revision 6) adds probes to
      carts copied from those services but with initialDelaySeconds 30 (liveness) and 20 (readiness), periodSeconds 3, timeoutSeconds 1,
      failureThreshold 3; image and env unchanged, so the two ReplicaSet templates differ only by the probes. Under the 300m limit the
      JVM needs well over a minute before Tomcat answers on :80, so the kubelet kills it at ~38 s (exit 143 after SIGTERM, "failed
      liveness probe, will be restarted") and backs off: 7 restarts in 23 minutes, CrashLoopBackOff. With one replica and the
      Deployment's RollingUpdate 25%/25% (maxUnavailable rounds down to 0) the old pod keeps serving, so carts still works for
      shoppers; the Deployment reports ProgressDeadlineExceeded after progressDeadlineSeconds 600, which is what the CI's
      "kubectl rollout status" timed out on. The failing probe is the fault (alsoAcceptable: the rollout that brought it, and the crash
      loop it causes). Decoy: orders was OOMKilled two days ago and has run cleanly since.
      Deviations from upstream: the probes of revision 6 on carts; the orders restart.
    `,
    workloads: {
      carts: {
        rollout: { at: -24, revision: 6, oldReplicas: 1, oldContainers: { carts: { livenessProbe: undefined, readinessProbe: undefined } } },
        containers: { carts: { livenessProbe: probe(30), readinessProbe: probe(20) } },
        endpointsChanged: -23.5,
        pods: [
          {
            containers: {
              carts: cs.crashLoop({ restarts: 7, exitCode: 143, reason: 'Error', startedAt: T.iso(-3.75), finishedAt: T.iso(-3.1), backoff: '5m0s', container: 'carts' }),
            },
          },
        ],
        deployStatus: {
          observedGeneration: 7, replicas: 2, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1, unavailableReplicas: 1,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 6), lastTransitionTime: T.iso(-60 * 24 * 6), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-14), lastTransitionTime: T.iso(-14), reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "%RSNEW%" has timed out progressing.' },
          ],
        },
      },
      orders: {
        pods: [
          {
            containers: {
              orders: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 47), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 47.1) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1 from 0', first: -24 },
      { on: 'rs:carts', reason: 'SuccessfulCreate', message: 'Created pod: carts-%RS%', first: -24 },
      { on: 'pod:carts#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -23.5 },
      { on: 'pod:carts#0', fieldPath: 'spec.containers{carts}', reason: 'Pulled', message: 'Container image "weaveworksdemos/carts:0.4.8" already present on machine', first: -23.48, last: -3.76, count: 8 },
      { on: 'pod:carts#0', fieldPath: 'spec.containers{carts}', reason: 'Created', message: 'Created container carts', first: -23.48, last: -3.76, count: 8 },
      { on: 'pod:carts#0', fieldPath: 'spec.containers{carts}', reason: 'Started', message: 'Started container carts', first: -23.47, last: -3.75, count: 8 },
      { on: 'pod:carts#0', fieldPath: 'spec.containers{carts}', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:80/health": dial tcp %PODIP%:80: connect: connection refused', first: -23.13, last: -3.12, count: 46 },
      { on: 'pod:carts#0', fieldPath: 'spec.containers{carts}', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:80/health": dial tcp %PODIP%:80: connect: connection refused', first: -22.97, last: -3.12, count: 24 },
      { on: 'pod:carts#0', fieldPath: 'spec.containers{carts}', reason: 'Killing', message: 'Container carts failed liveness probe, will be restarted', first: -22.83, last: -3.11, count: 8 },
      { on: 'pod:carts#0', fieldPath: 'spec.containers{carts}', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container carts in pod %POD%_sock-shop(%PODUID%)', first: -22.8, last: -0.4, count: 71 },
    ],
    logs: {
      'carts#0/carts': cartsRun(-3.75, '%POD%'),
      'carts#0/carts/previous': cartsRun(-9.4, '%POD%'),
      'carts#old0/carts': [
        spring(-60 * 24 * 6 + 1.6, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 94.871 seconds (JVM running for 98.212)'),
        spring(-47.2, 'INFO', 'nio-80-exec-7', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:38, serverValue:5872}] to carts-db:27017'),
        spring(-6.4, 'INFO', 'nio-80-exec-3', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:39, serverValue:6210}] to carts-db:27017'),
      ],
    },
  },
];
