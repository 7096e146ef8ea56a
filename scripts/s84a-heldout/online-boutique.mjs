// Blind held-out batch s84a: one Online Boutique scenario (split test), on the session-2 Online Boutique system
// definition (scripts/s2-scenarios/online-boutique.mjs); built by scripts/s84a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const INC = '2025-09-16T14:22:00Z';
const T = clock(INC);
const OLD = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/paymentservice:v0.10.6';
const NEW = 'us-central1-docker.pkg.dev/boutique-prod/internal/paymentservice:v0.10.7-pci';
const TOKEN = 'https://us-central1-docker.pkg.dev/v2/token?scope=repository%3Aboutique-prod%2Finternal%2Fpaymentservice%3Apull&service=us-central1-docker.pkg.dev';
const pullErr = `Failed to pull image "${NEW}": failed to pull and unpack image "${NEW}": failed to resolve reference "${NEW}": failed to authorize: failed to fetch oauth token: unexpected status from GET request to ${TOKEN}: 403 Forbidden`;
const pino = (min, msg, level = 30) => JSON.stringify({ level, time: Date.parse(T.isoMs(min)), pid: 1, hostname: '%POD%', name: 'paymentservice-server', msg });
const logrus = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const front = (min, path, status, id) => JSON.stringify({ 'http.req.id': id, 'http.req.method': path === '/cart/checkout' ? 'POST' : 'GET', 'http.req.path': path, 'http.resp.bytes': 7611, 'http.resp.status': status, 'http.resp.took_ms': 41, message: 'request complete', session: '4c2e91d7-88b0-4a63-9f1e-0d6b5a3e7c21', severity: 'debug', timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's84a-payment-release-stuck',
    incidentTime: INC,
    description: 'paymnt service deploy (v0.10.7-pci) still not done after ~40 min, CD pipeline timed out. checkout seems fine?',
    expected: { component: 'paymentservice', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'paymentservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'pods-ready', 'typo', 'partial-name', 'time-expression'],
    grounding: `
      Online Boutique release/kubernetes-manifests.yaml (34ffea9): paymentservice is one replica, RollingUpdate 25%/25%, so
      the Deployment keeps the old pod Ready while the new one waits (maxUnavailable rounds down to 0).
      Deviation from upstream: the team moved paymentservice to a private Artifact Registry repository of another project
      (boutique-prod/internal) with a PCI build tag; the GKE node service account has no roles/artifactregistry.reader on
      that repository, so containerd's token request is refused with 403 Forbidden (GKE "Troubleshoot image pulls":
      "failed to authorize: failed to fetch oauth token ... 403 Forbidden"). The new pod stays in ImagePullBackOff and the
      Deployment reports ProgressDeadlineExceeded after progressDeadlineSeconds 600. The old ReplicaSet's template differs
      from the new one by the image only. Checkout keeps working through the old pod.
    `,
    workloads: {
      paymentservice: {
        containers: { server: { image: NEW } },
        rollout: { at: -41, oldReplicas: 1, oldContainers: { server: { image: OLD } } },
        pods: [{ containers: { server: cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW}"`) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-31), lastTransitionTime: T.iso(-31), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set paymentservice-%NEW% to 1', first: -41, source: 'deployment-controller' },
      { on: 'rs:paymentservice', reason: 'SuccessfulCreate', message: 'Created pod: paymentservice-%RS%', first: -41 },
      { on: 'pod:paymentservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -40.9, source: 'default-scheduler' },
      { on: 'pod:paymentservice#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -40.8, last: -2.6, count: 10, fieldPath: 'spec.containers{server}' },
      { on: 'pod:paymentservice#0', reason: 'Failed', type: 'Warning', message: pullErr, first: -40.8, last: -2.6, count: 10, fieldPath: 'spec.containers{server}' },
      { on: 'pod:paymentservice#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: -40.8, last: -2.6, count: 10, fieldPath: 'spec.containers{server}' },
      { on: 'pod:paymentservice#0', reason: 'BackOff', message: `Back-off pulling image "${NEW}"`, first: -40.6, last: -0.4, count: 171, fieldPath: 'spec.containers{server}' },
      { on: 'pod:paymentservice#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: -40.6, last: -0.4, count: 171, fieldPath: 'spec.containers{server}' },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -60 * 26, source: 'deployment-controller' },
    ],
    logs: {
      'paymentservice#old0/server': [
        pino(-21.2, 'Transaction processed: visa ending 0454     Amount: USD84.49'),
        pino(-14.7, 'Transaction processed: visa ending 8871     Amount: USD213.20'),
        pino(-6.3, 'Transaction processed: visa ending 0454     Amount: USD31.98'),
        pino(-1.9, 'Transaction processed: mastercard ending 4431     Amount: USD122.45'),
      ],
      'checkoutservice#0/server': [
        logrus(-21.2, 'info', '[PlaceOrder] user_id="6c1b2f3e-52a1-4f0b-9d47-3b8e0c7a1f55" user_currency="USD"'),
        logrus(-21.2, 'info', 'payment went through (transaction_id: 5f1a3c9e-0b2d-4e87-a6c4-91d2e7b03f18)'),
        logrus(-21.1, 'info', 'order confirmation email sent to "someone@example.com"'),
        logrus(-6.3, 'info', '[PlaceOrder] user_id="a93d0e41-7c25-4b1e-8f62-0d5c3b9a7e14" user_currency="EUR"'),
        logrus(-6.3, 'info', 'payment went through (transaction_id: 0e7b4d21-9f3a-4c6e-b158-2a8d6f04c937)'),
        logrus(-6.2, 'info', 'order confirmation email sent to "someone@example.com"'),
      ],
      'frontend#0/server': [
        front(-21.3, '/cart/checkout', 200, '2b9e4f1a-7d3c-4e58-a0b6-1c9f2e8d7a43'),
        front(-6.4, '/cart/checkout', 200, 'e41c7a0b-3f9d-4b26-8e15-6d2a9c0f3b78'),
        front(-2.1, '/', 200, '7a0d3e9c-1b4f-4c82-95e6-0f8b2d6a4c19'),
      ],
    },
  },
];
