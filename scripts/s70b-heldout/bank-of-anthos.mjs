// Blind held-out batch s70b: one Bank of Anthos scenario (split: test) for the scenario kit (scripts/s2-scenario-kit.mjs).
// Built by scripts/s70b-build.mjs with the kit system scripts/kit-systems/bank-of-anthos.mjs (withDefaults, jlog).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INCIDENT = '2026-04-21T09:58:00Z';
const T = clock(INCIDENT);
// PostgreSQL 16 (postgres:16.3-alpine, ledger-db's base image): log_line_prefix '%m [%p] ', multi-line HINTs indented by a tab.
const pg = (min, pid, level, msg) => `${T.java(min)} UTC [${pid}] ${level}:  ${msg}`;
const HINT_WARN = 'To avoid XID assignment failures, execute a database-wide VACUUM in that database.\n\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots.';
const HINT_STOP = 'Execute a database-wide VACUUM in that database.\n\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots.';
const INSERT = 'insert into transactions (amount,from_acct,from_route,timestamp,to_acct,to_route) values ($1,$2,$3,$4,$5,$6) returning transaction_id';

const ledgerDbLog = [];
// Days of autovacuum warnings nobody read: the stale logical slot pins the xmin horizon.
[-60 * 24 * 3, -60 * 24 * 2, -60 * 24 * 1.2, -60 * 6].forEach((m, i) => {
  ledgerDbLog.push(
    pg(m, 90211 + i * 733, 'WARNING', 'oldest xmin is far in the past'),
    pg(m, 90211 + i * 733, 'HINT', 'Close open transactions soon to avoid wraparound problems.\n\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots.'),
    pg(m, 90211 + i * 733, 'CONTEXT', 'automatic aggressive vacuum to prevent wraparound of table "postgresdb.public.transactions"'),
  );
});
[[-240, 31877120], [-150, 18432009], [-90, 11270344], [-45, 6920118], [-25, 3904871]].forEach(([m, left], i) => {
  ledgerDbLog.push(pg(m, 120400 + i * 17, 'WARNING', `database "postgresdb" must be vacuumed within ${left} transactions`), pg(m, 120400 + i * 17, 'HINT', HINT_WARN));
});
for (let m = -18.2, k = 0; m < -0.3; m += 1.1, k++) {
  const pid = 131200 + k * 3;
  ledgerDbLog.push(
    pg(m, pid, 'ERROR', 'database is not accepting commands that assign new XIDs to avoid wraparound data loss in database "postgresdb"'),
    pg(m, pid, 'HINT', HINT_STOP),
    pg(m, pid, 'STATEMENT', INSERT),
  );
  if (k % 5 === 2) ledgerDbLog.push(pg(m + 0.4, 90211 + 4 * 733, 'WARNING', 'oldest xmin is far in the past'), pg(m + 0.4, 90211 + 4 * 733, 'HINT', 'Close open transactions soon to avoid wraparound problems.\n\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots.'), pg(m + 0.4, 90211 + 4 * 733, 'CONTEXT', 'automatic aggressive vacuum to prevent wraparound of table "postgresdb.public.transactions"'));
}

