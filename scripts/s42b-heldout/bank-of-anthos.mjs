// Batch s42b held-out scenario for Bank of Anthos (split: test), written blind: kit system definition
// scripts/kit-systems/bank-of-anthos.mjs, expanded by scripts/s42b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, configMaps } from '../kit-systems/bank-of-anthos.mjs';

export { system };

// ---------------------------------------------------------------------------------------------------------------
// s42b-frontend-hpa-quota: evening traffic drives the two frontend pods to their 250m CPU limit; the HPA asks for 5
// replicas but the namespace ResourceQuota (limits.cpu: 4) is already fully used, so the ReplicaSet cannot create pods.
const I = '2026-06-05T19:34:00Z';
const T = clock(I);
const N0 = 'gke-boa-prod-pool-1-3f9a2c41-7kqm';
const N1 = 'gke-boa-prod-pool-1-3f9a2c41-h2xd';
const N2 = 'gke-boa-prod-pool-1-3f9a2c41-w5tn';

const fe = (min, sev, fn, msg) => jlog(T, min, sev, fn, msg);
const frontLog = (seed) => {
  const out = [];
  // before ~19:08 normal traffic
  for (let m = -40; m < -26; m += 3) out.push(fe(m + seed, 'INFO', '_login_helper', 'Successfully logged in.'));
  // from ~19:10 CPU bound: gthread workers miss the 30 s timeout and are killed by the arbiter
  let pid = 14 + seed * 10;
  for (let m = -23 + seed; m < -0.5; m += 2.7) {
    out.push(fe(m, 'INFO', '_login_helper', 'Successfully logged in.'));
    if (Math.round(m * 10) % 3 === 0) {
      out.push(fe(m + 0.3, 'CRITICAL', 'murder_workers', `WORKER TIMEOUT (pid:${pid})`));
      out.push(fe(m + 0.31, 'INFO', 'handle_abort', `Worker exiting (pid: ${pid})`));
      pid += 7;
      out.push(fe(m + 0.35, 'INFO', 'spawn_worker', `Booting worker with pid: ${pid}`));
    }
  }
  return out.sort();
};

const QUOTA_MSG = (suffix) =>
  `Error creating: pods "frontend-%RS%" is forbidden: exceeded quota: bank-of-anthos-compute, requested: limits.cpu=250m, used: limits.cpu=4, limited: limits.cpu=4${suffix}`;

