// Batch s39a (blind dev): one Sock Shop incident for the scenario kit, on the session-2 system definition (system export).
// A traffic spike scales front-end's HPA to its maximum, but the new pods cannot be scheduled: the nodes are full.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const N = [
  'ip-10-0-1-23.eu-west-1.compute.internal',
  'ip-10-0-2-148.eu-west-1.compute.internal',
  'ip-10-0-3-91.eu-west-1.compute.internal',
];

const s1 = (() => {
  const incidentTime = '2026-05-20T19:12:00Z';
  const T = clock(incidentTime);
  const FS = '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
  const pending = (at) => ({ unscheduled: FS, created: T.iso(at) });
  // morgan("dev") as front-end's server.js logs requests: METHOD url status response-time ms - length
  const pages = ['/', '/catalogue?size=6', '/catalogue?page=1&size=6', '/catalogue/size?tags=', '/tags', '/cart', '/card', '/address', '/customers/57a98d98e4b00679b4a830b2', '/detail.html?id=3395a43e-2d88-40de-b95f-e00e1502085b', '/catalogue/3395a43e-2d88-40de-b95f-e00e1502085b'];
  // before the spike ~4-30 ms; from ~18:55 seconds, with aborted requests ("-" status) once the ELB gives up after 60 s.
  // from/to bound the container's life (minutes relative to the incident).
  const feLog = (seed, from, to) => {
    const out = [];
    let k = seed;
    for (let m = -30; m < -0.2; m += m < -17 ? 0.6 : 0.15) {
      const p = pages[k++ % pages.length];
      if (m < from || m > to) continue;
      const ms = m < -17 ? 4 + ((k * 7) % 27) + ((k * 389) % 1000) / 1000 : 1800 + ((k * 977) % 21000) + ((k * 613) % 1000) / 1000;
      if (m >= -17 && k % 6 === 0) out.push(`GET ${p} - - ms - -`);
      else out.push(`GET ${p} 200 ${ms.toFixed(3)} ms - ${800 + (k * 131) % 4000}`);
    }
    return out;
  };
  return {
    folder: 's39a-front-end-hpa-pending-capacity',
    description: 'sock shop site crawling, lots of timeouts and 504s from the LB since about 18:55 (marketing email went out)',
    incidentTime,
    expected: { component: 'front-end', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'front-end', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['cpu-starvation', 'time-expression', 'decoy'],
    grounding: `
      Sock Shop as deploy/kubernetes/complete-demo.yaml deploys it on EKS (session-2 system definition): front-end 2 replicas,
      requests 100m/300Mi, limits 300m/1000Mi, liveness and readiness on / port 8079 with a 1 s timeout; plus the front-end HPA of
      deploy/kubernetes/autoscaling (cpu target 50 %, here minReplicas 2 and maxReplicas 10). The three m5.xlarge nodes are shared
      with other namespaces (monitoring, ingress, batch) and their CPU requests are nearly all allocated; the managed node
      group's maximum size is 3. The fault: a marketing e-mail at ~18:55 sends traffic up; both front-end pods run at their
      300m limit (Node.js is single-threaded, requests wait seconds, the ELB answers 504 after 60 s), the HPA raises the
      Deployment to 6 and then 10 ("cpu resource utilization (percentage of request) above target"; ScalingLimited
      TooManyReplicas), but none of the eight new pods can be placed: the scheduler's FailedScheduling "0/3 nodes are available:
      3 Insufficient cpu. preemption: ... No preemption victims found for incoming pod." and the cluster-autoscaler's
      NotTriggerScaleUp "pod didn't trigger scale-up: 1 max node group size reached". Starved of CPU, one front-end pod failed its
      1 s liveness probe and was restarted once, which made things worse for a minute. Backends are healthy (morgan "dev"
      request lines show the latency in front-end only).
      Decoys: a healthy carts rollout two hours earlier and an old orders restart.
      Expected: unschedulable on front-end (the capacity that should absorb the spike cannot be scheduled); resource-exhaustion
      on front-end (its pods are CPU-bound at their limit) also accepted.`,
    workloads: {
      'front-end': {
        replicas: 10,
        unavailableSince: -15.5,
        pods: [
          {
            node: N[0],
            created: T.iso(-60 * 24 * 5),
            containers: {
              'front-end': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-5.6), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 5 + 0.3), finishedAt: T.iso(-5.7) } }),
            },
            readyTransition: T.iso(-5.0),
          },
          { node: N[1], created: T.iso(-60 * 24 * 5) },
          pending(-16), pending(-16), pending(-16), pending(-16),
          pending(-15.2), pending(-15.2), pending(-15.2), pending(-15.2),
        ],
      },
      carts: { rollout: { at: -125, revision: 6 }, pods: [{ node: N[2] }] },
      orders: {
        pods: [{ node: N[1], containers: { orders: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.2) } }) } }],
      },
    },
    hpas: [
      {
        name: 'front-end',
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'front-end' },
          minReplicas: 2,
          maxReplicas: 10,
          metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }],
        },
        status: {
          currentReplicas: 10,
          desiredReplicas: 10,
          lastScaleTime: T.iso(-15.2),
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 298, averageValue: '298m' } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-15.2), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
          ],
        },
      },
    ],
    events: [
      { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 6; reason: cpu resource utilization (percentage of request) above target', first: -16, last: -16 },
      { on: 'hpa:front-end', reason: 'SuccessfulRescale', message: 'New size: 10; reason: cpu resource utilization (percentage of request) above target', first: -15.2, last: -15.2 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 6 from 2', first: -16, last: -16 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 10 from 6', first: -15.2, last: -15.2 },
      ...[2, 3, 4, 5, 6, 7, 8, 9].flatMap((i) => [
        { on: `pod:front-end#${i}`, type: 'Warning', reason: 'FailedScheduling', source: 'default-scheduler', message: FS, first: i < 6 ? -16 : -15.2, last: -0.8, count: i < 6 ? 5 : 4 },
        { on: `pod:front-end#${i}`, reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 max node group size reached", first: i < 6 ? -15.8 : -15, last: -0.6, count: 15 },
      ]),
      { on: 'pod:front-end#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -14.1, last: -1.1, count: 41, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -6.3, last: -5.75, count: 3, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Killing', message: 'Container front-end failed liveness probe, will be restarted', first: -5.7, last: -5.7, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -13.6, last: -0.9, count: 37, fieldPath: 'spec.containers{front-end}' },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', first: -125, last: -125 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-%OLD% to 0 from 1', first: -123.6, last: -123.6 },
    ],
    logs: {
      'front-end#0/front-end': ['Using redis for session store', 'App now running in production mode on port 8079', ...feLog(3, -5.3, 0)],
      'front-end#0/front-end/previous': ['Using redis for session store', 'App now running in production mode on port 8079', ...feLog(3, -30, -5.8)],
      'front-end#1/front-end': ['Using redis for session store', 'App now running in production mode on port 8079', ...feLog(5, -30, 0)],
    },
  };
})();

export const scenarios = [s1];
