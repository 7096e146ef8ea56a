// Blind held-out batch s60a (split test): one Bank of Anthos scenario as a spec of the scenario kit, on the kit system
// scripts/kit-systems/bank-of-anthos.mjs (withDefaults, jlog/plog helpers); built by scripts/s60a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-07-14T09:12:00Z');
const RESTART = { 'kubectl.kubernetes.io/restartedAt': T.iso(-41).replace('Z', '+00:00') };
const frontendAnn = system.workloads.find((w) => w.name === 'frontend').podAnnotations;

const gunicorn = (min) => {
  const ts = `${T.go(min).replace(/\//g, '-')} +0000`;
  return [
    `[${ts}] [1] [INFO] Starting gunicorn 22.0.0`,
    `[${ts}] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)`,
    `[${ts}] [1] [INFO] Using worker: gthread`,
    `[${ts}] [7] [INFO] Booting worker with pid: 7`,
  ];
};
const feLog = () => {
  const out = [...gunicorn(-40.6), plog(T, -40.5, 'INFO', 'create_app', 'Starting frontend service.')];
  for (let m = -39; m < -0.3; m += 0.9) {
    out.push(plog(T, m, 'INFO', 'login', 'Successfully logged in.'));
    out.push(plog(T, m + 0.05, 'INFO', 'home', 'Displaying home.'));
    if (Math.round(m * 10) % 3 === 0) out.push(plog(T, m + 0.1, 'INFO', 'payment', 'Payment initiated successfully.'));
  }
  return out;
};
const brLog = (from) => {
  const out = [
    jlog(T, from, 'INFO', 'logStarting', 'Starting BalanceReaderApplication v0.6.10 using Java 17.0.11 with PID 1 (/app/classpath started by root in /)'),
    jlog(T, from + 0.4, 'INFO', 'start', 'Tomcat started on port(s): 8080 (http) with context path \'\''),
    jlog(T, from + 0.4, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 23.112 seconds (process running for 24.96)'),
    jlog(T, from + 0.5, 'INFO', 'startWithCallback', 'Initializing ledger reader'),
  ];
  return out;
};

export const scenarios = [
  withDefaults({
    folder: 's60a-balancereader-restarts-question',
    incidentTime: '2026-07-14T09:12:00Z',
    description: 'dashboard shows balancereader restarted a couple times overnight, is the bank broken?? transfers + balances look ok from my side',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      No fault at the incident time. balancereader (Spring Boot, livenessProbe /healthy with timeoutSeconds 10 and
      failureThreshold 3 in kubernetes-manifests/balance-reader.yaml) was restarted twice about six and a half hours earlier
      (exit 143, a SIGTERM from the kubelet) during the nightly ledger-db maintenance window (ledger-db's postgres was restarted then, one clean restart, exit 0); the Events of that night have
      expired (the API server keeps Events for one hour), only the restart counts and lastState remain. Since then it has been
      Running and Ready, its cache caught up and every caller answers normally.
      The frontend was rolled 41 minutes ago (kubectl rollout restart) and is healthy - a benign rollout.
      Deviations from upstream: none.
    `,
    workloads: {
      balancereader: {
        pods: [
          {
            containers: {
              balancereader: cs.restartedRunning({
                restarts: 2, startedAt: T.iso(-391.2),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-397.8), finishedAt: T.iso(-391.6) },
              }),
            },
            readyTransition: T.iso(-389.9),
          },
        ],
      },
      'ledger-db': {
        pods: [
          {
            containers: {
              postgres: cs.restartedRunning({
                restarts: 1, startedAt: T.iso(-401.2),
                last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-401.5) },
              }),
            },
          },
        ],
      },
      frontend: {
        rollout: { at: -41, revision: 6, oldReplicas: 0 },
        patch: { podAnnotations: { ...frontendAnn, ...RESTART } },
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -41 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -40.2 },
    ],
    logs: {
      'frontend#0/front': feLog(),
      'balancereader#0/balancereader': brLog(-391.2),
      'balancereader#0/balancereader/previous': [
        ...brLog(-397.8),
        jlog(T, -394.0, 'ERROR', 'logExceptionAndMaybeRetry', 'Could not open JDBC Connection for transaction; nested exception is java.net.SocketTimeoutException: Connect timed out'),
        jlog(T, -392.1, 'WARN', 'pollTransactions', 'Ledger reader polling failed: org.springframework.transaction.CannotCreateTransactionException'),
        jlog(T, -391.7, 'INFO', 'shutdown', 'Commencing graceful shutdown. Waiting for active requests to complete'),
        jlog(T, -391.65, 'INFO', 'shutDownGracefully', 'Graceful shutdown complete'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -30.2, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -18.7, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -6.3, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -1.2, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      ],
      'ledger-db#0/postgres': [
        `${T.java(-401).slice(0, 19)}.112 UTC [1] LOG:  database system is ready to accept connections`,
        `${T.java(-120).slice(0, 19)}.904 UTC [27] LOG:  checkpoint starting: time`,
        `${T.java(-119.6).slice(0, 19)}.318 UTC [27] LOG:  checkpoint complete: wrote 41 buffers (0.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=4.102 s, sync=0.011 s, total=4.131 s; sync files=12, longest=0.004 s, average=0.001 s; distance=212 kB, estimate=240 kB`,
      ],
    },
  }),
];
