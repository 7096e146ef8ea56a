// s50a held-out scenario for Sock Shop (split: test), written blind: the session-2 system definition and one incident.
// Built by scripts/s50a-build.mjs with the kit (scripts/s2-scenario-kit.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const T = clock('2026-12-05T15:58:00Z');
// go-kit logfmt (payment: log.NewLogfmtLogger(os.Stderr) with ts=DefaultTimestampUTC, caller=DefaultCaller).
const gk = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
// Spring Boot 1.4 with Sleuth (orders, shipping, carts).
const spring = (min, level, app, thread, logger, msg) =>
  `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const OC = 'w.w.s.o.controllers.OrdersController';

const paymentLogs = () => {
  const out = [gk(-18.3, 'caller=main.go:55 transport=HTTP port=80')];
  let took = 3;
  for (let m = -18.2; m < -0.1; m += 0.05) {
    took = (took * 7 + 5) % 23;
    out.push(gk(m, `caller=logging.go:46 method=Health result=2 took=${took + 4}.${(took * 37) % 1000}µs`));
  }
  for (const m of [-16.4, -15.1, -13.8, -12.2, -11.9, -10.4, -8.7, -7.3, -6.1, -4.6, -3.3, -2.2, -0.9]) {
    out.push(gk(m, `caller=logging.go:22 method=Authorise result=false took=${(Math.abs(m) * 3.1).toFixed(3)}µs`));
  }
  return out.sort((a, b) => a.slice(3, 27).localeCompare(b.slice(3, 27)));
};

const ordersLogs = () => {
  const ok = [-55, -47.5, -41, -33.2, -27.9, -24.4, -21.6];
  const bad = [-16.4, -15.1, -13.8, -12.2, -11.9, -10.4, -8.7, -7.3, -6.1, -4.6, -3.3, -2.2, -0.9];
  const ev = [];
  ok.forEach((m, i) => {
    const thread = `nio-80-exec-${(i % 9) + 1}`;
    ev.push([m, spring(m, 'INFO', 'orders', thread, OC, `Received payment response: PaymentResponse{authorised=true, message=Payment authorised}`)]);
    ev.push([m + 0.01, spring(m + 0.01, 'INFO', 'orders', thread, OC, `Sending shipment request: Shipment{id='null', name='${['57a98d98e4b00679b4a830b2', '5c1f7e2ab4a1fe0001e9b3f7', '5c2a0e91b4a1fe0001e9c4a1'][i % 3]}'}`)]);
    ev.push([m + 0.02, spring(m + 0.02, 'INFO', 'orders', thread, OC, 'Created new order')]);
  });
  bad.forEach((m, i) => {
    const thread = `nio-80-exec-${((i + 3) % 9) + 1}`;
    ev.push([m, spring(m, 'INFO', 'orders', thread, OC, 'Received payment response: PaymentResponse{authorised=false, message=Payment declined: amount exceeds 10.00}')]);
  });
  return ev.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
};

export const scenarios = [
  {
    folder: 's50a-payment-decline-threshold',
    split: 'test',
    description: 'sock shop checkout failing since about 15:40, customers say their card is declined',
    incidentTime: '2026-12-05T15:58:00Z',
    expected: { component: 'payment', cause: 'config-error' },
    alsoAcceptable: [{ component: 'payment', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Sock Shop complete-demo.yaml: payment (weaveworksdemos/payment:0.4.3, Go kit) behind orders, probes on /health.
      The payment binary takes "-decline" (cmd/paymentsvc/main.go: flag.Float64("decline", 105, "Decline payments over certain
      amount")) and answers authorised=false with "Payment declined: amount exceeds <threshold>" above it; the go-kit logging
      middleware logs method=Authorise result=<bool> took=... in logfmt, and orders (Spring Boot) logs the PaymentResponse and
      throws PaymentDeclinedException (406 to the front-end). At 15:39 a values change meant to raise the threshold for a
      bundle promotion rolled payment out with args "-port=80 -decline=10": same image, pods Ready, health checks green, but
      every basket above 10.00 is declined (all of them: the cheapest pair is 7.99 plus 4.99 shipping).
      No new orders reach shipping after 15:38. Decoy: a carts OOMKill three days ago, long recovered.
      A careful engineer names the wrong threshold the payment rollout introduced (config-error); naming the rollout itself
      (bad-deploy-rollout on payment) is also accepted.`,
    workloads: {
      payment: {
        rollout: { at: -19, revision: 4, oldContainers: { payment: { command: undefined, args: undefined } } },
        containers: { payment: { command: ['/app'], args: ['-port=80', '-decline=10'] } },
        endpointsChanged: -18.2,
      },
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: -19 },
      { on: 'rs:payment', reason: 'SuccessfulCreate', message: 'Created pod: payment-%RS%', first: -19 },
      { on: 'pod:payment#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -18.9 },
      { on: 'pod:payment#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/payment:0.4.3" already present on machine', first: -18.8, fieldPath: 'spec.containers{payment}' },
      { on: 'pod:payment#0', reason: 'Created', message: 'Created container payment', first: -18.8, fieldPath: 'spec.containers{payment}' },
      { on: 'pod:payment#0', reason: 'Started', message: 'Started container payment', first: -18.7, fieldPath: 'spec.containers{payment}' },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: -15.6 },
    ],
    logs: {
      'payment#0/payment': paymentLogs(),
      'orders#0/orders': ordersLogs(),
      'shipping#0/shipping': [
        spring(-55, 'INFO', 'shipping', 'nio-80-exec-3', 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...'),
        spring(-47.5, 'INFO', 'shipping', 'nio-80-exec-6', 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...'),
        spring(-41, 'INFO', 'shipping', 'nio-80-exec-1', 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...'),
        spring(-33.2, 'INFO', 'shipping', 'nio-80-exec-8', 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...'),
        spring(-27.9, 'INFO', 'shipping', 'nio-80-exec-2', 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...'),
        spring(-24.4, 'INFO', 'shipping', 'nio-80-exec-5', 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...'),
        spring(-21.6, 'INFO', 'shipping', 'nio-80-exec-9', 'w.w.s.s.controllers.ShippingController', 'Adding shipment to queue...'),
      ],
      'carts#0/carts': [
        spring(-30.1, 'INFO', 'carts', 'nio-80-exec-7', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'03fef6ac-1896-4ce8-bd69-b798f85c6e0b\', quantity=1, unitPrice=99.99}'),
        spring(-22.4, 'INFO', 'carts', 'nio-80-exec-2', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'3395a43e-2d88-40de-b95f-e00e1502085b\', quantity=1, unitPrice=14.0}'),
        spring(-14.9, 'INFO', 'carts', 'nio-80-exec-5', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'837ab141-399e-4c1f-9abc-bace40296bac\', quantity=1, unitPrice=15.0}'),
        spring(-10.2, 'INFO', 'carts', 'nio-80-exec-1', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'zzz4f044-b040-410d-8ead-4de0446aec7e\', quantity=1, unitPrice=12.0}'),
        spring(-3.8, 'INFO', 'carts', 'nio-80-exec-3', 'w.w.s.cart.controllers.ItemsController', 'Adding item to cart: Item{id=\'null\', itemId=\'a0a4f044-b040-410d-8ead-4de0446aec7e\', quantity=2, unitPrice=7.99}'),
      ],
    },
  },
];
