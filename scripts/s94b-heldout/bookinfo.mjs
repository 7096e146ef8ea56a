// Held-out batch s94b (blind): one Bookinfo scenario on the kit system scripts/kit-systems/bookinfo.mjs.
// Spec for scripts/s2-scenario-kit.mjs (through bookinfoScenario); grounding in the scenario itself.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };
const T = clock('2026-05-22T13:18:00Z');
const N = system.nodes.map((n) => n.name);
const STAMP = String(Math.floor(Date.parse(T.iso(-47)) / 1000));
const caTaint = [
  { key: 'ToBeDeletedByClusterAutoscaler', value: STAMP, effect: 'NoSchedule' },
];
const msg = `0/3 nodes are available: 1 Insufficient cpu, 2 node(s) had untolerated taint {ToBeDeletedByClusterAutoscaler: ${STAMP}}. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.`;
const envoy = (min, method, path, code, dur, upstream, cluster) => `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} - via_upstream - "-" 0 ${code === 200 ? 2139 : 0} ${dur} ${dur - 1} "-" "python-requests/2.31.0" "3f1c9a2e-7d44-9b1e-a0c2-5e8f61d4b7a3" "${cluster}:9080" "${upstream}" outbound|9080||${cluster}.bookinfo.svc.cluster.local - %SVCIP:${cluster}%:9080 %PODIP%:0 - default`;
export const scenarios = [bookinfoScenario({
  folder: 's94b-red-stars-gone',
  description: 'red star ratings gone from the book page since lunch (~12:30), only see black stars or no stars',
  incidentTime: '2026-05-22T13:18:00Z',
  expected: { component: 'reviews', cause: 'unschedulable' },
  difficulty: 'hard', traits: ['time-expression', 'node-level'],
  grounding: `Istio Bookinfo manifests (reviews v1/v2/v3 behind the reviews Service selecting app=reviews; v3 shows red stars).
    Fault follows cluster-autoscaler issues where a scale-down is interrupted (the autoscaler restarted mid-operation)
    and the ToBeDeletedByClusterAutoscaler NoSchedule taint is left on the nodes; the reviews-v3 pod evicted by the
    drain is recreated and stays Pending: two nodes carry the untolerated taint and the third has no CPU left for
    the app plus the istio-proxy request. v1/v2 keep serving, so pages show no stars or black stars.
    Deviations from upstream: node CPU allocatable sized small; the taint value is the autoscaler's Unix time.`,
  nodes: {
    [N[0]]: { taints: caTaint },
    [N[1]]: { taints: caTaint },
    [N[2]]: { cpu: '2', allocCpu: '1930m' },
  },
  workloads: {
    'reviews-v3': { pods: [{ unscheduled: msg, created: T.iso(-47), phase: 'Pending' }] },
  },
  events: [
    { on: `node:${N[0]}`, reason: 'ScaleDown', message: 'marking the node as toBeDeleted/unschedulable', first: -47.2, source: 'cluster-autoscaler' },
    { on: `node:${N[1]}`, reason: 'ScaleDown', message: 'marking the node as toBeDeleted/unschedulable', first: -47.2, source: 'cluster-autoscaler' },
    { on: 'pod:reviews-v3#0', reason: 'FailedScheduling', message: msg, first: -47, last: -1.5, count: 19, type: 'Warning', source: 'default-scheduler' },
  ],
  logs: {
    'productpage-v1#0/istio-proxy': [
      envoy(-3, 'GET', '/reviews/0', 200, 38, '%IPOF:reviews-v1#0%:9080', 'reviews'),
      envoy(-2.5, 'GET', '/reviews/0', 200, 52, '%IPOF:reviews-v2#0%:9080', 'reviews'),
    ],
    'reviews-v2#0/istio-proxy': [
      `${T.isoMs(-60 * 24 * 5)}\tinfo\txdsproxy\tconnected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=4`,
    ],
  },
})];
