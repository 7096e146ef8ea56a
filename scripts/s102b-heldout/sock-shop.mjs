// Blind held-out batch s102b: one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System as in scripts/s2-scenarios/sock-shop.mjs (microservices-demo complete-demo.yaml at 9dff06f).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INC = '2026-05-06T08:37:00Z';
const T = clock(INC);
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's102b-shipping-restart-count-question',
    incidentTime: INC,
    description: 'lens shows shipping with a restart and OOMKilled as last state - is fulfilment broken? no complaints from customers yet, orders seem to go through',
    expected: null,
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'team-name'],
    grounding: `
      Manifest facts (complete-demo.yaml at 9dff06f): shipping is a Spring Boot service (JAVA_OPTS -Xmx128m, limit 500Mi)
      called by orders over http://shipping/shipping and publishing to rabbitmq, consumed by queue-master.
      No fault: the shipping container was OOM-killed once about 40 hours ago (lastState OOMKilled, exit 137,
      restartCount 1, as the kubelet keeps it until the next restart) and has run cleanly since; the Events of that
      restart have expired (the default event TTL is one hour). Orders, shipping and queue-master log ordinary
      traffic up to the incident; every pod is Ready and every Service has endpoints. The question is a real one an
      engineer asks when a dashboard surfaces a stale last state; the right answer is that nothing is wrong now.
      Deviations from upstream: none in the manifests.
    `,
    workloads: {
      shipping: {
        pods: [{ containers: { shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 40), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 40 - 0.2) } }) }, readyTransition: T.iso(-60 * 40 + 1.5) }],
      },
    },
    events: [],
    logs: {
      'shipping#0/shipping': [
        spring(-60 * 40 + 0.1, 'INFO', 'shipping', 'main', 'works.weave.socks.shipping.ShippingServiceApplication', 'Starting ShippingServiceApplication on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
        spring(-60 * 40 + 1.2, 'INFO', 'shipping', 'main', 'o.s.b.c.e.tomcat.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
        spring(-60 * 40 + 1.2, 'INFO', 'shipping', 'main', 'works.weave.socks.shipping.ShippingServiceApplication', 'Started ShippingServiceApplication in 61.482 seconds (JVM running for 66.117)'),
        'Adding shipment to queue...',
        'Adding shipment to queue...',
        'Adding shipment to queue...',
      ],
      'orders#0/orders': [
        spring(-41.1, 'INFO', 'orders', 'http-nio-80-exec-3', 'w.w.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6819a3f4e1c2a40007b1d5e9\', customerId=\'57a98d98e4b00679b4a830af\', items=2, total=27.98}'),
        spring(-14.2, 'INFO', 'orders', 'http-nio-80-exec-6', 'w.w.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6819a8c2e1c2a40007b1d5f1\', customerId=\'57a98d98e4b00679b4a830b2\', items=1, total=17.15}'),
        spring(-2.1, 'INFO', 'orders', 'http-nio-80-exec-9', 'w.w.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'6819aa51e1c2a40007b1d5f8\', customerId=\'57a98d98e4b00679b4a830b5\', items=3, total=46.09}'),
      ],
      'queue-master#0/queue-master': [
        'Received shipment task: 6819a3f4e1c2a40007b1d5e9',
        'Received shipment task: 6819a8c2e1c2a40007b1d5f1',
        'Received shipment task: 6819aa51e1c2a40007b1d5f8',
      ],
    },
  },
];
