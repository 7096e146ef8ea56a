// Blind held-out batch s74b: one Bank of Anthos scenario (split: test), as a compact spec for the scenario kit
// (scripts/s2-scenario-kit.mjs) on scripts/kit-systems/bank-of-anthos.mjs (withDefaults, jlog/plog helpers).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-05-06T09:38:00Z';
const T = clock(INC);
const N1 = 'gke-boa-prod-pool-1-3f9a2c41-7kqm';
const N2 = 'gke-boa-prod-pool-1-3f9a2c41-h2xd';
const N3 = 'gke-boa-prod-pool-1-3f9a2c41-w5tn';
const evictMsg = (container, using, request, avail) =>
  `The node was low on resource: memory. Threshold quantity: 100Mi, available: ${avail}Ki. Container ${container} was using ${using}Ki, request is ${request}, has larger consumption of its request. `;
const pressure = {
  type: 'MemoryPressure', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-17),
  reason: 'KubeletHasInsufficientMemory', message: 'kubelet has insufficient memory available',
};

export const scenarios = [
  withDefaults({
    folder: 's74b-boa-balance-errors-users-logged-out',
    description: 'customers getting logged out + "could not load balance" on the home page on and off, last 20 min or so. ledger team sees nothing in their dashboards',
    incidentTime: INC,
    expected: { component: 'balancereader', cause: 'node-pressure', node: N2 },
    alsoAcceptable: [
      { component: 'userservice', cause: 'node-pressure', node: N2 },
      { component: 'ledger-db', cause: 'node-pressure', node: N2 },
    ],
    difficulty: 'hard',
    traits: ['node-level', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifest facts (kubernetes-manifests/ at d0af047): balancereader (JVM, requests 256Mi / limit 512Mi, readiness /ready
      after 60s) and userservice (requests 128Mi / limit 256Mi) are Burstable; the frontend calls BALANCES_API_ADDR for the
      home page and USERSERVICE_API_ADDR for login; tokens are signed by userservice. Public shape: kubelet node-pressure
      eviction (kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/): when memory.available falls under
      the hard threshold (100Mi) the node gets MemoryPressure and the memory-pressure NoSchedule taint, and the kubelet evicts
      pods by usage above request, writing the "The node was low on resource: memory ... has larger consumption of its request"
      message on the Failed/Evicted pod. Fault: node ${N2} runs out of memory (page cache and a non-bank workload outside this
      namespace, not in the snapshot) from 17 minutes before the incident; the kubelet evicted balancereader at -14 and
      userservice at -8; their replacements were scheduled on the other nodes and came back, so each eviction showed as a burst
      of balance errors and failed logins in the frontend. The node still reports MemoryPressure; ledger-db-0 (postgres, over its
      request) is still on it. Decoy: contacts restarted once three days ago (exit 137 from an old memory-limit kill) . Deviations: the memory consumer outside the namespace is not part of the snapshot; the
      frontend error texts follow src/frontend/frontend.py's logging shape (funcName | message).`,
    nodes: {
      [N2]: {
        conditions: { MemoryPressure: pressure },
        taints: [{ key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule', timeAdded: T.iso(-17) }],
      },
    },
    workloads: {
      balancereader: {
        pods: [
          { node: N2, evicted: evictMsg('balancereader', '498112', '256Mi', '83412'), created: T.iso(-60 * 24 * 9) },
          { node: N3, created: T.iso(-13.8), readyTransition: T.iso(-12.6) },
        ],
        rsReplicas: 1,
      },
      userservice: {
        pods: [
          { node: N2, evicted: evictMsg('userservice', '231780', '128Mi', '91760'), created: T.iso(-60 * 24 * 9) },
          { node: N1, created: T.iso(-7.9), readyTransition: T.iso(-7.6) },
        ],
        rsReplicas: 1,
      },
      'ledger-db': { pods: [{ node: N2 }] },
      contacts: {
        pods: [
          {
            containers: {
              contacts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: `node:${N2}`, reason: 'NodeHasInsufficientMemory', message: `Node ${N2} status is now: NodeHasInsufficientMemory`, first: -17 },
      { on: `node:${N2}`, reason: 'EvictionThresholdMet', type: 'Warning', message: 'Attempting to reclaim memory', first: -16.8, last: -2.5, count: 4 },
      { on: 'pod:balancereader#0', reason: 'Evicted', type: 'Warning', message: evictMsg('balancereader', '498112', '256Mi', '83412'), first: -14 },
      { on: 'pod:balancereader#0', reason: 'Killing', message: 'Stopping container balancereader', first: -14, fieldPath: 'spec.containers{balancereader}' },
      { on: 'rs:balancereader', reason: 'SuccessfulCreate', source: 'replicaset-controller', message: 'Created pod: balancereader-%RS%', first: -13.8 },
      { on: 'pod:balancereader#1', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned bank-of-anthos/%POD% to ${N3}`, first: -13.8 },
      { on: 'pod:balancereader#1', reason: 'Started', message: 'Started container balancereader', first: -13.6, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: -13.4, last: -13, count: 3, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:userservice#0', reason: 'Evicted', type: 'Warning', message: evictMsg('userservice', '231780', '128Mi', '91760'), first: -8 },
      { on: 'pod:userservice#0', reason: 'Killing', message: 'Stopping container userservice', first: -8, fieldPath: 'spec.containers{userservice}' },
      { on: 'rs:userservice', reason: 'SuccessfulCreate', source: 'replicaset-controller', message: 'Created pod: userservice-%RS%', first: -7.9 },
      { on: 'pod:userservice#1', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned bank-of-anthos/%POD% to ${N1}`, first: -7.9 },
      { on: 'pod:userservice#1', reason: 'Started', message: 'Started container userservice', first: -7.8, fieldPath: 'spec.containers{userservice}' },
    ],
    logs: {
      'frontend#0/front': [
        plog(T, -15.2, 'INFO', 'home', 'Displaying home.'),
        plog(T, -13.9, 'ERROR', 'home', "Couldn't retrieve balance: HTTPConnectionPool(host='balancereader', port=8080): Max retries exceeded with url: /balances/1011226111 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c1d9e50>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
        plog(T, -13.1, 'ERROR', 'home', "Couldn't retrieve balance: HTTPConnectionPool(host='balancereader', port=8080): Max retries exceeded with url: /balances/1033623433 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c1da410>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
        plog(T, -11.5, 'INFO', 'home', 'Displaying home.'),
        plog(T, -7.95, 'ERROR', 'login', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=testuser&password=bankofanthos (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c0f7a90>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
        plog(T, -7.94, 'INFO', 'login_page', 'Displaying login page.'),
        plog(T, -6.9, 'INFO', 'login', 'Login Successful.'),
        plog(T, -6.8, 'INFO', 'home', 'Displaying home.'),
      ],
      'balancereader#1/balancereader': [
        jlog(T, -13.55, 'INFO', 'logStarting', 'Starting BalanceReaderApplication v0.6.10 using Java 17.0.12 with PID 1'),
        jlog(T, -12.9, 'INFO', 'init', 'Initialized BalanceReader service on version v0.6.10'),
        jlog(T, -12.7, 'INFO', 'pollTransactions', 'Starting LedgerReader...'),
        jlog(T, -12.6, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 55.812 seconds (process running for 56.94)'),
      ],
      'ledger-db#0/postgres': [
        `${T.java(-60 * 24 * 8).slice(0, 19)}.412 UTC [1] LOG:  database system is ready to accept connections`,
        `${T.java(-16.5).slice(0, 19)}.087 UTC [29] LOG:  checkpoint starting: time`,
        `${T.java(-16.1).slice(0, 19)}.904 UTC [29] LOG:  checkpoint complete: wrote 214 buffers (1.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=21.512 s, sync=0.004 s, total=21.529 s; sync files=38, longest=0.002 s, average=0.001 s; distance=1683 kB, estimate=1702 kB`,
      ],
    },
  }),
];
