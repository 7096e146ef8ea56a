// Batch s121d (blind dev, no-fault incidents): Sock Shop spec — a "charged twice" complaint that is the card issuer's
// pending authorization hold; an orders rollout inside the window whose first pod failed readiness is the decoy.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-05-13T15:20:00Z');
const spring = (min, lvl, logger, msg) => `${T.java(min)}  ${lvl.padStart(5)} [orders,,,] 7 --- [${lvl === 'INFO' ? '           main' : 'nio-80-exec-3'}] ${logger.padEnd(40).slice(0, 40)} : ${msg}`;
const JAVA_OLD = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const JAVA_NEW = '-Xms64m -Xmx192m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';

export const scenarios = [
  {
    folder: 's121d-charged-twice-pending-hold',
    incidentTime: '2026-05-13T15:20:00Z',
    description: 'support ticket: customer says she was charged twice for one order of socks around 14:50, her banking app shows two amounts. orders team did a deploy around then — can someone check?',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      No fault. The Sock Shop payment service (weaveworksdemos/payment, complete-demo.yaml at 9dff06f) only authorises an
      amount against a decline threshold and orders stores exactly one order per POST; the customer's banking app shows
      the card issuer's pending authorisation hold next to the settled amount, which drops off after a few days (how
      card pre-authorisations appear in banking apps, per issuer FAQs). Nothing in the cluster is wrong.
      Decoy inside the window: the orders Deployment was rolled out 32 minutes before the report, raising -Xmx in
      JAVA_OPTS from 128m to 192m (the only template difference); the first new pod failed its readiness probe
      (connection refused while Spring Boot started) before becoming Ready, and the front-end logged a few order POSTs
      answered 503/ECONNRESET during the switch. The customer's order at 14:50 completed once (orders log shows one
      201). Deviation from upstream: the JAVA_OPTS change and a readiness probe on orders (/health, as the other Java
      services in the manifest carry) are invented for the decoy.`,
    workloads: {
      orders: {
        rollout: { at: -32, revision: 4, oldReplicas: 0, oldContainers: { orders: { env: [{ name: 'JAVA_OPTS', value: JAVA_OLD }] } } },
        containers: { orders: { env: [{ name: 'JAVA_OPTS', value: JAVA_NEW }], readinessProbe: { httpGet: { path: '/health', port: 80, scheme: 'HTTP' }, initialDelaySeconds: 30, timeoutSeconds: 1, periodSeconds: 3, successThreshold: 1, failureThreshold: 3 } } },
        pods: [{ created: T.iso(-32), readyTransition: T.iso(-29.5) }],
      },
      'carts-db': { pods: [{ containers: { 'carts-db': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }] },
    },
    events: [
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: -32, source: 'deployment-controller' },
      { on: 'pod:orders#0', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -32, source: 'default-scheduler' },
      { on: 'pod:orders#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/orders:0.4.7" already present on machine', first: -31.9, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'Started', message: 'Started container orders', first: -31.8, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:80/health": dial tcp %PODIP%:80: connect: connection refused', first: -31.3, last: -29.8, count: 7, fieldPath: 'spec.containers{orders}' },
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-%OLD% to 0 from 1', first: -29.4, source: 'deployment-controller' },
    ],
    logs: {
      'orders#0/orders': [
        spring(-31.7, 'INFO', 'works.weave.socks.orders.OrderApplication', 'Starting OrderApplication v0.4.7 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
        spring(-30.1, 'INFO', 'o.s.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
        spring(-30.0, 'INFO', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 101.582 seconds (JVM running for 103.06)'),
        spring(-29.2, 'WARN', 'o.s.data.mongodb.core.MongoTemplate', 'Cannot create index for \'CustomerOrder\' - index already exists'),
        spring(-30, 'INFO', 'w.w.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6a41f2c0e4b0c91d3f7a8b12\', customerId=\'57a98d98e4b00679b4a830af\', total=32.98}'),
        spring(-19, 'INFO', 'w.w.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6a41f5d1e4b0c91d3f7a8b13\', customerId=\'5d8e2c1fe4b0a7c3f21b9d44\', total=18.99}'),
      ].sort(),
      'front-end#0/front-end': [
        'Error: socket hang up',
        '    at createHangUpError (_http_client.js:254:15)',
        '    at Socket.socketOnEnd (_http_client.js:346:23)',
        'POST /orders 500 12.314 ms - 44',
        'GET /catalogue?size=5 200 9.112 ms - 1312',
        'POST /orders 201 184.552 ms - 281',
        'GET /orders 200 31.870 ms - 1640',
        'GET /cart 200 6.402 ms - 117',
      ],
      'front-end#1/front-end': ['GET /catalogue?page=1&size=6&tags= 200 14.220 ms - 2201', 'POST /login 401 22.114 ms - 0', 'GET /customers/57a98d98e4b00679b4a830af 200 18.007 ms - 402', 'POST /orders 201 201.337 ms - 281'],
      'payment#0/payment': [
        `ts=${T.iso(-45)} caller=logging.go:23 method=Authorise result=true took=4.187µs`,
        `ts=${T.iso(-30)} caller=logging.go:23 method=Authorise result=true took=3.906µs`,
        `ts=${T.iso(-19)} caller=logging.go:23 method=Authorise result=true took=4.411µs`,
        `ts=${T.iso(-8)} caller=logging.go:23 method=Health result=2 took=2.1µs`,
      ],
    },
  },
];
