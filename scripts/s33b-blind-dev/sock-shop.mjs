// Batch s33b (blind dev): one Sock Shop incident on the session-2 system (scripts/s2-scenarios/sock-shop.mjs) — a payment
// rollout meant to raise the decline threshold passes `-decline=10`, so payment (Ready, healthy) declines nearly every order.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const IT = '2026-03-20T19:12:00Z';
const T = clock(IT);
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const totals = [34.98, 112.5, 17.99, 49.0, 26.98, 89.97, 12.99, 53.96];

const payLog = [
  kit(-41.4, 'caller=main.go:73 transport=HTTP port=80'),
];
const ordersLog = [];
const frontLog = [];
let k = 0;
for (let m = -70; m < -0.5; m += 2.3, k++) {
  const total = totals[k % totals.length] + 4.99;
  const ok = m < -41.4 ? total <= 100 : total <= 10;
  const id = (0x65f3a1b2c4d5e6f7a8b9c0d1n + BigInt(k * 7919)).toString(16);
  if (m >= -41.4) payLog.push(kit(m + 0.01, `caller=logging.go:25 method=Authorise result=${ok} took=${(6 + (k % 5) * 1.7).toFixed(3)}µs`));
  ordersLog.push(spring(m, 'INFO', 'orders', `http-nio-80-exec-${(k % 10) + 1}`, 'w.o.controllers.OrdersController', `Received payment response: PaymentResponse{authorised=${ok}, message=${ok ? 'Payment authorised' : 'Payment declined: amount exceeds $100'}}`));
  if (ok) ordersLog.push(spring(m + 0.02, 'INFO', 'orders', `http-nio-80-exec-${(k % 10) + 1}`, 'w.o.controllers.OrdersController', `Received shipment response: Shipment{id='${id}', name='${id}'}`));
  frontLog.push(`Order response: ${ok ? `{"id":"${id}","customerId":"57a98d98e4b00679b4a830b2","total":${total.toFixed(2)},"_links":{"self":{"href":"http://orders/orders/${id}"}}}` : `{"timestamp":${Date.parse(T.isoMs(m))},"status":406,"error":"Not Acceptable","exception":"works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException","message":"Payment declined: amount exceeds $100","path":"/orders"}`}`);
}

export const scenarios = [
  {
    folder: 's33b-payment-decline-threshold',
    split: 'dev',
    description: 'sock shop: customers say every order gets "payment declined" at checkout since this evening',
    incidentTime: IT,
    expected: { component: 'payment', cause: 'config-error' },
    alsoAcceptable: [{ component: 'payment', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      Manifests: microservices-demo complete-demo.yaml (payment weaveworksdemos/payment:0.4.3, /health probes on 80, no args:
      the image's CMD is "/app -port=80"). Code: microservices-demo/payment cmd/paymentsvc/main.go declares
      flag.Float64("decline", 100, "Decline payments over certain amount") and service.go authorises amount <= declineOverAmount,
      else answers "Payment declined: amount exceeds $100" (the text is hard-coded, so it lies about the threshold); orders
      throws PaymentDeclinedException, a 406 that front-end passes to the browser. Fault: a change meant to raise the threshold
      for bundle packs (100 -> 1000) is rolled out at ~18:30 as command /app, args -port=80 -decline=10; the new pod is Ready
      and healthy, logs go-kit logfmt "method=Authorise result=false" for nearly every order, orders logs the declined
      PaymentResponse and front-end the 406 bodies. Nothing is Warning in the cluster. Expected payment config-error (the
      value the workload reads is wrong); bad-deploy-rollout on payment also accepted since the rollout carried it. Decoys:
      a carts rollout the day before, an old user-db restart.
    `,
    workloads: {
      payment: {
        rollout: { at: -41.9, revision: 6 },
        containers: { payment: { command: ['/app'], args: ['-port=80', '-decline=10'] } },
      },
      carts: { rollout: { at: -60 * 22, revision: 9 }, containers: { carts: { image: 'weaveworksdemos/carts:0.4.8', env: [{ name: 'JAVA_OPTS', value: '-Xms64m -Xmx192m -XX:+UseG1GC -Djava.security.egd=file:/dev/urandom -Dspring.zipkin.enabled=false' }] } } },
      'user-db': {
        pods: [{ containers: { 'user-db': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5 - 31), last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 5 - 31.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: -41.9 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: -38.6 },
      { on: 'pod:payment#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -41.9 },
      { on: 'pod:payment#0', reason: 'Pulled', fieldPath: 'spec.containers{payment}', message: 'Container image "weaveworksdemos/payment:0.4.3" already present on machine', first: -41.8 },
      { on: 'pod:payment#0', reason: 'Created', fieldPath: 'spec.containers{payment}', message: 'Created container payment', first: -41.8 },
      { on: 'pod:payment#0', reason: 'Started', fieldPath: 'spec.containers{payment}', message: 'Started container payment', first: -41.7 },
    ],
    logs: {
      'payment#0/payment': payLog,
      'orders#0/orders': ordersLog,
      'front-end#0/front-end': frontLog,
      'queue-master#0/queue-master': [
        spring(-52.4, 'INFO', 'queue-master', 'SimpleAsyncTaskExecutor-1', 'w.q.consumer.ShippingTaskHandler', 'Received shipment task: Shipment{id=\'65f3a1b2c4d5e6f7a8b9d8a5\', name=\'65f3a1b2c4d5e6f7a8b9d8a5\'}'),
        spring(-45.5, 'INFO', 'queue-master', 'SimpleAsyncTaskExecutor-1', 'w.q.consumer.ShippingTaskHandler', 'Received shipment task: Shipment{id=\'65f3a1b2c4d5e6f7a8b9f0c3\', name=\'65f3a1b2c4d5e6f7a8b9f0c3\'}'),
      ],
    },
  },
];
