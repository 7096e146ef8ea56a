// Held-out batch s68b (blind, split test): one Bank of Anthos scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/bank-of-anthos.mjs (withDefaults names the StatefulSet pods); built by scripts/s68b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const incidentTime = '2026-04-21T15:40:00Z';
const T = clock(incidentTime);
const pg = (min, pid, level, msg) => `${T.java(min)} UTC [${pid}] ${level}:  ${msg}`;
const HINT_TAIL = '\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots.';
const INSERT = 'insert into transactions (amount,from_acct,from_route,timestamp,to_acct,to_route) values ($1,$2,$3,$4,$5,$6)\nRETURNING *';
const wrapErr = 'database is not accepting commands that assign new transaction IDs to avoid wraparound data loss in database "postgresdb"';

const ledgerDbLog = [];
// anti-wraparound warnings in the hour before the stop limit
[[-49.2, 48121, 9871234], [-41.7, 48804, 7402117], [-35.3, 49377, 5300982], [-32.1, 49590, 4288150]].forEach(([m, pid, left]) => {
  ledgerDbLog.push(
    pg(m, pid, 'WARNING', `database "postgresdb" must be vacuumed within ${left} transactions`),
    pg(m, pid, 'HINT', 'To avoid XID assignment failures, execute a database-wide VACUUM in that database.'),
    HINT_TAIL,
  );
});
ledgerDbLog.splice(3, 0,
  pg(-44.0, 47310, 'WARNING', 'cutoff for removing and freezing tuples is far in the past'),
  pg(-44.0, 47310, 'HINT', 'Close open transactions soon to avoid wraparound problems.'),
  HINT_TAIL,
  pg(-44.0, 47310, 'CONTEXT', 'while scanning block 812044 of relation "public.transactions"'),
);
[-29.6, -27.9, -24.4, -21.0, -18.3, -15.2, -12.7, -9.9, -7.1, -4.8, -2.6, -1.2].forEach((m, i) => {
  const pid = 51877 + i * 37;
  ledgerDbLog.push(
    pg(m, pid, 'ERROR', wrapErr),
    pg(m, pid, 'HINT', 'Execute a database-wide VACUUM in that database.'),
    HINT_TAIL,
    pg(m, pid, 'STATEMENT', INSERT),
  );
  if (i === 5) ledgerDbLog.push(pg(m + 0.4, 47310, 'WARNING', 'cutoff for removing and freezing tuples is far in the past'), pg(m + 0.4, 47310, 'HINT', 'Close open transactions soon to avoid wraparound problems.'), HINT_TAIL);
});

const lwOk = [-58.2, -53.9, -47.5, -40.8, -36.6, -33.0].map((m) => jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
const lwErr = [-29.6, -27.9, -24.4, -21.0, -18.3, -15.2, -12.7, -9.9, -7.1, -4.8, -2.6, -1.2].flatMap((m) => [
  jlog(T, m, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 54000'),
  jlog(T, m, 'ERROR', 'logExceptions', `ERROR: ${wrapErr}\\n  Hint: Execute a database-wide VACUUM in that database.\\nYou might also need to commit or roll back old prepared transactions, or drop stale replication slots.`),
  jlog(T, m + 0.001, 'ERROR', 'log', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.orm.jpa.JpaSystemException: could not execute statement; nested exception is org.hibernate.exception.GenericJDBCException: could not execute statement] with root cause'),
]);

const springErr = (m) => `{"timestamp":"${T.isoMs(m).replace('Z', '+00:00')}","status":500,"error":"Internal Server Error","path":"/transactions"}`;
const frontLog = [
  ...[-57.8, -52.6, -46.0, -38.9].map((m) => plog(T, m, 'INFO', '_login_helper', 'Successfully logged in.')),
  ...[-53.8, -47.4, -40.7, -36.5, -32.9].map((m, i) => plog(T, m, 'INFO', i % 2 ? 'deposit' : 'payment', i % 2 ? 'Deposit submitted successfully.' : 'Payment initiated successfully.')),
  ...[-29.6, -27.9, -24.4, -21.0, -18.3, -15.2, -12.7, -9.9, -7.1, -4.8, -2.6, -1.2].map((m, i) =>
    plog(T, m + 0.002, 'ERROR', i % 3 === 1 ? 'deposit' : 'payment', `Error submitting ${i % 3 === 1 ? 'deposit' : 'payment'}: ${springErr(m + 0.001)}`)),
  ...[-26.2, -19.5, -11.4, -6.0].map((m) => plog(T, m, 'INFO', '_login_helper', 'Successfully logged in.')),
].sort();

export const scenarios = [
  withDefaults({
    folder: 's68b-ledger-writes-refused-reads-fine',
    incidentTime,
    description: 'payments n deposits failing since ~15:10 ("Payment failed"), balances + transaction history still load fine',
    expected: { component: 'ledger-db', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifests: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests/ (kit system scripts/kit-systems/bank-of-anthos.mjs): ledgerwriter
      writes every transaction to ledger-db (SPRING_DATASOURCE_URL of ledger-db-config), balancereader and transactionhistory only read it
      (SELECT polling every POLL_MS), and ledger-db is postgres:16.3-alpine (src/ledger/ledger-db/Dockerfile) with no probe.
      Fault: PostgreSQL transaction ID wraparound protection (PostgreSQL 16 docs "Preventing Transaction ID Wraparound Failures";
      public post-mortems: Sentry "Transaction ID Wraparound in Postgres" 2015, Mailchimp/Mandrill outage February 2019). An abandoned
      logical replication slot of a retired CDC connector held back the xmin horizon, so anti-wraparound autovacuum could not freeze
      public.transactions; the server warned ("must be vacuumed within N transactions", "cutoff for removing and freezing tuples is far in
      the past") and at 3 million XIDs left refused every command that assigns an XID. Reads need no XID, so balances and history still
      work; every INSERT from ledgerwriter fails with SQLSTATE 54000 (program_limit_exceeded), which Hibernate maps to GenericJDBCException
      (Spring JpaSystemException, HTTP 500, not caught by LedgerWriterController's handlers); frontend.py logs "Error submitting payment:"
      with the Spring error body. The ledger-db pod stays Running and Ready, no Kubernetes Event names the fault.
      Deviations: the ledger's write volume is the production bank's, not the 5-user loadgenerator's (a demo would take years to use 2^31
      XIDs); ledger-db runs 120 days without restart; Postgres statement-log and Hibernate/Spring message texts follow PostgreSQL 16 and
      Spring Boot 2.x wording. Decoy: balancereader was OOMKilled two days ago and has been healthy since.
    `,
    workloads: {
      'ledger-db': { since: -60 * 24 * 120 },
      balancereader: {
        pods: [{
          containers: {
            balancereader: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 2 + 0.2),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2) },
            }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'ledger-db#0/postgres': ledgerDbLog,
      'ledgerwriter#0/ledgerwriter': [...lwOk, ...lwErr],
      'frontend#0/front': frontLog,
    },
  }),
];
