// Batch s45b blind dev scenario for Sock Shop (session-2 system definition): a no-fault report of one slow checkout,
// with a healthy orders rollout, a three-day-old carts OOMKill and two transient front-end readiness failures as decoys.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

// Spring Boot 1.x console pattern as the Sock Shop Java services print it.
const spring = (T, min, level, app, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const T3 = clock('2026-09-22T09:55:00Z');

export const scenarios = [
  {
    folder: 's45b-checkout-slow-nofault',
    description: 'sock shop checkout slow? customer says placing an order took ages around 09:40, can someone check',
    incidentTime: '2026-09-22T09:55:00Z',
    difficulty: 'medium',
    traits: ['no-fault', 'time-expression', 'decoy'],
    grounding: `
      Deployments, images, probes (front-end readiness GET / on 8079, timeoutSeconds 1, periodSeconds 3) and limits as
      complete-demo.yaml (microservices-demo/microservices-demo at 9dff06f) has them. A single customer complaint about one slow
      order; nothing is wrong. What the snapshot shows is what a quiet morning looks like: orders was rolled to a JAVA_OPTS change
      2h10m earlier and is Ready (Spring Boot "Started OrderApplication"), carts carries restartCount 1 from an OOMKill three days
      ago, and one front-end pod logged two readiness probe timeouts (1 s timeout, count 2) at 09:39 without ever going
      unready (failureThreshold 3). Every Endpoints address is ready, no Warning event is recent except those two probe timeouts,
      and the services' logs are ordinary. Expected: no fault.
    `,
    workloads: {
      orders: {
        rollout: { at: -130, revision: 6 },
        containers: { orders: { env: [{ name: 'JAVA_OPTS', value: '-Xms64m -Xmx160m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' }] } },
      },
      carts: {
        pods: [{
          created: T3.iso(-60 * 24 * 12),
          containers: {
            carts: cs.restartedRunning({ restarts: 1, startedAt: T3.iso(-60 * 24 * 3 + 0.1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T3.iso(-60 * 24 * 12 + 0.5), finishedAt: T3.iso(-60 * 24 * 3) } }),
          },
        }],
      },
    },
    events: [
      { on: 'pod:front-end#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -16.2, last: -16.1, count: 2, fieldPath: 'spec.containers{front-end}' },
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled up replica set orders-%NEW% to 1', first: -130, last: -130 },
      { on: 'deploy:orders', reason: 'ScalingReplicaSet', message: 'Scaled down replica set orders-%OLD% to 0 from 1', first: -128.6, last: -128.6 },
    ],
    logs: {
      'orders#0/orders': [
        spring(T3, -129.5, 'INFO', 'bootstrap', 'main', 's.c.a.AnnotationConfigApplicationContext', 'Refreshing org.springframework.context.annotation.AnnotationConfigApplicationContext@5e9f23b4: startup date [Tue Sep 22 07:45:31 UTC 2026]; root of context hierarchy'),
        spring(T3, -128.9, 'INFO', 'orders', 'main', 'o.s.j.e.a.AnnotationMBeanExporter', 'Registering beans for JMX exposure on startup'),
        spring(T3, -128.8, 'INFO', 'orders', 'main', 's.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
        spring(T3, -128.8, 'INFO', 'orders', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 41.372 seconds (JVM running for 43.905)'),
        spring(T3, -71.4, 'INFO', 'orders', 'http-nio-80-exec-3', 'o.a.c.c.C.[Tomcat].[localhost].[/]', "Initializing Spring FrameworkServlet 'dispatcherServlet'"),
        spring(T3, -71.4, 'INFO', 'orders', 'http-nio-80-exec-3', 'o.s.web.servlet.DispatcherServlet', "FrameworkServlet 'dispatcherServlet': initialization started"),
        spring(T3, -71.3, 'INFO', 'orders', 'http-nio-80-exec-3', 'o.s.web.servlet.DispatcherServlet', "FrameworkServlet 'dispatcherServlet': initialization completed in 58 ms"),
        spring(T3, -15.8, 'INFO', 'orders', 'http-nio-80-exec-9', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
        spring(T3, -15.7, 'INFO', 'orders', 'http-nio-80-exec-9', 'w.w.s.o.controllers.OrdersController', 'Received shipment response: Shipment{id=\'a7c3e1f0-5b2d-4c1e-9f0a-3d8b6e2c4f17\', name=\'57a98d98e4b00679b4a830b2\'}'),
        spring(T3, -4.2, 'INFO', 'orders', 'http-nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
        spring(T3, -4.1, 'INFO', 'orders', 'http-nio-80-exec-2', 'w.w.s.o.controllers.OrdersController', 'Received shipment response: Shipment{id=\'1e5b9d44-0c7a-4a83-b2f6-8e91c0d7a3b5\', name=\'57a98d98e4b00679b4a830b5\'}'),
      ],
      'carts#0/carts': [
        spring(T3, -60 * 24 * 3 + 0.9, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 52.118 seconds (JVM running for 55.460)'),
      ],
      'shipping#0/shipping': [
        spring(T3, -15.7, 'INFO', 'shipping', 'http-nio-80-exec-5', 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...'),
        spring(T3, -4.1, 'INFO', 'shipping', 'http-nio-80-exec-1', 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...'),
      ],
      'queue-master#0/queue-master': [
        spring(T3, -15.6, 'INFO', 'queue-master', 'SimpleAsyncTaskExecutor-1', 'w.w.s.q.c.ShippingTaskHandler', 'Received shipment task: a7c3e1f0-5b2d-4c1e-9f0a-3d8b6e2c4f17'),
        spring(T3, -4.0, 'INFO', 'queue-master', 'SimpleAsyncTaskExecutor-1', 'w.w.s.q.c.ShippingTaskHandler', 'Received shipment task: 1e5b9d44-0c7a-4a83-b2f6-8e91c0d7a3b5'),
      ],
    },
  },
];
