// Bank of Anthos spec module of blind dev batch s121b (scripts/s121b-build.mjs): the kit system of
// scripts/kit-systems/bank-of-anthos.mjs and one scenario: accounts-db restarted listening on localhost only.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;
const T = clock('2025-04-02T14:20:00Z');
const pg = (min, lvl, msg) => `${T.java(min)} UTC [1] ${lvl}:  ${msg}`;
const refused = `(psycopg2.OperationalError) connection to server at "accounts-db" (%SVCIP:accounts-db%), port 5432 failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?`;

export const scenarios = [
  withDefaults({
    folder: 's121b-accounts-db-listen-localhost',
    incidentTime: '2025-04-02T14:20:00Z',
    description: 'nobody can log in to the bank demo since lunch (~14:05). balances page for already-logged-in ppl still works. DBA team tuned accounts db earlier',
    expected: { component: 'accounts-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'accounts-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'team-name', 'time-expression', 'partial-name'],
    workloads: {
      'accounts-db': { pods: [{ containers: { 'accounts-db': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-15.5), last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-15.6) } }) } }] },
    },
    events: [
      { on: 'pod:accounts-db#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/accounts-db:v0.6.10" already present on machine', first: -15.6, fieldPath: 'spec.containers{accounts-db}' },
      { on: 'pod:accounts-db#0', reason: 'Created', message: 'Created container accounts-db', first: -15.6, fieldPath: 'spec.containers{accounts-db}' },
      { on: 'pod:accounts-db#0', reason: 'Started', message: 'Started container accounts-db', first: -15.5, fieldPath: 'spec.containers{accounts-db}' },
      { on: 'pod:contacts#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -60 * 24 * 3, last: -60 * 24 * 3, count: 2, fieldPath: 'spec.containers{contacts}' },
    ],
    logs: {
      'accounts-db#0/accounts-db/previous': [
        pg(-60 * 24 * 12, 'LOG', 'database system is ready to accept connections'),
        pg(-22, 'LOG', 'received SIGHUP, reloading configuration files'),
        pg(-22, 'LOG', 'parameter "listen_addresses" cannot be changed without restarting the server'),
        pg(-22, 'LOG', 'configuration file "/var/lib/postgresql/data/postgres/postgresql.auto.conf" contains errors; unaffected changes were applied'),
        pg(-15.7, 'LOG', 'received fast shutdown request'),
        pg(-15.7, 'LOG', 'aborting any active transactions'),
        pg(-15.6, 'LOG', 'database system is shut down'),
      ],
      'accounts-db#0/accounts-db': [
        '',
        'PostgreSQL Database directory appears to contain a database; Skipping initialization',
        '',
        pg(-15.5, 'LOG', 'starting PostgreSQL 14.11 (Debian 14.11-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit'),
        pg(-15.5, 'LOG', 'listening on IPv4 address "127.0.0.1", port 5432'),
        pg(-15.5, 'LOG', 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"'),
        pg(-15.5, 'LOG', 'database system was shut down at ' + T.java(-15.6).slice(0, 19) + ' UTC'),
        pg(-15.5, 'LOG', 'database system is ready to accept connections'),
      ],
      'userservice#0/userservice': [
        jlog(T, -30, 'INFO', 'login', 'Getting JWT token for user testuser'),
        jlog(T, -30, 'INFO', 'login', 'Login successful'),
        jlog(T, -14, 'ERROR', 'login', `Error logging in: ${refused}`),
        jlog(T, -9, 'ERROR', 'create_user', `Error creating new user: ${refused}`),
        jlog(T, -2, 'ERROR', 'login', `Error logging in: ${refused}`),
      ],
      'contacts#0/contacts': [
        jlog(T, -13, 'ERROR', 'get_contacts', `Error retrieving contacts list: ${refused}`),
        jlog(T, -4, 'ERROR', 'get_contacts', `Error retrieving contacts list: ${refused}`),
      ],
      'frontend#0/front': [
        jlog(T, -14, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=...'),
        jlog(T, -4, 'ERROR', 'home', 'Couldn\'t retrieve contacts: 500 Server Error: INTERNAL SERVER ERROR for url: http://contacts:8080/contacts/testuser'),
        jlog(T, -3, 'INFO', 'home', 'Displaying home page for user testuser'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -5, 'INFO', 'getBalance', 'Balance retrieved for account 1011226111'),
      ],
    },
    grounding: `Follows the PostgreSQL behaviour for listen_addresses: an ALTER SYSTEM SET listen_addresses = 'localhost' (written to
      postgresql.auto.conf on the data volume) is not applied on reload ("cannot be changed without restarting the server") and takes
      effect at the next restart; after the container restart the server logs 'listening on IPv4 address "127.0.0.1"' and refuses
      TCP connections on the pod IP, while the pod is Running and Ready (upstream accounts-db has no probes). userservice and
      contacts (Python, psycopg2 via SQLAlchemy) log connection refused; ledger-side services (balancereader, transactionhistory) use
      ledger-db and keep working. Deviations from upstream: the DBA's ALTER SYSTEM and the restart are the fault; the data lives on
      the upstream emptyDir, which survives a container restart; a contacts readiness timeout three days ago is a decoy; Python log
      messages are paraphrased in the upstream "%(funcName)s | %(message)s" JSON layout.`,
  }),
];
