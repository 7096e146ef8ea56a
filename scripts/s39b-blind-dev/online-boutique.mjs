// Batch s39b blind dev scenario for Online Boutique (session-2 system definition): recommendationservice's gRPC liveness
// probe times out under a traffic spike at its 200m CPU limit, the kubelet keeps killing it and the frontend 500s product pages.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };
export const scenarios = [];

const fe = (T, min, severity, message, extra = {}) =>
  JSON.stringify({
    ...(extra.error ? { error: extra.error } : {}),
    'http.req.id': extra.id,
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/',
    message,
    session: extra.session ?? '6a1f0c94-2d7b-4e58-8b3e-91c4d2f7a605',
    severity,
    timestamp: T.isoMs(min),
  });
const py = (T, min, severity, message) =>
  JSON.stringify({ timestamp: Date.parse(T.isoMs(min)) / 1000, severity, name: 'recommendationservice-server', message });

{
  const incidentTime = '2026-12-08T15:24:00Z';
  const T = clock(incidentTime);
  const recPod = 'recommendationservice#0';
  const unavailable = (ip) =>
    `failed to get product recommendations: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp ${ip}:8080: connect: connection refused"`;
  const deadline = 'failed to get product recommendations: rpc error: code = DeadlineExceeded desc = context deadline exceeded';
  const ids = ['1YMWWN1N4O', 'OLJCESPC7Z', '66VCHSJNUP', 'L9ECAV7KIM', '2ZYFJ3GM2N', '9SIQT8TOJO', 'LS4PSXUNUM', '0PUK6V6EV0'];
  scenarios.push({
    folder: 's39b-recommendation-liveness-cpu-throttle',
    incidentTime,
    description: 'boutique product pages throwing 500s on and off since ~15:05, frontend errors mention recommendations',
    expected: { component: 'recommendationservice', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'recommendationservice', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['cpu-starvation', 'time-expression', 'partial-name', 'decoy'],
    grounding: `release/kubernetes-manifests.yaml at 34ffea9: recommendationservice (Python grpcio server, ThreadPoolExecutor(max_workers=10),
      limits cpu 200m / memory 450Mi, gRPC readiness and liveness probes on :8080 with timeoutSeconds 1 and failureThreshold 3);
      the frontend renders a product page only after ListRecommendations succeeds (productHandler: "failed to get product
      recommendations", HTTP 500). A newsletter at ~15:03 roughly triples traffic; the Python server, throttled at its 200m CPU
      limit, cannot answer the kubelet's gRPC health RPC within 1s ("timeout: health rpc did not complete within 1s" is the
      kubelet's gRPC prober text), the liveness probe fails three times in a row and the kubelet kills the container (SIGTERM:
      exit 143) — six restarts in 20 minutes, each restart dropping the pod from the Service. The frontend logs connection
      refused while it is out and DeadlineExceeded while it is in but starved. The careful answer is the probe killing a
      CPU-starved pod (the known "liveness timeout too tight for a throttled service" failure); resource-exhaustion
      (CPU at the limit) also accepted. Decoys: a healthy adservice rollout 50 minutes earlier and a cartservice OOMKill two
      days old.`,
    workloads: {
      recommendationservice: {
        pods: [
          {
            ready: false,
            readyTransition: T.iso(-1.2),
            containers: {
              server: cs.restartedRunning({
                restarts: 6,
                startedAt: T.iso(-1.2),
                ready: false,
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-4.6), finishedAt: T.iso(-1.4) },
              }),
            },
          },
        ],
      },
      adservice: { rollout: { at: -50, revision: 6, oldContainers: { server: { image: 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/adservice:v0.10.5' } } } },
      cartservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 47),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 47 - 0.2) },
              }),
            },
          },
          {},
        ],
      },
    },
    events: [
      { on: `pod:${recPod}`, reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Liveness probe failed: timeout: health rpc did not complete within 1s', first: -19, last: -0.4, count: 21 },
      { on: `pod:${recPod}`, reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Readiness probe failed: timeout: health rpc did not complete within 1s', first: -19.2, last: -0.3, count: 34 },
      { on: `pod:${recPod}`, reason: 'Killing', fieldPath: 'spec.containers{server}', message: 'Container server failed liveness probe, will be restarted', first: -17, last: -1.4, count: 6 },
      { on: `pod:${recPod}`, reason: 'Pulled', fieldPath: 'spec.containers{server}', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/recommendationservice:v0.10.6" already present on machine', first: -16.8, last: -1.3, count: 6 },
      { on: `pod:${recPod}`, reason: 'Created', fieldPath: 'spec.containers{server}', message: 'Created container server', first: -16.8, last: -1.3, count: 6 },
      { on: `pod:${recPod}`, reason: 'Started', fieldPath: 'spec.containers{server}', message: 'Started container server', first: -16.8, last: -1.2, count: 6 },
      { on: `pod:${recPod}`, reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -8, last: -6.5, count: 2 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -50, last: -50 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', first: -49, last: -49 },
    ],
    logs: {
      [`${recPod}/server`]: [
        py(T, -1.2, 'INFO', 'initializing recommendationservice'),
        py(T, -1.2, 'INFO', 'Profiler disabled.'),
        py(T, -1.19, 'INFO', 'Tracing disabled.'),
        py(T, -1.18, 'INFO', 'listening on port: 8080'),
        ...Array.from({ length: 10 }, (_, i) => py(T, -1.1 + i * 0.1, 'INFO', `[Recv ListRecommendations] product_ids=['${ids[i % 8]}', '${ids[(i + 3) % 8]}', '${ids[(i + 5) % 8]}', '${ids[(i + 6) % 8]}', '${ids[(i + 1) % 8]}']`)),
      ],
      [`${recPod}/server/previous`]: [
        py(T, -4.6, 'INFO', 'initializing recommendationservice'),
        py(T, -4.6, 'INFO', 'Profiler disabled.'),
        py(T, -4.59, 'INFO', 'Tracing disabled.'),
        py(T, -4.58, 'INFO', 'listening on port: 8080'),
        ...Array.from({ length: 14 }, (_, i) => py(T, -4.5 + i * 0.22, 'INFO', `[Recv ListRecommendations] product_ids=['${ids[(i + 2) % 8]}', '${ids[(i + 4) % 8]}', '${ids[(i + 7) % 8]}', '${ids[i % 8]}', '${ids[(i + 5) % 8]}']`)),
      ],
      'frontend#0/server': [
        fe(T, -25, 'debug', 'request complete', { id: '0b6e2f31-5a7c-4d90-8e14-7f2a9c3b5d01', path: '/product/OLJCESPC7Z' }),
        fe(T, -18.6, 'error', 'request error', { id: '4f9a0d2e-1b6c-47a3-9e58-2c7d1f6b3a90', path: '/product/66VCHSJNUP', error: deadline }),
        fe(T, -16.9, 'error', 'request error', { id: '8c3e5b17-9d2a-4f60-b1e7-5a4c0d9f2e63', path: '/product/L9ECAV7KIM', error: unavailable('%SVCIP:recommendationservice%') }),
        fe(T, -12.2, 'error', 'request error', { id: 'e2d7a940-6c1f-4b35-8a29-1f0e7d5c3b84', path: '/cart', error: deadline }),
        fe(T, -11.8, 'debug', 'request complete', { id: '71c4e0b9-3f5d-4a28-9e6c-0d8b2a1f7e45', path: '/product/2ZYFJ3GM2N' }),
        fe(T, -7.4, 'error', 'request error', { id: '3a9f6c2d-8e1b-4705-b4d3-6e2c9a0f5b18', path: '/product/9SIQT8TOJO', error: unavailable('%SVCIP:recommendationservice%') }),
        fe(T, -4.1, 'error', 'request error', { id: 'b5e1d8f0-2a7c-4c96-9f43-8d0a6b2e1c57', path: '/product/LS4PSXUNUM', error: deadline }),
        fe(T, -1.3, 'error', 'request error', { id: 'c0a7e4b2-5d9f-4e13-a6b8-3f1c7e9d2a06', path: '/product/0PUK6V6EV0', error: unavailable('%SVCIP:recommendationservice%') }),
        fe(T, -0.6, 'error', 'request error', { id: '9d2b6f1e-0c4a-4b87-8e35-a7f9c1d3e028', path: '/product/1YMWWN1N4O', error: deadline }),
      ],
      'frontend#1/server': [
        fe(T, -14.5, 'error', 'request error', { id: '5e8c1a3f-7b2d-4960-a0e4-9c6f2d8b1e37', path: '/product/OLJCESPC7Z', session: '2c7e9f04-8a1b-4d63-b5f2-0e9a6c3d7b18', error: deadline }),
        fe(T, -9.9, 'debug', 'request complete', { id: '1f6d3b8e-4c0a-4e29-9b75-e2a8d0c6f413', path: '/', session: '2c7e9f04-8a1b-4d63-b5f2-0e9a6c3d7b18' }),
        fe(T, -2.7, 'error', 'request error', { id: 'a4c9e2f7-1d8b-43e0-8f6a-5b3d0e7c2a91', path: '/product/66VCHSJNUP', session: 'f3b0d6a8-9e2c-4175-a4d1-7c8e5f2b0a36', error: unavailable('%SVCIP:recommendationservice%') }),
      ],
      'adservice#0/server': [
        `{"instant":{"epochSecond":${Math.floor(Date.parse(T.isoMs(-49.6)) / 1000)},"nanoOfSecond":412000000},"thread":"main","level":"INFO","loggerName":"hipstershop.AdService","message":"Ad Service started, listening on 9555","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":1,"threadPriority":5,"logging.googleapis.com/trace":"","logging.googleapis.com/spanId":"","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(-49.6)}"}`,
        `{"instant":{"epochSecond":${Math.floor(Date.parse(T.isoMs(-3)) / 1000)},"nanoOfSecond":88000000},"thread":"grpc-default-executor-41","level":"INFO","loggerName":"hipstershop.AdService","message":"received ad request (context_words=[kitchen])","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":58,"threadPriority":5,"logging.googleapis.com/trace":"","logging.googleapis.com/spanId":"","logging.googleapis.com/traceSampled":"false","time":"${T.isoMs(-3)}"}`,
      ],
    },
  });
}
