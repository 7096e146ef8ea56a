// Batch s125a (blind dev): Sock Shop scenarios; system from scripts/s2-scenarios/sock-shop.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };
export const scenarios = [];
const pvcs = [{ name: 'orders-db-data', volume: 'pvc-5b9e7c2a-1f3d-4e8b-9a60-2c4d7e1f8b39', size: '20Gi' }];

// 2. orders JVM heap (-Xmx128m) exhausted: GC overhead limit, far below the 500Mi container limit, so no OOM kill.
{
  const incidentTime = '2026-12-04T19:22:00Z';
  const T = clock(incidentTime);
  const sb = (min, lvl, thread, logger, msg) => `${T.java(min)}  ${lvl} [orders,,,] 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
  scenarios.push({
    folder: 's125a-orders-jvm-heap-gc-thrash', incidentTime,
    description: 'place order hangs then 500 for the last ~15 min, front-end logs timeouts on /orders. cart + catalogue fine. orders-db??',
    expected: { component: 'orders', cause: 'resource-exhaustion' },
    difficulty: 'hard', traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `complete-demo.yaml: orders (weaveworksdemos/orders:0.4.7, JAVA_OPTS -Xms64m -Xmx128m -XX:+UseG1GC, limits memory 500Mi, no probes).
      The heap is capped at 128m by -Xmx, far below the 500Mi cgroup limit, so a heap exhausted by a large-basket traffic spike makes the JVM
      thrash in GC and throw "OutOfMemoryError: GC overhead limit exceeded" / "Java heap space" while the container keeps running and stays
      Ready (no probes) - a JVM-level exhaustion as in the Sock Shop load-test reports, not a kernel OOM kill. front-end times out on POST /orders.
      Deviations: the traffic spike is invented; orders-db's "Slow query" lines and the catalogue rollout at 18:31 are decoys.`,
    pvcs,
    workloads: {
      catalogue: { rollout: { at: -51, revision: 4, oldReplicas: 0, oldContainers: { catalogue: { image: 'weaveworksdemos/catalogue:0.3.4' } } } },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -51, last: -51 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -47, last: -47 },
    ],
    logs: {
      'orders#0/orders': [
        sb(-40, ' INFO', 'nio-80-exec-3', 'w.w.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'63f8a1c2e4b0d91a7c2e5f10\', customerId=\'57a98d98e4b00679b4a830af\'}'),
        sb(-19, ' WARN', 'nio-80-exec-9', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] threw exception'),
        `java.lang.OutOfMemoryError: GC overhead limit exceeded`,
        `\tat java.util.Arrays.copyOf(Arrays.java:3332)`,
        `\tat java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:124)`,
        `\tat com.fasterxml.jackson.databind.ObjectMapper.writeValueAsString(ObjectMapper.java:2875)`,
        `\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:112)`,
        sb(-16, 'ERROR', 'nio-80-exec-4', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Handler dispatch failed; nested exception is java.lang.OutOfMemoryError: GC overhead limit exceeded] with root cause'),
        `java.lang.OutOfMemoryError: GC overhead limit exceeded`,
        `Exception in thread "http-nio-80-exec-11" java.lang.OutOfMemoryError: Java heap space`,
        sb(-9, 'ERROR', 'pool-1-thread-2', 'w.w.o.controllers.OrdersController', 'Unexpected error in async task: java.util.concurrent.ExecutionException: java.lang.OutOfMemoryError: Java heap space'),
        `Exception in thread "RMI TCP Connection(idle)" java.lang.OutOfMemoryError: Java heap space`,
        sb(-4, 'ERROR', 'nio-80-exec-7', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Handler dispatch failed; nested exception is java.lang.OutOfMemoryError: GC overhead limit exceeded] with root cause'),
        `java.lang.OutOfMemoryError: GC overhead limit exceeded`,
      ],
      'front-end#0/front-end': [
        `GET /catalogue?size=5 200 41.211 ms - 1804`,
        `GET /cart 200 18.640 ms - 212`,
        `Error: ESOCKETTIMEDOUT`,
        `    at ClientRequest.<anonymous> (/usr/src/app/node_modules/request/request.js:816:19)`,
        `    at Object.onceWrapper (events.js:313:30)`,
        `    at emitNone (events.js:106:13)`,
        `POST /orders 500 30004.118 ms - 37`,
        `GET /orders 500 30002.904 ms - 37`,
        `Error: ESOCKETTIMEDOUT`,
        `    at ClientRequest.<anonymous> (/usr/src/app/node_modules/request/request.js:816:19)`,
        `POST /orders 500 30003.551 ms - 37`,
      ],
      'front-end#1/front-end': [
        `GET /catalogue/3395a43e-2d88-40de-b95f-e00e1502085b 200 12.008 ms - 392`,
        `Error: ESOCKETTIMEDOUT`,
        `    at ClientRequest.<anonymous> (/usr/src/app/node_modules/request/request.js:816:19)`,
        `POST /orders 500 30001.770 ms - 37`,
      ],
      'orders-db#0/orders-db': [
        `{"t":{"$date":"${T.isoMs(-60 * 24 * 5).replace('Z', '+00:00')}"},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn88","msg":"Slow query","attr":{"type":"command","ns":"data.customerOrder","command":{"find":"customerOrder","filter":{"customerId":"57a98d98e4b00679b4a830af"}},"planSummary":"COLLSCAN","durationMillis":412}}`,
        `{"t":{"$date":"${T.isoMs(-33).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"%IPOF:orders#0%:51122","connectionId":412,"connectionCount":9}}`,
      ],
    },
  });
}

