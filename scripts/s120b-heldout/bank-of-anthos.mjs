// Blind held-out batch s120b: one Bank of Anthos scenario on the kit system scripts/kit-systems/bank-of-anthos.mjs.
// Written before any engine run; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const T = clock('2026-05-12T09:40:00Z');
const N3 = system.nodes[system.nodes.length - 1].name;
const mountMsg = 'MountVolume.SetUp failed for volume "keys" : secret "jwt-key" not found';
export const scenarios = [
  withDefaults({
    folder: 's120b-login-broken-after-node-upgrade',
    description: 'nobody can log in to the bank app since ~9:20, signup broken too. balances page still loads for ppl already logged in',
    incidentTime: '2026-05-12T09:40:00Z',
    expected: { component: 'userservice', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'userservice', cause: 'storage-unavailable' }, { component: 'userservice', cause: 'no-endpoints' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'partial-name'],
    workloads: {
      userservice: { pods: [{ creating: true, node: N3, created: T.iso(-21) }], unavailableSince: -21, endpointsChanged: -21 },
    },
    events: [
      { on: 'pod:userservice#0', reason: 'Scheduled', message: `Successfully assigned ${system.namespace}/%POD% to ${N3}`, source: 'default-scheduler', first: -21 },
      { on: 'pod:userservice#0', reason: 'FailedMount', type: 'Warning', message: mountMsg, first: -21, last: -1, count: 18 },
      { on: 'rs:userservice', reason: 'SuccessfulCreate', message: 'Created pod: userservice-%RS%', first: -21, source: 'replicaset-controller' },
    ],
    logs: {
      'frontend#0/front': [
        plog(T, -25, 'INFO', 'login', 'Login Success'),
        plog(T, -19, 'ERROR', 'login', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=testuser&password=bankofanthos (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2a9d1e50>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
        plog(T, -12, 'ERROR', 'signup', "Error creating new user: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /users (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2a8b0d90>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
        plog(T, -6, 'INFO', 'home', 'Displaying home.'),
        plog(T, -3, 'ERROR', 'login', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=alice&password=*** (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2a9f4a10>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
      ],
    },
    grounding: `
      Bank of Anthos v0.6.10 manifests: userservice mounts Secret jwt-key (items jwtRS256.key / .pub) as volume "keys";
      frontend calls userservice:8080 /login and /users. Fault: the jwt-key Secret was deleted (a namespace clean-up of
      "unused" secrets, a shape reported in public k8s threads on FailedMount "secret ... not found"); pods already running
      keep their mounted copy, but the userservice pod recreated after a node upgrade 21 minutes ago stays
      ContainerCreating with kubelet FailedMount events, so the Service has no endpoints and logins/signups fail while
      token-holding sessions still read balances. Deviation from upstream: none in the manifests; the frontend log lines
      follow the kit's logging.conf shape. The frontend container name follows the kit system.`,
  }),
];
