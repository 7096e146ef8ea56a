// Blind held-out batch s120a: one Bank of Anthos scenario (split: test) on the kit system scripts/kit-systems/bank-of-anthos.mjs.
// Written without reading the engine, the rule packs or other scenarios; built by scripts/s120a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog, jlog } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const IT = '2026-03-30T16:50:00Z';
const T = clock(IT);
const NODE = 'gke-boa-prod-pool-1-3f9a2c41-w5tn';

export const scenarios = [
  withDefaults({
    folder: 's120a-jwt-secret-deleted',
    incidentTime: IT,
    description: 'nobody can log in to the bank demo for ~25 min ("login error"), people already logged in can still see balances',
    expected: { component: 'userservice', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'userservice', cause: 'storage-unavailable' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression'],
    grounding: `Bank of Anthos kubernetes-manifests (v0.6.10): userservice mounts the Secret jwt-key (keys jwtRS256.key and
      jwtRS256.key.pub) at /tmp/.ssh to sign tokens; the other services mount only the public key. Fault: a cleanup script removed
      jwt-key (created by hand, outside the manifests) 2 days before; running pods keep their mounted copy, so nothing showed until
      the userservice pod was recreated (node pool upgrade surge moved it to ${NODE}). The kubelet cannot set up the "keys" volume:
      FailedMount 'secret "jwt-key" not found', the pod stays ContainerCreating, the Service has no endpoints and the frontend's
      login call is refused. Sessions already holding a token still work (balancereader/transactionhistory verify with their own
      mounted public key). No deviation from upstream manifests; the Secret's absence is the fault.`,
    workloads: {
      userservice: { pods: [{ creating: true, node: NODE, created: T.iso(-26) }], unavailableSince: -26 },
    },
    events: [
      { on: 'pod:userservice#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned bank-of-anthos/%POD% to ${NODE}`, first: -26 },
      { on: 'pod:userservice#0', reason: 'FailedMount', type: 'Warning', message: 'MountVolume.SetUp failed for volume "keys" : secret "jwt-key" not found', first: -26, last: -1, count: 20 },
      { on: 'rs:userservice', reason: 'SuccessfulCreate', message: 'Created pod: userservice-%RS%', first: -26 },
    ],
    logs: {
      'frontend#0/front': [
        plog(T, -20, 'INFO', 'login', 'Starting login process.'),
        plog(T, -20, 'ERROR', 'login', `Error logging in: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=testuser&password=bankofanthos (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c1d5e50>: Failed to establish a new connection: [Errno 111] Connection refused'))`),
        plog(T, -6, 'INFO', 'home', 'Displaying home.'),
        plog(T, -3, 'INFO', 'login', 'Starting login process.'),
        plog(T, -3, 'ERROR', 'login', `Error logging in: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=alice&password=********** (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c0a91d0>: Failed to establish a new connection: [Errno 111] Connection refused'))`),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -8, 'INFO', 'getBalance', 'Retrieved balance for account 1011226111'),
      ],
    },
  }),
];
