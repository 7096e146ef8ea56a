// Batch s31a (blind dev): one Bank of Anthos incident for the kit, written without reading the engine or other scenarios.
// ledger-db's StatefulSet gets a memory bump that no node can fit; the recreated ledger-db-0 stays Pending and payments fail.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, image, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-05-12T09:52:00Z';
const T = clock(INC);
const ROLL = -24; // 09:28: `kubectl apply` of the ledger-db StatefulSet with the new resources

// Spring/Hibernate/Hikari lines as ledgerwriter, balancereader and transactionhistory print them through their log4j2 JSON layout.
const dbDown = (min) => [
  jlog(T, min, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 08001'),
  jlog(T, min + 0.001, 'ERROR', 'logExceptions', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'),
];
const times = (from, to, step) => { const out = []; for (let m = from; m < to; m += step) out.push(Math.round(m * 1000) / 1000); return out; };

const ledgerwriter = [
  ...times(-40, ROLL, 2.7).map((m) => jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully')),
  jlog(T, ROLL + 0.2, 'WARN', 'checkFailFast', 'HikariPool-1 - Connection org.postgresql.jdbc.PgConnection@5b1f9e2a marked as broken because of SQLSTATE(08006), ErrorCode(0)'),
  ...times(ROLL + 0.9, -0.5, 1.9).flatMap((m) => [
    ...dbDown(m),
    jlog(T, m + 0.002, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'),
  ]),
];
const reader = (name, started) => [
  ...(started ? [jlog(T, started, 'INFO', 'logStarted', `Started ${name} in 28.514 seconds (JVM running for 31.006)`)] : []),
  jlog(T, ROLL + 0.15, 'WARN', 'checkFailFast', 'HikariPool-1 - Connection org.postgresql.jdbc.PgConnection@3d7a0c41 marked as broken because of SQLSTATE(08006), ErrorCode(0)'),
  jlog(T, ROLL + 0.16, 'ERROR', 'logExceptions', 'An I/O error occurred while sending to the backend.'),
  ...times(ROLL + 0.7, -0.5, 0.5).flatMap((m) => dbDown(m)),
];
const frontend = [
  ...times(-40, ROLL, 3.1).map((m) => jlog(T, m, 'INFO', 'payment', 'Payment initiated successfully.')),
  ...times(ROLL + 0.8, -0.9, 1.9).map((m, i) =>
    jlog(T, m + 0.5, 'ERROR', i % 3 === 2 ? 'deposit' : 'payment',
      `Error submitting ${i % 3 === 2 ? 'deposit' : 'payment'}: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection`)),
];

export const scenarios = [
  withDefaults({
    folder: 's31a-ledger-db-unschedulable-after-resize',
    description: 'payments + deposits failing on the bank app since ~9:30, users just get "Payment failed". login and balances look ok',
    incidentTime: INC,
    expected: { component: 'ledger-db', cause: 'unschedulable' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Bank of Anthos kubernetes-manifests/ (kit system scripts/kit-systems/bank-of-anthos.mjs): ledger-db is a one-replica StatefulSet
      (postgres container, requests 100m/512Mi, limits 250m/1Gi upstream, Service ledger-db:5432) read by balancereader and
      transactionhistory and written by ledgerwriter through SPRING_DATASOURCE_URL in ledger-db-config (Spring Boot, HikariCP).
      Deviation for the incident: at 09:28 the ledger team applied a tuning change to the StatefulSet (requests 1 CPU / 4Gi, limits
      1 CPU / 4Gi, meant for a larger shared_buffers). A StatefulSet RollingUpdate deletes ledger-db-0 before it creates the new
      one; the three e2-standard-4 nodes (about 13.2Gi allocatable each, shared with other namespaces) have no 4Gi left, so the new
      ledger-db-0 stays Pending with the scheduler's "0/3 nodes are available: 3 Insufficient memory" and GKE's cluster autoscaler
      answers NotTriggerScaleUp "max node group size reached" (the pool is at its maximum of 3). The Service has no endpoints.
      Callers: balancereader and transactionhistory keep answering from their in-memory caches (so balances and history look fine,
      if stale) while their ledger polling logs Hikari/Hibernate connection errors; ledgerwriter's transactionRepository.save fails
      with CannotCreateTransactionException, which LedgerWriterController logs as "Failed to retrieve account balance" and returns
      500 with the exception message, which the frontend logs as "Error submitting payment: <message>" (frontend.py) and shows as
      "Payment failed". Pattern from the many public "StatefulSet pod Pending Insufficient memory after raising requests" reports
      and GKE's documented NotTriggerScaleUp event. Decoy: a healthy transactionhistory rollout three hours earlier.`,
    workloads: {
      'ledger-db': {
        containers: { postgres: { resources: { limits: { cpu: '1', memory: '4Gi' }, requests: { cpu: '1', memory: '4Gi' } } } },
        pods: [{ name: 'ledger-db-0', created: T.iso(ROLL + 0.05), unscheduled: '0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.' }],
        unavailableSince: ROLL,
        endpointsChanged: ROLL,
      },
      transactionhistory: {
        rollout: { at: -185, revision: 6, oldContainers: { transactionhistory: { image: image('transactionhistory', 'v0.6.9') } } },
      },
    },
    events: [
      { on: 'sts:ledger-db', reason: 'SuccessfulDelete', message: 'delete Pod ledger-db-0 in StatefulSet ledger-db successful', first: ROLL, last: ROLL },
      { on: 'sts:ledger-db', reason: 'SuccessfulCreate', message: 'create Pod ledger-db-0 in StatefulSet ledger-db successful', first: ROLL + 0.05, last: ROLL + 0.05 },
      { on: 'pod:ledger-db#0', type: 'Warning', reason: 'FailedScheduling', source: 'default-scheduler', message: '0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.', first: ROLL + 0.05, last: -0.9, count: 11 },
      { on: 'pod:ledger-db#0', reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 max node group size reached", first: ROLL + 0.4, last: -0.3, count: 47 },
      { on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: 'Scaled up replica set transactionhistory-%NEW% to 1', first: -185, last: -185 },
      { on: 'deploy:transactionhistory', reason: 'ScalingReplicaSet', message: 'Scaled down replica set transactionhistory-%OLD% to 0 from 1', first: -183.5, last: -183.5 },
    ],
    logs: {
      'ledgerwriter#0/ledgerwriter': ledgerwriter,
      'balancereader#0/balancereader': reader('BalanceReaderApplication'),
      'transactionhistory#0/transactionhistory': reader('TransactionHistoryApplication', -183.9),
      'frontend#0/front': frontend,
    },
  }),
];

// The StatefulSet's update: the kit writes one revision; the build script sets currentRevision to the old one (statefulSetUpdate).
export const statefulSetUpdate = {
  's31a-ledger-db-unschedulable-after-resize': { name: 'ledger-db', oldRevision: 'ledger-db-7c9d5f6b48', ready: 0 },
};
