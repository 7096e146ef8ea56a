// Blind dev batch s77c: one Bank of Anthos scenario (jwt-key re-synced from Vault under other key names; userservice's
// restarted pod cannot mount it), on scripts/kit-systems/bank-of-anthos.mjs with withDefaults and plog; built by scripts/s77c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, plog, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const INCIDENT = '2026-07-02T16:24:00Z';
const T = clock(INCIDENT);
const SYNC = -29; // 15:55, ExternalSecret rewrites jwt-key
const ROLL = -23; // 16:01, kubectl rollout restart deployment/userservice
const ISTIO = { 'proxy.istio.io/config': '{ "holdApplicationUntilProxyStarts": true }' };
const restartedAt = T.iso(ROLL);

const usOld = [
  plog(T, -60 * 24 * 6 + 0.5, 'INFO', 'create_app', 'Starting userservice.'),
];
for (let m = -45; m < -0.4; m += 2.2) usOld.push(plog(T, m, 'INFO', 'login', 'Login Successful.'));
const contactsLog = [plog(T, -60 * 24 * 9 + 0.5, 'INFO', 'create_app', 'Starting contacts service.')];
for (let m = -44; m < -0.4; m += 3.3) contactsLog.push(plog(T, m, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'));
const frontLog = [];
for (let m = -40; m < -0.3; m += 2.2) {
  frontLog.push(plog(T, m, 'INFO', 'login', 'Successfully logged in.'));
  frontLog.push(plog(T, m + 0.05, 'INFO', 'home', 'Displaying home.'));
}
const brLog = [];
for (let m = -40; m < -0.5; m += 5) brLog.push(jlog(T, m, 'INFO', 'getBalance', 'Getting balance for account.').replace('getBalance | Getting balance for account.', 'getBalance | Retrieved balance from cache.'));
const thLog = [jlog(T, -60 * 24 * 3 - 60 + 2.5, 'INFO', 'init', 'Initialized transaction processor')];

const mountFail = (vol, key) => `MountVolume.SetUp failed for volume "${vol}" : references non-existent secret key: ${key}`;

export const scenarios = [
  withDefaults({
    folder: 's77c-userservice-jwt-key-renamed-keys',
    incidentTime: INCIDENT,
    description: 'moved the jwt signing key to vault (SEC-412) and restarted user svc ~16:00, new pod has been ContainerCreating for 20+ min, rollout never finishes. old pod still serving logins. accounts team',
    expected: { component: 'userservice', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'userservice', cause: 'storage-unavailable' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'team-name', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (kubernetes-manifests/ at d0af047): userservice mounts Secret jwt-key as volume "keys" with items
      jwtRS256.key -> privatekey and jwtRS256.key.pub -> publickey (no optional); contacts, frontend and the three ledger services
      mount item jwtRS256.key.pub as volume "publickey". Fault: the security team moved the key to Vault (SEC-412); an
      ExternalSecret now writes jwt-key at 15:55 with the Vault property names private_key / public_key, so the items the pods
      ask for no longer exist. The accounts team then ran kubectl rollout restart deployment/userservice (16:01): the new pod stays
      ContainerCreating with kubelet FailedMount "MountVolume.SetUp failed for volume "keys" : references non-existent secret key:
      jwtRS256.key" (the secret volume plugin's message) and then "Unable to attach or mount volumes: ... timed out waiting for the
      condition"; the old pod keeps its already-written files and the key it loaded at start, stays Ready and keeps signing logins
      (maxUnavailable 0 of 1), so users see nothing. Running pods that mount the secret get the same FailedMount on the kubelet's
      periodic remount of secret volumes (noise on contacts, frontend and the ledger services, all Ready). The two userservice
      ReplicaSets differ only by the kubectl.kubernetes.io/restartedAt pod annotation, as a rollout restart writes it. Decoy: a
      transactionhistory OOMKill three days ago, healthy since. Deviations from upstream: the ExternalSecret (not in the snapshot)
      and the key names (the change under test).`,
    workloads: {
      userservice: {
        patch: { podAnnotations: { ...ISTIO, 'kubectl.kubernetes.io/restartedAt': restartedAt } },
        rollout: { at: ROLL, oldReplicas: 1, oldPatch: { podAnnotations: ISTIO } },
        pods: [{ creating: true }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(ROLL + 10.05), lastTransitionTime: T.iso(ROLL + 10.05), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      transactionhistory: {
        pods: [{ containers: { transactionhistory: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 60), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 60.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% to 1', first: ROLL },
      { on: 'pod:userservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: ROLL + 0.02 },
      { on: 'pod:userservice#0', reason: 'FailedMount', type: 'Warning', message: mountFail('keys', 'jwtRS256.key'), first: ROLL + 0.03, last: -1.2, count: 17 },
      { on: 'pod:userservice#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[keys], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: ROLL + 2.05, last: -0.9, count: 10 },
      { on: 'pod:userservice#old0', reason: 'FailedMount', type: 'Warning', message: mountFail('keys', 'jwtRS256.key'), first: SYNC + 0.8, last: -0.6, count: 22 },
      { on: 'pod:contacts#0', reason: 'FailedMount', type: 'Warning', message: mountFail('publickey', 'jwtRS256.key.pub'), first: SYNC + 1.1, last: -0.8, count: 21 },
      { on: 'pod:frontend#0', reason: 'FailedMount', type: 'Warning', message: mountFail('publickey', 'jwtRS256.key.pub'), first: SYNC + 0.4, last: -0.2, count: 23 },
      { on: 'pod:ledgerwriter#0', reason: 'FailedMount', type: 'Warning', message: mountFail('publickey', 'jwtRS256.key.pub'), first: SYNC + 1.4, last: -1.5, count: 20 },
      { on: 'pod:balancereader#0', reason: 'FailedMount', type: 'Warning', message: mountFail('publickey', 'jwtRS256.key.pub'), first: SYNC + 0.9, last: -0.7, count: 21 },
      { on: 'pod:transactionhistory#0', reason: 'FailedMount', type: 'Warning', message: mountFail('publickey', 'jwtRS256.key.pub'), first: SYNC + 1.7, last: -1.9, count: 19 },
    ],
    logs: {
      'userservice#old0/userservice': usOld,
      'contacts#0/contacts': contactsLog,
      'frontend#0/front': frontLog,
      'balancereader#0/balancereader': brLog,
      'transactionhistory#0/transactionhistory': thLog,
    },
  }),
];
