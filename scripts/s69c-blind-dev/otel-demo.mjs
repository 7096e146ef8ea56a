// Blind dev batch s69c, OpenTelemetry demo: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s69c-build.mjs; the system is the kit's otel-demo definition moved onto the replacement GKE node pool.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

const INC = '2026-04-08T11:50:00Z';
const T = clock(INC);
const SWAP = -46; // the old default-pool nodes were drained and deleted from 11:03; every pod was recreated on pool-e2s8

// The replacement pool (e2-standard-8) the platform team moved the cluster onto; the kit's default-pool nodes are gone.
export const system = {
  ...base,
  nodeLabels: (n) => ({
    'cloud.google.com/gke-nodepool': 'pool-e2s8',
    'cloud.google.com/gke-os-distribution': 'cos',
    'cloud.google.com/machine-family': 'e2',
    'node.kubernetes.io/instance-type': 'e2-standard-8',
    'topology.kubernetes.io/region': 'europe-west1',
    'topology.kubernetes.io/zone': n.zone,
  }),
  nodes: [
    ['gke-astro-prod-pool-e2s8-7c1f4b2d-h3kp', '10.132.0.31', '10.48.3', 'europe-west1-b'],
    ['gke-astro-prod-pool-e2s8-7c1f4b2d-m9tz', '10.132.0.32', '10.48.4', 'europe-west1-b'],
    ['gke-astro-prod-pool-e2s8-1a6e93f0-x2vq', '10.132.0.33', '10.48.5', 'europe-west1-c'],
  ].map(([name, ip, podCidr, zone]) => ({
    name, ip, podCidr, zone,
    providerID: `gce://astro-shop-prod/${zone}/${name}`,
    cpu: '8', allocCpu: '7910m', memory: '32880784Ki', allocMemory: '29094096Ki',
  })),
};

const STUCK = ['accounting', 'checkout', 'fraud-detection'];
const SCHED = '0/3 nodes are available: 3 node(s) didn\'t match Pod\'s node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.';

const workloads = {};
base.workloads.forEach((w, k) => {
  const created = T.iso(SWAP + 0.4 + k * 0.07);
  if (w.name === 'kafka') {
    workloads.kafka = {
      patch: { nodeSelector: { 'cloud.google.com/gke-nodepool': 'default-pool' } },
      pods: [{ created: T.iso(SWAP + 0.3), unscheduled: SCHED }],
      unavailableSince: SWAP + 0.3,
    };
  } else if (STUCK.includes(w.name)) {
    workloads[w.name] = { pods: [{ created, phase: 'Pending', containers: { [w.name]: cs.waiting('PodInitializing') } }], unavailableSince: SWAP + 0.4 };
  } else {
    workloads[w.name] = { pods: [{ created }] };
  }
});

// busybox nc -z -v -w30 kafka 9092 in each wait-for-kafka init container: the Service has no endpoints, so the ClusterIP
// rejects at once and the loop prints every ~2 s.
const waitLog = (from) => {
  const out = [];
  for (let m = from; m < -0.05; m += 2.03 / 60) out.push('nc: kafka (%SVCIP:kafka%:9092): Connection refused', 'waiting for kafka');
  return out;
};

const frontend = [
  '   ▲ Next.js 15.3.1',
  '   - Local:        http://%POD%:8080',
  '   - Network:      http://%PODIP%:8080',
  '',
  ' ✓ Starting...',
  ' ✓ Ready in 388ms',
];
const proxy = [];
const UA = 'python-requests/2.32.4';
for (let m = SWAP + 3, i = 0; m < -0.3; m += 0.37, i++) {
  const rid = `${(i * 2654435761 >>> 0).toString(16).padStart(8, '0')}-3f1c-4b7e-9a2d-6c5e${String(1000 + i).slice(-4)}b1d0e`;
  const at = T.isoMs(m);
  if (i % 4 === 3) {
    frontend.push(`Error: 14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED %SVCIP:checkout%:8080`);
    frontend.push('    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)');
    frontend.push('    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)');
    frontend.push('    at /app/node_modules/@grpc/grpc-js/build/src/call-interceptors.js:361:141');
    frontend.push('    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/call-interceptors.js:324:181)');
    frontend.push('    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:135:78');
    frontend.push('    at process.processTicksAndRejections (node:internal/process/task_queues:85:11)');
    frontend.push('for call at');
    frontend.push('    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)');
    frontend.push('    at ServiceClientImpl.<anonymous> (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)');
    frontend.push('    at /app/.next/server/pages/api/checkout.js:1:2514 {');
    frontend.push('  code: 14,');
    frontend.push("  details: 'No connection established. Last error: connect ECONNREFUSED %SVCIP:checkout%:8080',");
    frontend.push('  metadata: Metadata { internalRepr: Map(0) {}, options: {} }');
    frontend.push('}');
    proxy.push(`[${at}] "POST /api/checkout?currencyCode=USD HTTP/1.1" 500 - via_upstream - "-" 318 71 6 5 "-" "${UA}" "${rid}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080"`);
  } else {
    const path = ['/api/products/OLJCESPC7Z?currencyCode=USD', '/api/cart?sessionId=5c0a2b5e-1f0e-4f4e-a0c4-5d1a1d2b9e7c&currencyCode=USD', '/api/recommendations?productIds=66VCHSJNUP&sessionId=5c0a2b5e-1f0e-4f4e-a0c4-5d1a1d2b9e7c&currencyCode=USD'][i % 3];
    proxy.push(`[${at}] "GET ${path} HTTP/1.1" 200 - via_upstream - "-" 0 ${[412, 96, 1380][i % 3]} ${[14, 9, 31][i % 3]} ${[13, 8, 30][i % 3]} "-" "${UA}" "${rid}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080"`);
  }
}

