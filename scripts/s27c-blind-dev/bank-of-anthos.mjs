// s27c blind dev scenario for Bank of Anthos (kit system scripts/kit-systems/bank-of-anthos.mjs): the jwt-key Secret lost its
// private key in an External Secrets migration, which only bites when the userservice pod is recreated and cannot mount it.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-06-03T10:34:00Z';
const T = clock(INC);
const refused = (path) =>
  `HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: ${path} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c${Math.floor(Math.abs(Math.sin(path.length)) * 1e8).toString(16).padStart(8, '0')}>: Failed to establish a new connection: [Errno 111] Connection refused'))`;
const fe = [];
// who the login form is submitted for: the demo user and loadgenerator-made accounts (password "password")
const users = [['testuser', 'bankofanthos'], ['user8f2a1c', 'password'], ['testuser', 'bankofanthos'], ['user31d07e', 'password'], ['user5b9e44', 'password']];
let k = 0;
for (let m = -15.6; m < -0.2; m += 0.85) {
  const [u, pw] = users[k++ % users.length];
  fe.push(plog(T, m, 'ERROR', '_login_helper', `Error logging in: ${refused(`/login?username=${u}&password=${pw}`)}`));
  if (k % 4 === 0) fe.push(plog(T, m + 0.3, 'INFO', 'payment', 'Payment initiated successfully.'));
  if (k % 5 === 0) fe.push(plog(T, m + 0.45, 'INFO', 'deposit', 'Deposit submitted successfully.'));
}
fe.splice(0, 0,
  plog(T, -21.3, 'INFO', '_login_helper', 'Successfully logged in.'),
  plog(T, -20.1, 'INFO', 'payment', 'Payment initiated successfully.'),
  plog(T, -18.7, 'INFO', '_login_helper', 'Successfully logged in.'),
  plog(T, -17.2, 'INFO', 'deposit', 'Deposit submitted successfully.'),
);

export const scenarios = [
  withDefaults({
    folder: 's27c-userservice-jwt-key-missing',
    description: 'nobody can log into cymbal bank, login page just says "Login Failed", started 10:20ish',
    incidentTime: INC,
    expected: { component: 'userservice', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents', 'partial-name'],
    grounding: `
      Bank of Anthos kubernetes-manifests (d0af047): userservice mounts the Secret jwt-key as volume "keys" with items
      jwtRS256.key -> privatekey and jwtRS256.key.pub -> publickey (PRIV_KEY_PATH /tmp/.ssh/privatekey); the other backends
      mount only jwtRS256.key.pub. The day before, the team moved jwt-key to External Secrets and the ExternalSecret's template
      only carried the public key, so the Secret no longer has jwtRS256.key. Running pods keep the files they mounted; at
      10:18 a developer deleted the userservice pod (kubectl delete pod) to clear slow logins, and the replacement stays in
      ContainerCreating: the kubelet's secret volume plugin reports "MountVolume.SetUp failed for volume "keys" : references
      non-existent secret key: jwtRS256.key" (its real text), then "Unable to attach or mount volumes: unmounted
      volumes=[keys] ... timed out waiting for the condition". userservice has no endpoint, the ClusterIP rejects, and the
      frontend's _login_helper logs requests' "Failed to establish a new connection: [Errno 111] Connection refused" for every
      login and redirects with msg "Login Failed"; users already holding a token keep working. The fault is the Secret key
      the workload needs but which does not exist: config-missing on userservice. The Secret is not in the snapshot (never
      is): only the FailedMount events name it.
    `,
    workloads: {
      userservice: {
        pods: [{ node: 'gke-boa-prod-pool-1-3f9a2c41-w5tn', created: T.iso(-16.1), creating: true }],
        endpointsChanged: -16.2,
      },
    },
    events: [
      { on: 'pod:userservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -16.1, last: -16.1 },
      { on: 'pod:userservice#0', type: 'Warning', reason: 'FailedMount', message: 'MountVolume.SetUp failed for volume "keys" : references non-existent secret key: jwtRS256.key', first: -16.1, last: -0.6, count: 14 },
      { on: 'pod:userservice#0', type: 'Warning', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[keys], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -14.0, last: -1.8, count: 6 },
    ],
    logs: {
      'frontend#0/front': fe,
    },
  }),
];
