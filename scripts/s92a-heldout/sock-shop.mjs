// Batch s92a held-out scenario for Sock Shop (split: test), written blind with the session-2 kit.
// System: the session-2 Sock Shop definition (microservices-demo/microservices-demo complete-demo.yaml at 9dff06f).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const T = clock('2026-05-14T10:26:00Z');
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const d = (min) => {
  const x = new Date(Date.parse('2026-05-14T10:26:00Z') + Math.round(min * 60000));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][x.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(x.getUTCDate())}-${mon}-${x.getUTCFullYear()}::${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())}`;
};
const refused = (min, pid, from, port) => [
  `=INFO REPORT==== ${d(min)} ===`,
  `accepting AMQP connection <0.${pid}.0> (${from}:${port} -> %PODIP%:5672)`,
  '',
  `=ERROR REPORT==== ${d(min)} ===`,
  `closing AMQP connection <0.${pid}.0> (${from}:${port} -> %PODIP%:5672):`,
  '{handshake_error,starting,0,',
  '                 {amqp_error,access_refused,',
  '                             "PLAIN login refused: user \'guest\' can only connect via localhost",',
  "                             'connection.start_ok'}}",
  '',
];
const AUTH = 'org.springframework.amqp.AmqpAuthenticationException: com.rabbitmq.client.AuthenticationFailureException: ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.';
const shipErr = (min) => [
  spring(min, 'ERROR', 'shipping', 'nio-80-exec-4', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is ${AUTH}] with root cause`),
  '',
  'com.rabbitmq.client.AuthenticationFailureException: ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.',
  '\tat com.rabbitmq.client.impl.AMQConnection.start(AMQConnection.java:339) ~[amqp-client-3.6.5.jar!/:na]',
  '\tat com.rabbitmq.client.ConnectionFactory.newConnection(ConnectionFactory.java:813) ~[amqp-client-3.6.5.jar!/:na]',
  '\tat com.rabbitmq.client.ConnectionFactory.newConnection(ConnectionFactory.java:767) ~[amqp-client-3.6.5.jar!/:na]',
  '\tat org.springframework.amqp.rabbit.connection.AbstractConnectionFactory.createBareConnection(AbstractConnectionFactory.java:296) ~[spring-rabbit-1.6.1.RELEASE.jar!/:na]',
  '\tat org.springframework.amqp.rabbit.connection.CachingConnectionFactory.createConnection(CachingConnectionFactory.java:554) ~[spring-rabbit-1.6.1.RELEASE.jar!/:na]',
  '\tat org.springframework.amqp.rabbit.core.RabbitTemplate.doExecute(RabbitTemplate.java:1430) ~[spring-rabbit-1.6.1.RELEASE.jar!/:na]',
  '\tat org.springframework.amqp.rabbit.core.RabbitTemplate.execute(RabbitTemplate.java:1411) ~[spring-rabbit-1.6.1.RELEASE.jar!/:na]',
  '\tat org.springframework.amqp.rabbit.core.RabbitTemplate.convertAndSend(RabbitTemplate.java:712) ~[spring-rabbit-1.6.1.RELEASE.jar!/:na]',
  '\tat works.weave.socks.shipping.controllers.ShippingController.postShipping(ShippingController.java:39) ~[classes!/:na]',
  '',
];

