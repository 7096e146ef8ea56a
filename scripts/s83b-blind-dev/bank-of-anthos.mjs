// Blind dev batch s83b, Bank of Anthos: one dependency-down scenario (balancereader re-reading a grown ledger after a
// reschedule, its JVM stuck in back-to-back collections while Ready; frontend and ledgerwriter are loud). Kit-built.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

const INC = '2026-05-13T16:25:00Z';
const T = clock(INC);
// The team raised balancereader's memory limit to 1Gi after an OOM last year (heap stays -Xmx512m): no cgroup kill.
export const system = {
  ...base,
  workloads: base.workloads.map((w) => (w.name !== 'balancereader' ? w : {
    ...w, containers: w.containers.map((c) => ({ ...c, resources: { ...c.resources, limits: { ...c.resources.limits, memory: '1Gi' } } })),
  })),
};
const contactsEnv = (lvl) => base.workloads.find((w) => w.name === 'contacts').containers[0].env.map((e) => (e.name === 'LOG_LEVEL' ? { ...e, value: lvl } : e));
const NODE_B = 'gke-boa-prod-pool-1-3f9a2c41-h2xd';
const NODE_C = 'gke-boa-prod-pool-1-3f9a2c41-w5tn';
const br = [];
const S = -41;
br.push(
  jlog(T, S + 0.2, 'INFO', 'logStarting', 'Starting BalanceReaderApplication v0.6.10 using Java 17.0.10 with PID 1'),
  jlog(T, S + 0.6, 'INFO', 'start', 'HikariPool-1 - Starting...'),
  jlog(T, S + 0.7, 'INFO', 'start', 'HikariPool-1 - Start completed.'),
  jlog(T, S + 0.9, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 31.42 seconds (JVM running for 33.9)'),
  jlog(T, S + 0.9, 'INFO', 'startWithCallback', 'Initializing ledger reader: loading transactions since id 0'),
);
const deltas = ['38s117ms', '52s904ms', '1m4s228ms', '47s551ms', '1m11s39ms', '58s760ms', '1m2s413ms'];
deltas.forEach((d, i) => br.push(jlog(T, S + 6 + i * 4.9, 'WARN', 'run', `HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=${d}).`)));
br.push(jlog(T, -3.2, 'WARN', 'getBalance', 'Balance lookup for account 1033623433 waited 9412 ms for the cache loader'));
br.push(jlog(T, -0.8, 'WARN', 'run', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m8s902ms).'));
const lw = [jlog(T, -60 * 24 * 9, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 28.07 seconds (JVM running for 30.2)')];
for (let m = -38; m < -0.5; m += 3.1) lw.push(
  jlog(T, m, 'INFO', 'addTransaction', 'Received transaction request'),
  jlog(T, m + 0.02, 'ERROR', 'addTransaction', 'Failed to retrieve account balance: I/O error on GET request for "http://balancereader:8080/balances/1011226111": Read timed out'),
);
const fe = [];
for (let m = -39; m < -0.3; m += 1.6) {
  fe.push(jlog(T, m, 'ERROR', 'home', `Error retrieving account balance: HTTPConnectionPool(host='balancereader.boa.svc.cluster.local', port=8080): Read timed out. (read timeout=4)`));
  if (Math.round(m * 10) % 3 === 0) fe.push(jlog(T, m + 0.1, 'ERROR', 'payment', 'Error submitting payment: 500 Server Error: Internal Server Error for url: http://ledgerwriter:8080/transactions'));
}
fe.push(jlog(T, -0.2, 'INFO', 'login', 'Successfully logged in.'));
const th = [jlog(T, -60 * 24 * 9, 'INFO', 'logStarted', 'Started TransactionHistoryApplication in 29.88 seconds (JVM running for 32.0)')];
const ct = [jlog(T, -128, 'INFO', '<module>', 'Starting contacts service.'), jlog(T, -127, 'DEBUG', 'get_contacts', 'Retrieving contacts.'), jlog(T, -2, 'DEBUG', 'get_contacts', 'Retrieving contacts.')];

export const scenarios = [withDefaults({
  folder: 's83b-balancereader-gc-thrash',
  incidentTime: INC,
  description: 'since about 15:45 the bank home page says balance unavailable and transfers fail with "payment failed". frontend logs are all errors, logins still work',
  expected: { component: 'balancereader', cause: 'dependency-down' },
  alsoAcceptable: [{ component: 'balancereader', cause: 'resource-exhaustion' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
  grounding: `
    Bank of Anthos v0.6.10 (kubernetes-manifests/balance-reader.yaml): balancereader keeps a Guava cache of balances and at
    start its LedgerReader pulls every transaction since id 0 from ledger-db; JVM_OPTS -Xmx512m. The frontend (home page) and
    ledgerwriter (balance check before every transfer) call it with timeouts. After a node-pool surge upgrade rescheduled the
    pod 41 minutes before the incident, the initial load of a ledger grown over months by the load generator fills the heap and
    the JVM runs back-to-back full collections: the pod stays Running and Ready (readiness /ready returns "ok" when it gets a
    thread; some probes time out, not three in a row), no restart, no OOMKill (the team had raised the memory limit to 1Gi, heap
    still 512m); HikariCP's housekeeper reports "Thread starvation or clock leap", the pattern GC pauses leave. Callers are the
    loud ones: the frontend's "Error retrieving account balance ... Read timed out" and ledgerwriter's failed balance check
    (500 to the frontend). Logins (userservice) still work. Decoys: a benign contacts rollout two hours earlier (LOG_LEVEL info
    -> debug, the only template difference). Deviations from upstream: balancereader's memory limit 1Gi (upstream 512Mi);
    log texts of the Java services follow their log4j2 JSON layout, messages reconstructed. Expected cause fixed before generation.`,
  workloads: {
    balancereader: {
      pods: [{ node: NODE_C, created: T.iso(S), readyTransition: T.iso(S + 1.2), containers: { balancereader: cs.running(T.iso(S + 0.1)) } }],
      endpointsChanged: S + 1.2,
    },
    contacts: {
      rollout: { at: -130, oldContainers: { contacts: { env: contactsEnv('info') } } },
      containers: { contacts: { env: contactsEnv('debug') } },
    },
  },
  events: [
    { on: 'pod:balancereader#0', reason: 'Scheduled', message: `Successfully assigned bank-of-anthos/%POD% to ${NODE_C}`, source: 'default-scheduler', first: S },
    { on: 'pod:balancereader#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/balancereader:v0.6.10" already present on machine', first: S + 0.05, fieldPath: 'spec.containers{balancereader}' },
    { on: 'pod:balancereader#0', reason: 'Created', message: 'Created container balancereader', first: S + 0.06, fieldPath: 'spec.containers{balancereader}' },
    { on: 'pod:balancereader#0', reason: 'Started', message: 'Started container balancereader', first: S + 0.1, fieldPath: 'spec.containers{balancereader}' },
    { on: 'pod:balancereader#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: S + 7, last: -0.7, count: 23, fieldPath: 'spec.containers{balancereader}' },
    { on: 'pod:balancereader#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: Get "http://%PODIP%:8080/healthy": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: S + 12, last: -4.5, count: 5, fieldPath: 'spec.containers{balancereader}' },
    { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -130 },
    { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: -129 },
  ],
  logs: {
    'balancereader#0/balancereader': br,
    'ledgerwriter#0/ledgerwriter': lw,
    'frontend#0/front': fe,
    'transactionhistory#0/transactionhistory': th,
    'contacts#0/contacts': ct,
  },
})];
