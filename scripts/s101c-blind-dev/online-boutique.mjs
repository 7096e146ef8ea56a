// Blind dev batch s101c, Online Boutique: a kustomize overlay set checkoutservice's CURRENCY_SERVICE_ADDR to the
// staging namespace, which does not exist here; checkout pods stay Ready and every order fails (config-error).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };
const IT = '2026-04-16T14:51:00Z';
const T = clock(IT);
const co = system.workloads.find((w) => w.name === 'checkoutservice').containers[0];
const BAD = 'currencyservice.boutique-staging:7000';
const newEnv = co.env.map((e) => (e.name === 'CURRENCY_SERVICE_ADDR' ? { ...e, value: BAD } : e));
const RO = -33;
const dial = 'rpc error: code = Unavailable desc = name resolver error: produced zero addresses';
const fe = (min, id, sess) => JSON.stringify({
  error: `failed to complete the order: rpc error: code = Internal desc = failed to prepare order: failed to convert price of "66VCHSJNUP" to EUR: ${dial}`,
  'http.req.id': id, 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', message: 'request error', session: sess,
  severity: 'error', timestamp: T.isoMs(min).replace(/\.(\d{3})Z$/, '.$1123456Z'),
});
const cl = (min, sev, message) => JSON.stringify({ message, severity: sev, timestamp: T.isoMs(min).replace(/\.(\d{3})Z$/, '.$1456789Z') });
export const scenarios = [
  {
    folder: 's101c-checkout-currency-addr-staging-ns',
    incidentTime: IT,
    description: 'boutique place order -> 500 "failed to complete the order" for every1 since 14:20ish. browse, cart, currency dropdown all work',
    expected: { component: 'checkoutservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'typo'],
    grounding: `
      Manifest: checkoutservice (Go, grpc-go) dials CURRENCY_SERVICE_ADDR=currencyservice:7000 to convert every cart
      item and the shipping quote in PlaceOrder; the frontend's own currency calls use its own env and keep working.
      Fault: a kustomize overlay meant for staging was applied to prod and set CURRENCY_SERVICE_ADDR to
      currencyservice.boutique-staging:7000; that namespace does not exist in this cluster, so the lookup is NXDOMAIN,
      the grpc-go dns resolver produces no addresses and every PlaceOrder fails with Unavailable ("name resolver error:
      produced zero addresses"); the gRPC health probe still passes, so the pods are Ready. currencyservice is healthy.
      The ReplicaSets differ only in that env value. Deviation from upstream: the env value.`,
    workloads: {
      checkoutservice: {
        containers: { server: { env: newEnv } },
        rollout: { at: RO, oldReplicas: 0, oldContainers: { server: { env: co.env } } },
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', source: 'deployment-controller', first: RO, last: RO },
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', source: 'deployment-controller', first: RO + 0.4, last: RO + 0.4 },
    ],
    logs: {
      'checkoutservice#0/server': [
        cl(RO + 0.5, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice.boutique-staging:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}'),
        cl(RO + 0.5, 'info', 'starting to listen on tcp: "[::]:5050"'),
        cl(-29.4, 'info', '[PlaceOrder] user_id="5b8d1e2f-7a41-4c3e-9f0a-1d2c3b4a5e6f" user_currency="EUR"'),
        cl(-21.0, 'info', '[PlaceOrder] user_id="0c9e7d21-44b8-4f1a-8e3d-6a7b5c4d3e2f" user_currency="USD"'),
        cl(-12.6, 'info', '[PlaceOrder] user_id="9a1b2c3d-4e5f-4a6b-8c7d-e8f9a0b1c2d3" user_currency="EUR"'),
        cl(-4.2, 'info', '[PlaceOrder] user_id="3f4e5d6c-7b8a-4c9d-8e0f-1a2b3c4d5e6f" user_currency="JPY"'),
      ],
      'frontend#0/server': [
        fe(-29.4, '1e0a7c52-3f6d-4b89-a2e1-7d4c9b0f3a11', '5b8d1e2f-7a41-4c3e-9f0a-1d2c3b4a5e6f'),
        fe(-12.6, '8c2b4d61-0e9f-4a73-b5c8-2f1e6d3a9b44', '9a1b2c3d-4e5f-4a6b-8c7d-e8f9a0b1c2d3'),
      ],
      'frontend#1/server': [
        fe(-21.0, '4a7e1c90-6b2d-4f38-9e5a-0c3d8b1f7e22', '0c9e7d21-44b8-4f1a-8e3d-6a7b5c4d3e2f'),
        fe(-4.2, 'b3d9f0a2-5c1e-4e67-8a4b-9f2c7e0d1a55', '3f4e5d6c-7b8a-4c9d-8e0f-1a2b3c4d5e6f'),
      ],
      'currencyservice#0/server': [
        '{"severity":"info","time":' + Date.parse(T.isoMs(-2)) + ',"pid":1,"hostname":"%POD%","name":"currencyservice-server","msg":"conversion request successful","v":1}',
      ],
    },
  },
];
