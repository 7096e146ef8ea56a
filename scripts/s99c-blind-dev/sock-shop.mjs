// Blind dev batch s99c: Sock Shop scenario spec (carts told to write with w=2 against a standalone carts-db).
// System part copied from scripts/s2-scenarios/sock-shop.mjs (complete-demo.yaml at 9dff06f); built by scripts/s99c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const I = '2026-04-21T10:58:00Z';
const T = clock(I);
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [carts,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const OLD = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const NEW = `${OLD} -Dspring.data.mongodb.uri=mongodb://carts-db:27017/data?w=2&wtimeoutMS=5000`;
const err = "Command failed with error 2: 'cannot use 'w' > 1 when a host is not replicated' on server carts-db:27017. The full response is { \"ok\" : 0.0, \"errmsg\" : \"cannot use 'w' > 1 when a host is not replicated\", \"code\" : 2, \"codeName\" : \"BadValue\" }";
const cartsLog = [
  spring(-24.6, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'Starting CartApplication v0.4.8 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
  spring(-24.5, 'INFO', 'main', 'org.mongodb.driver.cluster', "Cluster created with settings {hosts=[carts-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}"),
  spring(-24.4, 'INFO', 'ver-carts-db:27017', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:1, serverValue:31}] to carts-db:27017'),
  spring(-24.4, 'INFO', 'ver-carts-db:27017', 'org.mongodb.driver.cluster', 'Monitor thread successfully connected to server with description ServerDescription{address=carts-db:27017, type=STANDALONE, state=CONNECTED, ok=true}'),
  spring(-23.9, 'INFO', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  spring(-23.9, 'INFO', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 41.87 seconds (JVM running for 43.5)'),
];
for (const m of [-21.2, -17.8, -14.1, -9.6, -6.3, -3.4, -1.2]) {
  cartsLog.push(spring(m, 'ERROR', 'http-nio-80-exec-' + (Math.round(-m) % 9 + 1), 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.data.mongodb.UncategorizedMongoDbException: ${err}; nested exception is com.mongodb.MongoCommandException: ${err}] with root cause`));
  cartsLog.push(`com.mongodb.MongoCommandException: ${err}`, '\tat com.mongodb.connection.ProtocolHelper.getCommandFailureException(ProtocolHelper.java:115)', '\tat com.mongodb.connection.WriteCommandProtocol.receiveMessage(WriteCommandProtocol.java:268)', '\tat com.mongodb.connection.WriteCommandProtocol.execute(WriteCommandProtocol.java:104)', '\tat com.mongodb.connection.InsertCommandProtocol.execute(InsertCommandProtocol.java:67)', '\tat org.springframework.data.mongodb.core.MongoTemplate$12.doInCollection(MongoTemplate.java:1015)', '\tat works.weave.socks.cart.item.ItemsController.addToCart(ItemsController.java:63)', '\t... 87 common frames omitted');
}
const fe = [];
for (const m of [-21.2, -17.8, -14.1, -9.6, -6.3, -3.4, -1.2]) {
  fe.push('Attempting to add to cart: {"id":"3395a43e-2d88-40de-b95f-e00e1502085b"}');
  fe.push('Error: Unable to add to cart. Status code: 500', '    at Request._callback (/usr/src/app/api/cart/index.js:137:33)', '    at Request.self.callback (/usr/src/app/node_modules/request/request.js:187:22)', '    at emitTwo (events.js:106:13)', '    at Request.emit (events.js:191:7)');
  fe.push('GET /cart 200');
}
export const scenarios = [
  {
    folder: 's99c-carts-write-concern-standalone',
    incidentTime: I,
    description: 'add to basket broken on the sock shop since ~10:35?? browsing + login still fine, basket page just shows whatever was there before',
    expected: { component: 'carts', cause: 'config-error' },
    alsoAcceptable: [{ component: 'carts', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (complete-demo.yaml at 9dff06f): carts (weaveworksdemos/carts:0.4.8, Spring Boot, JAVA_OPTS env) writes to the
      standalone mongo Deployment carts-db on 27017; front-end calls carts for POST /cart. Fault: a release (revision 4, 23 minutes
      before the incident) appended -Dspring.data.mongodb.uri=mongodb://carts-db:27017/data?w=2&wtimeoutMS=5000 to JAVA_OPTS, prepared
      for a planned replica-set migration; a standalone mongod refuses every write with w>1 ("cannot use 'w' > 1 when a host is not
      replicated", BadValue, code 2 - the server error operators report when a replica-set write concern reaches a standalone), reads
      work. carts starts, stays Ready (its /health does not write), only adds to cart fail; front-end's "Unable to add to cart. Status
      code: 500" stack traces are louder. Decoy: queue-master restarted three days ago after an OOMKilled. Deviation from upstream:
      the extra system property; carts-db logs omitted.`,
    workloads: {
      carts: {
        containers: { carts: { env: [{ name: 'JAVA_OPTS', value: NEW }] } },
        rollout: { at: -25, oldContainers: { carts: { env: [{ name: 'JAVA_OPTS', value: OLD }] } } },
      },
      'queue-master': { pods: [{ containers: { 'queue-master': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }] },
    },
    events: [
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', first: -25 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-%OLD% to 0 from 1', first: -23.8 },
      { on: 'pod:carts#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -25 },
      { on: 'pod:carts#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/carts:0.4.8" already present on machine', first: -24.8, fieldPath: 'spec.containers{carts}' },
      { on: 'pod:carts#0', reason: 'Created', message: 'Created container carts', first: -24.8, fieldPath: 'spec.containers{carts}' },
      { on: 'pod:carts#0', reason: 'Started', message: 'Started container carts', first: -24.7, fieldPath: 'spec.containers{carts}' },
    ],
    logs: {
      'carts#0/carts': cartsLog,
      'front-end#0/front-end': fe,
      'front-end#1/front-end': ['GET /catalogue?size=5 200', 'GET /catalogue/size 200', 'GET /tags 200', 'GET /cart 200', 'GET /customers/57a98d98e4b00679b4a830b2 200'],
      'queue-master#0/queue-master': [`${T.java(-60 * 24 * 3 + 1)}  INFO [queue-master,,,] 7 --- [           main] w.w.s.q.QueueMasterApplication           : Started QueueMasterApplication in 38.2 seconds (JVM running for 40.1)`],
    },
  },
];