export const scenarios = [
  {
    folder: 's69c-kafka-pinned-to-deleted-node-pool',
    description: 'checkout broken since ~11:05, UI just says the order failed. platform-sre swapped the node pool right before that but everything else came back fine',
    incidentTime: INC,
    expected: { component: 'kafka', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'kafka', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name'],
    grounding: `
      Manifests: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2 (demo 2.1.3) as the kit's
      otel-demo system: checkout, accounting and fraud-detection each start with a busybox init container wait-for-kafka
      ("until nc -z -v -w30 kafka 9092; do echo waiting for kafka; sleep 2; done"), added by opentelemetry-helm-charts#701.
      Fault: the team had pinned kafka to the old pool months ago (nodeSelector cloud.google.com/gke-nodepool: default-pool, a
      deviation from upstream). This morning platform-sre migrated the cluster to a new pool (pool-e2s8, e2-standard-8) the way
      GKE documents a machine-type migration - create the pool, cordon and drain default-pool, delete it. Every pod was
      recreated on the new nodes at ~11:04 except kafka, which stays Pending: the scheduler's "0/3 nodes are available: 3
      node(s) didn't match Pod's node affinity/selector" and the cluster autoscaler's NotTriggerScaleUp. With the kafka Service
      empty, the recreated checkout, accounting and fraud-detection pods hang in Init on wait-for-kafka (the shape of
      opentelemetry-helm-charts#984 "accountingService, checkoutService, frauddetectionService: is stuck on pod initializing"),
      checkout has no ready endpoint, and the frontend's PlaceOrder fails with gRPC 14 UNAVAILABLE / ECONNREFUSED - the loud part,
      with frontend-proxy's 500s on POST /api/checkout; browsing, cart and recommendations work.
      Deviations from upstream: the kafka nodeSelector and the pool swap are invented; the nodes are the new pool (their
      creation time set by the build script), the Next.js banner and the Envoy access-log lines are written from those
      tools' default formats; pod names, IPs and uids come from the kit.`,
    workloads,
    events: [
      { on: 'pod:kafka#0', source: 'default-scheduler', type: 'Warning', reason: 'FailedScheduling', message: SCHED, first: SWAP + 0.3, last: -1.6, count: 14 },
      { on: 'pod:kafka#0', source: 'cluster-autoscaler', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 node(s) didn't match Pod's node affinity/selector", first: SWAP + 0.8, last: -0.4, count: 271 },
      ...STUCK.flatMap((n) => [
        { on: `pod:${n}#0`, source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned otel-demo/%POD% to %NODE%`, first: SWAP + 0.4, last: SWAP + 0.4 },
        { on: `pod:${n}#0`, reason: 'Pulling', message: 'Pulling image "busybox:latest"', first: SWAP + 0.45, last: SWAP + 0.45, fieldPath: 'spec.initContainers{wait-for-kafka}' },
        { on: `pod:${n}#0`, reason: 'Pulled', message: 'Successfully pulled image "busybox:latest" in 1.204s (1.204s including waiting). Image size: 2167089 bytes.', first: SWAP + 0.47, last: SWAP + 0.47, fieldPath: 'spec.initContainers{wait-for-kafka}' },
        { on: `pod:${n}#0`, reason: 'Created', message: 'Created container: wait-for-kafka', first: SWAP + 0.47, last: SWAP + 0.47, fieldPath: 'spec.initContainers{wait-for-kafka}' },
        { on: `pod:${n}#0`, reason: 'Started', message: 'Started container wait-for-kafka', first: SWAP + 0.48, last: SWAP + 0.48, fieldPath: 'spec.initContainers{wait-for-kafka}' },
      ]),
    ],
    logs: {
      'checkout#0/wait-for-kafka': waitLog(SWAP + 0.5),
      'accounting#0/wait-for-kafka': waitLog(SWAP + 0.52),
      'fraud-detection#0/wait-for-kafka': waitLog(SWAP + 0.55),
      'frontend#0/frontend': frontend,
      'frontend-proxy#0/frontend-proxy': proxy,
    },
  },
];
