// Sock Shop dev scenarios of the s6 batch: written blind (the author had not read the rule packs, the engine or correlation
// code, nor the system's other scenarios, and never ran the engine on these). Expected answers were fixed before
// generation. The system is the session-2 one; grounding in each scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.slice(-15).padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const range = (from, to, step) => { const out = []; for (let m = from; m < to; m += step) out.push(Math.round(m * 1000) / 1000); return out; };
const dur = (x, i) => `${(x + ((i * 7919) % 997) / 1e6 + 0.000001).toFixed(6).replace(/0+$/, '')}ms`;
const morgan = (method, url, status, ms, len) => `${method} ${url} ${status} ${ms.toFixed(3)} ms - ${len}`;
const rabbitTs = (T, min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()}::${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
};
const CUSTOMERS = ['57a98d98e4b00679b4a830af', '57a98d98e4b00679b4a830b2', '57a98d98e4b00679b4a830b5'];
const SOCKS = ['3395a43e-2d88-40de-b95f-e00e1502085b', '510a0d7e-8e83-4193-b483-e27e09ddc34d', 'a0a4f044-b040-410d-8ead-4de0446aec7e', '808a2de1-1aaa-4c25-a9b9-6612e8f29a38', 'd3588630-ad8e-49df-bbd7-3167f7efb246'];
const dispatcher = (T, m, app, exec, nested, root) => [
  spring(T, m, 'ERROR', app, `http-nio-80-exec-${exec}`, 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', `Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [${nested.startsWith('Handler dispatch failed') ? nested : `Request processing failed; nested exception is ${nested}`}] with root cause`),
  '',
  ...root,
];

export const scenarios = [];

// 1 — dependency-down: carts-db scaled to zero by kube-downscaler (an uptime annotation copied from the staging overlay).
{
  const T = clock('2026-11-12T18:24:00Z');
  const refused = 'java.net.ConnectException: Connection refused (Connection refused)';
  const timeoutMsg = 'Timed out after 30000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=UNKNOWN, servers=[{address=carts-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]';
  const carts = [
    ...range(-50, -25, 2.5).map((m, i) => spring(T, m, ' INFO', 'carts', `http-nio-80-exec-${(i % 9) + 1}`, 'w.w.s.cart.controllers.CartsController', `Getting cart for customer ${CUSTOMERS[i % 3]}`)),
    spring(T, -23.9, ' INFO', 'carts', '-carts-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
    '',
    'com.mongodb.MongoSocketReadException: Prematurely reached end of stream',
    '\tat com.mongodb.connection.SocketStream.read(SocketStream.java:88) ~[mongodb-driver-core-3.2.2.jar!/:na]',
    '\tat com.mongodb.connection.InternalStreamConnection.receiveResponseBuffers(InternalStreamConnection.java:494) ~[mongodb-driver-core-3.2.2.jar!/:na]',
    '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]',
    '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111]',
    '',
    ...range(-23.7, -0.5, 2.3).flatMap((m, i) => (i % 2 === 0
      ? [
          spring(T, m, ' INFO', 'carts', '-carts-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
          '',
          'com.mongodb.MongoSocketOpenException: Exception opening socket',
          '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]',
          '\tat com.mongodb.connection.InternalStreamConnection.open(InternalStreamConnection.java:114) ~[mongodb-driver-core-3.2.2.jar!/:na]',
          '\tat com.mongodb.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:128) ~[mongodb-driver-core-3.2.2.jar!/:na]',
          '\tat java.lang.Thread.run(Thread.java:745) [na:1.8.0_111]',
          `Caused by: ${refused}`,
          '\tat java.net.PlainSocketImpl.socketConnect(Native Method) ~[na:1.8.0_111]',
          '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350) ~[na:1.8.0_111]',
          '\tat java.net.Socket.connect(Socket.java:589) ~[na:1.8.0_111]',
          '\tat com.mongodb.connection.SocketStreamHelper.initialize(SocketStreamHelper.java:50) ~[mongodb-driver-core-3.2.2.jar!/:na]',
          '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:58) ~[mongodb-driver-core-3.2.2.jar!/:na]',
          '\t... 3 common frames omitted',
          '',
        ]
      : dispatcher(T, m, 'carts', (i % 9) + 1, `org.springframework.dao.DataAccessResourceFailureException: ${timeoutMsg}; nested exception is com.mongodb.MongoTimeoutException: ${timeoutMsg}`, [
          `com.mongodb.MongoTimeoutException: ${timeoutMsg}`,
          '\tat com.mongodb.connection.BaseCluster.selectServer(BaseCluster.java:75) ~[mongodb-driver-core-3.2.2.jar!/:na]',
          '\tat com.mongodb.binding.ClusterBinding.getReadConnectionSource(ClusterBinding.java:63) ~[mongodb-driver-core-3.2.2.jar!/:na]',
          '\tat org.springframework.data.mongodb.core.MongoTemplate.executeFindMultiInternal(MongoTemplate.java:2003) ~[spring-data-mongodb-1.9.4.RELEASE.jar!/:na]',
          '\tat works.weave.socks.cart.cart.CartDAO$Fake.findByCustomerId(CartDAO.java:38) ~[classes!/:na]',
          '',
        ]))),
  ];
  scenarios.push({
    folder: 's6-carts-db-downscaled-to-zero',
    split: 'dev',
    description: 'evening shift: basket broken, add to basket spins ~30s then error, checkout fails too. started right around 7pm CET',
    incidentTime: '2026-11-12T18:24:00Z',
    expected: { component: 'carts-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'carts-db', cause: 'no-endpoints' }],
    difficulty: 'medium',
    traits: ['callers-only', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      kube-downscaler (hjacobs/kube-downscaler) scales a Deployment to zero outside its downscaler/uptime window and records the
      previous size in downscaler/original-replicas. A kustomize change meant for the staging overlay put
      downscaler/uptime: "Mon-Fri 07:00-19:00 Europe/Berlin" on the base carts-db Deployment, so at 19:00 CET (18:00 UTC) the
      deployment controller scaled carts-db's ReplicaSet to 0 ("Scaled down replica set … to 0 from 1"). The carts-db Service
      has no endpoints and kube-proxy rejects connections to it, so carts (Spring Boot 1.4, MongoDB Java driver 3.2; Spring
      Data URI mongodb://carts-db:27017/data) logs the driver's monitor "Exception opening socket … Connection refused" and every
      request fails after the driver's 30 s server-selection timeout (MongoTimeoutException "Client view of cluster state is
      {type=UNKNOWN …}"). carts has no probes in complete-demo.yaml and stays Ready; front-end and orders see 500s. Deviation:
      the downscaler annotations. Decoys: user-db restarted three days ago; orders logs a payment decline.`,
    workloads: {
      'carts-db': {
        replicas: 0, pods: [], rsReplicas: 0, endpointsChanged: -24,
        deployAnnotations: { 'downscaler/uptime': 'Mon-Fri 07:00-19:00 Europe/Berlin', 'downscaler/original-replicas': '1' },
        deployStatus: { observedGeneration: 6, conditions: [
          { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
          { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet has successfully progressed.' },
        ] },
      },
      'user-db': { pods: [{ containers: { 'user-db': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2), last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }] },
    },
    events: [
      { on: 'deploy:carts-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-db-%NEW% to 0 from 1', first: -24 },
    ],
    logs: {
      'carts#0/carts': carts,
      'front-end#0/front-end': [
        ...range(-40, -25, 3).map((m, i) => morgan('GET', '/cart', 200, 18.2 + i, 2)),
        ...range(-23, -0.6, 1.9).map((m, i) => (i % 3 === 0 ? morgan('POST', '/cart', 500, 30061.4 + i * 3, 1711) : i % 3 === 1 ? morgan('GET', '/cart', 500, 30044.9 + i, 1711) : morgan('GET', '/catalogue?page=1&size=6', 200, 14.1 + i, 2461))),
      ],
      'front-end#1/front-end': range(-22.4, -0.6, 3.1).map((m, i) => (i % 2 ? morgan('GET', '/basket.html', 200, 3.2, 11290) : morgan('GET', '/cart', 500, 30052.7 + i, 1711))),
      'orders#0/orders': [
        spring(T, -41, ' WARN', 'orders', 'http-nio-80-exec-2', 'o.s.w.s.m.s.DefaultHandlerExceptionResolver', 'Resolved exception caused by Handler execution: works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined'),
        ...range(-21, -1, 6.5).flatMap((m, i) => dispatcher(T, m, 'orders', i + 3, 'java.lang.IllegalStateException: Unable to create order due to unspecified IO error.', [
          'org.springframework.web.client.HttpServerErrorException: 500 null',
          '\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:94) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
          '\tat org.springframework.web.client.AsyncRestTemplate$ResponseExtractorFuture.convertResponse(AsyncRestTemplate.java:753) ~[spring-web-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
          '\tat works.weave.socks.orders.services.AsyncGetService.getDataList(AsyncGetService.java:70) ~[classes!/:na]',
          '',
        ])),
      ],
    },
  });
}

// 2 — resource-exhaustion: carts' 128 MB JVM heap exhausted by giant bot carts; the container is not killed, pods stay Ready.
{
  const T = clock('2026-10-14T11:08:00Z');
  const carts = [
    ...range(-60, -30, 3).map((m, i) => spring(T, m, ' INFO', 'carts', `http-nio-80-exec-${(i % 9) + 1}`, 'w.w.s.cart.controllers.ItemsController', `Adding item to cart: Item{id='null', itemId='${SOCKS[i % 5]}', quantity=1, unitPrice=${[15, 17.32, 10.99, 7.99, 18][i % 5]}}`)),
    ...range(-28, -12, 0.2).filter((m, i) => i % 9 === 0).map((m, i) => spring(T, m, ' INFO', 'carts', `http-nio-80-exec-${(i % 9) + 1}`, 'w.w.s.cart.controllers.ItemsController', `Adding item to cart: Item{id='null', itemId='${SOCKS[i % 5]}', quantity=${40 + i}, unitPrice=15.0}`)),
    ...range(-26, -0.5, 1.7).flatMap((m, i) => (i % 3 === 2
      ? [`Exception in thread "http-nio-80-exec-${(i % 9) + 10}" java.lang.OutOfMemoryError: Java heap space`]
      : dispatcher(T, m, 'carts', (i % 9) + 1, 'Handler dispatch failed; nested exception is java.lang.OutOfMemoryError: Java heap space', [
          'java.lang.OutOfMemoryError: Java heap space',
          '\tat java.util.Arrays.copyOf(Arrays.java:3332) ~[na:1.8.0_111]',
          '\tat java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:124) ~[na:1.8.0_111]',
          '\tat org.bson.json.JsonWriter.writeStringHelper(JsonWriter.java:446) ~[bson-3.2.2.jar!/:na]',
          '\tat com.fasterxml.jackson.databind.ser.std.CollectionSerializer.serializeContents(CollectionSerializer.java:149) ~[jackson-databind-2.8.4.jar!/:2.8.4]',
          '\tat works.weave.socks.cart.controllers.ItemsController.getItems(ItemsController.java:43) ~[classes!/:na]',
          '',
        ]))),
    spring(T, -3.1, 'ERROR', 'carts', '-carts-db:27017', 'org.mongodb.driver.cluster', 'Exception in monitor thread while connecting to server carts-db:27017'),
    'java.lang.OutOfMemoryError: Java heap space',
    '',
  ];
  scenarios.push({
    folder: 's6-carts-jvm-heap-exhausted',
    split: 'dev',
    description: 'orders failing w/ timeouts and the cart page is super slow or 500s. started ~10:40, commerce team pls take a look',
    incidentTime: '2026-10-14T11:08:00Z',
    expected: { component: 'carts', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      carts runs with JAVA_OPTS -Xms64m -Xmx128m (complete-demo.yaml) under a 500Mi container limit, so heap exhaustion shows as
      java.lang.OutOfMemoryError: Java heap space inside a JVM that the kernel never kills: the pod keeps running and, with no
      probes in the manifest, stays Ready while G1 spends its time in full collections. A scraper bot kept adding the same socks
      with growing quantities to a few carts from ~10:30; GET /carts/{id}/items serialises whole carts and the heap runs out.
      Callers: front-end's cart calls turn slow and 500; orders waits at most http.timeout=5 s for the items future
      (microservices-demo/orders OrdersController: "Unable to create order due to timeout from one of the services."). Grounded
      in the JVM's documented OutOfMemoryError behaviour and Sock Shop load tests where carts is the first JVM to saturate.
      Decoy: carts' container was OOMKilled four days ago (a different, old event; restartCount 1).`,
    workloads: {
      carts: { pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4 + 0.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4) } }) } }] },
    },
    logs: {
      'carts#0/carts': carts,
      'orders#0/orders': range(-24, -0.5, 3.3).flatMap((m, i) => dispatcher(T, m, 'orders', (i % 9) + 1, 'java.lang.IllegalStateException: Unable to create order due to timeout from one of the services.', [
        'java.util.concurrent.TimeoutException: null',
        '\tat java.util.concurrent.FutureTask.get(FutureTask.java:205) ~[na:1.8.0_111]',
        '\tat org.springframework.util.concurrent.SettableListenableFuture.get(SettableListenableFuture.java:134) ~[spring-core-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
        '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:71) ~[classes!/:na]',
        '',
      ])),
      'front-end#0/front-end': [
        ...range(-50, -28, 4).map((m, i) => morgan('GET', '/cart', 200, 21.7 + i, 312)),
        ...range(-26, -0.5, 1.4).map((m, i) => (i % 2 ? morgan('GET', '/cart', 200, 4100 + ((i * 577) % 3900), 312) : morgan('GET', '/cart', 500, 8800 + ((i * 313) % 1200), 1711))),
      ],
      'front-end#1/front-end': range(-25, -0.5, 2.2).map((m, i) => (i % 3 === 0 ? morgan('POST', '/orders', 500, 5031.2 + i, 1732) : morgan('GET', '/catalogue?size=5', 200, 12.4 + i, 2091))),
    },
  });
}

