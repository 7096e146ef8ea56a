// s20 held-out scenario for the OpenTelemetry demo (split: test), written blind: an egress NetworkPolicy on checkout that
// forgot payment, harmless until a payment rollout forced checkout to dial anew. Built by scripts/s20-build-h.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const A = '2026-12-12T11:09:00Z';
const T = clock(A);
const ROLL = -17;
const USERS = ['b7c1f4e2-3a9d-4e61-8f05-2c7d9a1e6b34', '0f3e8a21-6c4b-4d7e-9a12-5b8c3f7e1d90', '5d2a9c7e-1f4b-4a38-b6e0-9c3d7f2a8e15', 'e91b4d06-7a2c-4f5e-8d31-6b0a9c4e2f78'];
const clog = (min, sev, msg) => `{"message":${JSON.stringify(msg)},"severity":"${sev}","timestamp":"${T.isoMs(min)}"}`;
const dialErr = `rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:payment%:8080: i/o timeout"`;

const checkout = [];
for (let i = 0; i < 6; i++) {
  const m = -40 + i * 3.6, u = USERS[i % 4];
  checkout.push(clog(m, 'info', `[PlaceOrder] user_id="${u}" user_currency="USD"`), clog(m + 0.01, 'info', `payment went through (transaction_id: ${(0x1f2e3d4c + i * 977).toString(16)}-9a8b-4c7d-8e6f-${(0x5a4b3c2d1e0f + i * 31).toString(16)})`), clog(m + 0.02, 'info', `order confirmation email sent to "${['larry_sergei@example.com', 'amy@example.com', 'dan@example.com', 'ops@example.com'][i % 4]}"`), clog(m + 0.02, 'info', 'sending to postProcessor'));
}
for (let i = 0; i < 10; i++) {
  const m = ROLL + 1.2 + i * 1.55, u = USERS[(i + 1) % 4];
  checkout.push(clog(m, 'info', `[PlaceOrder] user_id="${u}" user_currency="${i % 3 ? 'USD' : 'EUR'}"`), clog(m + 0.34, 'error', `failed to charge card: could not charge the card: ${dialErr}`));
}
const proxy = [];
for (let i = 0; i < 10; i++) {
  const m = ROLL + 1.2 + i * 1.55;
  proxy.push(`[${T.isoMs(m + 0.34)}] "POST /api/checkout?currencyCode=${i % 3 ? 'USD' : 'EUR'} HTTP/1.1" 500 - via_upstream - "-" 412 76 20188 20187 "-" "python-requests/2.32.4" "${(0x7a6b5c4d + i * 131).toString(16)}-2e1f-4a3b-9c8d-${(0x0e1f2a3b4c5d + i * 17).toString(16)}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" frontend - %PODIP%:8080 %IPOF:load-generator#0%:${43100 + i * 9} - -`);
  proxy.push(`[${T.isoMs(m + 0.5)}] "GET /api/products/66VCHSJNUP?currencyCode=USD HTTP/1.1" 200 - via_upstream - "-" 0 318 9 8 "-" "python-requests/2.32.4" "${(0x1b2c3d4e + i * 71).toString(16)}-7f6e-4d5c-8b9a-${(0x1a2b3c4d5e6f + i * 13).toString(16)}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" frontend - %PODIP%:8080 %IPOF:load-generator#0%:${44100 + i * 9} - -`);
}
const pino = (min, msg, extra = '') => `{"level":30,"time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"%POD%","service.name":"payment",${extra}"msg":"${msg}"}`;

