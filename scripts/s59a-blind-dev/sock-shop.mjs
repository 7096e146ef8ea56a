// Blind dev batch s59a: one Sock Shop scenario (carts given a MongoDB URI with replicaSet=rs0 against a standalone carts-db).
// Built by scripts/s59a-build.mjs with the session-2 Sock Shop system definition (scripts/s2-scenarios/sock-shop.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-07-15T13:37:00Z');
const ROLL = -47; // carts rollout (12:50)
const OLD_OPTS = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const NEW_OPTS = `${OLD_OPTS} -Dspring.data.mongodb.uri=mongodb://carts-db:27017/data?replicaSet=rs0`;

// Spring Boot 1.x console pattern with Sleuth's [app,trace,span,export] (as the session-2 system prints it).
const spring = (min, level, app, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.slice(-15).padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const st = (s) => ROLL + 0.5 + s / 60;
const CL = "cluster-ClusterId{value='6a2f41c0e4b0a7d913c58f22', description='null'}-carts-db:27017";
const TIMEOUT_MSG =
  'Timed out after 30000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=REPLICA_SET, servers=[]';
const cartsFail = (min, thread) => [
  spring(min, 'ERROR', 'carts', thread, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]',
    `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: ${TIMEOUT_MSG}; nested exception is com.mongodb.MongoTimeoutException: ${TIMEOUT_MSG}] with root cause`),
  '',
  `com.mongodb.MongoTimeoutException: ${TIMEOUT_MSG}`,
  '\tat com.mongodb.connection.BaseCluster.getDescription(BaseCluster.java:163)',
  '\tat com.mongodb.Mongo.getClusterDescription(Mongo.java:416)',
  '\tat com.mongodb.Mongo.getServerAddressList(Mongo.java:409)',
  '\tat org.springframework.data.mongodb.core.MongoTemplate.doFindOne(MongoTemplate.java:1958)',
  '\tat org.springframework.data.mongodb.core.MongoTemplate.findOne(MongoTemplate.java:636)',
  '\tat org.springframework.data.mongodb.repository.query.MongoQueryExecution$SingleEntityExecution.execute(MongoQueryExecution.java:201)',
  '\tat org.springframework.data.mongodb.repository.query.AbstractMongoQuery.execute(AbstractMongoQuery.java:91)',
  '\tat com.sun.proxy.$Proxy72.findByCustomerId(Unknown Source)',
  '\tat works.weave.socks.cart.cart.CartDAO$MongoCartDAO.findByCustomerId(CartDAO.java:34)',
  '\tat works.weave.socks.cart.cart.CartResource.lambda$value$0(CartResource.java:27)',
  '\tat works.weave.socks.cart.controllers.ItemsController.getItems(ItemsController.java:53)',
  '\tat sun.reflect.GeneratedMethodAccessor112.invoke(Unknown Source)',
  '\tat org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:114)',
  '\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:963)',
  '\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)',
  '\tat java.lang.Thread.run(Thread.java:745)',
  '',
];
const CART_FAILS = [[-44.1, 'http-nio-80-exec-3'], [-39.5, 'http-nio-80-exec-6'], [-33.2, 'http-nio-80-exec-2'], [-27.8, 'http-nio-80-exec-9'], [-21.4, 'http-nio-80-exec-4'], [-15.6, 'http-nio-80-exec-7'], [-9.9, 'http-nio-80-exec-1'], [-4.3, 'http-nio-80-exec-5']];
const cartsLog = [
  '',
  '  .   ____          _            __ _ _',
  " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
  "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
  " \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )",
  "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
  ' =========|_|==============|___/=/_/_/_/',
  ' :: Spring Boot ::        (v1.4.4.RELEASE)',
  '',
  spring(st(4), 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Starting CartApplication v0.4.8 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
  spring(st(4.1), 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'No active profile set, falling back to default profiles: default'),
  spring(st(11.2), 'INFO', 'carts', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat initialized with port(s): 80 (http)'),
  spring(st(14.8), 'INFO', 'carts', 'main', 'org.mongodb.driver.cluster', "Cluster created with settings {hosts=[carts-db:27017], mode=MULTIPLE, requiredClusterType=REPLICA_SET, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500, requiredReplicaSetName='rs0'}"),
  spring(st(14.8), 'INFO', 'carts', 'main', 'org.mongodb.driver.cluster', 'Adding discovered server carts-db:27017 to client view of cluster'),
  spring(st(14.9), 'INFO', 'carts', CL, 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:1, serverValue:2214}] to carts-db:27017'),
  spring(st(14.9), 'ERROR', 'carts', CL, 'org.mongodb.driver.cluster', 'Expecting replica set member, but found a STANDALONE.  Removing carts-db:27017 from client view of cluster.'),
  spring(st(19.6), 'INFO', 'carts', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  spring(st(19.7), 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 18.912 seconds (JVM running for 20.534)'),
  ...CART_FAILS.flatMap(([t, th]) => cartsFail(t, th)),
];

// orders: OrdersController.newOrder waits http.timeout (5 s) on the carts items future.
const ordersFail = (min, thread) => [
  spring(min, 'ERROR', 'orders', thread, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]',
    'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.lang.IllegalStateException: Unable to create order due to timeout from one of the services.] with root cause'),
  '',
  'java.util.concurrent.TimeoutException: null',
  '\tat java.util.concurrent.FutureTask.get(FutureTask.java:205)',
  '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:87)',
  '\tat sun.reflect.GeneratedMethodAccessor97.invoke(Unknown Source)',
  '\tat org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:114)',
  '\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:963)',
  '\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)',
  '\tat java.lang.Thread.run(Thread.java:745)',
  '',
];
const ORDER_FAILS = [[-42.6, 'http-nio-80-exec-8'], [-36.3, 'http-nio-80-exec-1'], [-30.9, 'http-nio-80-exec-5'], [-24.2, 'http-nio-80-exec-3'], [-18.7, 'http-nio-80-exec-10'], [-12.5, 'http-nio-80-exec-2'], [-7.1, 'http-nio-80-exec-6'], [-2.6, 'http-nio-80-exec-4']];
const ordersLog = [
  spring(-58.1, 'INFO', 'orders', 'http-nio-80-exec-7', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
  ...ORDER_FAILS.flatMap(([t, th]) => ordersFail(t, th)),
];

// front-end (Express): api/cart and api/orders console.log lines.
const feCart = (min, cust) => [`Request received: /cart, undefined`, `Customer ID: ${cust}`];
const feLog = [
  ...feCart(-50.2, '57a98d98e4b00679b4a830af'),
  'Posting Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830af","address":"http://user/addresses/57a98d98e4b00679b4a830b0","card":"http://user/cards/57a98d98e4b00679b4a830b1","items":"http://carts/carts/57a98d98e4b00679b4a830af/items"}',
  ...feCart(-44.6, '57a98d98e4b00679b4a830ae'),
  ...feCart(-39.9, '57a98d98e4b00679b4a830af'),
  'Posting Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830af","address":"http://user/addresses/57a98d98e4b00679b4a830b0","card":"http://user/cards/57a98d98e4b00679b4a830b1","items":"http://carts/carts/57a98d98e4b00679b4a830af/items"}',
  `Order response: {"timestamp":${Date.parse(T.isoMs(-36.3))},"status":500,"error":"Internal Server Error","exception":"java.lang.IllegalStateException","message":"Unable to create order due to timeout from one of the services.","path":"/orders"}`,
  ...feCart(-28.3, '57a98d98e4b00679b4a830b2'),
  ...feCart(-16.1, '57a98d98e4b00679b4a830ae'),
  'Posting Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830b2","address":"http://user/addresses/57a98d98e4b00679b4a830b3","card":"http://user/cards/57a98d98e4b00679b4a830b4","items":"http://carts/carts/57a98d98e4b00679b4a830b2/items"}',
  `Order response: {"timestamp":${Date.parse(T.isoMs(-12.5))},"status":500,"error":"Internal Server Error","exception":"java.lang.IllegalStateException","message":"Unable to create order due to timeout from one of the services.","path":"/orders"}`,
  ...feCart(-4.8, '57a98d98e4b00679b4a830af'),
];

// carts-db: MongoDB structured log (connections of the new carts pod: its monitor, and pooled connections).
const mdb = (min, id, ctx, msg, attr) =>
  JSON.stringify({ t: { $date: T.isoMs(min).replace('Z', '+00:00') }, s: 'I', c: 'NETWORK', id, ctx, msg, attr });
const cartsDbLog = [
  mdb(st(14.9), 22943, 'listener', 'Connection accepted', { remote: '%IPOF:carts#0%:46218', uuid: '9c1e7f42-3b5d-4a18-8e0c-6d2f9a1b7c35', connectionId: 2214, connectionCount: 3 }),
  mdb(st(14.91), 51800, 'conn2214', 'client metadata', { remote: '%IPOF:carts#0%:46218', client: 'conn2214', doc: { driver: { name: 'mongo-java-driver', version: '3.2.2' }, os: { type: 'Linux', name: 'Linux', architecture: 'amd64', version: '5.10.227-219.884.amzn2.x86_64' }, platform: 'Java/Oracle Corporation/1.8.0_111-internal-alpine-r0' } }),
  mdb(ROLL + 1.2, 22944, 'conn1187', 'Connection ended', { remote: '10.0.2.77:51840', uuid: '2b8d0e61-7c4a-4f93-b1e5-0a9c3d6f2e18', connectionId: 1187, connectionCount: 2 }),
  mdb(ROLL + 1.2, 22944, 'conn1188', 'Connection ended', { remote: '10.0.2.77:51852', uuid: '7f3a5c29-1e8b-4d06-9a4f-c2b7e0d5a913', connectionId: 1188, connectionCount: 1 }),
];

export const scenarios = [
  {
    folder: 's59a-carts-mongo-uri-replicaset-standalone',
    description: 'sock shop: checkout failing for ~45 min, basket page hangs then comes back empty. catalogue and login are fine',
    incidentTime: '2026-07-15T13:37:00Z',
    expected: { component: 'carts', cause: 'config-error' },
    alsoAcceptable: [{ component: 'carts', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'rollout-regression', 'time-expression', 'decoy'],
    workloads: {
      carts: {
        rollout: { at: ROLL, revision: 6, oldContainers: { carts: { env: [{ name: 'JAVA_OPTS', value: OLD_OPTS }] } } },
        containers: { carts: { env: [{ name: 'JAVA_OPTS', value: NEW_OPTS }] } },
      },
      // decoy: queue-master OOMKilled three days ago
      'queue-master': {
        pods: [{
          containers: {
            'queue-master': cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 3 + 0.5),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', first: ROLL },
      { on: 'pod:carts#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.5 },
      { on: 'pod:carts#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/carts:0.4.8" already present on machine', fieldPath: 'spec.containers{carts}', first: ROLL + 0.51 },
      { on: 'pod:carts#0', reason: 'Created', message: 'Created container carts', fieldPath: 'spec.containers{carts}', first: ROLL + 0.52 },
      { on: 'pod:carts#0', reason: 'Started', message: 'Started container carts', fieldPath: 'spec.containers{carts}', first: ROLL + 0.53 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-%OLD% to 0 from 1', first: ROLL + 0.6 },
    ],
    logs: {
      'carts#0/carts': cartsLog,
      'orders#0/orders': ordersLog,
      'front-end#0/front-end': feLog,
      'carts-db#0/carts-db': cartsDbLog,
    },
    grounding: `
      Fault: carts runs with a MongoDB URI it accepts at start but that can never select a server. At 12:50 the commerce
      team merged a change "prepare carts for the carts-db replica-set migration" that appends
      -Dspring.data.mongodb.uri=mongodb://carts-db:27017/data?replicaSet=rs0 to carts' JAVA_OPTS (the image's java.sh
      passes JAVA_OPTS to the JVM, and a system property overrides application.properties) before carts-db was turned
      into a replica set; carts-db is still the standalone mongo of complete-demo.yaml. The mongo-java-driver 3.x then
      builds a REPLICA_SET cluster, connects, sees a STANDALONE and removes it ("Expecting replica set member, but found
      a STANDALONE.  Removing carts-db:27017 from client view of cluster." - MultiServerCluster.handleReplicaSetMemberChanged),
      so every query waits the 30 s serverSelectionTimeout and fails with MongoTimeoutException "Client view of cluster
      state is {type=REPLICA_SET, servers=[]". Spring Data connects lazily, so the application starts, Tomcat listens on
      80 and the pod is Running and Ready (carts has no probes in complete-demo.yaml).
      Effects: every carts call hangs 30 s and answers 500; the front-end's basket page shows an empty cart; orders
      (OrdersController.newOrder waits http.timeout = 5 s on the carts items future) fails every checkout with
      IllegalStateException "Unable to create order due to timeout from one of the services." - orders is the loudest
      component. catalogue, user and carts-db are healthy (carts-db only shows the new pod's connections).
      Expected: carts / config-error (a wrong value the workload reads but does not reject at start); carts /
      bad-deploy-rollout is also accepted, since the value arrived with a Deployment rollout (revision 6) that a careful
      engineer could name as the cause.
      Decoy: queue-master was OOMKilled three days ago (restartCount 1), unrelated.
      Deviations from upstream: the JAVA_OPTS addition is the incident's; log lines follow Spring Boot 1.4 with Sleuth,
      the MongoDB JSON log and the front-end's console.log lines.
    `,
  },
];
