// Held-out scenario (batch s42a, split test) for Bank of Anthos, written blind: spec for the scenario kit
// (scripts/s2-scenario-kit.mjs) on the kit system definition scripts/kit-systems/bank-of-anthos.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const T1 = clock('2026-05-29T15:42:00Z');
const N = base.nodes.map((n) => n.name);
const fe = (min, sev, m, msg) => jlog(T1, min, sev, m, msg);
const gun = (min, lvl, msg) => `[${T1.java(min).slice(0, 19)} +0000] [1] [${lvl}] ${msg}`;

const frontendLogs0 = [
  fe(-40, 'INFO', 'home', 'Displaying home.'),
  fe(-39.6, 'INFO', 'login', 'Login successful.'),
  fe(-39.1, 'INFO', 'home', 'Displaying home.'),
  fe(-31.2, 'INFO', 'login', 'Login successful.'),
  fe(-30.4, 'INFO', 'payment', 'Payment initiated.'),
  fe(-30.3, 'INFO', 'payment', 'Payment accepted.'),
  gun(-26.1, 'CRITICAL', 'WORKER TIMEOUT (pid:14)'),
  gun(-26.0, 'INFO', 'Worker exiting (pid: 14)'),
  gun(-25.9, 'INFO', 'Booting worker with pid: 31'),
  fe(-24.8, 'ERROR', 'login', 'Error logging in: HTTPConnectionPool(host=\'userservice\', port=8080): Read timed out. (read timeout=4)'),
  gun(-22.4, 'CRITICAL', 'WORKER TIMEOUT (pid:19)'),
  gun(-22.3, 'INFO', 'Booting worker with pid: 33'),
  fe(-20.7, 'INFO', 'login', 'Login successful.'),
  fe(-17.5, 'ERROR', 'home', 'Couldn\'t retrieve balance for user: HTTPConnectionPool(host=\'balancereader\', port=8080): Read timed out. (read timeout=4)'),
  gun(-14.9, 'CRITICAL', 'WORKER TIMEOUT (pid:31)'),
  gun(-14.8, 'INFO', 'Booting worker with pid: 38'),
  fe(-12.2, 'INFO', 'home', 'Displaying home.'),
  gun(-9.3, 'CRITICAL', 'WORKER TIMEOUT (pid:33)'),
  gun(-9.2, 'INFO', 'Booting worker with pid: 41'),
  fe(-6.4, 'ERROR', 'login', 'Error logging in: HTTPConnectionPool(host=\'userservice\', port=8080): Read timed out. (read timeout=4)'),
  gun(-3.1, 'CRITICAL', 'WORKER TIMEOUT (pid:38)'),
  gun(-3.0, 'INFO', 'Booting worker with pid: 44'),
  fe(-1.2, 'INFO', 'home', 'Displaying home.'),
];
const frontendLogs1 = [
  gun(-27.4, 'INFO', 'Starting gunicorn 22.0.0'),
  gun(-27.4, 'INFO', 'Listening at: http://0.0.0.0:8080 (1)'),
  gun(-27.4, 'INFO', 'Using worker: gthread'),
  gun(-27.3, 'INFO', 'Booting worker with pid: 7'),
  gun(-27.3, 'INFO', 'Booting worker with pid: 8'),
  fe(-26.0, 'INFO', 'login', 'Login successful.'),
  gun(-18.6, 'CRITICAL', 'WORKER TIMEOUT (pid:7)'),
  gun(-18.5, 'INFO', 'Booting worker with pid: 12'),
  fe(-16.0, 'ERROR', 'login', 'Error logging in: HTTPConnectionPool(host=\'userservice\', port=8080): Read timed out. (read timeout=4)'),
  fe(-11.3, 'INFO', 'home', 'Displaying home.'),
  gun(-7.7, 'CRITICAL', 'WORKER TIMEOUT (pid:8)'),
  gun(-7.6, 'INFO', 'Booting worker with pid: 15'),
  fe(-2.0, 'INFO', 'payment', 'Payment initiated.'),
  fe(-1.9, 'INFO', 'payment', 'Payment accepted.'),
];

