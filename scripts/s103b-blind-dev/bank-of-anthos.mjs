// Blind dev batch s103b (bank-of-anthos): one scenario built by scripts/s103b-build.mjs with the scenario kit.
// accounts-db is up and Ready but its login role's password has passed VALID UNTIL: every new connection is refused.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';
export { system };
const incidentTime = '2026-06-01T00:19:00Z';
const T = clock(incidentTime);
const pg = (m, lvl, msg) => `${T.java(m)} UTC [${4000 + Math.round(-m * 10)}] ${lvl}:  ${msg}`;
const refused = [];
for (let m = -18.5; m < -0.3; m += 1.6) {
  refused.push(pg(m, 'FATAL', 'password authentication failed for user "accounts-admin"'));
  refused.push(pg(m, 'DETAIL', 'User "accounts-admin" has an expired password.\n\tConnection matched pg_hba.conf line 100: "host all all all scram-sha-256"'));
}
const sqlErr = '(psycopg2.OperationalError) connection to server at "accounts-db" (%SVCIP:accounts-db%), port 5432 failed: FATAL:  password authentication failed for user "accounts-admin"';
export const scenarios = [
  withDefaults({
    folder: 's103b-accounts-db-password-expired',
    incidentTime,
    description: 'bank login broken since midnight UTC, "Login Failed" for everyone, already-logged-in sessions still see balances',
    expected: { component: 'accounts-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'accounts-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'bad-credentials', 'time-expression'],
    grounding: `
      Manifest facts (GoogleCloudPlatform/bank-of-anthos kubernetes-manifests): accounts-db is a PostgreSQL StatefulSet without probes;
      userservice and contacts (Python, SQLAlchemy + psycopg2) open connections to it with ACCOUNTS_DB_URI from accounts-db-config,
      user accounts-admin. Fault, after PostgreSQL's documented VALID UNTIL behaviour (CREATE ROLE / ALTER ROLE docs: the password
      stops being valid after that time) and public reports of logins failing at midnight when a DBA-set expiry passed: the role was
      given VALID UNTIL '2026-06-01 00:00:00+00' by a hardening script; from midnight every new connection gets FATAL password
      authentication failed with DETAIL "has an expired password". accounts-db stays Running and Ready; userservice and contacts log
      OperationalError and answer 500, the frontend shows "Login Failed"; balancereader/ledger (ledger-db) still work, so existing
      sessions keep seeing balances. Deviation from upstream: the role attribute (not in the manifests). No Kubernetes Events.
    `,
    workloads: {},
    events: [],
    logs: {
      'accounts-db#0/accounts-db': [
        pg(-60 * 24 * 9 + 0.4, 'LOG', 'starting PostgreSQL 16.4 (Debian 16.4-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit'),
        pg(-60 * 24 * 9 + 0.4, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
        pg(-60 * 24 * 9 + 0.41, 'LOG', 'database system is ready to accept connections'),
        pg(-31, 'LOG', 'checkpoint starting: time'),
        pg(-30.9, 'LOG', 'checkpoint complete: wrote 3 buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.204 s, sync=0.002 s, total=0.213 s; sync files=3, longest=0.001 s, average=0.001 s; distance=12 kB, estimate=40 kB; lsn=0/1A3C2F8, redo lsn=0/1A3C2C0'),
        ...refused,
      ],
      'userservice#0/userservice': [
        jlog(T, -25, 'INFO', 'login', 'Getting user data.'),
        jlog(T, -25, 'INFO', 'login', 'Login Successful.'),
        ...[-18.4, -15.1, -11.6, -8.2, -4.9, -1.7].flatMap((m) => [jlog(T, m, 'INFO', 'login', 'Getting user data.'), jlog(T, m, 'ERROR', 'login', `Error logging in: ${sqlErr}`)]),
      ],
      'contacts#0/contacts': [
        jlog(T, -22, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        ...[-16.9, -10.3, -3.3].map((m) => jlog(T, m, 'ERROR', 'get_contacts', `Error retrieving contacts: ${sqlErr}`)),
      ],
      'frontend#0/front': [
        ...[-18.3, -11.5, -1.6].map((m) => jlog(T, m, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos')),
        jlog(T, -1.0, 'INFO', 'home', 'Displaying home.'),
      ],
      'balancereader#0/balancereader': [jlog(T, -2, 'INFO', 'getBalance', 'Retrieved balance for account 1011226111')],
    },
  }),
];
