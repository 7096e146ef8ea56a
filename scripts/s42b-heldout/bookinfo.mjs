// Batch s42b held-out scenario for Istio Bookinfo (split: test), written blind: kit system definition
// scripts/kit-systems/bookinfo.mjs reduced to the workloads of bookinfo.yaml, expanded by scripts/s42b-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as full, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

// bookinfo.yaml only: details-v1 and ratings-v1 own the details and ratings Services.
const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => !['details-v2', 'ratings-v2-mysql', 'mysqldb-v1'].includes(w.name))
    .map((w) => (w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w.name === 'ratings-v1' ? { ...w, service: { name: 'ratings', ...HTTP } } : w)),
};

// ---------------------------------------------------------------------------------------------------------------
// s42b-node-disk-pressure: the 20 GiB root volume of one EKS node fills (images nobody can collect, container logs);
// the kubelet reports DiskPressure, taints the node and evicts reviews-v3 and then ratings-v1 from it.
const I = '2026-04-28T14:21:00Z';
const T = clock(I);
const N0 = 'ip-192-168-11-74.us-east-2.compute.internal';
const N1 = 'ip-192-168-45-130.us-east-2.compute.internal';
const N2 = 'ip-192-168-77-9.us-east-2.compute.internal';
const THRESH = '2146223308';

