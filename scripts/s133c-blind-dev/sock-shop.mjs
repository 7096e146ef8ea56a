// s133c blind dev: Sock Shop (system from scripts/s2-scenarios/sock-shop.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const INC = '2026-05-13T10:41:00Z';
const T = clock(INC);
const RO = -28; // orders rollout
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const JAVA_OPTS = { name: 'JAVA_OPTS', value: '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' };

const ordersLogs = [
  spring(RO + 0.85, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Starting OrderApplication v0.4.8-rc2 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
  spring(RO + 0.86, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'No active profile set, falling back to default profiles: default'),
  spring(RO + 1.2, 'INFO', 'main', 'org.mongodb.driver.cluster', 'Cluster created with settings {hosts=[orders-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout=\'30000 ms\', maxWaitQueueSize=500}'),
  spring(RO + 1.3, 'INFO', 'cluster-ClusterId{value=\'6a4f1c2e9b3d7a0e5c81f2d4\', description=\'null\'}-orders-db:27017', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:1, serverValue:3}] to orders-db:27017'),
  spring(RO + 1.9, 'INFO', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  spring(RO + 1.91, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 58.114 seconds (JVM running for 61.902)'),
];
const feLogs = [];
let n = 0;
for (let m = -60; m < -0.3; m += 2.1) {
  n++;
  feLogs.push(`Request received: /catalogue?size=5, undefined`);
  feLogs.push(`Request received: /cart, undefined`);
  if (m > RO + 2 && n % 2 === 0) {
    const t = Date.parse(T.isoMs(m));
    ordersLogs.push(spring(m, 'ERROR', `http-nio-80-exec-${(n % 10) + 1}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Cannot deserialize instance of `works.weave.socks.orders.entities.Card` out of START_ARRAY token; nested exception is com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize instance of `works.weave.socks.orders.entities.Card` out of START_ARRAY token\n at [Source: (PushbackInputStream); line: 1, column: 12] (through reference chain: org.springframework.hateoas.Resource["content"])] with root cause'));
    ordersLogs.push([
      'com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize instance of `works.weave.socks.orders.entities.Card` out of START_ARRAY token',
      ' at [Source: (PushbackInputStream); line: 1, column: 12] (through reference chain: org.springframework.hateoas.Resource["content"])',
      '\tat com.fasterxml.jackson.databind.exc.MismatchedInputException.from(MismatchedInputException.java:63)',
      '\tat com.fasterxml.jackson.databind.DeserializationContext.reportInputMismatch(DeserializationContext.java:1343)',
      '\tat com.fasterxml.jackson.databind.deser.BeanDeserializer._deserializeFromArray(BeanDeserializer.java:1503)',
      '\tat org.springframework.web.client.RestTemplate$ResponseEntityResponseExtractor.extractData(RestTemplate.java:1000)',
      '\tat works.weave.socks.orders.services.AsyncGetService.getResource(AsyncGetService.java:52)',
      '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:81)',
      '\tat sun.reflect.GeneratedMethodAccessor112.invoke(Unknown Source)',
      '\tat org.springframework.web.servlet.FrameworkServlet.doPost(FrameworkServlet.java:872)',
      '\tat java.lang.Thread.run(Thread.java:748)',
    ].join('\n'));
    feLogs.push(`Posting Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830af","address":"http://user/addresses/57a98d98e4b00679b4a830ad","card":"http://user/cards/57a98d98e4b00679b4a830ae","items":"http://carts/carts/57a98d98e4b00679b4a830af/items"}`);
    feLogs.push(`Order response: {"timestamp":${t},"status":500,"error":"Internal Server Error","exception":"org.springframework.http.converter.HttpMessageNotReadableException","message":"JSON parse error: Cannot deserialize instance of \`works.weave.socks.orders.entities.Card\` out of START_ARRAY token","path":"/orders"}`);
    feLogs.push(`Error: Order response was 500`);
    feLogs.push(`    at Request._callback (/usr/src/app/api/orders/index.js:118:31)`);
  } else if (n % 3 === 0) {
    feLogs.push(`Posting Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830b2","address":"http://user/addresses/57a98d98e4b00679b4a830b0","card":"http://user/cards/57a98d98e4b00679b4a830b1","items":"http://carts/carts/57a98d98e4b00679b4a830b2/items"}`);
    feLogs.push(`Order response: {"id":"6a3f${String(n).padStart(4, '0')}e4b0c7d1f2a9b8e1","customerId":"57a98d98e4b00679b4a830b2","total":${(17.15 + n).toFixed(2)},"_links":{"self":{"href":"http://orders/orders/6a3f${String(n).padStart(4, '0')}e4b0c7d1f2a9b8e1"}}}`);
  }
  feLogs.push(`Request received: /tags, undefined`);
}
ordersLogs.sort((a, b) => a.slice(0, 23).localeCompare(b.slice(0, 23)));
const cartsLogs = [
  `${T.java(-6)}  INFO [carts,,,] 7 --- [nio-80-exec-4] w.w.s.cart.controllers.ItemsController   : Adding item to cart: Item{id='null', itemId='a0a4f044-b040-410d-8ead-4de0446aec7e', quantity=1, unitPrice=7.99}`,
  `${T.java(-3)}  INFO [carts,,,] 7 --- [nio-80-exec-9] w.w.s.cart.controllers.ItemsController   : Adding item to cart: Item{id='null', itemId='808a2de1-1aaa-4c25-a9b9-6612e8f29a38', quantity=1, unitPrice=17.15}`,
];

export const scenarios = [
  {
    folder: 's133c-orders-release-500s',
    description: 'checkout broken for most ppl since ~10:15 — "order response was 500" on the sock shop ui. fulfilment team pls look, cart/catalogue fine',
    incidentTime: INC,
    expected: { component: 'orders', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      orders is the Spring Boot service of Sock Shop (deploy/kubernetes/complete-demo.yaml: weaveworksdemos/orders:0.4.7,
      JAVA_OPTS -Xmx128m, no probes, limits 500m/500Mi). It builds an order by fetching the customer, address and card
      HAL resources from user and the items from carts, then calls payment and shipping. The fault is a release: at
      ~10:13 the Deployment was rolled to an rc build (0.4.8-rc2, not an upstream tag) whose card mapping no longer
      matches what user returns, so every POST /orders fails with a Jackson MismatchedInputException and a 500; the new
      pod starts, has no probes and stays Ready, the old ReplicaSet (0.4.7) is scaled to 0. front-end (Node) logs the
      500 "Order response" and user, carts, payment are healthy. Decoy: carts has one OOMKilled restart three days ago.
      Deviations: the rc tag and its bug are invented after the typical Spring/Jackson deserialization regression; the
      front-end log lines follow api/orders/index.js of front-end 0.3.12.`,
    workloads: {
      orders: {
        rollout: { at: RO, revision: 5, oldContainers: { orders: { image: 'weaveworksdemos/orders:0.4.7' } } },
        containers: { orders: { image: 'weaveworksdemos/orders:0.4.8-rc2', env: [JAVA_OPTS] } },
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.5), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) }, readyTransition: T.iso(-60 * 24 * 3 + 1.2) }],
      },
    },
    events: [
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: RO, last: RO, source: 'deployment-controller' },
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-%OLD% to 0 from 1', first: RO + 1.95, last: RO + 1.95, source: 'deployment-controller' },
      { on: 'rs:orders', reason: 'SuccessfulCreate', message: 'Created pod: orders-%RS%', first: RO + 0.5, last: RO + 0.5 },
      { on: 'pod:orders#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: RO + 0.5, last: RO + 0.5, source: 'default-scheduler' },
      { on: 'pod:orders#0', reason: 'Pulling', message: 'Pulling image "weaveworksdemos/orders:0.4.8-rc2"', first: RO + 0.55, last: RO + 0.55, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/orders:0.4.8-rc2" in 6.214s (6.214s including waiting). Image size: 105227811 bytes.', first: RO + 0.7, last: RO + 0.7, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'Created', message: 'Created container orders', first: RO + 0.75, last: RO + 0.75, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'Started', message: 'Started container orders', first: RO + 0.79, last: RO + 0.79, fieldPath: 'spec.containers{orders}' },
    ],
    logs: {
      'orders#0/orders': ordersLogs,
      'front-end#0/front-end': feLogs,
      'carts#0/carts': cartsLogs,
    },
  },
];
