// Batch s91a (blind dev): one Sock Shop scenario on the session-2 system definition (scripts/s2-scenarios/sock-shop.mjs).
// A Chaos Mesh NetworkChaos partition (orders -> payment) left on after a game day: orders times out, payment stays idle and Ready.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const IT = '2026-05-07T10:25:00Z';
const T = clock(IT);
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;

const ordersLog = [
  spring(-60 * 24 * 2, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 38.412 seconds (JVM running for 41.907)'),
  spring(-70, 'INFO', 'orders', 'nio-80-exec-3', 'w.w.s.orders.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6a1e7c3b9f2d4e0a8b5c17d2\', customerId=\'57a98d98e4b00679b4a830b2\', ...}'),
];
for (let i = 0; i < 10; i++) {
  const m = -38 + i * 3.4;
  ordersLog.push(spring(m, 'DEBUG', 'orders', `nio-80-exec-${(i % 9) + 1}`, 'w.w.s.orders.controllers.OrdersController', 'Starting calls'));
  ordersLog.push(spring(m + 0.01, 'DEBUG', 'orders', `nio-80-exec-${(i % 9) + 1}`, 'w.w.s.orders.controllers.OrdersController', 'End of calls.'));
  ordersLog.push(spring(m + 0.02, 'INFO', 'orders', `nio-80-exec-${(i % 9) + 1}`, 'w.w.s.orders.controllers.OrdersController', 'Sending payment request: PaymentRequest{address=Address{id=\'null\', number=\'246\', street=\'Whitelees Road\', city=\'Glasgow\', postcode=\'G67 3DL\', country=\'United Kingdom\'}, card=Card{id=\'null\', longNum=\'5544154011345918\', expires=\'08/27\', ccv=\'958\'}, customer=Customer{id=\'null\', firstName=\'Eve\', lastName=\'Berger\', username=\'Eve_Berger\', addresses=[], cards=[]}, amount=21.98}'));
  if (i < 3) {
    ordersLog.push(spring(m + 0.03, 'DEBUG', 'orders', `nio-80-exec-${(i % 9) + 1}`, 'w.w.s.orders.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'));
    ordersLog.push(spring(m + 0.04, 'INFO', 'orders', `nio-80-exec-${(i % 9) + 1}`, 'w.w.s.orders.controllers.OrdersController', `Order created: CustomerOrder{id='6a1e7c3b9f2d4e0a8b5c17${i}f', customerId='57a98d98e4b00679b4a830b2', ...}`));
    continue;
  }
  ordersLog.push(spring(m + 0.52, 'ERROR', 'orders', `nio-80-exec-${(i % 9) + 1}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://payment/paymentAuth": connect timed out; nested exception is java.net.SocketTimeoutException: connect timed out] with root cause'));
  {
    ordersLog.push('', 'java.net.SocketTimeoutException: connect timed out',
      '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111-internal]',
      '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_111-internal]',
      '\tat java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206) ~[na:1.8.0_111-internal]',
      '\tat java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392) ~[na:1.8.0_111-internal]',
      '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111-internal]',
      '\tat sun.net.www.http.HttpClient.openServer(HttpClient.java:432) ~[na:1.8.0_111-internal]',
      '\tat org.springframework.http.client.SimpleBufferingClientHttpRequest.executeInternal(SimpleBufferingClientHttpRequest.java:78) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
      '\tat works.weave.socks.orders.services.AsyncGetService.postResource(AsyncGetService.java:67) ~[classes!/:na]');
  }
}
const ordersFixed = ordersLog;

export const scenarios = [
  {
    folder: 's91a-orders-payment-partition-left-on',
    incidentTime: IT,
    description: 'checkout in the sock shop spins ~5s then "error placing order" since about 10:00. payment pods all green, catalogue + cart still fine',
    expected: { component: 'payment', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'orders', cause: 'network-fault' }, { component: 'payment', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f as the session-2
      system definition: orders (Spring Boot, weaveworksdemos/orders:0.4.7) POSTs to http://payment/paymentAuth; payment
      (Go kit, weaveworksdemos/payment:0.4.3) on port 80 with /health probes from the kubelet.
      Fault: a Chaos Mesh NetworkChaos of action "partition" (direction "to", selector name=orders, target name=payment),
      the "Simulate network partition" experiment of the Chaos Mesh docs, created for a game day at about 09:55 without a
      duration and left running. chaos-daemon installs ipset/iptables DROP rules in the orders pod's network namespace, so
      SYNs to payment's pod IP are dropped: orders logs "connect timed out" for every order, payment receives nothing but
      the kubelet's health checks (which are not partitioned) and stays Ready. No Kubernetes object of the snapshot shows
      the experiment (NetworkChaos is a CRD the snapshot does not hold), nothing restarts.
      Decoy: carts was restarted (kubectl rollout restart: only the restartedAt annotation differs) 30 minutes before; queue-master's old shipping-task warnings.
      Deviations from upstream: the Chaos Mesh install and the carts restart are invented; Spring thread names shortened.`,
    workloads: {
      carts: { rollout: { at: -55, revision: 5 }, patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-55) } } },
    },
    events: [
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', source: 'deployment-controller', first: -55, last: -55 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-%OLD% to 0 from 1', source: 'deployment-controller', first: -53.8, last: -53.8 },
      { on: 'pod:carts#0', reason: 'Started', message: 'Started container carts', fieldPath: 'spec.containers{carts}', first: -54.8, last: -54.8 },
      { on: 'pod:carts#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:80/health": dial tcp %PODIP%:80: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{carts}', count: 4, first: -54.6, last: -54.1 },
    ],
    logs: {
      'orders#0/orders': ordersFixed,
      'payment#0/payment': [
        kit(-60 * 24 * 9, 'transport=HTTP port=80'),
        ...Array.from({ length: 14 }, (_, i) => kit(-62 + i * 4.4, `caller=logging.go:36 method=Health result=2 took=${(3.1 + (i % 4) * 0.7).toFixed(3)}µs`)),
        kit(-37.97, 'caller=logging.go:22 method=Authorise result=true took=6.201µs'),
        kit(-34.57, 'caller=logging.go:22 method=Authorise result=true took=5.48µs'),
        kit(-31.17, 'caller=logging.go:22 method=Authorise result=true took=5.917µs'),
      ].sort(),
      'front-end#0/front-end': [
        ...Array.from({ length: 8 }, (_, i) => [
          i < 2 ? `POST /orders 201 ${48 + i}.${i}12 ms - 511` : `POST /orders 500 ${(5021 + i * 37)}.${i}12 ms - 4`,
          `GET /catalogue?size=5 200 ${12 + i}.${i}31 ms - 1${i}20`,
          `GET /cart 200 ${9 + i}.2${i}4 ms - 312`,
        ]).flat(),
      ],
      'carts#0/carts': [
        spring(-54.5, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Starting CartApplication v1.0-SNAPSHOT on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
        spring(-53.9, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 36.702 seconds (JVM running for 39.118)'),
      ],
      'queue-master#0/queue-master': [
        spring(-60 * 24 * 6, 'WARN', 'queue-master', 'SimpleAsyncTaskExecutor-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)'),
        spring(-60 * 24 * 6 + 0.1, 'INFO', 'queue-master', 'SimpleAsyncTaskExecutor-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Restarting Consumer@5c7fa833: tags=[{}], channel=null, acknowledgeMode=AUTO local queue size=0'),
        spring(-45, 'INFO', 'queue-master', 'SimpleAsyncTaskExecutor-1', 'w.w.s.s.queuemaster.ShippingTaskHandler', 'Received shipment task: 6a1e7c3b9f2d4e0a8b5c17d2'),
      ],
    },
  },
];
