// Batch s49a (blind dev): one Sock Shop incident for the scenario kit, on the session-2 Sock Shop system
// (deploy/kubernetes/complete-demo.yaml at 9dff06f); built by scripts/s49a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';

const T = clock('2026-11-27T17:12:00Z');
// go-kit logfmt as payment prints it (ts, caller, then the key/values).
const kit = (min, kv) => `ts=${T.isoMs(min).replace(/Z$/, '')}${String(Math.round(Math.abs(min) * 104729) % 1000000).padStart(6, '0')}Z caller=${kv}`;
const auth = (min, took) => kit(min, `logging.go:22 method=Authorise result=false took=${took}`);
const health = (min, took) => kit(min, `logging.go:33 method=Health result=1 took=${took}`);
const ORDER_BODY = (id) =>
  `{"timestamp":${Date.parse(T.isoMs(id.min))},"status":406,"error":"Not Acceptable","exception":"works.weave.socks.orders.controllers.OrdersController$PaymentDeclinedException","message":"Payment declined","path":"/orders"}`;
const fe = (min, ms, reqId) => [
  `Posting Order: {"customer":"http://user/customers/${reqId}","address":"http://user/addresses/${reqId}a","card":"http://user/cards/${reqId}c","items":"http://carts/carts/${reqId}/items"}`,
  `Order response: ${ORDER_BODY({ min })}`,
  `POST /orders 406 ${ms.toFixed(3)} ms - 226`,
];

export const scenarios = [
  {
    folder: 's49a-payment-decline-threshold-from-staging',
    incidentTime: '2026-11-27T17:12:00Z',
    description: 'sock shop checkout broken since ~16:40 — customers say every order fails at the last step. black friday!!',
    expected: { component: 'payment', cause: 'config-error' },
    alsoAcceptable: [{ component: 'payment', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression'],
    grounding: `
      Sock Shop complete-demo.yaml payment (weaveworksdemos/payment:0.4.3, Go, :80, /health probes). Upstream
      cmd/paymentsvc/main.go: flag -decline ("Decline payments over certain amount", default 100); service.go authorises only
      amount <= declineOverAmount and otherwise answers {"authorised":false,"message":"Payment declined: amount exceeds $100"}
      (the text is fixed, whatever the flag); the go-kit logging middleware logs "method=Authorise result=false took=…".
      orders' OrdersController throws PaymentDeclinedException, @ResponseStatus(NOT_ACCEPTABLE, "Payment declined"), which
      Spring answers as a 406 without logging it; front-end api/orders logs "Order response: …" and morgan "POST /orders
      406". Deviation: the payments team moved payment to a chart with args ["-port=80", "-decline=<value>"], and the prod
      values missed the override, so revision 5 (rolled out at 16:38) runs with the staging e2e value -decline=10: every
      basket (socks are $7.99-$99.99, plus $4.99 shipping) is declined. Pods Ready, probes pass, no error logs anywhere; the
      only traces are payment's result=false on every call, the new args in the Deployment and 406s at the front-end.
      Expected payment/config-error; bad-deploy-rollout on payment also accepted (the wrong value came with revision 5).`,
    workloads: {
      payment: {
        rollout: { at: -34, revision: 5, oldReplicas: 0, oldContainers: { payment: { command: undefined, args: undefined } } },
        containers: { payment: { command: ['/app'], args: ['-port=80', '-decline=10'] } },
      },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: -34 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: -30.6 },
      { on: 'pod:payment#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{payment}', message: 'Readiness probe failed: Get "http://%PODIP%:80/health": dial tcp %PODIP%:80: connect: connection refused', first: -33.4, count: 1 },
    ],
    logs: {
      'payment#0/payment': [
        kit(-33.5, 'main.go:68 transport=HTTP port=80'),
        health(-30.7, '2.591µs'),
        auth(-27.9, '3.114µs'),
        health(-27.8, '1.904µs'),
        auth(-21.3, '2.87µs'),
        auth(-14.6, '4.012µs'),
        health(-14.5, '2.233µs'),
        auth(-9.2, '3.376µs'),
        auth(-5.8, '2.958µs'),
        health(-5.7, '1.871µs'),
        auth(-1.4, '3.505µs'),
      ],
      'front-end#0/front-end': [
        'GET /catalogue?size=5 200 12.812 ms - 1647',
        'GET /cart 200 9.402 ms - 215',
        ...fe(-21.3, 231.407, '57a98d98e4b00679b4a830af'),
        'GET /catalogue/3395a43e-2d88-40de-b95f-e00e1502085b 200 7.219 ms - 310',
        ...fe(-9.2, 198.65, '5aa2b9c1e4b0a8f1d3c72e51'),
        'GET /customers/5aa2b9c1e4b0a8f1d3c72e51 200 15.033 ms - 512',
        ...fe(-1.4, 244.118, '5b01c3d7e4b0f2a96e1d8c44'),
      ],
      'front-end#1/front-end': [
        'GET /tags 200 6.116 ms - 107',
        ...fe(-27.9, 212.93, '5a7f3e21e4b0c1d8a2f94b07'),
        'GET /catalogue?page=1&size=6&tags= 200 10.54 ms - 1972',
        ...fe(-14.6, 227.002, '5ab48d0ee4b09c3f71e2a6d3'),
        ...fe(-5.8, 203.771, '5ac09e4fe4b0d61a8c3b7f12'),
      ],
    },
  },
];
