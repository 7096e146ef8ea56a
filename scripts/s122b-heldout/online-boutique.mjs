// Blind held-out batch s122b: one Online Boutique scenario (split: test) on the session-2 system definition.
// Built by scripts/s122b-build.mjs with the scenario kit (scripts/s2-scenario-kit.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const IT = '2026-05-12T10:31:00Z';
const T = clock(IT);
const co = base.workloads.find((w) => w.name === 'checkoutservice');
const oldEnv = co.containers[0].env;
const newEnv = oldEnv.filter((e) => e.name !== 'EMAIL_SERVICE_ADDR');
const goLog = (min, level, msg) => JSON.stringify({ message: msg, severity: level, timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's122b-checkout-release-drops-env',
    incidentTime: IT,
    description: 'CD pipeline for checkout timed out (deploy stuck ~20 min), shop still takes orders afaik',
    expected: { component: 'checkoutservice', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'crash-loop' }, { component: 'checkoutservice', cause: 'config-missing' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'partial-name', 'time-expression'],
    workloads: {
      checkoutservice: {
        containers: { server: { env: newEnv } },
        rollout: { at: -22, oldReplicas: 1, oldContainers: { server: { env: oldEnv } } },
        rsReplicas: 1,
        pods: [{ containers: { server: cs.crashLoop({ restarts: 8, exitCode: 2, startedAt: T.iso(-3.2), finishedAt: T.iso(-3.2), container: 'server' }) } }],
        progressing: () => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-12), lastTransitionTime: T.iso(-12), reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "checkoutservice-%NEW%" has timed out progressing.' }),
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -22 },
      { on: 'pod:checkoutservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/checkoutservice:v0.10.6" already present on machine', first: -21.5, last: -3.3, count: 9 },
      { on: 'pod:checkoutservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', first: -20.5, last: -0.8, count: 88, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'checkoutservice#0/server/previous': [
        goLog(-3.21, 'info', 'service config: &{productCatalogSvcAddr: cartSvcAddr: currencySvcAddr: shippingSvcAddr: emailSvcAddr: paymentSvcAddr: productCatalogSvcConn:<nil> cartSvcConn:<nil> currencySvcConn:<nil> shippingSvcConn:<nil> emailSvcConn:<nil> paymentSvcConn:<nil>}'),
        'panic: environment variable "EMAIL_SERVICE_ADDR" not set',
        '',
        'goroutine 1 [running]:',
        'main.mustMapEnv(0xc0001b6060, {0xb3b1e1, 0x12})',
        '\t/src/main.go:146 +0xa5',
        'main.main()',
        '\t/src/main.go:112 +0x36c',
      ],
      'checkoutservice#old0/server': [
        goLog(-9.4, 'info', '[PlaceOrder] user_id="2f0c1a7e-6b3d-4d8e-9a21-77c4f0e1b5d2" user_currency="EUR"'),
        goLog(-9.39, 'info', 'payment went through (transaction_id: 8d6f2b1c-4e0a-4f3b-9c7d-1a2e5b6c9d0f)'),
        goLog(-9.38, 'info', 'order confirmation email sent to "someone@example.com"'),
        goLog(-1.2, 'info', '[PlaceOrder] user_id="a41c9e02-3d5b-4f6a-8c7e-0b1d2e3f4a5b" user_currency="USD"'),
        goLog(-1.19, 'info', 'payment went through (transaction_id: 3b7e9a0c-1d2f-4e5a-b6c7-d8e9f0a1b2c3)'),
        goLog(-1.18, 'info', 'order confirmation email sent to "someone@example.com"'),
      ],
    },
    grounding: `Online Boutique v0.10.6 (release/kubernetes-manifests.yaml at 34ffea9): checkoutservice reads every *_SERVICE_ADDR with
      mustMapEnv, which panics 'environment variable "X" not set' (src/checkoutservice/main.go). A release (revision 4, same image)
      dropped EMAIL_SERVICE_ADDR from the pod template; the new pod exits 2 (Go panic) and crash-loops, the Deployment reports
      ProgressDeadlineExceeded, and with one replica and maxUnavailable 25% (rounds to 0) the old pod keeps serving orders.
      Deviation from upstream: the env removal is the incident; the old pod's node placement is the kit's.`,
  },
];
