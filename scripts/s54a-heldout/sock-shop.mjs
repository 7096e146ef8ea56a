// Blind held-out batch s54a: one Sock Shop scenario (split test) as a spec of the scenario kit, on the session-2 system
// definition (scripts/s2-scenarios/sock-shop.mjs, system part only); built by scripts/s54a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-03-27T11:05:00Z');
// Spring Boot 1.4 console pattern of the Java services with Sleuth's [app,trace,span,export] slot.
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
// go-kit logfmt of payment (cmd/paymentsvc/main.go: ts=DefaultTimestampUTC, caller=DefaultCaller; logging.go middleware).
const pay = (min, method, result, took) => `ts=${T.isoMs(min)} caller=logging.go:${method === 'Health' ? 36 : 24} method=${method} result=${result} took=${took}`;

// Checkouts of the morning: amount (cart + 4.99 shipping) and whether payment authorised it (declined above 105.00).
const ORDERS = [
  [-118, 52.98], [-104, 118.97], [-97, 27.99], [-88, 146.96], [-75, 87.98], [-61, 112.48], [-52, 40.98], [-44, 209.94],
  [-37, 64.48], [-29, 131.97], [-21, 17.99], [-14, 106.98], [-8, 79.98],
];
const CUST = ['57a98d98e4b00679b4a830af', '57a98d98e4b00679b4a830b2', '57a98d98e4b00679b4a830b5'];
const oid = (i) => `5e${(0x3f0a11 + i * 4099).toString(16)}c2e6b7a0019f${(0x41c + i).toString(16)}`;

const ordersLog = ORDERS.flatMap(([min, amount], i) => {
  const c = CUST[i % 3];
  const ok = amount <= 105;
  const lines = [
    spring(min, 'INFO', 'orders', `http-nio-80-exec-${(i % 9) + 1}`, 'w.w.s.o.controllers.OrdersController', `Sending payment request: PaymentRequest{address=Address{id='null', number='246', street='Whitelees Road', city='Glasgow', postcode='G67 3DL', country='United Kingdom'}, card=Card{id='null', longNum='5544154011345918', expires='08/27', ccv='958'}, customer=Customer{id='null', firstName='Eve', lastName='Berger', username='Eve_Berger', addresses=[], cards=[]}, amount=${amount}}`),
    spring(min + 0.01, 'INFO', 'orders', `http-nio-80-exec-${(i % 9) + 1}`, 'w.w.s.o.controllers.OrdersController', `Received payment response: PaymentResponse{authorised=${ok}, message=${ok ? 'Payment authorised' : 'Payment declined: amount exceeds 105.00'}}`),
  ];
  if (ok) lines.push(spring(min + 0.02, 'DEBUG', 'orders', `http-nio-80-exec-${(i % 9) + 1}`, 'w.w.s.o.controllers.OrdersController', `Saved order: CustomerOrder{id='${oid(i)}', customerId='${c}', total=${amount}}`));
  return lines;
});
const payLog = [
  `ts=${T.isoMs(-60 * 24 * 9 + 0.3)} caller=main.go:71 transport=HTTP port=80`,
  ...ORDERS.flatMap(([min, amount], i) => [
    pay(min - 0.05, 'Health', 1, `${3 + (i % 4)}.${(i * 37) % 1000}µs`),
    pay(min + 0.005, 'Authorise', amount <= 105, `${5 + (i % 3)}.${(i * 53) % 1000}µs`),
  ]),
];
const feLog = ORDERS.flatMap(([min, amount], i) => {
  const ok = amount <= 105;
  const body = ok
    ? `{"id":"${oid(i)}","customerId":"${CUST[i % 3]}","total":${amount}}`
    : `{"timestamp":${Date.parse(T.isoMs(min + 0.01))},"status":406,"error":"Not Acceptable","exception":"works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException","message":"Payment declined: amount exceeds 105.00","path":"/orders"}`;
  return [
    `Posting Order: {"customer":"http://user/customers/${CUST[i % 3]}","address":"http://user/addresses/57a98d98e4b00679b4a830ad","card":"http://user/cards/57a98d98e4b00679b4a830ae","items":"http://carts/carts/${CUST[i % 3]}/items"}`,
    `Order response: ${body}`,
    `POST /orders ${ok ? 201 : 406} ${(180 + (i * 29) % 120).toFixed(3)} ms - ${ok ? 86 : 238}`,
  ];
});

export const scenarios = [
  {
    folder: 's54a-checkout-payment-declined',
    description: 'paymnt broken?? support has 6 tickets since this morning, customers get "Payment declined" at checkout. small orders go thru apparently. commerce team pls check',
    incidentTime: '2026-03-27T11:05:00Z',
    expected: null,
    difficulty: 'medium',
    traits: ['no-fault', 'typo', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifests: microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f (session-2 system definition);
      payment runs weaveworksdemos/payment:0.4.3 without args, so its -decline flag keeps the default.
      Code: microservices-demo/payment cmd/paymentsvc/main.go (flag "decline", default 105, "Decline payments over certain amount"),
      service.go (Authorise: amounts above the threshold get authorised=false with "Payment declined: amount exceeds 105.00"),
      logging.go (go-kit logfmt method=Authorise result=… took=…, no error field); orders OrdersController (logs "Received payment
      response: PaymentResponse{…}" and throws PaymentDeclinedException, a @ResponseStatus NOT_ACCEPTABLE, so the front-end gets a
      406 with Spring Boot's error body); front-end api/orders/index.js ("Posting Order:", "Order response:") and its morgan "dev"
      lines. A public capture of the same response: "POST /orders returned 406 … Payment declined: amount exceeds 100.00" (older
      default).
      No fault: every order of the morning above 105.00 (cart plus 4.99 shipping) is declined by the demo's built-in rule and every
      one below it is authorised and saved; all pods are Ready, nothing changed in payment or orders. The complaint is real, the
      cluster is healthy.
      Decoys: carts restarted once three days ago (OOMKilled) and front-end was rolled 2.5 hours ago to a new build, healthy since.
      Deviations: customer, card and address values come from the demo's user-db fixtures; order ids are synthetic.
    `,
    workloads: {
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
      'front-end': {
        rollout: { at: -150, revision: 8, oldReplicas: 0, oldContainers: { 'front-end': { image: 'weaveworksdemos/front-end:0.3.11' } } },
      },
    },
    events: [],
    logs: {
      'orders#0/orders': ordersLog,
      'payment#0/payment': payLog,
      'front-end#0/front-end': feLog.filter((_, i) => Math.floor(i / 3) % 2 === 0),
      'front-end#1/front-end': feLog.filter((_, i) => Math.floor(i / 3) % 2 === 1),
    },
  },
];
