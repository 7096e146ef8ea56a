// Batch s92a held-out scenario for Bank of Anthos (split: test), written blind with the session-2 kit.
// System: scripts/kit-systems/bank-of-anthos.mjs (GoogleCloudPlatform/bank-of-anthos at d0af047) with withDefaults and jlog.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, image } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const T = clock('2026-05-18T13:20:00Z');
const start = (base) => [
  jlog(T, base, 'INFO', 'logStarting', 'Starting BalanceReaderApplication v0.6.10 using Java 17.0.12 with PID 1'),
  jlog(T, base + 0.05, 'INFO', 'init', 'Initializing cache'),
  jlog(T, base + 0.3, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 14.9 seconds (process running for 16.2)'),
  jlog(T, base + 0.3, 'INFO', 'startWithCallback', 'Initializing ledger reader...'),
  jlog(T, base + 1.9, 'INFO', 'pollTransactions', 'Processed 1,000,000 transactions; cache is full, evicting'),
  jlog(T, base + 3.6, 'WARN', 'pollTransactions', 'Ledger reader still catching up: 2,412,880 transactions read'),
];

export const scenarios = [
  withDefaults({
    folder: 's92a-balance-cache-startup',
    incidentTime: '2026-05-18T13:20:00Z',
    description: 'bank home page shows balance "error" for everyone since the node pool upgrade finished ~13:00, transfers go through fine',
    expected: { component: 'balancereader', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'balancereader', cause: 'crash-loop' }],
    difficulty: 'hard',
    traits: ['time-expression', 'decoy'],
    grounding: `
      balancereader loads the whole ledger into its Guava cache at start (LedgerReader, CACHE_SIZE=1000000 upstream)
      before /healthy reports healthy; after months of loadgenerator traffic the catch-up outlasts the probe budget
      (initialDelaySeconds 120, periodSeconds 5, timeout 10, failureThreshold 3), so the kubelet kills it with exit 143
      each time ("Container balancereader failed liveness probe, will be restarted") and it backs off. The node pool
      upgrade that rescheduled it is the benign decoy: every other pod came back Ready. frontend shows the balance error
      while ledgerwriter keeps accepting transfers. Manifest facts as
      upstream (image v0.6.10, JVM_OPTS, env, probes, resources, jwt-key volume). Deviation: the ledger size and the
      startupProbe, which the kit does not emit, are assumed as the liveness budget; the log lines are invented in
      upstream's JSON layout.`,
    workloads: {
      balancereader: {
        since: -21,
        pods: [{ containers: { balancereader: cs.crashLoop({ restarts: 4, exitCode: 143, startedAt: T.iso(-6.6), finishedAt: T.iso(-2.4), backoff: '1m20s', container: 'balancereader' }) } }],
        unavailableSince: -21,
      },
    },
    events: [
      { on: 'pod:balancereader#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', source: 'default-scheduler', first: -21, last: -21 },
      { on: 'pod:balancereader#0', reason: 'Unhealthy', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', type: 'Warning', fieldPath: 'spec.containers{balancereader}', count: 96, first: -19.8, last: -2.5 },
      { on: 'pod:balancereader#0', reason: 'Unhealthy', message: 'Liveness probe failed: HTTP probe failed with statuscode: 503', type: 'Warning', fieldPath: 'spec.containers{balancereader}', count: 12, first: -18.7, last: -2.5 },
      { on: 'pod:balancereader#0', reason: 'Killing', message: 'Container balancereader failed liveness probe, will be restarted', fieldPath: 'spec.containers{balancereader}', count: 4, first: -18.6, last: -2.4 },
      { on: 'pod:balancereader#0', reason: 'Pulled', message: `Container image "${image('balancereader')}" already present on machine`, fieldPath: 'spec.containers{balancereader}', count: 5, first: -20.9, last: -6.6 },
      { on: 'pod:balancereader#0', reason: 'BackOff', message: 'Back-off restarting failed container balancereader in pod %POD%_bank-of-anthos(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{balancereader}', count: 9, first: -10, last: -0.4 },
    ],
    logs: {
      'balancereader#0/balancereader/previous': [...start(-6.6), jlog(T, -2.45, 'INFO', 'shutdown', 'Commencing graceful shutdown. Waiting for active requests to complete')],
      'frontend#0/front': [
        jlog(T, -19, 'ERROR', 'home', 'Couldn\'t retrieve balance for user: HTTPConnectionPool(host=\'balancereader\', port=8080): Max retries exceeded with url: /balances/1011226111 (Caused by NewConnectionError(\'<urllib3.connection.HTTPConnection object at 0x7f3a2c1e9d50>: Failed to establish a new connection: [Errno 111] Connection refused\'))'),
        jlog(T, -11, 'ERROR', 'home', 'Couldn\'t retrieve balance for user: HTTPConnectionPool(host=\'balancereader\', port=8080): Max retries exceeded with url: /balances/1033623433 (Caused by NewConnectionError(\'<urllib3.connection.HTTPConnection object at 0x7f3a2c1ea2d0>: Failed to establish a new connection: [Errno 111] Connection refused\'))'),
        jlog(T, -3, 'ERROR', 'home', 'Couldn\'t retrieve balance for user: HTTPConnectionPool(host=\'balancereader\', port=8080): Max retries exceeded with url: /balances/1011226111 (Caused by NewConnectionError(\'<urllib3.connection.HTTPConnection object at 0x7f3a2c1ea690>: Failed to establish a new connection: [Errno 111] Connection refused\'))'),
      ],
    },
  }),
];
