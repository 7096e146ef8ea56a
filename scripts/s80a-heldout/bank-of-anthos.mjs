// Blind held-out batch s80a: one Bank of Anthos scenario (split test) on the kit system definition
// scripts/kit-systems/bank-of-anthos.mjs (kubernetes-manifests/ at d0af047); built by scripts/s80a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-06-03T14:52:00Z');
const N = (s) => `gke-boa-prod-pool-1-3f9a2c41-${s}`;
const GONE = N('q8vr');
const err111 = (user, obj) => `_login_helper | Error logging in: HTTPConnectionPool(host='userservice.bank-of-anthos.svc.cluster.local', port=8080): Max retries exceeded with url: /login?username=${user}&password=bankofanthos (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at ${obj}>: Failed to establish a new connection: [Errno 111] Connection refused'))`;
const mountMsg = (vol) => `MountVolume.SetUp failed for volume "${vol}" : secret "jwt-key" not found`;

export const scenarios = [
  withDefaults({
    folder: 's80a-new-logins-fail-existing-sessions-ok',
    incidentTime: '2026-06-03T14:52:00Z',
    description: 'bank app: new logins failing since about 14:35, people who were already logged in still see balances and can send money',
    expected: { component: 'userservice', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'userservice', cause: 'storage-unavailable' }],
    difficulty: 'hard',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      Manifest facts (kubernetes-manifests/ at d0af047): userservice (1 replica) mounts the Secret jwt-key as volume "keys"
      (jwtRS256.key -> privatekey, jwtRS256.key.pub -> publickey) to sign tokens at /login; frontend, contacts, ledgerwriter,
      balancereader and transactionhistory mount only jwtRS256.key.pub as volume "publickey" to verify them. The frontend
      calls LOGIN_URI http://userservice.bank-of-anthos.svc.cluster.local:8080/login and logs "Error logging in: %s"
      (src/frontend/frontend.py _login_helper); existing sessions only need the public key already read at start.
      Fault: a key-rotation runbook ran "kubectl delete secret jwt-key" at 14:11Z and re-created it in the wrong namespace,
      so jwt-key does not exist in bank-of-anthos. Running pods keep their mounted copy (the kubelet's periodic remount now
      records FailedMount warnings on them), but at 14:35Z cluster-autoscaler scaled down the node userservice ran on and
      the replacement pod has been stuck in ContainerCreating since: MountVolume.SetUp failed for volume "keys" : secret
      "jwt-key" not found. The userservice Service has no endpoint, so new logins get connection refused.
      Decoys: the cluster-autoscaler scale-down (a routine removal of an underused node) and the FailedMount warnings on
      healthy pods. Deviations from upstream: the fourth node (removed), the runbook's deletion.
    `,
    workloads: {
      userservice: {
        unavailableSince: -16.5,
        pods: [{ node: N('w5tn'), creating: true, created: T.iso(-16.5) }],
      },
    },
    events: [
      { on: `node:${GONE}`, source: 'cluster-autoscaler', reason: 'ScaleDown', message: 'marked the node as toBeDeleted/unschedulable', first: -17.4 },
      { on: `node:${GONE}`, source: 'cluster-autoscaler', reason: 'ScaleDown', message: 'node removed by cluster autoscaler', first: -15.8 },
      { on: 'rs:userservice', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAME:userservice%', first: -16.5 },
      { on: 'pod:userservice#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned bank-of-anthos/%POD% to ${N('w5tn')}`, first: -16.5 },
      { on: 'pod:userservice#0', type: 'Warning', reason: 'FailedMount', message: mountMsg('keys'), first: -16.4, last: -0.6, count: 16 },
      { on: 'pod:userservice#0', type: 'Warning', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[keys], unattached volumes=[], failed to process volumes=[]: context deadline exceeded', first: -14.4, last: -2.3, count: 6 },
      { on: 'pod:frontend#0', type: 'Warning', reason: 'FailedMount', message: mountMsg('publickey'), first: -39.5, last: -1.9, count: 11 },
      { on: 'pod:contacts#0', type: 'Warning', reason: 'FailedMount', message: mountMsg('publickey'), first: -39.1, last: -3.2, count: 10 },
      { on: 'pod:balancereader#0', type: 'Warning', reason: 'FailedMount', message: mountMsg('publickey'), first: -38.7, last: -4.4, count: 9 },
    ],
    logs: {
      'frontend#0/front': [
        jlog(T, -44, 'INFO', '_login_helper', 'Successfully logged in.'),
        jlog(T, -31, 'INFO', '_login_helper', 'Successfully logged in.'),
        jlog(T, -22, 'INFO', 'logout', 'Logging out.'),
        jlog(T, -19.2, 'INFO', '_login_helper', 'Successfully logged in.'),
        jlog(T, -15.7, 'ERROR', '_login_helper', err111('testuser', '0x7f8a1c2d3b50').slice('_login_helper | '.length)),
        jlog(T, -12.9, 'ERROR', '_login_helper', err111('alice', '0x7f8a1c2e9f10').slice('_login_helper | '.length)),
        jlog(T, -9.1, 'ERROR', '_login_helper', err111('testuser', '0x7f8a1c1a4c90').slice('_login_helper | '.length)),
        jlog(T, -6.4, 'INFO', 'logout', 'Logging out.'),
        jlog(T, -6.0, 'ERROR', '_login_helper', err111('testuser', '0x7f8a1c2b7e20').slice('_login_helper | '.length)),
        jlog(T, -2.2, 'ERROR', '_login_helper', err111('bob', '0x7f8a1c3f0a60').slice('_login_helper | '.length)),
      ],
    },
  }),
];
