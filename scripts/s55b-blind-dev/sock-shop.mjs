// Blind dev batch s55b, Sock Shop: one no-fault scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s55b-build.mjs — a customer's card declined by payment's designed 105.00 limit, with a benign front-end restart nearby.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INCIDENT = '2026-05-21T19:07:00Z';
const T = clock(INCIDENT);
const trace = (k) => (BigInt('0x9c4e1a7b3f2d8065') + BigInt(k) * 7919n).toString(16).padStart(16, '0');
const spring = (min, level, thread, logger, msg, k) =>
  `${T.java(min)} ${level.padStart(5)} [orders,${k === undefined ? ',,' : `${trace(k)},${trace(k)},false`}] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, caller, kv) => `ts=${T.iso(min)} caller=${caller} ${kv}`;
const OC = 'w.w.s.orders.controllers.OrdersController';

// customers as the user service returns them (demo data plus one registered shopper)
const CUST = {
  eve: { id: '57a98d98e4b00679b4a830af', first: 'Eve', last: 'Berger', user: 'Eve_Berger', addr: ['57a98d98e4b00679b4a830ad', '246', 'Whitelees Road', 'Glasgow', 'United Kingdom', 'G67 3DL'], card: ['57a98d98e4b00679b4a830ae', '5953580604169678', '08/19', '678'] },
  marta: { id: '6644b1f2c9e77a0001d3e5a1', first: 'Marta', last: 'Kowalska', user: 'mkowalska', addr: ['6644b2a0c9e77a0001d3e5a2', '14', 'ul. Mokotowska', 'Warszawa', 'Poland', '00-561'], card: ['6644b2d7c9e77a0001d3e5a3', '4556019287331140', '11/28', '402'] },
  lee: { id: '66129e0ac9e77a0001c2b7f0', first: 'Daniel', last: 'Lee', user: 'dlee', addr: ['66129e55c9e77a0001c2b7f1', '8', 'Harbour Street', 'Leith', 'United Kingdom', 'EH6 6LB'], card: ['66129e71c9e77a0001c2b7f2', '5425233430109903', '04/27', '117'] },
};
const payReq = (c) =>
  `Sending payment request: PaymentRequest{address=Address{id=${c.addr[0]}, number='${c.addr[1]}', street='${c.addr[2]}', city='${c.addr[3]}', country='${c.addr[4]}', postcode='${c.addr[5]}'}, card=Card{id=${c.card[0]}, longNum='${c.card[1]}', expires='${c.card[2]}', ccv='${c.card[3]}'}, customer=Customer{id=${c.id}, firstName='${c.first}', lastName='${c.last}', username='${c.user}', addresses=[], cards=[]}}`;

// orders (declined when the cart total, shipping 4.99 included, exceeds payment's -decline default of 105)
const ORDERS = [
  { min: -31.2, c: 'eve', ok: true }, { min: -26.4, c: 'lee', ok: true }, { min: -19.1, c: 'marta', ok: false },
  { min: -16.3, c: 'eve', ok: true }, { min: -14.2, c: 'marta', ok: false }, { min: -9.0, c: 'marta', ok: false },
  { min: -5.7, c: 'lee', ok: true }, { min: -2.8, c: 'eve', ok: true },
];
function ordersLog() {
  const lines = [
    spring(-60 * 24 * 9 + 0.9, 'INFO', 'main', 'works.weave.socks.orders.OrderApplication', 'Started OrderApplication in 38.441 seconds (JVM running for 41.207)'),
  ];
  ORDERS.forEach((o, i) => {
    const th = `http-nio-80-exec-${(i % 9) + 1}`;
    lines.push(spring(o.min, 'INFO', th, OC, payReq(CUST[o.c]), i));
    lines.push(spring(o.min + 0.004, 'INFO', th, OC, `Received payment response: PaymentResponse{authorised=${o.ok}, message=${o.ok ? 'Payment authorised' : 'Payment declined: amount exceeds 105.00'}}`, i));
  });
  return lines;
}
function paymentLog() {
  const lines = [kit(-60 * 24 * 9 + 0.4, 'main.go:80', 'transport=HTTP port=80')];
  const events = [];
  for (let m = -33, k = 0; m < -0.1; m += 0.05, k++) events.push({ m, l: kit(m, 'logging.go:40', `method=Health result=1 took=${(31 + ((k * 37) % 53) + ((k * 7) % 10) / 10).toFixed(3)}µs`) });
  ORDERS.forEach((o, i) => events.push({ m: o.min + 0.002, l: kit(o.min + 0.002, 'logging.go:29', `method=Authorise result=${o.ok} took=${700 + i * 37}ns`) }));
  return [...lines, ...events.sort((a, b) => a.m - b.m).map((e) => e.l)];
}
const dev = (method, url, code, ms, len) => {
  const col = code >= 500 ? 31 : code >= 400 ? 33 : code >= 300 ? 36 : 32;
  return `\x1b[0m${method} ${url} \x1b[${col}m${code} \x1b[0m${ms.toFixed(3)} ms - ${len}\x1b[0m`;
};
function frontEndLog(which) {
  const head = ['Using the redis based session manager', 'App now running in production mode on port 8079'];
  const ev = [];
  let k = 0;
  for (let m = -43.5; m < -0.2; m += 0.7, k++) {
    if ((k + which) % 2) continue;
    ev.push({ m, l: [dev('GET', '/', 200, 2.1 + (k % 4), 8688), dev('GET', '/catalogue?size=5', 200, 18.4 + (k % 7), 1743), dev('GET', '/cart', 200, 11.2 + (k % 5), 243)] });
  }
  ORDERS.forEach((o, i) => {
    if (i % 2 !== which) return;
    const c = CUST[o.c];
    const oid = (BigInt('0x6a4f2b1e9c07d3a15e8b2c40') + BigInt(i)).toString(16);
    const l = [
      'Request received with body: {}',
      `Posting Order: {"customer":"http://user/customers/${c.id}","address":"http://user/addresses/${c.addr[0]}","card":"http://user/cards/${c.card[0]}","items":"http://carts/carts/${c.id}/items"}`,
    ];
    if (o.ok) {
      l.push(`Order response: {"id":"${oid}","customerId":"${c.id}","total":${(38.98 + i * 3.5).toFixed(2)},"_links":{"self":{"href":"http://orders/orders/${oid}"}}}`);
      l.push(dev('POST', '/orders', 201, 412.8 + i * 11, 1183));
    } else {
      l.push(`Order response: {"timestamp":${Date.parse(T.isoMs(o.min + 0.005))},"status":406,"error":"Not Acceptable","exception":"works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException","message":"Payment declined: amount exceeds 105.00","path":"/orders"}`);
      l.push(dev('POST', '/orders', 406, 301.6 + i * 9, 247));
    }
    ev.push({ m: o.min, l });
  });
  return [...head, ...ev.sort((x, y) => x.m - y.m).flatMap((e) => e.l)];
}

const scenario = {
  folder: 's55b-nofault-checkout-declined-over-limit',
  description:
    'support escalation: customer says checkout fails with "payment declined", tried 3 times in the last 20 min. is payment down? we restarted front-end earlier today fwiw',
  incidentTime: INCIDENT,
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'time-expression'],
  workloads: {
    // benign: `kubectl rollout restart deployment/front-end` 45 minutes ago, both new pods Ready
    'front-end': {
      patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-45) } },
      rollout: { at: -45, oldPatch: { podAnnotations: undefined } },
    },
    // decoy: carts' JVM OOMKilled four days ago, running since
    carts: {
      pods: [{
        containers: {
          carts: cs.restartedRunning({
            restarts: 1, startedAt: T.iso(-60 * 24 * 4),
            last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 4 - 0.03) },
          }),
        },
      }],
    },
  },
  events: [
    { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 1', first: -45 },
    { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 1 from 2', first: -44.3 },
    { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 2 from 1', first: -44.3 },
    { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 0 from 1', first: -43.6 },
    { on: 'pod:front-end#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', fieldPath: 'spec.containers{front-end}', first: -44.22 },
    { on: 'pod:front-end#0', reason: 'Started', message: 'Started container front-end', fieldPath: 'spec.containers{front-end}', first: -44.2 },
    { on: 'pod:front-end#1', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', fieldPath: 'spec.containers{front-end}', first: -43.72 },
    { on: 'pod:front-end#1', reason: 'Started', message: 'Started container front-end', fieldPath: 'spec.containers{front-end}', first: -43.7 },
  ],
  logs: {
    'orders#0/orders': ordersLog(),
    'payment#0/payment': paymentLog(),
    'front-end#0/front-end': frontEndLog(0),
    'front-end#1/front-end': frontEndLog(1),
    'carts#0/carts': [
      `${T.java(-60 * 24 * 4 + 0.6)}  INFO [carts,,,] 7 --- [           main] works.weave.socks.cart.CartApplication   : Started CartApplication in 36.218 seconds (JVM running for 39.654)`,
    ],
  },
  grounding: `
    Manifests: microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f as the session-2 system has it
    (payment weaveworksdemos/payment:0.4.3 started without arguments; orders 0.4.7; front-end 0.3.12, 2 replicas here).
    Code: microservices-demo/payment cmd/paymentsvc/main.go (flag -decline, default 105: "Decline payments over certain amount"),
    service.go (Authorise answers authorised=false with "Payment declined: amount exceeds 105.00" above it — a designed rule, not an
    error), logging.go (go-kit logfmt: method=Authorise result=…, method=Health for the probes); microservices-demo/orders
    OrdersController.newOrder (total = items + 4.99 shipping; logs "Sending payment request: PaymentRequest{…}" and "Received payment
    response: PaymentResponse{authorised=…, message=…}", then throws PaymentDeclinedException, @ResponseStatus 406); front-end
    api/orders/index.js ("Posting Order: …", "Order response: …") and morgan "dev" request lines.
    What happened: one shopper (mkowalska) has a cart over 100 (e.g. two pairs of "Holy" at 99.99), so each of her three checkout
    attempts is declined by payment's threshold and the front-end shows the 406; every other order in the same window (totals below
    105) is authorised and saved. Payment, orders, user and carts are Ready with no restarts relevant to the window.
    No fault: nothing in the cluster is wrong; the answer is the business rule (or the customer's basket), not a component.
    Decoys: the front-end was restarted 45 minutes earlier (kubectl rollout restart: new ReplicaSet, both pods Ready, the old one at 0)
    and the description mentions it; carts was OOMKilled four days ago and has run since; the 406 responses are the only "errors" in
    the front-end log.
    Deviations from upstream: the shopper, her basket and the demo orders are invented; the restartedAt annotation on the front-end
    template.
  `,
};

export const scenarios = [scenario];
