// Batch s48a held-out scenario for Bank of Anthos (split: test), written blind; built by scripts/s48a-build.mjs with the kit
// and the kit system definition scripts/kit-systems/bank-of-anthos.mjs (withDefaults, ConfigMaps, JSON log helper).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const I1 = '2026-11-18T09:42:00Z';
const T1 = clock(I1);
const N = {
  a: 'gke-boa-prod-pool-1-3f9a2c41-7kqm',
  b: 'gke-boa-prod-pool-1-3f9a2c41-h2xd',
  c: 'gke-boa-prod-pool-1-3f9a2c41-w5tn',
};
const loginErr = (min, user) =>
  jlog(T1, min, 'ERROR', '_login_helper', `Error logging in: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=${user}&password=*** (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2a${(min * -7 | 0).toString(16).padStart(4, '0')}d0>: Failed to establish a new connection: [Errno 111] Connection refused'))`);

export const scenarios = [
  withDefaults({
    folder: 's48a-userservice-jwt-secret-missing',
    incidentTime: I1,
    description: "people can't log in to the bank app since ~9:25, login page just comes back with an error",
    // Fixed before the snapshot was generated.
    expected: { component: 'userservice', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      Bank of Anthos kubernetes-manifests/userservice.yaml: the only userservice replica mounts Secret jwt-key (keys jwtRS256.key
      and jwtRS256.key.pub) as volume "keys" at /tmp/.ssh (PRIV_KEY_PATH=/tmp/.ssh/privatekey). The Secret was deleted (a namespace
      clean-up of "unused" secrets; secrets are not in the snapshot). Running pods that mount it (frontend, contacts, ledger services)
      keep the files they already have, so nothing breaks until the cluster autoscaler scales down node w5tn at 09:25 and evicts the
      userservice pod: its replacement (same ReplicaSet) sits in ContainerCreating with the kubelet's real FailedMount texts
      'MountVolume.SetUp failed for volume "keys" : secret "jwt-key" not found' and 'Unable to attach or mount volumes: unmounted
      volumes=[keys] ... timed out waiting for the condition'. The userservice Service has no endpoints, so frontend's login helper
      (frontend.py _login_helper, requests to USERSERVICE_API_ADDR userservice:8080) logs urllib3 "[Errno 111] Connection refused"
      for every login and signup; logged-in sessions keep working (JWTs are verified locally with the public key). The cluster
      autoscaler ScaleDown event on the node and a three-day-old transactionhistory restart are decoys.
      The expected cause is config-missing on userservice: the Secret its pod needs does not exist.`,
    nodes: {
      [N.c]: { taints: [{ key: 'ToBeDeletedByClusterAutoscaler', value: String(Math.floor(Date.parse(T1.iso(-17)) / 1000)), effect: 'NoSchedule' }] },
    },
    workloads: {
      userservice: { pods: [{ node: N.b, creating: true, created: T1.iso(-17) }], unavailableSince: -17, endpointsChanged: -17 },
      frontend: { pods: [{ node: N.a }] },
      transactionhistory: {
        pods: [{
          node: N.b,
          containers: {
            transactionhistory: cs.restartedRunning({
              restarts: 1, startedAt: T1.iso(-60 * 24 * 3 + 1),
              last: { exitCode: 143, reason: 'Error', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 3) },
            }),
          },
        }],
      },
      contacts: { pods: [{ node: N.a }] },
      ledgerwriter: { pods: [{ node: N.a }] },
      balancereader: { pods: [{ node: N.b }] },
      loadgenerator: { pods: [{ node: N.a }] },
      'accounts-db': { pods: [{ name: 'accounts-db-0', node: N.b }] },
      'ledger-db': { pods: [{ name: 'ledger-db-0', node: N.a }] },
    },
    events: [
      { on: `node:${N.c}`, source: 'cluster-autoscaler', reason: 'ScaleDown', message: 'marked the node as toBeDeleted/unschedulable', first: -17.4, last: -17.4 },
      { on: 'pod:userservice#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned bank-of-anthos/%POD% to ${N.b}`, first: -17, last: -17 },
      { on: 'pod:userservice#0', type: 'Warning', reason: 'FailedMount', message: 'MountVolume.SetUp failed for volume "keys" : secret "jwt-key" not found', first: -17, last: -0.6, count: 17 },
      { on: 'pod:userservice#0', type: 'Warning', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[keys], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -14.9, last: -0.9, count: 7 },
      { on: 'pod:transactionhistory#0', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500', first: -60 * 24 * 3 - 1, last: -60 * 24 * 3 - 0.2, count: 3, fieldPath: 'spec.containers{transactionhistory}' },
    ],
    logs: {
      'frontend#0/front': [
        jlog(T1, -31, 'INFO', 'home', 'Displaying home.'),
        jlog(T1, -24.8, 'INFO', 'home', 'Displaying home.'),
        loginErr(-16.7, 'testuser'),
        loginErr(-15.2, 'alice.m'),
        jlog(T1, -14.0, 'INFO', 'home', 'Displaying home.'),
        loginErr(-12.9, 'testuser'),
        jlog(T1, -11.5, 'ERROR', 'signup', "Error creating new user: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /users (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2a61e950>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
        loginErr(-9.3, 'd.okafor'),
        loginErr(-7.1, 'testuser'),
        jlog(T1, -6.2, 'INFO', 'home', 'Displaying home.'),
        loginErr(-4.4, 'jkowalski'),
        loginErr(-2.0, 'testuser'),
        loginErr(-0.7, 'alice.m'),
      ],
      'contacts#0/contacts': [
        jlog(T1, -20, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        jlog(T1, -6.5, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T1, -22.3, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T1, -5.8, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T1, -60 * 24 * 3 + 2.5, 'INFO', 'main', 'Started TransactionHistoryApplication in 41.87 seconds (JVM running for 44.02)'),
        jlog(T1, -3.1, 'INFO', 'pollTransactions', 'Polling for new transactions'),
      ],
    },
  }),
];
