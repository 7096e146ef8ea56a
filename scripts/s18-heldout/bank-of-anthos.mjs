// s18 held-out scenario (split: test) for Bank of Anthos, written blind: a GKE node upgrade drains userservice onto a node
// that must pull its hotfix image, which a registry cleanup policy already deleted. Built by scripts/s18-build-h.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog, plog, image } from '../kit-systems/bank-of-anthos.mjs';

const N1 = 'gke-boa-prod-pool-1-3f9a2c41-7kqm';
const N2 = 'gke-boa-prod-pool-1-3f9a2c41-h2xd';
const N3 = 'gke-boa-prod-pool-1-3f9a2c41-w5tn';
const HOTFIX = 'us-central1-docker.pkg.dev/boa-prod-artifacts/bank/userservice:v0.6.10-hotfix2';

// The team runs its own userservice build (a hotfix tag in its own Artifact Registry repo) since three weeks.
export const system = {
  ...base,
  workloads: base.workloads.map((w) =>
    w.name === 'userservice' ? { ...w, containers: w.containers.map((c) => ({ ...c, image: HOTFIX, env: c.env.map((e) => (e.name === 'VERSION' ? { ...e, value: 'v0.6.10-hotfix2' } : e)) })) } : w,
  ),
};

const I = '2026-06-03T08:05:00Z';
const T = clock(I);
const DRAIN = -22;

const frontLog = [
  plog(T, DRAIN + 0.6, 'INFO', 'create_app', 'Starting frontend service.'),
  plog(T, DRAIN + 0.6, 'INFO', 'create_app', 'Tracing enabled.'),
  plog(T, DRAIN + 0.7, 'INFO', 'create_app', 'Starting gunicorn 22.0.0'),
  plog(T, DRAIN + 0.7, 'INFO', 'create_app', 'Listening at: http://0.0.0.0:8080 (1)'),
];
const refused = (path) => `HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: ${path} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2a1b4d90>: Failed to establish a new connection: [Errno 111] Connection refused'))`;
const users = ['testuser', 'alice', 'bob', 'eve', 'testuser', 'mkaur', 'jdoe', 'testuser'];
for (let m = DRAIN + 1.2, i = 0; m < 0; m += 0.55, i++) {
  const u = users[i % users.length];
  if (i % 3 !== 2) {
    frontLog.push(plog(T, m, 'INFO', 'login', `Logging in user ${u}.`));
    frontLog.push(plog(T, m + 0.002, 'ERROR', 'login', `Error logging in: ${refused(`/login?username=${u}&password=bankofanthos`)}`));
  } else {
    frontLog.push(plog(T, m, 'INFO', 'home', 'Displaying home.'));
    frontLog.push(plog(T, m + 0.004, 'INFO', 'home', 'Successfully retrieved balance and transaction history.'));
  }
  if (i % 11 === 5) {
    frontLog.push(plog(T, m + 0.2, 'INFO', 'signup', 'Creating new user.'));
    frontLog.push(plog(T, m + 0.202, 'ERROR', 'signup', `Error creating new user: ${refused('/users')}`));
  }
}

