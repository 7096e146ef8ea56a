// Blind held-out batch s76a: one Bank of Anthos scenario (split test) on the kit system scripts/kit-systems/bank-of-anthos.mjs.
// Written without reading the engine, its rules or any other scenario; built by scripts/s76a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const TAINT = { key: 'dedicated', value: 'batch', effect: 'NoSchedule' };
const FAILED = '0/3 nodes are available: 3 node(s) had untolerated taint {dedicated: batch}. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.';

const s1 = (() => {
  const T = clock('2026-01-20T09:18:00Z');
  const warn = (min) => jlog(T, min, 'WARN', 'getLatestTransactionId', 'Could not contact ledger database');
  const poll = (from, to, step) => {
    const out = [];
    for (let m = from; m < to; m += step) out.push(warn(m));
    return out;
  };
  const lwErr = (min) => jlog(T, min, 'ERROR', 'addTransaction', 'Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection');
  const lwOk = (min, amount) => [
    jlog(T, min, 'INFO', 'addTransaction', 'Received transaction request'),
    jlog(T, min + 0.001, 'INFO', 'addTransaction', `Submitted transaction successfully (amount ${amount})`),
  ];
  return {
    folder: 's76a-payments-failing-balances-ok',
    incidentTime: '2026-01-20T09:18:00Z',
    description: 'ledger team: sending money and deposits fail with "Payment failed" for everyone since ~9:05. login + balances still show fine',
    expected: { component: 'ledger-db', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression', 'team-name'],
    grounding: `
      Bank of Anthos v0.6.10 (kubernetes-manifests at d0af047): ledger-db is a one-replica StatefulSet (postgres,
      requests 100m/512Mi) behind Service ledger-db:5432; ledgerwriter, balancereader and transactionhistory reach it
      through SPRING_DATASOURCE_URL in ledger-db-config. balancereader and transactionhistory serve from in-memory
      caches and their LedgerReader polls the ledger every POLL_MS=100 and logs "Could not contact ledger database" at
      WARN when the query fails (src/ledger/ledgerreader LedgerReader.getLatestTransactionId), so balances and history
      keep showing; ledgerwriter must write and fails. Fault: the platform team tainted the whole pool-1 node pool with
      dedicated=batch:NoSchedule while preparing a batch pool (a label selector that matched every node); running pods
      were not affected, but at 09:04 someone deleted ledger-db-0 to restart postgres and the StatefulSet controller's
      new ledger-db-0 cannot be placed: PodScheduled False/Unschedulable and FailedScheduling events with the
      scheduler's text for untolerated taints. The Service has no endpoint and the Java services log connection
      failures; the frontend reports "Payment failed". Deviations from upstream: the node taint and the pod deletion are
      invented; the kit emits no startupProbe (upstream has one) and no Killing event for the deleted pod.`,
    nodes: Object.fromEntries(system.nodes.map((n) => [n.name, { taints: [TAINT] }])),
    workloads: {
      'ledger-db': { pods: [{ name: 'ledger-db-0', unscheduled: FAILED, created: T.iso(-14) }], endpointsChanged: -14.1 },
    },
    events: [
      { on: 'sts:ledger-db', reason: 'SuccessfulCreate', message: 'create Pod ledger-db-0 in StatefulSet ledger-db successful', first: -14, last: -14 },
      { on: 'pod:ledger-db#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: FAILED, count: 4, first: -14, last: -2.5 },
    ],
    logs: {
      'balancereader#0/balancereader': [
        jlog(T, -60 * 24 * 9 + 1.2, 'INFO', 'init', 'Cache loaded 4 transactions'),
        ...poll(-13.9, -13.2, 0.1),
        ...poll(-3, -0.05, 0.25),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, -60 * 24 * 9 + 1.4, 'INFO', 'init', 'Initialized transaction processor'),
        ...poll(-13.9, -13.3, 0.1),
        ...poll(-2.5, -0.05, 0.25),
      ],
      'ledgerwriter#0/ledgerwriter': [
        ...lwOk(-16.4, 2500),
        ...lwOk(-15.1, 1200),
        jlog(T, -12.8, 'INFO', 'addTransaction', 'Received transaction request'),
        lwErr(-12.3),
        jlog(T, -8.5, 'INFO', 'addTransaction', 'Received transaction request'),
        lwErr(-8.0),
        jlog(T, -3.4, 'INFO', 'addTransaction', 'Received transaction request'),
        lwErr(-2.9),
        jlog(T, -1.0, 'INFO', 'addTransaction', 'Received transaction request'),
        lwErr(-0.5),
      ],
      'frontend#0/front': [
        plog(T, -12.9, 'INFO', 'payment', 'Submitting payment.'),
        plog(T, -12.3, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
        plog(T, -8.1, 'INFO', 'deposit', 'Submitting deposit.'),
        plog(T, -8.0, 'ERROR', 'deposit', 'Error submitting deposit: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
        plog(T, -6.2, 'INFO', 'home', 'Displaying home.'),
        plog(T, -3.0, 'INFO', 'payment', 'Submitting payment.'),
        plog(T, -2.9, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
        plog(T, -1.4, 'INFO', 'home', 'Displaying home.'),
        plog(T, -0.5, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'),
      ],
      'userservice#0/userservice': [
        plog(T, -6.4, 'INFO', 'login', 'Login successful.'),
        plog(T, -1.6, 'INFO', 'login', 'Login successful.'),
      ],
    },
  };
})();

export const scenarios = [withDefaults(s1)];
