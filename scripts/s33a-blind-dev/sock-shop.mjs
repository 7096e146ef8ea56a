// Batch s33a (blind dev): one Sock Shop incident on the session-2 Sock Shop system (scripts/s2-scenarios/sock-shop.mjs).
// A namespace pod-count quota, its headroom eaten by a forgotten debug pod, blocks the front-end HPA's scale-out at peak.
import { clock, cs, uid } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INC = '2026-11-27T10:41:00Z';
const T = clock(INC);
const NS = 'sock-shop';
const QUOTA_MSG = 'exceeded quota: sock-shop-quota, requested: pods=1, used: pods=16, limited: pods=16';

// front-end (express + morgan "dev"): latency climbs as both pods sit at their 300m CPU limit.
const fe = (seed) => {
  const out = [];
  const paths = [['GET /catalogue?size=5', 1394], ['GET /cart', 2], ['GET /catalogue/3395a43e-2d88-40de-b95f-e00e1502085b', 287], ['GET /customers/57a98d98e4b00679b4a830b2', 248], ['GET /', 8688], ['POST /cart', 0], ['GET /category.html', 7143], ['GET /card', 64]];
  let k = seed;
  for (let m = -55; m < 0; m += 0.35) {
    const [p, bytes] = paths[k++ % paths.length];
    const hot = m >= -26;
    const ms = hot ? 900 + ((k * 397) % 2600) + (m + 26) * -10 : 8 + ((k * 31) % 60);
    if (hot && k % 9 === 0) {
      out.push(`${p} 500 ${(ms + 4000).toFixed(3)} ms - 58`);
      out.push(`Error: ESOCKETTIMEDOUT`);
      out.push(`    at ClientRequest.<anonymous> (/usr/src/app/node_modules/request/request.js:816:19)`);
      out.push(`    at Object.onceWrapper (events.js:313:30)`);
    } else out.push(`${p} 200 ${ms.toFixed(3)} ms - ${bytes}`);
  }
  return out;
};