const liberty = (pod, secs) => [
  'Launching defaultServer (Open Liberty 24.0.0.3/wlp-1.0.87.cl240320240314-1203) on Eclipse OpenJ9 VM, version 11.0.22+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://${pod}:9080/`,
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 1.912 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jaxrsClient-2.1, jsonb-1.0, jsonp-1.1, servlet-4.0].',
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in ${secs} seconds.`,
];
const unable = (n) => Array.from({ length: n }, () => 'Error: unable to contact http://ratings:9080/ratings got status of 503');

export const post = {
  's42b-node-disk-pressure': ({ dir, readJson, writeJson }) => {
    // m5.large nodes of the managed node group with the default 20 GiB root volume.
    const f = `${dir}/nodes.json`;
    const nodes = readJson(f);
    for (const n of nodes.items) {
      n.status.capacity['ephemeral-storage'] = '20959212Ki';
      n.status.allocatable['ephemeral-storage'] = '18242267924';
    }
    writeJson(f, nodes);
  },
};

const evictMsg = (container, usedKi) =>
  `The node was low on resource: ephemeral-storage. Threshold quantity: ${THRESH}, available: 1873428Ki. Container ${container} was using ${usedKi}Ki, request is 0, has larger consumption of ephemeral-storage. Container istio-proxy was using 52Ki, request is 0, has larger consumption of ephemeral-storage. `;

export const scenarios = [
  bookinfoScenario({
    folder: 's42b-node-disk-pressure',
    description: 'bookinfo product page: star ratings keep disappearing ("Ratings service is currently unavailable") over the last ~15 min, also see Evicted pods in the ns',
    incidentTime: I,
    expected: { component: 'ratings', cause: 'node-pressure', node: N1 },
    alsoAcceptable: [{ component: 'reviews', cause: 'node-pressure', node: N1 }],
    difficulty: 'medium',
    traits: ['node-level', 'louder-dependents', 'time-expression'],
    grounding: `
      istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (1.20.1 images, sidecar-injected, no resources on the app
      containers so ephemeral-storage requests are 0). EKS managed node groups default to a 20 GiB root volume
      (ephemeral-storage capacity 20959212Ki) and the kubelet's default hard eviction threshold nodefs.available<10%
      (2146223308 bytes). The fault follows the common EKS incident of a full root volume: image garbage collection finds
      nothing it may remove ("ImageGCFailed ... Attempted to free N bytes, but only found 0 bytes eligible to free"), the
      node reports DiskPressure and gets the node.kubernetes.io/disk-pressure:NoSchedule taint, and the eviction manager
      ranks pods by ephemeral-storage usage over request: reviews-v3 (Liberty writes /opt/ibm/wlp/output and /tmp
      emptyDirs) first, then ratings-v1, with the kubelet's real "The node was low on resource: ephemeral-storage ..."
      message. ratings has one replica, so while its replacement is scheduled and pulls its image on another node reviews
      v2/v3 print LibertyRestEndpoint's "Error: unable to contact http://ratings:9080/ratings got status of 503" and the
      product page shows "Ratings service is currently unavailable". Deviation from upstream: only bookinfo.yaml's
      workloads are deployed.
    `,
    nodes: {
      [N1]: {
        conditions: {
          DiskPressure: { type: 'DiskPressure', status: 'True', lastHeartbeatTime: T.iso(-0.3), lastTransitionTime: T.iso(-16), reason: 'KubeletHasDiskPressure', message: 'kubelet has disk pressure' },
        },
        taints: [{ key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule', timeAdded: T.iso(-16) }],
      },
    },
    workloads: {
      'details-v1': { serviceSelector: { app: 'details' }, pods: [{ node: N0 }] },
      'ratings-v1': {
        serviceSelector: { app: 'ratings' },
        pods: [
          { node: N1, evicted: evictMsg('ratings', '412380'), created: T.iso(-60 * 24 * 6) },
          { node: N2, created: T.iso(-9.6), readyTransition: T.iso(-8.4) },
        ],
        endpointsChanged: -8.4,
      },
      'reviews-v1': { pods: [{ node: N2 }] },
      'reviews-v2': { pods: [{ node: N0 }] },
      'reviews-v3': {
        pods: [
          { node: N1, evicted: evictMsg('reviews', '1183704'), created: T.iso(-60 * 24 * 6) },
          { node: N0, created: T.iso(-14.4), readyTransition: T.iso(-13.6) },
        ],
      },
      'productpage-v1': { pods: [{ node: N1 }] },
    },
    events: [
      { on: `node:${N1}`, type: 'Warning', reason: 'ImageGCFailed', message: 'Failed to garbage collect required amount of images. Attempted to free 3126411264 bytes, but only found 0 bytes eligible to free.', first: -47, last: -2, count: 10 },
      { on: `node:${N1}`, reason: 'NodeHasDiskPressure', message: `Node ${N1} status is now: NodeHasDiskPressure`, first: -16, last: -16 },
      { on: `node:${N1}`, type: 'Warning', reason: 'EvictionThresholdMet', message: 'Attempting to reclaim ephemeral-storage', first: -15.5, last: -1, count: 6 },
      { on: 'pod:reviews-v3#0', type: 'Warning', reason: 'Evicted', message: evictMsg('reviews', '1183704'), first: -14.6, last: -14.6 },
      { on: 'pod:reviews-v3#0', reason: 'Killing', message: 'Stopping container reviews', fieldPath: 'spec.containers{reviews}', first: -14.6, last: -14.6 },
      { on: 'pod:reviews-v3#1', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned bookinfo/%POD% to ${N0}`, first: -14.4, last: -14.4 },
      { on: 'pod:reviews-v3#1', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-reviews-v3:1.20.1" already present on machine', fieldPath: 'spec.containers{reviews}', first: -14.3, last: -14.3 },
      { on: 'pod:ratings-v1#0', type: 'Warning', reason: 'Evicted', message: evictMsg('ratings', '412380'), first: -9.7, last: -9.7 },
      { on: 'pod:ratings-v1#0', reason: 'Killing', message: 'Stopping container ratings', fieldPath: 'spec.containers{ratings}', first: -9.7, last: -9.7 },
      { on: 'pod:ratings-v1#1', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned bookinfo/%POD% to ${N2}`, first: -9.6, last: -9.6 },
      { on: 'pod:ratings-v1#1', reason: 'Pulling', message: 'Pulling image "docker.io/istio/examples-bookinfo-ratings-v1:1.20.1"', fieldPath: 'spec.containers{ratings}', first: -9.5, last: -9.5 },
      { on: 'pod:ratings-v1#1', reason: 'Pulled', message: 'Successfully pulled image "docker.io/istio/examples-bookinfo-ratings-v1:1.20.1" in 52.31s (52.31s including waiting). Image size: 64122310 bytes.', fieldPath: 'spec.containers{ratings}', first: -8.6, last: -8.6 },
      { on: 'rs:ratings-v1', reason: 'SuccessfulCreate', message: 'Created pod: ratings-v1-%RS%', first: -9.7, last: -9.7 },
      { on: 'rs:reviews-v3', reason: 'SuccessfulCreate', message: 'Created pod: reviews-v3-%RS%', first: -14.6, last: -14.6 },
    ],
    logs: {
      'reviews-v3#1/reviews': [...liberty('%POD%', '6.204'), ...unable(6)],
      'ratings-v1#1/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'reviews-v2#0/reviews': [...liberty('%POD%', '5.871').slice(0, 8), ...unable(23)],
    },
  }),
];
