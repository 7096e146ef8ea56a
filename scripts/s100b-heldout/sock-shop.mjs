// Blind held-out batch s100b: one Sock Shop scenario (split test), built by scripts/s100b-build.mjs with the
// scenario kit; the system is the Sock Shop definition of scripts/s2-scenarios/sock-shop.mjs (upstream complete-demo.yaml).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const IT = '2026-05-12T15:20:00Z';
const T = clock(IT);
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const OLD_OPTS = '-Xms64m -Xmx128m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const NEW_OPTS = '-Xms256m -Xmx768m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false';
const ordersBoot = (m0) => [
  `${T.java(m0)}  INFO [orders,,,] 7 --- [           main] works.weave.socks.orders.OrderApplication : Starting OrderApplication v0.4.7 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)`,
  spring(m0 + 0.05, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'No active profile set, falling back to default profiles: default'),
  spring(m0 + 0.3, 'INFO', 'orders', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat initialized with port(s): 80 (http)'),
  spring(m0 + 0.6, 'INFO', 'orders', 'main', 'org.mongodb.driver.cluster', "Cluster created with settings {hosts=[orders-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}"),
  spring(m0 + 0.62, 'INFO', 'orders', 'cluster-ClusterId{value=\'6a41e2\', description=\'null\'}-orders-db:27017', 'org.mongodb.driver.connection', 'Opened connection [connectionId{localValue:1, serverValue:38}] to orders-db:27017'),
  spring(m0 + 0.9, 'INFO', 'orders', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
  spring(m0 + 0.92, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 41.273 seconds (JVM running for 43.908)'),
];
const ordersWork = (m0, n) => {
  const out = [];
  for (let i = 0; i < n; i++) {
    const m = m0 + i * 0.9;
    out.push(spring(m, 'INFO', 'orders', `http-nio-80-exec-${(i % 9) + 1}`, 'w.w.s.orders.controllers.OrdersController', 'Creating order: NewOrderResource{customer=http://user/customers/57a98d98e4b00679b4a830af, address=http://user/addresses/57a98d98e4b00679b4a830ad, card=http://user/cards/57a98d98e4b00679b4a830ae, items=http://carts/carts/57a98d98e4b00679b4a830af/items}'));
    out.push(spring(m + 0.02, 'INFO', 'orders', `http-nio-80-exec-${(i % 9) + 1}`, 'w.w.s.orders.controllers.OrdersController', 'Order created: CustomerOrder{id=\'null\', customerId=\'57a98d98e4b00679b4a830af\', total=' + (17.32 + i) + '}'));
  }
  return out;
};

export const scenarios = [
  {
    folder: 's100b-checkout-errors-afternoon',
    incidentTime: IT,
    description: 'checkout on the sock shop intermittently fails with a 500 since lunch, cart and browsing still ok. orders team shipped a perf tweak this morning',
    expected: { component: 'orders', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'orders', cause: 'bad-deploy-rollout' },
      { component: 'orders', cause: 'config-error' },
      { component: 'orders', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    workloads: {
      orders: {
        rollout: { at: -330, revision: 5, oldContainers: { orders: { env: [{ name: 'JAVA_OPTS', value: OLD_OPTS }] } } },
        containers: { orders: { env: [{ name: 'JAVA_OPTS', value: NEW_OPTS }] } },
        pods: [{
          containers: {
            orders: cs.restartedRunning({ restarts: 5, startedAt: T.iso(-6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-31), finishedAt: T.iso(-6.4) } }),
          },
          readyTransition: T.iso(-5.2),
        }],
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 40), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 41) } }) } }],
      },
    },
    events: [
      { on: 'pod:orders#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/orders:0.4.7" already present on machine', first: -170, last: -6.2, count: 5, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'Created', message: 'Created container orders', first: -170, last: -6.2, count: 5, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'Started', message: 'Started container orders', first: -170, last: -6.1, count: 5, fieldPath: 'spec.containers{orders}' },
      { on: 'pod:orders#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container orders in pod %POD%_sock-shop(%PODUID%)', first: -58, last: -6.3, count: 2, fieldPath: 'spec.containers{orders}' },
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set orders-%NEW% to 1', first: -330, last: -330 },
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled down replica set orders-%OLD% to 0 from 1', first: -328.8, last: -328.8 },
    ],
    logs: {
      'orders#0/orders/previous': [...ordersBoot(-31), ...ordersWork(-29.5, 24)],
      'orders#0/orders': [...ordersBoot(-6), ...ordersWork(-4.8, 4)],
      'front-end#0/front-end': [
        'Using SESSION_REDIS',
        'App now running in production mode on port 8079',
        'Customer ID: 57a98d98e4b00679b4a830af',
        'Posting Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830af","address":"http://user/addresses/57a98d98e4b00679b4a830ad","card":"http://user/cards/57a98d98e4b00679b4a830ae","items":"http://carts/carts/57a98d98e4b00679b4a830af/items"}',
        'Error: socket hang up',
        '    at connResetException (node:internal/errors:720:14)',
        '    at Socket.socketOnEnd (node:_http_client:525:23)',
        '    at Socket.emit (node:events:529:35)',
        '    at endReadableNT (node:internal/streams/readable:1400:12)',
        '    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)',
        'Customer ID: 57a98d98e4b00679b4a830af',
        'Posting Order: {"customer":"http://user/customers/57a98d98e4b00679b4a830af","address":"http://user/addresses/57a98d98e4b00679b4a830ad","card":"http://user/cards/57a98d98e4b00679b4a830ae","items":"http://carts/carts/57a98d98e4b00679b4a830af/items"}',
        'Error: connect ECONNREFUSED %SVCIP:orders%:80',
        '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
        'Customer ID: 57a98d98e4b00679b4a830af',
        'Order response: {"id":"6a4b1f0ee4b0a1c2d3e4f501","customerId":"57a98d98e4b00679b4a830af","total":21.32}',
      ],
      'front-end#1/front-end': [
        'Using SESSION_REDIS',
        'App now running in production mode on port 8079',
        'Customer ID: 57a98d98e4b00679b4a830af',
        'Error: socket hang up',
        '    at connResetException (node:internal/errors:720:14)',
        '    at Socket.socketOnEnd (node:_http_client:525:23)',
      ],
      'carts#0/carts': [
        spring(-60 * 24 * 3 - 39, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 38.120 seconds (JVM running for 40.002)'),
        spring(-12, 'INFO', 'carts', 'http-nio-80-exec-4', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'03fef6ac-1896-4ce8-bd69-b798f85c6e0b\', quantity=1, unitPrice=99.99}'),
        spring(-3, 'INFO', 'carts', 'http-nio-80-exec-7', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'510a0d7e-8e83-4193-b483-e27e09ddc34d\', quantity=1, unitPrice=15.0}'),
      ],
    },
    grounding: `
      Upstream complete-demo.yaml (9dff06f): orders runs weaveworksdemos/orders:0.4.7 with JAVA_OPTS "-Xms64m -Xmx128m ..." and a
      500Mi memory limit. The fault follows the common JVM-in-container mistake described in many public reports (a heap -Xmx
      raised above the container's memory limit: the kernel OOM killer ends the process with exit 137 / OOMKilled before the
      JVM ever throws OutOfMemoryError). Deviation from upstream: a release (revision 5, about 5.5 h before the incident)
      changed only JAVA_OPTS to "-Xms256m -Xmx768m ..." (old and new ReplicaSet templates differ only in that env value);
      the pod passes startup and is Ready between kills, so the rollout itself completed. front-end (Node) logs socket hang up
      / ECONNREFUSED while orders is killed and restarting. Decoy: carts has one OOMKilled restart three days old.
      Logs are synthetic in the formats of Spring Boot 1.x (orders, carts) and Node.js (front-end).
    `,
  },
];
