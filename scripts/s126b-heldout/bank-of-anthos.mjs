// Blind held-out batch s126b: Bank of Anthos.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, plog, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;
const T = clock('2026-07-21T11:06:00Z');
const N = ['gke-boa-prod-pool-1-3f9a2c41-7kqm', 'gke-boa-prod-pool-1-3f9a2c41-h2xd', 'gke-boa-prod-pool-1-3f9a2c41-w5tn'];

export const scenarios = [
  withDefaults({
    folder: 's126b-boa-login-keys',
    incidentTime: '2026-07-21T11:06:00Z',
    description: "cant log in to bank of anthos since about 10:50 - 'Login failed' for everyone incl demo user. people already logged in can still see balances",
    expected: { component: 'userservice', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'userservice', cause: 'storage-unavailable' }],
    difficulty: 'medium',
    traits: ['callers-only', 'time-expression', 'decoy'],
    grounding: `
      Upstream userservice mounts the Secret jwt-key (items jwtRS256.key -> privatekey, jwtRS256.key.pub -> publickey) at
      /tmp/.ssh and signs login tokens with PRIV_KEY_PATH=/tmp/.ssh/privatekey; it runs one replica. Here a secret
      clean-up deleted jwt-key (deviation: the deletion is this scenario's premise; there is no secrets.json in a
      snapshot), which running pods do not notice. At ~10:49 the node pool's surge upgrade drained the node of the
      only userservice pod; its replacement stays ContainerCreating with the kubelet's FailedMount 'secret "jwt-key"
      not found' (the documented behaviour for a missing Secret volume), the Service has no endpoints and frontend's
      /login gets connection refused. Other pods that mount the public key keep running on their old mounts. Decoy: a
      node upgrade in progress (a cordoned node) and ledgerwriter's old warnings.`,
    nodes: { [N[0]]: { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: T.iso(-17) }] } },
    workloads: {
      userservice: { pods: [{ node: N[1], created: T.iso(-16.5), creating: true }] },
    },
    events: [
      { on: 'node:' + N[0], reason: 'NodeNotSchedulable', message: `Node ${N[0]} status is now: NodeNotSchedulable`, first: -17, last: -17 },
      { on: 'pod:userservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -16.5, last: -16.5 },
      { on: 'pod:userservice#0', reason: 'FailedMount', type: 'Warning', message: 'MountVolume.SetUp failed for volume "keys" : secret "jwt-key" not found', first: -16.4, last: -0.6, count: 16 },
    ],
    logs: {
      'frontend#0/front': [
        plog(T, -30, 'INFO', 'login', 'Successfully logged in.'),
        plog(T, -15, 'ERROR', 'login', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=testuser&password=bankofanthos (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a1c2b9d50>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
        plog(T, -9, 'INFO', 'home', 'Displaying home.'),
        plog(T, -3, 'ERROR', 'login', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=alice&password=*** (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a1c0e4a90>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -60 * 24 * 6, 'WARN', 'validateTransaction', 'Unable to validate transaction: balance check timed out, retrying'),
        jlog(T, -4, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -2, 'INFO', 'getBalance', 'Retrieved balance for account 1011226111'),
      ],
      'loadgenerator#0/loadgenerator': [
        `[${T.java(-1).replace(' ', ' ').slice(0, 19)},${T.java(-1).slice(20, 23)}] loadgenerator/ERROR/locust.user.task: login failed: 401`,
      ],
    },
  }),
];
