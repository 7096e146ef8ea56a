// Batch s23a (blind dev): an OpenTelemetry demo incident for the accuracy corpus, written without knowledge of the engine.
// Uses the kit system definition scripts/kit-systems/otel-demo.mjs; built by scripts/s23a-build.mjs (spot labels, terminated pods).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const A = 'gke-astro-prod-default-pool-5f2c1a7e-2kqd';
const B = 'gke-astro-prod-default-pool-5f2c1a7e-9xwl';
const C = 'gke-astro-prod-default-pool-8b41d0c3-v7mt';

/** Build-script hints: the pods kubelet's graceful node shutdown terminated, and the Spot labels of the pool's nodes. */
export const terminatedPods = { 's23a-cart-quota-after-spot-preemption': ['cart', 'ad'] };
export const spotNodes = { 's23a-cart-quota-after-spot-preemption': [A, B, C] };

// Valkey's log timestamp: "10 Nov 2026 06:58:21.118".
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const vk = (T, min) => { const d = new Date(T.isoMs(min)); return `${String(d.getUTCDate()).padStart(2, '0')} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${T.java(min).slice(11)}`; };
const mi = (q) => (q.endsWith('Gi') ? parseFloat(q) * 1024 : parseFloat(q));

const S1 = (() => {
  const T = clock('2026-11-19T06:58:00Z');
  const gone = ['cart', 'ad'];
  const workloads = {};
  system.workloads.forEach((w, i) => {
    if (gone.includes(w.name)) return;
    workloads[w.name] = { pods: [{ node: i % 2 ? A : B }] };
  });
  const shutdown = 'Pod was terminated in response to imminent node shutdown.';
  workloads.cart = { pods: [{ node: C, evicted: shutdown }], rsReplicas: 1, unavailableSince: -20.4 };
  workloads.ad = { pods: [{ node: C, evicted: shutdown }], rsReplicas: 1, unavailableSince: -20.4 };
  workloads['load-generator'] = {
    pods: [{ node: B, containers: { 'load-generator': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 52), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 52 - 0.2) } }) } }],
  };
  const memUsed = system.workloads
    .filter((w) => !gone.includes(w.name))
    .flatMap((w) => w.containers)
    .reduce((s, c) => s + mi(c.resources?.limits?.memory ?? '0'), 0);
  const svcIp = (n) => `%SVCIP:${n}%`;
  const grpcErr = (min, addr) => [
    `Error: 14 UNAVAILABLE: No connection established. Last error: Error: connect ECONNREFUSED ${addr}:8080 (${T.isoMs(min - 0.001)})`,
    '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)',
    '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
    '    at /app/node_modules/@grpc/grpc-js/build/src/call-interface.js:78:35',
    '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client-interceptors.js:359:141)',
    'for call at',
  ];
  const frontendLog = [
    '  ▲ Next.js 15.2.4',
    '  - Local:        http://localhost:8080',
    '  - Network:      http://0.0.0.0:8080',
    '',
    ' ✓ Starting...',
    ' ✓ Ready in 412ms',
  ];
  for (const m of [-19.6, -18.2, -16.9, -15.1, -13.3, -11.8, -9.4, -7.7, -5.2, -3.6, -1.9, -0.6]) frontendLog.push(...grpcErr(m, svcIp('cart')));
  for (const m of [-17.5, -12.6, -6.8, -2.2]) frontendLog.push(...grpcErr(m, svcIp('ad')));
  const checkoutLog = [
    JSON.stringify({ level: 'info', msg: 'service config', time: T.iso(-60 * 24 * 9 + 0.4) }),
    JSON.stringify({ level: 'info', msg: 'Kafka brokers: kafka:9092', time: T.iso(-60 * 24 * 9 + 0.4) }),
    JSON.stringify({ level: 'info', msg: 'starting to listen on tcp: "[::]:8080"', time: T.iso(-60 * 24 * 9 + 0.5) }),
    JSON.stringify({ level: 'info', msg: 'payment went through (transaction_id: 2c0e9f5a-8b1d-4e37-a6f2-91d4c0b7e358)', time: T.iso(-22.4) }),
    JSON.stringify({ level: 'info', msg: 'order confirmation email sent to "someone@example.com"', time: T.iso(-22.3) }),
    ...[-18.7, -14.2, -10.1, -6.3, -1.4].map((m) => JSON.stringify({
      level: 'error',
      msg: `failed to prepare order: failed to get user cart during checkout: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ${svcIp('cart')}:8080: connect: connection refused"`,
      time: T.iso(m),
    })),
  ];
  return {
    folder: 's23a-cart-quota-after-spot-preemption',
    description: 'astronomy shop: add to cart broken for everyone since ~6:40, checkout errors too',
    incidentTime: '2026-11-19T06:58:00Z',
    expected: { component: 'cart', cause: 'quota-exceeded' },
    alsoAcceptable: [{ component: 'ad', cause: 'quota-exceeded' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      OpenTelemetry demo 2.1.3 as its kubernetes/opentelemetry-demo.yaml renders it, on GKE (kit system): every demo container
      sets only a memory limit, no cpu request or limit. The cluster's default-pool runs on Spot VMs to save money. Two days
      before, the platform team's namespace baseline added a ResourceQuota "compute-resources" with requests.cpu and
      limits.cpu to every namespace, without a LimitRange: quota admission then rejects any new pod that does not specify
      them ("failed quota: compute-resources: must specify limits.cpu for: …; requests.cpu for: …"), while the pods that
      already exist keep running, so nothing showed. At 06:37 GCE preempted the Spot VM ...-v7mt; kubelet's graceful node
      shutdown terminated its pods (phase Failed, reason Terminated, "Pod was terminated in response to imminent node
      shutdown."), the managed instance group recreated the VM under the same name and it rejoined at 06:41 (Rebooted,
      NodeReady). The only demo pods on it were cart and ad; their ReplicaSets cannot create replacements (FailedCreate, the
      quota message, every few minutes with back-off), so the cart Service has no endpoints: the frontend's grpc-js calls
      fail "14 UNAVAILABLE: No connection established ... connect ECONNREFUSED <cart ClusterIP>:8080", checkout fails
      "failed to get user cart during checkout", and ads quietly vanish. The cause is the quota blocking cart's pod
      (quota-exceeded on cart); the same cause on ad, the other victim, is also accepted. Decoys: the node reboot the
      description does not name (the node is Ready again) and a two-day-old OOM kill of load-generator.`,
    nodes: {
      [C]: {
        conditions: {
          Ready: { type: 'Ready', status: 'True', lastHeartbeatTime: T.iso(-0.3), lastTransitionTime: T.iso(-16.8), reason: 'KubeletReady', message: 'kubelet is posting ready status' },
        },
      },
    },
    workloads,
    resourceQuotas: [
      {
        name: 'compute-resources',
        hard: { 'requests.cpu': '8', 'limits.cpu': '16', 'requests.memory': '16Gi', 'limits.memory': '16Gi', pods: '50' },
        used: { 'requests.cpu': '0', 'limits.cpu': '0', 'requests.memory': `${memUsed}Mi`, 'limits.memory': `${memUsed}Mi`, pods: String(system.workloads.length - gone.length) },
      },
    ],
    events: [
      { on: `node:${C}`, reason: 'NodeNotReady', message: `Node ${C} status is now: NodeNotReady`, first: -20.2, last: -20.2, source: 'node-controller', type: 'Normal' },
      { on: 'pod:cart#0', reason: 'Killing', message: 'Stopping container cart', first: -20.9, last: -20.9, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:ad#0', reason: 'Killing', message: 'Stopping container ad', first: -20.9, last: -20.9, fieldPath: 'spec.containers{ad}' },
      { on: 'rs:cart', reason: 'FailedCreate', type: 'Warning', message: 'Error creating: pods "cart-%RS%" is forbidden: failed quota: compute-resources: must specify limits.cpu for: cart,wait-for-valkey-cart; requests.cpu for: cart,wait-for-valkey-cart', first: -20.8, last: -1.1, count: 17 },
      { on: 'rs:ad', reason: 'FailedCreate', type: 'Warning', message: 'Error creating: pods "ad-%RS%" is forbidden: failed quota: compute-resources: must specify limits.cpu for: ad; requests.cpu for: ad', first: -20.8, last: -1.1, count: 17 },
      { on: `node:${C}`, reason: 'Starting', message: 'Starting kubelet.', first: -17.4, last: -17.4 },
      { on: `node:${C}`, reason: 'Rebooted', type: 'Warning', message: `Node ${C} has been rebooted, boot id: 3e8c41d2-95b7-4f0a-8c6e-d17a2b9f5e03`, first: -17.3, last: -17.3 },
      { on: `node:${C}`, reason: 'NodeReady', message: `Node ${C} status is now: NodeReady`, first: -16.8, last: -16.8 },
    ],
    logs: {
      'frontend#0/frontend': frontendLog,
      'checkout#0/checkout': checkoutLog,
      'valkey-cart#0/valkey-cart': [
        `1:C ${vk(T, -60 * 24 * 9 + 0.35)} * oO0OoO0OoO0Oo Valkey is starting oO0OoO0OoO0Oo`,
        `1:M ${vk(T, -60 * 24 * 9 + 0.36)} * Server initialized`,
        `1:M ${vk(T, -60 * 24 * 9 + 0.36)} * Ready to accept connections tcp`,
      ],
      'load-generator#0/load-generator': [
        `[${T.java(-60 * 52 + 0.3).replace('.', ',')}] load-generator/INFO/locust.main: Starting Locust 2.32.4`,
        `[${T.java(-60 * 52 + 0.3).replace('.', ',')}] load-generator/INFO/locust.main: Starting web interface at http://0.0.0.0:8089`,
        `[${T.java(-19.5).replace('.', ',')}] load-generator/ERROR/locust.user.task: POST /api/cart: 500 Server Error: Internal Server Error for url: http://frontend-proxy:8080/api/cart`,
        `[${T.java(-11.2).replace('.', ',')}] load-generator/ERROR/locust.user.task: POST /api/cart: 500 Server Error: Internal Server Error for url: http://frontend-proxy:8080/api/cart`,
        `[${T.java(-3.0).replace('.', ',')}] load-generator/ERROR/locust.user.task: POST /api/cart: 500 Server Error: Internal Server Error for url: http://frontend-proxy:8080/api/cart`,
      ],
    },
  };
})();

export const scenarios = [S1];