export const scenarios = [
  {
    folder: 's92a-broker-guest-localhost-only',
    incidentTime: '2026-05-14T10:26:00Z',
    description: 'Checkout broken since ~10:05, customers get an error page after "place order". orders team says shipping is throwing 500s',
    expected: { component: 'rabbitmq', cause: 'config-error' },
    alsoAcceptable: [{ component: 'rabbitmq', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'bad-credentials', 'rollout-regression', 'time-expression', 'team-name'],
    grounding: `
      RabbitMQ's documented access-control rule: since 3.3 the built-in guest user may only connect from localhost
      unless loopback_users is emptied; the official Docker image's generated config sets {loopback_users, []}. A
      ConfigMap-mounted rabbitmq.config (added to tune vm_memory_high_watermark) replaces that generated file, so the
      broker refuses every remote guest login with the real 3.6 log text "PLAIN login refused: user 'guest' can only
      connect via localhost" (handshake_error / access_refused), while the exporter sidecar, which talks to
      127.0.0.1:15672, keeps working. Sock Shop's shipping and queue-master connect as guest (Spring AMQP defaults,
      SPRING_RABBITMQ_HOST=rabbitmq), so shipping's POST /shipping answers 500 with AmqpAuthenticationException and
      orders fails the checkout. Manifest facts as upstream (rabbitmq:3.6.8-management plus kbudde/rabbitmq-exporter,
      ports 5672/15672/9090, securityContext). Deviation: the ConfigMap rabbitmq-config and its mount are invented;
      the only template difference between the two ReplicaSets is that volume and its volumeMount. Broker pod Ready.`,
    configMaps: [{ name: 'rabbitmq-config', keys: ['rabbitmq.config'] }],
    workloads: {
      rabbitmq: {
        rollout: { at: -22, oldPatch: { volumes: undefined }, oldContainers: { rabbitmq: { volumeMounts: undefined } } },
        patch: { volumes: [{ name: 'rabbitmq-config', configMap: { name: 'rabbitmq-config', defaultMode: 420 } }] },
        containers: { rabbitmq: { volumeMounts: [{ name: 'rabbitmq-config', mountPath: '/etc/rabbitmq/rabbitmq.config', subPath: 'rabbitmq.config', readOnly: true }] } },
        endpointsChanged: -21,
      },
    },
    events: [
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled up replica set rabbitmq-%NEW% to 1', first: -22, last: -22 },
      { on: 'pod:rabbitmq#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -22, last: -22 },
      { on: 'pod:rabbitmq#0', reason: 'Pulled', message: 'Container image "rabbitmq:3.6.8-management" already present on machine', fieldPath: 'spec.containers{rabbitmq}', first: -21.9, last: -21.9 },
      { on: 'pod:rabbitmq#0', reason: 'Created', message: 'Created container rabbitmq', fieldPath: 'spec.containers{rabbitmq}', first: -21.9, last: -21.9 },
      { on: 'pod:rabbitmq#0', reason: 'Started', message: 'Started container rabbitmq', fieldPath: 'spec.containers{rabbitmq}', first: -21.9, last: -21.9 },
      { on: 'pod:rabbitmq#0', reason: 'Pulling', message: 'Pulling image "kbudde/rabbitmq-exporter"', fieldPath: 'spec.containers{rabbitmq-exporter}', first: -21.9, last: -21.9 },
      { on: 'pod:rabbitmq#0', reason: 'Pulled', message: 'Successfully pulled image "kbudde/rabbitmq-exporter" in 1.208s (1.208s including waiting). Image size: 11542316 bytes.', fieldPath: 'spec.containers{rabbitmq-exporter}', first: -21.8, last: -21.8 },
      { on: 'pod:rabbitmq#0', reason: 'Created', message: 'Created container rabbitmq-exporter', fieldPath: 'spec.containers{rabbitmq-exporter}', first: -21.8, last: -21.8 },
      { on: 'pod:rabbitmq#0', reason: 'Started', message: 'Started container rabbitmq-exporter', fieldPath: 'spec.containers{rabbitmq-exporter}', first: -21.8, last: -21.8 },
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled down replica set rabbitmq-%OLD% to 0 from 1', first: -21.5, last: -21.5 },
    ],
    logs: {
      'rabbitmq#0/rabbitmq': [
        `=INFO REPORT==== ${d(-21.8)} ===`,
        'Starting RabbitMQ 3.6.8 on Erlang 19.3',
        'Copyright (C) 2007-2016 Pivotal Software, Inc.',
        'Licensed under the MPL.  See http://www.rabbitmq.com/',
        '',
        `=INFO REPORT==== ${d(-21.8)} ===`,
        'node           : rabbit@%POD%',
        'home dir       : /var/lib/rabbitmq',
        'config file(s) : /etc/rabbitmq/rabbitmq.config',
        'cookie hash    : Xq2l0mUu3c9r1jH7bVwq4A==',
        'log            : tty',
        'sasl log       : tty',
        'database dir   : /var/lib/rabbitmq/mnesia/rabbit@%POD%',
        '',
        `=INFO REPORT==== ${d(-21.7)} ===`,
        'Memory limit set to 9405MB of 15676MB total.',
        '',
        `=INFO REPORT==== ${d(-21.6)} ===`,
        'Server startup complete; 6 plugins started.',
        ' * rabbitmq_management',
        ' * rabbitmq_web_dispatch',
        ' * rabbitmq_management_agent',
        ' * amqp_client',
        ' * cowboy',
        ' * cowlib',
        '',
        ...refused(-21.2, 811, '%IPOF:queue-master#0%', 41884),
        ...refused(-16.4, 1204, '%IPOF:shipping#0%', 52216),
        ...refused(-9.1, 1733, '%IPOF:shipping#0%', 52790),
        ...refused(-4.2, 2062, '%IPOF:queue-master#0%', 42530),
        ...refused(-2.7, 2190, '%IPOF:shipping#0%', 53122),
      ],
      'rabbitmq#0/rabbitmq-exporter': [
        `time="${T.iso(-21.8)}" level=info msg="Starting RabbitMQ exporter" BRANCH=HEAD BUILD_DATE="20230306-09:12:41" REVISION=0d5bb9f4 VERSION=1.0.0-RC19`,
        `time="${T.iso(-21.8)}" level=info msg="Active Configuration" CAFILE=ca.pem CERTFILE=client-cert.pem EXCLUDE_METRICS="[]" INCLUDE_EXCHANGES=.* INCLUDE_QUEUES=.* INCLUDE_VHOST=.* KEYFILE=client-key.pem MAX_QUEUES=0 OUTPUT_FORMAT=TTY PUBLISH_ADDR= PUBLISH_PORT=9419 RABBIT_CAPABILITIES="bert,no_sort" RABBIT_CONNECTION=direct RABBIT_EXPORTERS="[exchange node overview queue]" RABBIT_TIMEOUT=30 RABBIT_URL="http://127.0.0.1:15672" RABBIT_USER=guest SKIPVERIFY=false SKIP_EXCHANGES=^$ SKIP_QUEUES=^$ SKIP_VHOST=^$`,
        `time="${T.iso(-21.7)}" level=warning msg="Error while retrieving data from rabbitHost" error="Get \\"http://127.0.0.1:15672/api/overview\\": dial tcp 127.0.0.1:15672: connect: connection refused" host="http://127.0.0.1:15672" statusCode=0`,
        `time="${T.iso(-21.5)}" level=info msg="RabbitMQ server is up and running" version=3.6.8`,
      ],
      'shipping#0/shipping': [
        spring(-24.5, 'INFO', 'shipping', 'nio-80-exec-9', 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...'),
        ...shipErr(-16.4),
        spring(-9.1, 'WARN', 'shipping', 'nio-80-exec-2', 'o.s.a.r.c.CachingConnectionFactory', 'Could not create connection to rabbitmq:5672'),
        ...shipErr(-9.1),
        ...shipErr(-2.7),
      ],
      'queue-master#0/queue-master': [
        spring(-21.3, 'WARN', 'queue-master', 'ntainer#0-1-16', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)'),
        spring(-21.3, 'INFO', 'queue-master', 'ntainer#0-1-16', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Restarting Consumer@5f2a6e1b: tags=[{}], channel=null, acknowledgeMode=AUTO local queue size=0'),
        spring(-21.2, 'ERROR', 'queue-master', 'ntainer#0-1-17', 'o.s.a.r.l.SimpleMessageListenerContainer', `Consumer received fatal exception on startup`),
        '',
        'org.springframework.amqp.rabbit.listener.exception.FatalListenerStartupException: Authentication failure',
        '\tat org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer$AsyncMessageProcessingConsumer.run(SimpleMessageListenerContainer.java:1271) ~[spring-rabbit-1.6.1.RELEASE.jar!/:na]',
        '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]',
        `Caused by: ${AUTH}`,
        '',
        spring(-21.2, 'ERROR', 'queue-master', 'ntainer#0-1-17', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Stopping container from aborted consumer'),
        spring(-4.2, 'INFO', 'queue-master', 'ask-scheduler-3', 'w.w.s.q.QueueMasterApplication', 'Retrying listener container start'),
        spring(-4.2, 'ERROR', 'queue-master', 'ntainer#0-1-18', 'o.s.a.r.l.SimpleMessageListenerContainer', `Consumer received fatal exception on startup: ${AUTH}`),
      ],
      'orders#0/orders': [
        spring(-24.6, 'INFO', 'orders', 'p-nio-80-exec-7', 'w.w.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6644b1a0e4b0c2d18f3a7e91\', customerId=\'57a98d98e4b00679b4a830af\', total=104.98}'),
        spring(-16.4, 'INFO', 'orders', 'p-nio-80-exec-3', 'w.w.s.o.controllers.OrdersController', 'Starting calls'),
        spring(-16.4, 'ERROR', 'orders', 'p-nio-80-exec-3', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 Internal Server Error] with root cause'),
        '',
        'org.springframework.web.client.HttpServerErrorException: 500 Internal Server Error',
        '\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:94) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
        '\tat org.springframework.web.client.RestTemplate.handleResponse(RestTemplate.java:667) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
        '\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:620) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
        '\tat works.weave.socks.orders.services.AsyncGetService.postResource(AsyncGetService.java:67) ~[classes!/:na]',
        '',
        spring(-9.1, 'INFO', 'orders', 'p-nio-80-exec-1', 'w.w.s.o.controllers.OrdersController', 'Starting calls'),
        spring(-9.1, 'ERROR', 'orders', 'p-nio-80-exec-1', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 Internal Server Error] with root cause'),
        spring(-2.7, 'INFO', 'orders', 'p-nio-80-exec-5', 'w.w.s.o.controllers.OrdersController', 'Starting calls'),
        spring(-2.7, 'ERROR', 'orders', 'p-nio-80-exec-5', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 Internal Server Error] with root cause'),
      ],
      'front-end#0/front-end': [
        'Using redis for session store',
        'App now running in production mode on port 8079',
        `Order response: {"timestamp":${Date.parse(T.isoMs(-16.4))},"status":500,"error":"Internal Server Error","exception":"java.util.concurrent.ExecutionException","message":"org.springframework.web.client.HttpServerErrorException: 500 Internal Server Error","path":"/orders"}`,
        `Order response: {"timestamp":${Date.parse(T.isoMs(-2.7))},"status":500,"error":"Internal Server Error","exception":"java.util.concurrent.ExecutionException","message":"org.springframework.web.client.HttpServerErrorException: 500 Internal Server Error","path":"/orders"}`,
      ],
    },
  },
];
