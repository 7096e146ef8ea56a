// Blind dev batch s71b: one Bank of Anthos scenario (ledger-db refusing writes at transaction-ID wraparound protection),
// on the kit system scripts/kit-systems/bank-of-anthos.mjs, built by scripts/s71b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;
const incidentTime = '2026-06-03T09:20:00Z';
const T = clock(incidentTime);
const STOP = -22; // ledger-db stops assigning XIDs
const pg = (min, pid, level, msg) => `${T.java(min)} UTC [${pid}] ${level}:  ${msg}`;
const HINT2 = '\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots.';
const INSERT = 'insert into transactions (amount, from_acct, from_route, timestamp, to_acct, to_route) values ($1,$2,$3,$4,$5,$6)';
const ledgerDb = [
  pg(-60 * 24 * 9 + 0.2, 1, 'LOG', 'starting PostgreSQL 15.8 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit'),
  pg(-60 * 24 * 9 + 0.2, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
  pg(-60 * 24 * 9 + 0.21, 1, 'LOG', 'database system is ready to accept connections'),
];
for (let m = -150, pid = 3871; m < STOP; m += 9, pid += 3) {
  ledgerDb.push(pg(m, pid, 'WARNING', 'database "postgresdb" must be vacuumed within ' + Math.max(1000001, Math.round(10800000 + m * 70000)) + ' transactions'));
  ledgerDb.push(pg(m, pid, 'HINT', 'To avoid a database shutdown, execute a database-wide VACUUM in that database.'), HINT2);
}
ledgerDb.push(pg(-95, 3902, 'WARNING', 'oldest xmin is far in the past'), pg(-95, 3902, 'HINT', 'Close open transactions soon to avoid wraparound problems.'), HINT2);
for (let m = STOP, pid = 4410; m < -0.2; m += 0.9, pid += 1) {
  ledgerDb.push(pg(m, pid, 'ERROR', 'database is not accepting commands to avoid wraparound data loss in database "postgresdb"'));
  ledgerDb.push(pg(m, pid, 'HINT', 'Stop the postmaster and vacuum that database in single-user mode.'), HINT2);
  ledgerDb.push(pg(m, pid, 'STATEMENT', INSERT));
}
const ledgerwriter = [];
for (let m = -60; m < STOP; m += 2.1) ledgerwriter.push(jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
for (let m = STOP + 0.1; m < -0.2; m += 0.9) {
  ledgerwriter.push(jlog(T, m, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 54000'));
  ledgerwriter.push(jlog(T, m, 'ERROR', 'logExceptions', 'ERROR: database is not accepting commands to avoid wraparound data loss in database "postgresdb"'));
  ledgerwriter.push(jlog(T, m + 0.001, 'ERROR', 'log', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.orm.jpa.JpaSystemException: could not execute statement; nested exception is org.hibernate.exception.GenericJDBCException: could not execute statement] with root cause'));
  ledgerwriter.push('org.postgresql.util.PSQLException: ERROR: database is not accepting commands to avoid wraparound data loss in database "postgresdb"',
    '  Hint: Stop the postmaster and vacuum that database in single-user mode.',
    'You might also need to commit or roll back old prepared transactions, or drop stale replication slots.',
    '\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)',
    '\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2401)',
    '\tat org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:152)',
    '\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)',
    '\tat org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:197)',
    '\tat anthos.samples.bankofanthos.ledgerwriter.LedgerWriterController.addTransaction(LedgerWriterController.java:163)');
}
const reader = (method) => {
  const out = [];
  for (let m = -60; m < -0.2; m += 3.7) out.push(jlog(T, m, 'INFO', method, 'Processing new transactions'));
  return out;
};
const balance = [];
for (let m = -60; m < -0.2; m += 1.3) balance.push(jlog(T, m, 'INFO', 'getBalance', 'Retrieved balance for account'));
const frontend = [];
for (let m = -60; m < -0.2; m += 1.1) {
  frontend.push(`{"timestamp": "${T.java(m).slice(0, 19)}", "message": "home | Displaying home.", "severity": "INFO"}`);
  if (m > STOP) frontend.push(`{"timestamp": "${T.java(m + 0.2).slice(0, 19)}", "message": "payment | Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions", "severity": "ERROR"}`);
  else if (Math.round(m * 10) % 3 === 0) frontend.push(`{"timestamp": "${T.java(m + 0.2).slice(0, 19)}", "message": "payment | Payment initiated successfully.", "severity": "INFO"}`);
}

export const scenarios = [
  withDefaults({
    folder: 's71b-ledger-db-xid-wraparound',
    incidentTime,
    description: 'ledger team - transfers and deposits fail with 500 for the last 20 min, balances + history still load fine',
    expected: { component: 'ledger-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (kubernetes-manifests/ at d0af047): ledgerwriter writes to ledger-db (SPRING_DATASOURCE_URL in ledger-db-config,
      database postgresdb); balancereader and transactionhistory only read it (they poll new rows every POLL_MS); ledger-db has no probes.
      Fault: ledger-db reached PostgreSQL's transaction-ID wraparound protection - after hours of "must be vacuumed within N transactions"
      warnings (an old prepared transaction held back the oldest xmin, so autovacuum could not advance datfrozenxid) the server stopped
      assigning new XIDs: every INSERT fails with "database is not accepting commands to avoid wraparound data loss" (SQLSTATE 54000),
      while read-only SELECTs, which need no XID, still succeed. Public reports: Sentry's 2015 "Transaction ID Wraparound in Postgres"
      post-mortem and Mailchimp/Mandrill's 2019 outage. The ledger-db pod stays Running and Ready with no restart; ledgerwriter and the
      frontend are the loud ones. Decoys: transactionhistory carries a restart from an OOMKill three days ago; balance/history reads keep
      working. Deviations from upstream: message wording of PostgreSQL 15 (16 rephrased it); logs trimmed.
    `,
    workloads: {
      transactionhistory: {
        pods: [{ containers: { transactionhistory: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 12), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 12.3) } }) } }],
      },
    },
    events: [],
    logs: {
      'ledger-db#0/postgres': ledgerDb,
      'ledgerwriter#0/ledgerwriter': ledgerwriter,
      'balancereader#0/balancereader': [...reader('pollTransactions'), ...balance].sort(),
      'transactionhistory#0/transactionhistory': reader('pollTransactions'),
      'frontend#0/front': frontend,
    },
  }),
];
