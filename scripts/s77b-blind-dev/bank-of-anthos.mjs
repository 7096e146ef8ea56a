// Blind dev batch s77b: one Bank of Anthos scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by scripts/s77b-build.mjs.
// A hand-run VACUUM FULL on ledger-db's transactions table holds ACCESS EXCLUSIVE: ledger-db Ready and quiet, ledgerwriter and frontend loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-04-23T09:42:00Z';
const T = clock(INC);
const NS = 'bank-of-anthos';

// PostgreSQL 16, default log_line_prefix '%m [%p] ', log_checkpoints on by default since 15.
const pg = (min, pid, lvl, msg) => `${T.java(min)} UTC [${pid}] ${lvl}:  ${msg}`;
const START = -60 * 24 * 8;
const pgLog = [
  pg(START + 0.4, 1, 'LOG', 'starting PostgreSQL 16.4 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit'),
  pg(START + 0.4, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
  pg(START + 0.4, 1, 'LOG', 'listening on IPv6 address "::", port 5432'),
  pg(START + 0.4, 1, 'LOG', 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"'),
  pg(START + 0.41, 27, 'LOG', 'database system was shut down at ' + T.java(START + 0.38).slice(0, 19) + ' UTC'),
  pg(START + 0.41, 1, 'LOG', 'database system is ready to accept connections'),
];
// Normal life: a timed checkpoint every 5 minutes, a few hundred buffers each.
let lsn = 0x3a0;
for (let m = -57.5; m < -27; m += 5) {
  pgLog.push(pg(m, 25, 'LOG', 'checkpoint starting: time'));
  const w = 180 + Math.round(Math.abs(m * 17) % 90);
  pgLog.push(pg(m + 0.5, 25, 'LOG', `checkpoint complete: wrote ${w} buffers (0.${String(w).padStart(3, '0').slice(0, 1)}%); 0 WAL file(s) added, 0 removed, 0 recycled; write=26.${String(w).slice(1)}1 s, sync=0.012 s, total=26.9${String(w).slice(2)}4 s; sync files=14, longest=0.004 s, average=0.001 s; distance=${900 + w} kB, estimate=${1100 + w} kB; lsn=3/${(lsn++).toString(16).toUpperCase()}1A2E8, redo lsn=3/${(lsn).toString(16).toUpperCase()}03F10`));
}
// 09:15: VACUUM FULL transactions (psql via kubectl exec) rewrites the table: WAL-triggered checkpoints back to back.
for (let m = -26.6, k = 0; m < -0.6; m += 0.47, k++) {
  if (k > 0) {
    pgLog.push(pg(m, 25, 'LOG', `checkpoints are occurring too frequently (${27 + (k % 5)} seconds apart)`));
    pgLog.push(pg(m, 25, 'HINT', 'Consider increasing the configuration parameter "max_wal_size".'));
  }
  pgLog.push(pg(m, 25, 'LOG', 'checkpoint starting: wal'));
  pgLog.push(pg(m + 0.44, 25, 'LOG', `checkpoint complete: wrote ${3900 + (k * 131) % 700} buffers (${(23.8 + (k % 4) * 0.9).toFixed(1)}%); 0 WAL file(s) added, ${k % 3} removed, ${30 + (k % 4)} recycled; write=24.${310 + k} s, sync=1.${104 + k} s, total=26.${String(12 + k).padStart(3, '0')} s; sync files=9, longest=0.911 s, average=0.130 s; distance=${528000 + k * 311} kB, estimate=${531000 + k * 97} kB; lsn=3/${(lsn + 2 * k + 10).toString(16).toUpperCase()}00A8, redo lsn=3/${(lsn + 2 * k + 9).toString(16).toUpperCase()}01D40`));
}

const ACCT = ['1011226111', '1033623433', '1055757655', '1077441377', '1099886199'];
const lw = [];
for (let m = -58; m < -27.2; m += 0.9) lw.push(jlog(T, m, 'INFO', 'addTransaction', `Submitted transaction successfully from ${ACCT[Math.round(Math.abs(m)) % 5]}`));
for (let m = -26.2; m < -0.4; m += 0.55) {
  lw.push(jlog(T, m, 'ERROR', 'addTransaction', 'Failed to submit transaction: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection'));
  if (Math.round(m * 10) % 4 === 0) lw.push(jlog(T, m + 0.01, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 08003'), jlog(T, m + 0.01, 'ERROR', 'logExceptions', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'));
}

const fe = [];
for (let m = -58; m < -0.3; m += 0.7) {
  const u = ACCT[Math.round(Math.abs(m * 3)) % 5];
  fe.push(plog(T, m, 'INFO', 'home', `Displaying home for user ${u}.`));
  if (m > -26.5) {
    fe.push(Math.round(m * 10) % 3 === 0
      ? plog(T, m + 0.07, 'ERROR', 'deposit', "Error submitting deposit: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)")
      : plog(T, m + 0.07, 'ERROR', 'payment', "Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)"));
  } else {
    fe.push(plog(T, m + 0.05, 'INFO', 'payment', 'Payment initiated successfully.'));
  }
}
const us = [];
for (let m = -58; m < -0.3; m += 2.3) us.push(plog(T, m, 'INFO', 'login', `Login successful for user ${ACCT[Math.round(Math.abs(m)) % 5].slice(0, 4)}...`));
const contacts = [];
for (let m = -58; m < -0.3; m += 1.4) contacts.push(plog(T, m, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'));

export const scenarios = [
  withDefaults({
    folder: 's77b-ledger-db-vacuum-full',
    incidentTime: INC,
    description: 'BoA transfers and deposits spin then "Payment failed" since ~9:15, login + balances still load. ledger team pls look',
    expected: { component: 'ledger-db', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    workloads: {
      'ledger-db': { since: START, pods: [{ name: 'ledger-db-0' }] },
      // decoy: transactionhistory was OOMKilled three days ago and has been fine since.
      transactionhistory: {
        pods: [{
          containers: {
            transactionhistory: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.2),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
        }],
      },
      // decoy: contacts rolled this morning (LOG_LEVEL debug -> info), healthy.
      contacts: {
        rollout: {
          at: -60 * 3 - 12, revision: 6,
          oldContainers: { contacts: { env: system.workloads.find((w) => w.name === 'contacts').containers[0].env.map((e) => (e.name === 'LOG_LEVEL' ? { name: 'LOG_LEVEL', value: 'debug' } : e)) } },
        },
      },
    },
    logs: {
      'ledger-db#0/postgres': pgLog,
      'ledgerwriter#0/ledgerwriter': lw,
      'frontend#0/front': fe,
      'userservice#0/userservice': us,
      'contacts#0/contacts': contacts,
    },
    grounding: `
      Manifests: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests/ as scripts/kit-systems/bank-of-anthos.mjs renders them
      (ledger-db StatefulSet, PostgreSQL, 1Gi/250m limits; ledgerwriter, balancereader, transactionhistory on ledger-db through
      SPRING_DATASOURCE_URL; frontend -> ledgerwriter with the frontend's 4 s BACKEND_TIMEOUT).
      Fault: after a table-bloat alert a DBA ran VACUUM FULL transactions; through kubectl exec ledger-db-0 -- psql at about 09:15.
      The PostgreSQL manual (VACUUM, "Notes"; Explicit Locking) says VACUUM FULL rewrites the table into a new file and holds an
      ACCESS EXCLUSIVE lock for the whole run, which conflicts with every other lock mode, plain SELECT included. On a months-old
      ledger under a 250m CPU limit the rewrite runs for tens of minutes, so every INSERT from ledgerwriter and every poll of
      balancereader/transactionhistory queues behind it: ledgerwriter's Hikari pool fills with blocked inserts and new transactions
      fail after 30 s ("Connection is not available, request timed out after 30000ms"), the frontend gives up after 4 s with
      "Error submitting payment/deposit: ... Read timed out". Balances and history still render from the two readers' caches,
      logins use accounts-db. ledger-db's pod stays Running and Ready with no restart and no Event; its own log shows only the
      side effect of the rewrite, WAL-triggered checkpoints every ~28 s with "checkpoints are occurring too frequently" (PostgreSQL
      15+ logs checkpoints by default); log_lock_waits is off by default, so the waits themselves are not logged. Public
      shape: the many post-mortems and DBA write-ups of VACUUM FULL (or pg_repack misuse) locking a hot table in production.
      Expected ledger-db/dependency-down: the database is up but answers nothing on the table every caller needs.
      Decoys: transactionhistory's OOMKill three days ago (restartCount 1, Ready since), and a contacts rollout three hours ago that
      only changed LOG_LEVEL debug -> info. Deviations: PostgreSQL 16.4 on Alpine for the ledger-db image, the frontend and
      ledgerwriter message texts follow the upstream log format helpers; the psql session is stated, not shown.
    `,
  }),
];
