// Batch s34a (held-out, split: test): one blind Bank of Anthos scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system definition scripts/kit-systems/bank-of-anthos.mjs (withDefaults, ConfigMaps, JSON log helper).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const IT = '2026-04-21T09:52:00Z';
const T = clock(IT);
const NODES = system.nodes.map((n) => n.name);

const quotaHard = { pods: '10', 'requests.cpu': '4', 'requests.memory': '8Gi', 'limits.cpu': '8', 'limits.memory': '12Gi' };
const quotaUsed = { pods: '10', 'requests.cpu': '1160m', 'requests.memory': '2240Mi', 'limits.cpu': '3500m', 'limits.memory': '4736Mi' };

const front0 = [];
const front1 = [];
for (let m = -30; m < -16; m += 3.1) {
  front0.push(plog(T, m, 'INFO', 'login', 'Login attempt for user testuser.'));
  front1.push(plog(T, m + 1.3, 'INFO', 'payment', 'Payment initiated.'));
}
// CPU-bound workers stop answering in time from ~09:38.
const timeouts = [-13.8, -12.9, -11.7, -10.2, -9.4, -8.1, -7.7, -5.9, -4.8, -3.2, -2.1, -1.0];
timeouts.forEach((m, i) => {
  front1.push(plog(T, m, 'CRITICAL', 'murder_workers', `WORKER TIMEOUT (pid:${17 + i * 3})`));
  front1.push(plog(T, m + 0.02, 'INFO', 'spawn_worker', `Booting worker with pid: ${18 + i * 3}`));
});
front1.push(plog(T, -9.0, 'ERROR', 'home', "Couldn't retrieve balance for user: HTTPConnectionPool(host='balancereader', port=8080): Read timed out. (read timeout=4)"));
front1.push(plog(T, -4.4, 'ERROR', 'home', "Couldn't retrieve transaction history for user: HTTPConnectionPool(host='transactionhistory', port=8080): Read timed out. (read timeout=4)"));
front1.sort();
const front0Prev = [...front0, plog(T, -13.1, 'CRITICAL', 'murder_workers', 'WORKER TIMEOUT (pid:9)'), plog(T, -13.08, 'INFO', 'spawn_worker', 'Booting worker with pid: 22'), plog(T, -10.4, 'CRITICAL', 'murder_workers', 'WORKER TIMEOUT (pid:22)'), plog(T, -10.38, 'INFO', 'spawn_worker', 'Booting worker with pid: 25'), plog(T, -6.6, 'INFO', 'handle_term', 'Handling signal: term'), plog(T, -6.58, 'INFO', 'worker_int', 'Worker exiting (pid: 25)')];
const front0Cur = [
  plog(T, -6.1, 'INFO', 'start', 'Starting gunicorn 22.0.0'),
  plog(T, -6.1, 'INFO', 'start', 'Listening at: http://0.0.0.0:8080 (1)'),
  plog(T, -6.1, 'INFO', 'start', 'Using worker: gthread'),
  plog(T, -6.09, 'INFO', 'spawn_worker', 'Booting worker with pid: 7'),
  plog(T, -5.8, 'INFO', 'create_app', 'Starting frontend service.'),
  plog(T, -3.3, 'CRITICAL', 'murder_workers', 'WORKER TIMEOUT (pid:7)'),
  plog(T, -3.28, 'INFO', 'spawn_worker', 'Booting worker with pid: 12'),
  plog(T, -0.9, 'INFO', 'login', 'Login attempt for user testuser.'),
];

