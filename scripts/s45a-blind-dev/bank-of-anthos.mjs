// Batch s45a (blind dev): one Bank of Anthos incident for the scenario kit, written without reading the engine or rules.
// A GKE node under MemoryPressure evicts transactionhistory, then balancereader, whose replacement is still warming up.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-08-27T16:52:00Z');
const N1 = 'gke-boa-prod-pool-1-3f9a2c41-7kqm';
const HOT = 'gke-boa-prod-pool-1-3f9a2c41-h2xd';
const N3 = 'gke-boa-prod-pool-1-3f9a2c41-w5tn';
const evictMsg = (container, using, request, avail) =>
  `The node was low on resource: memory. Threshold quantity: 100Mi, available: ${avail}Ki. Container ${container} was using ${using}Ki, request is ${request}, has larger consumption of memory. `;
const old = -60 * 24 * 9;
const ACCT = ['1011226111', '1033623433', '1055757655', '1077441377'];

const front = [];
for (let i = 0; i < 10; i++) front.push(jlog(T, -20 + i * 0.9, 'INFO', 'home', `Displaying home.`));
for (let m = -9.0, i = 0; m < -8.4; m += 0.15, i++)
  front.push(jlog(T, m, 'ERROR', 'home', `Error retrieving transaction history: HTTPConnectionPool(host='transactionhistory', port=8080): Max retries exceeded with url: /transactions/${ACCT[i % 4]} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c1d9a90>: Failed to establish a new connection: [Errno 111] Connection refused'))`));
for (let m = -2.45, i = 0; m < -0.05; m += 0.2, i++) {
  front.push(jlog(T, m, 'ERROR', 'home', `Error retrieving account balance: HTTPConnectionPool(host='balancereader', port=8080): Max retries exceeded with url: /balances/${ACCT[i % 4]} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c1e4d30>: Failed to establish a new connection: [Errno 111] Connection refused'))`));
  if (i % 3 === 1) front.push(jlog(T, m + 0.05, 'ERROR', 'payment', `Error submitting payment: 500 Server Error: Internal Server Error for url: http://ledgerwriter:8080/transactions`));
}
front.sort((a, b) => a.slice(15, 34).localeCompare(b.slice(15, 34)));

const writer = [];
for (let m = -2.4, i = 0; m < -0.1; m += 0.6, i++) {
  writer.push(jlog(T, m, 'INFO', 'addTransaction', `Received transaction request from ${ACCT[i % 4]}`));
  writer.push(jlog(T, m + 0.01, 'ERROR', 'addTransaction', `Failed to retrieve account balance: I/O error on GET request for "http://balancereader:8080/balances/${ACCT[i % 4]}": Connection refused; nested exception is java.net.ConnectException: Connection refused`));
}

