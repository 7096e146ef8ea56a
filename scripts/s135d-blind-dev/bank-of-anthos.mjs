// Batch s135d (blind dev): Bank of Anthos no-fault scenarios. System from scripts/kit-systems/bank-of-anthos.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

// ---------- 1. transaction history "missing" older rows: HISTORY_LIMIT=100 by design ----------
const I1 = '2026-03-18T10:05:00Z';
const T1 = clock(I1);
const histLogs = [];
for (let m = -55; m < -39; m += 3) histLogs.push(jlog(T1, m, 'INFO', 'getTransactions', `Retrieved 100 transactions for account 1011226111`));
const histPrev = [
  jlog(T1, -60 * 24 * 4, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to default profiles: default'),
  jlog(T1, -60 * 24 * 4 + 1, 'INFO', 'main', 'Started TransactionHistoryApplication in 41.202 seconds (JVM running for 44.871)'),
  ...histLogs,
  jlog(T1, -39.5, 'WARN', 'pollTransactions', 'Ledger reader: Connection to ledger-db timed out; retrying (HikariPool-1 - Connection is not available, request timed out after 30000ms.)'),
  jlog(T1, -39.2, 'ERROR', 'pollTransactions', 'Error polling ledger: org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection'),
  jlog(T1, -38.9, 'INFO', 'shutdown', 'Received SIGTERM, stopping ledger reader'),
];
const histCur = [
  jlog(T1, -37.6, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to default profiles: default'),
  jlog(T1, -36.9, 'INFO', 'main', 'Started TransactionHistoryApplication in 40.117 seconds (JVM running for 43.502)'),
  jlog(T1, -36.8, 'INFO', 'startReader', 'Initializing transaction cache, HISTORY_LIMIT=100 CACHE_SIZE=1000 CACHE_MINUTES=60'),
];
for (let m = -36; m < -1; m += 2.5) histCur.push(jlog(T1, m, 'INFO', 'getTransactions', `Retrieved 100 transactions for account ${m < -20 ? '1011226111' : '1033623433'}`));
histCur.push(jlog(T1, -12.4, 'INFO', 'getTransactions', 'Retrieved 100 transactions for account 1077441377'));
const frontLogs1 = [];
for (let m = -58; m < -40; m += 4) frontLogs1.push(plog(T1, m, 'INFO', 'home', 'Displaying home.'));
frontLogs1.push(
  plog(T1, -39.4, 'ERROR', 'home', "Couldn't retrieve transaction history: HTTPConnectionPool(host='transactionhistory', port=8080): Read timed out. (read timeout=4)"),
  plog(T1, -39.0, 'ERROR', 'home', "Couldn't retrieve transaction history: HTTPConnectionPool(host='transactionhistory', port=8080): Max retries exceeded with url: /transactions/1011226111 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c1d9b50>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
  plog(T1, -38.1, 'ERROR', 'home', "Couldn't retrieve transaction history: HTTPConnectionPool(host='transactionhistory', port=8080): Max retries exceeded with url: /transactions/1033623433 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c1e2d10>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
);
for (let m = -35; m < -1; m += 3) frontLogs1.push(plog(T1, m, 'INFO', 'home', 'Displaying home.'));
frontLogs1.push(plog(T1, -14.2, 'INFO', 'login', 'Login successful.'));

const s1 = withDefaults({
  folder: 's135d-history-only-last-100',
  description: 'customer (acct ending 6111) says transaction hist on the home page is missing older transactions, only goes back ~3 weeks, started noticing around 09:30. is transactionhistory losing data??',
  incidentTime: I1,
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
  workloads: {
    transactionhistory: {
      pods: [{
        containers: {
          transactionhistory: cs.restartedRunning({
            restarts: 1, startedAt: T1.iso(-38.7),
            last: { exitCode: 143, reason: 'Error', startedAt: T1.iso(-60 * 24 * 4), finishedAt: T1.iso(-38.8) },
          }),
        },
        readyTransition: T1.iso(-36.7),
      }],
    },
  },
  events: [
    { on: 'pod:transactionhistory#0', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:8080/healthy": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -39.6, last: -39.0, count: 3, fieldPath: 'spec.containers{transactionhistory}' },
    { on: 'pod:transactionhistory#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -39.6, last: -37.2, count: 6, fieldPath: 'spec.containers{transactionhistory}' },
    { on: 'pod:transactionhistory#0', reason: 'Killing', message: 'Container transactionhistory failed liveness probe, will be restarted', first: -38.9, fieldPath: 'spec.containers{transactionhistory}' },
    { on: 'pod:transactionhistory#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/transactionhistory:v0.6.10@sha256:109cdad9c29a46af2708574ac4635dd73afa30cc020a4fef0266abcde87db744" already present on machine', first: -38.8, fieldPath: 'spec.containers{transactionhistory}' },
    { on: 'pod:transactionhistory#0', reason: 'Created', message: 'Created container transactionhistory', first: -38.8, fieldPath: 'spec.containers{transactionhistory}' },
    { on: 'pod:transactionhistory#0', reason: 'Started', message: 'Started container transactionhistory', first: -38.7, fieldPath: 'spec.containers{transactionhistory}' },
  ],
  logs: {
    'transactionhistory#0/transactionhistory': histCur,
    'transactionhistory#0/transactionhistory/previous': histPrev,
    'frontend#0/front': frontLogs1,
  },
  grounding: `
    No fault. Upstream kubernetes-manifests/transaction-history.yaml sets HISTORY_LIMIT=100: the transactionhistory
    service keeps and returns at most the 100 most recent transactions per account, and the frontend home page shows
    exactly that list. An active demo account with frequent transfers (loadgenerator plus the customer) reaches 100
    rows in about three weeks, so "older transactions are missing" is designed behaviour; the ledger-db still holds
    every row. Decoy: about 38 minutes before the report transactionhistory failed its liveness probe once (a slow
    ledger poll), was killed (exit 143) and restarted; it has been Ready and serving 100-row answers since, and the
    frontend's burst of "Couldn't retrieve transaction history" errors stopped at the restart. Deviation: the probe
    stall is invented (no public report); log lines follow the log4j2 JSON and Python logging layouts of upstream,
    message texts paraphrased.`,
});

// ---------- 2. add-contact rejected: 8-digit account number fails contacts validation ----------
const I2 = '2026-03-19T15:42:00Z';
const T2 = clock(I2);
const contactsCur = [
  plog(T2, -21.4, 'INFO', '<module>', 'Starting contacts service.'),
  plog(T2, -21.3, 'INFO', 'create_app', 'Contacts service started'),
];
for (let m = -20; m < -1; m += 2) contactsCur.push(plog(T2, m, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'));
contactsCur.push(
  plog(T2, -17.6, 'ERROR', 'add_contact', 'Error adding contact: invalid account number'),
  plog(T2, -16.9, 'ERROR', 'add_contact', 'Error adding contact: invalid account number'),
  plog(T2, -9.3, 'ERROR', 'add_contact', 'Error adding contact: invalid account number'),
  plog(T2, -4.8, 'INFO', 'add_contact', 'Successfully added contact.'),
);
contactsCur.sort();
const frontLogs2 = [];
for (let m = -50; m < -1; m += 3) frontLogs2.push(plog(T2, m, 'INFO', 'home', 'Displaying home.'));
frontLogs2.push(
  plog(T2, -22.4, 'ERROR', 'payment', "Error submitting payment: HTTPConnectionPool(host='contacts', port=8080): Max retries exceeded with url: /contacts/testuser (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f91b40c2e90>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
  plog(T2, -21.9, 'ERROR', 'home', "Couldn't retrieve contacts: 503 Server Error: Service Unavailable for url: http://contacts:8080/contacts/alice"),
  plog(T2, -17.6, 'ERROR', 'payment', 'Error submitting payment: 400 Client Error: BAD REQUEST for url: http://contacts:8080/contacts/alice'),
  plog(T2, -16.9, 'ERROR', 'payment', 'Error submitting payment: 400 Client Error: BAD REQUEST for url: http://contacts:8080/contacts/alice'),
  plog(T2, -9.3, 'ERROR', 'payment', 'Error submitting payment: 400 Client Error: BAD REQUEST for url: http://contacts:8080/contacts/alice'),
  plog(T2, -4.8, 'INFO', 'payment', 'Payment initiated successfully.'),
);
frontLogs2.sort();
const s2 = withDefaults({
  folder: 's135d-contact-account-number-format',
  description: 'user alice cant add a new payee, keeps getting "invalid account number" for the last ~20 min. contacts svc was redeployed at 15:20, did the release break add-contact?',
  incidentTime: I2,
  difficulty: 'hard',
  traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
  workloads: {
    contacts: {
      rollout: {
        at: -22, revision: 6,
        oldContainers: { contacts: { image: 'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/contacts:v0.6.9@sha256:4be2a8f0c1d7e6b59a3c2f8d1e0b7a6c5d4f3e2a1b0c9d8e7f6a5b4c3d2e1f0a' } },
      },
    },
  },
  events: [
    { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -22 },
    { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: -21 },
    { on: 'pod:contacts#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -21.9, source: 'default-scheduler' },
    { on: 'pod:contacts#0', reason: 'Pulling', message: 'Pulling image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/contacts:v0.6.10@sha256:90d47594270e64f8dafa6da52c89ff70c2483cca0821dff2cc38b1450ac7a6b9"', first: -21.8, fieldPath: 'spec.containers{contacts}' },
    { on: 'pod:contacts#0', reason: 'Pulled', message: 'Successfully pulled image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/contacts:v0.6.10@sha256:90d47594270e64f8dafa6da52c89ff70c2483cca0821dff2cc38b1450ac7a6b9" in 3.412s (3.412s including waiting). Image size: 61203551 bytes.', first: -21.6, fieldPath: 'spec.containers{contacts}' },
    { on: 'pod:contacts#0', reason: 'Started', message: 'Started container contacts', first: -21.5, fieldPath: 'spec.containers{contacts}' },
    { on: 'pod:contacts#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: -21.5, last: -21.3, count: 2, fieldPath: 'spec.containers{contacts}' },
  ],
  logs: {
    'contacts#0/contacts': contactsCur,
    'frontend#0/front': frontLogs2,
  },
  grounding: `
    No fault. Upstream src/accounts/contacts/contacts.py validates a new contact: the account number must match
    \\A[0-9]{10}\\Z and the routing number \\A[0-9]{9}\\Z, otherwise it answers 400 with "invalid account number";
    the frontend shows that error. The user typed an 8-digit external account number (a client-side input problem);
    once she entered the full 10 digits at 15:37 the contact was added and the payment went through. Decoy: a
    rollout of contacts (v0.6.9 to v0.6.10) 22 minutes before the report, with the usual readiness "connection
    refused" while gunicorn started and one burst of frontend connection errors during the switch; the new pod has
    been Ready since and serves contacts. Deviations: the v0.6.9 digest is invented; log texts paraphrase upstream.`,
});

export const scenarios = [s1, s2];
