// Blind dev batch s65b, Sock Shop: the session-2 Sock Shop system (scripts/s2-scenarios/sock-shop.mjs) and one scenario,
// the RabbitMQ application left stopped by `rabbitmqctl stop_app` (Erlang VM and pod up, AMQP refusing connections).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const INC = '2026-05-19T15:12:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Spring Boot 1.x with Sleuth, as the kit's Java services print it
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
// RabbitMQ 3.6 "=INFO REPORT==== 19-May-2026::14:41:07 ===" blocks
const rreport = (min, kind, lines) => {
  const d = new Date(T.isoMs(min));
  const p = (n) => String(n).padStart(2, '0');
  return [`=${kind} REPORT==== ${d.getUTCDate()}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()}::${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ===`, ...lines, ''];
};
const STOP = -31.2;
const orderIds = (n) => `6a4b${(0x1c2e7f3 + n * 2741).toString(16)}e4b0${(0x4f18 + n * 3).toString(16)}a8${(0x30b2 + n * 11).toString(16)}`;

function rabbitLogs() {
  const s = -60 * 24 * 12;
  return [
    ...rreport(s, 'INFO', ['Starting RabbitMQ 3.6.8 on Erlang 19.3', 'Copyright (C) 2007-2016 Pivotal Software, Inc.', 'Licensed under the MPL.  See http://www.rabbitmq.com/']),
    ...rreport(s, 'INFO', ['node           : rabbit@%POD%', 'home dir       : /var/lib/rabbitmq', 'config file(s) : /etc/rabbitmq/rabbitmq.config', 'cookie hash    : 3k1XwQ0f7WZ9Yq2p8JcR4g==', 'log            : tty', 'sasl log       : tty', 'database dir   : /var/lib/rabbitmq/mnesia/rabbit@%POD%']),
    ...rreport(s + 0.02, 'INFO', ['Memory limit set to 6403MB of 16008MB total.']),
    ...rreport(s + 0.02, 'INFO', ['Disk free limit set to 50MB']),
    ...rreport(s + 0.03, 'INFO', ['started TCP Listener on [::]:5672']),
    ...rreport(s + 0.05, 'INFO', ['Management plugin started. Port: 15672']),
    ...rreport(s + 0.05, 'INFO', ['Server startup complete; 6 plugins started.', ' * rabbitmq_management', ' * rabbitmq_web_dispatch', ' * rabbitmq_management_agent', ' * amqp_client', ' * cowboy', ' * cowlib']),
    ...rreport(s + 1.2, 'INFO', ['accepting AMQP connection <0.512.0> (%IPOF:queue-master#0%:41822 -> %PODIP%:5672)']),
    ...rreport(s + 1.4, 'INFO', ['accepting AMQP connection <0.547.0> (%IPOF:shipping#0%:36410 -> %PODIP%:5672)']),
    ...rreport(STOP, 'INFO', ['Stopping RabbitMQ']),
    ...rreport(STOP, 'INFO', ['stopped TCP Listener on [::]:5672']),
    ...rreport(STOP + 0.01, 'INFO', ['Stopped RabbitMQ application']),
  ];
}

function queueMasterLogs() {
  const out = [
    spring(-60 * 24 * 12 + 1.0, 'INFO', 'queue-master', 'main', 'works.weave.socks.QueueMasterApplication', 'Started QueueMasterApplication in 31.442 seconds (JVM running for 33.187)'),
  ];
  let n = 100;
  for (let m = -75; m < STOP; m += 2.9) { n++; out.push(`Received shipment task: ${orderIds(n)}`); }
  out.push(spring(STOP + 0.002, 'ERROR', 'queue-master', 'AMQP Connection %IPOF:rabbitmq#0%:5672'.slice(0, 15), 'o.s.a.r.c.CachingConnectionFactory', "Channel shutdown: connection error; protocol method: #method<connection.close>(reply-code=320, reply-text=CONNECTION_FORCED - broker forced connection closure with reason 'shutdown', class-id=0, method-id=0)"));
  let k = 0;
  for (let m = STOP + 0.02; m < -0.05; m += 5 / 60) {
    k++;
    out.push(spring(m, 'WARN', 'queue-master', `SimpleAsyncTaskExecutor-${k + 1}`.slice(-15), 'o.s.a.r.l.SimpleMessageListenerContainer', 'Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)'));
    out.push(spring(m + 0.0005, 'INFO', 'queue-master', `SimpleAsyncTaskExecutor-${k + 1}`.slice(-15), 'o.s.a.r.l.SimpleMessageListenerContainer', `Restarting Consumer: tags=[{}], channel=null, acknowledgeMode=AUTO local queue size=0`));
  }
  return out;
}

