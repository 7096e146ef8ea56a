// Batch s125d (blind dev): Sock Shop scenarios. System: scripts/s2-scenarios/sock-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const JAVA_OPTS = { name: 'JAVA_OPTS', value: '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' };
const morgan = (T, min, method, path, status, ms, len) => `${method} ${path} ${status} ${ms} ms - ${len}`;

export const scenarios = [];

// 3. No fault (already over): orders rollout without a readiness probe; ~2 min of refused connections while Spring Boot started.
{
  const incidentTime = '2026-12-11T15:20:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 's125d-orders-rollout-blip-ended-no-fault', incidentTime,
    description: 'checkout was giving 500s for a couple of min around 14:47, orders svc got redeployed right then. still broken? pls check before we tell support',
    noFault: true,
    difficulty: 'medium', traits: ['no-fault', 'decoy', 'time-expression', 'partial-name'],
    grounding: `complete-demo.yaml: orders (weaveworksdemos/orders, Spring Boot, 1 replica, RollingUpdate 25%/25%) as this cluster runs it has
      no readiness probe, so the new pod is added to the Service endpoints as soon as the container starts, ~50 s before Tomcat listens
      on :80. The 14:46 rollout (0.4.7 -> 0.4.8, a JVM flag change) therefore made front-end's POST /orders fail with ECONNREFUSED from
      14:46:40 to 14:47:30; since 14:48 every order succeeds (front-end "Order response" 201, orders "Order created"). The report is of a
      problem that already ended. Decoys: the rollout of the named service (ScalingReplicaSet events, new ReplicaSet) and the
      front-end error burst. Deviation: the image tag 0.4.8 for orders and the dates are invented.`,
    workloads: {
      orders: {
        rollout: { at: -34, oldContainers: { orders: { image: 'weaveworksdemos/orders:0.4.7' } } },
        containers: { orders: { image: 'weaveworksdemos/orders:0.4.8' } },
      },
    },
    events: [
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: -34, last: -34 },
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-%OLD% to 0 from 1', first: -33.4, last: -33.4 },
      { on: 'pod:orders#0', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/orders:0.4.8" in 6.201s (6.201s including waiting). Image size: 103822419 bytes.', fieldPath: 'spec.containers{orders}', first: -33.7, last: -33.7 },
      { on: 'pod:orders#0', reason: 'Started', message: 'Started container orders', fieldPath: 'spec.containers{orders}', first: -33.5, last: -33.5 },
    ],
    logs: {
      'orders#0/orders': [
        `${T.java(-33.4)}  INFO [orders,,,] 1 --- [           main] works.weave.socks.orders.OrderApplication : Starting OrderApplication v0.4.8 on %POD% with PID 1 (/usr/src/app/app.jar started by myuser in /usr/src/app)`,
        `${T.java(-33.2)}  INFO [orders,,,] 1 --- [           main] s.c.a.AnnotationConfigApplicationContext : Refreshing org.springframework.context.annotation.AnnotationConfigApplicationContext@3f8f9dd6: startup date [${T.java(-33.2)}]; root of context hierarchy`,
        `${T.java(-32.8)}  INFO [orders,,,] 1 --- [           main] org.mongodb.driver.cluster               : Cluster created with settings {hosts=[orders-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}`,
        `${T.java(-32.7)}  INFO [orders,,,] 1 --- [localhost:27017] org.mongodb.driver.connection            : Opened connection [connectionId{localValue:1, serverValue:41}] to orders-db:27017`,
        `${T.java(-32.6)}  INFO [orders,,,] 1 --- [           main] s.b.c.e.t.TomcatEmbeddedServletContainer : Tomcat started on port(s): 80 (http)`,
        `${T.java(-32.55)}  INFO [orders,,,] 1 --- [           main] works.weave.socks.orders.OrderApplication : Started OrderApplication in 52.614 seconds (JVM running for 55.207)`,
        ...[-31, -24, -17, -9, -3].map((m) => `${T.java(m)}  INFO [orders,,,] 1 --- [p-nio-80-exec-${Math.abs(m) % 9 + 1}] w.w.s.orders.controllers.OrdersController  : Order created: CustomerOrder{id='5d${Math.abs(m)}f0c2e8b1a4d6f9e3c7${Math.abs(m)}', customerId='57a98d98e4b00679b4a830af', items=[...], total=${(Math.abs(m) * 3.7 + 9.99).toFixed(2)}}`),
      ],
      'front-end#0/front-end': [
        morgan(T, -36, 'GET', '/catalogue?size=5', 200, '9.412', 1422),
        morgan(T, -35, 'POST', '/orders', 201, '183.207', 512),
        'Error: connect ECONNREFUSED %SVCIP:orders%:80',
        '    at TCPConnectWRAP.afterConnect [as oncomplete] (net.js:1097:14)',
        morgan(T, -33.2, 'POST', '/orders', 500, '4.118', 40),
        'Error: connect ECONNREFUSED %SVCIP:orders%:80',
        '    at TCPConnectWRAP.afterConnect [as oncomplete] (net.js:1097:14)',
        morgan(T, -32.9, 'POST', '/orders', 500, '3.905', 40),
        'Order response: {"id":"5d31f0c2e8b1a4d6f9e3c731","customerId":"57a98d98e4b00679b4a830af"}',
        morgan(T, -31, 'POST', '/orders', 201, '241.650', 512),
        morgan(T, -24, 'POST', '/orders', 201, '176.094', 512),
        morgan(T, -9, 'POST', '/orders', 201, '188.331', 512),
        morgan(T, -3, 'POST', '/orders', 201, '169.772', 512),
        morgan(T, -1, 'GET', '/cart', 200, '14.067', 2),
      ],
    },
  });
}

