// Batch s41a (blind dev): one Bank of Anthos incident, built by scripts/s41a-build.mjs with the kit and the kit system
// definition scripts/kit-systems/bank-of-anthos.mjs (v0.6.10 on GKE, withDefaults for the StatefulSet pods and ConfigMaps).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, image, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-08-11T15:04:00Z');
const REG = image('frontend').split('/frontend:')[0];
const NEW = `${REG}/transactionhistory:v0.6.11`;
const PULL_ERR = `rpc error: code = NotFound desc = failed to pull and unpack image "${NEW}": failed to resolve reference "${NEW}": ${NEW}: not found`;

const histLog = [];
for (let m = -58; m < -0.3; m += 1.7) {
  histLog.push(jlog(T, m, 'INFO', 'getTransactions', `Fetched ${7 + Math.round((m * -13) % 11)} transactions for account 10000000${String(Math.abs(Math.round(m * 7)) % 90 + 10)}.`));
}

export const scenarios = [
  withDefaults({
    folder: 's41a-transactionhistory-tag-not-pushed',
    incidentTime: '2026-08-11T15:04:00Z',
    description: 'ledger team: txn history deploy stuck in CD for ~30 min, new version never comes up, pipeline times out on rollout status',
    expected: { component: 'transactionhistory', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'transactionhistory', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['team-name', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (GoogleCloudPlatform/bank-of-anthos kubernetes-manifests at v0.6.10): transactionhistory is one replica
      of a Spring Boot image in Artifact Registry (us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos), readiness
      /ready and liveness /healthy on 8080, a RollingUpdate with maxSurge/maxUnavailable 25% (so one surge pod and no
      unavailable pod for one replica) and progressDeadlineSeconds 600. Fault: the CD pipeline's build step for v0.6.11
      failed to push the transactionhistory image but the deploy step still set the new tag; containerd on the node
      answers NotFound ("failed to resolve reference ...: not found"), the kubelet reports ErrImagePull then
      ImagePullBackOff, and after ten minutes the Deployment's Progressing condition turns False with
      ProgressDeadlineExceeded. The old ReplicaSet's pod keeps serving (maxUnavailable 0), so users see nothing: the incident
      is the stuck deploy the ledger team reports. The error text follows containerd's CRI image service for a missing tag.
      Decoys: an old balancereader restart, normal transactionhistory traffic in the old pod's log.`,
    workloads: {
      transactionhistory: {
        rollout: { at: -31, oldReplicas: 1, oldContainers: { transactionhistory: { image: image('transactionhistory') } } },
        containers: { transactionhistory: { image: NEW } },
        pods: [{ node: 'gke-boa-prod-pool-1-3f9a2c41-w5tn', containers: { transactionhistory: cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW}"`) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-20.9), lastTransitionTime: T.iso(-20.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      balancereader: {
        pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 70), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 10), finishedAt: T.iso(-60 * 70) } }) } }],
      },
    },
    events: [
      { on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: 'Scaled up replica set transactionhistory-%NEW% to 1', first: -31, last: -31 },
      { on: 'pod:transactionhistory#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to gke-boa-prod-pool-1-3f9a2c41-w5tn', first: -30.9, last: -30.9 },
      { on: 'pod:transactionhistory#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -30.8, last: -2.6, count: 9, fieldPath: 'spec.containers{transactionhistory}' },
      { on: 'pod:transactionhistory#0', type: 'Warning', reason: 'Failed', message: `Failed to pull image "${NEW}": ${PULL_ERR}`, first: -30.8, last: -2.6, count: 9, fieldPath: 'spec.containers{transactionhistory}' },
      { on: 'pod:transactionhistory#0', type: 'Warning', reason: 'Failed', message: 'Error: ErrImagePull', first: -30.8, last: -2.6, count: 9, fieldPath: 'spec.containers{transactionhistory}' },
      { on: 'pod:transactionhistory#0', reason: 'BackOff', message: `Back-off pulling image "${NEW}"`, first: -30.7, last: -0.5, count: 131, fieldPath: 'spec.containers{transactionhistory}' },
      { on: 'pod:transactionhistory#0', type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff', first: -30.7, last: -0.5, count: 131, fieldPath: 'spec.containers{transactionhistory}' },
    ],
    logs: {
      'transactionhistory#old0/transactionhistory': histLog,
    },
  }),
];
