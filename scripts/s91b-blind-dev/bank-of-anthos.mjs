// Blind dev batch s91b: Bank of Anthos scenario (spec for scripts/s2-scenario-kit.mjs).
// accounts-db refuses new connections after a pg_hba.conf edit and reload; its pods stay Ready, callers are loud.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };
const T = clock('2026-05-19T14:31:00Z');
const pg = (min, pid, lvl, msg) => `${T.java(min).slice(0, 19)}.${String(100 + Math.abs(Math.round(min * 37)) % 900)} UTC [${pid}] ${lvl}:  ${msg}`;
const hba = (ip) => `no pg_hba.conf entry for host "${ip}", user "accounts-admin", database "accounts-db", no encryption`;
const dbLog = [
  pg(-60 * 24 * 3, 1, 'LOG', 'starting PostgreSQL 16.4 (Debian 16.4-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit'),
  pg(-60 * 24 * 3, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
  pg(-60 * 24 * 3 + 0.1, 1, 'LOG', 'database system is ready to accept connections'),
  pg(-95, 27, 'LOG', 'checkpoint starting: time'),
  pg(-94.5, 27, 'LOG', 'checkpoint complete: wrote 41 buffers (0.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=4.012 s, sync=0.004 s, total=4.031 s; sync files=12, longest=0.002 s, average=0.001 s; distance=212 kB, estimate=388 kB; lsn=0/1C4F2A8, redo lsn=0/1C4F270'),
  pg(-27, 1, 'LOG', 'received SIGHUP, reloading configuration files'),
  pg(-26.9, 1, 'LOG', 'parameter "log_connections" changed to "on"'),
  pg(-25, 4811, 'LOG', 'connection received: host=%IPOF:userservice#0% port=51822'),
  pg(-25, 4811, 'FATAL', hba('%IPOF:userservice#0%')),
  pg(-18, 5120, 'LOG', 'connection received: host=%IPOF:contacts#0% port=40112'),
  pg(-18, 5120, 'FATAL', hba('%IPOF:contacts#0%')),
  pg(-12, 5390, 'LOG', 'connection received: host=%IPOF:userservice#0% port=52904'),
  pg(-12, 5390, 'FATAL', hba('%IPOF:userservice#0%')),
  pg(-5, 27, 'LOG', 'checkpoint starting: time'),
  pg(-4.6, 27, 'LOG', 'checkpoint complete: wrote 3 buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.302 s, sync=0.002 s, total=0.311 s; sync files=3, longest=0.001 s, average=0.001 s; distance=9 kB, estimate=351 kB; lsn=0/1C51B40, redo lsn=0/1C51B08'),
  pg(-3, 5611, 'LOG', 'connection received: host=%IPOF:userservice#0% port=53318'),
  pg(-3, 5611, 'FATAL', hba('%IPOF:userservice#0%')),
];
const opErr = (ip) => `(psycopg2.OperationalError) connection to server at "accounts-db" (%SVCIP:accounts-db%), port 5432 failed: FATAL:  ${hba(ip)}`;
const userLog = [
  plog(T, -40, 'INFO', 'login', 'Getting the user data.'),
  plog(T, -40, 'INFO', 'login', 'Login Successful.'),
  plog(T, -25, 'INFO', 'login', 'Getting the user data.'),
  plog(T, -25, 'ERROR', 'login', `Error logging in: ${opErr('%PODIP%')}`),
  plog(T, -21, 'INFO', 'create_user', 'Creating new user.'),
  plog(T, -21, 'ERROR', 'create_user', `Error creating new user: ${opErr('%PODIP%')}`),
  plog(T, -12, 'INFO', 'login', 'Getting the user data.'),
  plog(T, -12, 'ERROR', 'login', `Error logging in: ${opErr('%PODIP%')}`),
  plog(T, -3, 'INFO', 'login', 'Getting the user data.'),
  plog(T, -3, 'ERROR', 'login', `Error logging in: ${opErr('%PODIP%')}`),
];
const contactsLog = [
  plog(T, -44, 'INFO', 'get_contacts', 'Getting contacts for user testuser.'),
  plog(T, -30, 'INFO', 'get_contacts', 'Getting contacts for user testuser.'),
  plog(T, -18, 'ERROR', 'get_contacts', `Error retrieving contacts list: ${opErr('%PODIP%')}`),
  plog(T, -9, 'INFO', 'get_contacts', 'Getting contacts for user alice.'),
];
const frontLog = [
  plog(T, -41, 'INFO', 'login', 'Login Successful.'),
  plog(T, -25, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'),
  plog(T, -20, 'INFO', 'home', 'Displaying home.'),
  plog(T, -18, 'ERROR', 'home', 'Couldn\'t retrieve contacts: 500 Server Error: INTERNAL SERVER ERROR for url: http://contacts:8080/contacts/testuser'),
  plog(T, -12, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=jsmith&password=********'),
  plog(T, -8, 'INFO', 'home', 'Displaying home.'),
  plog(T, -3, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'),
];
const balLog = [
  '2026-05-16 02:11:40.412  WARN 1 --- [           main] o.s.b.a.o.j.JpaBaseConfiguration$JpaWebConfiguration : spring.jpa.open-in-view is enabled by default.',
  plog(T, -50, 'INFO', 'getBalance', 'Balance cache hit for account 1011226111.'),
  plog(T, -4, 'INFO', 'getBalance', 'Balance cache hit for account 1011226111.'),
];

export const scenarios = [
  withDefaults({
    folder: 's91b-accounts-db-pg-hba-hostssl-reload',
    description: 'cant log in to online banking since around 14:05 — people already logged in can still see balances, accounts team pls check',
    incidentTime: '2026-05-19T14:31:00Z',
    expected: { component: 'accounts-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'accounts-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'team-name', 'decoy'],
    workloads: {
      balancereader: {
        pods: [{ containers: { balancereader: { state: { running: { startedAt: T.iso(-60 * 24 * 3) } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
      },
    },
    events: [
      { on: 'pod:userservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -60 * 24 * 2, last: -60 * 24 * 2, count: 1 },
    ],
    logs: {
      'accounts-db#0/accounts-db': dbLog,
      'userservice#0/userservice': userLog,
      'contacts#0/contacts': contactsLog,
      'frontend#0/front': frontLog,
      'balancereader#0/balancereader': balLog,
    },
    grounding: `
      Upstream kubernetes-manifests (d0af047): accounts-db is a postgres StatefulSet; userservice and contacts reach it
      through ACCOUNTS_DB_URI (postgresql://accounts-admin:...@accounts-db:5432/accounts-db) from accounts-db-config,
      with SQLAlchemy/psycopg2. Fault: a DBA "require TLS" hardening change replaced the pg_hba.conf line
      "host all all all scram-sha-256" with "hostssl all all 0.0.0.0/0 scram-sha-256" by kubectl exec and ran
      pg_reload_conf() at about 14:04; the server has ssl=off, so every new connection is refused with PostgreSQL's
      real "FATAL: no pg_hba.conf entry for host ..., no encryption" (pg_hba is checked only at connection start, so
      connections already pooled keep working: logged-in users still see data). Deviations from upstream: pg_hba edited
      in the running pod, log_connections turned on in the same reload. Postgres has no probes upstream, so its pod stays
      Ready and never restarts; userservice, contacts and frontend are the loud ones. Decoys: balancereader OOMKilled 3 days
      ago (restartCount 1), an old userservice readiness timeout two days ago.
    `,
  }),
];
