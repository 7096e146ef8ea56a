// Batch s47a (blind dev): one Bank of Anthos incident on the kit system definition (kubernetes-manifests/ at d0af047).
// A JWT key rotation that deleted the jwt-key Secret; the userservice pod deleted to pick up the new key cannot mount it.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, plog, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const s1 = (() => {
  const incidentTime = '2026-04-07T14:41:00Z';
  const T = clock(incidentTime);
  const mountFail = (vol) => `MountVolume.SetUp failed for volume "${vol}" : secret "jwt-key" not found`;
  const CONNREF = (path) =>
    `HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: ${path} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2a1b4d90>: Failed to establish a new connection: [Errno 111] Connection refused'))`;
  const front = [];
  let m = -40;
  let i = 0;
  while (m < -0.2) {
    const broken = m > -19.4;
    const k = i % 5;
    if (k === 0) front.push(plog(T, m, 'INFO', 'home', 'Displaying home.'));
    if (k === 1) {
      front.push(plog(T, m, 'INFO', 'login', 'Logging in.'));
      front.push(broken ? plog(T, m + 0.01, 'ERROR', 'login', `Error logging in: ${CONNREF('/login?username=testuser&password=bankofanthos')}`) : plog(T, m + 0.01, 'INFO', 'login', 'Login Successful.'));
    }
    if (k === 2) front.push(plog(T, m, 'INFO', 'home', 'Displaying home.'));
    if (k === 3) {
      front.push(plog(T, m, 'INFO', 'signup', 'Creating new user.'));
      front.push(broken ? plog(T, m + 0.01, 'ERROR', 'signup', `Error creating new user: ${CONNREF('/users')}`) : plog(T, m + 0.01, 'INFO', 'signup', 'New user created.'));
    }
    if (k === 4) front.push(plog(T, m, 'INFO', 'payment', 'Submitting payment.'), plog(T, m + 0.01, 'INFO', 'payment', 'Payment initiated successfully.'));
    m += 0.7 + (i % 3) * 0.25;
    i++;
  }
  const lw = [];
  for (let t = -40; t < -0.5; t += 3.1) {
    lw.push(jlog(T, t, 'INFO', 'addTransaction', 'Received transaction request'));
    lw.push(jlog(T, t + 0.01, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
  }
  return {
    ...withDefaults({
      folder: 's47a-userservice-jwt-secret-deleted',
      incidentTime,
      description: 'bank app: nobody can log in or sign up since about 14:20, everyone already logged in seems fine',
      expected: { component: 'userservice', cause: 'config-missing' },
      difficulty: 'easy',
      traits: ['time-expression', 'louder-dependents', 'decoy'],
      grounding: `
        Bank of Anthos signs JWTs in userservice with the private key of the Secret jwt-key (volume "keys", items
        jwtRS256.key/jwtRS256.key.pub) and every other service mounts only the public key (volume "publickey"); the README has
        the operator create jwt-key by hand. Incident shape from key-rotation runbooks: the engineer deleted jwt-key,
        recreated it under a mistyped name (jwt-keys, a Secret the snapshot cannot show) and deleted the userservice pod at
        14:22 so it would load the new key. The replacement stays ContainerCreating with the kubelet's real FailedMount texts
        ("MountVolume.SetUp failed for volume \\"keys\\" : secret \\"jwt-key\\" not found", then "Unable to attach or mount
        volumes ... context deadline exceeded"), so userservice:8080 has no endpoints and kube-proxy rejects the
        connections: frontend's requests logs "[Errno 111] Connection refused" for /login and /users (upstream frontend.py
        "Error logging in:" / "Error creating new user:"), while sessions with a still-valid token keep working (balances,
        payments, ledgerwriter normal). The running pods that mount the public key keep their old copy; the kubelet's
        periodic remount of their "publickey" volumes fails with the same not-found warning on those pods (noise that names
        the Secret but not the broken service). Decoy: balancereader restarted once two days ago (liveness, long recovered).
        Deviation: none in the manifests; the Secret names are as upstream.
      `,
      workloads: {
        userservice: {
          pods: [{ created: T.iso(-19.6), creating: true }],
          unavailableSince: -19.6,
          endpointsChanged: -19.7,
        },
        balancereader: {
          pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.1) } }) } }],
        },
      },
      events: [
        { on: 'pod:userservice#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', source: 'default-scheduler', first: -19.6 },
        { on: 'pod:userservice#0', reason: 'FailedMount', type: 'Warning', message: mountFail('keys'), first: -19.6, last: -1.4, count: 16 },
        { on: 'pod:userservice#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[keys], unattached volumes=[], failed to process volumes=[]: context deadline exceeded', first: -17.5, last: -1.5, count: 8 },
        { on: 'rs:userservice', reason: 'SuccessfulCreate', message: 'Created pod: userservice-%RS%', source: 'replicaset-controller', first: -19.6 },
        { on: 'pod:frontend#0', reason: 'FailedMount', type: 'Warning', message: mountFail('publickey'), first: -20.8, last: -2.9, count: 9 },
        { on: 'pod:ledgerwriter#0', reason: 'FailedMount', type: 'Warning', message: mountFail('publickey'), first: -20.5, last: -4.1, count: 8 },
        { on: 'pod:contacts#0', reason: 'FailedMount', type: 'Warning', message: mountFail('publickey'), first: -21.0, last: -3.3, count: 9 },
      ],
      logs: {
        'frontend#0/front': front,
        'ledgerwriter#0/ledgerwriter': lw,
        'contacts#0/contacts': [
          plog(T, -12.2, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
          plog(T, -6.8, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
          plog(T, -2.1, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        ],
        'balancereader#0/balancereader': [
          jlog(T, -60 * 49 + 1.5, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 21.442 seconds (JVM running for 23.118)'),
          jlog(T, -60 * 49 + 2.4, 'INFO', 'pollTransactions', 'Initialized cache with 31264 transactions'),
          jlog(T, -5.2, 'INFO', 'getBalance', 'Balance request for account 1011226111'),
        ],
      },
    }),
  };
})();

export const scenarios = [s1];
