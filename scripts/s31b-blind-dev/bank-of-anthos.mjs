// Batch s31b (blind dev): one Bank of Anthos incident on the kit system definition (kubernetes-manifests at d0af047).
// ledger-db's StatefulSet resized to 4 CPUs: the rolling update deletes ledger-db-0 and its replacement cannot be scheduled.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-07-08T11:32:00Z');
const EDIT = -12.2; // 11:19:48, kubectl apply of the "right-sized" ledger-db
const GONE = EDIT + 0.1; // old postgres stops (smart shutdown, then the pod is deleted)
const PSQL = 'org.postgresql.util.PSQLException: Connection to ledger-db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.';
const CCTE = 'org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection';

function ledgerwriter() {
  const out = [];
  let i = 0;
  for (let m = -40; m < -0.6; m += 0.9, i++) {
    const acct = ['1011226111', '1033623433', '1055757655', '1077441377'][i % 4];
    if (m < GONE) {
      out.push(jlog(T, m, 'INFO', 'addTransaction', `Received transaction from ${acct}`));
      out.push(jlog(T, m + 0.005, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
    } else {
      if (i % 5 === 0 || Math.abs(m - GONE) < 1) out.push(jlog(T, m - 0.02, 'WARN', 'isConnectionDead', `HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@${(0x3c1f5a2 + i * 4099).toString(16)} (This connection has been closed.). Possibly consider using a shorter maxLifetime value.`));
      out.push(jlog(T, m, 'INFO', 'addTransaction', `Received transaction from ${acct}`));
      out.push(jlog(T, m + 0.5, 'ERROR', 'addTransaction', `Error submitting transaction: ${CCTE}`));
      if (i % 3 === 0) out.push(jlog(T, m + 0.5, 'ERROR', 'addTransaction', `Caused by: ${PSQL}`));
    }
  }
  return out;
}
function reader(name, method) {
  const out = [jlog(T, -60 * 24 * 9 + 2, 'INFO', 'startup', `Started ${name} in 41.27 seconds`)];
  let i = 0;
  for (let m = GONE + 0.05; m < 0; m += 1.1, i++) {
    out.push(jlog(T, m, 'ERROR', method, `Error polling ledger-db for new transactions: ${CCTE}`));
    if (i % 2 === 0) out.push(jlog(T, m, 'ERROR', method, `Caused by: ${PSQL}`));
  }
  return out;
}
function frontend() {
  const out = [];
  let i = 0;
  for (let m = -40; m < -0.7; m += 0.45, i++) {
    out.push(jlog(T, m, 'INFO', 'home', 'Displaying home.'));
    if (i % 2 === 0) {
      if (m < GONE) out.push(jlog(T, m + 0.1, 'INFO', i % 4 === 0 ? 'payment' : 'deposit', i % 4 === 0 ? 'Payment initiated successfully.' : 'Deposit submitted successfully.'));
      else out.push(jlog(T, m + 0.6, 'ERROR', i % 4 === 0 ? 'payment' : 'deposit', `Error submitting ${i % 4 === 0 ? 'payment' : 'deposit'}: 500 Server Error:  for url: http://ledgerwriter:8080/transactions`));
    }
  }
  return out;
}

const newRes = { requests: { cpu: '4', memory: '4Gi' }, limits: { cpu: '4', memory: '4Gi' } };
const UNSCHED = '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';

export const scenarios = [
  withDefaults({
    folder: 's31b-ledger-db-resized-unschedulable',
    incidentTime: '2026-07-08T11:32:00Z',
    description: 'bank of anthos: payments and deposits fail with an error page since 11:20ish, login and balance still ok',
    expected: { component: 'ledger-db', cause: 'unschedulable' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Bank of Anthos kubernetes-manifests at d0af047: ledger-db is a single-replica StatefulSet (postgres container, requests
      100m/512Mi, limits 250m/1Gi) behind Service ledger-db:5432; ledgerwriter, balancereader and transactionhistory reach it
      through SPRING_DATASOURCE_URL from ledger-db-config; the nodes are e2-standard-4 (3920m allocatable CPU). At 11:19 a DBA
      applied a "right-sized" ledger-db with requests = limits = 4 CPU / 4Gi (copied from the old VM's size). A StatefulSet
      RollingUpdate deletes ledger-db-0 before creating the new revision, so the database is gone at once and the new
      ledger-db-0 stays Pending: the scheduler's "0/3 nodes are available: 3 Insufficient cpu. preemption: ..." and GKE
      cluster-autoscaler's "pod didn't trigger scale-up (it wouldn't fit if a new node is added)" events, the StatefulSet's
      currentRevision behind its updateRevision. The Service has no endpoints. ledgerwriter (Spring, HikariCP, pgjdbc)
      logs Hikari's "Failed to validate connection ... This connection has been closed" and then
      CannotCreateTransactionException caused by pgjdbc's "Connection to ledger-db:5432 refused"; balancereader and
      transactionhistory log the same from their polling threads but keep serving balances and history from their caches,
      so the user-facing symptom is only payments/deposits (the frontend's "Error submitting payment/deposit: 500 Server
      Error" in the log4j/logging.conf JSON shapes of the system definition). Decoy: a healthy frontend rollout 95 minutes
      earlier.
    `,
    workloads: {
      'ledger-db': {
        containers: { postgres: { resources: newRes } },
        pods: [{ name: 'ledger-db-0', unscheduled: UNSCHED, created: T.iso(EDIT + 0.15) }],
        endpointsChanged: GONE,
      },
      frontend: { rollout: { at: -95 } },
    },
    events: [
      { on: 'sts:ledger-db', reason: 'SuccessfulDelete', message: 'delete Pod ledger-db-0 in StatefulSet ledger-db successful', first: EDIT + 0.02 },
      { on: 'sts:ledger-db', reason: 'SuccessfulCreate', message: 'create Pod ledger-db-0 in StatefulSet ledger-db successful', first: EDIT + 0.15 },
      { on: 'pod:ledger-db#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: UNSCHED, first: EDIT + 0.15, last: -0.9, count: 11 },
      { on: 'pod:ledger-db#0', reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up (it wouldn't fit if a new node is added): 1 Insufficient cpu", first: EDIT + 0.4, last: -0.3, count: 67 },
    ],
    logs: {
      'ledgerwriter#0/ledgerwriter': ledgerwriter(),
      'balancereader#0/balancereader': reader('BalanceReaderApplication', 'pollTransactions'),
      'transactionhistory#0/transactionhistory': reader('TransactionHistoryApplication', 'pollTransactions'),
      'frontend#0/front': frontend(),
    },
    post: {
      // The rolling update has moved the StatefulSet to a new revision that no pod runs yet.
      'statefulsets.json': (list) => {
        const s = list.items.find((x) => x.metadata.name === 'ledger-db');
        s.metadata.generation = 4;
        s.status = { ...s.status, observedGeneration: 4, currentRevision: 'ledger-db-6d8b9c7f54', currentReplicas: 0, updatedReplicas: 1, readyReplicas: 0, availableReplicas: 0 };
        delete s.status.readyReplicas;
        delete s.status.availableReplicas;
      },
    },
  }),
];
