// Blind dev batch s135a: Sock Shop scenarios (written blind; see docs/scenarios.md).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const JAVA_OPTS_OLD = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';

// ---------------------------------------------------------------- 3. orders runs out of ephemeral ports
const T3 = clock('2026-06-02T13:31:00Z');
const ordersLogs = [
  spring(T3, -60 * 24 * 6 + 0.6, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 31.774 seconds (JVM running for 33.901)'),
];
const stack = (url, ex) => [
  `java.net.NoRouteToHostException: Cannot assign requested address (connect failed)`,
  `\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111]`,
  `\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_111]`,
  `\tat java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206) ~[na:1.8.0_111]`,
  `\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111]`,
  `\tat sun.net.NetworkClient.doConnect(NetworkClient.java:175) ~[na:1.8.0_111]`,
  `\tat sun.net.www.http.HttpClient.openServer(HttpClient.java:432) ~[na:1.8.0_111]`,
  `\tat sun.net.www.protocol.http.HttpURLConnection.connect(HttpURLConnection.java:938) ~[na:1.8.0_111]`,
  `\tat org.springframework.http.client.SimpleBufferingClientHttpRequest.executeInternal(SimpleBufferingClientHttpRequest.java:78) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]`,
  `\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:652) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]`,
  `\tat works.weave.socks.orders.services.AsyncGetService.getResource(AsyncGetService.java:41) ~[classes!/:na]`,
];
for (let m = -55; m < -1; m += 1.25) {
  ordersLogs.push(spring(T3, m, 'INFO', 'orders', `nio-80-exec-${(Math.round(-m) % 180) + 1}`, 'w.w.s.orders.controllers.OrdersController', `Order created: CustomerOrder{id='5f${Math.round(-m * 1000).toString(16)}', customerId='57a98d98e4b00679b4a830b2'}`));
  if (m > -24) {
    const url = [`http://user/customers/57a98d98e4b00679b4a830b2/addresses`, 'http://carts/carts/57a98d98e4b00679b4a830b2/items', 'http://payment/paymentAuth'][Math.round(-m) % 3];
    ordersLogs.push(spring(T3, m + 0.4, 'ERROR', 'orders', `nio-80-exec-${(Math.round(-m * 3) % 180) + 1}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.ExecutionException: org.springframework.web.client.ResourceAccessException: I/O error on GET request for "${url}": Cannot assign requested address (connect failed); nested exception is java.net.NoRouteToHostException: Cannot assign requested address (connect failed)] with root cause`));
    ordersLogs.push(...stack(url));
  }
}
const feLogs = [];
for (let m = -50; m < -1; m += 1.5) {
  feLogs.push(`Request received: /cart, undefined`);
  if (m > -24 && Math.round(m * 2) % 2 === 0) {
    feLogs.push(`Order response: {"timestamp":${Date.parse(T3.isoMs(m))},"status":500,"error":"Internal Server Error","exception":"java.util.concurrent.ExecutionException","message":"org.springframework.web.client.ResourceAccessException: I/O error on GET request for \\"http://carts/carts/57a98d98e4b00679b4a830b2/items\\": Cannot assign requested address (connect failed); nested exception is java.net.NoRouteToHostException: Cannot assign requested address (connect failed)","path":"/orders"}`);
    feLogs.push('Error: Internal Server Error\n    at Request._callback (/usr/src/app/api/orders/index.js:110:26)\n    at Request.self.callback (/usr/src/app/node_modules/request/request.js:187:22)');
  } else feLogs.push('Order response: {"id":"5f3a0c1","customerId":"57a98d98e4b00679b4a830b2","total":104.98}');
}
const paymentLogs = [];
for (let m = -50; m < -1; m += 2) paymentLogs.push(`ts=${T3.isoMs(m)} caller=logging.go:22 method=Authorise result=true took=${(20 + (Math.abs(m) % 7) * 3)}.${Math.abs(m * 7) % 10}µs`);

const s3 = {
  folder: 's135a-orders-ephemeral-ports',
  description: 'checkout failing on and off since the promo mail at 13:05, customers see "Internal Server Error" placing orders. browsing & cart ok. payment team says their side is fine',
  incidentTime: '2026-06-02T13:31:00Z',
  expected: { component: 'orders', cause: 'resource-exhaustion' },
  difficulty: 'hard',
  traits: ['pods-ready', 'decoy', 'time-expression'],
  grounding: `Ephemeral port exhaustion on the client side: a Java client opening a new TCP connection per request with
  keep-alive off leaves each closed socket in TIME_WAIT for 60 s; with Linux's default ip_local_port_range 32768-60999
  (28232 ports) a single pod making more than ~470 new connections/s to one destination ip:port runs out, and connect()
  fails with EADDRNOTAVAIL, which the JDK reports as java.net.NoRouteToHostException: Cannot assign requested address
  (widely reported, e.g. Spring RestTemplate/HttpURLConnection without pooling under load). orders (weaveworksdemos/orders
  0.4.7, Spring Boot, RestTemplate on HttpURLConnection) makes 4-5 GETs per order to user, carts, payment and shipping from
  one replica. Deviations: JAVA_OPTS here carries -Dhttp.keepAlive=false (added months ago while debugging a stale-connection
  issue, invented), and the promo load is invented. The callees (payment, carts, user) log nothing wrong because the SYNs
  never leave the orders pod; orders stays Ready (its probes are answered on the server side). Decoy: a Readiness
  warning on front-end from three days ago.`,
  workloads: {
    orders: { since: -60 * 24 * 6, containers: { orders: { env: [{ name: 'JAVA_OPTS', value: `${JAVA_OPTS_OLD} -Dhttp.keepAlive=false` }] } } },
  },
  events: [
    { on: 'pod:front-end#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{front-end}', first: -60 * 24 * 3 - 40, last: -60 * 24 * 3 - 38, count: 2 },
  ],
  logs: {
    'orders#0/orders': ordersLogs,
    'front-end#0/front-end': feLogs,
    'payment#0/payment': paymentLogs,
  },
};

// ---------------------------------------------------------------- 4. session-db evicts sessions under a too-small maxmemory
const T4 = clock('2026-06-09T10:47:00Z');
const redisArgs = ['--maxmemory', '32mb', '--maxmemory-policy', 'allkeys-lru'];
const redisStart = -60 * 24 * 9;
const redisLogs = [
  `1:C ${redisDate(T4, redisStart + 0.1)} # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
  `1:C ${redisDate(T4, redisStart + 0.1)} # Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started`,
  `1:C ${redisDate(T4, redisStart + 0.1)} # Configuration loaded`,
  `1:M ${redisDate(T4, redisStart + 0.1)} * monotonic clock: POSIX clock_gettime`,
  `1:M ${redisDate(T4, redisStart + 0.1)} * Running mode=standalone, port=6379.`,
  `1:M ${redisDate(T4, redisStart + 0.1)} * Server initialized`,
  `1:M ${redisDate(T4, redisStart + 0.1)} * Ready to accept connections tcp`,
];
function redisDate(T, min) {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())} ${mon} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}`;
}
const fe4 = [];
for (let m = -70; m < -1; m += 1) {
  fe4.push('Request received: /catalogue?size=5, undefined');
  fe4.push(`Customer ID: ${m > -38 && Math.round(m) % 3 === 0 ? 'undefined' : '57a98d98e4b00679b4a830b2'}`);
  if (m > -38 && Math.round(m) % 3 === 0) {
    fe4.push('Request received: /orders, undefined');
    fe4.push('Error: User not logged in.\n    at /usr/src/app/api/orders/index.js:44:21\n    at Layer.handle [as handle_request] (/usr/src/app/node_modules/express/lib/router/layer.js:95:5)');
    fe4.push(`Request received: /cart, ${['xT3b', 'Qw9m', 'Lp0z', 'Hf7c'][Math.abs(Math.round(m)) % 4]}Ks_9nRb2vZ0dA1ylq5VnEoJwGmTcP`);
  }
}
const carts4 = [];
for (let m = -60; m < -1; m += 2.5) {
  carts4.push(spring(T4, m, 'INFO', 'carts', `exec-${(Math.round(-m) % 40) + 1}`, 'w.w.s.cart.controllers.CartsController', `Cart ${m > -38 && Math.round(m) % 2 === 0 ? 'created for customer: tTPW2_vNRx9-ySmPj0yZ3k5Ws4dLqB7e' : 'fetched for customer: 57a98d98e4b00679b4a830b2'}`));
}
const s4 = {
  folder: 's135a-session-db-lru-evicts-sessions',
  description: 'ppl getting randomly logged out of the sock shop + basket empty when they come back to chckout. since the newsletter went out this morning (~10:10). no errors on the dashboards really',
  incidentTime: '2026-06-09T10:47:00Z',
  expected: { component: 'session-db', cause: 'resource-exhaustion' },
  difficulty: 'hard',
  traits: ['pods-ready', 'callers-only', 'typo', 'time-expression'],
  grounding: `Sock Shop's front-end keeps express-session sessions in Redis (SESSION_REDIS=true, session-db:6379); the cart of
  an anonymous user and the logged-in customer id live in that session. A Redis started with a maxmemory far below its
  working set and maxmemory-policy allkeys-lru evicts least recently used keys silently (Redis docs, "Key eviction"; INFO
  evicted_keys climbs, nothing is logged), so under a traffic spike session keys of idle shoppers disappear: the next
  request gets a fresh session, the user appears logged out ("User not logged in." from front-end api/orders) and a new
  cart id is created in carts. Deviations from complete-demo.yaml: session-db (redis:alpine, pinned here to 7.2) runs with
  args --maxmemory 32mb --maxmemory-policy allkeys-lru, set by the platform team nine days ago to cap memory; the newsletter
  spike is invented. session-db stays Running and Ready and logs only its start-up; the evidence is in front-end and carts.`,
  workloads: {
    'session-db': { since: redisStart, containers: { 'session-db': { image: 'redis:7.2-alpine', args: redisArgs } } },
  },
  logs: {
    'session-db#0/session-db': redisLogs,
    'front-end#0/front-end': fe4,
    'carts#0/carts': carts4,
  },
};

export const scenarios = [s3, s4];
