// Batch s49b blind dev scenario for Bank of Anthos (split: dev), written without reading the engine, rules or other scenarios.
// The kit system definition scripts/kit-systems/bank-of-anthos.mjs; one incident: ledger-db resized beyond any node, StatefulSet pod Pending.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const I = '2026-06-30T18:17:00Z';
const T = clock(I);
const big = { limits: { cpu: '4', memory: '12Gi' }, requests: { cpu: '2', memory: '12Gi' } };
const SCHED =
  '0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
const refused = 'org.postgresql.util.PSQLException: Connection to ledger-db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.';

const reader = (svc, restarts) => ({
  containers: {
    [svc]: cs.restartedRunning({
      restarts,
      startedAt: T.iso(-2.6),
      last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-5.4), finishedAt: T.iso(-2.7) },
    }),
  },
});
const readerLog = (svc) => [
  jlog(T, -2.5, 'INFO', 'logStarting', `Starting ${svc === 'balancereader' ? 'BalanceReaderApplication' : 'TransactionHistoryApplication'} v0.6.10 using Java 17.0.13 with PID 1`),
  jlog(T, -2.1, 'INFO', 'start', 'HikariPool-1 - Starting...'),
  jlog(T, -2.1, 'ERROR', 'throwPoolInitializationException', `HikariPool-1 - Exception during pool initialization.`),
  refused,
  jlog(T, -2.0, 'ERROR', 'startWithCallback', 'Ledger reader encountered an error: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction'),
  jlog(T, -0.4, 'WARN', 'logExceptionAsWarning', 'SQL Error: 0, SQLState: 08001'),
  jlog(T, -0.4, 'ERROR', 'logExceptions', `Connection to ledger-db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.`),
];

export const scenarios = [
  withDefaults({
    folder: 's49b-ledger-db-resized-unschedulable',
    description: 'bank: balances not loading + transfers failing since ~18:05, frontend throwing errors',
    incidentTime: I,
    expected: { component: 'ledger-db', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Bank of Anthos kubernetes-manifests (d0af047): ledger-db is a one-replica StatefulSet (postgres, requests 100m/512Mi,
      limit 1Gi) on e2-standard-4 nodes (13.2 GiB allocatable). Ahead of month-end a DBA applied the StatefulSet with
      requests 2 CPU / 12Gi. A StatefulSet RollingUpdate deletes ledger-db-0 before creating the updated pod, and the new pod
      fits no node: FailedScheduling "0/3 nodes are available: 3 Insufficient memory. preemption: ... No preemption victims
      found", and the GKE cluster autoscaler's NotTriggerScaleUp "pod didn't trigger scale-up: 1 max node group size reached".
      The ledger-db Service has no endpoints; balancereader and transactionhistory get pgjdbc "Connection to ledger-db:5432
      refused", their ledger reader stops and /healthy fails, so the kubelet restarts them (liveness, exit 143) — the loudest
      objects; ledgerwriter answers 500 and the frontend logs failed balance and history calls. StatefulSet pods deleted
      first on update is documented Kubernetes behaviour. Decoy: a healthy frontend rollout three hours earlier.`,
    workloads: {
      'ledger-db': {
        containers: { postgres: { resources: big } },
        pods: [{ unscheduled: SCHED, created: T.iso(-12.4) }],
        endpointsChanged: -12.5,
      },
      balancereader: { pods: [reader('balancereader', 3)] },
      transactionhistory: { pods: [reader('transactionhistory', 3)] },
      frontend: {
        rollout: { at: -182, revision: 5, oldContainers: { front: { env: base.workloads[0].containers[0].env.map((e) => (e.name === 'LOG_LEVEL' ? { ...e, value: 'debug' } : e)) } } },
      },
    },
    events: [
      { on: 'sts:ledger-db', reason: 'SuccessfulDelete', message: 'delete Pod ledger-db-0 in StatefulSet ledger-db successful', first: -12.5 },
      { on: 'sts:ledger-db', reason: 'SuccessfulCreate', message: 'create Pod ledger-db-0 in StatefulSet ledger-db successful', first: -12.4 },
      { on: 'pod:ledger-db#0', reason: 'FailedScheduling', type: 'Warning', message: SCHED, source: 'default-scheduler', first: -12.4, last: -0.9, count: 11 },
      { on: 'pod:ledger-db#0', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 max node group size reached", source: 'cluster-autoscaler', first: -12.2, last: -1.2, count: 24 },
      { on: 'pod:balancereader#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500', fieldPath: 'spec.containers{balancereader}', first: -9.8, last: -2.8, count: 9 },
      { on: 'pod:balancereader#0', reason: 'Killing', message: 'Container balancereader failed liveness probe, will be restarted', fieldPath: 'spec.containers{balancereader}', first: -9.7, last: -2.7, count: 3 },
      { on: 'pod:transactionhistory#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: HTTP probe failed with statuscode: 500', fieldPath: 'spec.containers{transactionhistory}', first: -9.6, last: -2.9, count: 9 },
      { on: 'pod:transactionhistory#0', reason: 'Killing', message: 'Container transactionhistory failed liveness probe, will be restarted', fieldPath: 'spec.containers{transactionhistory}', first: -9.5, last: -2.8, count: 3 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -181 },
    ],
    logs: {
      'balancereader#0/balancereader': readerLog('balancereader'),
      'transactionhistory#0/transactionhistory': readerLog('transactionhistory'),
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -11.8, 'INFO', 'addTransaction', 'Received transaction request'),
        jlog(T, -11.8, 'ERROR', 'addTransaction', 'Error submitting transaction: org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://balancereader:8080/balances/1033623433": Connection refused'),
        jlog(T, -6.1, 'INFO', 'addTransaction', 'Received transaction request'),
        jlog(T, -6.0, 'ERROR', 'addTransaction', 'Error submitting transaction: org.springframework.web.client.HttpServerErrorException$InternalServerError: 500 : "failed to retrieve account balance"'),
        jlog(T, -1.3, 'INFO', 'addTransaction', 'Received transaction request'),
        jlog(T, -1.2, 'ERROR', 'addTransaction', `Error submitting transaction: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection`),
      ],
      'frontend#0/front': [
        plog(T, -11.5, 'ERROR', 'home', "Couldn't retrieve account balance: 500 Server Error:  for url: http://balancereader:8080/balances/1033623433"),
        plog(T, -11.5, 'ERROR', 'home', "Couldn't retrieve transaction history: 500 Server Error:  for url: http://transactionhistory:8080/transactions/1033623433"),
        plog(T, -6.0, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
        plog(T, -3.4, 'ERROR', 'home', "Couldn't retrieve account balance: HTTPConnectionPool(host='balancereader', port=8080): Max retries exceeded with url: /balances/1033623433 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c1d9e50>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
        plog(T, -1.1, 'ERROR', 'home', "Couldn't retrieve account balance: 500 Server Error:  for url: http://balancereader:8080/balances/1033623433"),
      ],
    },
  }),
];

/** Fix-ups the kit cannot express: the StatefulSet mid-update (old revision gone, new pod Pending). */
export const post = {
  's49b-ledger-db-resized-unschedulable': { statefulsetUpdate: { name: 'ledger-db', currentRevision: 'ledger-db-7c9d5b8f46' } },
};
