// Batch s44b held-out scenario for Bank of Anthos (split: test), written blind: one incident as a kit spec.
// System: scripts/kit-systems/bank-of-anthos.mjs (upstream kubernetes-manifests/ at d0af047) with its withDefaults and log helper.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const INC = '2026-05-12T10:41:00Z';
const T = clock(INC);
const ISTIO = { 'proxy.istio.io/config': '{ "holdApplicationUntilProxyStarts": true }' };
const restarted = { ...ISTIO, 'kubectl.kubernetes.io/restartedAt': T.iso(-24) };
const BAD_HOST = 'accounts-db.bankofanthos.svc.cluster.local';
const dnsErr = `(psycopg2.OperationalError) could not translate host name "${BAD_HOST}" to address: Name or service not known (Background on this error at: https://sqlalche.me/e/14/e3q8)`;
const gunicorn = (min, msg) => `[${T.java(min).replace(/\.\d+$/, '')} +0000] [1] [INFO] ${msg}`;

const FOLDER = 's44b-accounts-db-uri-fqdn-typo';

// userservice: every login and signup since the restart fails resolving the new host.
const userLogs = [
  gunicorn(-23.6, 'Starting gunicorn 20.1.0'),
  gunicorn(-23.6, 'Listening at: http://0.0.0.0:8080 (1)'),
  gunicorn(-23.6, 'Using worker: gthread'),
  gunicorn(-23.5, 'Booting worker with pid: 8'),
  jlog(T, -23.4, 'INFO', 'create_app', 'Starting userservice.'),
  jlog(T, -23.4, 'INFO', 'create_app', 'Tracing enabled.'),
];
for (let m = -22.8; m < -0.2; m += 1.37) {
  userLogs.push(jlog(T, m, 'ERROR', 'login', `Error logging in: ${dnsErr}`));
  if (Math.round(m * 10) % 4 === 0) userLogs.push(jlog(T, m + 0.4, 'ERROR', 'create_user', `Error creating new user: ${dnsErr}`));
}
const contactsLogs = [
  gunicorn(-23.1, 'Starting gunicorn 20.1.0'),
  gunicorn(-23.1, 'Listening at: http://0.0.0.0:8080 (1)'),
  jlog(T, -23.0, 'INFO', 'create_app', 'Starting contacts service.'),
];
for (let m = -21.9; m < -0.5; m += 2.9) contactsLogs.push(jlog(T, m, 'ERROR', 'get_contacts', `Error retrieving contacts list: ${dnsErr}`));
const frontLogs = [];
for (let m = -22.7; m < -0.2; m += 1.37) {
  frontLogs.push(jlog(T, m, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'));
  if (Math.round(m * 10) % 3 === 0) frontLogs.push(jlog(T, m + 0.2, 'INFO', 'login_page', 'Login page requested.'));
}
for (let m = -21.8; m < -0.5; m += 2.9) frontLogs.push(jlog(T, m, 'ERROR', 'home', 'Couldn\'t retrieve contacts: 500 Server Error: INTERNAL SERVER ERROR for url: http://contacts:8080/contacts/alice'));
frontLogs.sort();

const balanceLogs = [];
for (let m = -20; m < 0; m += 4) balanceLogs.push(jlog(T, m, 'INFO', 'getBalance', 'Balance cache hit for account 1011226111'));
const ledgerWriterLogs = [jlog(T, -35, 'INFO', 'addTransaction', 'Submitted transaction successfully'), jlog(T, -31, 'INFO', 'addTransaction', 'Submitted transaction successfully')];
const accountsDbLogs = [
  `${T.java(-60 * 24 * 3).slice(0, 19)}.118 UTC [1] LOG:  database system is ready to accept connections`,
  `${T.java(-60 * 3).slice(0, 19)}.402 UTC [27] LOG:  checkpoint starting: time`,
  `${T.java(-60 * 3 + 0.1).slice(0, 19)}.911 UTC [27] LOG:  checkpoint complete: wrote 14 buffers (0.1%); 0 WAL file(s) added, 0 removed, 0 recycled; write=1.309 s, sync=0.004 s, total=1.322 s; sync files=11, longest=0.002 s, average=0.001 s; distance=61 kB, estimate=71 kB`,
];

export const configMapEdits = { [FOLDER]: [['accounts-db-config', 'kubectl-edit', -27, ['ACCOUNTS_DB_URI']]] };

export const scenarios = [
  withDefaults({
    folder: FOLDER,
    description: 'bank login failing for everyone since ~10:20, "Login error" on the page. signup too',
    incidentTime: INC,
    expected: { component: 'userservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'contacts', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (kit-systems/bank-of-anthos.mjs, upstream kubernetes-manifests/ at d0af047): userservice and contacts read
      ACCOUNTS_DB_URI from the ConfigMap accounts-db-config (envFrom); their /ready handlers return 'ok' without touching the
      database, and UserDb only builds a SQLAlchemy engine at start (no connection), so both start and stay Ready with a bad URI.
      userservice.py logs "Error logging in: %s" / "Error creating new user: %s" on SQLAlchemyError and answers 500
      ("failed to retrieve user information"); frontend.py logs the requests HTTPError ("500 Server Error: INTERNAL SERVER ERROR
      for url: ..."). Log shape: src/accounts/userservice/logging.conf JSON ("funcName | message").
      Incident (a common config-change outage): at 10:14 someone ran kubectl edit on accounts-db-config to switch ACCOUNTS_DB_URI to
      the fully qualified Service name and typed the namespace without hyphens (accounts-db.bankofanthos.svc.cluster.local),
      then at 10:17 ran kubectl rollout restart on userservice and contacts to pick it up (restartedAt annotation, new ReplicaSets,
      pods Ready). psycopg2 cannot resolve the host ("could not translate host name ... Name or service not known"), so every
      login, signup and contacts lookup fails; accounts-db itself is untouched and healthy (its Service still answers at
      accounts-db:5432). The ConfigMap edit shows only as a managedFields entry (kubectl-edit, 10:14); the snapshot holds names
      and keys, not values. Decoy: a frontend pod restarted three days ago after a liveness failure; ledger services healthy.
      A careful engineer names the wrong value userservice reads (contacts reads the same key and is also accepted).
    `,
    workloads: {
      userservice: {
        patch: { podAnnotations: restarted },
        rollout: { at: -24, revision: 4, oldPatch: { podAnnotations: ISTIO } },
        endpointsChanged: -23.2,
      },
      contacts: {
        patch: { podAnnotations: restarted },
        rollout: { at: -23.5, revision: 3, oldPatch: { podAnnotations: ISTIO } },
      },
      frontend: {
        pods: [
          { containers: { front: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } },
        ],
      },
    },
    events: [
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% to 1', first: -24, last: -24 },
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set userservice-%OLD% to 0 from 1', first: -23.2, last: -23.2 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -23.5, last: -23.5 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: -22.9, last: -22.9 },
      { on: 'pod:userservice#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', source: 'default-scheduler', first: -23.9 },
      { on: 'pod:userservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/userservice:v0.6.10@sha256:d8c4412edc46ab105000f721788b73301651cc43b19cee7e7302739f81882dcc" already present on machine', fieldPath: 'spec.containers{userservice}', first: -23.8 },
      { on: 'pod:userservice#0', reason: 'Started', message: 'Started container userservice', fieldPath: 'spec.containers{userservice}', first: -23.7 },
      { on: 'pod:contacts#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', source: 'default-scheduler', first: -23.4 },
      { on: 'pod:contacts#0', reason: 'Started', message: 'Started container contacts', fieldPath: 'spec.containers{contacts}', first: -23.2 },
    ],
    logs: {
      'userservice#0/userservice': userLogs,
      'contacts#0/contacts': contactsLogs,
      'frontend#0/front': frontLogs,
      'balancereader#0/balancereader': balanceLogs,
      'ledgerwriter#0/ledgerwriter': ledgerWriterLogs,
      'accounts-db#0/accounts-db': accountsDbLogs,
    },
  }),
];
