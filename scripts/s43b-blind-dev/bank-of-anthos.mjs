// Batch s43b (blind dev): one Bank of Anthos incident on the kit system scripts/kit-systems/bank-of-anthos.mjs.
// A "probe hardening" rollout of the frontend sets its liveness timeout to 1s; under the evening peak the kubelet keeps killing it.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, image, plog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;
const NODES = base.nodes.map((n) => n.name);

const T = clock('2026-05-14T18:42:00Z');
const frontProbeOld = { httpGet: { path: '/ready', port: 8080, scheme: 'HTTP' }, initialDelaySeconds: 60, timeoutSeconds: 30, periodSeconds: 15, successThreshold: 1, failureThreshold: 3 };
const frontProbeNew = { httpGet: { path: '/ready', port: 8080, scheme: 'HTTP' }, initialDelaySeconds: 60, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 };
const FRONT_IMG = image('frontend');

// gunicorn (1 worker, 4 gthreads) with the frontend's logging.conf JSON layout.
const gunicornBoot = (min, pid) => [
  plog(T, min, 'INFO', 'start', 'Starting gunicorn 22.0.0'),
  plog(T, min, 'INFO', 'start', 'Listening at: http://0.0.0.0:8080 (1)'),
  plog(T, min, 'INFO', 'start', 'Using worker: gthread'),
  plog(T, min + 0.01, 'INFO', 'spawn_worker', `Booting worker with pid: ${pid}`),
  plog(T, min + 0.05, 'INFO', 'create_app', 'Starting frontend service.'),
];
const busy = (from, to, step) => {
  const out = [];
  for (let m = from; m < to; m += step) {
    out.push(plog(T, m, 'INFO', 'home', 'Displaying home.'));
    if (Math.round(m * 10) % 3 === 0) out.push(plog(T, m + 0.02, 'INFO', 'payment', 'Payment initiated successfully.'));
    if (Math.round(m * 10) % 4 === 0) out.push(plog(T, m + 0.04, 'INFO', 'login', 'Login Successful.'));
  }
  return out;
};

export const scenarios = [
  withDefaults({
    folder: 's43b-frontend-liveness-timeout',
    incidentTime: '2026-05-14T18:42:00Z',
    description: 'bank site keeps giving 502s on and off for the last half hour, users complaining they get kicked out mid-transfer',
    expected: { component: 'frontend', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'frontend', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      kubernetes-manifests/frontend.yaml (d0af047): one replica, livenessProbe GET /ready :8080 initialDelaySeconds 60, periodSeconds 15,
      timeoutSeconds 30; readinessProbe /ready timeout 10; terminationGracePeriodSeconds 5; cpu limit 250m. The frontend runs gunicorn
      with one gthread worker (4 threads), so /ready queues behind page requests that each wait on up to four backend calls.
      Incident: a "probe hardening" change (rollout at 17:47) sets the frontend's liveness timeoutSeconds to 1 and periodSeconds to 5.
      At the evening peak (18:04 on) /ready often takes longer than 1s, three misses in a row make the kubelet kill the container
      ("failed liveness probe, will be restarted"); gunicorn's graceful shutdown outlasts the 5s grace period, so exit 137, and each
      restart drops in-flight requests: the GKE load balancer answers 502 while the single pod restarts. Seven restarts in 38 minutes.
      Backends are healthy and log normally. Kubelet probe texts as Kubernetes 1.30 writes them (Client.Timeout exceeded while
      awaiting headers). Decoys: a healthy userservice rollout three hours earlier (TOKEN_EXPIRY_SECONDS change) and an old balancereader
      restart two days ago (exit 143 during a node upgrade). Deviation from upstream: the rolled-out probe values.`,
    workloads: {
      frontend: {
        containers: { front: { livenessProbe: frontProbeNew } },
        rollout: { at: -55, revision: 4, oldContainers: { front: { livenessProbe: frontProbeOld } } },
        pods: [{
          node: NODES[1],
          containers: {
            front: cs.restartedRunning({ restarts: 7, startedAt: T.iso(-3.4), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-8.9), finishedAt: T.iso(-3.5) } }),
          },
          readyTransition: T.iso(-3.1),
        }],
      },
      userservice: {
        containers: { userservice: { env: base.workloads.find((w) => w.name === 'userservice').containers[0].env.map((e) => (e.name === 'TOKEN_EXPIRY_SECONDS' ? { ...e, value: '1800' } : e)) } },
        rollout: { at: -190, revision: 6 },
      },
      balancereader: {
        pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.6) } }) } }],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -55 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -53.8 },
      { on: 'pod:frontend#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{front}', message: 'Liveness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', count: 26, first: -38.2, last: -0.7 },
      { on: 'pod:frontend#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{front}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', count: 7, first: -37.9, last: -3.3 },
      { on: 'pod:frontend#0', reason: 'Killing', fieldPath: 'spec.containers{front}', message: 'Container front failed liveness probe, will be restarted', count: 7, first: -37.6, last: -3.6 },
      { on: 'pod:frontend#0', reason: 'Pulled', fieldPath: 'spec.containers{front}', message: `Container image "${FRONT_IMG}" already present on machine`, count: 7, first: -37.5, last: -3.45 },
      { on: 'pod:frontend#0', reason: 'Created', fieldPath: 'spec.containers{front}', message: 'Created container front', count: 8, first: -54.3, last: -3.42 },
      { on: 'pod:frontend#0', reason: 'Started', fieldPath: 'spec.containers{front}', message: 'Started container front', count: 8, first: -54.2, last: -3.4 },
    ],
    logs: {
      'frontend#0/front/previous': [
        ...gunicornBoot(-8.9, 7),
        ...busy(-8.6, -3.7, 0.35),
        plog(T, -3.62, 'ERROR', 'home', 'Error retrieving account balance: HTTPConnectionPool(host=\'balancereader\', port=8080): Read timed out. (read timeout=4)'),
        plog(T, -3.55, 'INFO', 'signal', 'Handling signal: term'),
      ],
      'frontend#0/front': [...gunicornBoot(-3.4, 7), ...busy(-3.1, -0.1, 0.3)],
      'balancereader#0/balancereader': [
        plog(T, -60 * 49 + 1.2, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 41.87 seconds (JVM running for 44.602)'),
        plog(T, -30, 'INFO', 'pollTransactions', 'Polling for new transactions: 10 processed'),
        plog(T, -12, 'INFO', 'pollTransactions', 'Polling for new transactions: 12 processed'),
        plog(T, -2, 'INFO', 'pollTransactions', 'Polling for new transactions: 9 processed'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        plog(T, -20, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        plog(T, -9, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        plog(T, -1, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      ],
    },
  }),
];
