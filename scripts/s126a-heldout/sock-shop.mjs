// Held-out batch s126a: Sock Shop (system from scripts/s2-scenarios/sock-shop.mjs).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const spring = (T, min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (T, min, kv) => `ts=${T.isoMs(min)} ${kv}`;

export const scenarios = [];
{
  const incidentTime = '2026-12-04T15:38:00Z';
  const T = clock(incidentTime);
  scenarios.push({
    folder: 's126a-payment-rollout-declines-all', incidentTime,
    description: 'every checkout fails w/ "payment declined" since around 3:10pm, even $12 orders. nothing crashing afaik',
    expected: { component: 'payment', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'payment', cause: 'config-error' }],
    difficulty: 'hard', traits: ['pods-ready', 'rollout-regression', 'callers-only', 'time-expression'],
    grounding: `deploy/kubernetes/complete-demo.yaml: payment (weaveworksdemos/payment:0.4.3, Go kit, /health probes), orders calls
      http://payment/paymentAuth before shipping. microservices-demo/payment service.go declines any amount over its
      declineAmount (flag -decline, default 105) with "Payment declined: amount exceeds 105.00"; orders turns an unauthorised
      response into PaymentDeclinedException (HTTP 406) and front-end shows it. Fault: a release at ~15:08 rolls payment to
      0.4.4 built with a declineAmount of 0 (a unit-test value leaked into the build), so every authorisation is declined while
      /health stays 200 and the pod stays Ready. Deviation: tag 0.4.4 and the leaked value are invented; upstream never
      published such a build. Only orders and front-end log errors; payment logs normal go-kit request lines.`,
    workloads: {
      payment: {
        rollout: { at: -30, oldReplicas: 0, oldContainers: { payment: { image: 'weaveworksdemos/payment:0.4.3' } } },
        containers: { payment: { image: 'weaveworksdemos/payment:0.4.4' } },
      },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: -30, last: -30 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: -29, last: -29 },
      { on: 'pod:payment#0', reason: 'Pulling', message: 'Pulling image "weaveworksdemos/payment:0.4.4"', fieldPath: 'spec.containers{payment}', first: -29.9, last: -29.9 },
      { on: 'pod:payment#0', reason: 'Pulled', message: 'Successfully pulled image "weaveworksdemos/payment:0.4.4" in 2.841s (2.841s including waiting). Image size: 14012345 bytes.', fieldPath: 'spec.containers{payment}', first: -29.8, last: -29.8 },
      { on: 'pod:payment#0', reason: 'Started', message: 'Started container payment', fieldPath: 'spec.containers{payment}', first: -29.8, last: -29.8 },
    ],
    logs: {
      'payment#0/payment': [
        kit(T, -29.7, 'transport=HTTP port=80'),
        kit(T, -22, 'caller=logging.go:24 method=Authorise result=false took=21.4µs'),
        kit(T, -22, 'caller=logging.go:38 method=Health result=2 took=3.1µs'),
        kit(T, -14, 'caller=logging.go:24 method=Authorise result=false took=18.9µs'),
        kit(T, -6, 'caller=logging.go:24 method=Authorise result=false took=20.2µs'),
        kit(T, -1, 'caller=logging.go:38 method=Health result=2 took=2.8µs'),
      ],
      'orders#0/orders': [
        spring(T, -40, 'INFO', 'orders', 'http-nio-80-exec-2', 'w.w.orders.controllers.OrdersController', 'Order created: CustomerOrder{id=\'65b1f0c2e4b0a71d3c9e0f11\', total=37.98}'),
        spring(T, -22, 'INFO', 'orders', 'http-nio-80-exec-5', 'w.w.orders.controllers.OrdersController', 'Sending payment request: PaymentRequest{address=Address{number=\'246\', street=\'Whitelees Road\', city=\'Glasgow\', postcode=\'G67 3DL\', country=\'United Kingdom\'}, card=Card{longNum=\'5544154011345918\', expires=\'08/27\', ccv=\'958\'}, customer=..., amount=12.99}'),
        spring(T, -22, 'INFO', 'orders', 'http-nio-80-exec-5', 'w.w.orders.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=false, message=Payment declined: amount exceeds 0.00}'),
        spring(T, -22, 'ERROR', 'orders', 'http-nio-80-exec-5', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined: amount exceeds 0.00] with root cause'),
        '',
        'works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined: amount exceeds 0.00',
        '\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:97) ~[classes!/:na]',
        '\tat sun.reflect.NativeMethodAccessorImpl.invoke0(Native Method) ~[na:1.8.0_111]',
        '\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:846) ~[spring-webmvc-4.3.4.RELEASE.jar!/:4.3.4.RELEASE]',
        spring(T, -7, 'INFO', 'orders', 'http-nio-80-exec-9', 'w.w.orders.controllers.OrdersController', 'Received payment response: PaymentResponse{authorised=false, message=Payment declined: amount exceeds 0.00}'),
        spring(T, -7, 'ERROR', 'orders', 'http-nio-80-exec-9', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: Payment declined: amount exceeds 0.00] with root cause'),
      ],
      'front-end#0/front-end': [
        'Order response: {"timestamp":' + Date.parse(T.isoMs(-22)) + ',"status":406,"error":"Not Acceptable","exception":"works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException","message":"Payment declined: amount exceeds 0.00","path":"/orders"}',
        'Error: Payment declined: amount exceeds 0.00',
        '    at Request._callback (/usr/src/app/api/orders/index.js:139:29)',
        'POST /orders 406 184.771 ms - 31',
        'GET /catalogue?size=5 200 21.040 ms - 1703',
        'Order response: {"timestamp":' + Date.parse(T.isoMs(-7)) + ',"status":406,"error":"Not Acceptable","exception":"works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException","message":"Payment declined: amount exceeds 0.00","path":"/orders"}',
        'POST /orders 406 97.312 ms - 31',
        'GET /cart 200 12.553 ms - 112',
      ],
    },
  });
}
