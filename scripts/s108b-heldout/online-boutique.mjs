// Blind held-out batch s108b: Online Boutique scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/s2-scenarios/online-boutique.mjs (release/kubernetes-manifests.yaml at 34ffea9, v0.10.6).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const T = clock('2026-06-03T10:12:00Z');
const OLD = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/paymentservice:v0.10.6';
const NEW = 'europe-west1-docker.pkg.dev/acme-boutique-prod/boutique/paymentservice:v0.10.6-acme.2';
const TOKEN = 'https://europe-west1-docker.pkg.dev/v2/token?scope=repository%3Aacme-boutique-prod%2Fboutique%2Fpaymentservice%3Apull&service=europe-west1-docker.pkg.dev';
const PULL_ERR = `Failed to pull image "${NEW}": failed to pull and unpack image "${NEW}": failed to resolve reference "${NEW}": failed to authorize: failed to fetch oauth token: unexpected status from GET request to ${TOKEN}: 403 Forbidden`;
const pay = (min, card, amt) => `{"severity":"info","time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"%POD%","name":"paymentservice-charge","message":"Transaction processed: ${card}     Amount: ${amt}"}`;
const co = (min, msg) => `{"message":"${msg}","severity":"info","timestamp":"${T.isoMs(min).replace('Z', '000000Z')}"}`;

export const scenarios = [
  {
    folder: 's108b-payment-deploy-stuck',
    incidentTime: '2026-06-03T10:12:00Z',
    description: 'payment deploy hanging in argo for ~25 min, checkout seems ok?? pipeline timing out',
    expected: { component: 'paymentservice', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'paymentservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['pods-ready', 'partial-name', 'time-expression'],
    grounding: `
      The team moved paymentservice to its own Artifact Registry repository (europe-west1-docker.pkg.dev/acme-boutique-prod)
      without granting the GKE node service account roles/artifactregistry.reader on it; containerd's pull fails at
      the token endpoint with 403 Forbidden (the message shape of containerd 1.7 "failed to authorize: failed to fetch
      oauth token"), the kubelet backs off (ErrImagePull, ImagePullBackOff). The rolling update keeps the old pod
      (maxUnavailable 25% of 1 rounds to 0), so checkout still works and the Deployment reports
      ProgressDeadlineExceeded after 600 s. Deviation from upstream: only the image reference of the new ReplicaSet.`,
    workloads: {
      paymentservice: {
        rollout: { at: -26, oldReplicas: 1, oldContainers: { server: { image: OLD } } },
        containers: { server: { image: NEW } },
        pods: [{ created: T.iso(-25.8), readyTransition: T.iso(-25.8), containers: { server: cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW}"`) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-15.8), lastTransitionTime: T.iso(-15.8), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set paymentservice-%NEW% to 1', first: -26 },
      { on: 'pod:paymentservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -25.8 },
      { on: 'pod:paymentservice#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, fieldPath: 'spec.containers{server}', first: -25.7, last: -1.2, count: 10 },
      { on: 'pod:paymentservice#0', reason: 'Failed', type: 'Warning', message: PULL_ERR, fieldPath: 'spec.containers{server}', first: -25.6, last: -1.2, count: 10 },
      { on: 'pod:paymentservice#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', fieldPath: 'spec.containers{server}', first: -25.6, last: -1.2, count: 10 },
      { on: 'pod:paymentservice#0', reason: 'BackOff', message: `Back-off pulling image "${NEW}"`, fieldPath: 'spec.containers{server}', first: -25.5, last: -0.6, count: 108 },
      { on: 'pod:paymentservice#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', fieldPath: 'spec.containers{server}', first: -25.5, last: -0.6, count: 108 },
    ],
    logs: {
      'paymentservice#old0/server': [pay(-40, 'visa ending 0454', 'USD 39.47'), pay(-22, 'visa ending 1111', 'USD 120.10'), pay(-9, 'mastercard ending 4444', 'EUR 18.99'), pay(-2, 'visa ending 0454', 'USD 67.98')],
      'checkoutservice#0/server': [
        co(-22.1, '[PlaceOrder] user_id=\\"7c1f4e5a-9d0b-4b2e-8a61-3f2c9e0d1b44\\" user_currency=\\"USD\\"'),
        co(-22, 'payment went through (transaction_id: 5b1d3f4e-2a7c-4f18-9e63-0c8a2d71b9e5)'),
        co(-9.1, '[PlaceOrder] user_id=\\"e03a6b2c-51d4-4c8f-b7a9-2d6e4f10c385\\" user_currency=\\"EUR\\"'),
        co(-9, 'payment went through (transaction_id: 9e2c7a18-4b3d-4d6f-a0c5-71f8e3b2d946)'),
      ],
    },
  },
];
