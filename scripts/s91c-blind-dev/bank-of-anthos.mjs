// Blind dev batch s91c: Bank of Anthos scenario (spec for scripts/s2-scenario-kit.mjs, built by scripts/s91c-build.mjs).
// userservice restarted onto an ACCOUNTS_DB_URI edited to sslmode=require against a Postgres without TLS.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };
const ISTIO = { 'proxy.istio.io/config': '{ "holdApplicationUntilProxyStarts": true }' };
const IT = '2026-05-19T09:41:00Z';
const T = clock(IT);
const SSL = '(psycopg2.OperationalError) server does not support SSL, but SSL was required\\n\\n(Background on this error at: https://sqlalche.me/e/14/e3q8)';
const FE_ERR = (min) => plog(T, min, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos');

export const scenarios = [
  withDefaults({
    folder: 's91c-userservice-sslmode-require',
    description: 'cant log in to the bank app since ~9:20, signup also broken. contacts/ledger stuff looks fine for people already logged in. accounts team did something this morning?',
    incidentTime: IT,
    expected: { component: 'userservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'userservice', cause: 'network-fault' }, { component: 'userservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'tls-misconfig', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: userservice and contacts read ACCOUNTS_DB_URI from the shared ConfigMap accounts-db-config (envFrom), and
      both build a lazy SQLAlchemy engine (psycopg2) from it; their /ready handlers return "ok" without touching the database,
      so the pods stay Ready. accounts-db is the upstream postgres image, which runs without TLS (ssl = off).
      Fault: the accounts team appended "?sslmode=require" to ACCOUNTS_DB_URI in accounts-db-config (hardening ticket copied
      from a Cloud SQL runbook) and ran "kubectl rollout restart deployment/userservice" at 09:19 to pick it up; contacts was not
      restarted and still holds the old value in its environment, so contacts keeps working. libpq refuses the plaintext server
      ("server does not support SSL, but SSL was required", the message libpq prints when the server answers N to SSLRequest).
      Every /login and /signup in userservice answers 500; frontend logs the 500s louder than userservice.
      The rollout is a plain restart: old and new ReplicaSet pod templates are identical (the kit's ReplicaSet templates carry
      no pod annotations, so the kubectl.kubernetes.io/restartedAt stamp is not shown); the value that changed lives in the
      ConfigMap, which the snapshot lists by key only.
      Decoys: accounts-db restarted once 3 days ago (OOMKilled at its 512Mi limit during a backup job), transactionhistory
      logs a routine cache-miss warning. Deviations from upstream: none in the manifests; the ConfigMap value is the fault.
      Acceptable: network-fault (a TLS negotiation failure between userservice and accounts-db), bad-deploy-rollout (the restart
      brought it in).`,
    workloads: {
      userservice: {
        patch: { podAnnotations: { ...ISTIO, 'kubectl.kubernetes.io/restartedAt': T.iso(-22) } },
        rollout: { at: -22, revision: 5, oldPatch: { podAnnotations: ISTIO } },
      },
      'accounts-db': {
        pods: [{ containers: { 'accounts-db': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 + 0.8) } }) } }],
      },
    },
    events: [
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% to 1', first: -22 },
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set userservice-%OLD% to 0 from 1', first: -21 },
      { on: 'pod:userservice#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', source: 'default-scheduler', first: -21.5 },
      { on: 'pod:userservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/userservice:v0.6.10@sha256:d8c4412edc46ab105000f721788b73301651cc43b19cee7e7302739f81882dcc" already present on machine', fieldPath: 'spec.containers{userservice}', first: -21.4 },
      { on: 'pod:userservice#0', reason: 'Created', message: 'Created container userservice', fieldPath: 'spec.containers{userservice}', first: -21.4 },
      { on: 'pod:userservice#0', reason: 'Started', message: 'Started container userservice', fieldPath: 'spec.containers{userservice}', first: -21.3 },
    ],
    logs: {
      'userservice#0/userservice': [
        `[${T.java(-21.3).replace(' ', ' ').slice(0, 19)} +0000] [1] [INFO] Starting gunicorn 22.0.0`,
        `[${T.java(-21.3).slice(0, 19)} +0000] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)`,
        `[${T.java(-21.3).slice(0, 19)} +0000] [1] [INFO] Using worker: gthread`,
        `[${T.java(-21.2).slice(0, 19)} +0000] [7] [INFO] Booting worker with pid: 7`,
        plog(T, -21.1, 'INFO', 'create_app', 'Starting userservice.'),
        ...[-19.6, -17.2, -14.9, -12.1, -9.4, -6.8, -4.3, -2.2, -0.9].flatMap((m) => [
          plog(T, m, 'INFO', 'login', 'Getting username and password.'),
          plog(T, m + 0.01, 'ERROR', 'login', `Error logging in: ${SSL}`),
        ]),
        plog(T, -8.2, 'INFO', 'create_user', 'Creating new user.'),
        plog(T, -8.19, 'ERROR', 'create_user', `Error creating new user: ${SSL}`),
      ],
      'frontend#0/front': [
        plog(T, -31, 'INFO', 'home', 'Displaying home.'),
        plog(T, -30.5, 'INFO', 'login_page', 'Displaying login page.'),
        ...[-19.6, -17.2, -14.9, -12.1, -9.4, -6.8, -4.3, -2.2, -0.9].flatMap((m) => [plog(T, m, 'INFO', 'login_page', 'Displaying login page.'), FE_ERR(m + 0.02)]),
        plog(T, -8.18, 'ERROR', 'signup', 'Error creating new user: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/users'),
        plog(T, -3.1, 'INFO', 'home', 'Displaying home.'),
        plog(T, -3.05, 'INFO', 'home', 'Getting contacts for user testuser'),
      ],
      'contacts#0/contacts': [
        plog(T, -27, 'INFO', 'get_contacts', 'Getting contacts for user testuser'),
        plog(T, -11, 'INFO', 'get_contacts', 'Getting contacts for user alice'),
        plog(T, -3.04, 'INFO', 'get_contacts', 'Getting contacts for user testuser'),
      ],
      'accounts-db#0/accounts-db': [
        `${T.java(-60 * 24 * 3 + 1.2).slice(0, 23)} UTC [1] LOG:  database system was interrupted; last known up at ${T.java(-60 * 24 * 3 + 0.5).slice(0, 19)} UTC`,
        `${T.java(-60 * 24 * 3 + 1.3).slice(0, 23)} UTC [1] LOG:  database system was not properly shut down; automatic recovery in progress`,
        `${T.java(-60 * 24 * 3 + 1.4).slice(0, 23)} UTC [1] LOG:  database system is ready to accept connections`,
      ],
      'transactionhistory#0/transactionhistory': [
        plog(T, -44, 'WARN', 'getTransactions', 'Cache miss for account 1033623433, loading from database'),
        plog(T, -5, 'INFO', 'getTransactions', 'Retrieved 12 transactions for 1011226111'),
      ],
    },
  }),
];
