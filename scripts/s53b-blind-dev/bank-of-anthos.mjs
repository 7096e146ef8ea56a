// Blind dev batch s53b, Bank of Anthos: a routine restart of the ledger-db StatefulSet cannot start its container because the
// ledger-db-config ConfigMap it reads through envFrom was deleted two days earlier; built by scripts/s53b-build.mjs with the kit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, configMaps, jlog, image } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const T = clock('2026-06-03T16:24:00Z');
const RESTART = -19.4; // kubectl rollout restart statefulset/ledger-db
const cm = (name) => ({ configMapRef: { name } });
const OLD_ENV = {
  ledgerwriter: [cm('environment-config'), cm('service-api-config'), cm('ledger-db-config')],
  balancereader: [cm('environment-config'), cm('ledger-db-config')],
  transactionhistory: [cm('environment-config'), cm('ledger-db-config')],
};
const NEW_ENV = Object.fromEntries(Object.entries(OLD_ENV).map(([k, v]) => [k, [...v.slice(0, -1), { secretRef: { name: 'ledger-db-credentials' } }]]));
const MIGRATED = -60 * 24 * 2 - 95;
const MSG = 'configmap "ledger-db-config" not found';

const hikariTimeout = 'HikariPool-1 - Connection is not available, request timed out after 30000ms (total=0, active=0, idle=0, waiting=0)';
const conn = (k) => `org.postgresql.jdbc.PgConnection@${(0x1a2b3c4d + k * 0x9e3779).toString(16).slice(-8)}`;

