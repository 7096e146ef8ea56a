// Blind dev batch s99a: one Bank of Anthos scenario (accounts-db given statement_timeout = 1, read as milliseconds).
// Kit system scripts/kit-systems/bank-of-anthos.mjs with its withDefaults and log helper; written blind.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog, jlog } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const T = clock('2026-05-13T16:22:00Z');
const qc = 'psycopg2.errors.QueryCanceled: canceling statement due to statement timeout';
export const scenarios = [
  withDefaults({
    folder: 's99a-accounts-db-statement-timeout-ms',
    incidentTime: '2026-05-13T16:22:00Z',
    description: 'logins failing on and off for the last 30 min, contacts page empty for some users. payments team says ledger is fine',
    expected: { component: 'accounts-db', cause: 'config-error' },
    alsoAcceptable: [{ component: 'accounts-db', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'team-name'],
    grounding: `
      accounts-db (postgres StatefulSet, bank-of-anthos kubernetes-manifests v0.6.x) answers with a role setting a DBA applied at
      15:50 ("ALTER ROLE \\"accounts-admin\\" SET statement_timeout = 1", meant as one second): PostgreSQL reads an integer
      statement_timeout without unit as milliseconds (docs, runtime-config-client), so any statement over 1 ms on a new session is
      cancelled with SQLSTATE 57014. The server stays up and Ready, logs ERROR lines per cancel; userservice and contacts
      (SQLAlchemy + psycopg2) log QueryCanceled tracebacks and answer 500, the frontend logs "Error logging in" louder.
      No restart, no rollout. Deviation from upstream: the ALTER ROLE is the fault; nothing in the manifests changes.`,
    workloads: {},
    logs: {
      'accounts-db#0/accounts-db': [
        `${T.java(-32).slice(0, 19)}.412 UTC [8841] LOG:  statement: ALTER ROLE "accounts-admin" SET statement_timeout = 1;`,
        ...[-27, -21, -15, -9, -4, -2].flatMap((m) => [
          `${T.java(m).slice(0, 19)}.118 UTC [${9000 + m * -7}] ERROR:  canceling statement due to statement timeout`,
          `${T.java(m).slice(0, 19)}.118 UTC [${9000 + m * -7}] STATEMENT:  SELECT users.accountid, users.username, users.passhash, users.firstname, users.lastname FROM users WHERE users.username = 'testuser'`,
        ]),
        `${T.java(-10).slice(0, 19)}.771 UTC [27] LOG:  checkpoint starting: time`,
        `${T.java(-10).slice(0, 19)}.902 UTC [27] LOG:  checkpoint complete: wrote 3 buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.104 s, sync=0.003 s, total=0.131 s; distance=8 kB, estimate=12 kB`,
      ],
      'userservice#0/userservice': [
        ...[-27, -21, -15, -9, -4, -2].flatMap((m) => [
          plog(T, m, 'INFO', 'login', 'Getting user data.'),
          plog(T, m, 'ERROR', 'login', `Error logging in: (${qc}`),
          '',
          '[SQL: SELECT users.accountid, users.username, users.passhash, users.firstname, users.lastname, users.birthday, users.timezone, users.address, users.state, users.zip, users.ssn FROM users WHERE users.username = %(username_1)s]',
          "[parameters: {'username_1': 'testuser'}]",
          '(Background on this error at: https://sqlalche.me/e/14/e3q8))',
        ]),
        plog(T, -6, 'INFO', 'login', 'Getting user data.'),
        plog(T, -6, 'INFO', 'login', 'Login Successful.'),
      ],
      'contacts#0/contacts': [
        plog(T, -18, 'INFO', 'get_contacts', 'Getting contacts for user.'),
        plog(T, -18, 'ERROR', 'get_contacts', `Error retrieving contacts list: (${qc}`),
        plog(T, -5, 'INFO', 'get_contacts', 'Getting contacts for user.'),
        plog(T, -5, 'ERROR', 'get_contacts', `Error retrieving contacts list: (${qc}`),
      ],
      'frontend#0/front': [
        ...[-27, -21, -15, -9, -4, -2].flatMap((m) => [
          plog(T, m, 'INFO', 'login', 'Logging in.'),
          plog(T, m, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'),
        ]),
        plog(T, -6, 'INFO', 'login', 'Login successful.'),
        plog(T, -5, 'ERROR', 'home', 'Couldn\'t retrieve contacts: 500 Server Error: INTERNAL SERVER ERROR for url: http://contacts:8080/contacts/testuser'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -7, 'INFO', 'getBalance', 'Balance for 1011226111 retrieved'),
      ],
    },
  }),
];
