// Blind dev batch s97b, Bank of Anthos: accounts-db refusing new logins of its application role after an access review
// ran ALTER ROLE ... NOLOGIN; pods stay Ready, userservice and contacts are loud. Built by scripts/s97b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };
const I = '2026-05-12T09:47:00Z';
const T = clock(I);
const pg = (min, pid, msg) => `${T.java(min).replace(/\.\d+$/, '')}.${String(Math.abs(Math.round(min * 997)) % 1000).padStart(3, '0')} UTC [${pid}] ${msg}`;
const nologin = (min, pid) => [
  pg(min, pid, 'FATAL:  role "accounts-admin" is not permitted to log in'),
];
const dbLog = [
  pg(-60 * 24 * 9 + 0.2, 1, 'LOG:  starting PostgreSQL 16.4 (Debian 16.4-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit'),
  pg(-60 * 24 * 9 + 0.2, 1, 'LOG:  listening on IPv4 address "0.0.0.0", port 5432'),
  pg(-60 * 24 * 9 + 0.2, 1, 'LOG:  listening on IPv6 address "::", port 5432'),
  pg(-60 * 24 * 9 + 0.2, 1, 'LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"'),
  pg(-60 * 24 * 9 + 0.21, 62, 'LOG:  database system was shut down at ' + T.java(-60 * 24 * 9 + 0.1).slice(0, 19) + ' UTC'),
  pg(-60 * 24 * 9 + 0.21, 1, 'LOG:  database system is ready to accept connections'),
  pg(-64, 60, 'LOG:  checkpoint starting: time'),
  pg(-63.6, 60, 'LOG:  checkpoint complete: wrote 41 buffers (0.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=4.104 s, sync=0.006 s, total=4.121 s; sync files=12, longest=0.003 s, average=0.001 s; distance=188 kB, estimate=412 kB; lsn=0/1C4E2F8, redo lsn=0/1C4E2C0'),
  pg(-34.2, 48811, 'LOG:  statement: ALTER ROLE "accounts-admin" NOLOGIN;'),
  pg(-34.1, 48811, 'LOG:  statement: ALTER ROLE "accounts-admin" VALID UNTIL \'infinity\';'),
  ...[-31.8, -29.4, -27.9, -24.2, -21.6, -18.3, -15.1, -12.7, -9.9, -7.4, -4.8, -2.6, -1.1].flatMap((m, i) => nologin(m, 48930 + i * 17)),
];

const userLog = [
  jlog(T, -60 * 24 * 9 + 0.4, 'INFO', '<module>', 'Starting userservice.'),
  jlog(T, -40, 'INFO', 'login', 'Getting JWT token for user testuser.'),
  jlog(T, -40, 'INFO', 'login', 'Login successful.'),
  jlog(T, -36.5, 'INFO', 'login', 'Getting JWT token for user alice.'),
  jlog(T, -36.5, 'INFO', 'login', 'Login successful.'),
  ...[-31.8, -27.9, -21.6, -15.1, -9.9, -4.8, -1.1].flatMap((m) => [
    jlog(T, m, 'INFO', 'login', 'Getting JWT token for user testuser.'),
    jlog(T, m, 'ERROR', 'login', 'Error validating login: (psycopg2.OperationalError) connection to server at "accounts-db" (%SVCIP:accounts-db%), port 5432 failed: FATAL:  role "accounts-admin" is not permitted to log in\n\n(Background on this error at: https://sqlalche.me/e/20/e3q8)'),
  ]),
];
const contactsLog = [
  jlog(T, -60 * 24 * 9 + 0.4, 'INFO', '<module>', 'Starting contacts service.'),
  jlog(T, -39, 'DEBUG', 'get_contacts', 'Getting contacts for user testuser'),
  ...[-29.4, -24.2, -18.3, -12.7, -7.4, -2.6].flatMap((m) => [
    jlog(T, m, 'ERROR', 'get_contacts', 'Error retrieving contacts list: (psycopg2.OperationalError) connection to server at "accounts-db" (%SVCIP:accounts-db%), port 5432 failed: FATAL:  role "accounts-admin" is not permitted to log in'),
  ]),
];
const frontLog = [
  jlog(T, -60 * 24 * 9 + 0.5, 'INFO', 'create_app', 'Starting frontend service.'),
  jlog(T, -40, 'INFO', 'login', 'Login successful.'),
  jlog(T, -38, 'DEBUG', 'home', 'Displaying home.'),
  ...[-31.8, -27.9, -21.6, -15.1, -9.9, -4.8, -1.1].flatMap((m) => [
    jlog(T, m, 'ERROR', '_login_helper', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'),
  ]),
  ...[-29.4, -18.3, -7.4].flatMap((m) => [
    jlog(T, m, 'ERROR', 'home', 'Couldn\'t retrieve contacts: 500 Server Error: INTERNAL SERVER ERROR for url: http://contacts:8080/contacts/testuser'),
    jlog(T, m, 'DEBUG', 'home', 'Displaying home.'),
  ]),
];
const ledgerLog = [
  jlog(T, -60 * 72 + 2, 'INFO', 'main', 'Started LedgerWriterApplication in 11.214 seconds (process running for 12.503)'),
  jlog(T, -20, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
  jlog(T, -6, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
];

export const scenarios = [
  withDefaults({
    folder: 's97b-accounts-role-nologin',
    description: 'nobody can log in to the bank app since ~09:15, "Login error" page. existing sessions still see balances. accounts team says nothing deployed',
    incidentTime: I,
    expected: { component: 'accounts-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'accounts-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'bad-credentials', 'decoy', 'time-expression', 'team-name'],
    grounding: `Bank of Anthos kubernetes-manifests at d0af047: userservice and contacts connect to accounts-db with ACCOUNTS_DB_URI
      (postgresql://accounts-admin:...@accounts-db:5432/accounts-db from ConfigMap accounts-db-config) through SQLAlchemy; frontend
      calls userservice /login and contacts /contacts/<user>. Fault: an access review (public pattern: roles disabled with
      ALTER ROLE ... NOLOGIN during credential clean-ups, PostgreSQL docs "Role Attributes") disabled the login attribute of
      the application role; PostgreSQL keeps the sessions already open, and refuses every new connection with
      FATAL: role "accounts-admin" is not permitted to log in. accounts-db stays Running and Ready (pg_isready probe does not log in
      as that role), so the callers are the loud ones. Decoy: ledgerwriter's OOMKilled restart three days ago. Deviation from
      upstream: accounts-db logs statements (log_statement=ddl) so the ALTER ROLE shows; the upstream image logs only defaults.`,
    workloads: {
      ledgerwriter: { pods: [{ containers: { ledgerwriter: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 72), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 72 - 0.2) } }) } }] },
    },
    logs: {
      'accounts-db#0/accounts-db': dbLog,
      'userservice#0/userservice': userLog,
      'contacts#0/contacts': contactsLog,
      'frontend#0/front': frontLog,
      'ledgerwriter#0/ledgerwriter': ledgerLog,
    },
  }),
];
