// Blind held-out scenario (batch s24a, split: test) for Bank of Anthos: ledger-db Running and Ready but every write to the
// transactions table blocked behind a manual maintenance lock, seen only through ledgerwriter and frontend; built by scripts/s24a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INCIDENT = '2026-06-02T10:41:00Z';
const T = clock(INCIDENT);
const pg = (min, pid, msg) => `${T.java(min).replace('T', ' ')} UTC [${pid}] ${msg}`;
const checkpoint = (min, bufs) => [
  pg(min, 27, 'LOG:  checkpoint starting: time'),
  pg(min + 0.07, 27, `LOG:  checkpoint complete: wrote ${bufs} buffers (0.${bufs % 9}%); 0 WAL file(s) added, 0 removed, 0 recycled; write=${(bufs / 11).toFixed(3)} s, sync=0.004 s, total=${(bufs / 11 + 0.02).toFixed(3)} s; sync files=11, longest=0.002 s, average=0.001 s; distance=${bufs * 6} kB, estimate=${bufs * 6 + 40} kB`),
];

const hikari = (min) => jlog(T, min, 'ERROR', 'logExceptions', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.');
const ledgerwriterLines = [];
for (let m = -60; m < -21; m += 2.7) {
  ledgerwriterLines.push(jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
}
for (let m = -20.3; m < -0.2; m += 0.9) {
  ledgerwriterLines.push(jlog(T, m, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: null'));
  ledgerwriterLines.push(hikari(m + 0.001));
  ledgerwriterLines.push(jlog(T, m + 0.002, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'));
}

const frontendLines = [];
for (let m = -45; m < -21; m += 3.1) {
  frontendLines.push(plog(T, m, 'INFO', 'payment', 'Payment initiated successfully'));
  frontendLines.push(plog(T, m + 0.4, 'INFO', 'home', 'Displaying home page.'));
}
for (let m = -20.9; m < -0.3; m += 0.8) {
  frontendLines.push(plog(T, m, 'INFO', 'home', 'Displaying home page.'));
  frontendLines.push(
    m % 2 < 1
      ? plog(T, m + 0.07, 'ERROR', 'payment', "Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)")
      : plog(T, m + 0.07, 'ERROR', 'deposit', "Error submitting deposit: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)"),
  );
}

export const scenarios = [
  withDefaults({
    folder: 's24a-ledger-db-write-lock',
    incidentTime: INCIDENT,
    description: 'bank app: payments + deposits spin then fail since 10:20ish. balances still show. frontend?',
    expected: { component: 'ledger-db', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Bank of Anthos v0.6.10 kubernetes-manifests (GoogleCloudPlatform/bank-of-anthos): ledger-db is a one-replica postgres
      StatefulSet without probes, database postgresdb; ledgerwriter (Spring Boot, Hikari's default pool of 10, 30 s
      connectionTimeout) inserts into its transactions table, balancereader and transactionhistory poll it every 100 ms (POLL_MS)
      and serve from their caches; the frontend calls ledgerwriter with its 4 s BACKEND_TIMEOUT. At 10:20 a DBA ran a manual
      VACUUM FULL / column migration on the transactions table during business hours; the ACCESS EXCLUSIVE lock cancels the running
      autovacuum (the only trace in the database log, "canceling autovacuum task" for postgresdb.public.transactions) and every
      insert and poll query waits behind it. Postgres stays Running and Ready and keeps checkpointing; log_lock_waits is off, so
      nothing else is logged there. The first ten inserts hold ledgerwriter's whole pool, then every request fails after 30 s with
      "HikariPool-1 - Connection is not available, request timed out after 30000ms." and LedgerWriterController's misleading
      bare "Failed to retrieve account balance" (its catch of CannotCreateTransactionException); the frontend logs read timeouts to
      ledgerwriter. Balances and history still render from the readers' caches (their poll threads are blocked, silent). A
      careful engineer concludes the shared ledger database is not answering (dependency-down on ledger-db); a healthy userservice
      rollout an hour and a half earlier is a decoy, and the description points at the frontend.
    `,
    workloads: {
      userservice: { rollout: { at: -95 } },
    },
    events: [
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% from 0 to 1', first: -95 },
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set userservice-%OLD% from 1 to 0', first: -94 },
    ],
    logs: {
      'ledger-db#0/postgres': [
        pg(-60 * 24 * 12, 1, 'LOG:  starting PostgreSQL 16.4 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit'),
        pg(-60 * 24 * 12, 1, 'LOG:  listening on IPv4 address "0.0.0.0", port 5432'),
        pg(-60 * 24 * 12 + 0.01, 1, 'LOG:  database system is ready to accept connections'),
        ...checkpoint(-57, 41),
        ...checkpoint(-52, 38),
        ...checkpoint(-47, 44),
        ...checkpoint(-42, 36),
        ...checkpoint(-37, 40),
        ...checkpoint(-32, 39),
        ...checkpoint(-27, 42),
        pg(-20.6, 4188, 'ERROR:  canceling autovacuum task'),
        pg(-20.6, 4188, 'CONTEXT:  while scanning block 18012 of relation "public.transactions"'),
        pg(-20.6, 4188, '	automatic vacuum of table "postgresdb.public.transactions"'),
        ...checkpoint(-17, 7),
        ...checkpoint(-12, 3),
        ...checkpoint(-7, 2),
        ...checkpoint(-2, 2),
      ],
      'ledgerwriter#0/ledgerwriter': ledgerwriterLines,
      'frontend#0/front': frontendLines,
      'balancereader#0/balancereader': [
        jlog(T, -60 * 24 * 4, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 21.384 seconds (JVM running for 23.17)'),
        jlog(T, -60 * 24 * 4 + 0.5, 'INFO', 'run', 'Initialized LedgerReader: loaded 40892 transactions'),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, -60 * 24 * 4, 'INFO', 'logStarted', 'Started TransactionHistoryApplication in 22.901 seconds (JVM running for 24.66)'),
      ],
      'userservice#0/userservice': [
        plog(T, -94.6, 'INFO', '<module>', 'Starting userservice.'),
        plog(T, -30.2, 'INFO', 'login', 'Login successful.'),
        plog(T, -12.4, 'INFO', 'login', 'Login successful.'),
        plog(T, -3.1, 'INFO', 'login', 'Login successful.'),
      ],
    },
  }),
];
