// Batch s63a (blind dev): one Bank of Anthos scenario for the scenario kit — ledger-db told to wait for a synchronous
// standby that does not exist (synchronous_standby_names via ALTER SYSTEM): every COMMIT hangs, reads keep working.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const INCIDENT = '2026-07-21T11:05:00Z';
const T = clock(INCIDENT);
const RELOAD = -31; // 10:34:00
const BOOT = -60 * 24 * 8;
const pg = (min, lvl, msg, pid = 1) => `${T.java(min)} UTC [${pid}] ${lvl}:  ${msg}`;

// Transfers and deposits, one every ~25 s (loadgenerator's 5 users plus people).
const tx = [];
for (let m = -58, i = 0; m < -0.1; m += 0.42, i++) tx.push({ m, kind: i % 5 === 3 ? 'deposit' : 'payment', acct: ['1011226111', '1033623433', '1055757655', '1077441377'][i % 4] });

function ledgerwriterLog() {
  const L = [];
  let hung = 0;
  for (const t of tx) {
    if (t.m < RELOAD) {
      L.push(jlog(T, t.m + 0.01, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
    } else if (hung < 10) {
      hung++; // holds one of HikariCP's 10 connections, waiting in COMMIT for the synchronous standby
    } else {
      const at = t.m + 0.5; // 30 s connectionTimeout
      L.push(
        jlog(T, at, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: null'),
        jlog(T, at, 'ERROR', 'logExceptions', `HikariPool-1 - Connection is not available, request timed out after 30001ms (total=10, active=10, idle=0, waiting=${1 + (Math.round(-t.m * 7) % 3)})`),
        jlog(T, at, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'),
      );
    }
  }
  return L.filter((l) => l.slice(15, 34) < T.java(0).slice(0, 19));
}

function frontendLog() {
  const L = [];
  for (const t of tx) {
    if (t.m < RELOAD) {
      L.push(plog(T, t.m + 0.012, 'INFO', t.kind, t.kind === 'payment' ? 'Payment initiated successfully.' : 'Deposit submitted successfully.'));
    } else {
      L.push(plog(T, t.m + 4 / 60 + 0.002, 'ERROR', t.kind, `Error submitting ${t.kind}: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)`));
    }
    if (Math.round(t.m * 10) % 3 === 0) L.push(plog(T, t.m - 0.3, 'INFO', '_login_helper', 'Successfully logged in.'));
  }
  return L.sort((a, b) => a.slice(15, 34).localeCompare(b.slice(15, 34)));
}

function userserviceLog() {
  return tx.filter((t) => Math.round(t.m * 10) % 3 === 0).map((t) => plog(T, t.m - 0.302, 'INFO', 'login', 'Login Successful.'));
}

function ledgerDbLog() {
  const L = [
    pg(BOOT + 0.2, 'LOG', 'starting PostgreSQL 16.14 on x86_64-pc-linux-musl, compiled by gcc (Alpine 14.2.0) 14.2.0, 64-bit'),
    pg(BOOT + 0.2, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
    pg(BOOT + 0.2, 'LOG', 'listening on IPv6 address "::", port 5432'),
    pg(BOOT + 0.2, 'LOG', 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"'),
    pg(BOOT + 0.21, 'LOG', 'database system was shut down at ' + T.java(BOOT + 0.19).slice(0, 19) + ' UTC', 62),
    pg(BOOT + 0.21, 'LOG', 'database system is ready to accept connections'),
  ];
  let lsn = 0x1f3a248;
  // Checkpoints run while WAL is written: after the reload only the ten hung commits' records, then nothing.
  for (let m = -60; m < RELOAD + 5; m += 5) {
    const w = m < RELOAD ? 38 + (Math.round(-m) % 17) : 6;
    L.push(pg(m, 'LOG', 'checkpoint starting: time', 59));
    lsn += w * 3100;
    const hex = lsn.toString(16).toUpperCase();
    L.push(pg(m + 0.07, 'LOG', `checkpoint complete: wrote ${w} buffers (${((w / 16384) * 100).toFixed(1)}%); 0 WAL file(s) added, 0 removed, 0 recycled; write=${(w * 0.101).toFixed(3)} s, sync=0.004 s, total=${(w * 0.101 + 0.012).toFixed(3)} s; sync files=${Math.min(12, 3 + (w % 9))}, longest=0.002 s, average=0.001 s; distance=${w * 3} kB, estimate=${w * 3 + 14} kB; lsn=0/${hex}, redo lsn=0/${(lsn - 0x48).toString(16).toUpperCase()}`, 59));
    if (m < RELOAD && m + 5 >= RELOAD) {
      L.push(pg(RELOAD, 'LOG', 'received SIGHUP, reloading configuration files'));
      L.push(pg(RELOAD + 0.0004, 'LOG', 'parameter "synchronous_standby_names" changed to "ledger_replica"'));
    }
  }
  return L.sort((a, b) => a.slice(0, 23).localeCompare(b.slice(0, 23)));
}

export const scenarios = [
  withDefaults({
    folder: 's63a-ledger-sync-commit-wait',
    incidentTime: INCIDENT,
    description: 'BoA: transfers + deposits spin then "Payment failed" since ~10:35. login works, balances and history load fine. ledger team pls look',
    expected: { component: 'ledger-db', cause: 'config-error' },
    alsoAcceptable: [{ component: 'ledger-db', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    workloads: {
      'ledger-db': { since: BOOT },
      ledgerwriter: { since: BOOT },
      frontend: { since: BOOT },
      userservice: { since: BOOT },
      // Decoy: balancereader (JVM -Xmx512m in a 512Mi limit) OOMKilled four days ago, running since.
      balancereader: {
        since: BOOT,
        pods: [{
          containers: {
            balancereader: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 4 + 0.5),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(BOOT + 0.4), finishedAt: T.iso(-60 * 24 * 4) },
            }),
          },
        }],
      },
    },
    logs: {
      'ledger-db#0/postgres': ledgerDbLog(),
      'ledgerwriter#0/ledgerwriter': ledgerwriterLog(),
      'frontend#0/front': frontendLog(),
      'userservice#0/userservice': userserviceLog(),
    },
    grounding: `
      Fault: at 10:34 a DBA preparing a streaming replica for the ledger ran ALTER SYSTEM SET synchronous_standby_names =
      'ledger_replica' and SELECT pg_reload_conf() on ledger-db-0 ahead of the replica, which was never created.
      PostgreSQL accepts the value (no standby is required to exist) and, per its documentation on synchronous
      replication, every COMMIT that wrote WAL then waits for a standby acknowledgement that never comes; read-only
      queries are unaffected. The server log shows only the reload ("received SIGHUP", "parameter
      "synchronous_standby_names" changed to ...", postgres:16 alpine of src/ledger/ledger-db/Dockerfile with the default
      log_line_prefix '%m [%p] ') and ordinary checkpoints; the pod stays Running and Ready (no probes upstream).
      Callers as the code has them: ledgerwriter (LedgerWriterController.addTransaction) saves through Spring Data JPA;
      its first ten inserts hold HikariCP's ten connections forever, later ones fail after the 30 s connection timeout
      with Hibernate's SqlExceptionHelper lines and then the controller's misleading "Failed to retrieve account balance"
      (its catch of CannotCreateTransactionException). The frontend (frontend.py payment/deposit) gives up after
      BACKEND_TIMEOUT=4 s: "Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out.
      (read timeout=4)". balancereader and transactionhistory only read, so balances and history still load, and
      userservice/accounts-db (login) are untouched. Log shapes follow the system's JSON layouts (log4j2.xml,
      logging.conf). Decoy: balancereader OOMKilled four days ago (-Xmx512m in a 512Mi limit), plus ledgerwriter's
      wording that points at the balance lookup. Deviation: the ALTER SYSTEM is this installation's operator action.`,
  }),
];
