// s133a blind dev: Bank of Anthos — ledger-db runs out of its shared lock table (max_locks_per_transaction).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;
const I = '2026-05-12T15:40:00Z';
const T = clock(I);
const pg = (min, pid, lvl, msg) => `${T.java(min)} UTC [${pid}] ${lvl}:  ${msg}`;
const oom = (min, svc) => [
  jlog(T, min, 'ERROR', svc === 'br' ? 'getBalance' : 'getTransactions', 'Database error: PreparedStatementCallback; SQL state [53200]; error code [0]; ERROR: out of shared memory'),
  `  Hint: You might need to increase max_locks_per_transaction.; nested exception is org.postgresql.util.PSQLException: ERROR: out of shared memory`,
  `  Hint: You might need to increase max_locks_per_transaction.`,
  `\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2675)`,
  `\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2365)`,
  `\tat org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:496)`,
  `\tat org.postgresql.jdbc.PgPreparedStatement.executeQuery(PgPreparedStatement.java:134)`,
  `\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeQuery(HikariProxyPreparedStatement.java)`,
  `\tat org.springframework.jdbc.core.JdbcTemplate$1.doInPreparedStatement(JdbcTemplate.java:678)`,
];
const brLog = [
  jlog(T, -55, 'INFO', 'pollTransactions', 'Polling for new transactions'),
  jlog(T, -50, 'INFO', 'getBalance', 'Balance request successful'),
  jlog(T, -30, 'INFO', 'getBalance', 'Balance request successful'),
  ...oom(-17.4, 'br'),
  jlog(T, -17.3, 'ERROR', 'pollTransactions', 'Error polling ledger: ERROR: out of shared memory'),
  jlog(T, -12, 'INFO', 'getBalance', 'Balance request successful'),
  ...oom(-9.2, 'br'),
  ...oom(-4.1, 'br'),
  jlog(T, -4.0, 'ERROR', 'pollTransactions', 'Error polling ledger: ERROR: out of shared memory'),
  ...oom(-1.5, 'br'),
];
const thLog = [
  jlog(T, -45, 'INFO', 'getTransactions', 'Transaction history request successful'),
  ...oom(-16.8, 'th'),
  ...oom(-8.7, 'th'),
  jlog(T, -6, 'INFO', 'getTransactions', 'Transaction history request successful'),
  ...oom(-2.2, 'th'),
];
const lwLog = [
  jlog(T, -40, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
  jlog(T, -15.9, 'ERROR', 'addTransaction', 'Error submitting transaction: PreparedStatementCallback; uncategorized SQLException for SQL [INSERT INTO TRANSACTIONS (FROM_ACCT, TO_ACCT, FROM_ROUTE, TO_ROUTE, AMOUNT, TIMESTAMP) VALUES (?, ?, ?, ?, ?, ?)]; SQL state [53200]; error code [0]; ERROR: out of shared memory'),
  jlog(T, -10, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
  jlog(T, -3.3, 'ERROR', 'addTransaction', 'Error submitting transaction: PreparedStatementCallback; uncategorized SQLException for SQL [INSERT INTO TRANSACTIONS (FROM_ACCT, TO_ACCT, FROM_ROUTE, TO_ROUTE, AMOUNT, TIMESTAMP) VALUES (?, ?, ?, ?, ?, ?)]; SQL state [53200]; error code [0]; ERROR: out of shared memory'),
];
const stmt = 'SELECT SUM(AMOUNT) FROM TRANSACTIONS WHERE (TO_ACCT=$1 AND TO_ROUTE=$2)';
const pgLog = [
  pg(-60 * 24 * 6, 1, 'LOG', 'starting PostgreSQL 16.4 (Debian 16.4-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit'),
  pg(-60 * 24 * 6, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
  pg(-60 * 24 * 6, 1, 'LOG', 'database system is ready to accept connections'),
  pg(-60 * 24 * 2, 44, 'LOG', 'checkpoint complete: wrote 1204 buffers (7.3%); 0 WAL file(s) added, 0 removed, 1 recycled; write=119.874 s, sync=0.004 s, total=119.902 s'),
  pg(-19.5, 90321, 'LOG', 'statement: BEGIN; SELECT partman.run_maintenance(p_analyze := true);'),
  pg(-17.4, 88210, 'ERROR', 'out of shared memory'),
  pg(-17.4, 88210, 'HINT', 'You might need to increase max_locks_per_transaction.'),
  pg(-17.4, 88210, 'STATEMENT', stmt),
  pg(-15.9, 88214, 'ERROR', 'out of shared memory'),
  pg(-15.9, 88214, 'HINT', 'You might need to increase max_locks_per_transaction.'),
  pg(-15.9, 88214, 'STATEMENT', 'INSERT INTO TRANSACTIONS (FROM_ACCT, TO_ACCT, FROM_ROUTE, TO_ROUTE, AMOUNT, TIMESTAMP) VALUES ($1, $2, $3, $4, $5, $6)'),
  pg(-9.2, 88210, 'ERROR', 'out of shared memory'),
  pg(-9.2, 88210, 'HINT', 'You might need to increase max_locks_per_transaction.'),
  pg(-9.2, 88210, 'STATEMENT', stmt),
  pg(-6.5, 90321, 'LOG', 'duration: 780412.113 ms  statement: SELECT partman.run_maintenance(p_analyze := true);'),
  pg(-4.1, 88210, 'ERROR', 'out of shared memory'),
  pg(-4.1, 88210, 'HINT', 'You might need to increase max_locks_per_transaction.'),
  pg(-4.1, 88210, 'STATEMENT', stmt),
  pg(-1.5, 88211, 'ERROR', 'out of shared memory'),
  pg(-1.5, 88211, 'HINT', 'You might need to increase max_locks_per_transaction.'),
  pg(-1.5, 88211, 'STATEMENT', stmt),
];
const frontLog = [
  `${T.java(-16.8).replace(' ', 'T').slice(0, 23)} | ERROR | home | Error retrieving account balance | 500 Server Error: Internal Server Error for url: http://balancereader:8080/balances/1011226111`,
  `${T.java(-9.1).replace(' ', 'T').slice(0, 23)} | ERROR | home | Error retrieving account balance | 500 Server Error: Internal Server Error for url: http://balancereader:8080/balances/1033623433`,
  `${T.java(-3.2).replace(' ', 'T').slice(0, 23)} | ERROR | payment | Error submitting payment | 500 Server Error: Internal Server Error for url: http://ledgerwriter:8080/transactions`,
];

export const scenarios = [
  withDefaults({
    folder: 's133a-ledger-db-lock-table',
    description: 'balances intermittently 500 on the home page + some payments failing since ~15:22, balancereadr and transactionhistory logs full of "out of shared memory". pods look fine?',
    incidentTime: I,
    expected: { component: 'ledger-db', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'typo', 'time-expression', 'decoy'],
    grounding: `
      PostgreSQL sizes its shared lock table at start as max_locks_per_transaction (default 64) x (max_connections + max_prepared_transactions);
      a transaction that locks many relations (here a partition-maintenance run holding locks on hundreds of TRANSACTIONS partitions and
      their indexes inside one BEGIN) fills it, and every other backend that needs a new lock fails with SQLSTATE 53200 "out of shared memory"
      HINT "You might need to increase max_locks_per_transaction" (PostgreSQL docs, runtime-config-locks; many public reports on partitioned tables).
      The ledger-db pod stays Running and Ready (upstream StatefulSet, no probes); the Java ledger services (Spring JdbcTemplate + HikariCP, pgjdbc)
      log the PSQLException and the Python frontend logs 500s from balancereader/ledgerwriter. Deviation from upstream: upstream ledger-db has a
      single unpartitioned TRANSACTIONS table; we assume the operators partitioned it with pg_partman and run its maintenance from a cron job
      inside the database. Decoy: a checkpoint log line two days old. The pool is not exhausted (connections succeed; the error is a lock-table one).
    `,
    workloads: {
      'ledger-db': { since: -60 * 24 * 6 },
    },
    events: [],
    logs: {
      'ledger-db#0/postgres': pgLog,
      'balancereader#0/balancereader': brLog,
      'transactionhistory#0/transactionhistory': thLog,
      'ledgerwriter#0/ledgerwriter': lwLog,
      'frontend#0/front': frontLog,
    },
  }),
];
