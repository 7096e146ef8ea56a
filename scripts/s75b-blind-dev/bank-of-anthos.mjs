// Blind dev batch s75b: one Bank of Anthos scenario for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s75b-build.mjs — accounts-db left in PostgreSQL "smart shutdown" by a `kill 1` meant as a reload.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2025-04-08T11:30:00Z');
const KILL = -47.6; // 10:42:24
const pg = (min, pid, level, msg) => `${T.java(min).slice(0, 23)} UTC [${pid}] ${level}:  ${msg}`;
const FATAL = 'the database system is shutting down';
const psyErr = `(psycopg2.OperationalError) connection to server at "accounts-db" (%SVCIP:accounts-db%), port 5432 failed: FATAL:  ${FATAL}\n\n(Background on this error at: https://sqlalche.me/e/14/e3q8)`;

// minutes at which userservice / contacts needed a new connection (pool grows under concurrent requests)
const LOGIN_FAIL = [-41.2, -36.9, -33.4, -29.8, -26.1, -22.7, -19.5, -16.2, -13.0, -10.4, -7.9, -5.6, -3.3, -1.4];
const CONTACT_FAIL = [-38.5, -31.1, -24.0, -17.3, -11.8, -6.2, -2.2];

const accountsDbLog = [
  pg(-60 * 24 * 9 + 0.3, 1, 'LOG', 'starting PostgreSQL 16.4 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit'),
  pg(-60 * 24 * 9 + 0.3, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
  pg(-60 * 24 * 9 + 0.3, 1, 'LOG', 'listening on IPv6 address "::", port 5432'),
  pg(-60 * 24 * 9 + 0.3, 1, 'LOG', 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"'),
  pg(-60 * 24 * 9 + 0.31, 63, 'LOG', 'database system was shut down at ' + T.java(-60 * 24 * 9 + 0.2).slice(0, 19) + ' UTC'),
  pg(-60 * 24 * 9 + 0.31, 1, 'LOG', 'database system is ready to accept connections'),
  pg(-66.2, 61, 'LOG', 'checkpoint starting: time'),
  pg(-65.9, 61, 'LOG', 'checkpoint complete: wrote 31 buffers (0.2%); 0 WAL file(s) added, 0 removed, 0 recycled; write=3.112 s, sync=0.006 s, total=3.141 s; sync files=14, longest=0.002 s, average=0.001 s; distance=188 kB, estimate=201 kB; lsn=0/3F1A2C8, redo lsn=0/3F19E10'),
  pg(KILL, 1, 'LOG', 'received smart shutdown request'),
  pg(-36.2, 61, 'LOG', 'checkpoint starting: time'),
  pg(-35.9, 61, 'LOG', 'checkpoint complete: wrote 22 buffers (0.1%); 0 WAL file(s) added, 0 removed, 0 recycled; write=2.203 s, sync=0.004 s, total=2.231 s; sync files=9, longest=0.002 s, average=0.001 s; distance=121 kB, estimate=193 kB; lsn=0/3F38A40, redo lsn=0/3F385E8'),
];
[...LOGIN_FAIL, ...CONTACT_FAIL].sort((a, b) => a - b).forEach((m, i) => accountsDbLog.push(pg(m - 0.0005, 5120 + i * 37, 'FATAL', FATAL)));
accountsDbLog.sort((a, b) => a.slice(0, 23).localeCompare(b.slice(0, 23)));

const userLog = [
  plog(T, -60 * 24 * 9 + 0.5, 'INFO', 'create_app', 'Starting userservice.'),
];
const users = ['testuser', 'alice', 'bob', 'eve', 'testuser', 'jmaddox', 'testuser', 'priya.s', 'alice', 'testuser'];
for (let m = -70; m < -0.5; m += 1.9) {
  const fail = LOGIN_FAIL.find((f) => Math.abs(f - m) < 0.95 && m > KILL);
  if (fail) {
    userLog.push(plog(T, fail, 'ERROR', 'login', `Error logging in: ${psyErr}`));
  } else {
    userLog.push(plog(T, m, 'INFO', 'login', 'Login Successful.'));
  }
}
const contactsLog = [plog(T, -60 * 24 * 9 + 0.5, 'INFO', 'create_app', 'Starting contacts service.')];
for (let m = -70; m < -0.5; m += 3.1) {
  const fail = CONTACT_FAIL.find((f) => Math.abs(f - m) < 1.6 && m > KILL);
  if (fail) contactsLog.push(plog(T, fail, 'ERROR', 'get_contacts', `Error retrieving contacts list: ${psyErr}`));
  else contactsLog.push(plog(T, m, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'));
}
const frontLog = [];
for (let m = -70; m < -0.5; m += 1.9) {
  const fail = LOGIN_FAIL.find((f) => Math.abs(f - m) < 0.95 && m > KILL);
  const u = users[Math.abs(Math.round(m * 7)) % users.length];
  if (fail) frontLog.push(plog(T, fail + 0.002, 'ERROR', '_login_helper', `Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=${u}&password=bankofanthos`));
  else {
    frontLog.push(plog(T, m + 0.002, 'INFO', '_login_helper', 'Successfully logged in.'));
    frontLog.push(plog(T, m + 0.01, 'INFO', 'home', 'Displaying home.'));
  }
}
for (const f of CONTACT_FAIL) frontLog.push(plog(T, f + 0.003, 'ERROR', 'home', "Couldn't retrieve contacts: 500 Server Error: INTERNAL SERVER ERROR for url: http://contacts:8080/contacts/testuser"));
frontLog.sort((a, b) => a.slice(15, 34).localeCompare(b.slice(15, 34)));

const jl = (min, sev, method, msg) => plog(T, min, sev, method, msg);
const balanceLog = [
  jl(-60 * 24 * 0 - 118, 'INFO', 'logStartupInfo', 'Started BalanceReaderApplication in 31.84 seconds (JVM running for 34.112)'),
  jl(-117.6, 'INFO', 'startWithCallback', 'Initializing ledger reader...'),
  jl(-117.5, 'INFO', 'processTransactions', 'Processing transactions (count: 1318).'),
  ...Array.from({ length: 10 }, (_, k) => jl(-45 + k * 4.4, 'INFO', 'getBalance', 'Getting balance for account.')),
];

export const scenarios = [
  withDefaults({
    folder: 's75b-accounts-db-smart-shutdown-logins-flaky',
    incidentTime: '2025-04-08T11:30:00Z',
    description: 'login on bank frontend flaky for the last ~45 min, some users get "Login Failed", retry sometimes works. balances/txns fine. accounts team pls look',
    expected: { component: 'accounts-db', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'decoy', 'time-expression', 'team-name'],
    workloads: {
      frontend: {
        pods: [{
          containers: {
            front: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 3 + 0.4),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
        }],
      },
      // decoy: a routine balancereader rollout two hours ago (POLL_MS 100 -> 250), Ready since
      balancereader: {
        rollout: {
          at: -120,
          revision: 4,
          oldContainers: {
            balancereader: {
              env: system.workloads.find((w) => w.name === 'balancereader').containers[0].env,
            },
          },
        },
        containers: {
          balancereader: {
            env: system.workloads.find((w) => w.name === 'balancereader').containers[0].env.map((e) => (e.name === 'POLL_MS' ? { name: 'POLL_MS', value: '250' } : e)),
          },
        },
      },
    },
    events: [],
    logs: {
      'accounts-db#0/accounts-db': accountsDbLog,
      'userservice#0/userservice': userLog,
      'contacts#0/contacts': contactsLog,
      'frontend#0/front': frontLog,
      'balancereader#0/balancereader': balanceLog,
    },
    grounding: `
      Fault: at 10:42 someone ran \`kubectl exec accounts-db-0 -- kill 1\` meaning to make postgres reload an edited setting
      (that is SIGHUP, \`kill -HUP 1\`); plain kill sends SIGTERM, which PostgreSQL treats as Smart Shutdown: "the server
      disallows new connections, but lets existing sessions end their work normally. It shuts down only after all of the
      sessions terminate" (PostgreSQL 16 docs, 19.5 Shutting Down the Server; the docker-library/postgres images set
      STOPSIGNAL SIGINT for exactly this reason). The sessions pooled by userservice and contacts (SQLAlchemy QueuePool,
      create_engine in db.py) never end, so the postmaster (PID 1 of the accounts-db container) stays up in smart
      shutdown indefinitely: the pod is Running and Ready (no probe upstream), never restarts, and its log shows only
      "received smart shutdown request" and one "FATAL: the database system is shutting down" per refused connection.
      Requests served on an already-open pooled connection still work; each one that needs a new connection (concurrency
      above the pool's size, a connection invalidated after an error) fails with psycopg2.OperationalError, so logins and
      the contacts list fail intermittently and the frontend ("Error logging in", "Login Failed") is the loudest.
      ledger-db and the ledger services are unaffected. Decoys: the frontend container's OOMKilled restart three days ago
      (128Mi limit upstream) and a routine balancereader rollout two hours ago (POLL_MS 100 -> 250), both healthy.
      Deviations: accounts-db image based on postgres:16 (alpine) assumed for the log banner; frontend's contacts error
      wording and the userservice "Login Successful." cadence are approximations of frontend.py/userservice.py logging.
    `,
  }),
];
