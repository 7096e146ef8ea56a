// Batch s30a held-out scenario (split: test) for Bank of Anthos, written blind with the scenario kit
// (scripts/s2-scenario-kit.mjs) on the kit system definition scripts/kit-systems/bank-of-anthos.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, image, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T1 = clock('2027-02-09T15:42:00Z');
const NEW_IMG = 'us-central1-docker.pkg.dev/boa-prod-artifacts/bank-of-anthos/frontend:v0.6.11';
const PULL_ERR =
  `failed to pull and unpack image "${NEW_IMG}": failed to resolve reference "${NEW_IMG}": failed to authorize: failed to fetch oauth token: ` +
  'unexpected status from GET request to https://us-central1-docker.pkg.dev/v2/token?scope=repository%3Aboa-prod-artifacts%2Fbank-of-anthos%2Ffrontend%3Apull&service=us-central1-docker.pkg.dev: 403 Forbidden';

const frontOld = [];
for (let m = -40; m < -0.3; m += 1.7) {
  const i = Math.round((m + 40) * 10);
  if (i % 3 === 0) frontOld.push(jlog(T1, m, 'INFO', '_login_helper', 'Successfully logged in.'));
  if (i % 4 === 0) frontOld.push(jlog(T1, m + 0.3, 'INFO', 'payment', 'Payment initiated successfully.'));
  if (i % 5 === 0) frontOld.push(jlog(T1, m + 0.6, 'INFO', 'deposit', 'Deposit accepted.'));
}

export const scenarios = [
  withDefaults({
    folder: 's30a-frontend-release-registry-forbidden',
    split: 'test',
    description: 'bank frontend v0.6.11 release hanging in CD since ~15:18, pipeline says deployment exceeded its progress deadline',
    incidentTime: '2027-02-09T15:42:00Z',
    expected: { component: 'frontend', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'frontend', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['pods-ready', 'time-expression'],
    grounding: `
      Manifest: bank-of-anthos kubernetes-manifests/frontend.yaml (single replica, container "front", RollingUpdate 25%/25%,
      progressDeadlineSeconds 600), images from us-central1-docker.pkg.dev as in the kit system definition.
      Fault: the release pipeline started pushing to a new Artifact Registry project (boa-prod-artifacts) whose repository the
      GKE node service account has no roles/artifactregistry.reader on; containerd's token fetch gets 403 Forbidden, the kubelet
      reports ErrImagePull then ImagePullBackOff (GKE "Troubleshoot image pulls": 403 Forbidden from another project's registry).
      With one replica and maxUnavailable 0 the old ReplicaSet keeps serving, so users see nothing; the Deployment reaches
      ProgressDeadlineExceeded after 600 s. Not a Docker Hub rate limit: a permission error on a private registry.
      Decoy: contacts restarted once two days ago (exit 1), unrelated and Ready since.`,
    workloads: {
      frontend: {
        containers: {
          front: {
            image: NEW_IMG,
            env: system.workloads.find((w) => w.name === 'frontend').containers[0].env.map((e) => (e.name === 'VERSION' ? { ...e, value: 'v0.6.11' } : e)),
          },
        },
        rollout: { at: -24, revision: 9, oldReplicas: 1, oldContainers: { front: { image: image('frontend'), env: system.workloads.find((w) => w.name === 'frontend').containers[0].env } } },
        pods: [
          {
            containers: { front: cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW_IMG}"`) },
            created: T1.iso(-23.9),
            readyTransition: T1.iso(-23.9),
          },
        ],
        deployStatus: {
          observedGeneration: 7, replicas: 2, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1, unavailableReplicas: 1,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T1.iso(-60 * 24 * 9), lastTransitionTime: T1.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'False', lastUpdateTime: T1.iso(-13.9), lastTransitionTime: T1.iso(-13.9), reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "%NEWRS%" has timed out progressing.' },
          ],
        },
      },
      contacts: {
        pods: [
          {
            containers: {
              contacts: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 49), last: { exitCode: 1, reason: 'Error', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 49 - 0.2) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -24, source: 'deployment-controller' },
      { on: 'pod:frontend#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -23.9, source: 'default-scheduler' },
      { on: 'pod:frontend#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, first: -23.8, last: -3.1, count: 9, fieldPath: 'spec.containers{front}' },
      { on: 'pod:frontend#0', reason: 'Failed', type: 'Warning', message: `Failed to pull image "${NEW_IMG}": ${PULL_ERR}`, first: -23.8, last: -3.1, count: 9, fieldPath: 'spec.containers{front}' },
      { on: 'pod:frontend#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: -23.8, last: -3.1, count: 9, fieldPath: 'spec.containers{front}' },
      { on: 'pod:frontend#0', reason: 'BackOff', message: `Back-off pulling image "${NEW_IMG}"`, first: -23.6, last: -0.4, count: 96, fieldPath: 'spec.containers{front}' },
      { on: 'pod:frontend#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: -23.6, last: -0.4, count: 96, fieldPath: 'spec.containers{front}' },
    ],
    logs: {
      'frontend#old0/front': frontOld,
      'contacts#0/contacts': [
        jlog(T1, -31, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        jlog(T1, -12, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        jlog(T1, -2, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
      ],
    },
  }),
];