export const post = {
  's42b-frontend-hpa-quota': ({ dir, readJson, writeJson }) => {
    // The ReplicaSet wants 5 but owns 2 pods; the controller records the failure as a ReplicaFailure condition.
    const rsFile = `${dir}/replicasets.json`;
    const rss = readJson(rsFile);
    for (const r of rss.items)
      if (r.metadata.name.startsWith('frontend-')) {
        r.status = {
          replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 2, observedGeneration: 3,
          conditions: [{
            type: 'ReplicaFailure', status: 'True', lastTransitionTime: T.iso(-24.5), reason: 'FailedCreate',
            message: `pods "${r.metadata.name}-wq7xz" is forbidden: exceeded quota: bank-of-anthos-compute, requested: limits.cpu=250m, used: limits.cpu=4, limited: limits.cpu=4`,
          }],
        };
        r.metadata.generation = 3;
      }
    writeJson(rsFile, rss);
    const dFile = `${dir}/deployments.json`;
    const ds = readJson(dFile);
    for (const d of ds.items)
      if (d.metadata.name === 'frontend') {
        const rsName = rss.items.find((r) => r.metadata.name.startsWith('frontend-')).metadata.name;
        d.status.conditions = [
          { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${rsName}" has successfully progressed.` },
          { type: 'Available', status: 'False', lastUpdateTime: T.iso(-24.5), lastTransitionTime: T.iso(-24.5), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
          { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(-24.5), lastTransitionTime: T.iso(-24.5), reason: 'FailedCreate', message: `pods "${rsName}-wq7xz" is forbidden: exceeded quota: bank-of-anthos-compute, requested: limits.cpu=250m, used: limits.cpu=4, limited: limits.cpu=4` },
        ];
      }
    writeJson(dFile, ds);
  },
};

export const scenarios = [
  withDefaults({
    folder: 's42b-frontend-hpa-quota',
    description: 'bank site crawling since ~19:10, login takes 20-30s and LB throwing some 502s. userservice dashboards look ok',
    incidentTime: I,
    expected: { component: 'frontend', cause: 'quota-exceeded' },
    alsoAcceptable: [{ component: 'frontend', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'time-expression', 'decoy'],
    grounding: `
      GoogleCloudPlatform/bank-of-anthos kubernetes-manifests/frontend.yaml: one container 'front' with requests 100m/64Mi
      and limits 250m/128Mi, readiness /ready every 5 s (timeout 10 s); the frontend runs gunicorn with gthread workers
      (--threads 4) and logs through src/frontend/logging.conf ("%(funcName)s | %(message)s" in a JSON line), so the
      arbiter's "WORKER TIMEOUT (pid:N)" appears as murder_workers. The team added an HPA (2-8 replicas, 70% CPU) and the
      platform team a namespace ResourceQuota (limits.cpu 4, sized on last month's usage); userservice was scaled to 2
      replicas two days ago, which left no headroom. Under the evening peak the HPA sets 5 replicas and the
      replicaset-controller's FailedCreate carries the apiserver's real text "exceeded quota: <name>, requested:
      limits.cpu=250m, used: limits.cpu=4, limited: limits.cpu=4"; the deployment shows ReplicaFailure/FailedCreate. The
      two running pods stay Ready between probe timeouts. Public reports: HPA scale-ups silently capped by ResourceQuota
      (kubernetes/kubernetes issues on FailedCreate with quota, GKE docs on quotas with HPA). Decoys: a userservice
      rollout yesterday (healthy) and an old balancereader restart.
    `,
    workloads: {
      frontend: {
        replicas: 5,
        pods: [
          { node: N0, created: T.iso(-60 * 24 * 3) },
          { node: N2, created: T.iso(-60 * 24 * 3) },
        ],
        rsReplicas: 5,
      },
      userservice: { replicas: 2, rollout: { at: -60 * 21, revision: 6 }, pods: [{ node: N1 }, { node: N2 }] },
      balancereader: {
        pods: [{
          node: N1,
          containers: {
            balancereader: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 4),
              last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.2) },
            }),
          },
        }],
      },
    },
    resourceQuotas: [{
      name: 'bank-of-anthos-compute',
      hard: { 'limits.cpu': '4', 'limits.memory': '8Gi', 'requests.cpu': '2', 'requests.memory': '4Gi', pods: '30' },
      used: { 'limits.cpu': '4', 'limits.memory': '4992Mi', 'requests.cpu': '1420m', 'requests.memory': '2368Mi', pods: '11' },
    }],
    hpas: [{
      name: 'frontend',
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'frontend' },
        minReplicas: 2, maxReplicas: 8,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
      },
      status: {
        lastScaleTime: T.iso(-24.5),
        currentReplicas: 2, desiredReplicas: 5,
        currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 247, averageValue: '247m' } } }],
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 2), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
        ],
      },
    }],
    configMaps,
    events: [
      { on: 'hpa:frontend', reason: 'SuccessfulRescale', message: 'New size: 5; reason: cpu resource utilization (percentage of request) above target', first: -24.5, last: -24.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 5 from 2', first: -24.5, last: -24.5 },
      { on: 'rs:frontend', type: 'Warning', reason: 'FailedCreate', message: QUOTA_MSG(''), first: -24.5, last: -0.6, count: 19 },
      { on: 'pod:frontend#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{front}', first: -21, last: -1.5, count: 11 },
      { on: 'pod:frontend#1', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{front}', first: -19, last: -3, count: 8 },
    ],
    logs: {
      'frontend#0/front': frontLog(0),
      'frontend#1/front': frontLog(1),
    },
  }),
];