// 3 — config-error: catalogue's DB password Secret holds a wrong value; only the replica restarted this morning reads it.
{
  const T = clock('2026-11-24T09:17:00Z');
  const containers = { catalogue: { args: ['-port=80', '-DSN=catalogue_user:$(CATALOGUE_DB_PASSWORD)@tcp(catalogue-db:3306)/socksdb'], env: [{ name: 'CATALOGUE_DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'catalogue-db-credentials', key: 'password' } } }] } };
  const ok = (m, i) => kit(T, m, `caller=logging.go:35 method=List tags= order=id pageNum=1 pageSize=${[6, 3, 6][i % 3]} result=${[6, 3, 6][i % 3]} err=null took=${dur(2.1 + (i % 7) * 0.31, i)}`);
  scenarios.push({
    folder: 's6-catalogue-stale-db-password-after-drain',
    split: 'dev',
    description: 'catalgoue flaky since the node rotation ~8:20 — roughly every 2nd refresh the socks list is empty / error. other pages fine',
    incidentTime: '2026-11-24T09:17:00Z',
    expected: { component: 'catalogue', cause: 'config-error' },
    difficulty: 'hard',
    traits: ['bad-credentials', 'pods-ready', 'decoy', 'typo', 'time-expression'],
    grounding: `
      Operator deviation: catalogue runs two replicas and builds its DSN from a Secret (catalogue-db-credentials, synced by
      External Secrets) instead of upstream's built-in default. Last week the ExternalSecret was repointed at a Vault path that
      holds the staging password; nothing restarted, so both pods kept the password they started with. This morning's node
      rotation moved one replica; the new pod reads the wrong password and every new MySQL connection fails with go-sql-driver's
      "Error 1045: Access denied for user 'catalogue_user'@'<pod IP>' (using password: YES)", which MySQL 5.7 also logs as a
      [Note] (log_error_verbosity 3). microservices-demo/catalogue service.go logs "database error" and returns
      ErrDBConnection ("database connection error"), and /health answers 200 with catalogue-db "err", so the pod stays Ready and
      the Service balances half the requests to it. The old replica keeps working. Decoys: catalogue-db's log shows the denials
      (it is not at fault), the node rotation itself.`,
    workloads: {
      catalogue: { replicas: 2, containers, pods: [{}, { created: T.iso(-57), node: 'ip-10-0-2-148.eu-west-1.compute.internal' }] },
      'front-end': { pods: [{}, { created: T.iso(-57), node: 'ip-10-0-2-148.eu-west-1.compute.internal' }] },
    },
    events: [
      { on: 'pod:catalogue#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -57 },
      { on: 'pod:catalogue#1', reason: 'Pulling', message: 'Pulling image "weaveworksdemos/catalogue:0.3.5"', first: -56.9, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#1', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/catalogue:0.3.5" in 2.733s (2.733s including waiting). Image size: 12053614 bytes.', first: -56.8, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#1', reason: 'Created', message: 'Created container catalogue', first: -56.8, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#1', reason: 'Started', message: 'Started container catalogue', first: -56.7, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:front-end#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -57 },
      { on: 'pod:front-end#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": dial tcp %PODIP%:8079: connect: connection refused', first: -56.5, last: -56.3, count: 3, fieldPath: 'spec.containers{front-end}' },
    ],
    logs: {
      'catalogue#0/catalogue': range(-70, -0.4, 1.3).map((m, i) => (i % 6 === 5 ? kit(T, m, `caller=logging.go:98 method=Health result=2 took=${dur(1.02 + (i % 4) * 0.1, i)}`) : ok(m, i))),
      'catalogue#1/catalogue': [
        kit(T, -56.7, 'caller=main.go:86 transport=HTTP port=80'),
        ...range(-55.5, -0.3, 1.1).flatMap((m, i) => (i % 6 === 5
          ? [kit(T, m, `caller=logging.go:98 method=Health result=2 took=${dur(1.9 + (i % 4) * 0.2, i)}`)]
          : [
              kit(T, m, `caller=service.go:92 database error="Error 1045: Access denied for user 'catalogue_user'@'%PODIP%' (using password: YES)"`),
              kit(T, m + 0.0001, `caller=logging.go:35 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="database connection error" took=${dur(3.4 + (i % 5) * 0.27, i)}`),
            ])),
      ],
      'catalogue-db#0/catalogue-db': [
        `${T.isoMs(-60 * 24 * 9).replace('Z', '123Z')} 0 [Note] mysqld: ready for connections.`,
        `Version: '5.7.14'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)`,
        ...range(-55.5, -0.3, 1.1).filter((m, i) => i % 6 !== 5).map((m, i) => `${T.isoMs(m).replace('Z', '214Z')} ${48211 + i} [Note] Access denied for user 'catalogue_user'@'%IPOF:catalogue#1%' (using password: YES)`),
      ],
      'front-end#0/front-end': range(-50, -0.5, 1.6).map((m, i) => (i % 2 ? morgan('GET', '/catalogue?page=1&size=6', 500, 6.1 + (i % 4), 34) : morgan('GET', '/catalogue?page=1&size=6', 200, 9.8 + (i % 5), 2461))),
    },
  });
}

// 4 — bad-deploy-rollout: shipping 0.4.9 publishes to an exchange that does not exist; accepts shipments, queue stays empty.
{
  const T = clock('2026-10-20T15:05:00Z');
  const ship = [
    spring(T, -46.5, ' INFO', 'shipping', 'main', 'w.w.s.s.ShippingServiceApplication', 'Started ShippingServiceApplication in 21.913 seconds (JVM running for 23.402)'),
  ];
  range(-44, -0.5, 2.6).forEach((m, i) => {
    ship.push('Adding shipment to queue...');
    if (i === 0) ship.push(spring(T, m, ' INFO', 'shipping', 'http-nio-80-exec-1', 'o.s.a.r.c.CachingConnectionFactory', 'Created new connection: SimpleConnection@5b3e1a07 [delegate=amqp://guest@%SVCIP:rabbitmq%:5672/, localPort= 43122]'));
    ship.push(spring(T, m + 0.001, 'ERROR', 'shipping', 'AMQP Connection', 'o.s.a.r.c.CachingConnectionFactory', "Channel shutdown: channel error; protocol method: #method<channel.close>(reply-code=404, reply-text=NOT_FOUND - no exchange 'shipping-tasks' in vhost '/', class-id=60, method-id=40)"));
  });
  const rabbit = [];
  range(-44, -0.5, 2.6).forEach((m, i) => {
    rabbit.push(`=ERROR REPORT==== ${rabbitTs(T, m + 0.001)} ===`, `Channel error on connection <0.2187.0> (%IPOF:shipping#0%:43122 -> %PODIP%:5672, vhost: '/', user: 'guest'), channel ${i + 1}:`, `operation basic.publish caused a channel exception not_found: "no exchange 'shipping-tasks' in vhost '/'"`, '');
  });
  scenarios.push({
    folder: 's6-shipping-rollout-publishes-to-missing-exchange',
    split: 'dev',
    description: 'fulfilment here — nothing dispatched since early afternoon, queue-master is idle but orders keep coming in fine. nothing red on the dashboards',
    incidentTime: '2026-10-20T15:05:00Z',
    expected: { component: 'shipping', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'shipping', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Upstream shipping (microservices-demo/shipping ShippingController) prints "Adding shipment to queue..." and sends with
      rabbitTemplate.convertAndSend("shipping-task", shipment), i.e. to the default exchange with routing key shipping-task,
      and accepts the shipment whatever happens ("Accepting anyway"); RabbitMqConfiguration declares only the queue
      shipping-task and the exchange shipping-task-exchange. A fictional 0.4.9 build (rolled out at 14:18) publishes to an
      exchange named "shipping-tasks" that nobody declares. Publishing is asynchronous in AMQP, so convertAndSend does not
      throw: the broker closes the channel with 404 NOT_FOUND, which Spring AMQP's CachingConnectionFactory logs as "Channel
      shutdown: channel error; … reply-text=NOT_FOUND - no exchange 'shipping-tasks' in vhost '/'" and RabbitMQ 3.6 logs as a
      channel error. shipping returns 201, orders succeed, queue-master receives nothing. The shipping pod is Ready (no probes in
      complete-demo.yaml). Decoys: RabbitMQ's own error reports make the broker look at fault; queue-master's old restart.`,
    workloads: {
      shipping: { rollout: { at: -47, revision: 6, oldContainers: { shipping: { image: 'weaveworksdemos/shipping:0.4.8' } } }, containers: { shipping: { image: 'weaveworksdemos/shipping:0.4.9' } } },
      'queue-master': { pods: [{ containers: { 'queue-master': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 + 0.5), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2) } }) } }] },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -47 },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: -46.3 },
      { on: 'pod:shipping#0', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/shipping:0.4.9" in 8.102s (8.102s including waiting). Image size: 198431772 bytes.', first: -46.9, fieldPath: 'spec.containers{shipping}' },
      { on: 'pod:shipping#0', reason: 'Started', message: 'Started container shipping', first: -46.8, fieldPath: 'spec.containers{shipping}' },
    ],
    logs: {
      'shipping#0/shipping': ship,
      'rabbitmq#0/rabbitmq': [`=INFO REPORT==== ${rabbitTs(T, -60 * 24 * 9)} ===`, 'Server startup complete; 6 plugins started.', '', `=INFO REPORT==== ${rabbitTs(T, -46.4)} ===`, 'accepting AMQP connection <0.2187.0> (%IPOF:shipping#0%:43122 -> %PODIP%:5672)', '', ...rabbit],
      'queue-master#0/queue-master': [
        spring(T, -60 * 24 * 2 + 0.9, ' INFO', 'queue-master', 'main', 'w.w.s.q.QueueMasterApplication', 'Started QueueMasterApplication in 19.882 seconds (JVM running for 21.06)'),
        ...range(-90, -48, 3).map(() => 'Received shipment task: 57a98d98e4b00679b4a830b2'),
      ],
      'orders#0/orders': range(-40, -1, 5).map((m, i) => spring(T, m, ' INFO', 'orders', `http-nio-80-exec-${i + 1}`, 'w.w.s.o.controllers.OrdersController', `Saved order: CustomerOrder{id='5f${(0x1a2b3c + i).toString(16)}e4b0c1a2f3d4e5', customerId='${CUSTOMERS[i % 3]}', total=${(19.99 + i * 3).toFixed(2)}}`)),
    },
  });
}

// 5 — network-fault: tc netem delay left on user's pod after an aborted chaos experiment; user is fast, its callers time out.
{
  const T = clock('2026-11-05T13:52:00Z');
  const userLog = [
    ...range(-70, -0.4, 0.9).map((m, i) => kit(T, m, `caller=logging.go:${[28, 58, 79, 101][i % 4]} method=${['Login', 'GetUsers', 'GetAddresses', 'GetCards'][i % 4]} ${i % 4 === 0 ? `username=user result=${CUSTOMERS[i % 3]}` : `id=${CUSTOMERS[i % 3]} result=1`} took=${dur(1.05 + (i % 7) * 0.23, i)}`)),
  ];
  scenarios.push({
    folder: 's6-user-latency-netem-left-on',
    split: 'dev',
    description: 'logins take 6+ sec and checkout fails with "Unable to create order due to timeout" since ~13:20. user svc dashboards look totally normal (~2ms) so accounts team says not them',
    incidentTime: '2026-11-05T13:52:00Z',
    expected: { component: 'user', cause: 'network-fault' },
    difficulty: 'hard',
    traits: ['network-latency', 'pods-ready', 'callers-only', 'louder-dependents', 'time-expression', 'team-name'],
    grounding: `
      LitmusChaos pod-network-latency (the classic Sock Shop chaos demo) injects "tc qdisc replace dev eth0 root netem delay
      3000ms" into the target pod's network namespace and removes it at the end; when the experiment is aborted (the game-day
      ChaosEngine deleted with the helper still running) the qdisc can stay behind (litmuschaos/litmus issues on chaos not being
      reverted after abort). A game day targeted name=user at ~13:15 and was called off at ~13:20. Every packet
      user sends is delayed 3 s, so callers see 6 s+ per request while user's own go-kit logs (method=… took=~1ms) show
      nothing. orders waits at most http.timeout=5 s for the customer/address/card futures (microservices-demo/orders
      OrdersController) and fails with "Unable to create order due to timeout from one of the services."; front-end's /login
      and /customers calls take 6 s. No Kubernetes object changed: the pods are Ready, no events.`,
    logs: {
      'user#0/user': userLog,
      'orders#0/orders': range(-30, -0.5, 2.4).flatMap((m, i) => dispatcher(T, m, 'orders', (i % 9) + 1, 'java.lang.IllegalStateException: Unable to create order due to timeout from one of the services.', [
        'java.util.concurrent.TimeoutException: null',
        '\tat java.util.concurrent.FutureTask.get(FutureTask.java:205) ~[na:1.8.0_111]',
        '\tat org.springframework.util.concurrent.SettableListenableFuture.get(SettableListenableFuture.java:134) ~[spring-core-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
        '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:76) ~[classes!/:na]',
        '',
      ])),
      'front-end#0/front-end': [
        ...range(-60, -33, 4).map((m, i) => morgan('GET', '/login', 200, 14.3 + i, 0)),
        ...range(-31, -0.5, 1.3).map((m, i) => (i % 3 === 0 ? morgan('GET', '/login', 200, 6230.5 + (i * 37) % 400, 0) : i % 3 === 1 ? morgan('POST', '/orders', 500, 5093.1 + i, 1732) : morgan('GET', `/customers/${CUSTOMERS[i % 3]}`, 200, 6118.2 + i * 3, 412))),
      ],
      'front-end#1/front-end': range(-30.4, -0.5, 1.8).map((m, i) => (i % 2 ? morgan('GET', '/catalogue?size=5', 200, 11.2 + (i % 4), 2091) : morgan('GET', '/card', 200, 6204.8 + i, 236))),
    },
  });
}

// 6 — oom-killed: RabbitMQ 3.6 sizes its memory watermark from host RAM, not the container's new 1Gi limit.
{
  const T = clock('2026-09-30T14:41:00Z');
  const boot = (m) => [
    `=INFO REPORT==== ${rabbitTs(T, m)} ===`, 'Starting RabbitMQ 3.6.8 on Erlang 19.2.1', 'Copyright (C) 2007-2016 Pivotal Software, Inc.', 'Licensed under the MPL.  See http://www.rabbitmq.com/', '',
    `=INFO REPORT==== ${rabbitTs(T, m)} ===`, 'node           : rabbit@%POD%', 'home dir       : /var/lib/rabbitmq', 'config file(s) : /etc/rabbitmq/rabbitmq.config', 'cookie hash    : 9P4bB3vZ2QkPq8m3ZpV1Ww==', 'log            : tty', 'sasl log       : tty', 'database dir   : /var/lib/rabbitmq/mnesia/rabbit@%POD%', '',
    `=INFO REPORT==== ${rabbitTs(T, m + 0.02)} ===`, 'Memory limit set to 6366MB of 15915MB total.', '',
    `=INFO REPORT==== ${rabbitTs(T, m + 0.02)} ===`, 'Disk free limit set to 50MB', '',
    `=INFO REPORT==== ${rabbitTs(T, m + 0.05)} ===`, 'started TCP Listener on [::]:5672', '',
    `=INFO REPORT==== ${rabbitTs(T, m + 0.1)} ===`, 'Server startup complete; 6 plugins started.', ' * rabbitmq_management', ' * rabbitmq_web_dispatch', ' * rabbitmq_management_agent', ' * amqp_client', ' * cowboy', ' * cowlib', '',
  ];
  const conn = (m, n) => [`=INFO REPORT==== ${rabbitTs(T, m)} ===`, `accepting AMQP connection <0.${600 + n}.0> (%IPOF:${n % 2 ? 'queue-master' : 'shipping'}#0%:${50000 + n * 17} -> %PODIP%:5672)`, ''];
  const qm = [];
  range(-52, -0.5, 9.5).forEach((m, i) => {
    qm.push(spring(T, m, ' WARN', 'queue-master', 'cTaskExecutor-1', 'o.s.a.r.l.SimpleMessageListenerContainer', 'Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused (Connection refused)'));
    qm.push(spring(T, m + 0.001, ' INFO', 'queue-master', 'cTaskExecutor-1', 'o.s.a.r.l.SimpleMessageListenerContainer', `Restarting Consumer@${(0x6d2a209c + i).toString(16)}: tags=[{}], channel=null, acknowledgeMode=AUTO local queue size=0`));
    qm.push(spring(T, m + 0.25, ' INFO', 'queue-master', `cTaskExecutor-${i + 2}`, 'o.s.a.r.c.CachingConnectionFactory', `Created new connection: SimpleConnection@${(0x3f1e0a2b + i).toString(16)} [delegate=amqp://guest@%SVCIP:rabbitmq%:5672/, localPort= ${50017 + i * 34}]`));
  });
  scenarios.push({
    folder: 's6-rabbitmq-oom-host-memory-watermark',
    split: 'dev',
    description: 'fulfilment: shipments going missing?? queue-master keeps reconnecting since ~13:45 and some orders never show up for dispatch',
    incidentTime: '2026-09-30T14:41:00Z',
    expected: { component: 'rabbitmq', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'rabbitmq', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      RabbitMQ 3.6 computes its memory high watermark (vm_memory_high_watermark 0.4) from the host's RAM, not from the
      container's cgroup limit, and logs it at boot ("Memory limit set to 6366MB of 15915MB total."); the RabbitMQ docs
      ("Memory threshold and limit", "Running in containers") tell operators to set an absolute watermark below the limit.
      Operator deviation: a cost review added resources to rabbitmq (limit 1Gi) without changing the watermark. With the
      afternoon backlog in the non-durable shipping-task queue, beam.smp passes 1Gi long before RabbitMQ's own memory alarm
      (6.2 GB) can block publishers, so the kernel OOM-kills it (exit 137, OOMKilled; kubelet's SystemOOM node event), the
      queue's messages are lost on each restart, and it comes back. queue-master's Spring AMQP listener logs the reconnects;
      shipping swallows publish failures ("Unable to add to queue … Accepting anyway", microservices-demo/shipping). Decoy: a
      healthy carts rollout 30 minutes ago.`,
    workloads: {
      rabbitmq: {
        containers: { rabbitmq: { resources: { requests: { cpu: '200m', memory: '512Mi' }, limits: { cpu: '1', memory: '1Gi' } } } },
        pods: [{ containers: { rabbitmq: cs.restartedRunning({ restarts: 5, startedAt: T.iso(-3.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-13.1), finishedAt: T.iso(-3.6) } }) } }],
      },
      carts: { rollout: { at: -30, revision: 4, oldContainers: { carts: { image: 'weaveworksdemos/carts:0.4.7' } } } },
    },
    events: [
      { on: 'pod:rabbitmq#0', reason: 'Pulled', message: 'Container image "rabbitmq:3.6.8-management" already present on machine', first: -52, last: -3.5, count: 5, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', reason: 'Created', message: 'Created container rabbitmq', first: -52, last: -3.5, count: 5, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', reason: 'Started', message: 'Started container rabbitmq', first: -52, last: -3.4, count: 5, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'pod:rabbitmq#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container rabbitmq in pod %POD%_sock-shop(%PODUID%)', first: -33, last: -3.6, count: 3, fieldPath: 'spec.containers{rabbitmq}' },
      { on: 'node:ip-10-0-1-23.eu-west-1.compute.internal', reason: 'SystemOOM', type: 'Warning', message: 'System OOM encountered, victim process: beam.smp, pid: 3921', first: -52.2, last: -3.6, count: 5 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', first: -30 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-%OLD% to 0 from 1', first: -29.2 },
    ],
    logs: {
      'rabbitmq#0/rabbitmq': [...boot(-3.3), ...conn(-3.05, 1), ...conn(-2.9, 2)],
      'rabbitmq#0/rabbitmq/previous': [...boot(-13.1), ...conn(-12.8, 1), ...conn(-12.7, 2)],
      'rabbitmq#0/rabbitmq-exporter': range(-52, -0.5, 9.5).map((m) => `time="${T.iso(m + 0.05)}" level=error msg="Error while retrieving data from rabbitHost" error="Get \\"http://127.0.0.1:15672/api/overview\\": dial tcp 127.0.0.1:15672: connect: connection refused" host="http://127.0.0.1:15672"`),
      'queue-master#0/queue-master': qm,
      'shipping#0/shipping': range(-40, -0.5, 2.1).flatMap((m, i) => (i % 4 === 3 ? ['Adding shipment to queue...', "Unable to add to queue (the queue is probably down). Accepting anyway. Don't do this for real!"] : ['Adding shipment to queue...'])),
    },
  });
}

// 7 — no fault: vague slowness; decoys only (an old carts OOM, a healthy front-end rollout, startup probe noise).
{
  const T = clock('2026-12-02T10:33:00Z');
  scenarios.push({
    folder: 's6-no-fault-sluggish-morning',
    split: 'dev',
    description: 'shop feels a bit sluggish this morning?? might just be my wifi tbh, can someone sanity check',
    incidentTime: '2026-12-02T10:33:00Z',
    noFault: true,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy'],
    grounding: `
      Nothing is wrong: response times in front-end's morgan lines are at their usual tens of milliseconds, orders are saved,
      no pod is unready. Decoys an on-call engineer must see past: carts' container was OOMKilled three days ago (restartCount 1,
      previous log ends abruptly), a front-end rollout 40 minutes ago whose new pods failed readiness for a few seconds while
      Node started (then became Ready; probe texts as the kubelet writes them), and a payment decline warning in orders (the
      payment service's -decline threshold at work, microservices-demo/payment).`,
    workloads: {
      carts: { pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 3) } }) } }] },
      'front-end': { rollout: { at: -40, revision: 8, oldContainers: { 'front-end': { image: 'weaveworksdemos/front-end:0.3.11' } } } },
    },
    events: [
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 1', first: -40 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 1 from 2', first: -38.9 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 2 from 1', first: -38.9 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 0 from 1', first: -37.8 },
      { on: 'pod:front-end#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": dial tcp %PODIP%:8079: connect: connection refused', first: -39.4, last: -39.3, count: 2, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -38.3, count: 1, fieldPath: 'spec.containers{front-end}' },
    ],
    logs: {
      'front-end#0/front-end': ['App now running in production mode on port 8079', ...range(-39, -0.5, 0.7).map((m, i) => [morgan('GET', '/', 200, 4.1 + (i % 5), 8688), morgan('GET', '/catalogue?size=5', 200, 21.4 + (i % 9) * 2.3, 2091), morgan('GET', '/cart', 200, 17.2 + (i % 6) * 3.1, 2), morgan('GET', '/favicon.ico', 404, 1.2, 150)][i % 4])],
      'front-end#1/front-end': ['App now running in production mode on port 8079', ...range(-37.5, -0.5, 0.8).map((m, i) => [morgan('GET', '/category.html', 200, 2.9, 12091), morgan('GET', '/catalogue?page=1&size=6', 200, 24.1 + (i % 7) * 4, 2461), morgan('POST', '/orders', 201, 188.4 + (i % 5) * 21, 734)][i % 3])],
      'carts#0/carts': range(-60, -0.5, 2).map((m, i) => spring(T, m, ' INFO', 'carts', `http-nio-80-exec-${(i % 9) + 1}`, 'w.w.s.cart.controllers.ItemsController', `Adding item to cart: Item{id='null', itemId='${SOCKS[i % 5]}', quantity=1, unitPrice=${[15, 17.32, 10.99, 7.99, 18][i % 5]}}`)),
      'carts#0/carts/previous': [
        ...range(-60 * 24 * 3 - 20, -60 * 24 * 3 - 0.2, 2.5).map((m, i) => spring(T, m, ' INFO', 'carts', `http-nio-80-exec-${(i % 9) + 1}`, 'w.w.s.cart.controllers.CartsController', `Getting cart for customer ${CUSTOMERS[i % 3]}`)),
      ],
      'orders#0/orders': [
        ...range(-55, -0.5, 4.5).map((m, i) => spring(T, m, ' INFO', 'orders', `http-nio-80-exec-${(i % 9) + 1}`, 'w.w.s.o.controllers.OrdersController', `Saved order: CustomerOrder{id='5f${(0x2b3c4d + i).toString(16)}e4b0c1a2f3d4e5', customerId='${CUSTOMERS[i % 3]}', total=${(24.98 + i * 2).toFixed(2)}}`)),
        spring(T, -26.2, ' WARN', 'orders', 'http-nio-80-exec-4', 'o.s.w.s.m.s.DefaultHandlerExceptionResolver', 'Resolved exception caused by Handler execution: works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined'),
      ],
    },
  });
}