function readerLogs(svc, k0) {
  const L = [];
  // the readers log nothing at INFO while the ledger answers; the first lines are the pool noticing postgres went away
  for (let i = 0; i < 3; i++) L.push([RESTART + 0.1 + i * 0.01, jlog(T, RESTART + 0.1 + i * 0.01, 'WARN', 'isConnectionDead', `HikariPool-1 - Failed to validate connection ${conn(k0 + i)} (This connection has been closed.). Possibly consider using a shorter maxLifetime value.`)]);
  for (let m = RESTART + 0.12; m < -0.1; m += 30.4 / 60) {
    L.push([m + 0.5, jlog(T, m + 0.5, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 08001')]);
    L.push([m + 0.5, jlog(T, m + 0.5, 'ERROR', 'logExceptions', hikariTimeout)]);
    L.push([m + 0.5, jlog(T, m + 0.5, 'WARN', 'run', 'Could not reach ledger database')]);
  }
  const method = svc === 'balancereader' ? 'getBalance' : 'getTransactions';
  const misses = svc === 'balancereader' ? [-16.2, -11.9, -7.3, -2.8] : [-17.8, -15.1, -12.6, -10.2, -7.7, -5.1, -2.4];
  for (const s of misses) {
    const m = s + 0.5; // the request thread waits the Hikari connectionTimeout (30 s) first
    L.push([m, jlog(T, m, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 08001')]);
    L.push([m, jlog(T, m, 'ERROR', 'logExceptions', hikariTimeout)]);
    L.push([m + 0.0001, jlog(T, m + 0.0001, 'ERROR', method, 'Cache error')]);
  }
  return L.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

const PAYMENTS = [-17.6, -15.9, -13.2, -11.4, -9.8, -7.1, -5.5, -3.9, -1.6];
const DEPOSITS = [-16.7, -12.3, -8.6, -4.4, -0.9];
const HEALTHY_TX = [-44.1, -41.7, -38.3, -35.2, -31.9, -28.4, -25.6, -22.3, -20.1];

function writerLogs() {
  const L = [];
  for (const m of HEALTHY_TX) L.push([m, jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully')]);
  for (const m of [...PAYMENTS, ...DEPOSITS]) {
    const e = m + 0.51;
    if (e >= -0.05) continue;
    L.push([e, jlog(T, e, 'WARN', 'logExceptions', 'SQL Error: 0, SQLState: 08001')]);
    L.push([e, jlog(T, e, 'ERROR', 'logExceptions', hikariTimeout)]);
    L.push([e + 0.0001, jlog(T, e + 0.0001, 'ERROR', 'addTransaction', 'Failed to retrieve account balance')]);
  }
  L.push([RESTART + 0.1, jlog(T, RESTART + 0.1, 'WARN', 'isConnectionDead', `HikariPool-1 - Failed to validate connection ${conn(9)} (This connection has been closed.). Possibly consider using a shorter maxLifetime value.`)]);
  return L.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

function frontLogs() {
  const L = [];
  for (const m of HEALTHY_TX) L.push([m + 0.01, jlog(T, m + 0.01, 'INFO', m < -30 ? 'payment' : 'deposit', m < -30 ? 'Payment initiated successfully.' : 'Deposit submitted successfully.')]);
  for (const m of PAYMENTS) L.push([m + 0.07, jlog(T, m + 0.07, 'ERROR', 'payment', "Error submitting payment: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)")]);
  for (const m of DEPOSITS) L.push([m + 0.07, jlog(T, m + 0.07, 'ERROR', 'deposit', "Error submitting deposit: HTTPConnectionPool(host='ledgerwriter', port=8080): Read timed out. (read timeout=4)")]);
  for (const m of [-17.8, -15.1, -12.6, -10.2, -7.7, -5.1, -2.4]) L.push([m + 0.07, jlog(T, m + 0.07, 'ERROR', 'make_call', "Error getting transaction_list: HTTPConnectionPool(host='transactionhistory', port=8080): Read timed out. (read timeout=4)")]);
  for (const m of [-16.2, -11.9, -7.3, -2.8]) L.push([m + 0.0705, jlog(T, m + 0.0705, 'ERROR', 'make_call', "Error getting balance: HTTPConnectionPool(host='balancereader', port=8080): Read timed out. (read timeout=4)")]);
  for (const m of [-39.5, -26.2, -18.3, -13.7, -9.1, -6.2, -3.3]) L.push([m, jlog(T, m, 'INFO', 'login', 'Successfully logged in.')]);
  for (const m of [-30.2, -14.9, -4.8]) L.push([m, jlog(T, m, 'INFO', 'logout', 'Logging out.')]);
  return L.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
}

const javaRollout = (name) => ({
  rollout: { at: MIGRATED, revision: 5, oldContainers: { [name]: { envFrom: OLD_ENV[name] } } },
  containers: { [name]: { envFrom: NEW_ENV[name] } },
});

export const scenarios = [
  withDefaults({
    folder: 's53b-ledger-db-restart-configmap-already-deleted',
    description: 'bank app: transfers and deposits failing for everyone since around 4:05pm, some customers also see an empty balance. logins are fine',
    incidentTime: '2026-06-03T16:24:00Z',
    expected: { component: 'ledger-db', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    configMaps: configMaps.filter((c) => c.name !== 'ledger-db-config'),
    workloads: {
      ledgerwriter: javaRollout('ledgerwriter'),
      balancereader: javaRollout('balancereader'),
      transactionhistory: javaRollout('transactionhistory'),
      'ledger-db': {
        pods: [{
          created: T.iso(RESTART + 0.05),
          phase: 'Pending',
          containers: { postgres: cs.waiting('CreateContainerConfigError', MSG) },
          readyTransition: T.iso(RESTART + 0.05),
        }],
      },
    },
    events: [
      { on: 'sts:ledger-db', reason: 'SuccessfulDelete', message: 'delete Pod ledger-db-0 in StatefulSet ledger-db successful', first: RESTART },
      { on: 'sts:ledger-db', reason: 'SuccessfulCreate', message: 'create Pod ledger-db-0 in StatefulSet ledger-db successful', first: RESTART + 0.05 },
      { on: 'pod:ledger-db#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/ledger-db-0 to %NODE%', source: 'default-scheduler', first: RESTART + 0.06 },
      { on: 'pod:ledger-db#0', reason: 'Pulled', message: `Container image "${image('ledger-db')}" already present on machine`, fieldPath: 'spec.containers{postgres}', first: RESTART + 0.08, last: -0.3, count: 88 },
      { on: 'pod:ledger-db#0', reason: 'Failed', type: 'Warning', message: `Error: ${MSG}`, fieldPath: 'spec.containers{postgres}', first: RESTART + 0.08, last: -0.3, count: 88 },
    ],
    logs: {
      'balancereader#0/balancereader': readerLogs('balancereader', 0),
      'transactionhistory#0/transactionhistory': readerLogs('transactionhistory', 4),
      'ledgerwriter#0/ledgerwriter': writerLogs(),
      'frontend#0/front': frontLogs(),
    },
    grounding: `
      Bank of Anthos as the kit's system (kubernetes-manifests at d0af047): ledger-db is a StatefulSet whose postgres container
      reads POSTGRES_DB/USER/PASSWORD through envFrom configMapRef ledger-db-config (ledger-db.yaml). Story: two days ago the
      ledger team moved the Java services' datasource settings to a Secret ledger-db-credentials (rollout of ledgerwriter,
      balancereader and transactionhistory, revision 5, healthy) and deleted ledger-db-config as unused, missing that the
      ledger-db StatefulSet (owned by the platform team) still reads it. Running containers keep their environment, so nothing
      broke until today's "kubectl rollout restart statefulset/ledger-db" (16:04): the StatefulSet deletes ledger-db-0 and
      recreates it, and the kubelet cannot build the container's environment: CreateContainerConfigError, Warning Failed
      "Error: configmap \\"ledger-db-config\\" not found" (kubelet kuberuntime texts), pod Pending, no ready endpoint. The
      callers follow the code: Hikari warns "Failed to validate connection … (This connection has been closed.)" for the pooled
      connections postgres closed, then Hibernate's SqlExceptionHelper logs SQLState 08001 and the 30 s Hikari timeout (HikariCP
      6 via Spring Boot 3.5, pool stats in the message); LedgerReader warns "Could not reach ledger database"; cache misses end
      in "Cache error"; ledgerwriter's catch block logs the misleading "Failed to retrieve account balance" for a failed save;
      the frontend (BACKEND_TIMEOUT 4 s) logs "Error submitting payment/deposit … Read timed out" and "Error getting balance"
      (api_call.py). Balances already in balancereader's cache still render, hence "some customers". Logins use accounts-db
      and keep working. Decoy: the ledger services' rollout two days ago. Deviations: the Secret migration, the restart
      annotation and the StatefulSet's revisions are this operator's (written by the post step); the previous ledger-db-0's
      logs are gone with the pod.
    `,
    post(dir, h) {
      const at = T.iso(RESTART);
      h.edit(dir, 'statefulsets', (l) => {
        const s = l.items.find((x) => x.metadata.name === 'ledger-db');
        s.metadata.generation = 4;
        s.spec.template.metadata.annotations = { ...(s.spec.template.metadata.annotations ?? {}), 'kubectl.kubernetes.io/restartedAt': at };
        s.status = { ...s.status, observedGeneration: 4, currentReplicas: 0, updatedReplicas: 1, readyReplicas: 0, availableReplicas: 0, currentRevision: 'ledger-db-6f9c7d5b84' };
      });
      h.edit(dir, 'pods', (l) => {
        const p = l.items.find((x) => x.metadata.name === 'ledger-db-0');
        p.metadata.annotations = { ...(p.metadata.annotations ?? {}), 'kubectl.kubernetes.io/restartedAt': at };
      });
      const pod = h.read(dir, 'pods').items.find((x) => x.metadata.name === 'ledger-db-0');
      h.edit(dir, 'endpoints', (l) => {
        const e = l.items.find((x) => x.metadata.name === 'ledger-db');
        e.subsets = [{ notReadyAddresses: [{ ip: pod.status.podIP, hostname: 'ledger-db-0', nodeName: pod.spec.nodeName, targetRef: { kind: 'Pod', namespace: 'bank-of-anthos', name: 'ledger-db-0', uid: pod.metadata.uid } }], ports: [{ name: 'tcp', port: 5432, protocol: 'TCP' }] }];
        e.metadata.annotations['endpoints.kubernetes.io/last-change-trigger-time'] = T.iso(RESTART + 0.05);
      });
      h.edit(dir, 'events', (l) => {
        const ref = { kind: 'Pod', namespace: 'bank-of-anthos', name: 'ledger-db-0', uid: h.uid('bank-of-anthos/s53b/ledger-db-0/previous'), apiVersion: 'v1', resourceVersion: '9098123', fieldPath: 'spec.containers{postgres}' };
        l.items.push(h.event('ledger-db-0.17e5a0c9b2d4f801', ref, 'Killing', 'Stopping container postgres', { component: 'kubelet', host: pod.spec.nodeName }, at, at, 1, 'Normal'));
      });
    },
  }),
];
