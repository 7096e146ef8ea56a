// Blind held-out batch s68a (split: test): one Bank of Anthos scenario as a compact spec for the scenario kit
// (scripts/s2-scenario-kit.mjs), on scripts/kit-systems/bank-of-anthos.mjs; built by scripts/s68a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const ISTIO = { 'proxy.istio.io/config': '{ "holdApplicationUntilProxyStarts": true }' };
// postgres 16 stderr log (log_line_prefix '%m [%p] ').
const pg = (T, min, pid, level, msg) => `${T.java(min)} UTC [${pid}] ${level}:  ${msg}`;
// gunicorn's own lines go through logging.conf too (funcName of glogging.Logger is "info").
const A = (() => {
  const T = clock('2026-05-19T09:47:00Z');
  const dbErr = (pid) => `(psycopg2.OperationalError) connection to server at "accounts-db" (%SVCIP:accounts-db%), port 5432 failed: FATAL:  password authentication failed for user "accounts-admin"\n\n(Background on this error at: https://sqlalche.me/e/20/e3q8)`;
  const us = [
    plog(T, -23.18, 'INFO', 'info', 'Starting gunicorn 22.0.0'),
    plog(T, -23.18, 'INFO', 'info', 'Listening at: http://0.0.0.0:8080 (1)'),
    plog(T, -23.18, 'INFO', 'info', 'Using worker: gthread'),
    plog(T, -23.17, 'INFO', 'info', 'Booting worker with pid: 7'),
    plog(T, -23.1, 'INFO', 'create_app', 'Starting userservice.'),
  ];
  const fr = [];
  let k = 0;
  for (let m = -21.6; m < -0.3; m += 0.83, k++) {
    if (k % 4 === 3) {
      us.push(plog(T, m, 'ERROR', 'create_user', `Error creating new user: ${dbErr()}`));
      fr.push(plog(T, m + 0.003, 'ERROR', 'signup', 'Error creating user: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/users'));
    } else {
      us.push(plog(T, m, 'ERROR', 'login', `Error logging in: ${dbErr()}`));
      fr.push(plog(T, m + 0.003, 'ERROR', '_login_helper', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'));
    }
    if (k % 3 === 0) fr.push(plog(T, m + 0.2, 'INFO', 'home', 'Displaying home.'));
  }
  const db = [
    pg(T, -60 * 24 * 6 + 0.1, 1, 'LOG', 'starting PostgreSQL 16.4 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit'),
    pg(T, -60 * 24 * 6 + 0.1, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
    pg(T, -60 * 24 * 6 + 0.11, 1, 'LOG', 'database system is ready to accept connections'),
    pg(T, -52.1, 27, 'LOG', 'checkpoint starting: time'),
    pg(T, -52.0, 27, 'LOG', 'checkpoint complete: wrote 4 buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.305 s, sync=0.004 s, total=0.318 s; sync files=3, longest=0.002 s, average=0.002 s; distance=12 kB, estimate=18 kB; lsn=0/1A4F2C8, redo lsn=0/1A4F290'),
  ];
  let pid = 31877;
  for (let m = -21.6; m < -0.3; m += 0.83) {
    db.push(pg(T, m - 0.001, pid, 'FATAL', 'password authentication failed for user "accounts-admin"'));
    db.push(pg(T, m - 0.001, pid, 'DETAIL', 'Connection matched file "/var/lib/postgresql/data/pg_hba.conf" line 128: "host all all all scram-sha-256"'));
    pid += 3;
  }
  db.splice(8, 0, pg(T, -22.1, 27, 'LOG', 'checkpoint starting: time'), pg(T, -22.0, 27, 'LOG', 'checkpoint complete: wrote 2 buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.203 s, sync=0.003 s, total=0.214 s; sync files=2, longest=0.002 s, average=0.002 s; distance=6 kB, estimate=17 kB; lsn=0/1A50D10, redo lsn=0/1A50CD8'));
  db.sort((a, b) => a.slice(0, 23).localeCompare(b.slice(0, 23)));
  return withDefaults({
    folder: 's68a-cant-log-in',
    incidentTime: '2026-05-19T09:47:00Z',
    description: 'nobody can log into the bank app since about 9:25, signup is broken too (accounts team?). people who were already logged in can still see balances + contacts',
    expected: { component: 'userservice', cause: 'config-error' },
    difficulty: 'hard',
    traits: ['pods-ready', 'bad-credentials', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Bank of Anthos kubernetes-manifests at d0af047: userservice reads ACCOUNTS_DB_URI from the ConfigMap accounts-db-config through
      envFrom (so only at container start), and its /ready handler returns "ok" without touching the database, so its pod stays Ready.
      Shape: a ConfigMap edit (moving the URI to the Service's FQDN) mangled the password inside ACCOUNTS_DB_URI; accounts-db keeps
      the password it was initialised with (POSTGRES_PASSWORD is only applied by the postgres entrypoint on an empty data
      directory). The accounts team's "kubectl rollout restart deployment/userservice" 24 minutes before the incident made the new
      value live: every login and signup hits SQLAlchemy/psycopg2 "password authentication failed" (logged by login/create_user
      through logging.conf, whose JSON layout does not escape quotes or newlines), the frontend logs the 500 from userservice, and
      accounts-db's postgres log is the loudest component with FATAL/DETAIL pairs — it is working as designed. contacts reads the same
      ConfigMap but was not restarted, so it keeps the old, working value ("contacts still work"); balances come from the ledger side.
      The restart leaves the old and new ReplicaSet pod templates identical (only the Deployment's restartedAt annotation changes).
      Decoy: balancereader was OOM-killed once three days ago. Deviations: ConfigMap values are not part of snapshots (names and keys
      only), so the wrong password is visible only through its effects; the "Starting userservice." line is approximated.
    `,
    workloads: {
      userservice: {
        rollout: { at: -24, oldPatch: { podAnnotations: ISTIO } },
        patch: { podAnnotations: { ...ISTIO, 'kubectl.kubernetes.io/restartedAt': T.iso(-24.1) } },
      },
      balancereader: {
        pods: [{
          created: T.iso(-60 * 24 * 9),
          containers: {
            balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(-60 * 24 * 3) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% to 1', first: -24 },
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set userservice-%OLD% to 0 from 1', first: -22.9 },
      { on: 'pod:userservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -23.5 },
      { on: 'pod:userservice#0', reason: 'Pulled', message: `Container image "${image('userservice')}" already present on machine`, first: -23.22, fieldPath: 'spec.containers{userservice}' },
      { on: 'pod:userservice#0', reason: 'Created', message: 'Created container userservice', first: -23.21, fieldPath: 'spec.containers{userservice}' },
      { on: 'pod:userservice#0', reason: 'Started', message: 'Started container userservice', first: -23.2, fieldPath: 'spec.containers{userservice}' },
    ],
    logs: {
      'userservice#0/userservice': us,
      'frontend#0/front': fr,
      'accounts-db#0/accounts-db': db,
      'contacts#0/contacts': [
        plog(T, -60 * 24 * 7, 'INFO', 'info', 'Starting gunicorn 22.0.0'),
        plog(T, -60 * 24 * 7, 'INFO', 'info', 'Listening at: http://0.0.0.0:8080 (1)'),
        ...Array.from({ length: 12 }, (_, i) => plog(T, -30 + i * 2.5, 'INFO', 'get_contacts', 'Successfully retrieved contacts.')),
      ],
    },
  });
})();

export const scenarios = [A];