export const scenarios = [
  withDefaults({
    folder: 's42a-frontend-hpa-blocked-by-quota',
    description: 'bank site is crawling, customers say login spins forever since ~15:15',
    incidentTime: '2026-05-29T15:42:00Z',
    expected: { component: 'frontend', cause: 'quota-exceeded' },
    alsoAcceptable: [{ component: 'frontend', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'cpu-starvation', 'time-expression', 'decoy'],
    grounding: `
      Bank of Anthos kubernetes-manifests/frontend.yaml (v0.6.10): the frontend container requests 100m CPU with a 250m
      limit, readiness /ready every 5 s with a 10 s timeout; gunicorn serves it and kills workers that do not answer within
      its timeout ("[CRITICAL] WORKER TIMEOUT"). Kubernetes ResourceQuota semantics: a quota on limits.cpu rejects every new
      pod at admission once used equals hard ("exceeded quota: compute-resources, requested: limits.cpu=250m, used:
      limits.cpu=3500m, limited: limits.cpu=3500m", the ReplicaSet controller's FailedCreate event and the Deployment's
      ReplicaFailure condition), a common failure when a platform team adds namespace quotas sized to current usage and an
      HPA later needs headroom. Here an HPA on frontend (min 1, max 5, 70% CPU) scales to 2 and then asks for 5 at the
      month-end payday peak; the three extra pods are never created, both running pods sit at their CPU limit (requests
      above 190% of target), readiness probes time out intermittently without the pods leaving the endpoints for long, the
      frontend logs requests timing out against userservice/balancereader while those are healthy. The quota itself was
      applied two days earlier. Decoys: a contacts rollout the day before (healthy), a transactionhistory restart five days
      old. Deviation from upstream: the HPA and the quota are this cluster's, not in the upstream manifests.`,
    resourceQuotas: [
      {
        name: 'compute-resources',
        hard: { 'limits.cpu': '3500m', 'limits.memory': '8Gi', 'requests.cpu': '2', 'requests.memory': '4Gi', pods: '20' },
        used: { 'limits.cpu': '3500m', 'limits.memory': '4736Mi', 'requests.cpu': '1160m', 'requests.memory': '2240Mi', pods: '10' },
      },
    ],
    hpas: [
      {
        name: 'frontend',
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' },
          minReplicas: 1,
          maxReplicas: 5,
          metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
        },
        status: {
          lastScaleTime: T1.iso(-24.5),
          currentReplicas: 2,
          desiredReplicas: 5,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 243, averageValue: '243m' } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T1.iso(-24.5), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T1.iso(-60 * 24 * 2), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'True', lastTransitionTime: T1.iso(-24.5), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
          ],
        },
      },
    ],
    workloads: {
      frontend: {
        replicas: 5,
        rsReplicas: 5,
        unavailableSince: -24.4,
        pods: [
          { node: N[0], created: T1.iso(-60 * 24 * 6) },
          { node: N[2], created: T1.iso(-27.6) },
        ],
        deployStatus: {
          observedGeneration: 9,
          replicas: 2,
          updatedReplicas: 2,
          readyReplicas: 2,
          availableReplicas: 2,
          unavailableReplicas: 3,
          conditions: [
            { type: 'Progressing', status: 'True', lastUpdateTime: T1.iso(-60 * 24 * 6), lastTransitionTime: T1.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet has successfully progressed.' },
            { type: 'Available', status: 'False', lastUpdateTime: T1.iso(-24.4), lastTransitionTime: T1.iso(-24.4), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
            { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T1.iso(-24.4), lastTransitionTime: T1.iso(-24.4), reason: 'FailedCreate', message: 'pods "frontend-%RSNAME%-" is forbidden: exceeded quota: compute-resources, requested: limits.cpu=250m, used: limits.cpu=3500m, limited: limits.cpu=3500m' },
          ],
        },
      },
      contacts: { rollout: { at: -60 * 20, revision: 6 } },
      transactionhistory: {
        pods: [
          {
            containers: {
              transactionhistory: cs.restartedRunning({
                restarts: 1,
                startedAt: T1.iso(-60 * 24 * 5 + 2),
                last: { exitCode: 143, reason: 'Error', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 24 * 5 + 1) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target', first: -27.8 },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 5; reason: cpu resource utilization (percentage of request) above target', first: -24.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: -27.8, source: 'deployment-controller' },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 5 from 2', first: -24.5, source: 'deployment-controller' },
      { on: 'rs:frontend', type: 'Warning', reason: 'FailedCreate', message: 'Error creating: pods "frontend-%RS%" is forbidden: exceeded quota: compute-resources, requested: limits.cpu=250m, used: limits.cpu=3500m, limited: limits.cpu=3500m', first: -24.4, last: -0.6, count: 31 },
      { on: 'pod:frontend#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{front}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -23.9, last: -2.8, count: 17 },
      { on: 'pod:frontend#1', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{front}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -19.2, last: -1.7, count: 11 },
      { on: 'pod:frontend#1', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned bank-of-anthos/%POD% to ${N[2]}`, first: -27.7 },
      { on: 'pod:frontend#1', reason: 'Started', fieldPath: 'spec.containers{front}', message: 'Started container front', first: -27.5 },
    ],
    logs: {
      'frontend#0/front': frontendLogs0,
      'frontend#1/front': frontendLogs1,
      'userservice#0/userservice': [
        jlog(T1, -40.2, 'INFO', 'login', 'Getting user data.'),
        jlog(T1, -40.2, 'INFO', 'login', 'Validating password.'),
        jlog(T1, -40.1, 'INFO', 'login', 'Creating jwt token.'),
        jlog(T1, -40.1, 'INFO', 'login', 'Login Successful.'),
        jlog(T1, -21.0, 'INFO', 'login', 'Getting user data.'),
        jlog(T1, -20.9, 'INFO', 'login', 'Login Successful.'),
        jlog(T1, -2.4, 'INFO', 'login', 'Getting user data.'),
        jlog(T1, -2.4, 'INFO', 'login', 'Login Successful.'),
      ],
      'balancereader#0/balancereader': [
        jlog(T1, -30.0, 'INFO', 'getBalance', 'Balance cache size: 2043'),
        jlog(T1, -12.0, 'INFO', 'getBalance', 'Balance cache size: 2049'),
      ],
    },
  }),
];