export const scenarios = [
  {
    folder: 's33a-front-end-hpa-pod-quota',
    incidentTime: INC,
    description: 'black friday: sock shop pages taking 5-10s to load since about 10:15, some checkouts timing out',
    expected: { component: 'front-end', cause: 'quota-exceeded' },
    difficulty: 'medium',
    traits: ['pods-ready', 'cpu-starvation', 'time-expression', 'decoy'],
    grounding: `
      complete-demo.yaml front-end (2 replicas, requests 100m/300Mi, limits 300m/1000Mi, Node.js express app logging through
      morgan "dev", request library ESOCKETTIMEDOUT on slow upstream calls). Deviations: the shop adds an autoscaling/v2 HPA on
      front-end (min 2, max 6, 70 % CPU of requests) and the platform team's namespace template ResourceQuota sock-shop-quota with
      hard pods=16, sized for the 15 pods of complete-demo plus one spare. An engineer's "kubectl run tmp-shell
      --image=nicolaka/netshoot -- sleep infinity" from the day before is still Running and takes the spare. At the Black Friday
      peak the HPA raises front-end to 4; every ReplicaSet create is refused by the quota admission ("exceeded quota:
      sock-shop-quota, requested: pods=1, used: pods=16, limited: pods=16", FailedCreate on the ReplicaSet, ReplicaFailure on the
      Deployment), so the two existing pods stay pinned at their CPU limit and page loads take seconds. Kubernetes behaviour as
      documented for ResourceQuota (pods counts non-terminal pods; creations beyond hard are rejected with 403 Forbidden).
      Decoys: queue-master restarted once two days ago; a Normal catalogue event.
    `,
    workloads: {
      'front-end': {
        replicas: 4,
        pods: [{}, {}],
        rsReplicas: 4,
        deployStatus: {
          observedGeneration: 9, replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2, unavailableReplicas: 2,
          conditions: [
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 12), lastTransitionTime: T.iso(-60 * 24 * 40), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "front-end-%RSNAME%" has successfully progressed.' },
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 12), lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'ReplicaFailure', status: 'True', lastUpdateTime: T.iso(-26), lastTransitionTime: T.iso(-26), reason: 'FailedCreate', message: `pods "front-end-%RSNAME%-7xkqp" is forbidden: ${QUOTA_MSG}` },
          ],
        },
        since: -60 * 24 * 12,
      },
      'queue-master': {
        pods: [
          {
            containers: {
              'queue-master': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.3) } }),
            },
          },
        ],
      },
    },
    resourceQuotas: [
      { name: 'sock-shop-quota', hard: { pods: '16', 'requests.storage': '50Gi', persistentvolumeclaims: '10', 'services.loadbalancers': '2' }, used: { pods: '16', 'requests.storage': '0', persistentvolumeclaims: '0', 'services.loadbalancers': '0' } },
    ],
    hpas: [
      {
        name: 'front-end',
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'front-end' }, minReplicas: 2, maxReplicas: 6, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }] },
        status: {
          lastScaleTime: T.iso(-26), currentReplicas: 2, desiredReplicas: 4,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 296, averageValue: '296m' } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'SucceededRescale', message: 'the HPA controller was able to update the target scale to 4' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 12), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 2), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
          ],
        },
      },
    ],
    events: [
      { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -26 },
      { on: 'rs:front-end', reason: 'FailedCreate', type: 'Warning', message: `Error creating: pods "front-end-%RS%" is forbidden: ${QUOTA_MSG}`, first: -26, last: -0.4, count: 31 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue:0.3.5" already present on machine', first: -60 * 24 * 9, fieldPath: 'spec.containers{catalogue}' },
    ],
    logs: {
      'front-end#0/front-end': fe(0),
      'front-end#1/front-end': fe(3),
      'orders#0/orders': [
        `${T.java(-31)}  INFO [orders,,,] 7 --- [p-nio-80-exec-4] w.w.s.o.controllers.OrdersController    : Order created: CustomerOrder{id='6561c1f3e4b0a7e21c0f3a11', customerId='57a98d98e4b00679b4a830b2', ...}`,
        `${T.java(-9.2)} ERROR [orders,,,] 7 --- [p-nio-80-exec-9] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is java.util.concurrent.TimeoutException] with root cause`,
        `java.util.concurrent.TimeoutException: null`,
        `\tat java.util.concurrent.CompletableFuture.timedGet(CompletableFuture.java:1771)`,
        `\tat works.weave.socks.orders.controllers.OrdersController.newOrder(OrdersController.java:96)`,
        `${T.java(-4.1)}  INFO [orders,,,] 7 --- [p-nio-80-exec-2] w.w.s.o.controllers.OrdersController    : Order created: CustomerOrder{id='6561c3a8e4b0a7e21c0f3a4c', customerId='5a8b2f1fe4b0c1d2a3f4e5d6', ...}`,
      ],
    },
    post: {
      // The forgotten debug pod (kubectl run, no owner) that takes the quota's spare slot.
      'pods.json': (list, { T: C }) => {
        const node = 'ip-10-0-2-148.eu-west-1.compute.internal';
        const start = C.iso(-60 * 19);
        list.items.push({
          metadata: { name: 'tmp-shell', namespace: NS, uid: uid('sock-shop/s33a/tmp-shell'), resourceVersion: '9099871', creationTimestamp: start, labels: { run: 'tmp-shell' } },
          spec: {
            containers: [{ name: 'tmp-shell', image: 'nicolaka/netshoot', args: ['sleep', 'infinity'], resources: {}, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', imagePullPolicy: 'Always' }],
            restartPolicy: 'Always', terminationGracePeriodSeconds: 30, dnsPolicy: 'ClusterFirst', serviceAccountName: 'default', serviceAccount: 'default', nodeName: node, securityContext: {}, schedulerName: 'default-scheduler',
            tolerations: [
              { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
              { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
            ],
            enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority', priority: 0,
          },
          status: {
            phase: 'Running',
            conditions: ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((t) => ({ type: t, status: 'True', lastProbeTime: null, lastTransitionTime: start })),
            hostIP: '10.0.2.148', hostIPs: [{ ip: '10.0.2.148' }], podIP: '10.0.2.203', podIPs: [{ ip: '10.0.2.203' }], startTime: start,
            containerStatuses: [{ name: 'tmp-shell', image: 'docker.io/nicolaka/netshoot:latest', imageID: 'docker.io/nicolaka/netshoot@sha256:a20c2531bf35436ed3766cd6cfe89d352b050ccc4d7005ce6400adf97503da1b', containerID: 'containerd://4f0c2a9e61b7d3c85e1a0f92b6d47c3e8a5f10b29d6c7e4a3b8f1d02c9e57a64', state: { running: { startedAt: C.iso(-60 * 19 + 0.2) } }, lastState: {}, ready: true, started: true, restartCount: 0 }],
            qosClass: 'BestEffort',
          },
        });
      },
      // The Deployment and ReplicaSet name the real ReplicaSet; the ReplicaSet carries the ReplicaFailure condition.
      'deployments.json': (list, { read }) => {
        const rs = read('replicasets.json').items.find((r) => r.metadata.ownerReferences[0].name === 'front-end');
        const hash = rs.metadata.name.slice('front-end-'.length);
        for (const d of list.items) if (d.metadata.name === 'front-end') for (const c of d.status.conditions) c.message = c.message.replaceAll('%RSNAME%', hash);
      },
      'replicasets.json': (list, { T: C }) => {
        for (const r of list.items)
          if (r.metadata.ownerReferences[0].name === 'front-end') {
            r.status.replicas = 2;
            r.status.fullyLabeledReplicas = 2;
            r.status.conditions = [{ type: 'ReplicaFailure', status: 'True', lastTransitionTime: C.iso(-26), reason: 'FailedCreate', message: `pods "${r.metadata.name}-7xkqp" is forbidden: ${QUOTA_MSG}` }];
          }
      },
    },
  },
];
