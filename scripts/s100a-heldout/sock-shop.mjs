// Blind held-out batch s100a: one Sock Shop scenario (split: test), as a spec of the scenario kit.
// System from scripts/s2-scenarios/sock-shop.mjs (upstream deploy/kubernetes/complete-demo.yaml at 9dff06f).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const TIME = '2026-05-06T09:18:00Z';
const T = clock(TIME);
const orders = system.workloads.find((w) => w.name === 'orders').containers[0];
const OLD_OPTS = orders.env.find((e) => e.name === 'JAVA_OPTS');
const NEW_OPTS = { name: 'JAVA_OPTS', value: '-Xms448m -Xmx448m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' };
const sb = (min, lvl, thread, logger, msg) => `${T.java(min)}  ${lvl.padStart(5)} [orders,,,] 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const boot = (min) => [
  '',
  '  .   ____          _            __ _ _',
  ' /\\\\ / ___\'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\',
  '( ( )\\___ | \'_ | \'_| | \'_ \\/ _` | \\ \\ \\ \\',
  ' \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )',
  '  \'  |____| .__|_| |_|_| |_\\__, | / / / /',
  ' =========|_|==============|___/=/_/_/_/',
  ' :: Spring Boot ::        (v1.4.0.RELEASE)',
  '',
  sb(min, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Starting OrderApplication v0.4.7 on %POD% with PID 1 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
  sb(min + 0.3, 'INFO', 'main', 'o.s.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat initialized with port(s): 80 (http)'),
  sb(min + 0.6, 'INFO', 'main', 'org.mongodb.driver.cluster', 'Cluster created with settings {hosts=[orders-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout=\'30000 ms\', maxWaitQueueSize=500}'),
  sb(min + 0.7, 'INFO', 'main', 'o.s.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  sb(min + 0.7, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 41.52 seconds (JVM running for 43.9)'),
];
const fe = (min, msg) => msg; // front-end (Node/express) prints plain lines without timestamps

export const scenarios = [
  {
    folder: 's100a-orders-heap-at-container-limit',
    incidentTime: TIME,
    description: 'checkout failing on and off since about 8:50 UTC, customers get "error placing order". carts + catalogue fine',
    expected: { component: 'orders', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'orders', cause: 'bad-deploy-rollout' }, { component: 'orders', cause: 'resource-exhaustion' }, { component: 'orders', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Upstream orders (complete-demo.yaml at 9dff06f) runs weaveworksdemos/orders:0.4.7 with JAVA_OPTS -Xms64m -Xmx128m and a 500Mi
      memory limit. A JVM whose -Xmx is set close to the container limit is killed by the kernel OOM killer (exit 137, OOMKilled)
      once heap, metaspace, thread stacks and direct buffers together pass the cgroup limit, without any
      java.lang.OutOfMemoryError in its log (openjdk and Kubernetes issue threads on "container killed, heap never full").
      Deviation from upstream: a rollout three hours before the incident changed only JAVA_OPTS to -Xms448m -Xmx448m; the pod
      started and served, then was OOM-killed repeatedly under checkout load. front-end logs the failed POST /orders.
      Decoy: carts restarted once four days ago (old, unrelated).`,
    workloads: {
      orders: {
        containers: { orders: { env: [NEW_OPTS] } },
        rollout: { at: -185, oldContainers: { orders: { env: [OLD_OPTS] } } },
        unavailableSince: -1.4,
        pods: [{
          containers: { orders: cs.restartedRunning({ restarts: 4, startedAt: T.iso(-1.6), ready: false, last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-9.8), finishedAt: T.iso(-1.9) } }) },
          ready: false, readyTransition: T.iso(-1.9),
        }],
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: -185 },
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-%OLD% to 0 from 1', first: -183.5 },
      { on: 'pod:orders#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/orders:0.4.7" already present on machine', first: -27, last: -1.7, count: 4, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'Created', message: 'Created container orders', first: -27, last: -1.7, count: 4, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'Started', message: 'Started container orders', first: -27, last: -1.6, count: 4, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container orders in pod %POD%_sock-shop(%PODUID%)', first: -11, last: -1.9, count: 3, fieldPath: 'spec.containers{orders}' },
    ],
    logs: {
      'orders#0/orders/previous': [
        ...boot(-9.8),
        sb(-8.6, 'INFO', 'p-nio-80-exec-1', 'o.a.c.c.C.[Tomcat].[localhost].[/]', 'Initializing Spring FrameworkServlet \'dispatcherServlet\''),
        sb(-8.5, 'INFO', 'p-nio-80-exec-2', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:2, serverValue:1187}] to orders-db:27017'),
        sb(-6.1, 'INFO', 'p-nio-80-exec-5', 'w.w.s.o.controllers.OrdersController', 'Order created: Order{id=\'6638a0f1c9e77a0007b1d2f3\', customerId=\'57a98d98e4b00679b4a830b2\', status=Created}'),
        sb(-3.3, 'INFO', 'p-nio-80-exec-9', 'w.w.s.o.controllers.OrdersController', 'Order created: Order{id=\'6638a1a4c9e77a0007b1d2f9\', customerId=\'57a98d98e4b00679b4a830af\', status=Created}'),
      ],
      'orders#0/orders': boot(-1.6),
      'front-end#0/front-end': [
        fe(-12, 'Customer ID: 57a98d98e4b00679b4a830b2'),
        fe(-12, 'Order response: {"id":"6638a0c2c9e77a0007b1d2ee","customerId":"57a98d98e4b00679b4a830b2","status":"Created"}'),
        fe(-2, 'Customer ID: 57a98d98e4b00679b4a830af'),
        fe(-2, 'Error: socket hang up'),
        fe(-2, '    at createHangUpError (_http_client.js:253:15)'),
        fe(-2, '    at Socket.socketOnEnd (_http_client.js:345:23)'),
        fe(-1.5, 'Error: connect ECONNREFUSED %SVCIP:orders%:80'),
        fe(-1.5, '    at Object.exports._errnoException (util.js:1020:11)'),
      ],
      'carts#0/carts': [
        `${T.java(-5)}  INFO [carts,,,] 1 --- [p-nio-80-exec-4] w.w.s.cart.controllers.ItemsController   : Adding item to cart: Item{id='null', itemId='03fef6ac-1896-4ce8-bd69-b798f85c6e0b', quantity=1, unitPrice=99.99}`,
      ],
    },
  },
];
