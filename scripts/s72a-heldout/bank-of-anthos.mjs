// Blind held-out batch s72a: one Bank of Anthos scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system scripts/kit-systems/bank-of-anthos.mjs; built by scripts/s72a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-05-19T10:52:00Z');
// postgres:16 alpine, log_line_prefix '%m [%p] ' to stderr.
const pg = (min, pid, lvl, msg) => `${T.java(min)} UTC [${pid}] ${lvl}:  ${msg}`;
const WRAP_ERR = 'database is not accepting commands that assign new transaction IDs to avoid wraparound data loss in database "postgresdb"';
const HINT2 = '\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots.';
const INSERT = 'insert into transactions (amount,from_acct,from_route,timestamp,to_acct,to_route) values ($1,$2,$3,$4,$5,$6)';

const ledgerDb = [
  pg(-60 * 24 * 12, 1, 'LOG', 'starting PostgreSQL 16.3 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit'),
  pg(-60 * 24 * 12, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
  pg(-60 * 24 * 12, 1, 'LOG', 'listening on IPv6 address "::", port 5432'),
  pg(-60 * 24 * 12, 1, 'LOG', 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"'),
  pg(-60 * 24 * 12 + 0.01, 58, 'LOG', 'database system was shut down at ' + T.java(-60 * 24 * 12 - 0.2).slice(0, 19) + ' UTC'),
  pg(-60 * 24 * 12 + 0.02, 1, 'LOG', 'database system is ready to accept connections'),
  pg(-60 * 24 * 3 - 37, 16233, 'WARNING', 'oldest xmin is far in the past'),
  pg(-60 * 24 * 3 - 37, 16233, 'HINT', 'Close open transactions soon to avoid wraparound problems.'),
  HINT2,
  pg(-60 * 24 * 3 - 37, 16233, 'CONTEXT', 'while scanning heap block 18240 of relation "public.transactions"'),
  pg(-60 * 24 * 2 - 12, 20981, 'WARNING', 'oldest xmin is far in the past'),
  pg(-60 * 24 * 2 - 12, 20981, 'HINT', 'Close open transactions soon to avoid wraparound problems.'),
  HINT2,
  pg(-60 * 24 * 1 - 200, 24410, 'WARNING', 'database "postgresdb" must be vacuumed within 39994112 transactions'),
  pg(-60 * 24 * 1 - 200, 24410, 'HINT', 'To avoid XID assignment failures, execute a database-wide VACUUM in that database.'),
  HINT2,
  pg(-60 * 12, 27712, 'WARNING', 'database "postgresdb" must be vacuumed within 21468230 transactions'),
  pg(-60 * 12, 27712, 'HINT', 'To avoid XID assignment failures, execute a database-wide VACUUM in that database.'),
  HINT2,
  pg(-95, 29104, 'WARNING', 'database "postgresdb" must be vacuumed within 5102877 transactions'),
  pg(-95, 29104, 'HINT', 'To avoid XID assignment failures, execute a database-wide VACUUM in that database.'),
  HINT2,
  pg(-31, 29631, 'WARNING', 'oldest xmin is far in the past'),
  pg(-31, 29631, 'HINT', 'Close open transactions soon to avoid wraparound problems.'),
  HINT2,
  pg(-18.2, 29104, 'WARNING', 'database "postgresdb" must be vacuumed within 3000412 transactions'),
  pg(-18.2, 29104, 'HINT', 'To avoid XID assignment failures, execute a database-wide VACUUM in that database.'),
  HINT2,
  ...[-17.9, -16.4, -14.8, -12.1, -9.7, -7.3, -5.2, -3.6, -2.2, -0.9].flatMap((m, i) => [
    pg(m, 29104 + (i % 3) * 7, 'ERROR', WRAP_ERR),
    pg(m, 29104 + (i % 3) * 7, 'HINT', 'Execute a database-wide VACUUM in that database.'),
    HINT2,
    pg(m, 29104 + (i % 3) * 7, 'STATEMENT', INSERT),
  ]),
];

const psql = (extra = []) => [
  `org.postgresql.util.PSQLException: ERROR: ${WRAP_ERR}`,
  '  Hint: Execute a database-wide VACUUM in that database.',
  'You might also need to commit or roll back old prepared transactions, or drop stale replication slots.',
  '\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)',
  '\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)',
  '\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:371)',
  '\tat org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:502)',
  '\tat org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:152)',
  '\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)',
  '\tat org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:197)',
  ...extra,
];
const writerFail = (m) => [
  jlog(T, m, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 54000'),
  `{"timestamp": "${T.java(m).slice(0, 19)}", "message": "logExceptions | ERROR: ${WRAP_ERR}`,
  '  Hint: Execute a database-wide VACUUM in that database.',
  'You might also need to commit or roll back old prepared transactions, or drop stale replication slots.", "severity": "ERROR"}',
  jlog(T, m, 'ERROR', 'log', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.orm.jpa.JpaSystemException: could not execute statement; nested exception is org.hibernate.exception.GenericJDBCException: could not execute statement] with root cause'),
  ...psql(['\t... 104 common frames omitted']),
];

const ok = (m) => jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully');
const ledgerwriter = [
  jlog(T, -60 * 24 * 9 + 0.3, 'INFO', 'logStarting', 'Starting LedgerWriterApplication v0.6.10 using Java 17.0.12 with PID 1 (/app/classpath started by 1000 in /app)'),
  jlog(T, -60 * 24 * 9 + 0.6, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 24.873 seconds (process running for 27.12)'),
  ...[-40, -35.5, -31.2, -27, -24.4, -22.1, -20.6, -19.3].map(ok),
  ...[-17.9, -16.4, -14.8, -12.1, -9.7, -7.3, -5.2, -3.6, -2.2, -0.9].flatMap(writerFail),
];

const err500 = (m) => `{"timestamp":"${T.isoMs(m).replace('Z', '+00:00')}","status":500,"error":"Internal Server Error","path":"/transactions"}`;
const frontend = [
  plog(T, -60 * 24 * 9 + 0.2, 'INFO', 'create_app', 'Starting frontend service.'),
  plog(T, -60 * 24 * 9 + 0.2, 'INFO', 'create_app', '✅ Tracing enabled.'),
  plog(T, -33, 'INFO', '_login_helper', 'Successfully logged in.'),
  plog(T, -31.2, 'INFO', 'deposit', 'Deposit submitted successfully.'),
  plog(T, -24.4, 'INFO', 'payment', 'Payment initiated successfully.'),
  plog(T, -20.6, 'INFO', 'deposit', 'Deposit submitted successfully.'),
  plog(T, -19.3, 'INFO', 'payment', 'Payment initiated successfully.'),
  plog(T, -17.9, 'ERROR', 'payment', `Error submitting payment: ${err500(-17.9)}`),
  plog(T, -16.4, 'ERROR', 'deposit', `Error submitting deposit: ${err500(-16.4)}`),
  plog(T, -15.1, 'INFO', '_login_helper', 'Successfully logged in.'),
  plog(T, -14.8, 'ERROR', 'payment', `Error submitting payment: ${err500(-14.8)}`),
  plog(T, -12.1, 'ERROR', 'deposit', `Error submitting deposit: ${err500(-12.1)}`),
  plog(T, -9.7, 'ERROR', 'payment', `Error submitting payment: ${err500(-9.7)}`),
  plog(T, -8.8, 'INFO', '_login_helper', 'Successfully logged in.'),
  plog(T, -7.3, 'ERROR', 'deposit', `Error submitting deposit: ${err500(-7.3)}`),
  plog(T, -5.2, 'ERROR', 'payment', `Error submitting payment: ${err500(-5.2)}`),
  plog(T, -3.6, 'ERROR', 'payment', `Error submitting payment: ${err500(-3.6)}`),
  plog(T, -2.2, 'ERROR', 'deposit', `Error submitting deposit: ${err500(-2.2)}`),
  plog(T, -0.9, 'ERROR', 'payment', `Error submitting payment: ${err500(-0.9)}`),
];

const thStart = -60 * 24 * 2 - 340;
export const scenarios = [
  withDefaults({
    folder: 's72a-deposits-failing',
    description: 'deposits + transfers failing since ~10:35, ppl can still log in and see their balance/history. ledger team pls look',
    incidentTime: '2026-05-19T10:52:00Z',
    expected: { component: 'ledger-db', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
    workloads: {
      transactionhistory: {
        pods: [{
          containers: {
            transactionhistory: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(thStart + 0.2),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(thStart) },
            }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'ledger-db#0/postgres': ledgerDb,
      'ledgerwriter#0/ledgerwriter': ledgerwriter,
      'frontend#0/front': frontend,
      'balancereader#0/balancereader': [
        jlog(T, -60 * 24 * 9 + 0.3, 'INFO', 'logStarting', 'Starting BalanceReaderApplication v0.6.10 using Java 17.0.12 with PID 1 (/app/classpath started by 1000 in /app)'),
        jlog(T, -60 * 24 * 9 + 0.5, 'INFO', 'run', 'Initializing ledger reader'),
        jlog(T, -60 * 24 * 9 + 0.7, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 31.204 seconds (process running for 33.8)'),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, thStart + 0.3, 'INFO', 'logStarting', 'Starting TransactionHistoryApplication v0.6.10 using Java 17.0.12 with PID 1 (/app/classpath started by 1000 in /app)'),
        jlog(T, thStart + 0.6, 'INFO', 'run', 'Initializing ledger reader'),
        jlog(T, thStart + 0.9, 'INFO', 'logStarted', 'Started TransactionHistoryApplication in 29.611 seconds (process running for 32.4)'),
      ],
    },
    grounding: `
      Manifests: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests/ at d0af047 through the kit system
      (scripts/kit-systems/bank-of-anthos.mjs); ledger-db is postgres:16.3-alpine (src/ledger/ledger-db/Dockerfile),
      database "postgresdb" from ledger-db-config. Fault: PostgreSQL transaction ID wraparound protection. An abandoned
      replication slot kept the oldest xmin in the past, so vacuum could not freeze and datfrozenxid aged until the
      server passed xidStopLimit (3M XIDs before wraparound) and refused every statement that assigns an XID
      ("database is not accepting commands that assign new transaction IDs ...", varsup.c, PG14+ wording, SQLSTATE
      54000). Reads do not assign XIDs, so balancereader/transactionhistory, login and history keep working while
      ledgerwriter's INSERTs fail (Hibernate SqlExceptionHelper, Spring 500) and the frontend logs
      "Error submitting deposit/payment". Same failure shape as the public Sentry (2015) and Mailchimp/Mandrill (2019)
      wraparound outages. The ledger-db pod stays Running and Ready (no probes upstream). Decoy: transactionhistory
      was OOMKilled once two days earlier. Deviations: the slot/standby is not part of upstream; the postgres log lines
      are written with the image's default log_line_prefix; ledgerwriter log lines use the kit's log4j2 JSON helper
      (message containing quotes is not valid JSON, as upstream prints it).
    `,
  }),
];
