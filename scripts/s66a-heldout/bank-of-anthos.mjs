// Held-out batch s66a (blind): one Bank of Anthos scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System: scripts/kit-systems/bank-of-anthos.mjs (kubernetes-manifests/ at d0af047) with its withDefaults and log helper.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-04-09T14:05:00Z');
const RESTART = -38; // 13:27 kubectl rollout restart deployment/userservice deployment/contacts
const ISTIO = system.workloads.find((w) => w.name === 'userservice').podAnnotations;
const restarted = { ...ISTIO, 'kubectl.kubernetes.io/restartedAt': T.iso(RESTART - 0.1).replace('Z', '+00:00') };
const pgT = (min) => `${T.java(min)} UTC`;
const authFail = (min, pid) => [
  `${pgT(min)} [${pid}] FATAL:  password authentication failed for user "accounts-admin"`,
  `${pgT(min)} [${pid}] DETAIL:  Connection matched file "/var/lib/postgresql/data/pg_hba.conf" line 128: "host all all all scram-sha-256"`,
];
const sqlaErr = 'ERROR_PREFIX: (psycopg2.OperationalError) connection to server at "accounts-db" (%SVCIP:accounts-db%), port 5432 failed: FATAL:  password authentication failed for user "accounts-admin"\n\n(Background on this error at: https://sqlalche.me/e/14/e3q8)';
const gunicorn = (min) => [
  jlog(T, min, 'INFO', 'start', 'Starting gunicorn 22.0.0'),
  jlog(T, min, 'INFO', 'start', 'Listening at: http://0.0.0.0:8080 (1)'),
  jlog(T, min, 'INFO', 'start', 'Using worker: gthread'),
  jlog(T, min + 0.01, 'INFO', 'spawn_worker', 'Booting worker with pid: 7'),
];

