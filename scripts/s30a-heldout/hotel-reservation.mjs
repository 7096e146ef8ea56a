// Batch s30a held-out scenario (split: test) for DeathStarBench hotelReservation, written blind with the scenario kit
// (scripts/s2-scenario-kit.mjs) on the session-3 system definition (scripts/s3-scenarios/hotel-reservation.mjs) and its PVCs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const T = clock('2027-02-11T19:26:00Z');
// zerolog ConsoleWriter as the image's cmd/*/main.go configure it (RFC3339, caller, colours kept by kubectl logs).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const frontBoot = (m) => [
  zl(m, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(m, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(m, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(m, 'INF', 'cmd/frontend/main.go:23', 'Reading config...'),
  zl(m, 'INF', 'cmd/frontend/main.go:39', 'Read target port: 5000'),
  zl(m, 'INF', 'cmd/frontend/main.go:40', 'Read consul address: consul:8500'),
  zl(m, 'INF', 'cmd/frontend/main.go:41', 'Read jaeger address: jaeger:6831'),
  zl(m, 'INF', 'cmd/frontend/main.go:49', 'Initializing jaeger agent [service name: frontend | host: jaeger:6831]...'),
  zl(m, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(m, 'INF', 'cmd/frontend/main.go:54', 'Jaeger agent initialized'),
  zl(m, 'INF', 'cmd/frontend/main.go:56', 'Initializing consul agent [host: consul:8500]...'),
  zl(m, 'INF', 'cmd/frontend/main.go:61', 'Consul agent initialized'),
  zl(m, 'INF', 'cmd/frontend/main.go:77', 'Starting server...'),
  zl(m, 'INF', 'services/frontend/server.go:90', 'Serving http at 0.0.0.0:5000'),
];

// Namespace quota: every container of the chart sets limits.cpu 1 (20 pods = 20 CPUs of limits).
const quota = {
  name: 'hotelres-compute',
  hard: { 'limits.cpu': '20', 'limits.memory': '24Gi', 'requests.cpu': '6', 'requests.memory': '12Gi', pods: '40' },
  used: { 'limits.cpu': '20', 'limits.memory': '10752Mi', 'requests.cpu': '2', 'requests.memory': '2688Mi', pods: '20' },
};
const QUOTA_MSG = 'is forbidden: exceeded quota: hotelres-compute, requested: limits.cpu=1, used: limits.cpu=20, limited: limits.cpu=20';

export const scenarios = [
  {
    folder: 's30a-frontend-scaleout-blocked',
    split: 'test',
    description: 'hotel site very slow, searches timing out for customers since ~19:05',
    incidentTime: '2027-02-11T19:26:00Z',
    expected: { component: 'frontend', cause: 'quota-exceeded' },
    alsoAcceptable: [{ component: 'frontend', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'time-expression', 'decoy'],
    grounding: `
      Manifest: DeathStarBench hotelReservation helm chart (frontend 2 replicas, requests 100m / limits 1000m CPU, every other
      container also limited to 1000m), as in the session-3 system definition. Fault: a namespace ResourceQuota with limits.cpu 20,
      set when the namespace was onboarded, is exactly used up by the 20 pods; the evening peak pushes the frontend's CPU far above
      the HPA target (70% of request), the HPA raises the Deployment to 4 then to its maximum 6, and the ReplicaSet controller's
      every create is rejected "exceeded quota ... requested: limits.cpu=1, used: limits.cpu=20, limited: limits.cpu=20"
      (FailedCreate events, ReplicaFailure condition on the Deployment). The two frontend pods stay Running and Ready but are
      throttled at their limit, so searches slow down and time out; nothing crashes. resource-exhaustion on frontend also accepted
      (the CPU saturation is what users feel). Decoy: jaeger's OOM kill three days ago.`,
    workloads: {
      frontend: {
        replicas: 6,
        rsReplicas: 6,
        pods: [{}, {}],
        deployStatus: {
          observedGeneration: 5, replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2, unavailableReplicas: 4,
          conditions: [
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 12), lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%NEWRS%" has successfully progressed.' },
            { type: 'Available', status: 'False', lastUpdateTime: T.iso(-17.2), lastTransitionTime: T.iso(-17.2), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
            { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(-21.4), lastTransitionTime: T.iso(-21.4), reason: 'FailedCreate', message: `pods "%NEWRS%-x7tqk" ${QUOTA_MSG}` },
          ],
        },
      },
      jaeger: {
        pods: [{
          containers: {
            'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 42), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 11), finishedAt: T.iso(-60 * 24 * 3 - 42.2) } }),
          },
        }],
      },
    },
    resourceQuotas: [quota],
    hpas: [{
      name: 'frontend',
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' }, minReplicas: 2, maxReplicas: 6, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
      status: {
        lastScaleTime: T.iso(-17.3), currentReplicas: 2, desiredReplicas: 6,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageValue: '968m', averageUtilization: 968 } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-17.3), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
        ],
      },
    }],
    events: [
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -21.5 },
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 6; reason: cpu resource utilization (percentage of request) above target', first: -17.3 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 4 from 2', first: -21.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 6 from 4', first: -17.3 },
      { on: 'rs:frontend', reason: 'FailedCreate', type: 'Warning', message: `Error creating: pods "frontend-%RS%" ${QUOTA_MSG}`, first: -21.4, last: -0.6, count: 41 },
    ],
    logs: {
      'frontend#0/hotel-reserv-frontend': frontBoot(-60 * 24 * 12),
      'frontend#1/hotel-reserv-frontend': frontBoot(-60 * 24 * 12 + 0.4),
      'search#0/hotel-reserv-search': [
        zl(-60 * 24 * 12, 'INF', 'cmd/search/main.go:74', 'Starting server...'),
        zl(-60 * 24 * 12, 'INF', 'services/search/server.go:104', 'Successfully registered in consul'),
      ],
    },
  },
];
