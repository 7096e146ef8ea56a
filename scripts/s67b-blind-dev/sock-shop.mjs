// Blind dev batch s67b: a Sock Shop scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// RabbitMQ 3.6.8 past its memory high watermark blocks publishers: shipping hangs, orders and front-end are loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const INCIDENT = '2026-06-03T16:25:00Z';
const T = clock(INCIDENT);
const F = -22; // memory alarm set at 16:03

const spring = (min, level, app, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// RabbitMQ 3.6 "=INFO REPORT==== 3-Jun-2026::16:03:12 ===" blocks (RABBITMQ_LOGS=- in the official image).
const report = (min, kind, ...lines) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  return [`=${kind} REPORT==== ${d.getUTCDate()}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()}::${T.go(min).slice(11)} ===`, ...lines, ''];
};

const rabbitLog = [
  ...report(-60 * 24 * 12, 'INFO', 'Starting RabbitMQ 3.6.8 on Erlang 19.3', 'Copyright (C) 2007-2016 Pivotal Software, Inc.', 'Licensed under the MPL.  See http://www.rabbitmq.com/'),
  ...report(-60 * 24 * 12, 'INFO', 'node           : rabbit@%POD%', 'home dir       : /var/lib/rabbitmq', 'config file(s) : /etc/rabbitmq/rabbitmq.config', 'cookie hash    : 3mZbW2u9Qb1xJ7VrYg0f8A==', 'log            : tty', 'sasl log       : tty', 'database dir   : /var/lib/rabbitmq/mnesia/rabbit@%POD%'),
  ...report(-60 * 24 * 12, 'INFO', 'Memory limit set to 6403MB of 16008MB total.'),
  ...report(-60 * 24 * 12, 'INFO', 'Disk free limit set to 50MB'),
  ...report(-60 * 24 * 12 + 0.1, 'INFO', 'Management plugin started. Port: 15672'),
  ...report(-60 * 24 * 12 + 0.1, 'INFO', 'Server startup complete; 6 plugins started.', ' * rabbitmq_management', ' * rabbitmq_web_dispatch', ' * rabbitmq_management_agent', ' * amqp_client', ' * cowboy', ' * cowlib'),
  ...report(-60 * 24 * 12 + 0.8, 'INFO', 'accepting AMQP connection <0.512.0> (%IPOF:queue-master#0%:44218 -> %PODIP%:5672)'),
  ...report(-60 * 24 * 12 + 0.9, 'INFO', 'accepting AMQP connection <0.531.0> (%IPOF:shipping#0%:38652 -> %PODIP%:5672)'),
  ...report(-60 * 24 * 3, 'WARNING', 'closing AMQP connection <0.531.0> (%IPOF:shipping#0%:38652 -> %PODIP%:5672):', 'client unexpectedly closed TCP connection'),
  ...report(-60 * 24 * 3 + 0.05, 'INFO', 'accepting AMQP connection <0.28114.41> (%IPOF:shipping#0%:51930 -> %PODIP%:5672)'),
  ...report(F, 'INFO', 'vm_memory_high_watermark set. Memory used:6716590080 allowed:6714718617'),
  ...report(F, 'WARNING', 'memory resource limit alarm set on node rabbit@%POD%.', '', '**********************************************************', '*** Publishers will be blocked until this alarm clears ***', '**********************************************************'),
];

