// Batch s133d (blind, dev): Sock Shop no-fault scenarios. System as in scripts/s2-scenarios/sock-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

// ---------- 3. basket "empties" on every page: the customer's browser blocks cookies; front-end pod liveness-restarted 28 min before
const T3 = clock('2026-05-14T16:05:00Z');
const feLog3 = (restarted) => {
  const L = [];
  if (restarted) {
    L.push('Using redis for session store');
    L.push('App now running in production mode on port 8079');
  }
  const start = restarted ? -27.5 : -50;
  for (let m = start, i = 0; m < -0.3; m += 0.9, i++) {
    const reqs = [['GET', '/catalogue?size=5', 200, 2], ['GET', '/cart', 200, 2], ['POST', '/cart', 201, 0], ['GET', '/', 200, 8688], ['GET', '/basket.html', 200, 16427], ['GET', '/catalogue/size?tags=', 200, 12], ['GET', '/customers/57a98d98e4b00679b4a830af', 200, 171]];
    const [meth, p, code, len] = reqs[i % reqs.length];
    L.push(`${meth} ${p} ${code} ${(3 + (i % 17) * 1.37).toFixed(3)} ms - ${len}`);
  }
  return L;
};
const carts3 = (() => {
  const L = [];
  for (let m = -55, i = 0; m < -0.5; m += 1.3, i++) {
    const cart = ['q4Tn8wzL2vGpXk1rF7bD0sYcHjM5eA', 'Zr3uP9xWk0LmQa6VtN2cB8yGfDh4sE', 'hK7mW2qR5tYz0NcXb9Lp3VuJa6FgDs', 'Ee1Ss0Pp6Ww4Bb9Kk3Mm7Qq2Tt8Yy5'][i % 4];
    if (i % 3 === 0) L.push(spring(T3, m, 'DEBUG', 'carts', `http-nio-80-exec-${(i % 10) + 1}`, 'w.d.s.c.controllers.ItemsController', `Adding item to cart: Item{id='null', itemId='03fef6ac-1896-4ce8-bd69-b798f85c6e0b', quantity=1, unitPrice=99.99}`));
    L.push(spring(T3, m + 0.01, 'DEBUG', 'carts', `http-nio-80-exec-${(i % 10) + 1}`, 'w.d.s.c.controllers.CartsController', `Creating cart for customer: ${cart}`));
  }
  return L;
})();

