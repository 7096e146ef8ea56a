// Blind dev scenario of batch s27a for Bank of Anthos (kit system definition): a JWT key rotation deleted the jwt-key
// Secret two days ago; when a cluster-autoscaler scale-down moves userservice, its new pod cannot mount its keys.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INCIDENT = '2026-09-03T08:20:00Z';
const T = clock(INCIDENT);
const GONE = 'gke-boa-prod-pool-1-3f9a2c41-q8vr';
const N1 = 'gke-boa-prod-pool-1-3f9a2c41-h2xd';
const MOVED = -31.5; // the scale-down's evictions
const SINCE_ROTATION = -60 * 24 * 2 - 95;

const USERS = ['testuser', 'alice', 'bob', 'eve', 'testuser', 'alice'];
const refused = (u) =>
  `Error logging in: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=${u}&password=bankofanthos (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c1d${['4e50', '5a90', '3f10', '61d0'][u.length % 4]}>: Failed to establish a new connection: [Errno 111] Connection refused'))`;
const frontLog = () => {
  const out = [];
  let k = 0;
  for (let m = -44; m < -0.3; m += 1.7) {
    const u = USERS[k % USERS.length];
    if (m < MOVED) out.push(plog(T, m, 'INFO', '_login_helper', 'Successfully logged in.'));
    else out.push(plog(T, m, 'ERROR', '_login_helper', refused(u)));
    k++;
  }
  return out;
};
// The kubelet re-syncs the secret volumes of running pods and reports the deleted Secret on each of them (their files
// keep the last content, so they keep working); the aggregated events have run since the rotation.
const stale = (pod, volume, count) => ({
  on: `pod:${pod}#0`,
  type: 'Warning',
  reason: 'FailedMount',
  message: `MountVolume.SetUp failed for volume "${volume}" : secret "jwt-key" not found`,
  count,
  first: SINCE_ROTATION + 1,
  last: -1 - (count % 5) * 0.3,
});

export const scenarios = [
  withDefaults({
    folder: 's27a-userservice-jwt-secret-missing',
    incidentTime: INCIDENT,
    description: 'Bank login says "Login Failed" for everyone since around 7:50, people already logged in can still see balances',
    expected: { component: 'userservice', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy', 'louder-dependents'],
    grounding: `
      kubernetes-manifests (d0af047): userservice mounts the Secret jwt-key (keys jwtRS256.key and jwtRS256.key.pub) as the
      volume "keys" at /tmp/.ssh and signs login tokens with it; frontend, contacts, ledgerwriter, balancereader and
      transactionhistory mount only its public key as the volume "publickey". The Secret is created by hand (extras/jwt), so
      it lives outside the manifests. Fault: a key-rotation runbook two days ago ran "kubectl delete secret jwt-key" and then
      created the new Secret without -n, in the default namespace. Running pods keep the files they mounted (the kubelet only
      reports FailedMount "secret \\"jwt-key\\" not found" on each periodic re-sync, a steady noise on every healthy pod since).
      At 07:48 the cluster autoscaler removes the under-used node ${GONE}; userservice and loadgenerator are evicted, the
      new loadgenerator starts elsewhere, the new userservice pod stays ContainerCreating (FailedMount on "keys", "Unable to
      attach or mount volumes ... timed out waiting for the condition"). The userservice Endpoints are empty, so the frontend's
      requests.get to http://userservice:8080/login are refused: "Error logging in: HTTPConnectionPool(host='userservice',
      port=8080): Max retries exceeded ... [Errno 111] Connection refused", and the login page shows "Login Failed". Existing
      sessions still work: the frontend verifies tokens with its mounted public key. Decoys: the autoscaler's scale-down and
      the fresh loadgenerator pod. Expected: config-missing on userservice (a Secret the workload needs does not exist).`,
    nodes: {},
    workloads: {
      userservice: {
        unavailableSince: MOVED,
        endpointsChanged: MOVED,
        pods: [{ node: N1, creating: true, created: T.iso(MOVED) }],
      },
      loadgenerator: { pods: [{ node: N1, created: T.iso(MOVED) }] },
    },
    events: [
      { on: `node:${GONE}`, source: 'cluster-autoscaler', reason: 'ScaleDown', message: 'marked the node as toBeDeleted/unschedulable', first: MOVED - 0.6 },
      { on: `node:${GONE}`, source: 'cluster-autoscaler', reason: 'ScaleDown', message: 'node removed by cluster autoscaler', first: MOVED + 1.8 },
      { on: `node:${GONE}`, source: 'node-controller', reason: 'RemovingNode', message: `Node ${GONE} event: Removing Node ${GONE} from Controller`, first: MOVED + 2.6 },
      { on: 'rs:userservice', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAMEOF:userservice%', first: MOVED },
      { on: 'rs:loadgenerator', reason: 'SuccessfulCreate', message: 'Created pod: %PODNAMEOF:loadgenerator%', first: MOVED },
      { on: 'pod:userservice#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned bank-of-anthos/%POD% to ${N1}`, first: MOVED },
      { on: 'pod:userservice#0', type: 'Warning', reason: 'FailedMount', message: 'MountVolume.SetUp failed for volume "keys" : secret "jwt-key" not found', count: 23, first: MOVED, last: -1.6 },
      { on: 'pod:userservice#0', type: 'Warning', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[keys], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', count: 14, first: MOVED + 2.2, last: -0.4 },
      { on: 'pod:loadgenerator#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned bank-of-anthos/%POD% to ${N1}`, first: MOVED },
      { on: 'pod:loadgenerator#0', fieldPath: 'spec.containers{loadgenerator}', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/loadgenerator:v0.6.10@sha256:dd7e27f1b1bcbb9c85070eb900a6060d098d06d62ef03f98182424919895df83" already present on machine', first: MOVED + 0.1 },
      { on: 'pod:loadgenerator#0', fieldPath: 'spec.containers{loadgenerator}', reason: 'Started', message: 'Started container loadgenerator', first: MOVED + 0.2 },
      stale('frontend', 'publickey', 1388),
      stale('contacts', 'publickey', 1391),
      stale('ledgerwriter', 'publickey', 1386),
      stale('balancereader', 'publickey', 1393),
      stale('transactionhistory', 'publickey', 1389),
    ],
    logs: {
      'frontend#0/front': frontLog(),
    },
  }),
];