// shipping: ShippingController prints before rabbitTemplate.convertAndSend("shipping-task", ...); after 16:03 the publish blocks.
const shippingLog = [
  spring(-60 * 24 * 12 + 1, 'INFO', 'shipping', 'main', 'works.weave.socks.shipping.Application', 'Started Application in 38.114 seconds (JVM running for 40.912)'),
];
const queueLog = [
  spring(-60 * 24 * 12 + 1, 'INFO', 'queue-master', 'main', 'works.weave.socks.queuemaster.QueueMasterApplication', 'Started QueueMasterApplication in 36.802 seconds (JVM running for 39.554)'),
];
const ordersLog = [];
const paymentLog = [];
const feLog = [];
const CUST = ['57a98d98e4b00679b4a830af', '57a98d98e4b00679b4a830b2', '57a98d98e4b00679b4a830b5'];
let n = 0;
for (let m = -40; m < -0.4; m += 0.9) {
  n++;
  const cust = CUST[n % 3];
  const amount = (14.99 + (n % 4) * 10).toFixed(2);
  feLog.push(`Posting Order: {"customer":"http://user/customers/${cust}","address":"http://user/addresses/57a98d98e4b00679b4a830b0","card":"http://user/cards/57a98d98e4b00679b4a830b1","items":"http://carts/carts/${cust}/items"}`);
  ordersLog.push(spring(m, 'INFO', 'orders', `nio-80-exec-${(n % 10) + 1}`, 'w.w.s.orders.controllers.OrdersController', `Sending payment request: PaymentRequest{address=Address{id='null', number='246', street='Whitelees Road', city='Glasgow', postcode='G67 3DL', country='United Kingdom'}, card=Card{id='null', longNum='5544154011345918', expires='08/19', ccv='958'}, customer=Customer{id='null', firstName='Eve', lastName='Berger', username='Eve_Berger', addresses=[], cards=[]}, amount=${amount}}`));
  paymentLog.push(`ts=${T.isoMs(m + 0.002)} caller=logging.go:23 method=Authorise result=true took=${40 + (n % 9) * 7}.${n % 10}µs`);
  ordersLog.push(spring(m + 0.004, 'INFO', 'orders', `nio-80-exec-${(n % 10) + 1}`, 'w.w.s.orders.controllers.OrdersController', `Received payment response: PaymentResponse{authorised=true, message=Payment authorised}`));
  if (m < F) {
    shippingLog.push('Adding shipment to queue...');
    queueLog.push(spring(m + 0.01, 'INFO', 'queue-master', 'SimpleAsyncTaskExecutor-1', 'w.w.s.q.ShippingTaskHandler', `Received shipment task: ${cust}`));
    feLog.push(`Order response: {"id":"${(0x6661d0a3 + n).toString(16)}e4b0d6a8c17f${String(n).padStart(4, '0')}","customerId":"${cust}","total":${amount},"_links":{"self":{"href":"http://orders/orders/${(0x6661d0a3 + n).toString(16)}e4b0d6a8c17f${String(n).padStart(4, '0')}"}}}`);
  } else {
    shippingLog.push('Adding shipment to queue...');
    ordersLog.push(spring(m + 0.09, 'ERROR', 'orders', `nio-80-exec-${(n % 10) + 1}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.lang.IllegalStateException: Unable to create order due to timeout from one of the services.] with root cause'));
    ordersLog.push('', 'java.util.concurrent.TimeoutException: null',
      '\tat java.util.concurrent.FutureTask.get(FutureTask.java:205) ~[na:1.8.0_111-internal]',
      '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:116) ~[classes!/:na]',
      '\tat sun.reflect.GeneratedMethodAccessor112.invoke(Unknown Source) ~[na:na]',
      '\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:221) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
      '\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:963) ~[spring-webmvc-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
      '\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61) [tomcat-embed-core-8.5.6.jar!/:8.5.6]',
      '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]', '');
    feLog.push(`Order response: {"timestamp":${Date.parse(T.isoMs(m + 0.09))},"status":500,"error":"Internal Server Error","exception":"java.lang.IllegalStateException","message":"Unable to create order due to timeout from one of the services.","path":"/orders"}`);
  }
}
// queue-master: its listener stays connected (consumers are not blocked) and simply receives nothing after 16:03.

const exporterLog = [
  `time="${T.iso(-60 * 24 * 12 + 0.5)}" level=info msg="Starting RabbitMQ exporter" BRANCH=master BUILD_DATE=20190420-10:16:46 REVISION=b6a6dcb VERSION=0.29.0`,
  `time="${T.iso(-60 * 24 * 12 + 0.5)}" level=info msg="Active Configuration" CAFILE=ca.pem CERTFILE=client-cert.pem EXCLUDE_METRICS="[]" INCLUDE_QUEUES=.* KEYFILE=client-key.pem MAX_QUEUES=0 OUTPUT_FORMAT=TTY PUBLISH_ADDR= PUBLISH_PORT=9090 RABBIT_CAPABILITIES="bert,no_sort" RABBIT_CONNECTION=direct RABBIT_EXPORTERS="[exchange node overview queue]" RABBIT_TIMEOUT=30 RABBIT_URL="http://127.0.0.1:15672" RABBIT_USER=guest SKIPVERIFY=false SKIP_QUEUES="^$" SKIP_VHOST="^$" INCLUDE_VHOST=.*`,
  `time="${T.iso(-60 * 24 * 12 + 0.6)}" level=info msg="Starting server" address=":9090"`,
];

export const scenarios = [
  {
    folder: 's67b-rabbitmq-memory-alarm',
    incidentTime: INCIDENT,
    description: 'checkout broken since ~4pm, customers get charged but no order shows up in their account. payments team says payment svc is fine',
    expected: { component: 'rabbitmq', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'rabbitmq', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
    workloads: {
      rabbitmq: { since: -60 * 24 * 12 },
      shipping: { since: -60 * 24 * 12 },
      'queue-master': { since: -60 * 24 * 12 },
      'front-end': {
        pods: [
          {},
          {
            containers: {
              'front-end': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 - 40),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 40.2) },
              }),
            },
          },
        ],
      },
    },
    events: [],
    logs: {
      'rabbitmq#0/rabbitmq': rabbitLog,
      'rabbitmq#0/rabbitmq-exporter': exporterLog,
      'shipping#0/shipping': shippingLog,
      'queue-master#0/queue-master': queueLog,
      'orders#0/orders': ordersLog,
      'payment#0/payment': paymentLog,
      'front-end#0/front-end': feLog,
    },
    grounding: `
      Manifest facts (microservices-demo complete-demo.yaml at 9dff06f): rabbitmq is rabbitmq:3.6.8-management with the
      kbudde/rabbitmq-exporter sidecar, no resources and no probes, so RabbitMQ sizes vm_memory_high_watermark (0.4) from the
      node's 16 GB; shipping (Spring Boot, Spring AMQP RabbitTemplate) publishes every shipment to the shipping-task queue
      that queue-master consumes; orders (works.weave.socks.orders OrdersController.newOrder) authorises payment first, then
      posts to shipping and waits shipmentFuture.get(timeout=5s), throwing IllegalStateException("Unable to create order due to
      timeout from one of the services.") on TimeoutException; front-end logs "Posting Order" / "Order response".
      Fault: RabbitMQ's documented memory alarm ("memory resource limit alarm set ... Publishers will be blocked until this
      alarm clears"; rabbitmq.com/docs/alarms, memory.html) after the 3.6-series management stats database grew for twelve
      days (reports of rabbit_mgmt_db memory growth in 3.6.x). The broker stays up and Ready, consumers keep their connections,
      but every publishing connection is blocked: shipping's request threads hang inside convertAndSend (its health check does
      not publish, so it stays Ready), orders times out after the payment was already authorised (customers charged, no
      order), front-end shows the 500. payment is healthy and logs result=true throughout.
      Decoy: one front-end pod was OOMKilled three days ago (restartCount 1).
      Deviations from upstream: none in the manifests; log volumes are sampled and the RabbitMQ memory figures are computed
      from the node's capacity.`,
  },
];
