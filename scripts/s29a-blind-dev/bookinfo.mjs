// Batch s29a blind dev scenario for Istio Bookinfo (kit system scripts/kit-systems/bookinfo.mjs): a ResourceQuota on requests
// added without a LimitRange; the deleted productpage pod cannot be re-created ("failed quota … must specify requests.cpu").
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };
export const scenarios = [];

// Posted by the build script (scripts/s29a-build.mjs): the quota's creation time and the ReplicaSet/Deployment failure condition.
export const quotaCreated = {};
export const replicaFailure = {};

const liberty = (T, min, code, msg) => `[${T.isoMs(min).replace('T', ' ').replace('Z', '')} UTC] 00000025 ${code.padEnd(30)} ${msg}`;

{
  const incidentTime = '2026-12-10T09:52:00Z';
  const T = clock(incidentTime);
  const folder = 's29a-productpage-quota-requires-requests';
  const msg = 'pods "%RSPREFIX%" is forbidden: failed quota: bookinfo-compute: must specify requests.cpu for: productpage; requests.memory for: productpage';
  quotaCreated[folder] = { at: -60 * 17.5, incidentTime };
  replicaFailure[folder] = { workload: 'productpage-v1', at: -14.6, message: msg, incidentTime };
  scenarios.push(bookinfoScenario({
    folder,
    incidentTime,
    description: 'bookinfo down since ~09:38, ingress says "no healthy upstream". i only deleted the productpage pod because it was slow',
    expected: { component: 'productpage', cause: 'quota-exceeded' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `Bookinfo (istio samples/bookinfo/platform/kube/bookinfo.yaml, release 1.20.1, sidecar-injected): no app container sets resource
      requests; only the injected istio-init/istio-proxy request 100m/128Mi. The platform team's namespace baseline (GitOps, applied ~17h
      earlier) created ResourceQuota bookinfo-compute with hard requests.cpu/requests.memory but no LimitRange. Kubernetes' quota admission
      then rejects every new pod whose containers lack those requests ("failed quota: <name>: must specify requests.cpu for: <container>;
      requests.memory for: <container>"), while running pods are untouched — so nothing broke until an engineer deleted the single
      productpage-v1 pod at ~09:37. The ReplicaSet cannot re-create it (FailedCreate, ReplicaFailure condition), productpage has no
      endpoints and the Istio ingress answers 503 "no healthy upstream". Quota usage is far below its hard limits; the block is the missing
      requests. Decoy: a healthy reviews-v3 rollout two days earlier (before the quota existed) and normal reviews/ratings logs.`,
    workloads: {
      'productpage-v1': { pods: [], rsReplicas: 1, endpointsChanged: -14.7,
        deployStatus: {
          observedGeneration: 5, replicas: 0, updatedReplicas: 0, readyReplicas: 0, availableReplicas: 0, unavailableReplicas: 1,
          conditions: [
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%RSNAME%" has successfully progressed.' },
            { type: 'Available', status: 'False', lastUpdateTime: T.iso(-14.6), lastTransitionTime: T.iso(-14.6), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
            { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(-14.6), lastTransitionTime: T.iso(-14.6), reason: 'FailedCreate', message: msg },
          ],
        },
      },
      'reviews-v3': { rollout: { at: -60 * 24 * 2, oldContainers: { reviews: { image: 'docker.io/istio/examples-bookinfo-reviews-v3:1.20.0' } } } },
    },
    resourceQuotas: [{
      name: 'bookinfo-compute',
      hard: { pods: '20', 'requests.cpu': '4', 'requests.memory': '8Gi' },
      used: { pods: '8', 'requests.cpu': '800m', 'requests.memory': '1Gi' },
    }],
    events: [
      { on: 'rs:productpage-v1', reason: 'FailedCreate', message: `Error creating: ${msg}`, type: 'Warning', first: -14.6, last: -0.3, count: 19 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% from 0 to 1', first: -60 * 24 * 2, last: -60 * 24 * 2 },
    ],
    logs: {
      'reviews-v3#0/reviews': [
        liberty(T, -60 * 24 * 2 + 0.5, 'I CWWKZ0001I:', 'Application reviews-app started in 4.312 seconds.'),
        liberty(T, -60 * 24 * 2 + 0.5, 'I CWWKF0011I:', 'The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.287 seconds.'),
      ],
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080', 'GET /ratings/0', 'GET /ratings/0', 'GET /health'],
    },
  }));
}
