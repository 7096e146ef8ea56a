// Blind batch s125c: Sock Shop scenario (system from scripts/s2-scenarios/sock-shop.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const T = clock('2026-06-02T13:50:00Z');
const sp = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [queue-master,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const qm = {
  folder: 's125c-sockshop-queuemaster-amqp-declare-crashloop',
  description: 'queue-master deploy hasnt finished for 20 min, CD pipeline timed out on rollout status. shipping-task queue growing?',
  incidentTime: '2026-06-02T13:50:00Z',
  expected: { component: 'queue-master', cause: 'crash-loop' },
  alsoAcceptable: [{ component: 'queue-master', cause: 'bad-deploy-rollout' }],
  difficulty: 'medium',
  traits: ['rollout-regression', 'pods-ready', 'time-expression', 'partial-name'],
  grounding: `Upstream queue-master (weaveworksdemos/queue-master:0.3.1, Spring Boot + Spring AMQP) declares the
    "shipping-task" queue through RabbitAdmin at context start. The fault is a release 0.3.2 that declares the queue
    with an x-message-ttl argument while the existing queue on rabbitmq (declared by 0.3.1) has none: RabbitMQ closes
    the channel with PRECONDITION_FAILED - inequivalent arg 'x-message-ttl', the Spring context fails, the JVM exits 1
    and the new pod crash-loops (a common Spring AMQP report). With 1 replica, maxSurge 25% and maxUnavailable 25% the
    old 0.3.1 pod stays Ready, so the only user-visible effects are the stuck rollout (ProgressDeadlineExceeded) and a
    consumer that is half-gone. Deviations: version 0.3.2 and its TTL change are invented.`,
  workloads: {
    'queue-master': {
      rollout: { at: -22, oldReplicas: 1, oldContainers: { 'queue-master': { image: 'weaveworksdemos/queue-master:0.3.1' } } },
      containers: { 'queue-master': { image: 'weaveworksdemos/queue-master:0.3.2' } },
      pods: [{ node: 'ip-10-0-2-148.eu-west-1.compute.internal', containers: { 'queue-master': cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T.iso(-2.6), finishedAt: T.iso(-2.1), container: 'queue-master' }) } }],
      progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-12), lastTransitionTime: T.iso(-12), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
    },
  },
  events: [
    { on: 'deploy:queue-master', reason: 'ScalingReplicaSet', message: 'Scaled up replica set queue-master-%NEW% to 1', first: -22 },
    { on: 'pod:queue-master#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/queue-master:0.3.2" already present on machine', first: -21, last: -2.6, count: 9, fieldPath: 'spec.containers{queue-master}' },
    { on: 'pod:queue-master#0', reason: 'Started', message: 'Started container queue-master', first: -21, last: -2.6, count: 9, fieldPath: 'spec.containers{queue-master}' },
    { on: 'pod:queue-master#0', reason: 'BackOff', message: 'Back-off restarting failed container queue-master in pod %POD%_sock-shop(%PODUID%)', type: 'Warning', first: -19, last: -0.5, count: 77, fieldPath: 'spec.containers{queue-master}' },
  ],
  logs: {
    'queue-master#0/queue-master/previous': [
      sp(-2.55, 'INFO', 'main', 'works.weave.socks.queuemaster.QueueMasterApplication', 'Starting QueueMasterApplication v0.3.2 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
      sp(-2.3, 'INFO', 'main', 'o.s.a.r.c.CachingConnectionFactory', 'Created new connection: rabbitConnectionFactory#1b0375b3:0/SimpleConnection@3e9b1010 [delegate=amqp://guest@%SVCIP:rabbitmq%:5672/, localPort= 41822]'),
      sp(-2.29, 'ERROR', 'ueue-master.io-1', 'o.s.a.r.c.CachingConnectionFactory', "Channel shutdown: channel error; protocol method: #method<channel.close>(reply-code=406, reply-text=PRECONDITION_FAILED - inequivalent arg 'x-message-ttl' for queue 'shipping-task' in vhost '/': received the value '86400000' of type 'signedint' but current is none, class-id=50, method-id=10)"),
      sp(-2.2, 'WARN', 'main', 'o.s.b.c.e.AnnotationConfigEmbeddedWebApplicationContext', 'Exception encountered during context initialization - cancelling refresh attempt: org.springframework.context.ApplicationContextException: Failed to start bean \'org.springframework.amqp.rabbit.config.internalRabbitListenerEndpointRegistry\'; nested exception is org.springframework.amqp.AmqpIOException: java.io.IOException'),
      sp(-2.15, 'ERROR', 'main', 'o.s.boot.SpringApplication', 'Application startup failed'),
      'org.springframework.amqp.AmqpIOException: java.io.IOException',
      '\tat org.springframework.amqp.rabbit.support.RabbitExceptionTranslator.convertRabbitAccessException(RabbitExceptionTranslator.java:71)',
      '\tat org.springframework.amqp.rabbit.core.RabbitAdmin.declareQueues(RabbitAdmin.java:558)',
      '\tat org.springframework.amqp.rabbit.core.RabbitAdmin.initialize(RabbitAdmin.java:444)',
      'Caused by: com.rabbitmq.client.ShutdownSignalException: channel error; protocol method: #method<channel.close>(reply-code=406, reply-text=PRECONDITION_FAILED - inequivalent arg \'x-message-ttl\' for queue \'shipping-task\' in vhost \'/\': received the value \'86400000\' of type \'signedint\' but current is none, class-id=50, method-id=10)',
      '\tat com.rabbitmq.client.impl.ChannelN.asyncShutdown(ChannelN.java:509)',
    ],
    'queue-master#old0/queue-master': [
      sp(-40, 'INFO', 'cTaskExecutor-1', 'works.weave.socks.queuemaster.ShippingTaskHandler', 'Received shipment task: 5f3e1a9c2d'),
      sp(-8, 'INFO', 'cTaskExecutor-1', 'works.weave.socks.queuemaster.ShippingTaskHandler', 'Received shipment task: 5f3e1b02aa'),
    ],
  },
};
export const scenarios = [qm];
