// Batch s128a (held out): Sock Shop spec, written blind.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const T = clock('2026-06-03T09:52:00Z');
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const feImg = base.workloads.find((w) => w.name === 'front-end').containers[0].image;

const cartsPrev = [
  spring(-14, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 41.215 seconds (JVM running for 43.007)'),
];
for (let i = 0; i < 12; i++) cartsPrev.push(spring(-13 + i * 0.8, 'DEBUG', 'carts', `http-nio-80-exec-${(i % 9) + 1}`, 'w.w.s.cart.controllers.ItemsController', `Adding item to cart: Item{id='null', itemId='${['3395a43e-2d88-40de-b95f-e00e1502085b', 'd3588630-ad8e-49df-bbd7-3167f7efb246', '819e1fbf-8b7e-4f6d-811f-693534916a8b'][i % 3]}', quantity=1, unitPrice=${[18, 17.32, 14][i % 3]}}`));
const cartsCur = [
  spring(-3.9, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Starting CartApplication v0.4.8 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
  spring(-3.8, 'INFO', 'carts', 'main', 'org.mongodb.driver.cluster', 'Cluster created with settings {hosts=[carts-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout=\'30000 ms\', maxWaitQueueSize=500}'),
  spring(-3.3, 'INFO', 'carts', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  spring(-3.2, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 39.874 seconds (JVM running for 41.552)'),
  spring(-2.1, 'DEBUG', 'carts', 'http-nio-80-exec-2', 'w.w.s.cart.controllers.ItemsController', "Adding item to cart: Item{id='null', itemId='3395a43e-2d88-40de-b95f-e00e1502085b', quantity=1, unitPrice=18.0}"),
];
const ordersLog = [
  spring(-30, 'INFO', 'orders', 'http-nio-80-exec-4', 'w.w.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6650a1c2e4b0f1d2a3c4b5e6\', customerId=\'57a98d98e4b00679b4a830af\', total=22.99}'),
  `${T.java(-3.7)} ERROR [orders,,,] 7 --- [nio-80-exec-7] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.lang.IllegalStateException: Unable to get items from cart] with root cause`,
  '',
  'org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://carts/carts/57a98d98e4b00679b4a830af/items": Connection refused (Connection refused); nested exception is java.net.ConnectException: Connection refused (Connection refused)',
  '\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:666)',
  '\tat org.springframework.web.client.RestTemplate.execute(RestTemplate.java:613)',
  '\tat org.springframework.web.client.RestTemplate.exchange(RestTemplate.java:531)',
  '\tat works.weave.socks.orders.services.AsyncGetService.getDataList(AsyncGetService.java:53)',
  '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:80)',
  'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
  '\tat java.net.PlainSocketImpl.socketConnect(Native Method)',
  '\tat java.net.Socket.connect(Socket.java:589)',
  '\t... 62 common frames omitted',
  '',
];
const feLog = [];
for (let i = 0; i < 10; i++) {
  const m = -28 + i * 2.6;
  const down = (m > -5 && m < -3.2) || (m > -20 && m < -18.5) || (m > -11.5 && m < -10);
  feLog.push(down ? `Error: connect ECONNREFUSED %SVCIP:carts%:80\n    at Object.exports._errnoException (util.js:1020:11)\n    at exports._exceptionWithHostPort (util.js:1043:20)\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1090:14)\nPOST /cart 500 ${12 + i}.${i}14 ms - 58` : `POST /cart 201 ${30 + i}.${i}07 ms - -`);
  feLog.push(`GET /catalogue?size=5 200 ${9 + i}.2${i}1 ms - 1${i}40`);
}

export const scenarios = [
  {
    folder: 's128a-cart-jvm-killed',
    incidentTime: '2026-06-03T09:52:00Z',
    description: 'add to cart failing on and off for the last ~20 min, orders svc also throwing 500s on checkout. frontend had a deploy tuesday fwiw',
    expected: { component: 'carts', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'carts', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      carts runs the upstream complete-demo.yaml container (weaveworksdemos/carts:0.4.8, memory limit 500Mi,
      JAVA_OPTS -Xmx128m): the heap is capped but metaspace, thread stacks and direct buffers are not, and the
      microservices-demo issue tracker has reports of carts being OOM-killed under load test traffic. Here the
      container is killed by the kernel memory cgroup (OOMKilled, exit 137) four times in ~20 min; each kill drops
      the in-flight cart calls, and between kills the JVM restarts in ~40 s while its Service has no endpoint. The pod
      is Ready again at snapshot time. orders (Spring RestTemplate) and front-end (Node) log connection refused to
      carts; the cgroup kill itself leaves no JVM line. Decoy: a healthy front-end rollout two days ago (0.3.11 to
      0.3.12). Deviation: restart counts and timings invented; no node-problem-detector on the cluster so no kernel
      OOM event is shown.`,
    workloads: {
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 4, startedAt: T.iso(-3.9), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-14.6), finishedAt: T.iso(-4) } }) } }],
      },
      'front-end': { rollout: { at: -60 * 24 * 2 - 95, revision: 8, oldContainers: { 'front-end': { image: 'weaveworksdemos/front-end:0.3.11' } }, oldReplicas: 0 } },
    },
    events: [
      { on: 'pod:carts#0', reason: 'Pulled', fieldPath: 'spec.containers{carts}', message: `Container image "weaveworksdemos/carts:0.4.8" already present on machine`, first: -21, last: -4, count: 4 },
      { on: 'pod:carts#0', reason: 'Created', fieldPath: 'spec.containers{carts}', message: 'Created container carts', first: -21, last: -4, count: 4 },
      { on: 'pod:carts#0', reason: 'Started', fieldPath: 'spec.containers{carts}', message: 'Started container carts', first: -21, last: -3.9, count: 4 },
    ],
    logs: {
      'carts#0/carts': cartsCur,
      'carts#0/carts/previous': cartsPrev,
      'orders#0/orders': ordersLog,
      'front-end#0/front-end': feLog,
    },
  },
];
void feImg;
