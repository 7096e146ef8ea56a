// Blind held-out batch s116b: one Sock Shop scenario for the kit (scripts/s2-scenario-kit.mjs),
// system as in scripts/s2-scenarios/sock-shop.mjs (deploy/kubernetes/complete-demo.yaml at 9dff06f).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-06-03T09:41:00Z');
const sp = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [shipping,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const base = system.workloads.find((w) => w.name === 'shipping').containers[0];
const crash = [
  '',
  ' :: Spring Boot ::                (v2.6.3)',
  '',
  sp(-1.9, 'INFO', 'main', 'works.weave.socks.shipping.ShippingServiceApplication', 'Starting ShippingServiceApplication v0.4.9 using Java 11.0.14 with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
  sp(-1.88, 'INFO', 'main', 'works.weave.socks.shipping.ShippingServiceApplication', 'No active profile set, falling back to default profiles: default'),
  sp(-1.7, 'INFO', 'main', 'o.s.b.w.embedded.tomcat.TomcatWebServer', 'Tomcat initialized with port(s): 80 (http)'),
  sp(-1.69, 'INFO', 'main', 'o.apache.catalina.core.StandardService', 'Starting service [Tomcat]'),
  sp(-1.6, 'WARN', 'main', 'ConfigServletWebServerApplicationContext', "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'shippingController': Unsatisfied dependency expressed through field 'rabbitTemplate'; nested exception is org.springframework.beans.factory.BeanCurrentlyInCreationException: Error creating bean with name 'rabbitTemplate': Requested bean is currently in creation: Is there an unresolvable circular reference?"),
  sp(-1.59, 'INFO', 'main', 'o.apache.catalina.core.StandardService', 'Stopping service [Tomcat]'),
  sp(-1.58, 'INFO', 'main', 'ConditionEvaluationReportLoggingListener', "\n\nError starting ApplicationContext. To display the conditions report re-run your application with 'debug' enabled."),
  sp(-1.57, 'ERROR', 'main', 'o.s.b.d.LoggingFailureAnalysisReporter', '\n\n***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nThe dependencies of some of the beans in the application context form a cycle:\n\n   shippingController (field org.springframework.amqp.rabbit.core.RabbitTemplate works.weave.socks.shipping.controllers.ShippingController.rabbitTemplate)\n┌─────┐\n|  rabbitTemplate defined in class path resource [works/weave/socks/shipping/configuration/RabbitMqConfiguration.class]\n↑     ↓\n|  rabbitMqConfiguration (field org.springframework.amqp.rabbit.core.RabbitTemplate works.weave.socks.shipping.configuration.RabbitMqConfiguration.rabbitTemplate)\n└─────┘\n\n\nAction:\n\nRelying upon circular references is discouraged and they are prohibited by default. Update your application to remove the dependency cycle between beans. As a last resort, it may be possible to break the cycle automatically by setting spring.main.allow-circular-references to true.\n'),
];
const oldLogs = [
  sp(-60 * 24 * 6 + 1, 'INFO', 'main', 'works.weave.socks.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 21.804 seconds (JVM running for 23.117)'),
  ...Array.from({ length: 6 }, (_, i) => sp(-40 + i * 6, 'INFO', 'http-nio-80-exec-' + (i + 1), 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...')),
];
const ordersLine = (min, msg) => `${T.java(min)}  INFO [orders,,,] 7 --- [p-nio-80-exec-${Math.abs(Math.round(min)) % 9 + 1}] w.w.s.o.controllers.OrdersController      : ${msg}`;

export const scenarios = [
  {
    folder: 's116b-shipping-deploy-stuck',
    incidentTime: '2026-06-03T09:41:00Z',
    description: 'CD pipeline red: shiping rollout from 9am never finished (progress deadline?). orders still going through as far as we can tell',
    expected: { component: 'shipping', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'shipping', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'typo', 'time-expression'],
    grounding: `
      Manifest facts: shipping is weaveworksdemos/shipping:0.4.8 (Spring Boot, port 80, one replica, RollingUpdate 25%/25% so the old
      pod stays until a new one is Ready) in complete-demo.yaml at 9dff06f.
      Fault: a rebuild of shipping on Spring Boot 2.6 (tag 0.4.9, image change only) fails at start with the 2.6 behaviour change that
      prohibits circular bean references by default ("APPLICATION FAILED TO START ... The dependencies of some of the beans in the
      application context form a cycle", spring-boot 2.6 release notes); the new pod crash-loops with exit 1, the old ReplicaSet keeps
      serving, and the Deployment reports ProgressDeadlineExceeded. Orders keep shipping through the old pod.
      Deviations from upstream: tag 0.4.9 is a hypothetical in-house rebuild; the bean names follow the upstream source layout.`,
    workloads: {
      shipping: {
        rollout: { at: -41, oldReplicas: 1, oldContainers: { shipping: { image: 'weaveworksdemos/shipping:0.4.8' } } },
        containers: { shipping: { image: 'weaveworksdemos/shipping:0.4.9' } },
        pods: [{ containers: { shipping: cs.crashLoop({ restarts: 9, exitCode: 1, startedAt: T.iso(-2), finishedAt: T.iso(-1.55), container: 'shipping' }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-30.9), lastTransitionTime: T.iso(-30.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
        unavailableSince: -41,
      },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set shipping-%NEW% to 1', first: -41, last: -41 },
      { on: 'pod:shipping#0', reason: 'Pulling', message: 'Pulling image "weaveworksdemos/shipping:0.4.9"', first: -40.8, last: -40.8, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/shipping:0.4.9" in 6.412s (6.412s including waiting). Image size: 211734512 bytes.', first: -40.7, last: -40.7, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/shipping:0.4.9" already present on machine', first: -39, last: -2.05, count: 9, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Started', message: 'Started container shipping', first: -40.6, last: -2, count: 10, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container shipping in pod %POD%_sock-shop(%PODUID%)', first: -39.5, last: -1.5, count: 170, fieldPath: 'spec.containers{shipping}' },
    ],
    logs: {
      'shipping#0/shipping': crash,
      'shipping#0/shipping/previous': crash,
      'shipping#old0/shipping': oldLogs,
      'orders#0/orders': [ordersLine(-30, 'Order created: 6650a1f2c1e8b9000712d4a3'), ordersLine(-12, 'Order created: 6650a6b8c1e8b9000712d4b0')],
    },
  },
];
void base;
