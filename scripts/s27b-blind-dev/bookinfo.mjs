// Blind dev scenario s27b for Istio Bookinfo (kit spec, split dev): the EKS node that runs the only productpage pod
// stops posting status (impaired EC2 instance); productpage drops out of its Service before the 300 s eviction.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const T = clock('2026-03-19T15:08:00Z');
const DEAD = 'ip-192-168-45-130.us-east-2.compute.internal';
const NOT_READY_AT = -4.6;
const unknown = (type) => ({
  type, status: 'Unknown', lastHeartbeatTime: T.iso(-5.3), lastTransitionTime: T.iso(NOT_READY_AT),
  reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.',
});
// The pods the kit places on the dead node (workload index + i mod 3): details-v2, reviews-v1, productpage-v1.
const onDead = { pods: [{ node: DEAD, ready: false, readyTransition: T.iso(NOT_READY_AT + 0.02) }] };

// Envoy access log (Istio default TEXT format) as the sidecars print it.
const envoy = (min, method, path, code, flags, bytes, dur, upstream, authority, cluster, ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36') =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} via_upstream - "-" 0 ${bytes} ${dur} ${dur - 1} "-" "${ua}" "${['3f1a', '9c2e', '51b7', 'e08d'][Math.abs(Math.round(min * 10)) % 4]}a6d2-7c41-9e8b-b2f0-6d13c5e7a9${String(Math.abs(Math.round(min * 100)) % 100).padStart(2, '0')}" "${authority}" "${upstream}" ${cluster} - - - default`;

// For the build script: the node lifecycle controller's Ready=False on the dead node's pods (no reason, ContainersReady True).
export const nodeDown = { 's27b-productpage-node-not-ready': { node: DEAD, at: T.iso(NOT_READY_AT + 0.02) } };

export const scenarios = [
  bookinfoScenario({
    folder: 's27b-productpage-node-not-ready',
    incidentTime: '2026-03-19T15:08:00Z',
    description: 'bookinfo down - productpage returns "no healthy upstream" for everyone since ~15:03',
    expected: { component: 'productpage', cause: 'node-not-ready', node: DEAD },
    difficulty: 'easy',
    traits: ['node-level', 'time-expression', 'decoy'],
    grounding: `
      Istio Bookinfo from istio/istio samples/bookinfo (kit-systems/bookinfo.mjs: sidecar-injected, productpage-v1 with one
      replica, every HTTP Service selecting by app). The EKS node ip-192-168-45-130 (m5.large, us-east-2b) fails its EC2 system
      status check (an impaired host, as AWS Health reports "EC2 instance retirement"/hardware degradation): the kubelet stops
      posting status at 15:02:42, and after the 40 s node-monitor grace period the node lifecycle controller sets the node's
      conditions to Unknown ("Kubelet stopped posting node status."), taints it node.kubernetes.io/unreachable (NoSchedule and
      NoExecute), marks the pods on it Ready=False (containers untouched, ContainersReady still True) and records NodeNotReady
      events. The pods keep phase Running until their 300 s unreachable toleration runs out, so at 15:08 nothing is rescheduled
      yet. The only productpage pod runs there, so the productpage Service has no ready address and the istio ingress gateway
      answers 503 "no healthy upstream". details-v2 and reviews-v1 on the same node drop out of their Services too, but details-v1
      and reviews-v2/v3 still serve them. Logs of the dead node's pods cannot be read (the kubelet does not answer), so the
      snapshot has none for them (the mesh's Telemetry enables Envoy access logs). Decoy: a routine reviews-v3 rollout three hours earlier, healthy since. A careful engineer
      names the node (node-not-ready, on productpage's node).`,
    nodes: {
      [DEAD]: {
        heartbeat: -5.3,
        conditions: { MemoryPressure: unknown('MemoryPressure'), DiskPressure: unknown('DiskPressure'), PIDPressure: unknown('PIDPressure'), Ready: unknown('Ready') },
        taints: [
          { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T.iso(NOT_READY_AT) },
          { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T.iso(NOT_READY_AT + 0.01) },
        ],
      },
    },
    workloads: {
      'details-v2': { ...onDead },
      'reviews-v1': { ...onDead },
      'productpage-v1': { ...onDead, endpointsChanged: NOT_READY_AT + 0.03 },
      'reviews-v3': { rollout: { at: -183, revision: 3 } },
    },
    events: [
      { on: `node:${DEAD}`, source: 'node-controller', reason: 'NodeNotReady', message: `Node ${DEAD} status is now: NodeNotReady`, first: NOT_READY_AT, last: NOT_READY_AT },
      ...['details-v2#0', 'reviews-v1#0', 'productpage-v1#0'].map((p) => ({
        on: `pod:${p}`, source: 'node-controller', reason: 'NodeNotReady', type: 'Warning', message: 'Node is not ready', first: NOT_READY_AT + 0.02, last: NOT_READY_AT + 0.02,
      })),
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: -183, last: -183 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: -182.4, last: -182.4 },
    ],
    logs: {
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'ratings-v2-mysql#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'details-v1#0/details': [
        `[${T.java(-60 * 24 * 12)}] INFO  WEBrick 1.8.1`,
        `[${T.java(-60 * 24 * 12)}] INFO  ruby 3.3.0 (2023-12-25) [x86_64-linux]`,
        `[${T.java(-60 * 24 * 12)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
      ],
      'reviews-v3#0/reviews': [
        `Launching defaultServer (Open Liberty 24.0.0.1/wlp-1.0.85.cl240120240115-1638) on Eclipse OpenJ9 VM, version 17.0.9+9 (en_US)`,
        `[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.`,
        `[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.`,
        `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/`,
        `[AUDIT   ] CWWKZ0001I: Application reviews-app started in 1.912 seconds.`,
        `[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jaxrs-3.1, jaxrsClient-3.1, jndi-1.0, json-1.0, jsonb-3.0, jsonp-2.1].`,
        `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.204 seconds.`,
      ],
      'reviews-v3#0/istio-proxy': Array.from({ length: 12 }, (_, i) =>
        envoy(-40 + i * 3.3, 'GET', '/ratings/0', 200, '-', 48, 3 + (i % 4), `%IPOF:ratings-v1#0%:9080`, 'ratings:9080', 'outbound|9080||ratings.bookinfo.svc.cluster.local', 'Apache-CXF/3.5.5')),
    },
  }),
];