function shippingLogs() {
  const out = [
    spring(-60 * 24 * 12 + 1.3, 'INFO', 'shipping', 'main', 'works.weave.socks.shipping.ShippingServiceApplication'.slice(0, 40), 'Started ShippingServiceApplication in 29.871 seconds (JVM running for 31.502)'),
  ];
  let n = 100;
  for (let m = -75.02; m < STOP; m += 2.9) { n++; out.push('Adding shipment to queue...'); }
  out.push(spring(STOP + 0.002, 'ERROR', 'shipping', 'AMQP Connection', 'o.s.a.r.c.CachingConnectionFactory', "Channel shutdown: connection error; protocol method: #method<connection.close>(reply-code=320, reply-text=CONNECTION_FORCED - broker forced connection closure with reason 'shutdown', class-id=0, method-id=0)"));
  for (let m = STOP + 1.4; m < -0.2; m += 2.6) {
    out.push('Adding shipment to queue...');
    out.push("Unable to add to queue (the queue is probably down). Accepting anyway. Don't do this for real!");
  }
  return out;
}

function ordersLogs() {
  const out = [spring(-60 * 24 * 12 + 1.1, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 38.215 seconds (JVM running for 40.006)')];
  for (let m = -75.03; m < -0.2; m += (m < STOP ? 2.9 : 2.6)) {
    out.push(spring(m, 'INFO', 'orders', `http-nio-80-exec-${(Math.round(-m) % 10) + 1}`, 'w.w.s.o.controllers.OrdersController', 'Payment returned: PaymentResponse{authorised=true, message=Payment authorised}'));
  }
  return out;
}

function frontLogs() {
  const out = [];
  let k = 0;
  for (let m = -40; m < -0.2; m += 1.3) {
    k++;
    out.push(`GET /catalogue?page=1&size=6&tags= 200 ${(11 + (k % 9) * 1.7).toFixed(3)} ms - 1832`);
    out.push(`GET /cart 200 ${(8 + (k % 5) * 1.3).toFixed(3)} ms - ${180 + (k % 4) * 96}`);
    if (k % 2 === 0) {
      out.push('Order response: {"id":"' + orderIds(200 + k) + '","customerId":"57a98d98e4b00679b4a830af","address":{"number":"246","street":"Whitelees Road","city":"Glasgow","postcode":"G67 3DL","country":"United Kingdom"},"total":104.98,"status":"Created"}');
      out.push(`POST /orders 201 ${(640 + (k % 7) * 35.2).toFixed(3)} ms - 312`);
    }
  }
  return out;
}

export const scenarios = [
  {
    folder: 's65b-rabbitmq-stop-app-left-stopped',
    description: 'fulfilment: warehouse says no new shipments coming thru since ~14:40, orders/checkout look fine for customers. queue master?',
    incidentTime: INC,
    expected: { component: 'rabbitmq', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts (complete-demo.yaml at 9dff06f): rabbitmq runs rabbitmq:3.6.8-management with the
      kbudde/rabbitmq-exporter sidecar and no probes; shipping publishes every shipment to the shipping-task queue
      (spring.rabbitmq.host=rabbitmq) and queue-master consumes it with a Spring AMQP SimpleMessageListenerContainer.
      shipping's ShippingController.postShipping catches any exception of convertAndSend, prints "Unable to add to queue
      (the queue is probably down). Accepting anyway. Don't do this for real!" and still answers 201, so orders and the
      front-end keep succeeding while every shipment is dropped.
      Fault: following the "reset a stuck node" runbook (rabbitmqctl stop_app; rabbitmqctl reset; rabbitmqctl start_app),
      the fulfilment on-call ran stop_app through kubectl exec and the session dropped before start_app. The Erlang VM
      (PID 1) keeps running, so the container never exits, the pod stays Running and Ready (no probe) and no Event is
      written; the rabbit application is stopped, its listener on 5672 is closed and every AMQP connect is refused.
      RabbitMQ 3.6 logs "Stopping RabbitMQ", "stopped TCP Listener on [::]:5672", "Stopped RabbitMQ application" and then
      nothing. The callers are the loud ones: both clients get CONNECTION_FORCED (reply-code 320, "broker forced
      connection closure with reason 'shutdown'") from the CachingConnectionFactory, queue-master then logs Spring AMQP's
      "Consumer raised exception, processing can restart ... Connection refused" / "Restarting Consumer" every 5 s
      (default recoveryInterval), shipping prints the swallowed-failure line on every order. (RabbitMQ docs, rabbitmqctl
      stop_app: "Stops the RabbitMQ application, leaving the runtime (Erlang VM) running".)
      Decoy: carts was OOMKilled 3 days ago (limit 500Mi) and has run since. Deviations: none in the manifests.`,
    workloads: {
      carts: {
        pods: [{
          containers: {
            carts: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 3 + 0.2),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
        }],
      },
      rabbitmq: { since: -60 * 24 * 12 },
      'queue-master': { since: -60 * 24 * 12 + 0.5 },
      shipping: { since: -60 * 24 * 12 + 0.6 },
      orders: { since: -60 * 24 * 12 + 0.4 },
    },
    events: [],
    logs: {
      'rabbitmq#0/rabbitmq': rabbitLogs(),
      'queue-master#0/queue-master': queueMasterLogs(),
      'shipping#0/shipping': shippingLogs(),
      'orders#0/orders': ordersLogs(),
      'front-end#0/front-end': frontLogs(),
    },
  },
];
