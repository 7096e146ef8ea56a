// Batch s21a (blind dev, split: dev): one Bank of Anthos incident for the scenario kit, written without seeing the engine,
// the rule packs or the system's other scenarios; system definition from scripts/kit-systems/bank-of-anthos.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const N = {
  a: 'gke-boa-prod-pool-1-3f9a2c41-7kqm',
  b: 'gke-boa-prod-pool-1-3f9a2c41-h2xd',
  c: 'gke-boa-prod-pool-1-3f9a2c41-w5tn',
};
const REG = 'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos';

// s21a-balancereader-cache-oom: balancereader's JVM (-Xmx512m) at a 512Mi container limit, cache grown by month-end traffic.
const oom = (() => {
  const T = clock('2026-05-29T09:52:00Z');
  const acct = ['1011226111', '1033623433', '1055757655', '1077441377', '1044226144', '1066463366'];
  const refused = (a) =>
    `HTTPConnectionPool(host='balancereader', port=8080): Max retries exceeded with url: /balances/${a} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2a1b5e50>: Failed to establish a new connection: [Errno 111] Connection refused'))`;
  const timedOut = `HTTPConnectionPool(host='balancereader', port=8080): Read timed out. (read timeout=4)`;
  // OOM kills at -41.2, -33.0, -24.6, -16.3, -8.1, -1.6 (six runs of ~7 min after start-up), restarts 5 shown as lastState of the 6th kill.
  const kills = [-41.2, -33.0, -24.6, -16.3, -8.1, -1.6];
  const lwRefused = (a) =>
    `Failed to retrieve account balance: I/O error on GET request for "http://balancereader:8080/balances/${a}": Connection refused (Connection refused); nested exception is java.net.ConnectException: Connection refused (Connection refused)`;
  const lwTimeout = (a) =>
    `Failed to retrieve account balance: I/O error on GET request for "http://balancereader:8080/balances/${a}": Read timed out; nested exception is java.net.SocketTimeoutException: Read timed out`;
  const front = [
    jlog(T, -55.2, 'INFO', 'payment', 'Payment initiated successfully.'),
    jlog(T, -47.9, 'INFO', 'deposit', 'Deposit submitted successfully.'),
    jlog(T, -43.5, 'ERROR', 'home', `Error getting account balance: ${timedOut}`),
    jlog(T, -42.1, 'ERROR', 'home', `Error getting account balance: ${timedOut}`),
    jlog(T, -41.6, 'ERROR', 'payment', `Error submitting payment: ${lwTimeout(acct[0])}`),
    jlog(T, -41.0, 'ERROR', 'home', `Error getting account balance: ${refused(acct[0])}`),
    jlog(T, -40.2, 'ERROR', 'home', `Error getting account balance: ${refused(acct[1])}`),
    jlog(T, -39.1, 'ERROR', 'payment', `Error submitting payment: ${lwRefused(acct[2])}`),
    jlog(T, -35.4, 'INFO', 'deposit', 'Deposit submitted successfully.'),
    jlog(T, -34.0, 'ERROR', 'home', `Error getting account balance: ${timedOut}`),
    jlog(T, -32.6, 'ERROR', 'home', `Error getting account balance: ${refused(acct[2])}`),
    jlog(T, -30.9, 'ERROR', 'home', `Error getting account balance: ${refused(acct[3])}`),
    jlog(T, -27.1, 'INFO', 'payment', 'Payment initiated successfully.'),
    jlog(T, -25.0, 'ERROR', 'home', `Error getting account balance: ${timedOut}`),
    jlog(T, -24.2, 'ERROR', 'home', `Error getting account balance: ${refused(acct[0])}`),
    jlog(T, -22.8, 'ERROR', 'payment', `Error submitting payment: ${lwRefused(acct[1])}`),
    jlog(T, -16.9, 'ERROR', 'home', `Error getting account balance: ${timedOut}`),
    jlog(T, -15.8, 'ERROR', 'home', `Error getting account balance: ${refused(acct[4])}`),
    jlog(T, -14.1, 'ERROR', 'home', `Error getting account balance: ${refused(acct[5])}`),
    jlog(T, -11.0, 'INFO', 'deposit', 'Deposit submitted successfully.'),
    jlog(T, -8.6, 'ERROR', 'home', `Error getting account balance: ${timedOut}`),
    jlog(T, -7.7, 'ERROR', 'home', `Error getting account balance: ${refused(acct[1])}`),
    jlog(T, -6.2, 'ERROR', 'payment', `Error submitting payment: ${lwRefused(acct[4])}`),
    jlog(T, -3.9, 'INFO', 'payment', 'Payment initiated successfully.'),
    jlog(T, -1.9, 'ERROR', 'home', `Error getting account balance: ${timedOut}`),
    jlog(T, -1.1, 'ERROR', 'home', `Error getting account balance: ${refused(acct[2])}`),
    jlog(T, -0.4, 'ERROR', 'home', `Error getting account balance: ${refused(acct[3])}`),
  ];
  const ledgerwriter = [
    jlog(T, -55.2, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
    jlog(T, -47.9, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
    jlog(T, -41.6, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'),
    jlog(T, -39.1, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'),
    jlog(T, -35.4, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
    jlog(T, -27.1, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
    jlog(T, -22.8, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'),
    jlog(T, -11.0, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
    jlog(T, -6.2, 'ERROR', 'addTransaction', 'Failed to retrieve account balance'),
    jlog(T, -3.9, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
  ];
  const brStart = (s) => [
    jlog(T, s, 'INFO', 'logStarting', 'Starting BalanceReaderApplication v0.6.10 using Java 17.0.12 with PID 1 (/app/classpath started by ? in /app)'),
    jlog(T, s + 0.01, 'INFO', 'logStartupProfileInfo', 'No active profile set, falling back to 1 default profile: "default"'),
    jlog(T, s + 0.3, 'INFO', 'start', 'HikariPool-1 - Starting...'),
    jlog(T, s + 0.35, 'INFO', 'start', 'HikariPool-1 - Start completed.'),
  ];
  const balancereaderPrev = [
    ...brStart(-8.0),
    jlog(T, -7.2, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 47.311 seconds (process running for 49.87)'),
    jlog(T, -4.9, 'WARN', 'run', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m4s54ms).'),
    jlog(T, -3.1, 'WARN', 'run', 'HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m21s307ms).'),
  ];
  const balancereaderCur = brStart(-1.45);
  return {
    folder: 's21a-balancereader-cache-oom',
    description: 'users seeing $--- instead of their balance on the home page, some payments failing, started ~09:10',
    incidentTime: '2026-05-29T09:52:00Z',
    expected: { component: 'balancereader', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Manifest facts (kubernetes-manifests/balance-reader.yaml): JVM_OPTS -Xms256m -Xmx512m with a 512Mi memory limit and
      CACHE_SIZE 1000000 (a Guava LoadingCache of balances, never expired), so the heap ceiling equals the cgroup limit and the
      container is OOM-killed by the kernel (exit 137) before the JVM can throw OutOfMemoryError. Month-end traffic (many
      distinct accounts loaded) grows the cache until every run dies some seven minutes after start-up: restartCount 5, the
      last state OOMKilled, GKE's node-problem-detector (kernel-monitor) OOMKilling events on the node, HikariCP's
      "Thread starvation or clock leap detected" warnings from long GC pauses before each kill (the log ends with no error,
      as SIGKILL leaves none). Callers: frontend.py logs "Error getting account balance:" with the requests/urllib3 texts
      (read timeout=4 while the JVM thrashes, Errno 111 Connection refused while the pod is not Ready and the Service has no
      endpoint); ledgerwriter checks the sender's balance before writing, logs upstream's bare "Failed to retrieve account
      balance" and answers 500 with Spring's ResourceAccessException text, which frontend.py logs as "Error submitting
      payment:", so payments fail while deposits (external routing, no balance check), logins and contacts work.
      Decoy: a contacts rollout (v0.6.11) two hours earlier, healthy. Public reports: JVM -Xmx equal to the container limit
      is the classic cause of container OOM kills of Java services (kernel "Memory cgroup out of memory" lines).`,
    workloads: {
      balancereader: {
        pods: [
          {
            node: N.b,
            created: T.iso(-60 * 24 * 9),
            readyTransition: T.iso(-1.6),
            containers: {
              balancereader: cs.restartedRunning({
                restarts: 5,
                startedAt: T.iso(-1.45),
                ready: false,
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-8.0), finishedAt: T.iso(-1.6) },
              }),
            },
          },
        ],
      },
      contacts: {
        rollout: { at: -121, revision: 5 },
        containers: {
          contacts: {
            image: `${REG}/contacts:v0.6.11@sha256:4be1c9e07f2d6a35b8e0c471d9a2f6e3c85b17d04a9e6f2c3b1d8a7e5f40c962`,
          },
        },
      },
    },
    events: [
      { on: 'pod:balancereader#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container balancereader in pod %POD%_bank-of-anthos(%PODUID%)', first: -33.0, last: -1.6, count: 5, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: -40.9, last: -0.5, count: 61, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -42.3, last: -2.0, count: 14, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Pulled', message: `Container image "${REG}/balancereader:v0.6.10@sha256:feae443c650786c253bbfa3447d0902dd1689122c13962f97ccc37068d73733b" already present on machine`, first: -41.0, last: -1.45, count: 6, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Created', message: 'Created container balancereader', first: -41.0, last: -1.45, count: 6, fieldPath: 'spec.containers{balancereader}' },
      { on: 'pod:balancereader#0', reason: 'Started', message: 'Started container balancereader', first: -41.0, last: -1.45, count: 6, fieldPath: 'spec.containers{balancereader}' },
      { on: `node:${N.b}`, source: 'kernel-monitor', reason: 'OOMKilling', type: 'Warning', message: 'Memory cgroup out of memory: Killed process 2841127 (java) total-vm:3985412kB, anon-rss:521336kB, file-rss:23904kB, shmem-rss:0kB, UID:1000 pgtables:1480kB oom_score_adj:985', first: kills[0], last: kills[5], count: 6 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -121, last: -121 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: -120.2, last: -120.2 },
    ],
    logs: {
      'frontend#0/front': front,
      'ledgerwriter#0/ledgerwriter': ledgerwriter,
      'balancereader#0/balancereader/previous': balancereaderPrev,
      'balancereader#0/balancereader': balancereaderCur,
    },
  };
})();

export const scenarios = [withDefaults(oom)];
