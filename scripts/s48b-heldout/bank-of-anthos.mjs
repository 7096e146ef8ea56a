// Held-out scenario of batch s48b for Bank of Anthos (kit system scripts/kit-systems/bank-of-anthos.mjs), split: test.
// Written blind (no rule packs, engine code or other scenarios read); expected answer fixed before the snapshot was built.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as boa, withDefaults, plog, image } from '../kit-systems/bank-of-anthos.mjs';

export const system = boa;

const I1 = '2026-09-17T14:38:00Z';
const T1 = clock(I1);
const FRONT = 'frontend#0';
const refused = (n) =>
  `HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=${n}&password=bankofanthos (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2a1b5e90>: Failed to establish a new connection: [Errno 111] Connection refused'))`;
const frontLog = [];
for (let m = -45; m < -19; m += 3.1) frontLog.push(plog(T1, m, 'INFO', 'home', 'Displaying home.'));
frontLog.push(plog(T1, -27.3, 'INFO', '_login_helper', 'Login Successful.'));
frontLog.push(plog(T1, -22.8, 'INFO', '_login_helper', 'Login Successful.'));
for (let m = -18.6, i = 0; m < -0.2; m += 0.71, i++) {
  frontLog.push(plog(T1, m, 'ERROR', '_login_helper', `Error logging in: ${refused(i % 4 === 0 ? 'testuser' : i % 4 === 1 ? 'alice' : i % 4 === 2 ? 'testuser' : 'bob')}`));
  if (i % 5 === 2) frontLog.push(plog(T1, m + 0.2, 'INFO', 'home', 'Displaying home.'));
  if (i % 9 === 4)
    frontLog.push(plog(T1, m + 0.3, 'ERROR', 'signup', `Error creating new user: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /users (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c29f0a3d0>: Failed to establish a new connection: [Errno 111] Connection refused'))`));
}

const JLOG = (T, min, sev, method, msg) => plog(T, min, sev, method, msg);
const contactsLog = [
  JLOG(T1, -118, 'INFO', '<module>', 'Starting contacts service.'),
  JLOG(T1, -117.9, 'INFO', 'create_app', 'Starting contacts service.'),
  ...[-40, -31, -22, -9, -3].map((m) => JLOG(T1, m, 'DEBUG', 'get_contacts', 'Getting contacts for user testuser')),
];
const balLog = [
  '{"timestamp": "' + T1.java(-30).slice(0, 19) + '", "message": "getBalance | Balance for 1011226111 retrieved from cache", "severity": "INFO"}',
  '{"timestamp": "' + T1.java(-12).slice(0, 19) + '", "message": "getBalance | Balance for 1011226111 retrieved from cache", "severity": "INFO"}',
  '{"timestamp": "' + T1.java(-2).slice(0, 19) + '", "message": "getBalance | Balance for 1033623433 retrieved from cache", "severity": "INFO"}',
];

export const scenarios = [
  withDefaults({
    folder: 's48b-userservice-jwt-secret-gone',
    description: "users can't log in to the bank since ~14:20, login just says Login Failed",
    incidentTime: I1,
    expected: { component: 'userservice', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      Bank of Anthos kubernetes-manifests at d0af047: userservice mounts Secret jwt-key (keys jwtRS256.key and jwtRS256.key.pub) as
      volume "keys" at /tmp/.ssh; every other backend mounts the public key from the same Secret; the Secret is created by hand
      (kubectl create secret generic jwt-key --from-file ...), not by the manifests, so a key rotation done by hand can leave it
      missing. Incident: during a JWT key rotation the Secret was deleted and recreated in the wrong namespace, then the userservice
      pod was deleted to pick up the new key. Running pods keep the key they already mounted (kubelet keeps a deleted Secret's last
      contents), but the replacement userservice pod stays ContainerCreating with the kubelet's real FailedMount texts
      (MountVolume.SetUp failed for volume "keys" : secret "jwt-key" not found; Unable to attach or mount volumes ... timed out
      waiting for the condition); the userservice Endpoints are empty, so the frontend's requests (python requests/urllib3) get
      Errno 111 Connection refused from kube-proxy's reject rule, logged by frontend.py _login_helper as "Error logging in: ...",
      in the repo's JSON log layout "%(funcName)s | %(message)s". Decoy: a benign contacts rollout (LOG_LEVEL debug) two hours before.
      A careful engineer reads the FailedMount events: the Secret the workload needs does not exist.`,
    workloads: {
      userservice: {
        pods: [{ creating: true, created: T1.iso(-18.8), node: 'gke-boa-prod-pool-1-3f9a2c41-w5tn' }],
        unavailableSince: -18.8,
        endpointsChanged: -18.9,
      },
      contacts: {
        rollout: { at: -120, revision: 5, oldContainers: { contacts: { env: [
          { name: 'VERSION', value: 'v0.6.10' }, { name: 'PORT', value: '8080' }, { name: 'ENABLE_TRACING', value: 'true' }, { name: 'LOG_LEVEL', value: 'info' },
        ] } } },
        containers: { contacts: { env: [
          { name: 'VERSION', value: 'v0.6.10' }, { name: 'PORT', value: '8080' }, { name: 'ENABLE_TRACING', value: 'true' }, { name: 'LOG_LEVEL', value: 'debug' },
        ] } },
      },
    },
    events: [
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -120 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: -119 },
      { on: 'pod:userservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -18.8 },
      { on: 'pod:userservice#0', reason: 'FailedMount', type: 'Warning', message: 'MountVolume.SetUp failed for volume "keys" : secret "jwt-key" not found', first: -18.8, last: -0.9, count: 16 },
      { on: 'pod:userservice#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[keys], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -16.7, last: -2.6, count: 8 },
    ],
    logs: {
      [`${FRONT}/front`]: frontLog.sort(),
      'contacts#0/contacts': contactsLog,
      'balancereader#0/balancereader': balLog,
    },
  }),
];
void cs; void image;
