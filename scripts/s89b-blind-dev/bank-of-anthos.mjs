// Blind dev batch s89b (Bank of Anthos): one scenario, built by scripts/s89b-build.mjs with the kit system definition.
// An orphaned prepared (two-phase) transaction on accounts-db holds an ACCESS EXCLUSIVE lock on users; logins hang.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const INC = '2026-07-08T11:20:00Z';
const T = clock(INC);
const pg = (min, pid, lvl, msg) => `${T.java(min)} UTC [${pid}] ${lvl}:  ${msg}`;
const accountsDb = [
  pg(-60 * 24 * 5, 1, 'LOG', 'database system is ready to accept connections'),
  pg(-60 * 24 * 2, 27, 'LOG', 'checkpoint starting: time'),
  pg(-60 * 24 * 2 + 0.1, 27, 'LOG', 'checkpoint complete: wrote 41 buffers (0.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=4.112 s, sync=0.004 s, total=4.129 s; sync files=12, longest=0.002 s, average=0.001 s; distance=212 kB, estimate=388 kB; lsn=0/1F3A2C8, redo lsn=0/1F3A290'),
  pg(-31.5, 5120, 'LOG', 'statement: PREPARE TRANSACTION \'accounts_migr_0042\''),
  pg(-26.8, 5188, 'LOG', 'process 5188 still waiting for AccessShareLock on relation 16390 of database 16384 after 1000.091 ms'),
  pg(-26.8, 5188, 'DETAIL', 'Process holding the lock: 0. Wait queue: 5188.'),
  pg(-26.8, 5188, 'STATEMENT', 'SELECT users.accountid, users.username, users.passhash, users.firstname, users.lastname, users.birthday, users.timezone, users.address, users.state, users.zip, users.ssn \n\tFROM users \n\tWHERE users.username = \'testuser\''),
  pg(-21.3, 5204, 'LOG', 'process 5204 still waiting for AccessShareLock on relation 16390 of database 16384 after 1000.104 ms'),
  pg(-21.3, 5204, 'DETAIL', 'Process holding the lock: 0. Wait queue: 5188, 5197, 5204.'),
  pg(-13.9, 5231, 'LOG', 'process 5231 still waiting for AccessShareLock on relation 16390 of database 16384 after 1000.087 ms'),
  pg(-13.9, 5231, 'DETAIL', 'Process holding the lock: 0. Wait queue: 5188, 5197, 5204, 5219, 5231.'),
  pg(-6.2, 5266, 'LOG', 'process 5266 still waiting for AccessShareLock on relation 16390 of database 16384 after 1000.112 ms'),
  pg(-6.2, 5266, 'DETAIL', 'Process holding the lock: 0. Wait queue: 5188, 5197, 5204, 5219, 5231, 5248, 5266.'),
  pg(-2.0, 27, 'LOG', 'checkpoint starting: time'),
  pg(-1.9, 27, 'LOG', 'checkpoint complete: wrote 3 buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.303 s, sync=0.002 s, total=0.311 s; sync files=3, longest=0.001 s, average=0.001 s; distance=6 kB, estimate=349 kB; lsn=0/1F3BF10, redo lsn=0/1F3BED8'),
];
const frontend = [];
for (const m of [-26.5, -22.9, -19.4, -15.1, -11.7, -8.0, -4.4, -0.9])
  frontend.push(plog(T, m, 'ERROR', 'login', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Read timed out. (read timeout=4)"));
frontend.splice(2, 0, plog(T, -20.2, 'INFO', 'home', 'Displaying home.'), plog(T, -20.1, 'ERROR', 'home', "Couldn't retrieve contacts: HTTPConnectionPool(host='contacts', port=8080): Read timed out. (read timeout=4)"));
const userservice = [
  plog(T, -60 * 24 * 5 + 1, 'INFO', 'create_app', 'Starting userservice.'),
  plog(T, -27.0, 'INFO', 'login', 'Getting user data.'),
  plog(T, -23.4, 'INFO', 'login', 'Getting user data.'),
  plog(T, -15.6, 'INFO', 'login', 'Getting user data.'),
  plog(T, -8.5, 'INFO', 'login', 'Getting user data.'),
  plog(T, -1.2, 'INFO', 'login', 'Getting user data.'),
];
const contacts = [
  plog(T, -60 * 24 * 5 + 1, 'INFO', 'create_app', 'Starting contacts service.'),
  plog(T, -20.3, 'INFO', 'get_contacts', 'Retrieving contacts.'),
];
const ledgerwriterOld = [
  plog(T, -60 * 24 * 3, 'INFO', 'submitTransaction', 'Received transaction request.'),
];

export const scenarios = [
  withDefaults({
    folder: 's89b-accountsdb-orphaned-prepared-txn',
    incidentTime: INC,
    description: 'bank app login spinning then "Error logging in" since about 10:50. balances/transfers for already logged-in users seem ok?',
    expected: { component: 'accounts-db', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Bank of Anthos kubernetes-manifests at d0af047 (accounts-db StatefulSet, postgres-based image; userservice and contacts reach it through
      ACCOUNTS_DB_URI from accounts-db-config; frontend calls them with a 4 s BACKEND_TIMEOUT). Fault follows the PostgreSQL documentation on
      PREPARE TRANSACTION ("it is unwise to leave transactions in the prepared state for a long time ... it holds locks") and public write-ups on
      orphaned prepared transactions: a schema-migration tool run with max_prepared_transactions > 0 issued PREPARE TRANSACTION after an
      ALTER TABLE users and crashed before COMMIT PREPARED. The prepared transaction has no backend (pg_locks shows pid 0, not visible in
      pg_stat_activity as a session), keeps the ACCESS EXCLUSIVE lock on users, and every SELECT on users queues behind it (log_lock_waits).
      accounts-db is Running and Ready, nothing restarts; userservice's gunicorn threads block in psycopg2, the frontend's login and contacts
      calls time out and it is the loud one. Transfers and balances (ledger-db side) keep working.
      Decoy: ledgerwriter had an unrelated benign restart 3 days ago.
      Deviations from upstream: max_prepared_transactions and log_lock_waits set on accounts-db (upstream defaults are 0 and off); the migration
      tool is invented.`,
    workloads: {
      ledgerwriter: { since: -60 * 24 * 3 },
    },
    events: [],
    logs: {
      'accounts-db#0/accounts-db': accountsDb,
      'frontend#0/front': frontend,
      'userservice#0/userservice': userservice,
      'contacts#0/contacts': contacts,
      'ledgerwriter#0/ledgerwriter': ledgerwriterOld,
    },
  }),
];
