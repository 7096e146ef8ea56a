// Blind dev batch s117d (no-fault incidents): Sock Shop scenario spec for scripts/s2-scenario-kit.mjs.
// A mobile-app release posting orders without a body (a client bug); decoys: an orders OOM restart and a carts rollout in the window.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const INC = '2026-05-13T10:40:00Z';
const T = clock(INC);
const JO = (x) => ({ name: 'JAVA_OPTS', value: `-Xms64m -Xmx${x} -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false` });
const sp = (min, lvl, cls, msg) => `${T.java(min)}  ${lvl.padStart(5)} [orders,,,] 1 --- [p-nio-80-exec-${Math.abs(Math.round(min)) % 9 + 1}] ${cls} : ${msg}`;
const feLogs = [];
for (let m = -55; m < -0.5; m += 1.1) {
  feLogs.push(`GET /catalogue?page=1&size=6 200 ${12 + (Math.abs(Math.round(m)) % 9)}ms`);
  if (Math.round(m) % 3 === 0) feLogs.push('POST /orders 201 412ms');
  if (Math.round(m) % 2 === 0 && m > -50) feLogs.push('POST /orders 400 9ms');
}
const ordLogs = [];
for (let m = -28; m < -0.5; m += 2) {
  ordLogs.push(sp(m, 'WARN', '.w.s.m.s.DefaultHandlerExceptionResolver', 'Resolved [org.springframework.http.converter.HttpMessageNotReadableException: Required request body is missing: public org.springframework.http.ResponseEntity works.weave.socks.orders.controllers.OrdersController.newOrder(works.weave.socks.orders.resources.NewOrderResource)]'));
  if (Math.round(m) % 3 === 0) ordLogs.push(sp(m + 0.3, 'INFO', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'));
}
export const scenarios = [
  {
    folder: 's117d-ios-app-checkout-400',
    incidentTime: INC,
    description: 'checkout broken in the iOS app since this mornings app release (4.2.0) — web checkout still works fine. orders svc restarted at 10:10, related??',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'time-expression'],
    workloads: {
      orders: {
        pods: [{
          containers: {
            orders: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-29.5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-30) } }),
          },
          readyTransition: T.iso(-28.6),
        }],
      },
      carts: {
        rollout: { at: -52, revision: 5, oldReplicas: 0, oldContainers: { carts: { env: [JO('128m')] } } },
        containers: { carts: { env: [JO('192m')] } },
      },
    },
    events: [
      { on: 'pod:orders#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/orders:0.4.7" already present on machine', first: -29.6 },
      { on: 'pod:orders#0', reason: 'Created', message: 'Created container: orders', first: -29.6 },
      { on: 'pod:orders#0', reason: 'Started', message: 'Started container orders', first: -29.5 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set carts-%NEW% from 0 to 1', first: -52 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled down replica set carts-%OLD% from 1 to 0', first: -50.5 },
    ],
    logs: {
      'front-end#0/front-end': feLogs,
      'orders#0/orders/previous': [
        sp(-32, 'INFO', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
        'Exception in thread "http-nio-80-exec-4" java.lang.OutOfMemoryError: Java heap space',
      ],
      'orders#0/orders': [
        sp(-29.4, 'INFO', 'works.weave.socks.orders.OrderApplication', 'Starting OrderApplication v0.4.7 on %POD% with PID 1 (/usr/src/app/app.jar started by root in /usr/src/app)'),
        sp(-28.8, 'INFO', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
        sp(-28.7, 'INFO', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 41.322 seconds (JVM running for 43.118)'),
        ...ordLogs,
      ],
    },
    grounding: `No fault. Complaint shape: a mobile client release sending POST /orders without a JSON body (a client-side serialisation bug),
      so orders' Spring MVC answers 400 "Required request body is missing" (DefaultHandlerExceptionResolver) while web checkouts (front-end
      0.3.12 posting the upstream body) keep returning 201 and payments are authorised. Nothing in the cluster is wrong now. Decoys inside the
      hour: orders (JVM, -Xmx128m) was OOMKilled once at 10:10 and Ready since 10:11; carts rolled out at 09:48 raising -Xmx128m to -Xmx192m
      in JAVA_OPTS (the only template difference) and is healthy. Deviation from upstream: the iOS client does not exist upstream (the
      front-end access lines are morgan "dev" format); carts' JAVA_OPTS heap raised.`,
  },
];