// 3. payment rollout ships -decline=1: every payment above 1.00 declined; pods Ready.
{
  const incidentTime = '2026-12-09T16:05:00Z';
  const T = clock(incidentTime);
  const kit = (min, res) => `ts=${T.isoMs(min).replace(/\.\d+Z$/, (m) => m.slice(0, 4) + '631Z')} caller=logging.go:23 method=Authorise result=${res} took=${res === 'true' ? '4.118µs' : '3.905µs'}`;
  const ol = (min, lvl, thread, logger, msg) => `${T.java(min)}  ${lvl} [orders,,,] 1 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
  scenarios.push({
    folder: 's125a-payment-rollout-decline-threshold', incidentTime,
    description: 'all orders getting "payment declined" since 15:40ish, even tiny ones. nothing changed on orders afaik - fulfilment team',
    expected: { component: 'payment', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'payment', cause: 'config-error' }],
    difficulty: 'medium', traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'team-name'],
    grounding: `complete-demo.yaml: payment (weaveworksdemos/payment:0.4.3, Go kit, port 80). microservices-demo/payment cmd/paymentsvc/main.go has the
      flag -decline (decline payments over this amount, default 105) and its service answers "Payment declined: amount exceeds <n>"; orders
      turns that into a PaymentDeclinedException. A 15:38 release of payment adds args -decline=1 (meant for a staging test), so every real
      order is declined; the health endpoint stays green and pods Ready, and orders/front-end carry the visible errors.
      Deviation: the release and its args are invented; the image tag is unchanged (upstream has no newer payment tag).`,
    pvcs,
    workloads: {
      payment: {
        rollout: { at: -27, revision: 3, oldReplicas: 0, oldContainers: { payment: { args: undefined } } },
        containers: { payment: { args: ['-port=80', '-decline=1'] } },
      },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: -27, last: -27 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: -26, last: -26 },
      { on: 'pod:payment#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/payment:0.4.3" already present on machine', fieldPath: 'spec.containers{payment}', first: -26.8, last: -26.8 },
      { on: 'pod:payment#0', reason: 'Created', message: 'Created container payment', fieldPath: 'spec.containers{payment}', first: -26.8, last: -26.8 },
      { on: 'pod:payment#0', reason: 'Started', message: 'Started container payment', fieldPath: 'spec.containers{payment}', first: -26.7, last: -26.7 },
    ],
    logs: {
      'payment#0/payment': [
        `ts=${T.isoMs(-26.6)} caller=main.go:71 transport=HTTP port=80`,
        kit(-22, 'false'), kit(-17, 'false'), kit(-11, 'false'), kit(-6, 'false'), kit(-2, 'false'),
      ],
      'orders#0/orders': [
        ol(-22, 'ERROR', 'nio-80-exec-2', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined: amount exceeds 1.00] with root cause'),
        `works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined: amount exceeds 1.00`,
        `\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:104)`,
        ol(-11, 'ERROR', 'nio-80-exec-6', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined: amount exceeds 1.00] with root cause'),
        `works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined: amount exceeds 1.00`,
        ol(-2, 'ERROR', 'nio-80-exec-1', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined: amount exceeds 1.00] with root cause'),
      ],
      'front-end#0/front-end': [
        `GET /cart 200 15.311 ms - 318`,
        `POST /orders 406 188.402 ms - 120`,
        `GET /catalogue?size=5 200 33.915 ms - 1804`,
        `POST /orders 406 171.066 ms - 120`,
      ],
    },
  });
}