const reader = [
  jlog(T, -2.3, 'INFO', 'logStarting', 'Starting BalanceReaderApplication v0.6.10 using Java 17.0.12 with PID 1 (/app/classes started by 1000 in /app)'),
  jlog(T, -2.29, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
  jlog(T, -1.9, 'INFO', 'initialize', 'Tomcat initialized with port(s): 8080 (http)'),
  jlog(T, -1.6, 'INFO', 'getConnection', 'HikariPool-1 - Starting...'),
  jlog(T, -1.5, 'INFO', 'getConnection', 'HikariPool-1 - Start completed.'),
  jlog(T, -1.1, 'INFO', 'startWithCallback', 'Initializing ledger reader...'),
];
const history = [
  jlog(T, -8.8, 'INFO', 'logStarting', 'Starting TransactionHistoryApplication v0.6.10 using Java 17.0.12 with PID 1 (/app/classes started by 1000 in /app)'),
  jlog(T, -7.6, 'INFO', 'start', 'Tomcat started on port(s): 8080 (http) with context path \'\''),
  jlog(T, -7.5, 'INFO', 'logStarted', 'Started TransactionHistoryApplication in 78.214 seconds (process running for 79.9)'),
  jlog(T, -7.3, 'INFO', 'startWithCallback', 'Initializing ledger reader...'),
  jlog(T, -6.9, 'INFO', 'pollTransactions', 'Polling for new transactions from ledger-db'),
];

export const scenarios = [
  withDefaults({
    folder: 's45a-node-memory-pressure-evictions',
    incidentTime: '2026-08-27T16:52:00Z',
    description: 'bank home page not showing balances and payments failing, last few min. history was flaky ~10 min ago too',
    expected: { component: 'balancereader', cause: 'node-pressure', node: HOT },
    difficulty: 'medium',
    traits: ['node-level', 'louder-dependents', 'time-expression'],
    grounding: `
      Manifests: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests at d0af047 (balancereader and transactionhistory:
      requests 256Mi, limits 512Mi, -Xmx512m, readiness /ready after 60 s; frontend calls BALANCES_API_ADDR and
      HISTORY_API_ADDR; ledgerwriter checks the balance with balancereader before writing). Fault: node
      ${HOT} runs short of memory (tenants of other namespaces, not in the snapshot, share the pool;
      BoA's Burstable JVMs use about twice their request). The kubelet reports MemoryPressure at 16:41, taints the node
      memory-pressure:NoSchedule and evicts by usage above request: transactionhistory at 16:43 (its replacement on
      ${N3} is Ready again two minutes later) and balancereader at 16:49.5. The balancereader replacement on ${N1}
      is Running but not Ready yet (JVM start and ledger cache warm-up behind a 60 s readiness delay; probes refused), so
      the balancereader Service has no ready address: frontend logs "[Errno 111] Connection refused" for balances and
      ledgerwriter "Failed to retrieve account balance" so payments fail. The evicted pods stay listed as Failed/Evicted with
      the kubelet's message. Eviction message, node condition (KubeletHasInsufficientMemory) and EvictionThresholdMet event
      follow the kubelet's texts.`,
    nodes: {
      [HOT]: {
        taints: [{ key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule', timeAdded: T.iso(-11) }],
        conditions: {
          MemoryPressure: { type: 'MemoryPressure', status: 'True', lastHeartbeatTime: T.iso(-0.3), lastTransitionTime: T.iso(-11), reason: 'KubeletHasInsufficientMemory', message: 'kubelet has insufficient memory available' },
        },
      },
    },
    workloads: {
      userservice: { pods: [{ node: HOT }] },
      'ledger-db': { pods: [{ node: N3 }] },
      'accounts-db': { pods: [{ node: N1 }] },
      transactionhistory: {
        endpointsChanged: -7.5,
        pods: [
          { node: HOT, created: T.iso(old), evicted: evictMsg('transactionhistory', 512716, '256Mi', 88104) },
          { node: N3, created: T.iso(-8.95), readyTransition: T.iso(-7.5) },
        ],
      },
      balancereader: {
        endpointsChanged: -2.5,
        unavailableSince: -2.5,
        pods: [
          { node: HOT, created: T.iso(old), evicted: evictMsg('balancereader', 503184, '256Mi', 91236) },
          {
            node: N1, created: T.iso(-2.4), ready: false, readyTransition: T.iso(-2.4),
            containers: { balancereader: cs.running(T.iso(-2.3), { ready: false }) },
          },
        ],
      },
    },
    events: [
      { on: `node:${HOT}`, reason: 'NodeHasInsufficientMemory', message: `Node ${HOT} status is now: NodeHasInsufficientMemory`, first: -11 },
      { on: `node:${HOT}`, reason: 'EvictionThresholdMet', type: 'Warning', message: 'Attempting to reclaim memory', first: -11, last: -2.6, count: 3 },
      { on: 'pod:transactionhistory#0', reason: 'Evicted', type: 'Warning', message: evictMsg('transactionhistory', 512716, '256Mi', 88104), first: -9.05 },
      { on: 'pod:transactionhistory#0', reason: 'Killing', message: 'Stopping container transactionhistory', first: -9.05, fieldPath: 'spec.containers{transactionhistory}' },
      { on: 'pod:transactionhistory#1', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned bank-of-anthos/%POD% to ${N3}`, first: -8.95 },
      { on: 'pod:transactionhistory#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: -7.9, last: -7.6, count: 4, fieldPath: 'spec.containers{transactionhistory}' },
      { on: 'pod:balancereader#0', reason: 'Evicted', type: 'Warning', message: evictMsg('balancereader', 503184, '256Mi', 91236), first: -2.5 },
      { on: 'pod:balancereader#0', reason: 'Killing', message: 'Stopping container balancereader', first: -2.5, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#1', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned bank-of-anthos/%POD% to ${N1}`, first: -2.4 },
      { on: 'pod:balancereader#1', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/balancereader:v0.6.10@sha256:feae443c650786c253bbfa3447d0902dd1689122c13962f97ccc37068d73733b" already present on machine', first: -2.35, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#1', reason: 'Started', message: 'Started container balancereader', first: -2.3, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: -1.3, last: -0.1, count: 14, fieldPath: 'spec.containers{balancereader}' },
    ],
    logs: {
      'frontend#0/front': front,
      'ledgerwriter#0/ledgerwriter': writer,
      'balancereader#1/balancereader': reader,
      'transactionhistory#1/transactionhistory': history,
    },
  }),
];
