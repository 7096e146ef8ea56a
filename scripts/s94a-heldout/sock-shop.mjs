// Blind held-out batch s94a: one Sock Shop scenario (split test), on the session-2 system definition.
// Built by scripts/s94a-build.mjs with the scenario kit; grounding in the scenario's `grounding`.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;
const I = '2026-08-11T14:20:00Z';
const T = clock(I);
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;

export const scenarios = [
  {
    folder: 's94a-slow-checkout-lunch',
    incidentTime: I,
    description: 'couple of customers said checkout was slow around 13:30-13:45, seems ok now?? can someone sanity check orders',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Sock Shop deploy/kubernetes/complete-demo.yaml as the session-2 system. No fault: a real complaint (two shoppers,
      a short window, already gone) where every Deployment is Available, every Service has ready endpoints and the
      orders, payment, shipping and front-end logs show ordinary successful orders through the window (a few slower
      ones from the load of a lunchtime promotion, all 201). Decoy: orders' single restart is an OOMKilled three days
      old, far outside the window; nothing was rolled out. Deviation from upstream: none.
    `,
    workloads: {
      orders: {
        pods: [{ containers: { orders: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [],
    logs: {
      'orders#0/orders': [
        spring(-52, 'INFO', 'orders', 'http-nio-80-exec-3', 'w.d.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'66b8d1e2a7c3f40009e1b2c4\', customerId=\'57a98d98e4b00679b4a830af\', total=104.98}'),
        spring(-46, 'INFO', 'orders', 'http-nio-80-exec-7', 'w.d.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'66b8d2f0a7c3f40009e1b2c9\', customerId=\'57a98d98e4b00679b4a830b2\', total=23.98}'),
        spring(-41, 'INFO', 'orders', 'http-nio-80-exec-2', 'w.d.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'66b8d41aa7c3f40009e1b2d0\', customerId=\'57a98d98e4b00679b4a830b5\', total=62.97}'),
        spring(-33, 'INFO', 'orders', 'http-nio-80-exec-9', 'w.d.s.o.controllers.OrdersController', 'Order created: CustomerOrder{id=\'66b8d5e3a7c3f40009e1b2d7\', customerId=\'57a98d98e4b00679b4a830af\', total=17.15}'),
      ],
      'payment#0/payment': [
        kit(-52.02, 'transport=HTTP method=POST path=/paymentAuth result=200 took=1.391ms'),
        kit(-46.02, 'transport=HTTP method=POST path=/paymentAuth result=200 took=1.118ms'),
        kit(-41.02, 'transport=HTTP method=POST path=/paymentAuth result=200 took=1.604ms'),
        kit(-33.02, 'transport=HTTP method=POST path=/paymentAuth result=200 took=1.245ms'),
        kit(-5, 'transport=HTTP method=GET path=/health result=200 took=27.3µs'),
      ],
      'shipping#0/shipping': [
        spring(-52.01, 'INFO', 'shipping', 'http-nio-80-exec-4', 'w.d.s.s.controllers.ShippingController', 'Adding shipment to queue...'),
        spring(-41.01, 'INFO', 'shipping', 'http-nio-80-exec-6', 'w.d.s.s.controllers.ShippingController', 'Adding shipment to queue...'),
      ],
      'queue-master#0/queue-master': [
        spring(-52, 'INFO', 'queue-master', 'SimpleAsyncTaskExecutor-1', 'works.weave.socks.queuemaster.ShippingTaskHandler', 'Received shipment task: 66b8d1e2a7c3f40009e1b2c4'),
      ],
      'front-end#0/front-end': [
        'Using redis for session store',
        'App now running in production mode on port 8079',
        'GET /orders 201 1438.112 ms - 230',
        'GET /cart 200 22.519 ms - 312',
        'POST /orders 201 2101.734 ms - 229',
        'GET /catalogue?size=5 200 17.980 ms - 1532',
      ],
    },
  },
];
