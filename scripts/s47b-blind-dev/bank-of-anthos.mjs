// Batch s47b (blind dev): one Bank of Anthos incident for the scenario kit, with the kit system definition of
// scripts/kit-systems/bank-of-anthos.mjs. A ledgerwriter release points at a private Artifact Registry repo the nodes cannot read.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-02-24T16:05:00Z';
const T = clock(INC);
const ROLL = -24;
const NEW_IMG = 'us-central1-docker.pkg.dev/boa-prod/boa-internal/ledgerwriter:v0.6.11';
const pullErr = `failed to pull and unpack image "${NEW_IMG}": failed to resolve reference "${NEW_IMG}": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://us-central1-docker.pkg.dev/v2/token?scope=repository%3Aboa-prod%2Fboa-internal%2Fledgerwriter%3Apull&service=us-central1-docker.pkg.dev: 403 Forbidden`;

const lw = [];
for (let m = -40; m < -0.4; m += 1.9) {
  lw.push(jlog(T, m, 'INFO', 'addTransaction', 'Received transaction request'));
  lw.push(jlog(T, m + 0.01, 'INFO', 'addTransaction', `Submitted transaction successfully: {fromAccountNum: 1011226111, toAccountNum: ${9000000000 + Math.round(-m * 1013)}, amount: ${Math.round(-m * 713) % 90000 + 500}}`));
}
const front = [];
for (let m = -12; m < -0.4; m += 1.9) {
  front.push(`{"timestamp": "${T.java(m).slice(0, 19)}", "message": "payment | Payment initiated", "severity": "INFO"}`);
  front.push(`{"timestamp": "${T.java(m + 0.02).slice(0, 19)}", "message": "payment | Payment succeeded", "severity": "INFO"}`);
}

export const scenarios = [
  withDefaults({
    folder: 's47b-ledgerwriter-ar-forbidden',
    incidentTime: INC,
    description: 'ledgerwriter deploy has been stuck in argo for 20+ min, new pod never comes up',
    expected: { component: 'ledgerwriter', cause: 'image-pull' },
    difficulty: 'easy',
    traits: ['decoy', 'time-expression'],
    grounding: `
      Bank of Anthos v0.6.10 (kit system scripts/kit-systems/bank-of-anthos.mjs). The ledger team moved its release images to a
      new private Artifact Registry repository (us-central1-docker.pkg.dev/boa-prod/boa-internal) and released ledgerwriter
      v0.6.11 from it, but the node pool's service account was not granted roles/artifactregistry.reader there: containerd's
      token request is answered 403 Forbidden, the kubelet reports ErrImagePull then ImagePullBackOff (event and status texts as
      the GKE kubelet writes them). With one replica and the default 25%/25% strategy the old pod keeps serving, so payments
      still work and only the rollout is stuck; after progressDeadlineSeconds (600) the Deployment reports
      ProgressDeadlineExceeded, which is what Argo CD shows. Decoys: the frontend was rolled to v0.6.11 from the public registry
      path half an hour earlier (healthy), and the loadgenerator restarted once yesterday.
      Written blind; the expected answer was fixed before the snapshot was generated.`,
    workloads: {
      ledgerwriter: {
        rollout: { at: ROLL, oldContainers: { ledgerwriter: { image: image('ledgerwriter') } }, oldReplicas: 1, revision: 8 },
        containers: { ledgerwriter: { image: NEW_IMG } },
        pods: [{ containers: { ledgerwriter: cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW_IMG}"`) } }],
        progressing: (rsName) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(ROLL + 10), lastTransitionTime: T.iso(ROLL + 10), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.` }),
      },
      frontend: {
        rollout: { at: -33, oldContainers: { front: { image: image('frontend') } }, oldReplicas: 0, revision: 6 },
        containers: { front: { image: 'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/frontend:v0.6.11' } },
      },
      loadgenerator: {
        pods: [{ containers: { loadgenerator: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 26), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 26 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:ledgerwriter', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ledgerwriter-%NEW% to 1', first: ROLL },
      { on: 'pod:ledgerwriter#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.02 },
      { on: 'pod:ledgerwriter#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, fieldPath: 'spec.containers{ledgerwriter}', first: ROLL + 0.1, last: -2.5, count: 9 },
      { on: 'pod:ledgerwriter#0', reason: 'Failed', type: 'Warning', message: `Failed to pull image "${NEW_IMG}": ${pullErr}`, fieldPath: 'spec.containers{ledgerwriter}', first: ROLL + 0.15, last: -2.5, count: 9 },
      { on: 'pod:ledgerwriter#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', fieldPath: 'spec.containers{ledgerwriter}', first: ROLL + 0.15, last: -2.5, count: 9 },
      { on: 'pod:ledgerwriter#0', reason: 'BackOff', message: `Back-off pulling image "${NEW_IMG}"`, fieldPath: 'spec.containers{ledgerwriter}', first: ROLL + 0.4, last: -0.6, count: 97 },
      { on: 'pod:ledgerwriter#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', fieldPath: 'spec.containers{ledgerwriter}', first: ROLL + 0.4, last: -0.6, count: 97 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -33 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -32.5 },
      { on: 'pod:frontend#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', fieldPath: 'spec.containers{front}', first: -32.8, last: -32.7, count: 2 },
    ],
    logs: {
      'ledgerwriter#old0/ledgerwriter': lw,
      'frontend#0/front': front,
    },
  }),
];
