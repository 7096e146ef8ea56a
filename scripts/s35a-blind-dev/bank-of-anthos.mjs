// Batch s35a (blind dev): one Bank of Anthos incident as a kit spec — accounts-db-config was renamed by a kustomize
// configMapGenerator and pruned; contacts, never migrated, runs on until an OOM restart, then cannot start its container.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, configMaps, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-03-19T16:05:00Z';
const T = clock(INC);
const NEW_CM = 'accounts-db-config-7t2m9h4k5c';
const cm = (name) => ({ configMapRef: { name } });
const gunicorn = (min, level, msg) => `[${T.java(min).slice(0, 19)} +0000] [1] [${level}] ${msg}`;

// frontend home(): contacts fetched for the transfer/deposit modals; on failure the page renders with an empty list.
const front = [];
const USERS = ['testuser', 'alice', 'bob', 'eve', 'testuser'];
for (let m = -26, i = 0; m < -0.1; m += 0.55 + ((i * 7) % 5) / 10, i++) {
  const u = USERS[i % USERS.length];
  if (m > -13.8) {
    front.push(jlog(T, m, 'ERROR', 'home', `Error retrieving contacts: HTTPConnectionPool(host='contacts', port=8080): Max retries exceeded with url: /contacts/${u} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a${(0x9c1d4e50 + i * 0x1a0).toString(16)}>: Failed to establish a new connection: [Errno 111] Connection refused'))`));
    if (i % 4 === 1) front.push(jlog(T, m + 0.2, 'ERROR', 'add_contact', `Error adding new contact: HTTPConnectionPool(host='contacts', port=8080): Max retries exceeded with url: /contacts/${u} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a9c0b7d10>: Failed to establish a new connection: [Errno 111] Connection refused'))`));
  }
  if (i % 3 === 0) front.push(jlog(T, m + 0.1, 'INFO', 'payment', 'Payment initiated'));
  if (i % 3 === 0) front.push(jlog(T, m + 0.12, 'INFO', 'payment', 'Payment accepted'));
}

const contactsPrev = [
  gunicorn(-60 * 24 * 9 + 0.3, 'INFO', 'Starting gunicorn 22.0.0'),
  gunicorn(-60 * 24 * 9 + 0.3, 'INFO', 'Listening at: http://0.0.0.0:8080 (1)'),
  gunicorn(-60 * 24 * 9 + 0.3, 'INFO', 'Using worker: gthread'),
  gunicorn(-60 * 24 * 9 + 0.31, 'INFO', 'Booting worker with pid: 7'),
  gunicorn(-60 * 24 * 9 + 0.31, 'INFO', 'Booting worker with pid: 8'),
  gunicorn(-60 * 24 * 9 + 0.31, 'INFO', 'Booting worker with pid: 9'),
  gunicorn(-60 * 24 * 9 + 0.31, 'INFO', 'Booting worker with pid: 10'),
  jlog(T, -60 * 24 * 9 + 0.32, 'INFO', 'create_app', 'Starting contacts service.'),
];
for (let m = -30, i = 0; m < -14.1; m += 0.8 + (i % 3) / 10, i++) contactsPrev.push(jlog(T, m, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'));

export const scenarios = [
  withDefaults({
    folder: 's35a-contacts-configmap-pruned',
    description: 'bank app: saved payees gone for all users and adding a recipient errors out',
    incidentTime: INC,
    expected: { component: 'contacts', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['decoy'],
    grounding: `
      Manifest facts (GoogleCloudPlatform/bank-of-anthos kubernetes-manifests/ at d0af047): contacts (Python, gunicorn, limits 250m /
      128Mi) takes envFrom environment-config and accounts-db-config (ACCOUNTS_DB_URI etc.) like userservice and accounts-db; the
      frontend calls CONTACTS_API_ADDR=contacts:8080 from home() to fill the payee lists and from add_contact.
      Fault: three days earlier the accounts team moved accounts-db-config to a kustomize configMapGenerator (hashed name
      accounts-db-config-7t2m9h4k5c) and patched userservice and accounts-db to it; Argo CD's prune deleted the old ConfigMap. The
      contacts manifest, kept in another overlay, still names accounts-db-config. The kubelet resolves envFrom only when it creates a
      container, so the running contacts container was unaffected until 15:51, when it was OOM-killed at its 128Mi limit (cgroup v2
      memory.oom.group on GKE 1.30 kills the whole container; an occasional event for this service). The restart cannot create the
      container: kubelet "Error: configmap \\"accounts-db-config\\" not found", CreateContainerConfigError, the pod not Ready, contacts'
      Endpoints empty, and the frontend logs "Error retrieving contacts" with connection refused while pages still render.
      The careful answer is the missing ConfigMap on contacts; the OOM is only what made a restart happen.
      Decoys: the contacts OOMKilled lastState, and an old balancereader restart two days ago.`,
    configMaps: configMaps.map((c) => (c.name === 'accounts-db-config' ? { ...c, name: NEW_CM } : c)),
    workloads: {
      contacts: {
        pods: [{ containers: { contacts: cs.waiting('CreateContainerConfigError', 'configmap "accounts-db-config" not found', { restartCount: 1, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-14), containerID: '%CID%' } } }) }, readyTransition: T.iso(-14) }],
        unavailableSince: -14,
        endpointsChanged: -14,
      },
      userservice: {
        rollout: { at: -60 * 24 * 3, oldReplicas: 0, oldContainers: { userservice: { envFrom: [cm('environment-config'), cm('accounts-db-config')] } } },
        containers: { userservice: { envFrom: [cm('environment-config'), cm(NEW_CM)] } },
      },
      'accounts-db': {
        since: -60 * 24 * 3,
        containers: { 'accounts-db': { envFrom: [cm('environment-config'), cm(NEW_CM), cm('demo-data-config')] } },
      },
      balancereader: { pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 47), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 47 - 0.1) } }) } }] },
    },
    events: [
      { on: 'pod:contacts#0', reason: 'Pulled', message: `Container image "${system.workloads.find((w) => w.name === 'contacts').containers[0].image}" already present on machine`, first: -13.9, last: -0.4, count: 63, fieldPath: 'spec.containers{contacts}' },
      { on: 'pod:contacts#0', reason: 'Failed', type: 'Warning', message: 'Error: configmap "accounts-db-config" not found', first: -13.9, last: -0.4, count: 63, fieldPath: 'spec.containers{contacts}' },
    ],
    logs: {
      'contacts#0/contacts/previous': contactsPrev,
      'frontend#0/front': front,
    },
  }),
];
