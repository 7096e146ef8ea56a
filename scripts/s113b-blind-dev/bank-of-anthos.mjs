// Blind dev batch s113b: Bank of Anthos spec (scripts/kit-systems/bank-of-anthos.mjs) for the scenario kit.
// One scenario: ledger-db restored from a base backup with standby.signal left behind, so it stays a read-only standby.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };
const INC = '2025-03-18T09:42:00Z';
const T = clock(INC);
const pg = (min, pid, lvl, msg) => `${T.java(min)} UTC [${pid}] ${lvl}:  ${msg}`;
const writerLog = [];
for (let m = -36; m < -0.2; m += 1.7) {
  writerLog.push(jlog(T, m, 'INFO', 'addTransaction', 'Validating transaction.'));
  writerLog.push(jlog(T, m + 0.01, 'ERROR', 'addTransaction', 'Failed to submit transaction: PreparedStatementCallback; SQL [INSERT INTO TRANSACTIONS (FROM_ACCT, TO_ACCT, FROM_ROUTE, TO_ROUTE, AMOUNT, TIMESTAMP) VALUES (?, ?, ?, ?, ?, ?)]; ERROR: cannot execute INSERT in a read-only transaction; nested exception is org.postgresql.util.PSQLException: ERROR: cannot execute INSERT in a read-only transaction'));
}
const pgLog = [
  pg(-41.2, 1, 'LOG', 'starting PostgreSQL 16.4 (Debian 16.4-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit'),
  pg(-41.2, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
  pg(-41.2, 1, 'LOG', 'listening on IPv6 address "::", port 5432'),
  pg(-41.2, 1, 'LOG', 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"'),
  pg(-41.1, 29, 'LOG', 'database system was interrupted; last known up at 2025-03-18 02:00:03 UTC'),
  pg(-41.1, 29, 'LOG', 'entering standby mode'),
  pg(-41.1, 29, 'LOG', 'starting backup recovery with redo LSN 0/5A000028, checkpoint LSN 0/5A000060, on timeline ID 1'),
  pg(-41.0, 29, 'LOG', 'redo starts at 0/5A000028'),
  pg(-40.9, 29, 'LOG', 'completed backup recovery with redo LSN 0/5A000028 and end LSN 0/5A000138'),
  pg(-40.9, 29, 'LOG', 'consistent recovery state reached at 0/5A000138'),
  pg(-40.9, 1, 'LOG', 'database system is ready to accept read-only connections'),
];
for (let m = -40.8; m < -0.2; m += 1.9) {
  pgLog.push(pg(m, 29, 'LOG', 'waiting for WAL to become available at 0/5B000018'));
  pgLog.push(pg(m + 0.4, 2100 + Math.round(-m * 3), 'ERROR', 'cannot execute INSERT in a read-only transaction'));
  pgLog.push(pg(m + 0.4, 2100 + Math.round(-m * 3), 'STATEMENT', 'INSERT INTO TRANSACTIONS (FROM_ACCT, TO_ACCT, FROM_ROUTE, TO_ROUTE, AMOUNT, TIMESTAMP) VALUES ($1, $2, $3, $4, $5, $6)'));
}
const fe = [];
for (let m = -35; m < -0.3; m += 2.2) {
  fe.push(jlog(T, m, 'INFO', 'home', 'Displaying home.'));
  fe.push(jlog(T, m + 0.05, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error: for url: http://ledgerwriter:8080/transactions'));
}
const reader = [];
for (let m = -39; m < 0; m += 3) reader.push(jlog(T, m, 'INFO', 'getBalance', 'Retrieved balance from cache.'));
const hist = [];
for (let m = -39; m < 0; m += 3.4) hist.push(jlog(T, m, 'INFO', 'getTransactions', 'Retrieved 20 transactions from cache.'));

export const scenarios = [
  withDefaults({
    folder: 's113b-ledger-db-left-in-standby',
    description: 'payments/deposits failing since the ledger db restore this morning - "Error submitting payment" on every transfer. balances and history still load fine, ledger team pls look',
    incidentTime: INC,
    expected: { component: 'ledger-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'partial-name', 'team-name', 'time-expression'],
    grounding: `
      PostgreSQL 12+ starts in standby mode whenever standby.signal exists in the data directory; a base backup taken
      with pg_basebackup -R writes it. Restored without removing it and with no primary_conninfo reachable, the server
      replays the backup, logs "entering standby mode" and "database system is ready to accept read-only connections",
      then loops on "waiting for WAL to become available"; every write fails with "cannot execute INSERT in a read-only
      transaction" (the documented hot-standby behaviour). pg_isready and the TCP Service stay fine, so ledger-db is
      Ready; ledgerwriter (the only writer) and the frontend are loud, balancereader and transactionhistory read fine.
      Deviation from upstream: ledger-db restarted 41 minutes before from a restored data directory (upstream uses an
      emptyDir and its own init scripts); the PostgreSQL 16 log prefix is the image default.`,
    workloads: {
      'ledger-db': { pods: [{ created: T.iso(-41.5), containers: { postgres: cs.running(T.iso(-41.3)) } }] },
    },
    events: [
      { on: 'pod:ledger-db#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/ledger-db-0 to %NODE%', source: 'default-scheduler', first: -41.5 },
      { on: 'pod:ledger-db#0', reason: 'Pulled', message: `Container image "${image('ledger-db')}" already present on machine`, first: -41.4, fieldPath: 'spec.containers{postgres}' },
      { on: 'pod:ledger-db#0', reason: 'Created', message: 'Created container postgres', first: -41.4, fieldPath: 'spec.containers{postgres}' },
      { on: 'pod:ledger-db#0', reason: 'Started', message: 'Started container postgres', first: -41.3, fieldPath: 'spec.containers{postgres}' },
      { on: 'sts:ledger-db', reason: 'SuccessfulCreate', message: 'create Pod ledger-db-0 in StatefulSet ledger-db successful', first: -41.5 },
    ],
    logs: {
      'ledger-db#0/postgres': pgLog,
      'ledgerwriter#0/ledgerwriter': writerLog,
      'frontend#0/front': fe,
      'balancereader#0/balancereader': reader,
      'transactionhistory#0/transactionhistory': hist,
    },
  }),
];
