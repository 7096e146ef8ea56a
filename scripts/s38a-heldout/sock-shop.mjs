// Batch s38a held-out scenario for Sock Shop (split: test), written blind: the session-2 system definition with one
// incident spec; built by scripts/s38a-build.mjs with the s2 scenario kit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const T = clock('2026-05-12T18:31:00Z');
const morgan = (method, path, status, ms, len) => `${method} ${path} ${status} ${ms.toFixed(3)} ms - ${len}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;

// front-end access log (morgan "dev"): fast until the promo traffic at ~-26, then seconds per request at the CPU limit.
const feLines = (seed, from, to) => {
  const out = [];
  const paths = [['GET', '/catalogue?page=1&size=6&tags=', 2210], ['GET', '/catalogue/size?tags=', 24], ['GET', '/cart', 2], ['GET', '/tags', 107], ['GET', '/catalogue/3395a43e-2d88-40de-b95f-e00e1502085b', 372], ['POST', '/cart', 0], ['GET', '/index.html', 8614], ['GET', '/customers/57a98d98e4b00679b4a830b2', 191]];
  let i = seed;
  for (let m = from; m < to; m += 0.35) {
    const [meth, p, len] = paths[i % paths.length];
    const slow = m > -26;
    const ms = slow ? 1800 + ((i * 733) % 7400) : 4 + ((i * 37) % 60);
    out.push(morgan(meth, p, meth === 'POST' ? 201 : 200, ms + ((i * 13) % 1000) / 1000, len));
    i++;
  }
  return out;
};

export const scenarios = [
  {
    folder: 's38a-frontend-hpa-blocked-quota',
    split: 'test',
    description: 'sock shop crawling since ~18:05, pages take 5-10s, the promo newsletter just went out',
    incidentTime: '2026-05-12T18:31:00Z',
    expected: { component: 'front-end', cause: 'quota-exceeded' },
    alsoAcceptable: [{ component: 'front-end', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['time-expression', 'decoy', 'pods-ready'],
    grounding: `
      Sock Shop complete-demo.yaml (9dff06f): front-end weaveworksdemos/front-end:0.3.12, requests cpu 100m / limit 300m, two replicas,
      NodePort 80->8079; the repo's deploy/kubernetes/autoscaling manifests put CPU HPAs on the services (here front-end, min 2 max 8,
      70% of request). Deviation: a platform-team ResourceQuota sock-shop-quota (pods: 16) on the namespace, the common
      multi-tenant EKS guard-rail; the namespace already runs 16 pods once the HPA reached 3 front-end replicas.
      Fault: a newsletter peak drives front-end to ~283% of its CPU request (near its 300m limit); the HPA computes 6 replicas and
      updates the Deployment, but the ReplicaSet controller's pod creations are rejected by the quota admission ("exceeded quota:
      sock-shop-quota, requested: pods=1, used: pods=16, limited: pods=16", FailedCreate, ReplicaFailure condition), so three
      throttled Node.js pods serve every page in seconds while catalogue, carts and user answer in milliseconds.
      Texts: kube-controller-manager FailedCreate and HPA SuccessfulRescale event wording, Deployment ReplicaFailure condition,
      morgan "dev" access lines of the Express front-end, go-kit logfmt of catalogue.
      Decoy: queue-master restarted two days ago (exit 143 after a node rotation), unrelated.
    `,
    workloads: {
      'front-end': {
        replicas: 6,
        rsReplicas: 6,
        pods: [{}, {}, { created: T.iso(-24) }],
        deployStatus: {
          observedGeneration: 9,
          replicas: 3,
          updatedReplicas: 3,
          readyReplicas: 3,
          availableReplicas: 3,
          unavailableReplicas: 3,
          conditions: [
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%RSNAME%" has successfully progressed.' },
            { type: 'Available', status: 'False', lastUpdateTime: T.iso(-19), lastTransitionTime: T.iso(-19), reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' },
            { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(-19), lastTransitionTime: T.iso(-19), reason: 'FailedCreate', message: 'pods "%RSNAME%-x9tkd" is forbidden: exceeded quota: sock-shop-quota, requested: pods=1, used: pods=16, limited: pods=16' },
          ],
        },
      },
      'queue-master': {
        pods: [{ containers: { 'queue-master': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.4) } }) } }],
      },
    },
    resourceQuotas: [
      { name: 'sock-shop-quota', hard: { pods: '16', 'services.loadbalancers': '0', 'services.nodeports': '2' }, used: { pods: '16', 'services.loadbalancers': '0', 'services.nodeports': '1' } },
    ],
    hpas: [
      {
        name: 'front-end',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'front-end' }, minReplicas: 2, maxReplicas: 8, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
        status: {
          lastScaleTime: T.iso(-19),
          currentReplicas: 3,
          desiredReplicas: 6,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 283, averageValue: '283m' } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'SucceededRescale', message: 'the HPA controller was able to update the target scale to 6' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 3), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
    ],
    events: [
      { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 3; reason: cpu resource utilization (percentage of request) above target', first: -24.5 },
      { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 6; reason: cpu resource utilization (percentage of request) above target', first: -19.2 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 3 from 2', first: -24.4 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 6 from 3', first: -19.1 },
      { on: 'rs:front-end', reason: 'SuccessfulCreate', message: 'Created pod: %FE2%', first: -24.3 },
      { on: 'rs:front-end', type: 'Warning', reason: 'FailedCreate', message: 'Error creating: pods "front-end-%RS%" is forbidden: exceeded quota: sock-shop-quota, requested: pods=1, used: pods=16, limited: pods=16', first: -19.1, last: -0.6, count: 19 },
      { on: 'pod:front-end#2', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -24.3 },
      { on: 'pod:front-end#2', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -24.2, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#2', reason: 'Created', message: 'Created container front-end', first: -24.2, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#2', reason: 'Started', message: 'Started container front-end', first: -24.1, fieldPath: 'spec.containers{front-end}' },
    ],
    logs: {
      'front-end#0/front-end': feLines(1, -34, -0.4),
      'front-end#1/front-end': feLines(4, -34, -0.4),
      'front-end#2/front-end': ['App now running in production mode on port 8079', ...feLines(7, -23.5, -0.4)],
      'catalogue#0/catalogue': Array.from({ length: 40 }, (_, i) => kit(-30 + i * 0.7, i % 3 === 0 ? `caller=logging.go:115 method=Count tags= result=9 err=null took=${(0.9 + (i % 7) * 0.2).toFixed(3)}ms` : `caller=logging.go:62 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=${(1.8 + (i % 5) * 0.3).toFixed(3)}ms`)),
      'queue-master#0/queue-master': [
        `${T.java(-60 * 49 + 0.3)}  INFO [bootstrap,,,] 7 --- [           main] w.q.QueueMasterApplication               : Started QueueMasterApplication in 61.184 seconds (JVM running for 64.207)`,
      ],
    },
  },
];

// Build-time fix-ups the kit cannot express (run by scripts/s38a-build.mjs): the ReplicaSet shows 3 of its 6 pods and the
// FailedCreate condition, the Deployment condition messages name the real ReplicaSet, the SuccessfulCreate event the real pod.
export const post = {
  's38a-frontend-hpa-blocked-quota': ({ read, write }) => {
    const rss = read('replicasets.json');
    const rs = rss.items.find((r) => r.metadata.name.startsWith('front-end-'));
    rs.status.replicas = 3;
    rs.status.fullyLabeledReplicas = 3;
    rs.status.readyReplicas = 3;
    rs.status.availableReplicas = 3;
    rs.status.conditions = [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: T.iso(-19), reason: 'FailedCreate', message: `pods "${rs.metadata.name}-x9tkd" is forbidden: exceeded quota: sock-shop-quota, requested: pods=1, used: pods=16, limited: pods=16` }];
    write('replicasets.json', rss);
    const ds = read('deployments.json');
    const fe = ds.items.find((d) => d.metadata.name === 'front-end');
    fe.metadata.generation = 9;
    for (const c of fe.status.conditions) c.message = c.message.replaceAll('%RSNAME%', rs.metadata.name);
    write('deployments.json', ds);
    const pods = read('pods.json').items.filter((p) => p.metadata.name.startsWith(rs.metadata.name)).sort((a, b) => a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp));
    const evs = read('events.json');
    for (const e of evs.items) e.message = e.message.replace('%FE2%', pods[pods.length - 1].metadata.name);
    write('events.json', evs);
  },
};
