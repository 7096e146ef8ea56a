// Blind dev batch s131a, Bank of Anthos: ledger-db runs out of transaction IDs (XID wraparound protection).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };
const I = '2026-03-19T09:47:00Z';
const T = clock(I);
const pg = (m, pid, lvl, msg) => `${T.java(m)} UTC [${pid}] ${lvl}:  ${msg}`;
const XID = 'database is not accepting commands that assign new XIDs to avoid wraparound data loss in database "postgresdb"';

const pgLogs = [
  pg(-60 * 24 * 9 + 0.2, 1, 'LOG', 'database system is ready to accept connections'),
  pg(-60 * 30, 311, 'WARNING', 'database "postgresdb" must be vacuumed within 38112407 transactions'),
  pg(-60 * 30, 311, 'HINT', 'To avoid XID assignment failures, execute a database-wide VACUUM in that database.\n\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots.'),
  pg(-60 * 6, 4411, 'WARNING', 'oldest xmin is far in the past'),
  pg(-60 * 6, 4411, 'HINT', 'Close open transactions soon to avoid wraparound problems.\n\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots.'),
  pg(-60 * 6, 4411, 'CONTEXT', 'while scanning heap block 18211 of relation "public.transactions"\n\tautomatic aggressive vacuum to prevent wraparound of table "postgresdb.public.transactions"'),
  pg(-95, 5120, 'WARNING', 'database "postgresdb" must be vacuumed within 4102211 transactions'),
];
for (let m = -24; m < -1; m += 1.7) {
  const pid = 5800 + Math.round(-m * 3);
  pgLogs.push(pg(m, pid, 'ERROR', XID));
  pgLogs.push(pg(m, pid, 'HINT', 'Execute a database-wide VACUUM in that database.\n\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots.'));
  pgLogs.push(pg(m, pid, 'STATEMENT', 'INSERT INTO TRANSACTIONS (FROM_ACCT, TO_ACCT, FROM_ROUTE, TO_ROUTE, AMOUNT, TIMESTAMP) VALUES ($1, $2, $3, $4, $5, $6)'));
}

const lwLogs = [];
for (let m = -50; m < -25; m += 3.5) {
  lwLogs.push(jlog(T, m, 'INFO', 'addTransaction', 'Received transaction request'));
  lwLogs.push(jlog(T, m + 0.01, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
}
for (let m = -24; m < -1; m += 1.7) {
  lwLogs.push(jlog(T, m, 'INFO', 'addTransaction', 'Received transaction request'));
  lwLogs.push(jlog(T, m + 0.01, 'ERROR', 'addTransaction', `Error submitting transaction: PreparedStatementCallback; uncategorized SQLException for SQL [INSERT INTO TRANSACTIONS (FROM_ACCT, TO_ACCT, FROM_ROUTE, TO_ROUTE, AMOUNT, TIMESTAMP) VALUES (?, ?, ?, ?, ?, ?)]; SQL state [54000]; error code [0]; ERROR: ${XID.replaceAll('"', "'")}\n  Hint: Execute a database-wide VACUUM in that database.`));
}
const frLogs = [];
for (let m = -50; m < -25; m += 3.5) {
  frLogs.push(jlog(T, m, 'INFO', 'home', 'Displaying home.'));
  frLogs.push(jlog(T, m + 0.02, 'INFO', 'payment', 'Payment initiated successfully.'));
}
for (let m = -24; m < -1; m += 1.7) {
  frLogs.push(jlog(T, m - 0.05, 'INFO', 'home', 'Displaying home.'));
  frLogs.push(jlog(T, m + 0.02, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error:  for url: http://ledgerwriter:8080/transactions'));
}
const brLogs = [];
for (let m = -50; m < -1; m += 4) brLogs.push(jlog(T, m, 'INFO', 'getBalance', 'Retrieved balance for account 1011226111'));

export const scenarios = [
  withDefaults({
    folder: 's131a-ledger-db-xid-wraparound',
    incidentTime: I,
    description: 'BoA: transfers + deposits failing for ~25 min ("Payment failed"), balances and history still load. ledger team pls look, nothing deployed today except contacts',
    expected: { component: 'ledger-db', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      PostgreSQL transaction ID exhaustion: when a database comes within 3 million XIDs of wraparound (PostgreSQL
      docs 24.1.5 "Preventing Transaction ID Wraparound Failures"), the server refuses every command that assigns a new
      XID with "database is not accepting commands that assign new XIDs to avoid wraparound data loss" (SQLSTATE 54000)
      while read-only queries keep working - the shape of the public post-mortems of Sentry (2015) and Mailchimp/
      Mandrill (2019). In Bank of Anthos ledgerwriter INSERTs into ledger-db's transactions table, while balancereader
      and transactionhistory only SELECT, so deposits and transfers fail with a 500 and balances still show. ledger-db
      stays Running and Ready; nothing restarts. Deviations from upstream kubernetes-manifests: the ledger-db pod has
      run for nine days under a write volume far above the demo's loadgenerator (our core-banking sync), and
      vacuum could not freeze because of an old xmin (its log says so; the holder - an abandoned replication slot -
      is not visible in an API snapshot). Decoy: contacts rolled out a new version 40 minutes earlier and is healthy.
    `,
    workloads: {
      contacts: { rollout: { at: -40, revision: 5, oldContainers: { contacts: { image: 'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/contacts:v0.6.9' } } } },
    },
    events: [
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -40, last: -40 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: -39, last: -39 },
    ],
    logs: {
      'ledger-db#0/postgres': pgLogs,
      'ledgerwriter#0/ledgerwriter': lwLogs,
      'frontend#0/front': frLogs,
      'balancereader#0/balancereader': brLogs,
    },
  }),
];
void cs;
