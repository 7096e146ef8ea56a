// Blind dev batch s95a, Bank of Anthos: one scenario on the kit's Bank of Anthos system (scripts/kit-systems/bank-of-anthos.mjs).
// ledger-db-0 deleted for a restart and stuck Terminating (KillPodSandbox deadline): postgres is gone, the ledger callers are loud.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };
const T = clock('2026-08-18T09:36:00Z');
const REFUSED = 'org.postgresql.util.PSQLException: Connection to ledger-db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.';

export const scenarios = [
  withDefaults({
    folder: 's95a-ledger-db-stuck-terminating',
    incidentTime: '2026-08-18T09:36:00Z',
    description: 'cant send money and balances dont load on the bank app, ledger team restarted their db ~20 mins ago and it never came back??',
    expected: { component: 'ledger-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'no-endpoints' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts: ledger-db is a one-replica StatefulSet (postgres container on 5432, no probes) behind the ledger-db
      Service; ledgerwriter, balancereader and transactionhistory (Spring, JDBC via SPRING_DATASOURCE_URL) and through them
      the frontend depend on it. Fault: at 09:14 someone ran kubectl delete pod ledger-db-0 to restart it; postgres got
      its stop signal and exited 0, but the kubelet could not tear the sandbox down (KillPodSandbox: context deadline
      exceeded, repeated FailedKillPod events), so the pod stays Terminating with deletionTimestamp set and the StatefulSet
      controller does not create a new ledger-db-0 while the old one exists (at-most-one pod semantics). The Service has
      only a notReady address; connections to its ClusterIP are refused, and the Java callers log PSQLException
      "Connection ... refused". Follows the Kubernetes docs on StatefulSet pod deletion and the many public kubelet
      issues of pods stuck Terminating on KillPodSandbox DeadlineExceeded. Post-processing (s95a-build.mjs) sets the pod's
      deletionTimestamp/deletionGracePeriodSeconds and the StatefulSet pods' generateName.
    `,
    workloads: {
      'ledger-db': {
        pods: [{
          ready: false,
          readyTransition: T.iso(-21.8),
          containers: { postgres: { state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-21.8), containerID: '%CID%' } }, ready: false, started: false, restartCount: 0, lastState: {} } },
        }],
      },
    },
    events: [
      { on: 'pod:ledger-db#0', reason: 'Killing', message: 'Stopping container postgres', fieldPath: 'spec.containers{postgres}', first: -22 },
      { on: 'pod:ledger-db#0', reason: 'FailedKillPod', type: 'Warning', message: 'error killing pod: failed to "KillPodSandbox" for "%PODUID%" with KillPodSandboxError: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"', first: -19.5, last: -0.8, count: 9 },
    ],
    logs: {
      'ledger-db#0/postgres': [
        `${T.java(-22).slice(0, 23)} UTC [1] LOG:  received fast shutdown request`,
        `${T.java(-22).slice(0, 23)} UTC [1] LOG:  aborting any active transactions`,
        `${T.java(-21.9).slice(0, 23)} UTC [1] LOG:  background worker "logical replication launcher" (PID 64) exited with exit code 1`,
        `${T.java(-21.9).slice(0, 23)} UTC [59] LOG:  shutting down`,
        `${T.java(-21.8).slice(0, 23)} UTC [1] LOG:  database system is shut down`,
      ],
      'balancereader#0/balancereader': [
        jlog(T, -21.7, 'ERROR', 'pollTransactions', `Could not poll for new transactions: ${REFUSED}`),
        jlog(T, -12, 'ERROR', 'pollTransactions', `Could not poll for new transactions: ${REFUSED}`),
        jlog(T, -1.5, 'ERROR', 'getBalance', 'Cache error: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is ' + REFUSED),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, -21.6, 'ERROR', 'pollTransactions', `Could not poll for new transactions: ${REFUSED}`),
        jlog(T, -3, 'ERROR', 'getTransactions', 'Cache error: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is ' + REFUSED),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -15, 'INFO', 'addTransaction', 'Received transaction request'),
        jlog(T, -15, 'ERROR', 'addTransaction', 'Failed to submit transaction: org.springframework.transaction.CannotCreateTransactionException: Could not open JDBC Connection for transaction; nested exception is ' + REFUSED),
      ],
      'frontend#0/front': [
        jlog(T, -14.9, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error: Internal Server Error for url: http://ledgerwriter:8080/transactions'),
        jlog(T, -1.5, 'ERROR', 'home', 'Error retrieving balance: 500 Server Error: Internal Server Error for url: http://balancereader:8080/balances/1011226111'),
      ],
      'accounts-db#0/accounts-db': [
        `${T.java(-60 * 24 * 12).slice(0, 23)} UTC [1] LOG:  database system is ready to accept connections`,
      ],
    },
  }),
];