export const scenarios = [
  withDefaults({
    folder: 's34a-frontend-hpa-blocked-by-pod-quota',
    description: 'bank frontend super slow and timing out for customers since ~9:40',
    incidentTime: IT,
    expected: { component: 'frontend', cause: 'quota-exceeded' },
    difficulty: 'medium',
    traits: ['time-expression', 'cpu-starvation', 'decoy'],
    grounding: `
      Bank of Anthos kubernetes-manifests (v0.6.10): frontend is gunicorn with gthread workers, requests 100m/64Mi and limits 250m/128Mi,
      readiness /ready (timeout 10 s) and liveness /ready (timeout 30 s) on 8080; BACKEND_TIMEOUT 4 s for its calls to the ledger services.
      Added, as many production installs do: a CPU HorizontalPodAutoscaler on frontend (min 2, max 6, 70 %) and a namespace ResourceQuota
      whose pods hard limit (10) equals the pods the namespace already runs (two frontends plus the eight other workloads).
      A morning traffic peak drives frontend to 243 % of its CPU request; the HPA raises the Deployment to 5 then 6 replicas, but every
      pod the ReplicaSet creates is refused by the quota admission ("exceeded quota: bank-of-anthos-quota, requested: pods=1, used: pods=10,
      limited: pods=10"), the Deployment shows ReplicaFailure FailedCreate, the two existing pods stay CPU-throttled: gunicorn logs
      WORKER TIMEOUT, probes time out, one pod was restarted by its liveness probe and the other drops out of the Service.
      The frontend's own read timeouts towards balancereader and transactionhistory are symptoms of its starved workers (those services are healthy).
      Decoys: a finished contacts rollout 55 minutes before, an old balancereader restart four days ago.
      Kubernetes texts: quota admission error, replicaset-controller FailedCreate, HPA SuccessfulRescale, kubelet probe messages.`,
    resourceQuotas: [{ name: 'bank-of-anthos-quota', hard: quotaHard, used: quotaUsed }],
    hpas: [{
      name: 'frontend',
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' }, minReplicas: 2, maxReplicas: 6, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
      status: {
        currentReplicas: 2, desiredReplicas: 6, lastScaleTime: T.iso(-10.2),
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '243m', averageUtilization: 243 } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-14), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-10.2), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
        ],
      },
    }],
    workloads: {
      frontend: {
        replicas: 6,
        rsReplicas: 6,
        pods: [
          { node: NODES[0], containers: { front: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-6.2), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-6.4) } }) } },
          { node: NODES[1], ready: false, readyTransition: T.iso(-1.4), containers: { front: cs.running(T.iso(-60 * 24 * 9 + 0.3), { ready: false }) } },
        ],
        deployStatus: {
          observedGeneration: 9, replicas: 2, updatedReplicas: 2, readyReplicas: 1, availableReplicas: 1, unavailableReplicas: 5,
          conditions: [
            { type: 'Available', status: 'False', lastUpdateTime: T.iso(-14), lastTransitionTime: T.iso(-14), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
            { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(-14), lastTransitionTime: T.iso(-14), reason: 'FailedCreate', message: 'pods "%NEWRS%-x2k9p" is forbidden: exceeded quota: bank-of-anthos-quota, requested: pods=1, used: pods=10, limited: pods=10' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%NEWRS%" has successfully progressed.' },
          ],
        },
      },
      contacts: { rollout: { at: -55, revision: 6, oldContainers: { contacts: { image: image('contacts', 'v0.6.9') } } } },
      balancereader: {
        pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4 + 2), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4) } }) } }],
      },
    },
    events: [
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 5; reason: cpu resource utilization (percentage of request) above target', first: -14 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 5 from 2', first: -14 },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 6; reason: cpu resource utilization (percentage of request) above target', first: -10.2 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 6 from 5', first: -10.2 },
      { on: 'rs:frontend', type: 'Warning', reason: 'FailedCreate', message: 'Error creating: pods "frontend-%RS%" is forbidden: exceeded quota: bank-of-anthos-quota, requested: pods=1, used: pods=10, limited: pods=10', first: -14, last: -0.6, count: 23 },
      { on: 'pod:frontend#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{front}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -12.5, last: -3.1, count: 14 },
      { on: 'pod:frontend#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{front}', message: 'Liveness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -9.1, last: -6.6, count: 3 },
      { on: 'pod:frontend#0', reason: 'Killing', fieldPath: 'spec.containers{front}', message: 'Container front failed liveness probe, will be restarted', first: -6.6 },
      { on: 'pod:frontend#0', reason: 'Pulled', fieldPath: 'spec.containers{front}', message: `Container image "${image('frontend')}" already present on machine`, first: -6.3 },
      { on: 'pod:frontend#0', reason: 'Created', fieldPath: 'spec.containers{front}', message: 'Created container front', first: -6.25 },
      { on: 'pod:frontend#0', reason: 'Started', fieldPath: 'spec.containers{front}', message: 'Started container front', first: -6.2 },
      { on: 'pod:frontend#1', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{front}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -12.9, last: -0.2, count: 31 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -55 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: -54 },
    ],
    logs: {
      'frontend#0/front/previous': front0Prev,
      'frontend#0/front': front0Cur,
      'frontend#1/front': front1,
      'contacts#0/contacts': [
        plog(T, -54.5, 'INFO', 'create_app', 'Starting contacts service.'),
        plog(T, -20, 'INFO', 'get_contacts', 'Retrieving contacts.'),
        plog(T, -3, 'INFO', 'get_contacts', 'Retrieving contacts.'),
      ],
    },
  }),
];
