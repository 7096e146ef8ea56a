// Blind dev batch s71c, Sock Shop: the session-2 system definition (scripts/s2-scenarios/sock-shop.mjs) and one scenario,
// orders killed by a liveness probe (added by a release) that times out under evening load.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

const I = '2026-05-19T18:42:00Z';
const T = clock(I);
const probe = (initial) => ({ httpGet: { path: '/health', port: 80, scheme: 'HTTP' }, initialDelaySeconds: initial, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 });

const ordersBoot = (t0) => [
  `${T.java(t0)}  INFO [bootstrap,,,] 7 --- [           main] s.c.a.AnnotationConfigApplicationContext : Refreshing org.springframework.context.annotation.AnnotationConfigApplicationContext@5f4da5c3: startup date [${T.java(t0)}]; root of context hierarchy`,
  spring(T, t0 + 0.3, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'No active profile set, falling back to default profiles: default'),
  spring(T, t0 + 0.6, 'INFO', 'orders', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat initialized with port(s): 80 (http)'),
  spring(T, t0 + 0.7, 'INFO', 'orders', 'main', 'org.mongodb.driver.cluster', "Cluster created with settings {hosts=[orders-db:27017], mode=MULTIPLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}"),
  spring(T, t0 + 0.75, 'INFO', 'orders', 'cluster-ClusterId{value=\'6a4b2f1e9c3d7a0012e4f5b6\', description=\'null\'}-orders-db:27017', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:1, serverValue:48211}] to orders-db:27017'),
  spring(T, t0 + 0.9, 'INFO', 'orders', 'main', 'o.s.j.e.a.AnnotationMBeanExporter', 'Registering beans for JMX exposure on startup'),
  spring(T, t0 + 0.95, 'INFO', 'orders', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  spring(T, t0 + 0.96, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', `Started OrderApplication in ${(52 + (Math.abs(t0 * 7) % 9)).toFixed(3)} seconds (JVM running for ${(55 + (Math.abs(t0 * 7) % 9)).toFixed(3)})`),
];

export const scenarios = [
  {
    folder: 's71c-orders-liveness-timeout-evening-load',
    description: 'checkout failing on and off since about 18:10, orders pods keep restarting?? nothing deployed today afaik',
    incidentTime: I,
    expected: { component: 'orders', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'orders', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['time-expression', 'rollout-regression', 'decoy'],
    workloads: {
      orders: {
        rollout: { at: -60 * 26, revision: 5, oldContainers: { orders: { livenessProbe: undefined, readinessProbe: undefined } } },
        containers: { orders: { livenessProbe: probe(60), readinessProbe: probe(30) } },
        pods: [{
          containers: {
            orders: cs.restartedRunning({ restarts: 6, startedAt: T.iso(-1.2), ready: false, last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-6.4), finishedAt: T.iso(-4.3) } }),
          },
          readyTransition: T.iso(-4.3),
        }],
        unavailableSince: -4.3,
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 40), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 40.2) } }) } }],
      },
    },
    events: [
      { on: 'pod:orders#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{orders}', message: 'Liveness probe failed: Get "http://%PODIP%:80/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', count: 19, first: -33.5, last: -4.4 },
      { on: 'pod:orders#0', reason: 'Killing', fieldPath: 'spec.containers{orders}', message: 'Container orders failed liveness probe, will be restarted', count: 6, first: -33.4, last: -4.3 },
      { on: 'pod:orders#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{orders}', message: 'Readiness probe failed: Get "http://%PODIP%:80/health": dial tcp %PODIP%:80: connect: connection refused', count: 14, first: -32.8, last: -0.4 },
      { on: 'pod:orders#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{orders}', message: 'Readiness probe failed: Get "http://%PODIP%:80/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', count: 11, first: -34.1, last: -4.5 },
      { on: 'pod:orders#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{orders}', message: 'Back-off restarting failed container orders in pod %POD%_sock-shop(%PODUID%)', count: 5, first: -25, last: -2.1 },
      { on: 'pod:orders#0', reason: 'Pulled', fieldPath: 'spec.containers{orders}', message: 'Container image "weaveworksdemos/orders:0.4.7" already present on machine', count: 6, first: -31.9, last: -1.25 },
      { on: 'pod:orders#0', reason: 'Created', fieldPath: 'spec.containers{orders}', message: 'Created container orders', count: 6, first: -31.9, last: -1.22 },
      { on: 'pod:orders#0', reason: 'Started', fieldPath: 'spec.containers{orders}', message: 'Started container orders', count: 6, first: -31.9, last: -1.2 },
    ],
    logs: {
      'orders#0/orders': ordersBoot(-1.2).slice(0, 5),
      'orders#0/orders/previous': [
        ...ordersBoot(-6.4),
        spring(T, -5.3, 'INFO', 'orders', 'http-nio-80-exec-1', 'o.a.c.c.C.[Tomcat].[localhost].[/]', "Initializing Spring FrameworkServlet 'dispatcherServlet'"),
        spring(T, -5.25, 'INFO', 'orders', 'http-nio-80-exec-3', 'w.w.s.orders.controllers.OrdersController', 'Order request received: {"customer":"http://user/customers/57a98d98e4b00679b4a830af","address":"http://user/addresses/57a98d98e4b00679b4a830ad","card":"http://user/cards/57a98d98e4b00679b4a830ae","items":"http://carts/carts/57a98d98e4b00679b4a830af/items"}'),
        spring(T, -5.1, 'INFO', 'orders', 'http-nio-80-exec-3', 'w.w.s.orders.controllers.OrdersController', 'Sending payment request: PaymentRequest{address=Address{id=\'null\', number=\'246\', street=\'Whitelees Road\', city=\'Glasgow\', postcode=\'G67 3DL\', country=\'United Kingdom\'}, amount=104.97}'),
        spring(T, -4.9, 'INFO', 'orders', 'http-nio-80-exec-3', 'w.w.s.orders.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
        spring(T, -4.8, 'INFO', 'orders', 'http-nio-80-exec-3', 'w.w.s.orders.controllers.OrdersController', 'Saving order to database.'),
        spring(T, -4.75, 'INFO', 'orders', 'http-nio-80-exec-7', 'w.w.s.orders.controllers.OrdersController', 'Order request received: {"customer":"http://user/customers/5d3c2f8ae4b0c1a9e8f70b12","address":"http://user/addresses/5d3c2f8ae4b0c1a9e8f70b10","card":"http://user/cards/5d3c2f8ae4b0c1a9e8f70b11","items":"http://carts/carts/5d3c2f8ae4b0c1a9e8f70b12/items"}'),
        spring(T, -4.31, 'INFO', 'orders', 'Thread-5', 'ationConfigEmbeddedWebApplicationContext', `Closing org.springframework.boot.context.embedded.AnnotationConfigEmbeddedWebApplicationContext@1b9e1916: startup date [${T.java(-6.2)}]; parent: org.springframework.context.annotation.AnnotationConfigApplicationContext@5f4da5c3`),
        spring(T, -4.3, 'INFO', 'orders', 'Thread-5', 'o.s.j.e.a.AnnotationMBeanExporter', 'Unregistering JMX-exposed beans on shutdown'),
      ],
      'front-end#0/front-end': [
        'Using the redis based session manager',
        'App now running in production mode on port 8079',
        ...Array.from({ length: 6 }, (_, k) => [
          `Error: connect ECONNREFUSED %SVCIP:orders%:80`,
          '    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1107:14)',
          `Order response: undefined`,
        ]).flat(),
        'Error: socket hang up',
        '    at createHangUpError (_http_client.js:323:15)',
        '    at Socket.socketOnEnd (_http_client.js:426:23)',
        '    at Socket.emit (events.js:187:15)',
        '    at endReadableNT (_stream_readable.js:1094:12)',
        '    at process._tickCallback (internal/process/next_tick.js:63:19)',
        `Error: connect ECONNREFUSED %SVCIP:orders%:80`,
        '    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1107:14)',
      ],
      'front-end#1/front-end': [
        'Using the redis based session manager',
        'App now running in production mode on port 8079',
        'Order response: {"id":"6a4b3e0fc9e77c0007f1d2a4","customerId":"57a98d98e4b00679b4a830af","total":104.97,"shipment":{"id":"c1f5b8d2-4e3a-4f7b-9a0c-2d6e8f1b3a57","name":"57a98d98e4b00679b4a830af"}}',
        'Error: ESOCKETTIMEDOUT',
        '    at ClientRequest.<anonymous> (/usr/src/app/node_modules/request/request.js:816:19)',
        '    at Object.onceWrapper (events.js:273:13)',
        `Error: connect ECONNREFUSED %SVCIP:orders%:80`,
        '    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1107:14)',
        'Order response: undefined',
      ],
      'carts#0/carts': [
        spring(T, -60 * 24 * 3 - 39, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 61.204 seconds (JVM running for 64.811)'),
        spring(T, -12, 'INFO', 'carts', 'http-nio-80-exec-4', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'03fef6ac-1896-4ce8-bd69-b798f85c6e0b\', quantity=1, unitPrice=99.99}'),
        spring(T, -3, 'INFO', 'carts', 'http-nio-80-exec-9', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'510a0d7e-8e83-4193-b483-e27e09ddc34d\', quantity=1, unitPrice=15.0}'),
        spring(T, -1.5, 'WARN', 'carts', 'http-nio-80-exec-2', 'o.s.web.servlet.PageNotFound', 'Request method \'GET\' not supported'),
      ],
      'payment#0/payment': [
        `ts=${T.isoMs(-60 * 24 * 9)} transport=HTTP port=80`,
        `ts=${T.isoMs(-4.9)} caller=logging.go:23 method=Authorise result=true took=24.61µs`,
        `ts=${T.isoMs(-0.3)} caller=logging.go:34 method=Health result=2 took=3.12µs`,
      ],
    },
    grounding: `
      Manifest facts: complete-demo.yaml (9dff06f) runs orders as one replica of weaveworksdemos/orders:0.4.7, a Spring Boot
      service with cpu limit 500m, memory 500Mi and -Xmx128m, and sets NO probes on it; front-end POSTs /orders to
      http://orders/orders. The Spring Boot actuator /health of the Java services aggregates the MongoHealthIndicator
      (a db.stats round trip to orders-db) and the disk space check.
      Fault: a release 26 hours earlier (revision 5) added livenessProbe and readinessProbe on /health with the default
      timeoutSeconds 1 and failureThreshold 3; the old and the new ReplicaSet differ ONLY in those two probes. In the evening
      peak the 500m CFS quota throttles the JVM and /health takes longer than one second, so the kubelet kills orders
      (exit 143 after SIGTERM, "failed liveness probe, will be restarted"); each restart costs ~55 s of Spring Boot start-up
      during which the single pod is not ready, the orders Service has no ready endpoint and front-end gets ECONNREFUSED,
      or a socket hang up for orders in flight. This is the "liveness probe with a 1 s timeout on an endpoint that checks
      dependencies" anti-pattern of the Kubernetes probe docs ("Configure Liveness, Readiness and Startup Probes":
      timeoutSeconds defaults to 1) and many public post-mortems of liveness probes killing busy JVMs.
      Decoys: carts' OOMKilled three days ago (recovered, restartCount 1); the release is a day old, so "nothing deployed
      today" is true. Deviations: the probes (upstream has none), Sock Shop on EKS 1.29 in eu-west-1.
    `,
  },
];
