// Blind dev batch s129a: Sock Shop scenarios (system from scripts/s2-scenarios/sock-shop.mjs).
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const JAVA_OPTS = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const ordersBase = base.workloads.find((w) => w.name === 'orders').containers[0];
const catBase = base.workloads.find((w) => w.name === 'catalogue').containers[0];
const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;

// ---------- 1. orders: http.timeout=0 in JAVA_OPTS -------------------------------------------------------------
const T1 = clock('2026-04-07T14:32:00Z');
const o1at = -27;
const ordersTrace = (min) => [
  spring(T1, min, 'ERROR', 'orders', 'nio-80-exec-' + (Math.abs(Math.round(min * 7)) % 9 + 1), 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.TimeoutException] with root cause'),
  '',
  'java.util.concurrent.TimeoutException: null',
  '\tat java.util.concurrent.CompletableFuture.timedGet(CompletableFuture.java:1771) ~[na:1.8.0_111-internal]',
  '\tat java.util.concurrent.CompletableFuture.get(CompletableFuture.java:1915) ~[na:1.8.0_111-internal]',
  '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:73) ~[classes!/:na]',
  '\tat sun.reflect.GeneratedMethodAccessor94.invoke(Unknown Source) ~[na:na]',
  '\tat sun.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43) ~[na:1.8.0_111-internal]',
  '\tat java.lang.reflect.Method.invoke(Method.java:498) ~[na:1.8.0_111-internal]',
  '\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:221) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:114) ~[spring-webmvc-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:963) ~[spring-webmvc-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
  '\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166) ~[tomcat-embed-core-8.5.6.jar!/:8.5.6]',
  '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]',
];
const ordersLog = [
  spring(T1, o1at + 0.6, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Starting OrderApplication v0.4.7 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
  spring(T1, o1at + 0.9, 'INFO', 'orders', 'main', 'org.mongodb.driver.cluster', "Cluster created with settings {hosts=[orders-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}"),
  spring(T1, o1at + 0.95, 'INFO', 'orders', 'db:27017', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:1, serverValue:212}] to orders-db:27017'),
  spring(T1, o1at + 1.3, 'INFO', 'orders', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  spring(T1, o1at + 1.32, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 41.87 seconds (JVM running for 44.1)'),
];
for (const m of [-21.4, -17.9, -13.2, -9.6, -6.1, -3.3]) {
  ordersLog.push(spring(T1, m, 'DEBUG', 'orders', 'nio-80-exec-4', 'w.w.s.o.controllers.OrdersController', 'Starting calls'));
  ordersLog.push(...ordersTrace(m + 0.002));
}
ordersLog.push(spring(T1, -2.2, 'INFO', 'orders', 'nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'GET /orders/search/customerId?custId=57a98d98e4b00679b4a830b2&sort=date 200'));
const feOrders = [];
for (const m of [-31.0, -29.4]) feOrders.push(`Order response: {"id":"5f3c${Math.abs(m * 10)}a1e4b0c7d2a9f1e6${Math.abs(m * 10)}","customerId":"57a98d98e4b00679b4a830b2","total":104.98,"shipment":{"id":"4b4a1f1c-2d3e-4c1a-9b0f-1d2c3e4f5a6b","name":"57a98d98e4b00679b4a830b2"}}`);
for (const m of [-21.4, -17.9, -13.2, -9.6, -6.1, -3.3]) {
  feOrders.push(`Order response: {"timestamp":${Date.parse('2026-04-07T14:32:00Z') + Math.round(m * 60000)},"status":500,"error":"Internal Server Error","exception":"java.util.concurrent.TimeoutException","message":"No message available","path":"/orders"}`);
  feOrders.push('Error placing order: 500');
}
const fe1 = ['Using redis for session store', 'App now running in production mode on port 8079', ...feOrders.slice(0, 4), 'GET /catalogue?size=5 200', ...feOrders.slice(4)];

const s1 = {
  folder: 's129a-orders-http-timeout-zero',
  description: 'checkout broken on sockshop since ~14:05, every "place order" gives an error page. frontend logs full of 500s from orders. payment team says nothing changed on their side',
  incidentTime: '2026-04-07T14:32:00Z',
  expected: { component: 'orders', cause: 'config-error' },
  alsoAcceptable: [{ component: 'orders', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'rollout-regression', 'time-expression', 'decoy'],
  grounding: `
    Sock Shop orders (complete-demo.yaml, weaveworksdemos/orders:0.4.7) reads the Spring property http.timeout
    (@Value("\${http.timeout:5}") in OrdersController, seconds) and waits on its address/card/customer and payment futures
    with future.get(timeout, TimeUnit.SECONDS). At ~14:05 a manifest change appended -Dhttp.timeout=0 to orders' JAVA_OPTS
    (meant as "no timeout" while someone chased slow payment calls; Future.get(0, SECONDS) instead times out at once), so
    every POST /orders throws java.util.concurrent.TimeoutException and Spring answers 500; the front-end logs the 500s and
    "Error placing order". Orders pods stay Ready (no probes upstream; /health does not touch that path). The old ReplicaSet
    carries the upstream JAVA_OPTS. Decoy: payment had an unrelated OOM restart three days ago. Deviations: the rollout,
    the property value, the payment restart; log lines follow Spring Boot 1.4 / Node front-end formats from upstream images.`,
  workloads: {
    orders: {
      rollout: { at: o1at, oldContainers: { orders: { env: [{ name: 'JAVA_OPTS', value: JAVA_OPTS }] } } },
      containers: { orders: { env: [{ name: 'JAVA_OPTS', value: `${JAVA_OPTS} -Dhttp.timeout=0` }] } },
    },
    payment: {
      since: -60 * 24 * 12,
      pods: [{ containers: { payment: { state: { running: { startedAt: T1.iso(-60 * 24 * 3) } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 12), finishedAt: T1.iso(-60 * 24 * 3 - 0.1), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
    },
  },
  events: [
    { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: o1at },
    { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-%OLD% to 0 from 1', first: o1at + 1.5 },
    { on: 'pod:orders#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: o1at + 0.5, source: 'default-scheduler' },
    { on: 'pod:orders#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/orders:0.4.7" already present on machine', first: o1at + 0.55, fieldPath: 'spec.containers{orders}' },
    { on: 'pod:orders#0', reason: 'Created', message: 'Created container orders', first: o1at + 0.56, fieldPath: 'spec.containers{orders}' },
    { on: 'pod:orders#0', reason: 'Started', message: 'Started container orders', first: o1at + 0.58, fieldPath: 'spec.containers{orders}' },
  ],
  logs: {
    'orders#0/orders': ordersLog,
    'front-end#0/front-end': fe1,
    'front-end#1/front-end': ['Using redis for session store', 'App now running in production mode on port 8079', 'GET /catalogue?size=5 200', 'GET /cart 200', ...feOrders.slice(5, 9)],
    'payment#0/payment': [kit(T1, -60, 'transport=HTTP port=80'), kit(T1, -31.0, 'method=Authorise result=true took=32.1µs'), kit(T1, -29.4, 'method=Authorise result=true took=27.8µs'), kit(T1, -5, 'method=Health result=2 took=3.9µs')],
  },
};

// ---------- 2. catalogue: -DSN with a misspelt schema name -----------------------------------------------------
const T2 = clock('2026-04-09T09:48:00Z');
const c2at = -34;
const DSN_BAD = 'catalogue_user:default_password@tcp(catalogue-db:3306)/sockdb';
const denied = "Error 1044: Access denied for user 'catalogue_user'@'%' to database 'sockdb'";
const catLog = [
  kit(T2, c2at + 0.6, `Error="Unable to connect to Database" DSN=${DSN_BAD}`),
  kit(T2, c2at + 0.61, 'transport=HTTP port=80'),
];
for (const m of [-31.2, -26.5, -22.8, -18.3, -14.9, -11.1, -7.4, -4.0, -1.6]) {
  catLog.push(kit(T2, m, `database error="${denied}"`));
  catLog.push(kit(T2, m + 0.0001, `method=List tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=1.84ms`));
  catLog.push(kit(T2, m + 0.05, `method=Health result=2 took=1.2ms`));
}
const s2 = {
  folder: 's129a-catalogue-dsn-wrong-schema',
  description: 'shop front page shows no socks for the last half hour, catalog empty. saw access denied in some db log?? maybe catalouge-db creds, pls check',
  incidentTime: '2026-04-09T09:48:00Z',
  expected: { component: 'catalogue', cause: 'config-error' },
  alsoAcceptable: [{ component: 'catalogue', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'rollout-regression', 'typo', 'partial-name', 'time-expression', 'louder-dependents'],
  grounding: `
    Sock Shop catalogue (Go, weaveworksdemos/catalogue:0.3.5) takes its MySQL DSN from the -DSN flag (default
    catalogue_user:default_password@tcp(catalogue-db:3306)/socksdb); main.go only logs "Unable to connect to Database"
    when the startup ping fails and keeps serving, and the service logs "database error" and returns ErrDBConnection
    ("database connection error") from List. catalogue-db's dump grants catalogue_user ALL on socksdb.* only, so a DSN
    naming schema "sockdb" is answered by MySQL with Error 1044 (access denied to database), which reads like a
    credentials problem but is a wrong schema name. ~09:14 a manifest change (same image) made the DSN explicit in the
    args with the typo; the old ReplicaSet has the upstream args [-port=80]. /health answers 200 with the db entry
    "err", so the readiness probe keeps the pod Ready. Deviations: the rollout and the typo; catalogue-db logs nothing
    for denied schema access at default verbosity.`,
  workloads: {
    catalogue: {
      rollout: { at: c2at, oldContainers: { catalogue: { args: ['-port=80'] } } },
      containers: { catalogue: { args: ['-port=80', `-DSN=${DSN_BAD}`] } },
    },
  },
  events: [
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: c2at },
    { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: c2at + 3.2 },
    { on: 'pod:catalogue#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: c2at + 0.5, source: 'default-scheduler' },
    { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: c2at + 0.58, fieldPath: 'spec.containers{catalogue}' },
  ],
  logs: {
    'catalogue#0/catalogue': catLog,
    'front-end#0/front-end': ['Using redis for session store', 'App now running in production mode on port 8079', 'GET /catalogue?page=1&size=6 500', 'Error: Internal Server Error', '    at Request._callback (/usr/src/app/api/catalogue/index.js:22:21)', 'GET /catalogue/size?tags= 500', 'GET /cart 200', 'GET /catalogue?page=1&size=6 500', 'GET /catalogue?size=3 500'],
    'front-end#1/front-end': ['Using redis for session store', 'App now running in production mode on port 8079', 'GET /catalogue?page=1&size=6 500', 'GET /login 200', 'GET /catalogue?page=1&size=6 500'],
    'catalogue-db#0/catalogue-db': ['2026-03-28T02:11:40.118231Z 0 [Note] mysqld: ready for connections.', "Version: '5.7.15'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)", '2026-04-09T03:12:07.402771Z 1841 [Note] Aborted connection 1841 to db: \'socksdb\' user: \'catalogue_user\' host: \'10.0.2.77\' (Got an error reading communication packets)'],
    'orders#0/orders': [spring(T2, -20, 'INFO', 'orders', 'nio-80-exec-3', 'w.w.s.o.controllers.OrdersController', 'GET /orders/search/customerId 200')],
  },
};

export const scenarios = [s1, s2];
