// Batch s46a held-out scenario for Bank of Anthos (split: test), written blind; built by scripts/s46a-build.mjs with the kit and
// the kit system definition scripts/kit-systems/bank-of-anthos.mjs (withDefaults, ConfigMaps, log helpers).
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-06-23T15:52:00Z');
// postgres' default log_line_prefix '%m [%p] '
const pg = (min, pid, level, msg) => `${T.java(min)} UTC [${pid}] ${level}:  ${msg}`;
const INSERT = 'insert into transactions (amount, from_acct, from_route, timestamp, to_acct, to_route) values ($1, $2, $3, $4, $5, $6)';
const POLL = 'SELECT * FROM TRANSACTIONS WHERE TRANSACTION_ID > $1 ORDER BY TRANSACTION_ID ASC';

const ledgerDb = [
  pg(-40.1, 27, 'LOG', 'checkpoint starting: time'),
  pg(-39.98, 27, 'LOG', 'checkpoint complete: wrote 73 buffers (0.4%); 0 WAL file(s) added, 0 removed, 0 recycled; write=7.204 s, sync=0.006 s, total=7.214 s; sync files=21, longest=0.002 s, average=0.001 s; distance=412 kB, estimate=519 kB; lsn=0/5A3C2E8, redo lsn=0/5A3A1B0'),
  pg(-15.1, 27, 'LOG', 'checkpoint starting: time'),
  pg(-14.98, 27, 'LOG', 'checkpoint complete: wrote 41 buffers (0.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=4.012 s, sync=0.004 s, total=4.021 s; sync files=17, longest=0.002 s, average=0.001 s; distance=236 kB, estimate=490 kB; lsn=0/5A77F10, redo lsn=0/5A75D28'),
];
// 15:41: an ALTER TABLE queues for AccessExclusiveLock behind a long read (pid 7990); every later statement on transactions queues behind it.
const queue = [8123];
const wait = (min, pid, lock, stmt) => {
  queue.push(pid);
  ledgerDb.push(pg(min, pid, 'LOG', `process ${pid} still waiting for ${lock} on relation 16389 of database 16384 after ${(1000 + ((pid * 37) % 90) / 1000).toFixed(3)} ms`));
  ledgerDb.push(pg(min, pid, 'DETAIL', `Process holding the lock: 7990. Wait queue: ${queue.join(', ')}.`));
  ledgerDb.push(pg(min, pid, 'STATEMENT', stmt));
};
ledgerDb.push(pg(-10.9, 8123, 'LOG', 'process 8123 still waiting for AccessExclusiveLock on relation 16389 of database 16384 after 1000.081 ms'));
ledgerDb.push(pg(-10.9, 8123, 'DETAIL', 'Process holding the lock: 7990. Wait queue: 8123.'));
ledgerDb.push(pg(-10.9, 8123, 'STATEMENT', 'ALTER TABLE transactions ADD COLUMN memo VARCHAR(140);'));
wait(-10.897, 112, 'AccessShareLock', POLL); // balancereader's poller
wait(-10.895, 119, 'AccessShareLock', POLL); // transactionhistory's poller
[-10.71, -10.52, -10.2, -9.93, -9.81, -9.44, -9.1, -8.86, -8.47, -8.02].forEach((m, i) => wait(m, 131 + i * 3, 'RowExclusiveLock', INSERT));

const lw = [];
[-38.2, -33.5, -29.1, -24.8, -19.6, -15.9, -12.3].forEach((m) => lw.push(jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully')));
for (let m = -8.4; m < -0.3; m += 0.83) {
  lw.push(jlog(T, m, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: null'));
  lw.push(jlog(T, m, 'ERROR', 'logExceptions', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'));
  lw.push(jlog(T, m, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'));
}

const fe = [];
[-38.2, -29.1, -19.6, -12.3].forEach((m) => fe.push(plog(T, m + 0.01, 'INFO', 'payment', 'Payment initiated successfully.')));
[-33.5, -24.8, -15.9].forEach((m) => fe.push(plog(T, m + 0.01, 'INFO', 'deposit', 'Deposit submitted successfully.')));
let k = 0;
for (let m = -10.6; m < -0.2; m += 0.57, k++) {
  const kind = k % 3 === 2 ? 'deposit' : 'payment';
  fe.push(plog(T, m, 'ERROR', kind, `Error submitting ${kind}: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)`));
}
fe.sort((a, b) => a.slice(15, 34).localeCompare(b.slice(15, 34)));

export const scenarios = [
  withDefaults({
    folder: 's46a-ledger-alter-table-lock-queue',
    split: 'test',
    incidentTime: '2026-06-23T15:52:00Z',
    description: 'customers cant send payments or make deposits since 15:40, spinner then "Payment failed"',
    expected: { component: 'ledger-db', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (bank-of-anthos kubernetes-manifests at d0af047, kit system definition): ledgerwriter, balancereader and
      transactionhistory (Spring Boot, HikariCP default pool of 10, no statement or lock timeout) use ledger-db (postgres, StatefulSet
      ledger-db-0) through ledger-db-config; the frontend calls ledgerwriter with a 4 s backend timeout. Deviation: this team runs
      ledger-db with "-c log_lock_waits=on -c log_min_duration_statement=5000" (container args), a common production setting.
      Fault: the classic Postgres lock-queue outage. An engineer ran "ALTER TABLE transactions ADD COLUMN memo" by hand at 15:41 while an
      analyst's hour-long read (pid 7990) held an AccessShareLock; the ALTER queues for AccessExclusiveLock and every later statement on
      transactions queues behind it: ledger-db logs "still waiting for ... Lock on relation 16389" with the wait queue growing
      (balancereader's and transactionhistory's pollers, then each ledgerwriter INSERT). ledger-db stays Running and Ready (no probes)
      and answers connections, but the ledger cannot be read or written. ledgerwriter's ten connections hang, its pool then times out
      after 30 s (Hibernate SqlExceptionHelper, "HikariPool-1 - Connection is not available"), and its catch block logs the misleading
      "Failed to retrieve account balance" (LedgerWriterController); the frontend logs read timeouts to ledgerwriter. balancereader and
      transactionhistory keep serving stale balances and history from their caches, so they look healthy. Decoy: a contacts rollout
      35 minutes earlier, healthy. Expected: ledger-db, dependency-down (the ledger database is effectively unavailable to its clients).
    `,
    workloads: {
      'ledger-db': {
        containers: { postgres: { args: ['-c', 'log_lock_waits=on', '-c', 'log_min_duration_statement=5000'] } },
      },
      contacts: { rollout: { at: -35, revision: 5, oldReplicas: 0 } },
    },
    events: [
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -35, last: -35 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: -34.6, last: -34.6 },
      { on: 'pod:contacts#0', reason: 'Pulled', message: `Container image "${system.workloads.find((w) => w.name === 'contacts').containers[0].image}" already present on machine`, first: -34.9, last: -34.9 },
      { on: 'pod:contacts#0', reason: 'Started', message: 'Started container contacts', first: -34.9, last: -34.9 },
    ],
    logs: {
      'ledger-db#0/postgres': ledgerDb,
      'ledgerwriter#0/ledgerwriter': lw,
      'frontend#0/front': fe,
    },
  }),
];
