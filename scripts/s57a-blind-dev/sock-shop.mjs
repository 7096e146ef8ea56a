// Blind dev batch s57a: one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s57a-build.mjs — payment started with a mistyped decline threshold it accepts (config-error), orders louder.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const INC = '2026-06-02T09:14:00Z';
const T = clock(INC);
const ROLL = -36; // 08:38 payment revision 4 (the args change)
const LIVE = -32.9; // the new pod becomes Ready (readiness initialDelaySeconds 180) and the old one goes

const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min).replace('Z', '')}${String(412077 + Math.round(min * 1000) % 900000).padStart(6, '0')}Z ${kv}`;
const ms = (min) => Date.parse(T.isoMs(min));

const CUST = ['57a98d98e4b00679b4a830af', '57a98d98e4b00679b4a830b2', '57a98d98e4b00679b4a830b5'];
const paymentLog = [kit(ROLL + 0.2, 'caller=main.go:62 transport=HTTP port=80')];
const ordersLog = [];
const frontLogs = [[], []];
for (let m = -55, i = 0; m < -0.3; m += 1.1, i++) {
  const declined = m > LIVE;
  const exec = `p-nio-80-exec-${1 + (i % 10)}`;
  const c = CUST[i % 3];
  const amount = [23.98, 41.43, 15.99, 104.97, 33.5][i % 5];
  const frontLog = frontLogs[i % 2];
  frontLog.push(`Posting Order: {"customer":"http://user/customers/${c}","address":"http://user/addresses/${c.slice(0, -2)}ad","card":"http://user/cards/${c.slice(0, -2)}ae","items":"http://carts/carts/${c}/items"}`);
  ordersLog.push(spring(m, 'INFO', 'orders', exec, 'w.w.s.o.controllers.OrdersController', `Received payment response: PaymentResponse{authorised=${!declined && amount <= 100}, message=${declined ? 'Payment declined: amount exceeds 10.50' : amount <= 100 ? 'Payment authorised' : 'Payment declined: amount exceeds 100.00'}}`));
  if (m > ROLL + 0.2) paymentLog.push(kit(m, `caller=logging.go:22 method=Authorise result=${!declined && amount <= 100} took=${(4 + (i % 9) * 1.7).toFixed(3)}µs`));
  if (declined || amount > 100) {
    frontLog.push(`Order response: {"timestamp":${ms(m)},"status":406,"error":"Not Acceptable","exception":"works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException","message":"${declined ? 'Payment declined: amount exceeds 10.50' : 'Payment declined: amount exceeds 100.00'}","path":"/orders"}`);
    frontLog.push(`POST /orders 406 ${(180 + (i % 7) * 21.3).toFixed(3)} ms - 246`);
  } else {
    frontLog.push(`Order response: {"id":"6a2f${(0x10000 + i * 977).toString(16)}e4b0c3a19d${i % 10}b7","customerId":"${c}","address":{"number":"246","street":"Whitelees Road","city":"Glasgow","postcode":"G67 3DL","country":"United Kingdom"},"shipment":{"name":"${c}"},"date":"${T.isoMs(m)}","total":${amount}}`);
    frontLog.push(`POST /orders 201 ${(220 + (i % 7) * 23.1).toFixed(3)} ms - 712`);
  }
  frontLog.push(`GET /catalogue?page=1&size=6&tags= 200 ${(11 + (i % 5) * 2.2).toFixed(3)} ms - 1854`);
  frontLog.push(`GET /cart 200 ${(14 + (i % 4) * 3.1).toFixed(3)} ms - 312`);
}
for (let m = ROLL + 3.2, k = 0; m < -0.05; m += 0.05, k++)
  if (k % 6 === 0) paymentLog.push(kit(m, `caller=logging.go:35 method=Health result=1 took=${(2.1 + (k % 5) * 0.31).toFixed(2)}µs`));
paymentLog.sort((a, b) => a.slice(3, 33).localeCompare(b.slice(3, 33)));

export const scenarios = [
  {
    folder: 's57a-payment-decline-threshold-typo',
    incidentTime: INC,
    description: 'ordres failing for basically every customer since ~8:45, checkout says payment declined. carts + login fine',
    expected: { component: 'payment', cause: 'config-error' },
    alsoAcceptable: [{ component: 'payment', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'typo', 'time-expression', 'decoy'],
    grounding: `
      Manifests: microservices-demo complete-demo.yaml at 9dff06f (SOURCES.md): payment (weaveworksdemos/payment:0.4.3, port 80,
      readiness/liveness httpGet /health, initialDelaySeconds 180/300, periodSeconds 3), orders -> http://payment/paymentAuth.
      The payment binary reads flag -decline (float, "Decline payments over certain amount"; default 105 in
      the later cmd/paymentsvc/main.go, 100 in early versions) and answers
      {"authorised": false, "message": "Payment declined: amount exceeds %.2f"} for any larger amount (payment service.go);
      orders turns an unauthorised response into PaymentDeclinedException, a 406 Not Acceptable (orders OrdersController).
      Fault: the payments change at 08:38 moved the threshold into the Deployment (command /app, args -port=80
      -decline=10.5, meant 105) — the value parses, the service starts, passes its probes and is Ready; every basket with
      shipping is over 10.50, so every order is declined from 08:41 when the new pod took traffic. Nothing restarts; payment's
      go-kit logfmt lines only say result=false, orders logs "Received payment response ... authorised=false" and the front-end
      prints the 406 bodies (Spring Boot 1.x error JSON) — the callers are louder than the culprit.
      Decoys: carts was OOMKilled four days ago (restartCount 1, healthy since); orders declined one basket over 100.00 before
      the change (the normal rule). Deviations: the args change is invented; the front-end lines follow its console.log of
      "Posting Order"/"Order response" and morgan's dev format without colours; the Event of the old ReplicaSet's scale-down is
      kept (within the 1h Event TTL).
    `,
    workloads: {
      payment: {
        rollout: { at: ROLL, revision: 4, oldContainers: { payment: { command: undefined, args: undefined } } },
        containers: { payment: { command: ['/app'], args: ['-port=80', '-decline=10.5'] } },
        pods: [{ readyTransition: T.iso(LIVE) }],
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4 + 0.6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 + 0.5) } }) } }],
      },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: LIVE + 0.05, last: LIVE + 0.05 },
      { on: 'pod:payment#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: ROLL + 0.01 },
      { on: 'pod:payment#0', reason: 'Pulled', fieldPath: 'spec.containers{payment}', message: 'Container image "weaveworksdemos/payment:0.4.3" already present on machine', first: ROLL + 0.05 },
      { on: 'pod:payment#0', reason: 'Created', fieldPath: 'spec.containers{payment}', message: 'Created container payment', first: ROLL + 0.06 },
      { on: 'pod:payment#0', reason: 'Started', fieldPath: 'spec.containers{payment}', message: 'Started container payment', first: ROLL + 0.08 },
    ],
    logs: {
      'payment#0/payment': paymentLog,
      'orders#0/orders': ordersLog,
      'front-end#0/front-end': frontLogs[0],
      'front-end#1/front-end': frontLogs[1],
      'carts#0/carts': [
        spring(-60 * 24 * 4 + 0.9, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 31.228 seconds (JVM running for 33.517)'),
      ],
    },
  },
];
