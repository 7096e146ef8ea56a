// Batch s32b held-out scenario for Bank of Anthos (split: test), written blind on the kit system definition
// scripts/kit-systems/bank-of-anthos.mjs; expanded by scripts/s32b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, configMaps, image, plog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

// Expected answer fixed before generation: accounts-db / config-missing.
const INC = '2026-05-12T14:34:00Z';
const T = clock(INC);
const EDIT = -16; // Argo CD syncs the accounts-db StatefulSet template (new envFrom) at 14:18.
const pgRefused = (ip) => [
  `(psycopg2.OperationalError) connection to server at "accounts-db" (${ip}), port 5432 failed: Connection refused`,
  '\tIs the server running on that host and accepting TCP/IP connections?',
  '',
  '(Background on this error at: https://sqlalche.me/e/14/e3q8)',
];

const userserviceLog = [];
for (let m = -44; m < EDIT; m += 2.5) {
  userserviceLog.push(plog(T, m, 'INFO', 'login', 'Getting the login token'));
  userserviceLog.push(plog(T, m + 0.01, 'INFO', 'login', 'Login Successful'));
}
for (let m = EDIT + 0.3; m < 0; m += 0.7) {
  userserviceLog.push(plog(T, m, 'INFO', 'login', 'Getting the login token'));
  const [a, b, c, d] = pgRefused('%SVCIP:accounts-db%');
  userserviceLog.push(`{"timestamp": "${T.java(m + 0.01).slice(0, 19)}", "message": "login | Error logging in: ${a}`, b, c, `${d}", "severity": "ERROR"}`);
}

const frontendLog = [];
for (let m = -40; m < EDIT; m += 3) frontendLog.push(plog(T, m, 'INFO', 'login', 'Login success.'));
for (let m = EDIT + 0.3; m < 0; m += 0.7) {
  frontendLog.push(plog(T, m, 'INFO', 'login', 'Logging in.'));
  frontendLog.push(plog(T, m + 0.01, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login'));
}

const contactsLog = [];
for (let m = EDIT + 1.1; m < 0; m += 2.9) {
  const [a, b, c, d] = pgRefused('%SVCIP:accounts-db%');
  contactsLog.push(plog(T, m, 'INFO', 'get_contacts', 'Getting contacts for user testuser'));
  contactsLog.push(`{"timestamp": "${T.java(m + 0.01).slice(0, 19)}", "message": "get_contacts | Error retrieving contacts list: ${a}`, b, c, `${d}", "severity": "ERROR"}`);
}

const balanceLog = [];
for (let m = -30; m < 0; m += 4) balanceLog.push(plog(T, m, 'INFO', 'getBalance', 'Balance request received for account 1011226111'));

export const scenarios = [
  withDefaults({
    folder: 's32b-login-fails-after-db-sync',
    split: 'test',
    description: 'bank of anthos: nobody can log in since ~14:20, sign-in page just says error',
    incidentTime: INC,
    expected: { component: 'accounts-db', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression'],
    grounding: `
      Bank of Anthos kubernetes-manifests at d0af047: accounts-db is a single-replica StatefulSet (RollingUpdate, OrderedReady)
      whose postgres container takes envFrom environment-config, accounts-db-config and demo-data-config; userservice and contacts
      reach it through ACCOUNTS_DB_URI (postgresql://accounts-admin@accounts-db:5432/accounts-db) with SQLAlchemy/psycopg2.
      Fault: a GitOps change adds a fourth envFrom ConfigMap (accounts-db-tuning) to the StatefulSet template while the ConfigMap
      itself lives in a manifest that was not synced. A StatefulSet rolling update deletes accounts-db-0 before recreating it, so
      unlike a Deployment there is no old pod left serving: the new pod stays in CreateContainerConfigError with the kubelet's
      'configmap "accounts-db-tuning" not found' (the ConfigMap list has no such name), the Service has no ready endpoint and
      kube-proxy rejects connections. userservice logs libpq 14+ "connection to server at ... failed: Connection refused" through
      SQLAlchemy (with its sqlalche.me background link) on every login, the frontend logs the resulting 500 from userservice,
      contacts fails for sessions still holding a token. A frontend rollout three hours earlier is healthy (decoy).
      Log layout: the services' JSON logging.conf ("%(funcName)s | %(message)s"), which does not escape multi-line messages.`,
    workloads: {
      'accounts-db': {
        endpointsChanged: EDIT + 0.02,
        containers: {
          'accounts-db': {
            envFrom: [
              { configMapRef: { name: 'environment-config' } },
              { configMapRef: { name: 'accounts-db-config' } },
              { configMapRef: { name: 'demo-data-config' } },
              { configMapRef: { name: 'accounts-db-tuning' } },
            ],
          },
        },
        pods: [
          {
            created: T.iso(EDIT + 0.1),
            phase: 'Pending',
            containers: { 'accounts-db': cs.waiting('CreateContainerConfigError', 'configmap "accounts-db-tuning" not found') },
            readyTransition: T.iso(EDIT + 0.1),
          },
        ],
      },
      frontend: { rollout: { at: -185, revision: 5, oldReplicas: 0, oldContainers: { front: { image: image('frontend', 'v0.6.9') } } } },
    },
    events: [
      { on: 'sts:accounts-db', reason: 'SuccessfulDelete', message: 'delete Pod accounts-db-0 in StatefulSet accounts-db successful', first: EDIT, source: 'statefulset-controller' },
      { on: 'sts:accounts-db', reason: 'SuccessfulCreate', message: 'create Pod accounts-db-0 in StatefulSet accounts-db successful', first: EDIT + 0.1, source: 'statefulset-controller' },
      { on: 'pod:accounts-db#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/accounts-db-0 to %NODE%', first: EDIT + 0.1, source: 'default-scheduler' },
      { on: 'pod:accounts-db#0', reason: 'Pulled', message: `Container image "${image('accounts-db')}" already present on machine`, first: EDIT + 0.2, last: -0.4, count: 71, fieldPath: 'spec.containers{accounts-db}' },
      { on: 'pod:accounts-db#0', type: 'Warning', reason: 'Failed', message: 'Error: configmap "accounts-db-tuning" not found', first: EDIT + 0.2, last: -0.4, count: 71, fieldPath: 'spec.containers{accounts-db}' },
    ],
    logs: {
      'userservice#0/userservice': userserviceLog,
      'frontend#0/front': frontendLog,
      'contacts#0/contacts': contactsLog,
      'balancereader#0/balancereader': balanceLog,
    },
    configMaps,
  }),
];
