// Batch s50b held-out scenario (split: test) for TeaStore, written blind with the kit's TeaStore system
// (scripts/kit-systems/teastore.mjs) and a namespace ResourceQuota; expanded by scripts/s50b-build.mjs.
import { system } from '../kit-systems/teastore.mjs';
import { clock } from '../s2-scenario-kit.mjs';

export { system };

const I1 = '2026-06-19T19:55:00Z';
const T1 = clock(I1);
const r = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });
// The platform team's kustomize overlay sets requests/limits on every container (upstream sets none).
const RES = {
  'teastore-db': r('500m', '1Gi', '1', '2Gi'),
  'teastore-registry': r('250m', '512Mi', '500m', '1Gi'),
  'teastore-persistence': r('1', '1Gi', '2', '2Gi'),
  'teastore-auth': r('500m', '512Mi', '1', '1Gi'),
  'teastore-image': r('500m', '1Gi', '1', '2Gi'),
  'teastore-recommender': r('1', '1Gi', '2', '2Gi'),
  'teastore-webui': r('500m', '1Gi', '1', '2Gi'),
};
const withRes = (extra = {}) =>
  Object.fromEntries(
    Object.entries(RES).map(([n, res]) => [n, { ...(extra[n] ?? {}), containers: { [n]: { resources: res } } }]),
  );
const HPA = -14;
const quotaMsg = (pod) =>
  `pods "${pod}" is forbidden: exceeded quota: teastore-compute, requested: requests.cpu=500m, used: requests.cpu=4750m, limited: requests.cpu=5`;
const catalina = (min, level, thread, cls, msg) => {
  const d = new Date(Date.parse(T1.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const t = T1.java(min);
  return `${t.slice(8, 10)}-${mon}-${t.slice(0, 4)} ${t.slice(11)} ${level} [${thread}] ${cls} ${msg}`;
};
const boot = (min, app) => [
  catalina(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.100'),
  catalina(min, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  catalina(min + 0.1, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${app}.war]`),
  catalina(min + 0.2, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${app}.war] has finished in [9,482] ms`),
  catalina(min + 0.2, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  catalina(min + 0.2, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 10214 ms'),
];

export const scenarios = [
  {
    folder: 's50b-webui-hpa-quota',
    description: 'teastore is crawling since ~19:40, product pages take 10+ seconds to load',
    incidentTime: I1,
    expected: { component: 'webui', cause: 'quota-exceeded' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      TeaStore (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml): seven Deployments, Tomcat services on
      8080 registering with teastore-registry, webui the entry point (NodePort). Deviations from upstream, as a platform team runs
      it: a kustomize overlay gives every container requests/limits, a namespace ResourceQuota teastore-compute (requests.cpu 5,
      requests.memory 12Gi, limits.cpu 12, limits.memory 24Gi, pods 20) and an autoscaling/v2 HPA on teastore-webui (2..6, CPU
      70%). Evening traffic drives webui to 186% of its CPU request; the HPA raises the Deployment to 4 at 19:41 but every pod
      the ReplicaSet creates is rejected by the quota admission ("exceeded quota: teastore-compute, requested: requests.cpu=500m,
      used: requests.cpu=4750m, limited: requests.cpu=5", the real ResourceQuota admission text), so the ReplicaSet and the
      Deployment carry ReplicaFailure/FailedCreate and two saturated webui pods keep serving slowly. Nothing in the apps' logs
      errors (Tomcat keeps queueing). Decoy: a healthy rollout restart of teastore-recommender an hour earlier. The ReplicaSet
      and Deployment ReplicaFailure conditions are written by the build script (post).
    `,
    workloads: withRes({
      'teastore-webui': {
        replicas: 4,
        rsReplicas: 4,
        pods: [{}, {}],
        unavailableSince: HPA + 0.2,
      },
      'teastore-recommender': {
        rollout: { at: -52, revision: 3, oldPatch: { podAnnotations: undefined } },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T1.iso(-52.1) } },
      },
    }),
    resourceQuotas: [
      {
        name: 'teastore-compute',
        hard: { pods: '20', 'requests.cpu': '5', 'requests.memory': '12Gi', 'limits.cpu': '12', 'limits.memory': '24Gi' },
        used: { pods: '8', 'requests.cpu': '4750m', 'requests.memory': '7Gi', 'limits.cpu': '9500m', 'limits.memory': '14Gi' },
      },
    ],
    hpas: [
      {
        name: 'teastore-webui',
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'teastore-webui' },
          minReplicas: 2,
          maxReplicas: 6,
          metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
        },
        status: {
          lastScaleTime: T1.iso(HPA),
          currentReplicas: 2,
          desiredReplicas: 4,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 186, averageValue: '931m' } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T1.iso(HPA), reason: 'ScaleDownStabilized', message: 'recent recommendations were higher than current one, applying the highest recent recommendation' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T1.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T1.iso(-60 * 24 * 2), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
    ],
    events: [
      { on: 'hpa:teastore-webui', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: HPA },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 4 from 2', first: HPA },
      { on: 'rs:teastore-webui', reason: 'FailedCreate', type: 'Warning', message: `Error creating: ${quotaMsg('teastore-webui-%RS%')}`, first: HPA, last: -0.4, count: 23 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -52 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -50.8 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 1.214s (1.214s including waiting). Image size: 305127663 bytes.', first: -51.9, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', first: -51.8, fieldPath: 'spec.containers{teastore-recommender}' },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': boot(-60 * 24 * 6, 'webui'),
      'teastore-webui#1/teastore-webui': boot(-60 * 24 * 6, 'webui'),
      'teastore-recommender#0/teastore-recommender': [
        ...boot(-51.7, 'recommender'),
        catalina(-51.2, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Training recommender with 18442 orders and 61877 order items.'),
        catalina(-50.9, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.algorithm.AbstractRecommender.train', 'Training recommendation algorithm SlopeOne finished in 14388 ms.'),
      ],
      'teastore-persistence#0/teastore-persistence': boot(-60 * 24 * 9, 'persistence'),
    },
  },
];

export const post = {
  's50b-webui-hpa-quota': (read, write) => {
    const rsl = read('replicasets.json');
    const rsItem = rsl.items.find((x) => x.metadata.name.startsWith('teastore-webui-'));
    const msg = quotaMsg(`${rsItem.metadata.name}-k2x9q`);
    rsItem.status = { ...rsItem.status, replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 2, observedGeneration: 2, conditions: [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: T1.iso(HPA), reason: 'FailedCreate', message: msg }] };
    rsItem.metadata.generation = 2;
    write('replicasets.json', rsl);
    const dl = read('deployments.json');
    const d = dl.items.find((x) => x.metadata.name === 'teastore-webui');
    d.status.conditions.push({ type: 'ReplicaFailure', status: 'True', lastUpdateTime: T1.iso(HPA), lastTransitionTime: T1.iso(HPA), reason: 'FailedCreate', message: msg });
    write('deployments.json', dl);
  },
};
