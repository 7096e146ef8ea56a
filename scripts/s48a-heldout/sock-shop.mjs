// Batch s48a held-out scenario for Sock Shop (split: test), written blind; built by scripts/s48a-build.mjs with the kit
// and the session-2 Sock Shop system definition (scripts/s2-scenarios/sock-shop.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const I = '2026-10-21T19:05:00Z';
const T = clock(I);
const N = ['ip-10-0-1-23.eu-west-1.compute.internal', 'ip-10-0-2-148.eu-west-1.compute.internal', 'ip-10-0-3-91.eu-west-1.compute.internal'];
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const CTL = 'w.w.s.o.controllers.OrdersController';
const ordersOk = (min, thread, amount) => [
  spring(min, 'INFO', thread, CTL, `Sending payment request: PaymentRequest{address=Address{id='null', number='246', street='Whitelees Road', city='Glasgow', postcode='G67 3DL', country='United Kingdom'}, card=Card{id='null', longNum='5544154011345918', expires='08/28', ccv='958'}, customer=Customer{id='null', firstName='User', lastName='Name', username='user', addresses=[], cards=[]}, amount=${amount}}`),
  spring(min + 0.01, 'INFO', thread, CTL, 'Received payment response: PaymentResponse{authorised=true, message=Payment authorised}'),
];
const ordersDeclined = (min, thread, amount) => [
  spring(min, 'INFO', thread, CTL, `Sending payment request: PaymentRequest{address=Address{id='null', number='12', street='Rue de la Paix', city='Lyon', postcode='69002', country='France'}, card=Card{id='null', longNum='4111111111111111', expires='11/27', ccv='123'}, customer=Customer{id='null', firstName='Claire', lastName='M', username='claire.m', addresses=[], cards=[]}, amount=${amount}}`),
  spring(min + 0.01, 'INFO', thread, CTL, 'Received payment response: PaymentResponse{authorised=false, message=Payment declined: amount exceeds 100.00}'),
];
const pay = (min, ok) => `ts=${T.isoMs(min)} caller=logging.go:23 method=Authorise result=${ok} took=${ok ? '7.412µs' : '5.981µs'}`;
const feDeclined = (min) => `Order response: {"timestamp":${Date.parse(T.isoMs(min))},"status":406,"error":"Not Acceptable","exception":"works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException","message":"Payment declined: amount exceeds 100.00","path":"/orders"}`;

export const scenarios = [
  {
    folder: 's48a-checkout-declines-over-limit',
    incidentTime: I,
    description: 'sock shop: support says some customers get "order failed" at checkout this evening, can someone check orders/payment',
    // No-fault: fixed before the snapshot was generated.
    difficulty: 'hard',
    traits: ['no-fault', 'decoy'],
    grounding: `
      complete-demo.yaml: payment (weaveworksdemos/payment:0.4.3, Go kit) authorises every request up to its built-in decline
      amount and answers {"authorised": false, "message": "Payment declined: amount exceeds 100.00"} above it; orders
      (weaveworksdemos/orders:0.4.7, Spring Boot) then throws PaymentDeclinedException and the front-end receives HTTP 406 and shows
      the order as failed. Public Sock Shop reproductions show exactly these lines (orders "Received payment response:
      PaymentResponse{authorised=false, message=Payment declined: amount exceeds 100.00}", payment "method=Authorise result=false").
      An evening promotion put multi-pack baskets above 100, so more customers than usual hit the demo's business rule; every
      authorisation below the amount succeeds, every pod is Ready, no error other than the declines. Decoys: a front-end rollout
      (0.3.11 to 0.3.12) three hours earlier that is healthy, and a carts restart two days ago (exit 143 during a node replacement).
      A careful engineer concludes there is nothing broken in the cluster: the declines are the payment service working as designed.`,
    workloads: {
      'front-end': {
        rollout: { at: -185, revision: 9, oldContainers: { 'front-end': { image: 'weaveworksdemos/front-end:0.3.11' } }, oldReplicas: 0 },
        pods: [{ node: N[0] }, { node: N[2] }],
      },
      carts: {
        pods: [{ node: N[1], containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 47), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 47 - 1) } }) } }],
      },
      orders: { pods: [{ node: N[1] }] },
      payment: { pods: [{ node: N[2] }] },
    },
    events: [
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 1', first: -185, last: -185 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 0 from 1', first: -183, last: -183 },
    ],
    logs: {
      'orders#0/orders': [
        ...ordersOk(-41.2, 'p-nio-80-exec-3', 39.98),
        ...ordersDeclined(-33.7, 'p-nio-80-exec-7', 134.97),
        ...ordersOk(-27.9, 'p-nio-80-exec-1', 18.99),
        ...ordersDeclined(-21.4, 'p-nio-80-exec-5', 107.96),
        ...ordersOk(-17.6, 'p-nio-80-exec-9', 62.49),
        ...ordersDeclined(-12.2, 'p-nio-80-exec-2', 179.95),
        ...ordersOk(-8.0, 'p-nio-80-exec-4', 24.99),
        ...ordersDeclined(-3.5, 'p-nio-80-exec-6', 112.46),
      ],
      'payment#0/payment': [pay(-41.19, true), pay(-33.69, false), pay(-27.89, true), pay(-21.39, false), pay(-17.59, true), pay(-12.19, false), pay(-7.99, true), pay(-3.49, false)],
      'front-end#0/front-end': [
        'Order response: {"id":"6716a3c2e4b0a1f3c9d2e811","customerId":"57a98d98e4b00679b4a830af","items":"http://orders/orders/6716a3c2e4b0a1f3c9d2e811/items","total":39.98}',
        feDeclined(-33.69),
        feDeclined(-21.39),
        'Order response: {"id":"6716a9b1e4b0a1f3c9d2e8a7","customerId":"57a98d98e4b00679b4a830b2","items":"http://orders/orders/6716a9b1e4b0a1f3c9d2e8a7/items","total":62.49}',
        feDeclined(-3.49),
      ],
      'front-end#1/front-end': [
        'Order response: {"id":"6716a4e0e4b0a1f3c9d2e83c","customerId":"57a98d98e4b00679b4a830b5","items":"http://orders/orders/6716a4e0e4b0a1f3c9d2e83c/items","total":18.99}',
        feDeclined(-12.19),
        'Order response: {"id":"6716ab77e4b0a1f3c9d2e8c1","customerId":"57a98d98e4b00679b4a830af","items":"http://orders/orders/6716ab77e4b0a1f3c9d2e8c1/items","total":24.99}',
      ],
    },
  },
];