// 4. Fault: catalogue 0.3.6 release panics in List when the tags filter is empty; pods stay Ready, front-end louder.
{
  const incidentTime = '2026-12-12T11:18:00Z';
  const T = clock(incidentTime);
  const panic = (m, port) => [
    `${T.go(m)} http: panic serving %IPOF:front-end#0%:${port}: runtime error: index out of range [0] with length 0`,
    `goroutine ${1100 + port % 300} [running]:`,
    'net/http.(*conn).serve.func1()',
    '\t/usr/local/go/src/net/http/server.go:1898 +0xbe',
    'panic({0x8c2a40?, 0xc0001e2018?})',
    '\t/usr/local/go/src/runtime/panic.go:770 +0x132',
    'github.com/microservices-demo/catalogue.(*catalogueService).List(0xc0000b2c60, {0xc00029e0f0, 0x1, 0x1}, {0x8f1d2e, 0x2}, 0x1, 0x6)',
    '\t/go/src/github.com/microservices-demo/catalogue/service.go:104 +0x7a5',
    'github.com/microservices-demo/catalogue.loggingMiddleware.List(...)',
    '\t/go/src/github.com/microservices-demo/catalogue/logging.go:32 +0x118',
    'github.com/microservices-demo/catalogue.MakeListEndpoint.func1({0x9d0b88, 0xc0002a6000}, {0x8a3ba0, 0xc00029e120})',
    '\t/go/src/github.com/microservices-demo/catalogue/endpoints.go:45 +0xa9',
    'github.com/go-kit/kit/transport/http.Server.ServeHTTP(...)',
    '\t/go/pkg/mod/github.com/go-kit/kit@v0.12.0/transport/http/server.go:121 +0x2e3',
  ];
  scenarios.push({
    folder: 's125d-catalogue-release-panic', incidentTime,
    description: 'shop front page shows no socks / catalogue empty since ~10:57, front-end pods throwing "socket hang up". catalogue looks green in k8s tho',
    expected: { component: 'catalogue', cause: 'bad-deploy-rollout' },
    difficulty: 'hard', traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `complete-demo.yaml: catalogue (Go, go-kit) probes GET /health, which only pings catalogue-db, so a handler bug leaves the pod
      Ready. A 10:55 release (0.3.5 -> 0.3.6) indexes the tags slice without a length check in service.go List; every listing without a
      tag filter panics, net/http recovers the panic per request ("http: panic serving ...") and closes the connection, so front-end
      (Node) sees "socket hang up" and answers 500 on /catalogue. /catalogue/{id} still works. Follows the common Go pattern of a
      recovered handler panic (net/http server.go conn.serve). Decoy: carts restarted once two days ago (exit 143 during a node
      upgrade), healthy since. Deviation: upstream has no 0.3.6 tag; the bug is invented.`,
    workloads: {
      catalogue: {
        rollout: { at: -23, oldContainers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.5' } } },
        containers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.6' } },
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -23, last: -23 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -19.8, last: -19.8 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/catalogue:0.3.6" in 2.874s (2.874s including waiting). Image size: 9734127 bytes.', fieldPath: 'spec.containers{catalogue}', first: -22.9, last: -22.9 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', fieldPath: 'spec.containers{catalogue}', first: -22.8, last: -22.8 },
    ],
    logs: {
      'catalogue#0/catalogue': [
        `ts=${T.isoMs(-22.8)} caller=main.go:86 Error="Unable to connect to Database" DSN=catalogue_user:default_password@tcp(catalogue-db:3306)/socksdb`.replace('Error="Unable to connect to Database" ', ''),
        `ts=${T.isoMs(-22.7)} caller=main.go:145 transport=HTTP port=80`,
        `ts=${T.isoMs(-20.5)} caller=logging.go:85 method=Health result=2 took=1.204ms`,
        ...panic(-19.6, 43872),
        `ts=${T.isoMs(-12.1)} caller=logging.go:47 method=Get id=3395a43e-2d88-40de-b95f-e00e1502085b sock=3395a43e-2d88-40de-b95f-e00e1502085b err=null took=2.131ms`,
        ...panic(-11.4, 44710),
        `ts=${T.isoMs(-6)} caller=logging.go:85 method=Health result=2 took=0.987ms`,
        ...panic(-2.3, 45198),
      ],
      'front-end#0/front-end': [
        morgan(T, -25, 'GET', '/catalogue?page=1&size=6', 200, '11.204', 2796),
        'Error: socket hang up',
        '    at connResetException (node:internal/errors:720:14)',
        '    at Socket.socketOnEnd (node:_http_client:525:23)',
        '    at Socket.emit (node:events:529:35)',
        '    at endReadableNT (node:internal/streams/readable:1400:12) {',
        "  code: 'ECONNRESET'",
        '}',
        morgan(T, -19.6, 'GET', '/catalogue?page=1&size=6', 500, '3.512', 40),
        morgan(T, -12.1, 'GET', '/catalogue/3395a43e-2d88-40de-b95f-e00e1502085b', 200, '5.880', 402),
        'Error: socket hang up',
        '    at connResetException (node:internal/errors:720:14)',
        '    at Socket.socketOnEnd (node:_http_client:525:23)',
        "  code: 'ECONNRESET'",
        morgan(T, -11.4, 'GET', '/catalogue?page=1&size=6', 500, '2.961', 40),
        'Error: socket hang up',
        "  code: 'ECONNRESET'",
        morgan(T, -2.3, 'GET', '/catalogue?sort=id&size=3', 500, '3.107', 40),
      ],
    },
  });
}