const lw = [];
for (let m = -40; m < -18.5; m += 1.7) lw.push(jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
for (let m = -18.2, k = 0; m < -0.3; m += 1.1, k++) {
  lw.push(
    jlog(T, m, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 54000'),
    jlog(T, m, 'ERROR', 'logExceptions', 'ERROR: database is not accepting commands that assign new XIDs to avoid wraparound data loss in database "postgresdb"'),
    jlog(T, m, 'ERROR', 'log', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.orm.jpa.JpaSystemException: could not execute statement [ERROR: database is not accepting commands that assign new XIDs to avoid wraparound data loss in database "postgresdb"  Hint: Execute a database-wide VACUUM in that database.] [insert into transactions (amount,from_acct,from_route,timestamp,to_acct,to_route) values (?,?,?,?,?,?)]] with root cause'),
  );
  if (k % 4 === 1) lw.push(jlog(T, m + 0.2, 'ERROR', 'addTransaction', 'Failed to retrieve account balance: bad request'));
}

const fe = [];
for (let m = -40, k = 0; m < -18.5; m += 2.3, k++) fe.push(k % 3 === 0 ? jlog(T, m, 'INFO', 'deposit', 'Deposit submitted successfully.') : jlog(T, m, 'INFO', 'payment', 'Payment initiated successfully.'));
for (let m = -18.1, k = 0; m < -0.3; m += 1.1, k++) {
  const kind = k % 3 === 0 ? 'deposit' : 'payment';
  fe.push(jlog(T, m, 'ERROR', kind, `Error submitting ${kind}: {"timestamp":"${T.isoMs(m).replace('Z', '+00:00')}","status":500,"error":"Internal Server Error","path":"/transactions"}`));
  if (k % 6 === 4) fe.push(jlog(T, m + 0.3, 'INFO', '_login_helper', 'Successfully logged in.'));
}

const br = [];
for (let m = -40; m < -0.3; m += 3.1) br.push(jlog(T, m, 'INFO', 'getBalance', 'Retrieved balance successfully'));
const th = [];
for (let m = -40; m < -0.3; m += 2.9) th.push(jlog(T, m, 'INFO', 'getTransactions', 'Retrieved transaction history successfully'));

export const scenarios = [
  withDefaults({
    folder: 's70b-ledger-writes-refused',
    incidentTime: INCIDENT,
    description: 'cant send money or deposit since ~09:40, error banner on submit. balance + history pages load fine. ledger team?',
    expected: { component: 'ledger-db', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifests: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests/ at d0af047 through scripts/kit-systems/bank-of-anthos.mjs
      (ledgerwriter inserts into ledger-db through SPRING_DATASOURCE_URL of ledger-db-config; balancereader and transactionhistory
      only read it). ledger-db's image is FROM postgres:16.3-alpine (src/ledger/ledger-db/Dockerfile), so the log lines are
      PostgreSQL 16's: the default log_line_prefix '%m [%p] ', the xidWarnLimit warning ("must be vacuumed within N transactions")
      and, past xidStopLimit, the ERROR "database is not accepting commands that assign new XIDs to avoid wraparound data loss"
      (SQLSTATE 54000) with the hint to run a database-wide VACUUM. Fault shape: transaction ID wraparound protection, as in
      Sentry's 2015 "Transaction ID Wraparound in Postgres" post-mortem and Mailchimp/Mandrill's 2019 outage: autovacuum cannot
      freeze because a stale logical replication slot (a decommissioned CDC connector) pins the xmin horizon, the autovacuum
      "oldest xmin is far in the past" warnings ran for days, then the server refuses every statement that needs a new XID.
      Reads do not take an XID, so balances and history keep working and every pod stays Ready; ledgerwriter (Hibernate
      SqlExceptionHelper, then the dispatcher servlet's 500) and frontend ("Error submitting payment/deposit") are louder.
      Decoy: frontend rolled out three hours earlier (BANK_NAME added), healthy.
      Deviations: upstream ledger-db keeps its data on an emptyDir and a demo never burns two billion XIDs; this deployment is
      taken as a long-lived production fork with a CDC slot, and the XID age is compressed into the snapshot's window. Spring's
      JSON error body is shown as the frontend logs resp.text. The kit emits no startupProbe.
    `,
    workloads: {
      frontend: {
        rollout: {
          at: -180,
          oldContainers: { front: { env: system.workloads[0].containers[0].env } },
        },
        containers: {
          front: { env: [...system.workloads[0].containers[0].env, { name: 'BANK_NAME', value: 'Anthos Bank' }] },
        },
      },
      'ledger-db': { since: -60 * 24 * 30 },
      'accounts-db': { since: -60 * 24 * 30 },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -180, source: 'deployment-controller' },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -178.5, source: 'deployment-controller' },
    ],
    logs: {
      'ledger-db#0/postgres': ledgerDbLog,
      'ledgerwriter#0/ledgerwriter': lw,
      'frontend#0/front': fe,
      'balancereader#0/balancereader': br,
      'transactionhistory#0/transactionhistory': th,
    },
  }),
];
void cs; void image;
