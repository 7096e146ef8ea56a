// Blind held-out batch s90b: one Online Boutique scenario as a compact spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/s2-scenarios/online-boutique.mjs (release/kubernetes-manifests.yaml at 34ffea9); built by scripts/s90b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const incidentTime = '2026-07-14T16:05:00Z';
const T = clock(incidentTime);
const NEW = 'us-central1-docker.pkg.dev/boutique-prod-4471/boutique/checkoutservice:v0.10.7';
const OLD = system.workloads.find((w) => w.name === 'checkoutservice').containers[0].image;
const pullErr = `Failed to pull image "${NEW}": failed to pull and unpack image "${NEW}": failed to resolve reference "${NEW}": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://us-central1-docker.pkg.dev/v2/token?scope=repository%3Aboutique-prod-4471%2Fboutique%2Fcheckoutservice%3Apull&service=us-central1-docker.pkg.dev: 403 Forbidden`;
const glog = (min, msg, sev = 'info') => `{"message":"${msg}","severity":"${sev}","timestamp":"${T.isoMs(min).replace('Z', '000Z')}"}`;

export const scenarios = [
  {
    folder: 's90b-checkout-image-private-registry-403',
    incidentTime,
    description: 'checkoutsvc v0.10.7 rollout hung for 15+ min, argo says Progressing forever. orders still going through afaik',
    expected: { component: 'checkoutservice', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      Upstream release manifest (34ffea9) runs checkoutservice from the public online-boutique-ci Artifact Registry.
      Deviation (the release): revision 4 moves the image to the team's own private Artifact Registry repository
      (boutique-prod-4471/boutique) at v0.10.7, and the GKE node service account was never granted
      roles/artifactregistry.reader there, so containerd's token request is refused (403 Forbidden), the pull fails and the
      kubelet backs off (ErrImagePull, then ImagePullBackOff), the documented GKE "403 Forbidden ... failed to fetch oauth
      token" troubleshooting case. With one replica and maxUnavailable rounding to 0 the old pod keeps serving checkouts.
      Decoy: one cartservice replica restarted two days ago (OOMKilled at its 128Mi limit), Ready since.
    `,
    workloads: {
      checkoutservice: {
        rollout: { at: -17, revision: 4, oldReplicas: 1, oldContainers: { server: { image: OLD } } },
        containers: { server: { image: NEW } },
        pods: [{ containers: { server: cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW}"`) } }],
        progressing: (rsName) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-17), lastTransitionTime: T.iso(-17), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rsName}" is progressing.` }),
      },
      cartservice: {
        pods: [
          { containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 48), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 48 - 0.1) } }) } },
          {},
        ],
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -17, last: -17 },
      { on: 'pod:checkoutservice#0', reason: 'Scheduled', message: `Successfully assigned ${system.namespace}/%POD% to %NODE%`, source: 'default-scheduler', first: -17, last: -17 },
      { on: 'pod:checkoutservice#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, fieldPath: 'spec.containers{server}', count: 7, first: -16.9, last: -2.6 },
      { on: 'pod:checkoutservice#0', reason: 'Failed', message: pullErr, fieldPath: 'spec.containers{server}', type: 'Warning', count: 7, first: -16.9, last: -2.6 },
      { on: 'pod:checkoutservice#0', reason: 'Failed', message: 'Error: ErrImagePull', fieldPath: 'spec.containers{server}', type: 'Warning', count: 7, first: -16.9, last: -2.6 },
      { on: 'pod:checkoutservice#0', reason: 'BackOff', message: `Back-off pulling image "${NEW}"`, fieldPath: 'spec.containers{server}', count: 63, first: -16.8, last: -0.3 },
      { on: 'pod:checkoutservice#0', reason: 'Failed', message: 'Error: ImagePullBackOff', fieldPath: 'spec.containers{server}', type: 'Warning', count: 63, first: -16.8, last: -0.3 },
    ],
    logs: {
      'checkoutservice#old0/server': [
        glog(-9.4, '[PlaceOrder] user_id=\\"5f1a77c2-3b0e-4d2e-9d61-8a2f0c7e41b3\\" user_currency=\\"USD\\"'),
        glog(-9.4, 'payment went through (transaction_id: 0b6f2d1e-8c47-4a55-b0a3-77e1c2d9f610)'),
        glog(-9.3, 'order confirmation email sent to \\"someone@example.com\\"'),
        glog(-1.2, '[PlaceOrder] user_id=\\"c03e5d2a-9f11-47b8-8e0d-2b6a1f94c7de\\" user_currency=\\"EUR\\"'),
        glog(-1.2, 'payment went through (transaction_id: 5d9a0c3b-1e72-4f86-a2c4-90b8e6f1d237)'),
        glog(-1.1, 'order confirmation email sent to \\"someone@example.com\\"'),
      ],
      'frontend#0/server': [
        `{"http.req.id":"a1f0c7d2-6e3b-4b59-8d21-3f7e90c2b614","http.req.method":"POST","http.req.path":"/cart/checkout","message":"request complete","session":"5f1a77c2-3b0e-4d2e-9d61-8a2f0c7e41b3","severity":"debug","timestamp":"${T.isoMs(-9.3).replace('Z', '000Z')}"}`,
        `{"http.req.id":"e7b3d9a0-2c58-4f1e-b6a7-0d4c81f5e932","http.req.method":"POST","http.req.path":"/cart/checkout","message":"request complete","session":"c03e5d2a-9f11-47b8-8e0d-2b6a1f94c7de","severity":"debug","timestamp":"${T.isoMs(-1.1).replace('Z', '000Z')}"}`,
      ],
    },
  },
];
