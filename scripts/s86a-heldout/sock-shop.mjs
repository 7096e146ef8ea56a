// Held-out batch s86a (split: test): one Sock Shop scenario on the session-2 system definition.
// Written blind (see docs/scenarios.md, batch s86a); built by scripts/s86a-build.mjs (which sets the Recreate strategy).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const INC = '2026-06-03T08:22:00Z';
const T = clock(INC);
const rb = system.workloads.find((w) => w.name === 'rabbitmq');
const rbC = rb.containers[0];
const cookieVol = { name: 'erlang-cookie', secret: { secretName: 'rabbitmq-erlang-cookie', defaultMode: 420 } };
const cookieMount = { name: 'erlang-cookie', mountPath: '/var/lib/rabbitmq/.erlang.cookie', subPath: '.erlang.cookie' };
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const crash = [
  'Cookie file /var/lib/rabbitmq/.erlang.cookie must be accessible by owner only',
  '{"init terminating in do_boot",{error,{cookie_file_wrong_mode,"/var/lib/rabbitmq/.erlang.cookie"}}}',
  'init terminating in do_boot ()',
  '',
  'Crash dump is being written to: erl_crash.dump...done',
];
const shipErr = (min) => [
  spring(min, 'ERROR', 'shipping', 'nio-80-exec-4', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)] with root cause'),
  '',
  'java.net.ConnectException: Connection refused (Connection refused)',
  '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]',
  '\tat com.rabbitmq.client.impl.FrameHandlerFactory.create(FrameHandlerFactory.java:47) ~[amqp-client-3.6.5.jar!/:na]',
  '\tat com.rabbitmq.client.ConnectionFactory.newConnection(ConnectionFactory.java:824) ~[amqp-client-3.6.5.jar!/:na]',
  '\tat org.springframework.amqp.rabbit.connection.AbstractConnectionFactory.createBareConnection(AbstractConnectionFactory.java:296) ~[spring-rabbit-1.6.1.RELEASE.jar!/:na]',
];
const qm = (min) => spring(min, ' WARN', 'queue-master', 'cTaskExecutor-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)');

export const scenarios = [
  {
    folder: 's86a-orders-not-shipping',
    incidentTime: INC,
    description: 'fulfilment here - since ~8am checkout gives "order failed" for every customer, orders svc logs full of 500 from shiping',
    expected: { component: 'rabbitmq', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'rabbitmq', cause: 'crash-loop' },
      { component: 'rabbitmq', cause: 'bad-deploy-rollout' },
      { component: 'rabbitmq', cause: 'dependency-down' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'rollout-regression', 'team-name', 'typo', 'time-expression'],
    workloads: {
      rabbitmq: {
        patch: { volumes: [cookieVol] },
        containers: { rabbitmq: { volumeMounts: [cookieMount] } },
        rollout: { at: -24, oldReplicas: 0, oldPatch: { volumes: undefined }, oldContainers: { rabbitmq: { volumeMounts: undefined } } },
        pods: [{ containers: { rabbitmq: cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T.iso(-4.3), finishedAt: T.iso(-4.2), container: 'rabbitmq' }) }, readyTransition: T.iso(-23.5) }],
        unavailableSince: -24,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-14), lastTransitionTime: T.iso(-14), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
        endpointsChanged: -24,
      },
    },
    events: [
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled down replica set rabbitmq-%OLD% to 0 from 1', first: -24.1 },
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled up replica set rabbitmq-%NEW% to 1', first: -24 },
      { on: 'pod:rabbitmq#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -23.9 },
      { on: 'pod:rabbitmq#0', reason: 'Pulled', message: 'Container image "rabbitmq:3.6.8-management" already present on machine', fieldPath: 'spec.containers{rabbitmq}', first: -23.8, last: -4.3, count: 9 },
      { on: 'pod:rabbitmq#0', reason: 'Created', message: 'Created container rabbitmq', fieldPath: 'spec.containers{rabbitmq}', first: -23.8, last: -4.3, count: 9 },
      { on: 'pod:rabbitmq#0', reason: 'Started', message: 'Started container rabbitmq', fieldPath: 'spec.containers{rabbitmq}', first: -23.8, last: -4.3, count: 9 },
      { on: 'pod:rabbitmq#0', reason: 'BackOff', message: 'Back-off restarting failed container rabbitmq in pod %POD%_sock-shop(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{rabbitmq}', first: -23.3, last: -0.6, count: 104 },
    ],
    logs: {
      'rabbitmq#0/rabbitmq': crash,
      'rabbitmq#0/rabbitmq/previous': crash,
      'rabbitmq#0/rabbitmq-exporter': [-3, -2, -1].map((m) => `time="${T.iso(m)}" level=error msg="Error while retrieving data from rabbitHost" error="Get \\"http://127.0.0.1:15672/api/overview\\": dial tcp 127.0.0.1:15672: connect: connection refused" host="http://127.0.0.1:15672"`),
      'shipping#0/shipping': [
        spring(-60 * 24 * 9 + 1, ' INFO', 'shipping', 'main', 'works.weave.socks.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 32.114 seconds (JVM running for 35.872)'),
        spring(-30, ' INFO', 'shipping', 'nio-80-exec-2', 'w.w.socks.shipping.controllers.ShippingController', 'Adding shipment to queue...'),
        ...shipErr(-12), ...shipErr(-5), ...shipErr(-1.2),
      ],
      'orders#0/orders': [
        spring(-30.1, ' INFO', 'orders', 'nio-80-exec-7', 'w.w.s.orders.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6650a1f3e4b0c2d9a1f3e4b0\', customerId=\'57a98d98e4b00679b4a830af\'...}'),
        spring(-12.1, 'ERROR', 'orders', 'nio-80-exec-3', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 Internal Server Error] with root cause'),
        spring(-5.1, 'ERROR', 'orders', 'nio-80-exec-9', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 Internal Server Error] with root cause'),
        spring(-1.3, 'ERROR', 'orders', 'nio-80-exec-1', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 Internal Server Error] with root cause'),
      ],
      'queue-master#0/queue-master': [qm(-20), qm(-11), qm(-2)],
    },
    grounding: `
      Manifest: deploy/kubernetes/complete-demo.yaml at 9dff06f (rabbitmq 3.6.8-management Deployment, shipping and queue-master
      connect to rabbitmq:5672). Fault: a change mounts the Erlang cookie from a Secret (defaultMode 0644) through subPath; the
      Erlang VM refuses a cookie file readable by others ("must be accessible by owner only", init terminating in do_boot), a
      failure reported in docker-library/rabbitmq and rabbitmq-server issues. Shipping's AMQP publish fails, orders gets 500s.
      Deviations from upstream: the team's overlay sets strategy Recreate on the broker (the build writes it), and adds the
      cookie Secret volume. Stack frames abbreviated.
    `,
  },
];