// ---------- 4. "add to cart failing" from a ticket about 10:40: carts-db restarted at 10:43, carts recovered in a minute
const T4 = clock('2026-05-15T11:30:00Z');
const carts4 = (() => {
  const L = [];
  for (let m = -58, i = 0; m < -47.2; m += 1.4, i++) L.push(spring(T4, m, 'DEBUG', 'carts', `http-nio-80-exec-${(i % 10) + 1}`, 'w.d.s.c.controllers.ItemsController', "Adding item to cart: Item{id='null', itemId='510a0d7e-8e83-4193-b483-e27e09ddc34d', quantity=1, unitPrice=15.0}"));
  L.push(spring(T4, -47.05, ' INFO', 'carts', 'cluster-ClusterId{value=\'6a1f0c2b9e\', description=\'null\'}-carts-db:27017', 'org.mongodb.driver.cluster', "Exception in monitor thread while connecting to server carts-db:27017"));
  L.push('');
  L.push('com.mongodb.MongoSocketReadException: Prematurely reached end of stream');
  L.push('\tat com.mongodb.connection.SocketStream.read(SocketStream.java:88) ~[mongodb-driver-core-3.2.2.jar!/:na]');
  L.push('\tat com.mongodb.connection.InternalStreamConnection.receiveResponseBuffers(InternalStreamConnection.java:494) ~[mongodb-driver-core-3.2.2.jar!/:na]');
  L.push('\tat com.mongodb.connection.InternalStreamConnection.receiveMessage(InternalStreamConnection.java:224) ~[mongodb-driver-core-3.2.2.jar!/:na]');
  L.push('\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]');
  L.push('\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111-internal]');
  for (let k = 0; k < 5; k++) {
    const m = -46.9 + k * 0.14;
    L.push(spring(T4, m, 'ERROR', 'carts', `http-nio-80-exec-${k + 2}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 10000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]; nested exception is com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting to connect.] with root cause'));
    L.push('');
    L.push('com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING}]');
    L.push('\tat com.mongodb.connection.BaseCluster.getDescription(BaseCluster.java:163) ~[mongodb-driver-core-3.2.2.jar!/:na]');
    L.push('\tat com.mongodb.Mongo.execute(Mongo.java:781) ~[mongodb-3.2.2.jar!/:na]');
    L.push('\tat org.springframework.data.mongodb.core.MongoTemplate.executeFindMultiInternal(MongoTemplate.java:1972) ~[spring-data-mongodb-1.9.2.RELEASE.jar!/:na]');
  }
  L.push(spring(T4, -46.1, ' INFO', 'carts', "cluster-ClusterId{value='6a1f0c2b9e', description='null'}-carts-db:27017", 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:7, serverValue:1}] to carts-db:27017'));
  L.push(spring(T4, -46.1, ' INFO', 'carts', "cluster-ClusterId{value='6a1f0c2b9e', description='null'}-carts-db:27017", 'org.mongodb.driver.cluster', 'Monitor thread successfully connected to server with description ServerDescription{address=carts-db:27017, type=STANDALONE, state=CONNECTED, ok=true, version=ServerVersion{versionList=[3, 4, 24]}, minWireVersion=0, maxWireVersion=5, maxDocumentSize=16777216, roundTripTimeNanos=612843}'));
  for (let m = -45.5, i = 0; m < -0.5; m += 1.6, i++) L.push(spring(T4, m, 'DEBUG', 'carts', `http-nio-80-exec-${(i % 10) + 1}`, 'w.d.s.c.controllers.ItemsController', `Adding item to cart: Item{id='null', itemId='${['510a0d7e-8e83-4193-b483-e27e09ddc34d', '03fef6ac-1896-4ce8-bd69-b798f85c6e0b', 'a0a4f044-b040-410d-8ead-4de0446aec7e'][i % 3]}', quantity=1, unitPrice=${['15.0', '99.99', '7.99'][i % 3]}}`));
  return L;
})();
const cartsDb4 = [
  `{"t":{"$date":"${T4.isoMs(-46.8)}"},"s":"I",  "c":"CONTROL",  "id":20698,   "ctx":"-","msg":"***** SERVER RESTARTED *****"}`,
].length ? (() => {
  // mongo 3.4 text log format (the manifest's untagged "mongo" image is pinned by digest in this cluster to 3.4.24).
  const d = (m) => T4.isoMs(m).replace('Z', '+0000');
  return [
    `${d(-46.8)} I CONTROL  [initandlisten] MongoDB starting : pid=1 port=27017 dbpath=/data/db 64-bit host=%POD%`,
    `${d(-46.8)} I CONTROL  [initandlisten] db version v3.4.24`,
    `${d(-46.8)} I STORAGE  [initandlisten] wiredtiger_open config: create,cache_size=7680M,session_max=20000,eviction=(threads_min=4,threads_max=4),config_base=false,statistics=(fast),log=(enabled=true,archive=true,path=journal,compressor=snappy),file_manager=(close_idle_time=100000),checkpoint=(wait=60,log_size=2GB),statistics_log=(wait=0),`,
    `${d(-46.5)} I NETWORK  [thread1] waiting for connections on port 27017`,
    `${d(-46.1)} I NETWORK  [thread1] connection accepted from %IPOF:carts#0%:48712 #1 (1 connection now open)`,
    `${d(-46.1)} I NETWORK  [conn1] received client metadata from %IPOF:carts#0%:48712 conn1: { driver: { name: "mongo-java-driver", version: "3.2.2" }, os: { type: "Linux", name: "Linux", architecture: "amd64", version: "5.10.227-219.884.amzn2.x86_64" }, platform: "Java/Oracle Corporation/1.8.0_111-internal-alpine-r0-b14" }`,
    `${d(-40.3)} I COMMAND  [conn1] command data.cart command: find { find: "cart", filter: { customerId: "57a98d98e4b00679b4a830b2" } } planSummary: COLLSCAN keysExamined:0 docsExamined:212 cursorExhausted:1 numYields:1 nreturned:1 reslen:341 locks:{ Global: { acquireCount: { r: 4 } } } protocol:op_query 104ms`,
  ];
})() : [];

export const scenarios = [
  {
    folder: 's133d-basket-empties-cookies-blocked',
    description: 'customer on the phone says items disappear from the basket every time they go to another page (sock shop). one of the front-end pods restarted about half an hour ago, related??',
    incidentTime: '2026-05-14T16:05:00Z',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    grounding: `Sock Shop complete-demo.yaml: front-end (Node/Express, port 8079, SESSION_REDIS=true) keeps the cart id in
      the express session whose id travels in the md.sid cookie; carts creates a cart per customer/session id
      ("Creating cart for customer: <id>"). A browser that refuses cookies gets a fresh session on every request and
      so an empty basket on every page: a client-side problem (the customer's browser had "Block all cookies" on).
      Decoy: one front-end replica failed its liveness probe (GET / on 8079, 1 s timeout) three times 29 minutes
      before the report and was restarted by the kubelet (exit 137), healthy and Ready since; the other replica
      never restarted. front-end logs are the morgan "dev" request lines of the upstream image; carts logs follow
      the Spring Boot pattern. Deviation: the restart is this scenario's story.`,
    workloads: {
      'front-end': {
        pods: [
          { containers: { 'front-end': cs.restartedRunning({ restarts: 1, startedAt: T3.iso(-28.2), last: { exitCode: 137, reason: 'Error', startedAt: T3.iso(-60 * 24 * 9 + 0.3), finishedAt: T3.iso(-28.4) } }) }, readyTransition: T3.iso(-27.6) },
          {},
        ],
      },
    },
    events: [
      { on: 'pod:front-end#0', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{front-end}', count: 3, first: -29.1, last: -28.5 },
      { on: 'pod:front-end#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{front-end}', count: 4, first: -29.2, last: -28.4 },
      { on: 'pod:front-end#0', reason: 'Killing', message: 'Container front-end failed liveness probe, will be restarted', fieldPath: 'spec.containers{front-end}', first: -28.5, last: -28.5 },
      { on: 'pod:front-end#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', fieldPath: 'spec.containers{front-end}', first: -28.3, last: -28.3 },
      { on: 'pod:front-end#0', reason: 'Created', message: 'Created container front-end', fieldPath: 'spec.containers{front-end}', first: -28.3, last: -28.3 },
      { on: 'pod:front-end#0', reason: 'Started', message: 'Started container front-end', fieldPath: 'spec.containers{front-end}', first: -28.2, last: -28.2 },
    ],
    logs: {
      'front-end#0/front-end': feLog3(true),
      'front-end#0/front-end/previous': feLog3(false).filter((_, i) => i < 24),
      'front-end#1/front-end': feLog3(false),
      'carts#0/carts': carts3,
    },
  },
  {
    folder: 's133d-carts-db-restart-already-over',
    description: 'ticket from support: "add to basket fails with error" reported around 10:40 this morning. is carts still broken? pls check',
    incidentTime: '2026-05-15T11:30:00Z',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression', 'louder-dependents'],
    grounding: `Sock Shop complete-demo.yaml: carts (Spring Boot, mongodb-driver 3.2) stores carts in carts-db (mongo,
      port 27017, no volume). The ops team ran "kubectl rollout restart deployment/carts-db" at 10:42 (a routine
      restart); for about a minute carts logged the mongo monitor exception and five MongoTimeoutException 500s,
      then reconnected ("Opened connection ... to carts-db:27017") and has served every add-to-cart since. The
      problem the ticket describes was real but ended 45 minutes before the report; nothing is broken now.
      Deviations: the restart is this scenario's story; the untagged "mongo" image is shown logging as mongo 3.4.`,
    workloads: {
      'carts-db': { rollout: { at: -47.5 }, deployAnnotations: {} },
    },
    events: [
      { on: 'deploy:carts-db', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-db-%NEW% to 1', first: -47.5, last: -47.5 },
      { on: 'deploy:carts-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-db-%OLD% to 0 from 1', first: -46.4, last: -46.4 },
      { on: 'rs:carts-db', reason: 'SuccessfulCreate', message: 'Created pod: carts-db-%RS%', first: -47.5, last: -47.5 },
      { on: 'pod:carts-db#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', source: 'default-scheduler', first: -47, last: -47 },
      { on: 'pod:carts-db#0', reason: 'Pulling', message: 'Pulling image "mongo"', fieldPath: 'spec.containers{carts-db}', first: -47, last: -47 },
      { on: 'pod:carts-db#0', reason: 'Pulled', message: 'Successfully pulled image "mongo" in 612ms (612ms including waiting). Image size: 145214209 bytes.', fieldPath: 'spec.containers{carts-db}', first: -46.9, last: -46.9 },
      { on: 'pod:carts-db#0', reason: 'Created', message: 'Created container carts-db', fieldPath: 'spec.containers{carts-db}', first: -46.9, last: -46.9 },
      { on: 'pod:carts-db#0', reason: 'Started', message: 'Started container carts-db', fieldPath: 'spec.containers{carts-db}', first: -46.8, last: -46.8 },
    ],
    logs: {
      'carts#0/carts': carts4,
      'carts-db#0/carts-db': cartsDb4,
    },
  },
];
