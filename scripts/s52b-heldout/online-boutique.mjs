// Batch s52b held-out scenario for Online Boutique (split: test), written blind; built by scripts/s52b-build.mjs
// with the session-2 Online Boutique system definition (scripts/s2-scenarios/online-boutique.mjs, `system` only).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const TI = '2026-05-12T19:40:00Z';
const T = clock(TI);
const fe = (min, severity, message, extra = {}) =>
  JSON.stringify({
    ...(extra.error ? { error: extra.error } : {}),
    'http.req.id': extra.id,
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path,
    ...(extra.bytes !== undefined ? { 'http.resp.bytes': extra.bytes, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took } : {}),
    message,
    session: extra.session,
    severity,
    timestamp: T.isoMs(min),
  });
const rec = (min, sev, msg) => JSON.stringify({ timestamp: T.isoMs(min).replace('Z', '000Z'), severity: sev, name: 'recommendationservice-server', message: msg });
const IDS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ'];
const sess = ['4c1d2f3a-8b7e-4a4e-9c0d-1f2e3d4c5b6a', 'a9e8d7c6-b5a4-4f3e-8d2c-1b0a9f8e7d6c', '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910'];
const refused = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:recommendationservice%:8080: connect: connection refused"';
const deadline = 'rpc error: code = Unavailable desc = error reading from server: read tcp %PODIP%:48122->%SVCIP:recommendationservice%:8080: read: connection reset by peer';

function feLines(offset) {
  const out = [];
  for (let m = -40; m < -26; m += 2.3) {
    const id = IDS[Math.floor(-m + offset) % IDS.length];
    out.push(fe(m, 'debug', 'request started', { id: `0a${offset}1c2d3-${Math.floor(-m * 10)}-4e5f-9a8b-7c6d5e4f3a2b`, path: `/product/${id}`, session: sess[offset % 3] }));
    out.push(fe(m + 0.01, 'debug', 'request complete', { id: `0a${offset}1c2d3-${Math.floor(-m * 10)}-4e5f-9a8b-7c6d5e4f3a2b`, path: `/product/${id}`, session: sess[offset % 3], bytes: 8132, status: 200, took: 41 }));
  }
  let k = 0;
  for (let m = -25.6; m < -0.2; m += 1.7) {
    k++;
    const id = IDS[(k + offset) % IDS.length];
    const rid = `5b${offset}e7f10-${k}a2c-4d3e-8f9a-0b1c2d3e4f5a`;
    const err = k % 3 === 0 ? deadline : refused;
    if (k % 4 === 1) {
      out.push(fe(m, 'error', 'request error', { id: rid, path: '/cart', session: sess[k % 3], error: `failed to get product recommendations: ${err}` }));
      out.push(fe(m + 0.01, 'debug', 'request complete', { id: rid, path: '/cart', session: sess[k % 3], bytes: 4781, status: 500, took: k % 3 === 0 ? 2870 : 3 }));
    } else {
      out.push(fe(m, 'warning', 'failed to get product recommendations', { id: rid, path: `/product/${id}`, session: sess[k % 3], error: err }));
      out.push(fe(m + 0.01, 'debug', 'request complete', { id: rid, path: `/product/${id}`, session: sess[k % 3], bytes: 7904, status: 200, took: k % 3 === 0 ? 3011 : 18 }));
    }
  }
  return out;
}

const recLines = (from, to) => {
  const out = [];
  let k = 0;
  for (let m = from; m < to; m += 0.35) {
    k++;
    out.push(rec(m, 'INFO', `[Recv ListRecommendations] product_ids=['${IDS[k % 9]}', '${IDS[(k + 3) % 9]}', '${IDS[(k + 5) % 9]}', '${IDS[(k + 7) % 9]}', '${IDS[(k + 1) % 9]}']`));
  }
  return out;
};
const recStart = (m) => [
  rec(m, 'INFO', 'initializing recommendationservice'),
  rec(m + 0.01, 'INFO', 'Profiler disabled.'),
  rec(m + 0.01, 'INFO', 'Tracing disabled.'),
  rec(m + 0.02, 'INFO', 'listening on port: 8080'),
];

