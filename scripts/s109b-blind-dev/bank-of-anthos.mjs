// Blind dev batch s109b: Bank of Anthos scenario (an ALTER ROLE ... SET search_path on accounts-db: new sessions of
// userservice and contacts no longer find their tables; pods Ready, logins fail intermittently). Built by scripts/s109b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };
const incidentTime = '2026-04-22T10:41:00Z';
const T = clock(incidentTime);
const pg = (min, pid, lvl, msg) => `${T.java(min).slice(0, 23)} UTC [${pid}] ${lvl}:  ${msg}`;
const dbLog = [
  pg(-60 * 24 * 12, 1, 'LOG', 'database system is ready to accept connections'),
  pg(-31, 48812, 'LOG', 'checkpoint starting: time'),
  pg(-30.6, 48812, 'LOG', 'checkpoint complete: wrote 41 buffers (0.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=4.012 s, sync=0.004 s, total=4.031 s; sync files=12, longest=0.002 s, average=0.001 s; distance=312 kB, estimate=401 kB'),
  ...Array.from({ length: 9 }, (_, i) => [
    pg(-25 + i * 2.7, 51200 + i * 7, 'ERROR', `relation "${i % 3 === 2 ? 'contacts' : 'users'}" does not exist at character ${i % 3 === 2 ? 62 : 137}`),
    pg(-25 + i * 2.7 + 0.0001, 51200 + i * 7, 'STATEMENT', i % 3 === 2
      ? 'SELECT contacts.username, contacts.label, contacts.account_num, contacts.routing_num, contacts.is_external \n\tFROM contacts \n\tWHERE contacts.username = %(username_1)s'
      : 'SELECT users.accountid, users.username, users.passhash, users.firstname, users.lastname, users.birthday, users.timezone, users.address, users.state, users.zip, users.ssn \n\tFROM users \n\tWHERE users.username = %(username_1)s'),
  ]).flat(),
];
const usLog = [
  plog(T, -60 * 24 * 12, 'INFO', 'create_app', 'Starting userservice.'),
  plog(T, -40, 'INFO', 'login', 'Login request received.'),
  plog(T, -40 + 0.01, 'INFO', 'login', 'Login Successful.'),
  ...Array.from({ length: 8 }, (_, i) => [
    plog(T, -24.5 + i * 3, 'INFO', 'login', 'Login request received.'),
    i % 3 === 1
      ? plog(T, -24.5 + i * 3 + 0.01, 'INFO', 'login', 'Login Successful.')
      : plog(T, -24.5 + i * 3 + 0.01, 'ERROR', 'login', `Error logging in: (psycopg2.errors.UndefinedTable) relation "users" does not exist\nLINE 2: FROM users \n             ^\n\n[SQL: SELECT users.accountid, users.username, users.passhash, users.firstname, users.lastname, users.birthday, users.timezone, users.address, users.state, users.zip, users.ssn \nFROM users \nWHERE users.username = %(username_1)s]\n[parameters: {'username_1': 'testuser'}]\n(Background on this error at: https://sqlalche.me/e/14/f405)`),
  ]).flat(),
];
const ctLog = [
  plog(T, -60 * 24 * 12, 'INFO', 'create_app', 'Starting contacts service.'),
  plog(T, -17, 'ERROR', 'get_contacts', 'Error retrieving contacts list: (psycopg2.errors.UndefinedTable) relation "contacts" does not exist'),
  plog(T, -9, 'ERROR', 'get_contacts', 'Error retrieving contacts list: (psycopg2.errors.UndefinedTable) relation "contacts" does not exist'),
];
const feLog = [
  plog(T, -60 * 24 * 12, 'INFO', 'create_app', 'Starting frontend service.'),
  ...Array.from({ length: 7 }, (_, i) => plog(T, -24 + i * 3.2, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos')),
  plog(T, -17, 'ERROR', 'home', 'Couldn\'t retrieve contacts: 500 Server Error: INTERNAL SERVER ERROR for url: http://contacts:8080/contacts/testuser'),
  plog(T, -8, 'INFO', 'home', 'Displaying home.'),
];
const lgLog = [
  `[${T.java(-22).replace('.', ',')}] %POD%/ERROR/locust.user.users: login failed: 302 redirect to /login?msg=Login+Failed`,
  `[${T.java(-13).replace('.', ',')}] %POD%/ERROR/locust.user.users: login failed: 302 redirect to /login?msg=Login+Failed`,
];

export const scenarios = [
  withDefaults({
    folder: 's109b-boa-accounts-db-role-search-path',
    description: 'bank login failing for most ppl since ~10:15 (some get in on retry), contacts list blank. accounts team says userservice hasnt been deployed in 2 weeks',
    incidentTime,
    expected: { component: 'accounts-db', cause: 'config-error' },
    alsoAcceptable: [{ component: 'accounts-db', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Bank of Anthos (d0af047): userservice and contacts (Python, SQLAlchemy over psycopg2) read ACCOUNTS_DB_URI from
      accounts-db-config and query the unqualified tables users and contacts of accounts-db (PostgreSQL, StatefulSet). Fault after
      the PostgreSQL documentation of ALTER ROLE ... SET (a per-role default applied only to sessions that start afterwards) and
      public reports of "relation does not exist" after a search_path change: while preparing an audit schema a DBA ran
      ALTER ROLE "accounts-admin" SET search_path TO audit at about 10:15. Connections already pooled keep public and still work,
      every new session fails, so logins fail most of the time and sometimes succeed. accounts-db stays Ready with no restart; its
      log shows the ERROR/STATEMENT pairs; userservice, contacts and the frontend are louder. Decoy: balancereader was restarted by
      its liveness probe two days ago (old, unrelated). Deviations from upstream: the ALTER ROLE itself, balancereader's restart.`,
    workloads: {
      balancereader: { pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 49 - 0.2) } }) } }] },
    },
    events: [],
    logs: {
      'accounts-db#0/accounts-db': dbLog,
      'userservice#0/userservice': usLog,
      'contacts#0/contacts': ctLog,
      'frontend#0/front': feLog,
      'loadgenerator#0/loadgenerator': lgLog,
    },
  }),
];
