// Blind dev batch s117b: one Bank of Anthos scenario (accounts-db left with CONNECTION LIMIT 0 by a DBA).
// Spec for scripts/s2-scenario-kit.mjs build(); system, withDefaults and jlog from scripts/kit-systems/bank-of-anthos.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';
export { system };
const incidentTime = '2026-05-19T09:25:00Z';
const T = clock(incidentTime);
const pg = (m, pid, msg) => `${T.java(m)} UTC [${pid}] ${msg}`;
const FATAL = 'FATAL:  too many connections for database "accounts-db"';
export const scenarios = [
  withDefaults({
    folder: 's117b-accounts-db-connection-limit-zero',
    description: 'nobody can log in to the bank app since about 9am, existing sessions still work?? accounts team pls look',
    incidentTime,
    expected: { component: 'accounts-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'accounts-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts: userservice and contacts read ACCOUNTS_DB_URI (accounts-db-config) and open a new SQLAlchemy/psycopg2
      connection to the accounts-db PostgreSQL StatefulSet (database "accounts-db"); the frontend calls userservice /login.
      Fault (PostgreSQL documents ALTER DATABASE ... CONNECTION LIMIT; 0 refuses every new non-superuser connection with
      "too many connections for database"): a DBA preparing a migration ran ALTER DATABASE "accounts-db" CONNECTION LIMIT 0 to
      drain the database, then the migration was postponed and the limit was never reset. accounts-db stays Running and Ready
      (no restart, no event); only new connections are refused, so logged-in users with a valid JWT still see balances
      (ledger-db is untouched) while every login, signup and contacts call fails. The callers are loud: userservice's 500s and
      the frontend's "Error logging in". No deviation from the upstream manifests.
    `,
    logs: {
      'accounts-db#0/accounts-db': [
        pg(-60 * 20, 1, 'LOG:  database system is ready to accept connections'),
        pg(-28, 4417, 'LOG:  statement: ALTER DATABASE "accounts-db" CONNECTION LIMIT 0;'),
        pg(-27.2, 4418, FATAL),
        pg(-14.6, 4493, FATAL),
        pg(-6.1, 4530, FATAL),
        pg(-0.8, 4571, FATAL),
      ],
      'userservice#0/userservice': [
        plog(T, -31, 'INFO', 'login', 'login request'),
        plog(T, -31, 'INFO', 'login', 'Login successful'),
        plog(T, -27.2, 'INFO', 'login', 'login request'),
        plog(T, -27.2, 'ERROR', 'login', `(psycopg2.OperationalError) connection to server at "accounts-db" (%IPOF:accounts-db#0%), port 5432 failed: ${FATAL}`),
        plog(T, -14.6, 'INFO', 'login', 'login request'),
        plog(T, -14.6, 'ERROR', 'login', `(psycopg2.OperationalError) connection to server at "accounts-db" (%IPOF:accounts-db#0%), port 5432 failed: ${FATAL}`),
        plog(T, -0.8, 'INFO', 'login', 'login request'),
        plog(T, -0.8, 'ERROR', 'login', `(psycopg2.OperationalError) connection to server at "accounts-db" (%IPOF:accounts-db#0%), port 5432 failed: ${FATAL}`),
      ],
      'contacts#0/contacts': [
        plog(T, -6.1, 'INFO', 'get_contacts', 'Getting contacts.'),
        plog(T, -6.1, 'ERROR', 'get_contacts', `(psycopg2.OperationalError) connection to server at "accounts-db" (%IPOF:accounts-db#0%), port 5432 failed: ${FATAL}`),
      ],
      'frontend#0/front': [
        plog(T, -27.2, 'INFO', 'login', 'Logging in.'),
        plog(T, -27.2, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=****'),
        plog(T, -3.4, 'INFO', 'home', 'Displaying home.'),
        plog(T, -0.8, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=alice&password=****'),
      ],
      'balancereader#0/balancereader': [
        plog(T, -2.0, 'INFO', 'getBalance', 'Balance request for account 1011226111'),
      ],
    },
  }),
];
