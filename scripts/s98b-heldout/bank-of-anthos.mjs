// Blind held-out batch s98b: one Bank of Anthos scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/bank-of-anthos.mjs (GoogleCloudPlatform/bank-of-anthos kubernetes-manifests/ at d0af047).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const I1 = '2026-05-22T13:05:00Z';
const T1 = clock(I1);
const IMG = image('transactionhistory');
const HOST = IMG.split('/')[0];
const REPO = IMG.slice(HOST.length + 1).replace(/[:@].*$/, '');
const PULL = `Failed to pull image "${IMG}": failed to pull and unpack image "${IMG}": failed to resolve reference "${IMG}": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://${HOST}/v2/token?scope=repository%3A${REPO.replaceAll('/', '%2F')}%3Apull&service=${HOST}: 403 Forbidden`;
const N3 = 'gke-boa-prod-pool-1-3f9a2c41-w5tn';
const N1 = 'gke-boa-prod-pool-1-3f9a2c41-7kqm';

export const scenarios = [
  withDefaults({
    folder: 's98b-history-pod-cannot-come-back',
    incidentTime: I1,
    description: 'bank frontend: transaction history empty / error box for all users since ~12:50. balances look right',
    expected: { component: 'transactionhistory', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'transactionhistory', cause: 'no-endpoints' }],
    difficulty: 'hard',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      Manifest facts: transactionhistory runs one replica with an ephemeral-storage limit of 512Mi and its image pinned by
      tag and digest in Artifact Registry; the frontend calls it for the home page history while balancereader serves balances.
      Fault: the transactionhistory pod exceeded its ephemeral-storage limit and the kubelet evicted it (the kubelet's own
      message). Its replacement landed on another node that had never pulled the image, and the pull fails with 403 from the
      registry token endpoint: the node service account lost roles/artifactregistry.reader in an IAM clean-up the week
      before (GKE troubleshooting docs for image pulls: "403 Forbidden" when the node service account lacks read access).
      Running pods on cached nodes are unaffected, which is why nothing broke until the pod moved.
      Decoy: the eviction (a Warning Evicted event and a Failed pod) is the trigger, not the reason the history stays down.
      Deviations from upstream: the IAM change (outside the cluster); log wording of the frontend is paraphrased.`,
    workloads: {
      transactionhistory: {
        pods: [
          { evicted: 'Pod ephemeral local storage usage exceeds the total limit of containers 512Mi. ', node: N1, created: T1.iso(-60 * 24 * 9) },
          { node: N3, created: T1.iso(-15.5), containers: { transactionhistory: cs.waiting('ImagePullBackOff', `Back-off pulling image "${IMG}"`) } },
        ],
        unavailableSince: -15.6, endpointsChanged: -15.6,
      },
    },
    events: [
      { on: 'pod:transactionhistory#0', reason: 'Evicted', type: 'Warning', message: 'Pod ephemeral local storage usage exceeds the total limit of containers 512Mi. ', first: -15.7 },
      { on: 'pod:transactionhistory#0', reason: 'Killing', message: 'Stopping container transactionhistory', first: -15.6, fieldPath: 'spec.containers{transactionhistory}' },
      { on: 'pod:transactionhistory#1', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned bank-of-anthos/%POD% to ${N3}`, first: -15.5 },
      { on: 'pod:transactionhistory#1', reason: 'Pulling', message: `Pulling image "${IMG}"`, first: -15.4, last: -2.1, count: 6, fieldPath: 'spec.containers{transactionhistory}' },
      { on: 'pod:transactionhistory#1', reason: 'Failed', type: 'Warning', message: PULL, first: -15.3, last: -2.0, count: 6, fieldPath: 'spec.containers{transactionhistory}' },
      { on: 'pod:transactionhistory#1', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: -15.3, last: -2.0, count: 6, fieldPath: 'spec.containers{transactionhistory}' },
      { on: 'pod:transactionhistory#1', reason: 'BackOff', message: `Back-off pulling image "${IMG}"`, first: -15.0, last: -0.6, count: 58, fieldPath: 'spec.containers{transactionhistory}' },
      { on: 'pod:transactionhistory#1', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: -15.0, last: -0.6, count: 58, fieldPath: 'spec.containers{transactionhistory}' },
    ],
    logs: {
      'frontend#0/front': [
        plog(T1, -20, 'INFO', 'home', 'Displaying home.'),
        plog(T1, -14.2, 'ERROR', 'home', "Error retrieving transaction history: HTTPConnectionPool(host='transactionhistory', port=8080): Max retries exceeded with url: /transactions/1011226111 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a1c2d9e50>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
        plog(T1, -14.2, 'INFO', 'home', 'Displaying home.'),
        plog(T1, -8.7, 'ERROR', 'home', "Error retrieving transaction history: HTTPConnectionPool(host='transactionhistory', port=8080): Max retries exceeded with url: /transactions/1033623433 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a1c2a1d90>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
        plog(T1, -3.1, 'ERROR', 'home', "Error retrieving transaction history: HTTPConnectionPool(host='transactionhistory', port=8080): Max retries exceeded with url: /transactions/1011226111 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a1c2b7a60>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
      ],
      'balancereader#0/balancereader': [
        jlog(T1, -30, 'INFO', 'pollTransactions', 'Processed 2 new transactions.'),
        jlog(T1, -4, 'INFO', 'getBalance', 'Balance request for 1011226111 completed.'),
      ],
    },
  }),
];
