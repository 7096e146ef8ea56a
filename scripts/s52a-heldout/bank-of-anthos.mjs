// Batch s52a (held-out, split: test): one blind Bank of Anthos scenario for the kit (scripts/s2-scenario-kit.mjs), on
// the kit system definition with its withDefaults and log helpers; expected answer fixed before the snapshot was generated.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const I1 = '2026-12-15T10:32:00Z';
const T1 = clock(I1);
const pg = (min, pid, level, msg) => `${T1.java(min)} UTC [${pid}] ${level}:  ${msg}`;
const FAULT = -26;

const frontend = [];
const lw = [];
for (let i = 0, m = -45; m < -0.3; m += 0.85, i++) {
  const acct = ['1011226111', '1033623433', '1055757655', '1077441377'][i % 4];
  const kind = i % 3 === 0 ? 'deposit' : 'payment';
  if (m < FAULT) {
    frontend.push(jlog(T1, m, 'INFO', kind, kind === 'deposit' ? `Deposit submitted: ${acct}` : `Payment initiated: ${acct}`));
    lw.push(jlog(T1, m - 0.01, 'INFO', 'addTransaction', `Submitted transaction successfully`));
  } else {
    frontend.push(jlog(T1, m, 'ERROR', kind, `Error submitting ${kind}: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)`));
    if (m > FAULT + 0.6)
      lw.push(jlog(T1, m - 0.02, 'ERROR', 'addTransaction', 'Failed to obtain JDBC Connection; nested exception is java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.'));
  }
  if (i % 5 === 0) frontend.push(jlog(T1, m + 0.2, 'INFO', 'home', `Displaying home for ${acct}`));
}

export const scenarios = [
  withDefaults({
    folder: 's52a-ledger-db-index-build-lock',
    split: 'test',
    description: 'bank app: deposits and transfers spin and then fail since this morning, balances still load',
    incidentTime: I1,
    expected: { component: 'ledger-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy'],
    grounding: `
      Upstream kubernetes-manifests (v0.6.10): ledger-db is a single postgres StatefulSet behind Service ledger-db:5432;
      ledgerwriter (Spring Boot, HikariCP default pool of 10, JDBC from ledger-db-config) INSERTs into the transactions
      table, balancereader and transactionhistory only SELECT from it; frontend calls ledgerwriter with BACKEND_TIMEOUT 4s
      and logs "Error submitting deposit/payment: ...". None of the readiness probes touch the database. Fault: at ~10:06
      an engineer runs a plain (not CONCURRENTLY) CREATE INDEX on the multi-million-row transactions table from a psql
      session; it takes a SHARE lock for its whole build, so every INSERT waits, ledgerwriter's Hikari connections all
      hang inside ledger-db and new requests fail with "HikariPool-1 - Connection is not available, request timed out after
      30000ms", while SELECTs (balances, history) keep working. Postgres with default settings logs no lock waits; its
      only trace is the index build's WAL volume ("checkpoints are occurring too frequently"). Every pod stays Ready. This
      is the well-known "CREATE INDEX without CONCURRENTLY blocks writes" outage (PostgreSQL docs, many public
      post-mortems). Decoys: loadgenerator restarted two days ago, contacts rolled out yesterday and healthy.
    `,
    workloads: {
      loadgenerator: {
        pods: [
          {
            containers: {
              loadgenerator: cs.restartedRunning({
                restarts: 1,
                startedAt: T1.iso(-60 * 47),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 8), finishedAt: T1.iso(-60 * 47 - 0.1) },
              }),
            },
          },
        ],
      },
      contacts: { rollout: { at: -60 * 21, revision: 5 } },
    },
    events: [],
    logs: {
      'frontend#0/front': frontend,
      'ledgerwriter#0/ledgerwriter': lw,
      'balancereader#0/balancereader': Array.from({ length: 8 }, (_, i) => jlog(T1, -40 + i * 5, 'INFO', 'getBalance', 'Retrieved balance from cache')),
      'transactionhistory#0/transactionhistory': Array.from({ length: 6 }, (_, i) => jlog(T1, -38 + i * 6.5, 'INFO', 'getTransactions', 'Retrieved transaction history from cache')),
      'ledger-db#0/postgres': [
        pg(-60 * 20, 1, 'LOG', 'database system is ready to accept connections'),
        pg(-95, 27, 'LOG', 'checkpoint starting: time'),
        pg(-94.6, 27, 'LOG', 'checkpoint complete: wrote 214 buffers (1.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=21.402 s, sync=0.004 s, total=21.419 s; sync files=38, longest=0.002 s, average=0.001 s; distance=1377 kB, estimate=1502 kB'),
        pg(-25.2, 27, 'LOG', 'checkpoints are occurring too frequently (21 seconds apart)'),
        pg(-25.2, 27, 'HINT', 'Consider increasing the configuration parameter "max_wal_size".'),
        pg(-25.2, 27, 'LOG', 'checkpoint starting: wal'),
        pg(-24.8, 27, 'LOG', 'checkpoint complete: wrote 3961 buffers (24.2%); 0 WAL file(s) added, 0 removed, 33 recycled; write=19.880 s, sync=0.231 s, total=20.322 s; sync files=12, longest=0.118 s, average=0.019 s; distance=540211 kB, estimate=540211 kB'),
        pg(-24.4, 27, 'LOG', 'checkpoints are occurring too frequently (24 seconds apart)'),
        pg(-24.4, 27, 'HINT', 'Consider increasing the configuration parameter "max_wal_size".'),
        pg(-24.4, 27, 'LOG', 'checkpoint starting: wal'),
        pg(-11.6, 27, 'LOG', 'checkpoints are occurring too frequently (26 seconds apart)'),
        pg(-11.6, 27, 'HINT', 'Consider increasing the configuration parameter "max_wal_size".'),
        pg(-11.6, 27, 'LOG', 'checkpoint starting: wal'),
      ],
      'contacts#0/contacts': [
        `{"timestamp": "${T1.java(-60 * 21 + 0.4).slice(0, 19)}", "message": "create_app | Starting contacts service.", "severity": "INFO"}`,
        `{"timestamp": "${T1.java(-14).slice(0, 19)}", "message": "get_contacts | Getting contacts for user.", "severity": "INFO"}`,
      ],
    },
  }),
];
