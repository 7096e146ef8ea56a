// Blind held-out batch s72b: one Bank of Anthos scenario (split test) for the scenario kit.
// System: scripts/kit-systems/bank-of-anthos.mjs (kubernetes-manifests/ at d0af047) with its withDefaults and log helper.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-06-03T11:04:00Z';
const T = clock(INC);
const RESTART = -24; // kubectl rollout restart deployment/userservice after the ConfigMap edit
const PGTS = (min) => `${T.java(min)} UTC`;
const L = (min, sev, fn, msg) => jlog(T, min, sev, fn, msg);
const gunicorn = (min, pid) => {
  const ts = `[${T.java(min).slice(0, 19)} +0000]`;
  return [
    `${ts} [1] [INFO] Starting gunicorn 22.0.0`,
    `${ts} [1] [INFO] Listening at: http://0.0.0.0:8080 (1)`,
    `${ts} [1] [INFO] Using worker: gthread`,
    `${ts} [${pid}] [INFO] Booting worker with pid: ${pid}`,
  ];
};
const PGERR = (ip) =>
  `(psycopg2.OperationalError) connection to server at "accounts-db" (${ip}), port 5432 failed: FATAL:  password authentication failed for user "accounts-admin"`;

const userLog = [...gunicorn(RESTART + 0.6, 7), L(RESTART + 0.7, 'INFO', 'create_app', 'Starting userservice.')];
const frontLog = [];
const dbLog = [];
for (let m = RESTART + 1.3, i = 0; m < -0.4; m += 0.9, i++) {
  const user = i % 4 === 0 ? 'alice' : 'testuser';
  userLog.push(L(m + 0.002, 'ERROR', 'login', `Error logging in: ${PGERR('%SVCIP:accounts-db%')}`));
  userLog.push('');
  userLog.push('(Background on this error at: https://sqlalche.me/e/14/e3q8)');
  frontLog.push(L(m + 0.003, 'ERROR', '_login_helper', `Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=${user}&password=bankofanthos`));
  const ts = PGTS(m + 0.002);
  dbLog.push(`${ts} [${4100 + i * 3}] FATAL:  password authentication failed for user "accounts-admin"`);
  dbLog.push(`${ts} [${4100 + i * 3}] DETAIL:  Connection matched file "/var/lib/postgresql/data/pg_hba.conf" line 128: "host all all all scram-sha-256"`);
}
// contacts was not restarted: still connected with the old credentials, serving payees.
const contactsLog = [];
for (let m = -50; m < -0.5; m += 2.6) {
  contactsLog.push(L(m, 'INFO', 'get_contacts', 'Successfully retrieved contacts for user "testuser".'));
}
// Healthy ledger side.
const ledgerLog = [];
for (let m = -40; m < -0.5; m += 3.3) {
  ledgerLog.push(L(m, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
}

export const scenarios = [
  withDefaults({
    folder: 's72b-login-after-db-password-rotation',
    description: 'nobody can log in to online banking since the accounts team config change around 10:40. ppl already logged in can still see payees',
    incidentTime: INC,
    expected: { component: 'userservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'userservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'bad-credentials', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (kubernetes-manifests/ at d0af047): userservice and contacts load ACCOUNTS_DB_URI from the ConfigMap
      accounts-db-config (envFrom); accounts-db is a PostgreSQL StatefulSet whose POSTGRES_PASSWORD is used by the image's
      entrypoint only when it initialises an empty data directory. userservice's /ready answers "ok" without touching the
      database, so its pods stay Ready.
      The fault follows the usual half-done credential rotation: the accounts team edited the password in accounts-db-config and
      ran "kubectl rollout restart deployment/userservice"; the running PostgreSQL still has the old password (no re-init), so every
      /login fails with psycopg2 "password authentication failed" (SQLAlchemy error, sqlalche.me e3q8) and the frontend logs
      500s from userservice; contacts was not restarted and keeps working with the old value. PostgreSQL 16 logs the FATAL with
      the pg_hba.conf line of the docker image ("host all all all scram-sha-256").
      Deviations from upstream: the restart (revision 4) changes nothing in the pod template spec (old and new ReplicaSet templates
      are identical apart from the kubectl.kubernetes.io/restartedAt annotation the build adds); the ConfigMap values are not in the
      snapshot (names and keys only). Decoy: transactionhistory restarted once three days ago (OOMKilled).
    `,
    workloads: {
      userservice: {
        rollout: { at: RESTART, revision: 4, oldReplicas: 0 },
        pods: [{}],
      },
      transactionhistory: {
        pods: [
          {
            containers: {
              transactionhistory: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% to 1', first: RESTART, last: RESTART },
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set userservice-%OLD% to 0 from 1', first: RESTART + 0.4, last: RESTART + 0.4 },
      { on: 'pod:userservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: RESTART + 0.05, last: RESTART + 0.05 },
      { on: 'pod:userservice#0', reason: 'Pulled', fieldPath: 'spec.containers{userservice}', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/userservice:v0.6.10@sha256:d8c4412edc46ab105000f721788b73301651cc43b19cee7e7302739f81882dcc" already present on machine', first: RESTART + 0.1, last: RESTART + 0.1 },
      { on: 'pod:userservice#0', reason: 'Created', fieldPath: 'spec.containers{userservice}', message: 'Created container userservice', first: RESTART + 0.1, last: RESTART + 0.1 },
      { on: 'pod:userservice#0', reason: 'Started', fieldPath: 'spec.containers{userservice}', message: 'Started container userservice', first: RESTART + 0.15, last: RESTART + 0.15 },
    ],
    logs: {
      'userservice#0/userservice': userLog,
      'frontend#0/front': frontLog,
      'accounts-db#0/accounts-db': [
        `${PGTS(-60 * 24 * 9 + 0.4)} [1] LOG:  starting PostgreSQL 16.4 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit`,
        `${PGTS(-60 * 24 * 9 + 0.4)} [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432`,
        `${PGTS(-60 * 24 * 9 + 0.41)} [1] LOG:  database system is ready to accept connections`,
        `${PGTS(-300)} [27] LOG:  checkpoint starting: time`,
        `${PGTS(-299.6)} [27] LOG:  checkpoint complete: wrote 12 buffers (0.1%); 0 WAL file(s) added, 0 removed, 0 recycled; write=1.104 s, sync=0.004 s, total=1.115 s; sync files=9, longest=0.002 s, average=0.001 s; distance=61 kB, estimate=88 kB; lsn=0/1A3F2D8, redo lsn=0/1A3F2A0`,
        ...dbLog,
      ],
      'contacts#0/contacts': contactsLog,
      'ledgerwriter#0/ledgerwriter': ledgerLog,
    },
  }),
];
