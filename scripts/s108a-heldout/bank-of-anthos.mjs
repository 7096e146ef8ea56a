// Blind held-out batch s108a: one Bank of Anthos scenario (split: test) for the scenario kit.
// System and helpers from scripts/kit-systems/bank-of-anthos.mjs (withDefaults, jlog); grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const I = '2026-08-18T11:34:00Z';
const T = clock(I);
const refused = "HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=testuser&password=bankofanthos (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b8c1d2e50>: Failed to establish a new connection: [Errno 111] Connection refused'))";

export const scenarios = [
  withDefaults({
    folder: 's108a-userservice-secret-gone',
    incidentTime: I,
    description: 'nobody can sign in to the bank demo since roughly 11:10. people already logged in can still see balances/transactions',
    expected: { component: 'userservice', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'userservice', cause: 'storage-unavailable' }, { component: 'userservice', cause: 'no-endpoints' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression'],
    workloads: {
      userservice: { pods: [{ created: T.iso(-24), containers: { userservice: cs.creating() }, creating: true }], unavailableSince: -24 },
    },
    events: [
      { on: 'pod:userservice#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -24 },
      { on: 'pod:userservice#0', type: 'Warning', reason: 'FailedMount', message: 'MountVolume.SetUp failed for volume "keys" : secret "jwt-key" not found', first: -23.9, last: -1.5, count: 19 },
    ],
    logs: {
      'frontend#0/front': [
        jlog(T, -60, 'INFO', 'login', 'Successful login.'),
        jlog(T, -23, 'ERROR', 'login', `Error logging in: ${refused}`),
        jlog(T, -9, 'ERROR', 'login', `Error logging in: ${refused}`),
        jlog(T, -4, 'INFO', 'home', 'Displaying home.'),
        jlog(T, -2, 'ERROR', 'login', `Error logging in: ${refused}`),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -4, 'INFO', 'getBalance', 'Balance lookup succeeded.'),
      ],
      'contacts#0/contacts': [
        jlog(T, -5, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
      ],
    },
    grounding: `
      Bank of Anthos kubernetes-manifests (kit system): userservice mounts the Secret jwt-key (jwtRS256.key, .pub) as volume
      keys at /tmp/.ssh to sign login tokens; the other backends mount only its public key. Deviation: the jwt-key Secret was
      deleted (a namespace clean-up) and userservice's pod was deleted 24 minutes before the incident; the replacement pod
      stays ContainerCreating with the kubelet's FailedMount 'secret "jwt-key" not found' (the Kubernetes secret-volume
      failure as printed by the kubelet). Running pods keep their already-mounted copy, so balances and contacts still
      work with existing tokens; the frontend's login calls are refused (Service without endpoints).`,
  }),
];
