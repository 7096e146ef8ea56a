// Batch s39a (blind dev): one Bank of Anthos incident for the scenario kit, on scripts/kit-systems/bank-of-anthos.mjs.
// The jwt-key Secret is gone; pods re-created after a spot VM preemption cannot mount it and sign-in fails.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const A = 'gke-boa-prod-pool-1-3f9a2c41-7kqm';
const B = 'gke-boa-prod-pool-1-3f9a2c41-h2xd';
const C = 'gke-boa-prod-pool-1-3f9a2c41-w5tn';

export const post = {
  // The preempted spot VM was recreated by its managed instance group under the same name: a new Node object.
  's39a-jwt-key-secret-missing': ({ dir, readJson, writeJson }) => {
    const f = `${dir}/nodes.json`;
    const nodes = readJson(f);
    for (const n of nodes.items) if (n.metadata.name === C) n.metadata.creationTimestamp = '2026-05-16T08:30:31Z';
    writeJson(f, nodes);
  },
};

const s1 = (() => {
  const incidentTime = '2026-05-16T08:50:00Z';
  const T = clock(incidentTime);
  const cond = (type, status, reason, message, since) => ({ type, status, lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(since), reason, message });
  const refused = (host, path, obj) =>
    `HTTPConnectionPool(host='${host}', port=8080): Max retries exceeded with url: ${path} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f${obj}>: Failed to establish a new connection: [Errno 111] Connection refused'))`;
  const users = ['testuser', 'alice', 'bob', 'eve', 'testuser'];
  const front = [
    jlog(T, -60 * 24 * 9, 'INFO', 'create_app', 'Starting frontend service.'),
    jlog(T, -60 * 24 * 9, 'INFO', 'create_app', '🚀 Starting frontend service with tracing enabled'),
  ];
  for (let m = -34; m < -0.2; m += 1.3) {
    const u = users[Math.round(-m) % users.length];
    if (m < -21.4) {
      front.push(jlog(T, m, 'INFO', 'login', `Getting token for user ${u}`));
      front.push(jlog(T, m + 0.002, 'INFO', 'login', 'Successfully logged in.'));
      front.push(jlog(T, m + 0.01, 'INFO', 'home', 'Displaying home.'));
    } else {
      front.push(jlog(T, m, 'INFO', 'login', `Getting token for user ${u}`));
      front.push(jlog(T, m + 0.001, 'ERROR', 'login', `Error logging in: ${refused('userservice', `/login?username=${u}&password=bankofanthos`, `${(0x4a21c0 + Math.round(-m * 97)).toString(16)}d0`)}`));
      if (Math.round(-m) % 3 === 0) {
        front.push(jlog(T, m + 0.2, 'INFO', 'home', 'Displaying home.'));
        front.push(jlog(T, m + 0.201, 'ERROR', 'home', `Couldn't retrieve contacts: ${refused('contacts', `/contacts/${u}`, `${(0x5b1200 + Math.round(-m * 31)).toString(16)}90`)}`));
      }
    }
  }
  const ledgerOk = (svc) => [
    jlog(T, -60 * 24 * 9 + 1.2, 'INFO', 'logStartupInfo', `Started ${svc === 'balancereader' ? 'BalanceReaderApplication' : 'TransactionHistoryApplication'} in 41.873 seconds (JVM running for 44.019)`),
    jlog(T, -40, 'INFO', 'pollTransactions', 'Processed 1 new transactions.'),
    jlog(T, -12, 'INFO', 'pollTransactions', 'Processed 2 new transactions.'),
  ];
  const mountFail = (wl, vol, extra) => [
    { on: `pod:${wl}#0`, reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned bank-of-anthos/%POD% to %NODE%`, first: -21.5, last: -21.5 },
    { on: `pod:${wl}#0`, type: 'Warning', reason: 'FailedMount', message: `MountVolume.SetUp failed for volume "${vol}" : secret "jwt-key" not found`, first: -21.4, last: -0.7, count: 19 },
    { on: `pod:${wl}#0`, type: 'Warning', reason: 'FailedMount', message: `Unable to attach or mount volumes: unmounted volumes=[${vol}], unattached volumes=[${extra}]: timed out waiting for the condition`, first: -19.3, last: -1.2, count: 9 },
  ];
  return withDefaults({
    folder: 's39a-jwt-key-secret-missing',
    description: 'nobody can sign in to the bank app, login page just says login error. since ~08:30',
    incidentTime,
    expected: { component: 'userservice', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'contacts', cause: 'config-missing' }],
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      Bank of Anthos v0.6.10 as kubernetes-manifests/ deploys it (kit system scripts/kit-systems/bank-of-anthos.mjs) on a GKE
      spot node pool. Every service mounts the Secret jwt-key (userservice as volume "keys" with the private key, the others
      as volume "publickey"); upstream creates it out of band from extras/jwt/jwt-secret.yaml, not from kubernetes-manifests/.
      The fault: the Secret was deleted earlier in the morning (a prune of objects not in the GitOps source; not visible in the
      snapshot, which never holds Secrets). Running pods keep their already-mounted copy, so nothing broke until GCE preempted
      the spot VM ${C} at ~08:27: its userservice and contacts pods went with the Node, the ReplicaSets re-created them on the
      two other nodes and both stay in ContainerCreating with the kubelet's FailedMount 'MountVolume.SetUp failed for volume
      "keys" : secret "jwt-key" not found' (and "publickey" for contacts), then "Unable to attach or mount volumes ... timed
      out waiting for the condition". Neither Service has an endpoint; the frontend's requests to userservice:8080/login and
      contacts:8080 get ECONNREFUSED from kube-proxy's reject rule (Python requests/urllib3 "Failed to establish a new
      connection: [Errno 111] Connection refused", logged by the frontend's login and home handlers). The MIG recreated the
      VM under the same name, so the Node is back and Ready, empty.
      Decoys: the node's NotReady/RemovingNode/RegisteredNode events (the preemption only triggered the re-creation) and a
      balancereader liveness restart four days ago.
      Expected: config-missing on userservice (sign-in is the reported symptom); the same missing Secret on contacts is also
      accepted.`,
    nodes: {
      [C]: {
        conditions: {
          Ready: cond('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status', -19.3),
          MemoryPressure: cond('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available', -19.8),
          DiskPressure: cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure', -19.8),
          PIDPressure: cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available', -19.8),
        },
      },
    },
    workloads: {
      frontend: { pods: [{ node: A }] },
      userservice: { unavailableSince: -21.5, pods: [{ node: B, creating: true, created: T.iso(-21.5) }] },
      contacts: { unavailableSince: -21.5, pods: [{ node: A, creating: true, created: T.iso(-21.5) }] },
      ledgerwriter: { pods: [{ node: B }] },
      balancereader: {
        pods: [{ node: A, containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }) } }],
      },
      transactionhistory: { pods: [{ node: B }] },
      'accounts-db': { pods: [{ node: A }] },
      'ledger-db': { pods: [{ node: B }] },
      loadgenerator: { pods: [{ node: A }] },
    },
    events: [
      { on: `node:${C}`, type: 'Normal', reason: 'NodeNotReady', source: 'node-controller', message: `Node ${C} status is now: NodeNotReady`, first: -22.8, last: -22.8 },
      { on: `node:${C}`, type: 'Normal', reason: 'RemovingNode', source: 'node-controller', message: `Node ${C} event: Removing Node ${C} from Controller`, first: -21.6, last: -21.6 },
      { on: `node:${C}`, type: 'Normal', reason: 'Starting', message: 'Starting kubelet.', first: -19.9, last: -19.9 },
      { on: `node:${C}`, type: 'Normal', reason: 'RegisteredNode', source: 'node-controller', message: `Node ${C} event: Registered Node ${C} in Controller`, first: -19.6, last: -19.6 },
      { on: `node:${C}`, type: 'Normal', reason: 'NodeReady', message: `Node ${C} status is now: NodeReady`, first: -19.3, last: -19.3 },
      ...mountFail('userservice', 'keys', 'keys kube-api-access-5xq2r tmp'),
      ...mountFail('contacts', 'publickey', 'publickey kube-api-access-m7dkw tmp'),
      { on: 'pod:balancereader#0', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:8080/healthy": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -60 * 24 * 4 - 0.6, last: -60 * 24 * 4 - 0.2, count: 3, fieldPath: 'spec.containers{balancereader}' },
    ],
    logs: {
      'frontend#0/front': front,
      'balancereader#0/balancereader': ledgerOk('balancereader'),
      'transactionhistory#0/transactionhistory': ledgerOk('transactionhistory'),
    },
  });
})();

export const scenarios = [s1];
