// Batch s44a held-out scenario for Robot Shop (split: test), written blind: the kit system definition
// (instana/robot-shop K8s/helm at 55292e2, rs-*:2.1.0) and one incident.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-06-11T10:31:00Z';
const T = clock(INC);
const [A, B, C] = system.nodes.map((n) => n.name);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => {
  const j = T.java(min);
  return `${j.slice(8, 10)}/${MON[Number(j.slice(5, 7)) - 1]}/${j.slice(0, 4)}:${j.slice(11, 19)} +0000`;
};
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36';
const REQS = [
  ['GET', '/api/catalogue/products', 200, 3487],
  ['GET', '/api/catalogue/categories', 200, 61],
  ['GET', '/api/ratings/api/fetch/Watson', 200, 38],
  ['GET', '/api/cart/cart/anonymous-4217', 200, 142],
  ['GET', '/api/catalogue/product/EMM', 200, 246],
  ['GET', '/api/cart/add/anonymous-4217/EMM/1', 200, 301],
  ['GET', '/api/user/uniqueid', 200, 37],
  ['GET', '/images/Watson.jpg', 200, 27512],
];
function webLog(seed, from, to, step) {
  const out = [];
  let k = seed;
  for (let m = from; m < to; m += step) {
    k++;
    const [meth, path, st, bytes] = REQS[k % REQS.length];
    const ip = ['10.1.1.84', '10.1.2.137', '10.1.3.206'][k % 3];
    out.push(`${ip} - - [${clf(m)}] "${meth} ${path} HTTP/1.1" ${st} ${bytes} "http://shop.robot-shop.example/" "${UA}"`);
  }
  return out;
}

export const scenarios = [
  withDefaults({
    folder: 's44a-web-latency-alert-cleared',
    split: 'test',
    description: 'robot-shop web p95 latency alert fired 10:05-10:12, resolved by itself. anything actually broken?',
    incidentTime: INC,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Robot Shop helm chart (55292e2) and K8s/autoscale.sh, which creates HPAs with --min 1 --max 2 --cpu-percent 50.
      No fault: a newsletter send at 10:05 doubled traffic; web's HPA scaled from 1 to 2 replicas at 10:06
      ("New size: 2; reason: cpu resource utilization (percentage of request) above target", the HPA controller's text),
      the second nginx pod was Ready within a minute and p95 recovered by 10:12; CPU is now at 31% of request. Every pod is
      Running and Ready, every Service has endpoints, the logs show only 200s. Decoys: the HPA scaling, a routine catalogue
      rollout restart 47 minutes before, and a shipping restart four days old (exit 1 while mysql was still starting after a
      node patch). The page was a transient load spike the autoscaler absorbed.`,
    workloads: {
      web: {
        replicas: 2,
        pods: [{ node: A }, { node: C, created: T.iso(-24.6) }],
      },
      catalogue: {
        rollout: { at: -47, revision: 4, oldPatch: { podAnnotations: undefined } },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-47) } },
        pods: [{ node: B }],
      },
      shipping: {
        pods: [{ node: C, containers: { shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4 + 3), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 4 + 1), finishedAt: T.iso(-60 * 24 * 4 + 2.6) } }) } }],
      },
    },
    hpas: [
      {
        name: 'web',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 1, maxReplicas: 2, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] },
        status: {
          lastScaleTime: T.iso(-25), currentReplicas: 2, desiredReplicas: 2,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 31, averageValue: '31m' } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-19), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
      {
        name: 'catalogue',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'catalogue' }, minReplicas: 1, maxReplicas: 2, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] },
        status: {
          currentReplicas: 1, desiredReplicas: 1,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 22, averageValue: '22m' } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-46), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
    ],
    events: [
      { on: 'hpa:web', reason: 'SuccessfulRescale', message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target', first: -25, last: -25 },
      { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled up replica set web-%NEW% to 2 from 1', first: -25, last: -25 },
      { on: 'pod:web#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -24.6, last: -24.6 },
      { on: 'pod:web#1', reason: 'Pulling', message: 'Pulling image "robotshop/rs-web:2.1.0"', fieldPath: 'spec.containers{web}', first: -24.6, last: -24.6 },
      { on: 'pod:web#1', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-web:2.1.0" in 6.812s (6.812s including waiting). Image size: 60217343 bytes.', fieldPath: 'spec.containers{web}', first: -24.5, last: -24.5 },
      { on: 'pod:web#1', reason: 'Created', message: 'Created container web', fieldPath: 'spec.containers{web}', first: -24.5, last: -24.5 },
      { on: 'pod:web#1', reason: 'Started', message: 'Started container web', fieldPath: 'spec.containers{web}', first: -24.5, last: -24.5 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -47, last: -47 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -46.5, last: -46.5 },
      { on: 'hpa:catalogue', reason: 'FailedGetResourceMetric', type: 'Warning', message: 'failed to get cpu utilization: did not receive metrics for targeted pods (pods might be unready)', first: -46.8, last: -46.3, count: 2 },
    ],
    logs: {
      'web#0/web': webLog(0, -55, -0.2, 0.21),
      'web#1/web': webLog(500, -24.4, -0.2, 0.43),
      'catalogue#0/catalogue': [
        pino(T, -46.7, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -46.7, 'info', '%POD%', 'Started on port 8080'),
        ...[-40, -31, -22, -13, -4].map((m) => pino(T, m, 'info', '%POD%', 'request completed', '"req":{"id":' + Math.round(-m * 97) + ',"method":"GET","url":"/products","remoteAddress":"::ffff:10.1.1.84"},"res":{"statusCode":200},"responseTime":' + (4 + Math.round(-m) % 6) + ',')),
      ],
      'cart#0/cart': [
        ...[-38, -26, -17, -6].map((m) => pino(T, m, 'info', '%POD%', 'request completed', '"req":{"id":' + Math.round(-m * 53) + ',"method":"GET","url":"/add/anonymous-4217/EMM/1"},"res":{"statusCode":200},"responseTime":' + (9 + Math.round(-m) % 7) + ',')),
      ],
    },
  }),
];
