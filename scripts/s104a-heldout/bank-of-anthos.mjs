// Blind held-out batch s104a: one Bank of Anthos scenario (split test) for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/bank-of-anthos.mjs (kubernetes-manifests/ at d0af047), its withDefaults and log helper.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };
const I = '2026-05-12T10:58:00Z';
const T = clock(I);
const login = (min) => plog(T, min, 'ERROR', '_login_helper', `Error logging in: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=testuser&password=bankofanthos (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c1e9d90>: Failed to establish a new connection: [Errno 111] Connection refused'))`);
const fe = [];
for (let m = -30; m < -0.5; m += 1.5) {
  if (m < -18) fe.push(plog(T, m, 'INFO', 'home', 'Displaying home.'), plog(T, m + 0.2, 'INFO', '_login_helper', 'Login successful.'));
  else fe.push(plog(T, m, 'INFO', 'home', 'Displaying home.'), login(m + 0.2), plog(T, m + 0.6, 'INFO', 'payment', 'Payment initiated successfully.'));
}

export const scenarios = [
  withDefaults({
    folder: 's104a-login-down-after-pod-delete',
    incidentTime: I,
    description: 'cant log in to the bank app since about 10:40, "login failed" for everyone. ppl who were already logged in still see balances + can pay. accounts team pls',
    expected: { component: 'userservice', cause: 'config-missing' },
    alsoAcceptable: [
      { component: 'userservice', cause: 'storage-unavailable' },
      { component: 'userservice', cause: 'no-endpoints' },
    ],
    difficulty: 'medium',
    traits: ['time-expression', 'team-name'],
    grounding: `
      Upstream: userservice mounts the Secret jwt-key (keys jwtRS256.key, jwtRS256.key.pub, created from extras/jwt/jwt-secret.yaml)
      as volume "keys" at /tmp/.ssh and signs login tokens with the private key; the other services verify tokens with the public key.
      Fault: a key-rotation job deleted jwt-key and failed before re-creating it; the on-call then deleted the userservice pod to make it
      pick up the "new" key. The replacement pod stays ContainerCreating: the kubelet cannot set up the secret volume (FailedMount
      'secret "jwt-key" not found', Kubernetes' real message), so the userservice Service has no endpoints and the frontend's logins get
      connection refused. Pods that mounted the key earlier keep their copy, so existing sessions keep working.
      Deviations from upstream: none in the manifests; the Secret is absent (secrets are never part of a snapshot).`,
    workloads: {
      userservice: {
        pods: [{ creating: true, created: T.iso(-18) }],
        unavailableSince: -18,
        endpointsChanged: -18,
      },
    },
    events: [
      { on: 'pod:userservice#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', source: 'default-scheduler', first: -18 },
      { on: 'pod:userservice#0', reason: 'FailedMount', type: 'Warning', message: 'MountVolume.SetUp failed for volume "keys" : secret "jwt-key" not found', first: -18, last: -1.5, count: 17 },
      { on: 'pod:userservice#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[keys], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -15.9, last: -1.9, count: 7 },
    ],
    logs: {
      'frontend#0/front': fe,
      'balancereader#0/balancereader': [
        plog(T, -20, 'INFO', 'getBalance', 'Retrieved balance for account 1011226111 (was cached)'),
        plog(T, -9, 'INFO', 'getBalance', 'Retrieved balance for account 1033623433 (was cached)'),
        plog(T, -2, 'INFO', 'getBalance', 'Retrieved balance for account 1011226111 (was cached)'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        plog(T, -25, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        plog(T, -6, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      ],
    },
  }),
];
