// s20 held-out scenario for Bank of Anthos (split: test), written blind: a service-api-config edit that only the
// frontend pod a cluster-autoscaler scale-down recreated has read. Built by scripts/s20-build-h.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const A = '2026-12-03T10:41:00Z';
const T = clock(A);
const ACCTS = ['1011226111', '1033623433', '1055757655', '1077441377', '1011226111', '1099284938'];
const nameErr = (acct, obj) =>
  `make_call | Error getting balance: HTTPConnectionPool(host='balance-reader', port=8080): Max retries exceeded with url: /balances/${acct} (Caused by NameResolutionError("<urllib3.connection.HTTPConnection object at 0x7f${obj}>: Failed to resolve 'balance-reader' ([Errno -2] Name or service not known)"))`;

const frontendLog = [
  jlog(T, -23.6, 'INFO', 'info', 'Starting gunicorn 23.0.0'),
  jlog(T, -23.6, 'INFO', 'info', 'Listening at: http://0.0.0.0:8080 (1)'),
  jlog(T, -23.6, 'INFO', 'info', 'Using worker: gthread'),
  jlog(T, -23.55, 'INFO', 'info', 'Booting worker with pid: 7'),
  jlog(T, -23.4, 'INFO', 'create_app', 'Starting frontend service.'),
  jlog(T, -23.4, 'INFO', 'create_app', '✅ Tracing enabled.'),
  jlog(T, -23.4, 'INFO', 'create_app', 'ENV_PLATFORM environment variable is not set'),
];
for (let i = 0; i < 16; i++) {
  const m = -22.8 + i * 1.4;
  if (i % 4 === 0) frontendLog.push(jlog(T, m - 0.1, 'INFO', 'login', 'Successfully logged in.'));
  frontendLog.push(jlog(T, m, 'ERROR', 'make_call', nameErr(ACCTS[i % ACCTS.length], `3a1c2e${(0x6d10 + i * 0x1a0).toString(16)}`).slice('make_call | '.length)));
  if (i % 5 === 2) frontendLog.push(jlog(T, m + 0.3, 'INFO', 'deposit', 'Deposit submitted successfully.'));
  if (i % 6 === 4) frontendLog.push(jlog(T, m + 0.5, 'INFO', 'payment', 'Payment initiated successfully.'));
}

const javaReady = (svc, start) => [
  `{"timestamp": "${T.java(start).slice(0, 19)}", "message": "logStarted | Started ${svc}Application in 38.412 seconds (process running for 41.208)", "severity": "INFO"}`,
];

export const scenarios = [
  withDefaults({
    folder: 's20-frontend-balance-addr-renamed',
    split: 'test',
    incidentTime: A,
    description: 'home page shows $--- instead of the balance for everyone since about 10:20, payments still go through',
    expected: { component: 'frontend', cause: 'config-error' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'decoy', 'time-expression'],
    grounding: `
      GoogleCloudPlatform/bank-of-anthos at d0af047: the frontend reads BALANCES_API_ADDR from the service-api-config ConfigMap
      (envFrom) once at start into app.config["BALANCES_URI"]; home() fetches balance, history and contacts through ApiCall.make_call,
      which catches RequestException and logs 'Error getting %s: %s' (BALANCE_NAME = "balance") and renders the page with
      format_currency(None) = '$---'. Logs in the logging.conf JSON layout (gunicorn 23 gthread, urllib3 2.x NameResolutionError).
      Fault (invented, the shape of a real config drift): three days before, a platform engineer edited service-api-config to
      'balance-reader:8080' in preparation of a Service rename that never shipped (the ConfigMap's managedFields show the edit).
      No pod restarted then. At 10:17 a cluster-autoscaler scale-down removed an underused node; the frontend and contacts
      pods on it were recreated, and only the new frontend reads the new value: every balance lookup fails DNS resolution,
      the page still answers 200. ledgerwriter, which also reads BALANCES_API_ADDR, was not restarted and keeps the old value,
      so payments and deposits still succeed. balancereader is Running, Ready and idle apart from ledgerwriter's checks.
      Decoys: the scale-down itself and the recreated contacts pod (healthy).`,
    workloads: {
      frontend: {
        pods: [{ created: T.iso(-24.1), node: 'gke-boa-prod-pool-1-3f9a2c41-w5tn' }],
        endpointsChanged: -23.3,
      },
      contacts: {
        pods: [{ created: T.iso(-24.1), node: 'gke-boa-prod-pool-1-3f9a2c41-h2xd' }],
        endpointsChanged: -23.6,
      },
    },
    events: [
      { on: 'rs:frontend', reason: 'SuccessfulCreate', message: 'Created pod: frontend-%RS%', first: -24.1, source: 'replicaset-controller' },
      { on: 'rs:contacts', reason: 'SuccessfulCreate', message: 'Created pod: contacts-%RS%', first: -24.1, source: 'replicaset-controller' },
      { on: 'pod:frontend#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to gke-boa-prod-pool-1-3f9a2c41-w5tn', first: -24.1, source: 'default-scheduler' },
      { on: 'pod:frontend#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/frontend:v0.6.10@sha256:076294ce717309f711743fa3b72a9809c7f156edf1c4fa58505fd9f436d65345" already present on machine', first: -24, fieldPath: 'spec.containers{front}' },
      { on: 'pod:frontend#0', reason: 'Created', message: 'Created container front', first: -24, fieldPath: 'spec.containers{front}' },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container front', first: -23.9, fieldPath: 'spec.containers{front}' },
      { on: 'pod:frontend#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: -23.8, type: 'Warning', fieldPath: 'spec.containers{front}' },
      { on: 'pod:contacts#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to gke-boa-prod-pool-1-3f9a2c41-h2xd', first: -24.1, source: 'default-scheduler' },
      { on: 'pod:contacts#0', reason: 'Started', message: 'Started container contacts', first: -23.9, fieldPath: 'spec.containers{contacts}' },
    ],
    logs: {
      'frontend#0/front': frontendLog,
      'contacts#0/contacts': [
        jlog(T, -23.7, 'INFO', 'info', 'Starting gunicorn 23.0.0'),
        jlog(T, -23.6, 'INFO', 'create_app', 'Starting contacts service.'),
        ...Array.from({ length: 6 }, (_, i) => jlog(T, -22 + i * 3.5, 'INFO', 'get_contacts', `Successfully retrieved contacts.`)),
      ],
      'balancereader#0/balancereader': [
        ...javaReady('BalanceReader', -60 * 24 * 9 + 1),
        ...Array.from({ length: 8 }, (_, i) => `{"timestamp": "${T.java(-30 + i * 3.7).slice(0, 19)}", "message": "getBalance | Retrieved balance for account ${ACCTS[(i + 2) % ACCTS.length]}", "severity": "INFO"}`),
      ],
      'ledgerwriter#0/ledgerwriter': Array.from({ length: 7 }, (_, i) =>
        `{"timestamp": "${T.java(-21 + i * 3.1).slice(0, 19)}", "message": "addTransaction | Submitted transaction successfully", "severity": "INFO"}`),
    },
  }),
];

/** ConfigMap edits (name, manager, minutes from the incident) the build script writes into managedFields. */
export const configMapEdits = {
  's20-frontend-balance-addr-renamed': [['service-api-config', 'kubectl-edit', -60 * 24 * 3 - 95, A, ['BALANCES_API_ADDR']]],
};
