// s21b blind dev scenario for Sock Shop (split: dev), a no-fault one: orders over $100 declined by the payment service's
// built-in limit after a bulk-buy promotion, with a healthy front-end rollout and an old carts OOM as decoys.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const T = clock('2026-06-19T11:20:00Z');
const spring = (min, level, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [orders,,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const OC = 'w.w.s.o.controllers.OrdersController';
const declined = 'Payment declined: amount exceeds $100';
const orderFlow = (min, thread, total, ok) => [
  spring(min, 'INFO', thread, OC, `Sending payment request: PaymentRequest{address=Address{id='null', number='${Math.round(total * 3) % 90 + 1}', street='High Street', city='Leeds', postcode='LS1 4AP', country='United Kingdom'}, card=Card{id='null', longNum='5544154011345918', expires='08/27', ccv='958'}, customer=Customer{id='null', firstName='', lastName='', username='', addresses=[], cards=[]}, amount=${total}}`),
  spring(min + 0.003, 'INFO', thread, OC, `Received payment response: PaymentResponse{authorised=${ok}, message=${ok ? 'Payment authorised' : declined}}`),
  ...(ok
    ? [spring(min + 0.01, 'INFO', thread, OC, 'Received shipment task: Shipment{id=\'' + `${Math.floor(total * 1000).toString(16)}-4f2a-9c1e-${Math.floor(total * 77).toString(16)}` + "', name='" + `${Math.floor(total * 13)}'}`)]
    : [spring(min + 0.005, 'WARN', thread, '.m.m.a.ExceptionHandlerExceptionResolver', `Resolved exception caused by Handler execution: works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException: ${declined}`)]),
];
const morgan = (min, method, path, code, ms, len) => `${method} ${path} ${code} ${ms.toFixed(3)} ms - ${len}`;

export const scenarios = [
  {
    folder: 's21b-promo-orders-over-payment-limit',
    incidentTime: '2026-06-19T11:20:00Z',
    description: 'sock shop checkout failing for customers since the bulk-buy promo went out this morning, they get "payment declined". front-end was redeployed at 9:45, is it that?',
    expected: null,
    difficulty: 'hard',
    traits: ['no-fault', 'decoy'],
    grounding: `
      No fault: weaveworksdemos/payment:0.4.3 authorises only amounts up to its -decline flag (default 100 in
      cmd/paymentsvc/main.go) and otherwise answers authorised=false with "Payment declined: amount exceeds $100"
      (service.go); orders (Spring Boot) logs the PaymentResponse and maps it to PaymentDeclinedException (406), which the
      front-end passes back to the browser. A marketing "buy 10 pairs" promotion pushed many baskets over $100, so those
      checkouts are declined by design while smaller orders go through (shipping tasks still sent, every pod Running and
      Ready, every endpoint populated). Decoys: a healthy front-end rollout at 09:45 (same image, a restart annotation, both
      new pods Ready) that the description suspects, and a carts OOMKilled restart three days old. Manifests as
      complete-demo.yaml at 9dff06f.`,
    workloads: {
      'front-end': {
        rollout: { at: -95, revision: 5, oldReplicas: 0 },
        pods: [{ created: T.iso(-94.6) }, { created: T.iso(-94.1) }],
      },
      carts: {
        pods: [{
          containers: {
            carts: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 40),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 11), finishedAt: T.iso(-60 * 24 * 3 - 40.5) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 1', first: -95 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 1 from 2', first: -94.3 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 2 from 1', first: -94.3 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 0 from 1', first: -93.7 },
      { on: 'pod:front-end#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": dial tcp %PODIP%:8079: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{front-end}', first: -94.1, last: -94.1, count: 1 },
    ],
    logs: {
      'orders#0/orders': [
        ...orderFlow(-58.2, 'http-nio-80-exec-3', 46.98, true),
        ...orderFlow(-49.7, 'http-nio-80-exec-7', 152.89, false),
        ...orderFlow(-41.3, 'http-nio-80-exec-1', 171.89, false),
        ...orderFlow(-36.0, 'http-nio-80-exec-4', 34.98, true),
        ...orderFlow(-27.5, 'http-nio-80-exec-9', 203.39, false),
        ...orderFlow(-19.2, 'http-nio-80-exec-2', 152.89, false),
        ...orderFlow(-12.8, 'http-nio-80-exec-6', 81.47, true),
        ...orderFlow(-6.4, 'http-nio-80-exec-5', 119.89, false),
        ...orderFlow(-2.1, 'http-nio-80-exec-8', 186.14, false),
      ],
      'payment#0/payment': [
        kit(-58.2, 'caller=logging.go:23 method=Authorise result=true took=4.109µs'),
        kit(-49.7, 'caller=logging.go:23 method=Authorise result=false took=3.87µs'),
        kit(-41.3, 'caller=logging.go:23 method=Authorise result=false took=2.914µs'),
        kit(-36.0, 'caller=logging.go:23 method=Authorise result=true took=3.455µs'),
        kit(-27.5, 'caller=logging.go:23 method=Authorise result=false took=3.021µs'),
        kit(-19.2, 'caller=logging.go:23 method=Authorise result=false took=4.66µs'),
        kit(-12.8, 'caller=logging.go:23 method=Authorise result=true took=3.102µs'),
        kit(-6.4, 'caller=logging.go:23 method=Authorise result=false took=2.788µs'),
        kit(-2.1, 'caller=logging.go:23 method=Authorise result=false took=3.334µs'),
      ],
      'front-end#0/front-end': [
        'App now running in production mode on port 8079',
        morgan(-58.2, 'POST', '/orders', 201, 412.771, 286),
        morgan(-41.3, 'POST', '/orders', 406, 298.105, 243),
        morgan(-27.5, 'POST', '/orders', 406, 311.62, 243),
        morgan(-12.8, 'POST', '/orders', 201, 389.004, 286),
        morgan(-2.1, 'POST', '/orders', 406, 276.418, 243),
      ],
      'front-end#1/front-end': [
        'App now running in production mode on port 8079',
        morgan(-49.7, 'POST', '/orders', 406, 305.993, 243),
        morgan(-36.0, 'POST', '/orders', 201, 401.37, 286),
        morgan(-19.2, 'POST', '/orders', 406, 287.45, 243),
        morgan(-6.4, 'POST', '/orders', 406, 290.812, 243),
      ],
    },
  },
];
