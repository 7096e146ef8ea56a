// Batch s59c blind dev scenario for Bank of Anthos (kit system definition): a StatefulSet edit gives ledger-db a 16Gi memory
// request no node can hold; the rolling update deletes ledger-db-0 first and the new pod stays Pending, so every write times out.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INCIDENT = '2026-05-06T14:19:00Z';
const T = clock(INCIDENT);
const DEL = -14.2; // statefulset-controller deletes ledger-db-0 (14:04:48)
const UNSCHED = '0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';

const hikariLost = (min) => jlog(T, min, 'WARN', 'isConnectionDead', `HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@${(0x5d1f3c8e + Math.round(min * 1000)).toString(16)} (This connection has been closed.). Possibly consider using a shorter maxLifetime value.`);
const sqlTimeout = (min) => [
  jlog(T, min, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 08001'),
  jlog(T, min + 0.0002, 'ERROR', 'logExceptions', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
];
const readerLog = (name) => {
  const out = [
    jlog(T, -60 * 24 * 6, 'INFO', 'logStarting', `Starting ${name} v0.6.10 using Java 17.0.11 with PID 1 (/app/classes started by ? in /app)`),
    jlog(T, -60 * 24 * 6 + 0.3, 'INFO', 'startWithCallback', 'Starting background thread.'),
    jlog(T, -60 * 24 * 6 + 0.4, 'INFO', 'logStarted', `Started ${name} in 31.482 seconds (process running for 33.106)`),
    hikariLost(DEL + 0.02),
  ];
  for (let m = DEL + 0.52; m < -0.1; m += 0.505) {
    out.push(...sqlTimeout(m), jlog(T, m + 0.0004, 'WARN', 'run', 'Could not reach ledger database'));
  }
  return out;
};
const writerLog = [
  jlog(T, -60 * 24 * 6, 'INFO', 'logStarting', 'Starting LedgerWriterApplication v0.6.10 using Java 17.0.11 with PID 1 (/app/classes started by ? in /app)'),
  jlog(T, -60 * 24 * 6 + 0.4, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 28.913 seconds (process running for 30.552)'),
];
const frontLog = [];
for (let m = -40; m < -0.1; m += 0.73) {
  const kind = Math.round(-m * 10) % 3 === 0 ? 'deposit' : 'payment';
  if (m < DEL) {
    writerLog.push(jlog(T, m + 0.01, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
  } else {
    if (m > DEL + 0.1 && m + 0.5 < -0.05) writerLog.push(...sqlTimeout(m + 0.5), jlog(T, m + 0.5006, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'));
    else if (m <= DEL + 0.1) writerLog.push(hikariLost(m + 0.01));
    frontLog.push(jlog(T, m + 0.067, 'ERROR', kind, `Error submitting ${kind}: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)`));
  }
}

export const scenarios = [
  withDefaults({
    folder: 's59c-ledger-db-16gi-unschedulable',
    description: "ledger team pls look: deposits and payments fail since about 14:05 ('Read timed out'), balances + history still show",
    incidentTime: INCIDENT,
    expected: { component: 'ledger-db', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifests: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests (SOURCES.md): StatefulSet ledger-db (container postgres,
      requests 100m/512Mi, limits 250m/1Gi, emptyDir data, OrderedReady, RollingUpdate), Service ledger-db:5432; ledgerwriter,
      balancereader and transactionhistory reach it through SPRING_DATASOURCE_URL (ledger-db-config), frontend calls
      ledgerwriter with a 4 s backend timeout. Nodes are e2-standard-4 (13.2 GiB allocatable).
      Fault: at 14:04 a DBA edited the StatefulSet to give postgres requests/limits memory 16Gi (sized for a highmem pool that does
      not exist yet). A StatefulSet rolling update deletes the pod before creating its replacement (Kubernetes StatefulSet
      docs), so the old ledger-db-0 is gone and the new one stays Pending: default-scheduler FailedScheduling "0/3 nodes are
      available: 3 Insufficient memory", cluster-autoscaler NotTriggerScaleUp (no node of the pool could hold it either).
      Service ledger-db has no endpoints. Java services stay Ready (/ready does not touch the DB): balancereader and
      transactionhistory serve balances and history from their caches while their LedgerReader poll logs "Could not reach
      ledger database" after each 30 s Hikari timeout (LedgerReader.java catches DataAccessResourceFailureException); ledgerwriter
      waits 30 s for a connection on save and logs the misleading "Failed to retrieve account balance"
      (LedgerWriterController.java catch of CannotCreateTransactionException); frontend gives up after 4 s with Read timed out.
      Decoy: contacts was OOMKilled once three days ago.
      Deviations from upstream: the 16Gi request (the fault); StatefulSet status (currentRevision/updateRevision) and generation
      written by the build script; JVM start lines abbreviated.`,
    workloads: {
      'ledger-db': {
        containers: { postgres: { resources: { limits: { cpu: '250m', memory: '16Gi' }, requests: { cpu: '100m', memory: '16Gi' } } } },
        pods: [{ unscheduled: UNSCHED, created: T.iso(DEL + 0.3) }],
        endpointsChanged: DEL + 0.01,
      },
      balancereader: { since: -60 * 24 * 6 },
      transactionhistory: { since: -60 * 24 * 6 },
      ledgerwriter: { since: -60 * 24 * 6 },
      contacts: {
        pods: [{
          containers: {
            contacts: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 17),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 17.1) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'sts:ledger-db', reason: 'SuccessfulDelete', message: 'delete Pod ledger-db-0 in StatefulSet ledger-db successful', first: DEL },
      { on: 'sts:ledger-db', reason: 'SuccessfulCreate', message: 'create Pod ledger-db-0 in StatefulSet ledger-db successful', first: DEL + 0.3 },
      { on: 'pod:ledger-db#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: UNSCHED, first: DEL + 0.3, last: -0.7, count: 7 },
      { on: 'pod:ledger-db#0', reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 Insufficient memory", first: DEL + 0.6, last: -1.1, count: 12 },
    ],
    logs: {
      'balancereader#0/balancereader': readerLog('BalanceReaderApplication'),
      'transactionhistory#0/transactionhistory': readerLog('TransactionHistoryApplication'),
      'ledgerwriter#0/ledgerwriter': writerLog,
      'frontend#0/front': frontLog,
    },
  }),
];