export const scenarios = [
  {
    folder: 's20-checkout-egress-policy-misses-payment',
    split: 'test',
    incidentTime: A,
    description: 'astronomy shop: place order fails for everyone since the payment deploy ~10:50, browse/cart fine',
    expected: { component: 'checkout', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'payment', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['network-policy', 'pods-ready', 'decoy', 'time-expression'],
    grounding: `
      open-telemetry/opentelemetry-demo 2.1.3 kubernetes/opentelemetry-demo.yaml: checkout dials PAYMENT_ADDR=payment:8080 over
      gRPC among CART/CURRENCY/EMAIL/PRODUCT_CATALOG/SHIPPING and Kafka; a failed charge is returned as 'failed to charge card: could
      not charge the card: %v' and the frontend answers POST /api/checkout with 500 (seen in frontend-proxy's Envoy access log).
      GKE Dataplane V2 (Cilium) keeps the policy verdict of an established connection.
      Fault: three days earlier the platform team applied per-service egress NetworkPolicies through GitOps; checkout's allow-list
      was copied from its env but left payment out (PAYMENT_ADDR is the only address without http:// or a second consumer). Nothing
      broke while checkout's long-lived gRPC connection to the old payment pod stayed up. The payment rollout at 10:52 (memory
      limit 120Mi -> 160Mi) replaced that pod; checkout must dial the new one, its SYNs are dropped, and every PlaceOrder fails
      with 'dial tcp <payment ClusterIP>:8080: i/o timeout' after ~20 s. payment is Running, Ready and silent after startup;
      browsing and carts work. Decoy: the payment rollout itself, which the description blames.`,
    networkPolicies: [
      {
        name: 'checkout-egress',
        created: -60 * 24 * 3 - 40,
        spec: {
          podSelector: { matchLabels: { 'app.kubernetes.io/name': 'checkout' } },
          policyTypes: ['Egress'],
          egress: [
            { to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }] },
            { to: [{ podSelector: { matchExpressions: [{ key: 'app.kubernetes.io/name', operator: 'In', values: ['cart', 'currency', 'email', 'product-catalog', 'shipping', 'flagd'] }] } }], ports: [{ protocol: 'TCP', port: 8080 }, { protocol: 'TCP', port: 8013 }] },
            { to: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'kafka' } } }], ports: [{ protocol: 'TCP', port: 9092 }] },
            { to: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'opentelemetry-collector' } } }], ports: [{ protocol: 'TCP', port: 4317 }, { protocol: 'TCP', port: 4318 }] },
          ],
        },
      },
      {
        name: 'frontend-egress',
        created: -60 * 24 * 3 - 40,
        spec: {
          podSelector: { matchLabels: { 'app.kubernetes.io/name': 'frontend' } },
          policyTypes: ['Egress'],
          egress: [
            { to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }] },
            { to: [{ podSelector: { matchExpressions: [{ key: 'app.kubernetes.io/name', operator: 'In', values: ['ad', 'cart', 'checkout', 'currency', 'product-catalog', 'recommendation', 'shipping', 'flagd'] }] } }], ports: [{ protocol: 'TCP', port: 8080 }, { protocol: 'TCP', port: 8013 }] },
            { to: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'opentelemetry-collector' } } }], ports: [{ protocol: 'TCP', port: 4317 }, { protocol: 'TCP', port: 4318 }] },
          ],
        },
      },
    ],
    workloads: {
      payment: {
        rollout: { at: ROLL, oldContainers: { payment: { resources: { limits: { memory: '120Mi' } } } } },
        containers: { payment: { resources: { limits: { memory: '160Mi' } } } },
        endpointsChanged: ROLL + 0.6,
      },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: ROLL },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: ROLL + 0.7 },
      { on: 'pod:payment#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-payment" already present on machine', first: ROLL + 0.2, fieldPath: 'spec.containers{payment}' },
      { on: 'pod:payment#0', reason: 'Started', message: 'Started container payment', first: ROLL + 0.3, fieldPath: 'spec.containers{payment}' },
    ],
    logs: {
      'checkout#0/checkout': checkout,
      'frontend-proxy#0/frontend-proxy': proxy,
      'payment#0/payment': [pino(ROLL + 0.45, 'payment gRPC server started on port 8080')],
      'cart#0/cart': Array.from({ length: 6 }, (_, i) => `info: cart.cartstore.ValkeyCartStore[0]\n      GetCartAsync called with userId=${USERS[i % 4]}`),
    },
  },
];