const ledgerwriterLog = [
  jlog(T, DRAIN + 0.9, 'INFO', 'logStarting', 'Starting LedgerWriterApplication v0.6.10 using Java 17.0.11 with PID 1 (/app/classpath started by bank in /)'),
  jlog(T, DRAIN + 1.1, 'INFO', 'initialize', 'Tomcat initialized with port 8080 (http)'),
  jlog(T, DRAIN + 1.6, 'INFO', 'init', 'Getting local routing number.'),
  jlog(T, DRAIN + 1.9, 'INFO', 'start', 'Tomcat started on port 8080 (http) with context path \'\''),
  jlog(T, DRAIN + 1.9, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 52.117 seconds (process running for 55.42)'),
];
for (let m = DRAIN + 3, i = 0; m < 0; m += 2.1, i++) ledgerwriterLog.push(jlog(T, m, 'INFO', 'addTransaction', `Submitted transaction successfully: TransactionID: ${7112 + i}`));

const balanceLog = [];
for (let m = -45, i = 0; m < 0; m += 1.3, i++) balanceLog.push(jlog(T, m, 'INFO', 'getBalance', `Balance retrieved for account ${['1011226111', '1033623433', '1055757655', '1077441377'][i % 4]}.`));

const contactsLog = [];
for (let m = -45, i = 0; m < 0; m += 2.4, i++) contactsLog.push(plog(T, m, 'INFO', 'get_contacts', `Getting contacts for user ${['testuser', 'alice', 'bob'][i % 3]}.`));

export const scenarios = [
  withDefaults({
    folder: 's18-userservice-hotfix-image-gone',
    split: 'test',
    description: "customers can't sign in to online banking, login just says it failed. started around 07:45, roughly when the GKE maintenance window opened",
    incidentTime: I,
    expected: { component: 'userservice', cause: 'image-pull' },
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      Bank of Anthos kubernetes-manifests at d0af047: userservice is a single replica behind Service userservice:8080, with the
      frontend calling it for /login and /users (USERSERVICE_API_ADDR); the frontend checks JWTs locally, so signed-in sessions
      keep working while new logins and sign-ups fail. The frontend's Python requests client logs urllib3's real
      NewConnectionError text ([Errno 111] Connection refused), which is what a ClusterIP Service with no ready endpoint gives.
      Incident: the team runs its own hotfix build of userservice from its Artifact Registry repository; an Artifact Registry
      cleanup policy (delete tags older than 14 days) removed that tag days ago, unnoticed because nodes had it cached. A GKE
      node auto-upgrade cordons and drains ${N1} (NodeNotSchedulable, taint node.kubernetes.io/unschedulable); userservice is
      recreated on ${N3}, which never pulled it: containerd's NotFound "failed to resolve reference ... not found", ErrImagePull,
      then ImagePullBackOff. frontend and ledgerwriter are recreated too and pull their public images fine (decoys, like the
      upgrade itself: the nodes stay Ready). Deviations: the hotfix repository, tag and cleanup policy are invented; the
      frontend's log method names and wording are approximated from frontend.py.
    `,
    nodes: {
      [N1]: { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: T.iso(DRAIN - 1) }] },
    },
    workloads: {
      frontend: { pods: [{ node: N2, created: T.iso(DRAIN + 0.4) }] },
      userservice: {
        pods: [{ phase: 'Pending', node: N3, created: T.iso(DRAIN + 0.3), containers: { userservice: cs.waiting('ImagePullBackOff', `Back-off pulling image "${HOTFIX}"`) } }],
        unavailableSince: DRAIN + 0.3,
        endpointsChanged: DRAIN,
      },
      contacts: { pods: [{ node: N3 }] },
      ledgerwriter: { pods: [{ node: N3, created: T.iso(DRAIN + 0.4) }] },
      balancereader: { pods: [{ node: N2 }] },
      transactionhistory: { pods: [{ node: N3 }] },
      'accounts-db': { pods: [{ node: N2 }] },
      'ledger-db': { pods: [{ node: N2 }] },
      loadgenerator: { pods: [{ node: N3 }] },
    },
    events: [
      { on: `node:${N1}`, reason: 'NodeNotSchedulable', message: `Node ${N1} status is now: NodeNotSchedulable`, first: DRAIN - 1 },
      { on: 'pod:frontend#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: DRAIN + 0.4 },
      { on: 'pod:frontend#0', reason: 'Pulling', message: `Pulling image "${image('frontend')}"`, fieldPath: 'spec.containers{front}', first: DRAIN + 0.45 },
      { on: 'pod:frontend#0', reason: 'Pulled', message: `Successfully pulled image "${image('frontend')}" in 4.218s (4.218s including waiting). Image size: 61844127 bytes.`, fieldPath: 'spec.containers{front}', first: DRAIN + 0.5 },
      { on: 'pod:frontend#0', reason: 'Created', message: 'Created container front', fieldPath: 'spec.containers{front}', first: DRAIN + 0.5 },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container front', fieldPath: 'spec.containers{front}', first: DRAIN + 0.5 },
      { on: 'pod:ledgerwriter#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: DRAIN + 0.4 },
      { on: 'pod:ledgerwriter#0', reason: 'Pulled', message: `Container image "${image('ledgerwriter')}" already present on machine`, fieldPath: 'spec.containers{ledgerwriter}', first: DRAIN + 0.45 },
      { on: 'pod:ledgerwriter#0', reason: 'Created', message: 'Created container ledgerwriter', fieldPath: 'spec.containers{ledgerwriter}', first: DRAIN + 0.45 },
      { on: 'pod:ledgerwriter#0', reason: 'Started', message: 'Started container ledgerwriter', fieldPath: 'spec.containers{ledgerwriter}', first: DRAIN + 0.5 },
      { on: 'pod:ledgerwriter#0', reason: 'Unhealthy', type: 'Warning', message: 'Startup probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', fieldPath: 'spec.containers{ledgerwriter}', first: DRAIN + 0.7, last: DRAIN + 1.8, count: 5 },
      { on: 'pod:userservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: DRAIN + 0.3 },
      { on: 'pod:userservice#0', reason: 'Pulling', message: `Pulling image "${HOTFIX}"`, fieldPath: 'spec.containers{userservice}', first: DRAIN + 0.35, last: -1.9, count: 7 },
      { on: 'pod:userservice#0', reason: 'Failed', type: 'Warning', message: `Failed to pull image "${HOTFIX}": rpc error: code = NotFound desc = failed to pull and unpack image "${HOTFIX}": failed to resolve reference "${HOTFIX}": ${HOTFIX}: not found`, fieldPath: 'spec.containers{userservice}', first: DRAIN + 0.4, last: -1.9, count: 7 },
      { on: 'pod:userservice#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', fieldPath: 'spec.containers{userservice}', first: DRAIN + 0.4, last: -1.9, count: 7 },
      { on: 'pod:userservice#0', reason: 'BackOff', message: `Back-off pulling image "${HOTFIX}"`, fieldPath: 'spec.containers{userservice}', first: DRAIN + 0.5, last: -0.2, count: 91 },
      { on: 'pod:userservice#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', fieldPath: 'spec.containers{userservice}', first: DRAIN + 0.5, last: -0.2, count: 91 },
    ],
    logs: {
      'frontend#0/front': frontLog,
      'ledgerwriter#0/ledgerwriter': ledgerwriterLog,
      'balancereader#0/balancereader': balanceLog,
      'contacts#0/contacts': contactsLog,
    },
  }),
];
