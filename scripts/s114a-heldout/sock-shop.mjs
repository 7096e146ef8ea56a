// Blind held-out batch s114a: one Sock Shop scenario on the kit's system (scripts/s2-scenarios/sock-shop.mjs).
// Grounding notes in the scenario's `grounding`; written before any engine run.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';

const IT = '2026-05-13T15:40:00Z';
const T = clock(IT);
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const failed = (min) => [
  spring(min, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Starting OrderApplication v0.4.9 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
  spring(min + 0.05, 'INFO', 'orders', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port(s): 80 (http)'),
  spring(min + 0.2, 'WARN', 'orders', 'main', 'ConfigServletWebServerApplicationContext', "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'org.springframework.boot.autoconfigure.jdbc.DataSourceConfiguration$Hikari': Unsatisfied dependency expressed through constructor parameter 0; nested exception is org.springframework.boot.autoconfigure.jdbc.DataSourceProperties$DataSourceBeanCreationException: Failed to determine a suitable driver class"),
  spring(min + 0.21, 'INFO', 'orders', 'main', 'o.apache.catalina.core.StandardService', 'Stopping service [Tomcat]'),
  spring(min + 0.22, 'INFO', 'orders', 'main', 'ConditionEvaluationReportLoggingListener', "\n\nError starting ApplicationContext. To display the conditions report re-run your application with 'debug' enabled."),
  spring(min + 0.23, 'ERROR', 'orders', 'main', 'o.s.b.d.LoggingFailureAnalysisReporter', ''),
  '',
  '***************************',
  'APPLICATION FAILED TO START',
  '***************************',
  '',
  'Description:',
  '',
  "Failed to configure a DataSource: 'url' attribute is not specified and no embedded datasource could be configured.",
  '',
  'Reason: Failed to determine a suitable driver class',
  '',
  '',
  'Action:',
  '',
  'Consider the following:',
  '\tIf you want an embedded database (H2, HSQL or Derby), please put it on the classpath.',
  '\tIf you have database settings to be loaded from a particular profile you may need to activate it (no profiles are currently active).',
  '',
];

export const scenarios = [
  {
    folder: 's114a-orders-release-datasource',
    incidentTime: IT,
    description: 'orders deploy from the payments squad has been hanging in the pipeline for ~25 min (kubectl rollout status never finishes). shop seems fine??',
    expected: { component: 'orders', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'orders', cause: 'crash-loop' }, { component: 'orders', cause: 'config-error' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts (complete-demo.yaml at 9dff06f): orders is one Spring Boot replica (weaveworksdemos/orders:0.4.7,
      JAVA_OPTS -Xmx128m, no probes) storing orders in orders-db (MongoDB); the Deployment uses the default RollingUpdate
      (maxSurge 25%, maxUnavailable 25%), which for one replica keeps the old pod serving while the new one never
      becomes available.
      Fault: a release 0.4.9 pulled spring-boot-starter-jdbc in transitively; with no spring.datasource.url Spring Boot's
      DataSource auto-configuration refuses to start ("Failed to configure a DataSource: 'url' attribute is not
      specified", the documented Spring Boot failure analysis text) and the JVM exits 1, so the new ReplicaSet's pod
      crash-loops and the rollout hangs until progressDeadlineSeconds. The old ReplicaSet differs only in the image tag.
      Deviation from upstream: the image tag 0.4.9 is invented for the release.
    `,
    workloads: {
      orders: {
        rollout: { at: -26, oldReplicas: 1, oldContainers: { orders: { image: 'weaveworksdemos/orders:0.4.7' } } },
        containers: { orders: { image: 'weaveworksdemos/orders:0.4.9' } },
        pods: [{ containers: { orders: cs.crashLoop({ restarts: 9, exitCode: 1, startedAt: T.iso(-3.4), finishedAt: T.iso(-3.1), container: 'orders' }) }, ready: false }],
        rsReplicas: 1,
        progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-25.5), lastTransitionTime: T.iso(-25.5), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
        deployAnnotations: { 'kubernetes.io/change-cause': 'ci: orders 0.4.9 (payments-squad pipeline #418)' },
      },
    },
    events: [
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: -26 },
      { on: 'pod:orders#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -25.9 },
      { on: 'pod:orders#0', reason: 'Pulling', fieldPath: 'spec.containers{orders}', message: 'Pulling image "weaveworksdemos/orders:0.4.9"', first: -25.8 },
      { on: 'pod:orders#0', reason: 'Pulled', fieldPath: 'spec.containers{orders}', message: 'Successfully pulled image "weaveworksdemos/orders:0.4.9" in 8.412s (8.412s including waiting). Image size: 110238774 bytes.', first: -25.6 },
      { on: 'pod:orders#0', reason: 'Created', fieldPath: 'spec.containers{orders}', message: 'Created container orders', first: -25.6, last: -3.4, count: 10 },
      { on: 'pod:orders#0', reason: 'Started', fieldPath: 'spec.containers{orders}', message: 'Started container orders', first: -25.6, last: -3.4, count: 10 },
      { on: 'pod:orders#0', reason: 'Pulled', fieldPath: 'spec.containers{orders}', message: 'Container image "weaveworksdemos/orders:0.4.9" already present on machine', first: -24.8, last: -3.4, count: 9 },
      { on: 'pod:orders#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{orders}', message: 'Back-off restarting failed container orders in pod %POD%_sock-shop(%PODUID%)', first: -24.5, last: -0.4, count: 108 },
    ],
    logs: {
      'orders#0/orders/previous': failed(-3.4),
      'orders#old0/orders': [
        spring(-9.2, 'INFO', 'orders', 'http-nio-80-exec-4', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:41, serverValue:57}] to orders-db:27017'),
        spring(-2.1, 'INFO', 'orders', 'http-nio-80-exec-7', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:42, serverValue:58}] to orders-db:27017'),
      ],
    },
  },
];
