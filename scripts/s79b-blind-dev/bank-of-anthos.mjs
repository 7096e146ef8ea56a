// Blind dev batch s79b, Bank of Anthos: one scenario spec for the kit (scripts/s2-scenario-kit.mjs).
// accounts-db left with default_transaction_read_only = on after a write freeze: signups and new contacts fail, logins work.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const IT = '2026-11-20T16:25:00Z';
const T = clock(IT);
const pg = (min, pid, lvl, msg) => `${T.java(min)} UTC [${pid}] ${lvl}:  ${msg}`;
const RO = 'cannot execute INSERT in a read-only transaction';
const SQLA = `(psycopg2.errors.ReadOnlySqlTransaction) ${RO}`;
const userIns = (acct, user) => `INSERT INTO users (accountid, username, passhash, firstname, lastname, birthday, timezone, address, state, zip, ssn) VALUES ('${acct}', '${user}', '\\x24326224313224...'::bytea, 'Jan', 'Kowalski', '1988-04-02'::date, 'GMT+1', '12 Harbour St', 'NY', '10013', '604-11-2291')`;
// logging.conf's JSON layout does not escape the newlines of str(SQLAlchemyError): one record spans several lines.
const multi = (min, method, msg, sql) => [
  `{"timestamp": "${T.java(min).slice(0, 19)}", "message": "${method} | ${msg}`,
  '',
  `[SQL: ${sql}]`,
  '(Background on this error at: https://sqlalche.me/e/14/2j85)", "severity": "ERROR"}',
];
const USQL = 'INSERT INTO users (accountid, username, passhash, firstname, lastname, birthday, timezone, address, state, zip, ssn) VALUES (%(accountid)s, %(username)s, %(passhash)s, %(firstname)s, %(lastname)s, %(birthday)s, %(timezone)s, %(address)s, %(state)s, %(zip)s, %(ssn)s)';
const CSQL = 'INSERT INTO contacts (username, label, account_num, routing_num, is_external) VALUES (%(username)s, %(label)s, %(account_num)s, %(routing_num)s, %(is_external)s)';
const contactIns = (user, label, acct) => `INSERT INTO contacts (username, label, account_num, routing_num, is_external) VALUES ('${user}', '${label}', '${acct}', '883745000', false)`;

