// Batch s44a held-out scenario for Bank of Anthos (split: test), written blind: the kit system definition
// (GoogleCloudPlatform/bank-of-anthos kubernetes-manifests/ at d0af047) and one incident.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-04-08T16:27:00Z';
const T = clock(INC);
const [A, B, C] = system.nodes.map((n) => n.name); // 7kqm, h2xd (auto-repaired), w5tn

const loginErr = (min, user) =>
  plog(T, min, 'ERROR', 'login', `Error logging in: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=${user}&password=bankofanthos (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a${(0x1c2d0 + Math.round(min * -37)).toString(16)}>: Failed to establish a new connection: [Errno 111] Connection refused'))`);

function frontendLog() {
  const out = [];
  for (let m = -55; m < -32.3; m += 1.7) {
    out.push(plog(T, m, 'INFO', 'login', 'Displaying login page.'));
    out.push(plog(T, m + 0.02, 'INFO', 'login', 'Successfully logged in.'));
    out.push(plog(T, m + 0.05, 'INFO', 'home', 'Displaying home.'));
  }
  const users = ['testuser', 'alice', 'bob', 'eve', 'testuser'];
  let k = 0;
  for (let m = -31.9; m < -0.3; m += 0.9) {
    k++;
    out.push(plog(T, m, 'INFO', 'login', 'Displaying login page.'));
    out.push(loginErr(m + 0.03, users[k % users.length]));
    if (k % 3 === 0) out.push(plog(T, m + 0.2, 'INFO', 'home', 'Displaying home.'));
  }
  return out;
}

export const scenarios = [
  withDefaults({
    folder: 's44a-userservice-jwt-secret-gone',
    split: 'test',
    description: 'bank of anthos: nobody can log in since ~16:00, login page says error logging in',
    incidentTime: INC,
    expected: { component: 'userservice', cause: 'config-missing' },
    difficulty: 'hard',
    traits: ['time-expression', 'decoy', 'louder-dependents'],
    grounding: `
      Bank of Anthos kubernetes-manifests (d0af047): userservice signs login tokens with the private key it mounts from the
      Secret jwt-key (volume "keys", items jwtRS256.key and jwtRS256.key.pub, not optional), and the frontend POSTs /login to
      userservice:8080 through python-requests. The fault follows a common key-rotation mistake: jwt-key was deleted for a
      rotation and the new Secret created in the wrong namespace two days earlier; running pods keep their mounted copy, so
      nothing broke until a pod was recreated. At 15:50 the node gke-...-h2xd stopped posting status (NodeNotReady); after
      the 300 s not-ready toleration its pods were evicted and the GKE auto-repair recreated the VM, which is Ready again
      since 16:12. The replacement userservice pod has been in ContainerCreating for 30 minutes: the kubelet's
      FailedMount "MountVolume.SetUp failed for volume \\"keys\\" : secret \\"jwt-key\\" not found" and "Unable to attach or
      mount volumes: unmounted volumes=[keys] ... timed out waiting for the condition" (kubelet 1.30 texts). With no endpoint
      the Service rejects connections and the frontend logs "Error logging in: HTTPConnectionPool(host='userservice',
      port=8080) ... [Errno 111] Connection refused" for every login. The node's NotReady and repair events, and the
      loadgenerator recreated on another node and running, are decoys; the node is healthy now.`,
    nodes: {
      [B]: {
        conditions: {
          Ready: { type: 'Ready', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-15), reason: 'KubeletReady', message: 'kubelet is posting ready status' },
        },
      },
    },
    workloads: {
      userservice: {
        pods: [{ node: C, creating: true, created: T.iso(-31.6) }],
        unavailableSince: -31.8,
        endpointsChanged: -31.8,
      },
      loadgenerator: { pods: [{ node: A, created: T.iso(-31.6) }] },
      frontend: { pods: [{ node: A }] },
      contacts: { pods: [{ node: C }] },
      balancereader: { pods: [{ node: A }] },
      transactionhistory: { pods: [{ node: C }] },
      ledgerwriter: { pods: [{ node: A }] },
      'accounts-db': { pods: [{ node: A }] },
      'ledger-db': { pods: [{ node: C }] },
    },
    events: [
      { on: `node:${B}`, reason: 'NodeNotReady', source: 'node-controller', type: 'Normal', message: `Node ${B} status is now: NodeNotReady`, first: -37, last: -37 },
      { on: `node:${B}`, reason: 'Starting', message: 'Starting kubelet.', first: -17.2, last: -17.2 },
      { on: `node:${B}`, reason: 'Rebooted', type: 'Warning', message: `Node ${B} has been rebooted, boot id: 7c1f0e93-2b4d-4a8e-9f61-d03a5c8b2e47`, first: -17.1, last: -17.1 },
      { on: `node:${B}`, reason: 'NodeReady', message: `Node ${B} status is now: NodeReady`, first: -15, last: -15 },
      { on: 'pod:userservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -31.6, last: -31.6 },
      { on: 'pod:userservice#0', reason: 'FailedMount', type: 'Warning', message: 'MountVolume.SetUp failed for volume "keys" : secret "jwt-key" not found', first: -31.6, last: -0.7, count: 23 },
      { on: 'pod:userservice#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[keys], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -29.5, last: -1.3, count: 14 },
      { on: 'pod:loadgenerator#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -31.6, last: -31.6 },
      { on: 'pod:loadgenerator#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/loadgenerator:v0.6.10@sha256:dd7e27f1b1bcbb9c85070eb900a6060d098d06d62ef03f98182424919895df83" already present on machine', fieldPath: 'spec.containers{loadgenerator}', first: -31.5, last: -31.5 },
      { on: 'pod:loadgenerator#0', reason: 'Started', message: 'Started container loadgenerator', fieldPath: 'spec.containers{loadgenerator}', first: -31.4, last: -31.4 },
    ],
    logs: {
      'frontend#0/front': frontendLog(),
      'contacts#0/contacts': [
        plog(T, -44, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        plog(T, -20.4, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
      ],
    },
  }),
];
