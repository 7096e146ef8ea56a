// Batch s46a held-out scenario for Online Boutique (split: test), written blind; built by scripts/s46a-build.mjs with the kit and
// the session-2 system definition (scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-08-05T11:36:00Z');
const NEW = 'us-central1-docker.pkg.dev/boutique-prod-392114/boutique/checkoutservice:v0.10.6-p1';
const REF = NEW;
const PULL_ERR = `Failed to pull image "${NEW}": rpc error: code = NotFound desc = failed to pull and unpack image "${REF}": failed to resolve reference "${REF}": ${REF}: not found`;

// logrus JSON as checkoutservice prints it (timestamp RFC3339Nano).
const lr = (min, msg, sev = 'info') => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min).replace('Z', '417302Z') });
const orders = [];
const users = ['2d7c3f80-9a1b-4a57-8e3c-1f6d0b2e4a91', '7e0b5c12-44d8-4f0e-b6a3-93c2d81f5e07', 'c41f9a63-2e7d-4b18-9f05-6a8e3d2b71c4'];
for (let m = -34, i = 0; m < -0.5; m += 2.6, i++) {
  const u = users[i % users.length];
  orders.push(lr(m, `[PlaceOrder] user_id="${u}" user_currency="${i % 2 ? 'EUR' : 'USD'}"`));
  orders.push(lr(m + 0.004, `payment went through (transaction_id: ${['8b1f0d3e', 'a73c29e4', '5e91b7c0', 'f02d6a18'][i % 4]}-${(4100 + i * 37).toString(16)}-4c2e-9a1d-${(0x3f2e1d0c9b8a + i * 7919).toString(16)})`));
  orders.push(lr(m + 0.006, `order confirmation email sent to "someone${i}@example.com"`));
}

export const scenarios = [
  {
    folder: 's46a-checkout-patch-image-missing',
    split: 'test',
    incidentTime: '2026-08-05T11:36:00Z',
    description: 'checkout deploy stuck since ~11:20, cd pipeline timed out waiting for rollout',
    expected: { component: 'checkoutservice', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'checkoutservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['partial-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (microservices-demo release/kubernetes-manifests.yaml v0.10.6, session-2 system definition): checkoutservice is one
      replica on port 5050 with gRPC probes, RollingUpdate 25%/25% and progressDeadlineSeconds 600. Fault: the team ships a patched
      checkoutservice from its own Artifact Registry; the pipeline's build-and-push job failed on a permission error but the deploy job
      still applied the new tag v0.10.6-p1, which was never pushed. The surge pod stays in ErrImagePull/ImagePullBackOff with
      containerd's real NotFound text ("failed to resolve reference ... not found"), the old ReplicaSet's pod keeps serving orders (its
      logs show PlaceOrder succeeding), and after ten minutes the Deployment reports ProgressDeadlineExceeded, which is what timed the
      pipeline out. A very common real incident (tag not pushed / wrong tag). Decoy: recommendationservice was OOMKilled two days ago.
      Expected: checkoutservice, image-pull; bad-deploy-rollout on checkoutservice also accepted (the rollout is what is stuck).
    `,
    workloads: {
      checkoutservice: {
        rollout: { at: -16, revision: 9, oldReplicas: 1 },
        containers: { server: { image: NEW } },
        pods: [{
          phase: 'Pending',
          containers: { server: cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW}"`) },
        }],
        unavailableSince: -16,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-6), lastTransitionTime: T.iso(-6), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      recommendationservice: {
        pods: [{
          containers: {
            server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 51), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 51) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -16, last: -16 },
      { on: 'pod:checkoutservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -15.98, last: -15.98 },
      { on: 'pod:checkoutservice#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -15.95, last: -1.4, count: 8 },
      { on: 'pod:checkoutservice#0', type: 'Warning', reason: 'Failed', message: PULL_ERR, first: -15.9, last: -1.4, count: 8 },
      { on: 'pod:checkoutservice#0', type: 'Warning', reason: 'Failed', message: 'Error: ErrImagePull', first: -15.9, last: -1.4, count: 8 },
      { on: 'pod:checkoutservice#0', reason: 'BackOff', message: `Back-off pulling image "${NEW}"`, first: -15.8, last: -0.2, count: 63 },
      { on: 'pod:checkoutservice#0', type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff', first: -15.8, last: -0.2, count: 63 },
    ],
    logs: {
      'checkoutservice#old0/server': orders,
      'frontend#0/server': [
        JSON.stringify({ 'http.req.id': '3c9e1a57-8f2d-4b06-a1e4-7d5c0b9f2e18', 'http.req.method': 'POST', 'http.req.path': '/cart/checkout', message: 'request complete', 'http.resp.bytes': 11873, 'http.resp.status': 200, 'http.resp.took_ms': 187, session: users[0], severity: 'debug', timestamp: T.isoMs(-3.4) }),
      ],
    },
  },
];
