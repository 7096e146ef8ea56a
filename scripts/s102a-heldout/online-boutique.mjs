// Blind held-out batch s102a: one Online Boutique scenario (split: test), on the session-2 Online Boutique system definition.
// Built by scripts/s102a-build.mjs with the scenario kit; grounding in the scenario itself.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

// The team's overlay gives emailservice its SendGrid key from a Secret (upstream has none; see grounding).
export const system = {
  ...base,
  workloads: base.workloads.map((w) => (w.name !== 'emailservice' ? w : {
    ...w,
    containers: w.containers.map((c) => ({ ...c, env: [...c.env, { name: 'SENDGRID_API_KEY', valueFrom: { secretKeyRef: { name: 'sendgrid-api', key: 'api-key' } } }] })),
  })),
};

const T = clock('2026-04-21T09:52:00Z');
const N = {
  a: 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx',
  b: 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt',
  c: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c',
};
const logrus = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const front = (min, severity, message, path, id) => JSON.stringify({ 'http.req.id': id, 'http.req.method': 'POST', 'http.req.path': path, message, session: '5d1c0a7e-8f3b-4a62-9e14-b27c6f0d3a91', severity, timestamp: T.isoMs(min) });
const refused = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:emailservice%:5000: connect: connection refused"';

export const scenarios = [
  {
    folder: 's102a-email-secret-gone',
    incidentTime: '2026-04-21T09:52:00Z',
    description: 'customers saying they get no order confirmation mail since early this morning. orders themselves go thru fine (checked payments)',
    expected: { component: 'emailservice', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['callers-only', 'decoy', 'time-expression'],
    grounding: `
      Manifest: release/kubernetes-manifests.yaml (emailservice on port 8080 behind Service port 5000; checkoutservice calls it
      after payment and shipping, and only logs a warning when it fails: "failed to send order confirmation to %q: %+v").
      Deviation from upstream: the team's overlay feeds emailservice SENDGRID_API_KEY from the Secret sendgrid-api (the
      SENDGRID_API_HOST env of this system is already a deviation, SOURCES.md). Fault: a cleanup of unused Secrets deleted
      sendgrid-api days ago; nothing noticed until a GKE node-pool auto-upgrade drained the emailservice pod ~52 min ago and its
      replacement could not be created: CreateContainerConfigError, 'secret "sendgrid-api" not found' (kubelet text). The
      Service has no ready endpoint, so checkout's dial is refused; orders still complete. Decoy: the upgrade's node events
      and the rescheduled pods of other services that came back healthy.
    `,
    nodes: { [N.a]: { } },
    workloads: {
      emailservice: {
        pods: [{
          node: N.b, created: T.iso(-52),
          phase: 'Pending',
          containers: { server: cs.waiting('CreateContainerConfigError', 'secret "sendgrid-api" not found') },
          readyTransition: T.iso(-52),
        }],
        unavailableSince: -52,
      },
      paymentservice: { pods: [{ node: N.c, created: T.iso(-52) }] },
      adservice: { pods: [{ node: N.b, created: T.iso(-53) }] },
    },
    events: [
      { on: 'node:' + N.a, reason: 'NodeNotSchedulable', message: `Node ${N.a} status is now: NodeNotSchedulable`, first: -54 },
      { on: 'node:' + N.a, reason: 'Starting', message: 'Starting kubelet.', first: -47 },
      { on: 'node:' + N.a, reason: 'NodeSchedulable', message: `Node ${N.a} status is now: NodeSchedulable`, first: -45 },
      { on: 'rs:emailservice', reason: 'SuccessfulCreate', message: 'Created pod: emailservice-%RS%', source: 'replicaset-controller', first: -52 },
      { on: 'pod:emailservice#0', reason: 'Scheduled', message: 'Successfully assigned default/%POD% to %NODE%', source: 'default-scheduler', first: -52 },
      { on: 'pod:emailservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/emailservice:v0.10.6" already present on machine', fieldPath: 'spec.containers{server}', first: -51.9, last: -0.8, count: 241 },
      { on: 'pod:emailservice#0', reason: 'Failed', message: 'Error: secret "sendgrid-api" not found', type: 'Warning', fieldPath: 'spec.containers{server}', first: -51.9, last: -0.8, count: 241 },
    ],
    logs: {
      'checkoutservice#0/server': [
        logrus(-58.2, 'info', '[PlaceOrder] user_id="6b9b9a1e-2c4f-4d8e-bf21-7a0c3e5d1f44" user_currency="USD"'),
        logrus(-58.2, 'info', 'payment went through (transaction_id: 0d6f3b2e-9a41-4c77-8e1b-52f0c9a7d3e6)'),
        logrus(-58.1, 'info', 'order confirmation email sent to "someone@example.com"'),
        logrus(-31.5, 'info', '[PlaceOrder] user_id="f2a7c1d9-4e3b-4b60-9c8a-1d5e7f2b0c93" user_currency="EUR"'),
        logrus(-31.5, 'info', 'payment went through (transaction_id: 7c2e91a4-3f5d-4b08-a6e2-98d1b0c4f5a7)'),
        logrus(-31.5, 'warning', `failed to send order confirmation to "a.kowalski@example.com": ${refused}`),
        logrus(-31.5, 'info', 'order confirmation email sent to "a.kowalski@example.com"'),
        logrus(-9.8, 'info', '[PlaceOrder] user_id="3e8d0b6f-7a2c-4f91-b5d4-0c6e9a3f7b12" user_currency="USD"'),
        logrus(-9.8, 'info', 'payment went through (transaction_id: b41f7e0c-2d96-4a3b-8c5e-6f1a9d2e7b30)'),
        logrus(-9.8, 'warning', `failed to send order confirmation to "jtran@example.com": ${refused}`),
        logrus(-9.8, 'info', 'order confirmation email sent to "jtran@example.com"'),
      ],
      'frontend#0/server': [
        front(-31.5, 'debug', 'placing order', '/cart/checkout', 'e1c04b7a-6f28-4d93-a5b1-7c3e0f9d2a64'),
        front(-31.4, 'info', 'order placed', '/cart/checkout', 'e1c04b7a-6f28-4d93-a5b1-7c3e0f9d2a64'),
        front(-9.8, 'debug', 'placing order', '/cart/checkout', '9f3a2c8e-0b71-4e56-b4d9-2a6c1e8f7d05'),
        front(-9.7, 'info', 'order placed', '/cart/checkout', '9f3a2c8e-0b71-4e56-b4d9-2a6c1e8f7d05'),
      ],
      'paymentservice#0/server': [
        JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(-51.5)), pid: 1, hostname: '%POD%', name: 'paymentservice-server', message: 'PaymentService gRPC server started on port 50051' }),
        JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(-31.5)), pid: 1, hostname: '%POD%', name: 'paymentservice-charge', message: 'Transaction processed: visa ending 0454     Amount: EUR112.57' }),
        JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(-9.8)), pid: 1, hostname: '%POD%', name: 'paymentservice-charge', message: 'Transaction processed: visa ending 8218     Amount: USD64.49' }),
      ],
    },
  },
];
