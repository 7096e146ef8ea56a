// Blind dev batch s81c: one Bank of Anthos scenario (ledger-db's 64 MiB /dev/shm exhausted by parallel queries),
// built by scripts/s81c-build.mjs with the kit system scripts/kit-systems/bank-of-anthos.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const incidentTime = '2026-03-18T09:31:00Z';
const T = clock(incidentTime);
const pg = (min, pid, level, msg) => `${T.java(min)} UTC [${pid}] ${level}:  ${msg}`;
const SEG = ['/PostgreSQL.2417281935', '/PostgreSQL.1183560127', '/PostgreSQL.3906224413', '/PostgreSQL.775120398'];
const HIST_SQL =
  'select t1_0.transaction_id,t1_0.amount,t1_0.from_acct,t1_0.from_route,t1_0.timestamp,t1_0.to_acct,t1_0.to_route from transactions t1_0 where t1_0.from_acct=$1 and t1_0.from_route=$2 or t1_0.to_acct=$3 and t1_0.to_route=$4 order by t1_0.timestamp desc fetch first $5 rows only';
const BAL_SQL =
  "SELECT (SELECT SUM(AMOUNT) FROM TRANSACTIONS t WHERE (TO_ACCT = $1 AND TO_ROUTE = $2)) - (SELECT COALESCE((SELECT SUM(AMOUNT) FROM TRANSACTIONS t WHERE (FROM_ACCT = $3 AND FROM_ROUTE = $4)), 0))";

// ledger-db (postgres 16): healthy checkpoints, then parallel workers failing to grow their DSM segment in /dev/shm.
const ledgerDb = [];
for (let m = -58; m < -41; m += 5) {
  ledgerDb.push(pg(m, 64, 'LOG', 'checkpoint starting: time'));
  ledgerDb.push(pg(m + 0.9, 64, 'LOG', `checkpoint complete: wrote ${310 + ((m * 7) % 40 + 40)} buffers (1.9%); 0 WAL file(s) added, 0 removed, 1 recycled; write=26.912 s, sync=0.004 s, total=26.933 s; sync files=14, longest=0.002 s, average=0.001 s; distance=2811 kB, estimate=2904 kB; lsn=2/8E1C4F30, redo lsn=2/8D9A0B18`));
}
let pid = 41187;
for (let m = -41.2, k = 0; m < -0.5; m += 1.35, k++) {
  const hist = k % 3 !== 1;
  ledgerDb.push(pg(m, pid, 'ERROR', `could not resize shared memory segment "${SEG[k % 4]}" to ${hist ? 8388608 : 4194304} bytes: No space left on device`));
  ledgerDb.push(pg(m, pid, 'STATEMENT', hist ? HIST_SQL : BAL_SQL));
  ledgerDb.push(pg(m + 0.002, 1, 'LOG', `background worker "parallel worker" (PID ${pid + 1}) exited with exit code 1`));
  if (k % 4 === 0) {
    ledgerDb.push(pg(m + 0.3, 64, 'LOG', 'checkpoint starting: time'));
    ledgerDb.push(pg(m + 0.75, 64, 'LOG', 'checkpoint complete: wrote 402 buffers (2.5%); 0 WAL file(s) added, 0 removed, 1 recycled; write=26.877 s, sync=0.006 s, total=26.901 s; sync files=12, longest=0.003 s, average=0.001 s; distance=3120 kB, estimate=3120 kB; lsn=2/8F0A11C8, redo lsn=2/8E7D2E40'));
  }
  pid += 3;
}

const sqlErr = (min, what) => [
  jlog(T, min, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 53100'),
  jlog(T, min, 'ERROR', 'logExceptions', `ERROR: could not resize shared memory segment "${what}" to 8388608 bytes: No space left on device`),
  jlog(T, min + 0.001, 'ERROR', 'getTransactions', 'Cache error'),
];
const history = [];
for (let m = -40.9, k = 0; m < -0.4; m += 1.35 * 3 / 2, k++) history.push(...sqlErr(m, SEG[k % 4]));

const balance = [];
for (let m = -39.8, k = 0; m < -0.5; m += 4.05, k++) {
  balance.push(jlog(T, m, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 53100'));
  balance.push(jlog(T, m, 'ERROR', 'logExceptions', `ERROR: could not resize shared memory segment "${SEG[(k + 1) % 4]}" to 4194304 bytes: No space left on device`));
  balance.push(jlog(T, m + 0.001, 'ERROR', 'getBalance', 'Cache error'));
}

const writer = [];
for (let m = -30; m < -0.5; m += 3.3) {
  writer.push(jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
}
writer.push(jlog(T, -12.4, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'));
const byTs = (a, b) => (a.slice(0, 36) < b.slice(0, 36) ? -1 : a.slice(0, 36) > b.slice(0, 36) ? 1 : 0);
writer.sort(byTs);

const front = [];
for (let m = -30; m < -0.5; m += 0.9) {
  front.push(jlog(T, m, 'INFO', 'home', 'Displaying home.'));
  if (Math.round(m * 10) % 3 === 0) front.push(jlog(T, m + 0.2, 'INFO', 'login', 'Login Success.'));
}

export const scenarios = [
  withDefaults({
    folder: 's81c-ledger-db-dev-shm-parallel-query',
    incidentTime,
    description:
      'ledger team: txn history blank for a bunch of customers since ~08:50, some balances show $--- too. deposits still go through. nothing restarted',
    expected: { component: 'ledger-db', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
    workloads: {
      contacts: {
        pods: [
          {
            containers: {
              contacts: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 - 12),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 12.2) },
              }),
            },
          },
        ],
      },
    },
    events: [],
    logs: {
      'ledger-db#0/postgres': ledgerDb,
      'transactionhistory#0/transactionhistory': history,
      'balancereader#0/balancereader': balance,
      'ledgerwriter#0/ledgerwriter': writer,
      'frontend#0/front': front,
    },
    grounding: `
      Fault: ledger-db (StatefulSet, container postgres, image built FROM postgres:16.3-alpine per src/ledger/ledger-db/Dockerfile)
      runs with the container runtime's default 64 MiB /dev/shm: the upstream ledger-db.yaml mounts only an emptyDir at
      /var/lib/postgresql/data, no Memory-medium emptyDir on /dev/shm. After 40 days of loadgenerator traffic the transactions
      table is large enough that the planner picks parallel plans for TransactionRepository.findForAccount (transactionhistory)
      and the balance sums (balancereader) on a cache miss; the parallel workers' dynamic shared memory segments no longer fit and
      PostgreSQL fails the query with "could not resize shared memory segment ... No space left on device" (SQLSTATE 53100), the
      well-known docker/Kubernetes postgres /dev/shm failure (docker-library/postgres issue 416, many Kubernetes reports; fix:
      emptyDir medium Memory on /dev/shm or max_parallel_workers_per_gather=0). Pods stay Ready (/ready does not touch the DB),
      accounts already in the Guava caches still load; transactionhistory and balancereader log Hibernate SqlExceptionHelper
      warnings and "Cache error" (TransactionHistoryController returns 500 "cache error"); the frontend's home() treats a non-2xx
      answer as empty without logging, so it stays quiet. Log shapes: log4j2 JSON layout of src/ledger/*/log4j2.xml (%M | %msg),
      postgres default stderr prefix '%m [%p] '. Decoy: contacts OOMKilled three days ago (restartCount 1, Ready since).
      Deviations: the query text follows Hibernate 6 aliasing; data volume and row counts are assumed, not in the manifests.
    `,
  }),
];
