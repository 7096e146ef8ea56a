// Batch s129d (blind dev): Sock Shop, one no-fault (designed payment decline) and one fault (rabbitmq release).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;

// ---------- 3: "payment failing for bigger orders": the payment service declines amounts over 105 by design ----------
const T3 = clock('2026-06-03T09:27:00Z');
const payLog = (T) => {
  const out = [kit(T, -33.6, 'transport=HTTP port=80'), kit(T, -33.6, 'caller=main.go:75 transport=HTTP port=80')];
  for (let m = -33; m < -0.5; m += 1.4) {
    const big = Math.round(m * 10) % 4 === 0 || (m > -20 && m < -19);
    out.push(kit(T, m, `caller=logging.go:31 method=Authorise result=${!big} took=${(big ? 9 : 11) + (Math.abs(Math.round(m * 10)) % 7)}.${Math.abs(Math.round(m * 77)) % 1000}µs`));
    out.push(kit(T, m + 0.3, `caller=logging.go:41 method=Health result=2 took=${4 + (Math.abs(Math.round(m)) % 5)}.${Math.abs(Math.round(m * 31)) % 1000}µs`));
  }
  return out;
};
const payPrev = (T) => {
  const out = [];
  for (let m = -80; m < -35; m += 1.6) out.push(kit(T, m, `caller=logging.go:31 method=Authorise result=true took=${10 + (Math.abs(Math.round(m)) % 6)}.${Math.abs(Math.round(m * 13)) % 1000}µs`));
  return out;
};
const ordersDecline = (T) => {
  const out = [];
  for (let m = -58; m < -0.5; m += 1.4) {
    const big = Math.round(m * 10) % 4 === 0 || (m > -20 && m < -19);
    const orderId = `6a${(0x4f1c2e + Math.abs(Math.round(m * 10))).toString(16)}b7d0c9e1f2a3`;
    if (m > -35.5 && m < -33.5) {
      out.push(spring(T, m, 'ERROR', 'orders', 'nio-80-exec-' + (Math.abs(Math.round(m)) % 10), 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.lang.IllegalStateException: Unable to get payment response: I/O error on POST request for "http://payment/paymentAuth": Connection refused (Connection refused); nested exception is java.net.ConnectException: Connection refused (Connection refused)] with root cause'));
      out.push('java.net.ConnectException: Connection refused (Connection refused)');
      out.push('\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]');
      out.push('\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:628) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]');
      out.push('\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:101) ~[classes!/:na]');
      continue;
    }
    out.push(spring(T, m, 'DEBUG', 'orders', 'nio-80-exec-' + (Math.abs(Math.round(m)) % 10), 'w.w.s.o.controllers.OrdersController', `Sending payment request: PaymentRequest{address=Address{id='null', number='246', street='Whitelees Road', city='Glasgow', postcode='G67 3DL', country='United Kingdom'}, card=Card{id='null', longNum='5953580604169678', expires='08/27', ccv='678'}, customer=Customer{id='null', firstName='Eve', lastName='Berger', username='Eve_Berger', addresses=[], cards=[]}, amount=${big ? '134.97' : '28.98'}}`));
    out.push(spring(T, m + 0.01, 'INFO', 'orders', 'nio-80-exec-' + (Math.abs(Math.round(m)) % 10), 'w.w.s.o.controllers.OrdersController', `Received payment response: PaymentResponse{authorised=${!big}, message=${big ? 'Payment declined: amount exceeds 105.00' : 'Payment authorised'}}`));
    if (big) out.push(spring(T, m + 0.011, 'WARN', 'orders', 'nio-80-exec-' + (Math.abs(Math.round(m)) % 10), '.m.m.a.ExceptionHandlerExceptionResolver', 'Resolved exception caused by Handler execution: works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined: amount exceeds 105.00'));
    else out.push(spring(T, m + 0.02, 'DEBUG', 'orders', 'nio-80-exec-' + (Math.abs(Math.round(m)) % 10), 'w.w.s.o.controllers.OrdersController', `Received shipment task: Shipment{id='${orderId}', name='Eve_Berger'}`));
  }
  return out;
};

// ---------- 4: rabbitmq release mounting the Erlang cookie from a Secret (mode 0644): crash loop ----------
const T4 = clock('2026-06-10T16:34:00Z');
const cookieVol = [{ name: 'tmp-volume', emptyDir: { medium: 'Memory' } }, { name: 'erlang-cookie', secret: { secretName: 'rabbitmq-erlang-cookie', defaultMode: 420 } }];
const rabbitCrash = (T, start) => [
  '',
  `=INFO REPORT==== ${T.java(start).slice(8, 10)}-Jun-2026::${T.java(start).slice(11, 19)} ===`,
  'Starting RabbitMQ 3.6.8 on Erlang 19.3',
  '',
  `=ERROR REPORT==== ${T.java(start + 0.01).slice(8, 10)}-Jun-2026::${T.java(start + 0.01).slice(11, 19)} ===`,
  'Cookie file /var/lib/rabbitmq/.erlang.cookie must be accessible by owner only',
  '',
  `=INFO REPORT==== ${T.java(start + 0.012).slice(8, 10)}-Jun-2026::${T.java(start + 0.012).slice(11, 19)} ===`,
  '    application: kernel',
  '    exited: {{shutdown,{failed_to_start_child,net_sup,',
  '                                              {\'EXIT\',nodistribution}}},',
  '             {k_start,[normal,[]]}}',
  '    type: permanent',
  '{"Kernel pid terminated",application_controller,"{application_start_failure,kernel,{{shutdown,{failed_to_start_child,net_sup,{\'EXIT\',nodistribution}}},{k_start,[normal,[]]}}}"}',
  'Kernel pid terminated (application_controller) ({application_start_failure,kernel,{{shutdown,{failed_to_start_child,net_sup,{\'EXIT\',nodistribution}}},{k_start,[normal,[]]}}})',
  '',
  'Crash dump is being written to: erl_crash.dump...done',
];
const shippingLog = (T) => {
  const out = [];
  for (let m = -50; m < -14; m += 2.1) {
    out.push(spring(T, m, 'INFO', 'shipping', 'nio-80-exec-' + (Math.abs(Math.round(m)) % 10), 'w.w.s.s.controllers.ShippingController', `Adding shipment to queue...`));
  }
  for (let m = -12.5; m < -0.5; m += 1.3) {
    const th = 'nio-80-exec-' + (Math.abs(Math.round(m)) % 10);
    out.push(spring(T, m, 'INFO', 'shipping', th, 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...'));
    out.push(spring(T, m + 0.05, 'ERROR', 'shipping', th, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)] with root cause'));
    out.push('java.net.ConnectException: Connection refused (Connection refused)');
    out.push('\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]');
    out.push('\tat com.rabbitmq.client.impl.FrameHandlerFactory.create(FrameHandlerFactory.java:32) ~[amqp-client-3.6.5.jar!/:na]');
    out.push('\tat org.springframework.amqp.rabbit.connection.AbstractConnectionFactory.createBareConnection(AbstractConnectionFactory.java:309) ~[spring-rabbit-1.6.3.RELEASE.jar!/:na]');
    out.push('\tat org.springframework.amqp.rabbit.core.RabbitTemplate.convertAndSend(RabbitTemplate.java:672) ~[spring-rabbit-1.6.3.RELEASE.jar!/:na]');
    out.push('\tat works.weave.socks.shipping.controllers.ShippingController.postShipping(ShippingController.java:36) ~[classes!/:na]');
  }
  return out;
};
const ordersShipFail = (T) => {
  const out = [];
  for (let m = -50; m < -0.5; m += 1.3) {
    const th = 'nio-80-exec-' + (Math.abs(Math.round(m)) % 10);
    out.push(spring(T, m, 'INFO', 'orders', th, 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'));
    if (m < -13) { out.push(spring(T, m + 0.02, 'DEBUG', 'orders', th, 'w.w.s.o.controllers.OrdersController', `Received shipment task: Shipment{id='${(0x5c1f00 + Math.abs(Math.round(m * 10))).toString(16)}aa01b2c3d4e5', name='user'}`)); continue; }
    out.push(spring(T, m + 0.06, 'ERROR', 'orders', th, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.HttpServerErrorException: 500 null] with root cause'));
    out.push('org.springframework.web.client.HttpServerErrorException: 500 null');
    out.push('\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:94) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]');
    out.push('\tat works.weave.socks.orders.services.AsyncGetService.postResource(AsyncGetService.java:64) ~[classes!/:na]');
    out.push('\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:109) ~[classes!/:na]');
  }
  return out;
};
const qmLog = (T) => {
  const out = [];
  for (let m = -13.6; m < -0.5; m += 0.9) {
    out.push(spring(T, m, 'WARN', 'queue-master', 'cTaskExecutor-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)'));
    out.push(spring(T, m + 0.001, 'INFO', 'queue-master', 'cTaskExecutor-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Restarting Consumer@3d5c822d: tags=[{}], channel=null, acknowledgeMode=AUTO local queue size=0'));
  }
  return out;
};

export const scenarios = [
  {
    folder: 's129d-big-orders-declined-by-design',
    incidentTime: '2026-06-03T09:27:00Z',
    description: 'sock shop: customers say checkout fails w/ "payment declined" for larger baskets since this morning ~9. payment svc was restarting earlier, is it broken?',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    workloads: {
      payment: {
        pods: [{ containers: { payment: cs.restartedRunning({ restarts: 1, startedAt: T3.iso(-33.7), last: { exitCode: 2, reason: 'Error', startedAt: T3.iso(-60 * 24 * 9 + 0.3), finishedAt: T3.iso(-33.8) } }) }, readyTransition: T3.iso(-30.6) }],
      },
    },
    events: [
      { on: 'pod:payment#0', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:80/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -34.2, last: -33.85, count: 3, fieldPath: 'spec.containers{payment}' },
      { on: 'pod:payment#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:80/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -34.2, last: -31, count: 6, fieldPath: 'spec.containers{payment}' },
      { on: 'pod:payment#0', reason: 'Killing', message: 'Container payment failed liveness probe, will be restarted', first: -33.8, fieldPath: 'spec.containers{payment}' },
      { on: 'pod:payment#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/payment:0.4.3" already present on machine', first: -33.75, fieldPath: 'spec.containers{payment}' },
      { on: 'pod:payment#0', reason: 'Started', message: 'Started container payment', first: -33.7, fieldPath: 'spec.containers{payment}' },
    ],
    logs: {
      'payment#0/payment': payLog(T3),
      'payment#0/payment/previous': payPrev(T3),
      'orders#0/orders': ordersDecline(T3),
    },
    grounding: `
      No fault: designed behaviour. The Sock Shop payment service (microservices-demo/payment, cmd/paymentsvc main.go) declines
      every authorisation above a fixed amount, the -decline flag with default 105 ("Payment declined: amount exceeds 105.00");
      the complete-demo manifest runs it without flags, so any basket over 105 is declined, always has been, and orders answers
      with PaymentDeclinedException. The orders log shows exactly that pattern: amount=134.97 declined, amount=28.98 authorised,
      with no change of image or config anywhere. Decoy: 34 minutes before the report the payment container missed three
      /health liveness probes, was killed and restarted once (the previous container's exit code 2 is invented), orders logged
      "Connection refused" for payment for those ~2 minutes, and the readiness probe recovered at ~08:56; payment has answered
      every request since. Deviations from upstream: the liveness kill and the timing are invented.`,
  },
  {
    folder: 's129d-checkout-fails-rabbitmq-cookie-mount',
    incidentTime: '2026-06-10T16:34:00Z',
    description: 'checkout in sock-shop erroring since ~16:20, orders throwing 500s on every order. shipping also red in grafana',
    difficulty: 'hard',
    expected: { component: 'rabbitmq', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'rabbitmq', cause: 'crash-loop' }, { component: 'rabbitmq', cause: 'config-error' }],
    traits: ['rollout-regression', 'louder-dependents', 'partial-name', 'time-expression'],
    workloads: {
      rabbitmq: {
        patch: { volumes: cookieVol },
        containers: { rabbitmq: { volumeMounts: [{ mountPath: '/var/lib/rabbitmq/.erlang.cookie', name: 'erlang-cookie', subPath: '.erlang.cookie', readOnly: true }] } },
        rollout: { at: -14, revision: 5, oldPatch: { volumes: undefined }, oldContainers: { rabbitmq: { volumeMounts: undefined } } },
        unavailableSince: -14,
        pods: [{
          readyTransition: T4.iso(-13.4),
          containers: {
            rabbitmq: cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T4.iso(-3.1), finishedAt: T4.iso(-3.05), backoff: '5m0s', container: 'rabbitmq' }),
            'rabbitmq-exporter': cs.running(T4.iso(-13.4), { ready: true }),
          },
        }],
        progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T4.iso(-13.4), lastTransitionTime: T4.iso(-14), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
      },
    },
    events: [
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled down replica set rabbitmq-%OLD% to 0 from 1', first: -14 },
      { on: 'deploy:rabbitmq', reason: 'ScalingReplicaSet', message: 'Scaled up replica set rabbitmq-%NEW% to 1', first: -13.6 },
      { on: 'pod:rabbitmq#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -13.55, source: 'default-scheduler' },
      { on: 'pod:rabbitmq#0', reason: 'Pulled', message: 'Container image "rabbitmq:3.6.8-management" already present on machine', first: -13.5, last: -3.15, count: 8, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', reason: 'Started', message: 'Started container rabbitmq', first: -13.45, last: -3.1, count: 8, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container rabbitmq in pod %POD%_sock-shop(%PODUID%)', first: -13.2, last: -0.4, count: 58, fieldPath: 'spec.containers{rabbitmq}' },
    ],
    logs: {
      'rabbitmq#0/rabbitmq': rabbitCrash(T4, -3.1),
      'rabbitmq#0/rabbitmq/previous': rabbitCrash(T4, -8.2),
      'rabbitmq#0/rabbitmq-exporter': Array.from({ length: 12 }, (_, i) => `time="${T4.iso(-13 + i)}" level=error msg="Error while retrieving data from rabbitHost" error="Get \\"http://127.0.0.1:15672/api/overview\\": dial tcp 127.0.0.1:15672: connect: connection refused" host="http://127.0.0.1:15672"`),
      'shipping#0/shipping': shippingLog(T4),
      'orders#0/orders': ordersShipFail(T4),
      'queue-master#0/queue-master': qmLog(T4),
    },
    grounding: `
      Fault: a release of the rabbitmq Deployment 14 minutes before the report mounts the Erlang cookie from a Secret
      (rabbitmq-erlang-cookie, subPath .erlang.cookie, defaultMode 0644). Erlang refuses a cookie readable by group or others
      ("Cookie file /var/lib/rabbitmq/.erlang.cookie must be accessible by owner only", a well-known RabbitMQ-on-Kubernetes
      failure discussed in docker-library/rabbitmq and rabbitmq-users threads), the kernel application fails to start
      (nodistribution) and the broker exits 1 in a crash loop. The old ReplicaSet carries the upstream container without the
      mount. Shipping (which publishes the shipping-task message on every order) answers 500 with AmqpConnectException, so
      orders fails every checkout with HttpServerErrorException 500 from shipping, and queue-master's listener keeps
      restarting its consumer: the callers are louder than the broker. Deviations from upstream (complete-demo.yaml): the
      cookie Secret volume and mount are invented, and the rabbitmq Deployment uses strategy Recreate (post-processed by
      scripts/s129d-build.mjs) so the old broker pod is gone instead of surviving the surge.`,
  },
];
