// Blind dev batch s69b: one Sock Shop scenario for the scenario kit.
// carts (Java, Spring Boot) stops answering while its pod stays Running and Ready; orders and front-end are the loud ones.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INCIDENT = '2026-11-24T09:12:00Z';
const T = clock(INCIDENT);
const FAULT = -14; // 08:58 UTC

// Spring Boot 1.x with sleuth ([app,trace,span,export]) as the weaveworksdemos Java images print it.
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
// go-kit logfmt (catalogue, user, payment).
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;

const cartsLog = [
  spring(-60 * 24 * 9 + 0.2, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Starting CartApplication v0.4.8 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
  spring(-60 * 24 * 9 + 0.3, 'INFO', 'carts', 'main', 'org.mongodb.driver.cluster', "Cluster created with settings {hosts=[carts-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}"),
  spring(-60 * 24 * 9 + 0.4, 'INFO', 'carts', 'cluster-ClusterId{value=\'5f2a\', description=\'null\'}-carts-db:27017', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:1, serverValue:4}] to carts-db:27017'),
  spring(-60 * 24 * 9 + 0.6, 'INFO', 'carts', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  spring(-60 * 24 * 9 + 0.6, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 41.388 seconds (JVM running for 43.105)'),
];

const ordersLog = [
  spring(-60 * 24 * 9 + 0.6, 'INFO', 'orders', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  spring(-60 * 24 * 9 + 0.6, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 44.902 seconds (JVM running for 46.711)'),
];
for (let m = -40; m < FAULT; m += 6.5) {
  ordersLog.push(spring(m, 'INFO', 'orders', 'p-nio-80-exec-3', 'w.w.s.o.controllers.OrdersController', `Order created: CustomerOrder{id='5f1b${Math.round(-m * 13)}e2c9a7d3f0c4b6a1', customerId='57a98d98e4b00679b4a830af', customer=Customer{id='null', firstName='Eve', lastName='Berger', username='Eve_Berger', addresses=[], cards=[]}}`));
}
for (let m = FAULT + 1.2; m < -0.3; m += 2.1) {
  ordersLog.push(
    spring(m, 'ERROR', 'orders', 'p-nio-80-exec-' + (4 + Math.round(-m) % 6), 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.lang.IllegalStateException: Unable to create order due to timeout from one of the services.] with root cause'),
    '',
    'java.util.concurrent.TimeoutException: null',
    '\tat java.util.concurrent.FutureTask.get(FutureTask.java:205) ~[na:1.8.0_111-internal]',
    '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:92) ~[classes!/:na]',
    '\tat sun.reflect.GeneratedMethodAccessor121.invoke(Unknown Source) ~[na:na]',
    '\tat sun.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43) ~[na:1.8.0_111-internal]',
    '\tat java.lang.reflect.Method.invoke(Method.java:498) ~[na:1.8.0_111-internal]',
    '\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:221) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
    '\tat org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:116) ~[spring-webmvc-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
    '\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:963) ~[spring-webmvc-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
    '\tat org.springframework.web.servlet.FrameworkServlet.doPost(FrameworkServlet.java:872) ~[spring-webmvc-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
    '\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61) [tomcat-embed-core-8.5.6.jar!/:8.5.6]',
    '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]',
    '',
  );
}

// front-end (Node, express): api/cart and api/orders console.log lines; calls to carts hang with no reply.
const fe = [];
const cust = '57a98d98e4b00679b4a830af';
for (let m = -35; m < -0.4; m += 1.3) {
  fe.push(`Request received: /catalogue?size=5, undefined`);
  if (m < FAULT) {
    fe.push('Request received: /cart, undefined', `Customer ID: ${cust}`, 'Attempting to add to cart: {"id":"3395a43e-2d88-40de-b95f-e00e1502085b"}', `POST to carts: http://carts/carts/${cust}/items body: {"itemId":"3395a43e-2d88-40de-b95f-e00e1502085b","unitPrice":18}`, 'Item added');
  } else {
    fe.push('Request received: /cart, undefined', `Customer ID: ${cust}`, 'Attempting to add to cart: {"id":"808a2de1-1aaa-4c25-a9b9-6612e8f29a38"}', `POST to carts: http://carts/carts/${cust}/items body: {"itemId":"808a2de1-1aaa-4c25-a9b9-6612e8f29a38","unitPrice":17.15}`);
    if (Math.round(-m * 10) % 3 === 0) fe.push('Posting Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830af","address":"http://user/addresses/57a98d98e4b00679b4a830b0","card":"http://user/cards/57a98d98e4b00679b4a830b1","items":"http://carts/carts/57a98d98e4b00679b4a830af/items"}', 'Order response: {"timestamp":' + Date.parse(T.isoMs(m)) + ',"status":500,"error":"Internal Server Error","exception":"java.lang.IllegalStateException","message":"Unable to create order due to timeout from one of the services.","path":"/orders"}');
  }
}

const catalogueLog = [];
for (let m = -20; m < -0.3; m += 0.7) catalogueLog.push(kit(m, `caller=logging.go:80 method=List tags= order=id pageNum=1 pageSize=5 result=5 err=null took=${(2.1 + (Math.round(-m * 7) % 9) * 0.31).toFixed(3)}ms`));
const userLog = [];
for (let m = -20; m < -0.3; m += 1.9) userLog.push(kit(m, `caller=logging.go:91 method=GetCustomers id=${cust} result=1 took=${(1.6 + (Math.round(-m * 5) % 7) * 0.22).toFixed(4)}ms`));

// carts-db (mongo, JSON log): a slow query from three hours ago (decoy) and routine checkpoints.
const mongoDate = (min) => T.isoMs(min).replace('Z', '+00:00');
const mlog = (min, s, c, id, ctx, msg, attr) => JSON.stringify({ t: { $date: mongoDate(min) }, s, c, id, ctx, msg, ...(attr ? { attr } : {}) });
const cartsDbLog = [
  mlog(-183, 'I', 'COMMAND', 51803, 'conn41', 'Slow query', { type: 'command', ns: 'data.cart', command: { find: 'cart', filter: { customerId: '57a98d98e4b00679b4a830af' }, $db: 'data' }, planSummary: 'COLLSCAN', keysExamined: 0, docsExamined: 48213, nreturned: 1, durationMillis: 118 }),
  mlog(-181, 'I', 'COMMAND', 51803, 'conn43', 'Slow query', { type: 'command', ns: 'data.item', command: { find: 'item', filter: { _id: { $in: ['68b2f1'] } }, $db: 'data' }, planSummary: 'COLLSCAN', keysExamined: 0, docsExamined: 90122, nreturned: 3, durationMillis: 203 }),
  mlog(-61, 'I', 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', { message: { ts_sec: Math.floor(Date.parse(T.iso(-61)) / 1000), ts_usec: 120331, thread: '1:0x7f1c5a9ff640', session_name: 'WT_SESSION.checkpoint', category: 'WT_VERB_CHECKPOINT_PROGRESS', category_id: 6, verbose_level: 'DEBUG_1', verbose_level_id: 1, msg: 'saving checkpoint snapshot min: 4412, snapshot max: 4412 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1' } }),
  mlog(-1, 'I', 'STORAGE', 22430, 'Checkpointer', 'WiredTiger message', { message: { ts_sec: Math.floor(Date.parse(T.iso(-1)) / 1000), ts_usec: 98112, thread: '1:0x7f1c5a9ff640', session_name: 'WT_SESSION.checkpoint', category: 'WT_VERB_CHECKPOINT_PROGRESS', category_id: 6, verbose_level: 'DEBUG_1', verbose_level_id: 1, msg: 'saving checkpoint snapshot min: 4417, snapshot max: 4417 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1' } }),
];

const feContainer = system.workloads.find((w) => w.name === 'front-end').containers[0];

export const scenarios = [
  {
    folder: 's69b-carts-threads-parked',
    description: 'sockshop - add to basket just spins forever and checkout gives 500 since ~9am. catalogue/browsing is fine, nothing restarting. orders team says its not them??',
    incidentTime: INCIDENT,
    expected: { component: 'carts', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifest facts (microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f): carts (weaveworksdemos/carts:0.4.8, Spring
      Boot on Tomcat, port 80) has no readiness or liveness probe, so a carts that stops answering stays Running and Ready; front-end
      calls http://carts/carts/{customerId}/items for the basket, and orders fetches the same items URL while it builds an order
      (with address, card and customer from user) through @Async futures it waits on with http.timeout=5 s, failing with
      IllegalStateException "Unable to create order due to timeout from one of the services." when one of them times out.
      Fault (the hung-JVM shape of public post-mortems: process alive, listener open, every request thread blocked on one monitor,
      as a later thread dump shows): from 08:58 every carts request thread is parked. The kernel still accepts connections on :80,
      so callers see no refusal, only requests that never return. carts prints nothing (its log ends at the startup lines, as the
      image logs no per-request line); the pod is Ready with 0 restarts. front-end's request library has no timeout, so "add to
      cart" hangs in the browser (its log shows the POST to carts and no "Item added" after 08:58); orders answers 500 after 5 s
      with the TimeoutException stack trace, and front-end logs the 500 from orders. catalogue and user keep serving normally
      (go-kit logfmt lines), carts-db is healthy.
      Decoys: carts-db logged two COLLSCAN "Slow query" lines three hours before (unrelated, no index on the cart collection);
      front-end was rolled two days ago from 0.3.11 to 0.3.12 and is healthy.
      The answer is carts (the hung dependency); orders and front-end are the loud ones.
      Deviations from upstream: the front-end rollout (0.3.11 -> 0.3.12) is invented as a decoy; log lines are written in the
      shapes of the images' loggers.
    `,
    workloads: {
      'front-end': {
        rollout: { at: -60 * 24 * 2, revision: 4, oldContainers: { 'front-end': { image: feContainer.image.replace('0.3.12', '0.3.11') } } },
      },
    },
    events: [],
    logs: {
      'carts#0/carts': cartsLog,
      'orders#0/orders': ordersLog,
      'front-end#0/front-end': fe,
      'front-end#1/front-end': fe.filter((_, k) => k % 2 === 0),
      'catalogue#0/catalogue': catalogueLog,
      'user#0/user': userLog,
      'carts-db#0/carts-db': cartsDbLog,
    },
  },
];