export const scenarios = [
  withDefaults({
    folder: 's79b-accounts-db-read-only',
    incidentTime: IT,
    description: 'new customers cant sign up and "add recipient" fails with an error page since about 15:40. existing logins, balances and transfers are fine. accounts team pls check',
    expected: { component: 'accounts-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'accounts-db', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts (kubernetes-manifests/ at d0af047): accounts-db is a PostgreSQL StatefulSet (no probes) behind Service accounts-db:5432;
      userservice and contacts (Python/Flask, SQLAlchemy + psycopg2) reach it through ACCOUNTS_DB_URI of ConfigMap accounts-db-config.
      userservice writes the users table at signup and reads it at login; contacts inserts into contacts when a recipient is added.
      Fault: 48 minutes before the incident a DBA froze writes for a logical-replication cut-over test with
      \`ALTER SYSTEM SET default_transaction_read_only = on; SELECT pg_reload_conf();\` and did not revert it. The parameter is
      user-settable, so the reload changes the default of every existing pooled session: SELECTs keep working (logins, contact lists),
      every INSERT fails with SQLSTATE 25006 "cannot execute INSERT in a read-only transaction". The database pod stays Running and
      Ready with 0 restarts; its log shows only the reload ("parameter "default_transaction_read_only" changed to "on"") and the failing
      statements. userservice and contacts return 500, the frontend shows the error page. ledger-db and the ledger services are
      untouched, so transfers work. Public sources: PostgreSQL documentation of default_transaction_read_only and ALTER SYSTEM /
      pg_reload_conf, and the common "set the source database read-only before cut-over" step of migration runbooks.
      Decoys: balancereader was restarted by its liveness probe two days ago; frontend had a benign rollout yesterday (LOG_LEVEL debug
      back to info). Deviations from upstream: none in the manifests; the Python error strings follow SQLAlchemy 1.4's format.
    `,
    workloads: {
      balancereader: {
        pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 48 + 0.5), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 48) } }) } }],
      },
      frontend: {
        rollout: {
          at: -60 * 22,
          oldContainers: {
            front: {
              env: system.workloads.find((w) => w.name === 'frontend').containers[0].env.map((e) => (e.name === 'LOG_LEVEL' ? { name: 'LOG_LEVEL', value: 'debug' } : e)),
            },
          },
        },
      },
    },
    events: [],
    logs: {
      'accounts-db#0/accounts-db': [
        pg(-60 * 24 * 7, 1, 'LOG', 'starting PostgreSQL 16.4 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit'),
        pg(-60 * 24 * 7, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
        pg(-60 * 24 * 7, 1, 'LOG', 'listening on IPv6 address "::", port 5432'),
        pg(-60 * 24 * 7, 1, 'LOG', 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"'),
        pg(-60 * 24 * 7, 58, 'LOG', 'database system was shut down at ' + T.java(-60 * 24 * 7 - 0.2) + ' UTC'),
        pg(-60 * 24 * 7, 1, 'LOG', 'database system is ready to accept connections'),
        pg(-60 * 24 * 3, 56, 'LOG', 'checkpoint starting: time'),
        pg(-60 * 24 * 3 + 0.1, 56, 'LOG', 'checkpoint complete: wrote 41 buffers (0.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=4.012 s, sync=0.011 s, total=4.040 s; sync files=12, longest=0.004 s, average=0.001 s; distance=212 kB, estimate=230 kB; lsn=0/1E3A2B8, redo lsn=0/1E3A280'),
        pg(-48.2, 1, 'LOG', 'received SIGHUP, reloading configuration files'),
        pg(-48.2, 1, 'LOG', 'parameter "default_transaction_read_only" changed to "on"'),
        pg(-44.6, 4187, 'ERROR', RO),
        pg(-44.6, 4187, 'STATEMENT', userIns('7204855541', 'jkowalski')),
        pg(-37.1, 4190, 'ERROR', RO),
        pg(-37.1, 4190, 'STATEMENT', contactIns('testuser', 'Landlord', '9931045522')),
        pg(-21.4, 4187, 'ERROR', RO),
        pg(-21.4, 4187, 'STATEMENT', userIns('3318094476', 'amena.h')),
        pg(-6.2, 4191, 'ERROR', RO),
        pg(-6.2, 4191, 'STATEMENT', contactIns('alice', 'Mom', '2040017781')),
      ],
      'userservice#0/userservice': [
        plog(T, -60, 'INFO', 'login', 'Login Successful.'),
        plog(T, -44.6, 'INFO', 'create_user', 'Creating new user.'),
        ...multi(-44.6, 'create_user', `Error creating new user: ${SQLA}`, USQL),
        plog(T, -30, 'INFO', 'login', 'Login Successful.'),
        plog(T, -21.4, 'INFO', 'create_user', 'Creating new user.'),
        ...multi(-21.4, 'create_user', `Error creating new user: ${SQLA}`, USQL),
        plog(T, -3, 'INFO', 'login', 'Login Successful.'),
      ],
      'contacts#0/contacts': [
        plog(T, -50, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        ...multi(-37.1, 'add_contact', `Error creating new contact: ${SQLA}`, CSQL),
        plog(T, -15, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        ...multi(-6.2, 'add_contact', `Error creating new contact: ${SQLA}`, CSQL),
      ],
      'frontend#0/front': [
        plog(T, -60, 'INFO', 'login', 'Successfully logged in.'),
        plog(T, -44.6, 'ERROR', 'signup', 'Error creating new user: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/users'),
        plog(T, -37.1, 'ERROR', 'add_contact', 'Error adding contact: 500 Server Error: INTERNAL SERVER ERROR for url: http://contacts:8080/contacts/testuser'),
        plog(T, -25, 'INFO', 'payment', 'Payment initiated successfully.'),
        plog(T, -21.4, 'ERROR', 'signup', 'Error creating new user: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/users'),
        plog(T, -6.2, 'ERROR', 'add_contact', 'Error adding contact: 500 Server Error: INTERNAL SERVER ERROR for url: http://contacts:8080/contacts/alice'),
        plog(T, -2, 'INFO', 'home', 'Displaying home.'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        plog(T, -25, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        plog(T, -9, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      ],
    },
  }),
];
void image;