const user = [...gunicorn(RESTART + 0.85)];
const contacts = [...gunicorn(RESTART + 0.86)];
const db = [
  `${pgT(-60 * 24 * 9 + 0.3)} [1] LOG:  starting PostgreSQL 16.4 on x86_64-pc-linux-musl, compiled by gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309, 64-bit`,
  `${pgT(-60 * 24 * 9 + 0.3)} [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432`,
  `${pgT(-60 * 24 * 9 + 0.3)} [1] LOG:  listening on IPv6 address "::", port 5432`,
  `${pgT(-60 * 24 * 9 + 0.3)} [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"`,
  `${pgT(-60 * 24 * 9 + 0.31)} [61] LOG:  database system was shut down at ${pgT(-60 * 24 * 9 + 0.29).slice(0, 19)} UTC`,
  `${pgT(-60 * 24 * 9 + 0.31)} [1] LOG:  database system is ready to accept connections`,
  `${pgT(-60 * 24 * 1 - 112)} [1] LOG:  checkpoint starting: time`,
  `${pgT(-60 * 24 * 1 - 111.6)} [1] LOG:  checkpoint complete: wrote 41 buffers (0.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=4.013 s, sync=0.006 s, total=4.031 s; sync files=12, longest=0.002 s, average=0.001 s; distance=211 kB, estimate=233 kB; lsn=0/1A3C2F8, redo lsn=0/1A3C2C0`,
];
const front = [];
let pid = 2211;
for (let m = RESTART + 1.2; m < -0.4; m += 1.35) {
  const k = Math.round(m * 100);
  if (k % 3 !== 0) {
    db.push(...authFail(m - 0.002, pid++));
    user.push(jlog(T, m - 0.001, 'ERROR', 'login', sqlaErr.replace('ERROR_PREFIX', 'Error logging in')));
    front.push(jlog(T, m, 'ERROR', '_login_helper', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'));
  } else {
    db.push(...authFail(m - 0.002, pid++));
    user.push(jlog(T, m - 0.001, 'ERROR', 'create_user', sqlaErr.replace('ERROR_PREFIX', 'Error creating new user')));
    front.push(jlog(T, m, 'ERROR', 'signup_helper', 'Error creating new user: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/users'));
  }
  if (k % 2 === 0) {
    db.push(...authFail(m + 0.3, pid++));
    contacts.push(jlog(T, m + 0.301, 'ERROR', 'get_contacts', sqlaErr.replace('ERROR_PREFIX', 'Error retrieving contacts list')));
    front.push(jlog(T, m + 0.302, 'ERROR', 'home', 'Error retrieving contacts: 500 Server Error: INTERNAL SERVER ERROR for url: http://contacts:8080/contacts/alice'));
    front.push(jlog(T, m + 0.303, 'INFO', 'home', 'Displaying home.'));
  }
}
const frontLog = [
  jlog(T, -52.3, 'INFO', 'login', 'Successfully logged in.'),
  jlog(T, -52.2, 'INFO', 'home', 'Displaying home.'),
  jlog(T, -45.8, 'INFO', 'home', 'Displaying home.'),
  jlog(T, -41.1, 'INFO', 'login', 'Successfully logged in.'),
  jlog(T, -41.0, 'INFO', 'home', 'Displaying home.'),
  ...front,
];

export const scenarios = [
  withDefaults({
    folder: 's66a-logins-failing-after-accounts-restart',
    incidentTime: '2026-04-09T14:05:00Z',
    description: "customers can't log in to the bank app since ~13:30, login page just says 'Login Failed'. people who were already logged in still see their balance but the contacts/recipient dropdown is empty. #accounts please check",
    expected: { component: 'userservice', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'contacts', cause: 'config-error' },
      { component: 'accounts-db', cause: 'config-error' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'bad-credentials', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifest facts (kubernetes-manifests/ at d0af047): userservice and contacts take ACCOUNTS_DB_URI from the ConfigMap accounts-db-config
      (postgresql://accounts-admin:<password>@accounts-db:5432/accounts-db); the accounts-db StatefulSet takes POSTGRES_USER/POSTGRES_PASSWORD from the same
      ConfigMap. userservice's and contacts' /ready return ok without touching the database, so their pods stay Ready.
      Image fact (docker-library postgres entrypoint): POSTGRES_PASSWORD is applied only when initdb runs on an empty data directory; the running server keeps the
      role's existing scram-sha-256 password.
      Fault (a credential rotation done half-way; the pattern of many "password authentication failed" reports after changing POSTGRES_PASSWORD):
      the accounts team rotated the accounts-admin password in accounts-db-config at about 13:20 and ran kubectl rollout restart on userservice and contacts
      at 13:27, but the database was never changed (accounts-db-0 kept running since its start nine days ago). Every new connection from the restarted pods is
      rejected: accounts-db logs FATAL password authentication failed / DETAIL pg_hba line, userservice logs SQLAlchemy OperationalError on login and signup,
      contacts on its list, the frontend logs 500s for both. Tokens already issued still verify locally, so balances and history keep working.
      The workload that reads the wrong value is userservice (login); contacts reads the same value; fixing it on accounts-db is also a fair answer.
      Decoy: balancereader was OOM-killed two days ago and has been healthy since; the restart itself is a plain rollout restart (templates differ only by
      kubectl.kubernetes.io/restartedAt).
      Deviations from upstream: the ConfigMap's values are not in the snapshot (keys only); log lines use the services' logging.conf JSON layout.
    `,
    workloads: {
      userservice: { patch: { podAnnotations: restarted }, rollout: { at: RESTART, revision: 2, oldPatch: { podAnnotations: ISTIO } } },
      contacts: { patch: { podAnnotations: restarted }, rollout: { at: RESTART, revision: 2, oldPatch: { podAnnotations: ISTIO } } },
      balancereader: {
        pods: [{
          containers: {
            balancereader: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 2 - 17),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(-60 * 24 * 2 - 17.3) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% to 1', first: RESTART, last: RESTART },
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set userservice-%OLD% to 0 from 1', first: RESTART + 1.05, last: RESTART + 1.05 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: RESTART, last: RESTART },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: RESTART + 1.05, last: RESTART + 1.05 },
      ...['userservice', 'contacts'].flatMap((w) => [
        { on: `pod:${w}#0`, reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned bank-of-anthos/%POD% to %NODE%`, first: RESTART + 0.5, last: RESTART + 0.5 },
        { on: `pod:${w}#0`, reason: 'Pulled', message: `Container image "${system.workloads.find((x) => x.name === w).containers[0].image}" already present on machine`, first: RESTART + 0.75, last: RESTART + 0.75, fieldPath: `spec.containers{${w}}` },
        { on: `pod:${w}#0`, reason: 'Created', message: `Created container ${w}`, first: RESTART + 0.78, last: RESTART + 0.78, fieldPath: `spec.containers{${w}}` },
        { on: `pod:${w}#0`, reason: 'Started', message: `Started container ${w}`, first: RESTART + 0.8, last: RESTART + 0.8, fieldPath: `spec.containers{${w}}` },
      ]),
    ],
    logs: {
      'userservice#0/userservice': user,
      'contacts#0/contacts': contacts,
      'accounts-db#0/accounts-db': db,
      'frontend#0/front': frontLog,
    },
  }),
];

/** The kit writes no annotations into ReplicaSet templates or pods; a rollout restart differs exactly there. */
export function post(dir, read, write) {
  const deps = read('deployments.json');
  const rss = read('replicasets.json');
  const pods = read('pods.json');
  for (const rs of rss.items) {
    const owner = rs.metadata.ownerReferences[0].name;
    const dep = deps.items.find((d) => d.metadata.name === owner);
    const ann = dep?.spec.template.metadata.annotations;
    if (!ann) continue;
    const isNew = rs.metadata.annotations['deployment.kubernetes.io/revision'] === dep.metadata.annotations['deployment.kubernetes.io/revision'];
    const own = { ...ann };
    if (!isNew) delete own['kubectl.kubernetes.io/restartedAt'];
    rs.spec.template.metadata.annotations = own;
    for (const p of pods.items) if (p.metadata.ownerReferences[0].uid === rs.metadata.uid) p.metadata.annotations = own;
  }
  write('replicasets.json', rss);
  write('pods.json', pods);
}
