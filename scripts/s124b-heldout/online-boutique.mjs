// Blind held-out batch s124b: one Online Boutique scenario (split test) on the session-2 system definition.
// Built by scripts/s124b-build.mjs with the scenario kit; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const T = clock('2026-05-12T15:40:00Z');
const co = base.workloads.find((w) => w.name === 'checkoutservice').containers[0];
const newEnv = [...co.env, { name: 'OTEL_EXPORTER_OTLP_HEADERS', valueFrom: { secretKeyRef: { name: 'checkout-otlp-auth', key: 'headers' } } }, { name: 'ENABLE_TRACING', value: '1' }];
const front = (min, sev, msg, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'a7c2e915-4b0d-4f3e-8d21-5c9e0f7b3a64', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message: msg, session: extra.session ?? '3f0b9d2a-71ce-4e58-a6b4-9d0c2e7f1a35', severity: sev, timestamp: T.isoMs(min) });
const coLog = (min, msg, sev = 'info') => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's124b-checkout-rollout-secret-absent',
    incidentTime: '2026-05-12T15:40:00Z',
    description: 'checkout deploy stuck for ~20 min, argo says progressing forever. shop still works afaik',
    expected: { component: 'checkoutservice', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'time-expression', 'partial-name'],
    workloads: {
      checkoutservice: {
        containers: { server: { env: newEnv } },
        rollout: { at: -21, oldReplicas: 1, oldContainers: { server: { env: co.env } } },
        pods: [{ containers: { server: cs.waiting('CreateContainerConfigError', 'secret "checkout-otlp-auth" not found') }, ready: false }],
        progressing: { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-20.5), lastTransitionTime: T.iso(-20.5), reason: 'ReplicaSetUpdated', message: 'ReplicaSet is progressing.' },
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -21 },
      { on: 'rs:checkoutservice', reason: 'SuccessfulCreate', message: 'Created pod: checkoutservice-%RS%', first: -21 },
      { on: 'pod:checkoutservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -20.9 },
      { on: 'pod:checkoutservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/checkoutservice:v0.10.6" already present on machine', first: -20.8, last: -0.6, count: 98, fieldPath: 'spec.containers{server}' },
      { on: 'pod:checkoutservice#0', reason: 'Failed', type: 'Warning', message: 'Error: secret "checkout-otlp-auth" not found', first: -20.8, last: -0.6, count: 98, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'checkoutservice#old0/server': [
        coLog(-60 * 24 * 6 + 0.4, 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 cartSvcAddr:cartservice:7070 currencySvcAddr:currencyservice:7000 shippingSvcAddr:shippingservice:50051 emailSvcAddr:emailservice:5000 paymentSvcAddr:paymentservice:50051}'),
        coLog(-60 * 24 * 6 + 0.4, 'starting to listen on tcp: "[::]:5050"'),
        coLog(-14.2, '[PlaceOrder] user_id="3f0b9d2a-71ce-4e58-a6b4-9d0c2e7f1a35" user_currency="EUR"'),
        coLog(-14.2, 'payment went through (transaction_id: 0b6f3c1e-9a2d-4e47-b815-7c3d2a9e6f04)'),
        coLog(-14.1, 'order confirmation email sent to "someone@example.com"'),
        coLog(-3.4, '[PlaceOrder] user_id="c81e0a4d-2b7f-4d93-9e5a-1f6b3c8d2e70" user_currency="USD"'),
        coLog(-3.4, 'payment went through (transaction_id: 5d2e8a71-c4b9-4f06-a3e2-8b1d7f9c0a56)'),
        coLog(-3.3, 'order confirmation email sent to "someone@example.com"'),
      ],
      'frontend#0/server': [
        front(-14.3, 'debug', 'request started', { method: 'POST', path: '/cart/checkout' }),
        front(-14.1, 'info', 'placed order', { method: 'POST', path: '/cart/checkout' }),
        front(-14.1, 'debug', 'request complete', { method: 'POST', path: '/cart/checkout' }),
        front(-2.2, 'debug', 'request started', { id: '6e1b4a9c-0f3d-4c8e-b2a5-9d7f1e3c6b20', path: '/product/OLJCESPC7Z' }),
        front(-2.2, 'debug', 'request complete', { id: '6e1b4a9c-0f3d-4c8e-b2a5-9d7f1e3c6b20', path: '/product/OLJCESPC7Z' }),
      ],
    },
    grounding: `
      Manifest facts: release/kubernetes-manifests.yaml at 34ffea9 (v0.10.6) — checkoutservice, one replica, Deployment
      strategy defaulted to RollingUpdate 25%/25% (so the old pod stays while the new one is not Ready).
      Fault: a release adds tracing to checkoutservice with OTEL_EXPORTER_OTLP_HEADERS from secretKeyRef
      checkout-otlp-auth/headers, a Secret never created in the namespace. The kubelet refuses to start the container:
      state waiting CreateContainerConfigError, Event Failed 'Error: secret "checkout-otlp-auth" not found' (the kubelet's
      text for a missing Secret, kubernetes/kubernetes pkg/kubelet/kubelet_pods.go makeEnvironmentVariables).
      The old ReplicaSet's pod keeps serving, orders succeed; the rollout never completes.
      Deviations from upstream: the two added env vars on the new ReplicaSet (the old one is the upstream template).`,
  },
];