export const scenarios = [
  {
    folder: 's52b-recommendation-liveness-restarts',
    description: 'cart page throwing 500s on and off and product pages slow since ~19:15',
    incidentTime: TI,
    expected: { component: 'recommendationservice', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'recommendationservice', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['cpu-starvation', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Online Boutique v0.10.6 release manifest: recommendationservice is a single-replica Python gRPC server on :8080 with
      requests 100m/220Mi and limits 200m/450Mi, and native gRPC readiness and liveness probes with timeoutSeconds 1,
      periodSeconds 10, failureThreshold 3. Under the evening traffic peak every ListRecommendations call also calls
      ListProducts and sorts in Python, the container is throttled at its 200m CPU quota, and the gRPC health RPC
      misses its 1s timeout: the kubelet's gRPC prober reports "timeout: health rpc did not complete within 1s",
      restarts the container after three liveness failures (exit 143 on SIGTERM), and the pod is NotReady between
      restarts (a common complaint about 1s probe timeouts on CPU-limited pods, kubernetes/kubernetes issues on probe
      timeouts under throttling). The frontend logs what its Go gRPC client reports (connection refused while the
      Service has no ready endpoint, connection reset when the container is killed): warnings on product pages, 500s
      on /cart, whose handler treats a recommendation error as fatal. Decoy: a healthy frontend rollout three hours
      earlier. The throttling itself is not visible in the API snapshot, only the probe failures and restarts.
    `,
    workloads: {
      recommendationservice: {
        pods: [
          {
            ready: false,
            readyTransition: T.iso(-2.6),
            containers: {
              server: cs.restartedRunning({
                restarts: 7,
                startedAt: T.iso(-2.7),
                ready: false,
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-6.9), finishedAt: T.iso(-2.8) },
              }),
            },
          },
        ],
        endpointsChanged: -2.6,
      },
      frontend: {
        rollout: { at: -185, oldReplicas: 0 },
        containers: { server: { env: [...system.workloads[0].containers[0].env.filter((e) => e.name !== 'ENABLE_PROFILER'), { name: 'ENABLE_PROFILER', value: '0' }, { name: 'CYMBAL_BRANDING', value: 'false' }] } },
      },
    },
    events: [
      { on: 'pod:recommendationservice#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{server}', message: 'Readiness probe failed: timeout: health rpc did not complete within 1s', first: -25.5, last: -0.6, count: 61 },
      { on: 'pod:recommendationservice#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{server}', message: 'Liveness probe failed: timeout: health rpc did not complete within 1s', first: -25.3, last: -0.7, count: 24 },
      { on: 'pod:recommendationservice#0', reason: 'Killing', fieldPath: 'spec.containers{server}', message: 'Container server failed liveness probe, will be restarted', first: -24.8, last: -2.8, count: 7 },
      { on: 'pod:recommendationservice#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/recommendationservice:v0.10.6" already present on machine', first: -24.7, last: -2.7, count: 7 },
      { on: 'pod:recommendationservice#0', reason: 'Started', fieldPath: 'spec.containers{server}', message: 'Started container server', first: -24.7, last: -2.7, count: 7 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -185, last: -185 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 2', first: -183.5, last: -183.5 },
    ],
    logs: {
      'frontend#0/server': feLines(0),
      'frontend#1/server': feLines(1),
      'recommendationservice#0/server/previous': [...recStart(-6.9), ...recLines(-6.8, -4.2)],
      'recommendationservice#0/server': [...recStart(-2.7), ...recLines(-2.6, -0.3)],
      'productcatalogservice#0/server': [
        `{"message":"successfully parsed product catalog json","severity":"info","timestamp":"${T.isoMs(-60 * 24 * 9 + 0.2)}"}`,
        `{"message":"starting grpc server at :3550","severity":"info","timestamp":"${T.isoMs(-60 * 24 * 9 + 0.2)}"}`,
      ],
    },
  },
];
