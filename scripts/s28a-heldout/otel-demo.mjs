// Held-out scenario of batch s28a for the OpenTelemetry demo (split: test), written blind: the kit system definition
// scripts/kit-systems/otel-demo.mjs and one incident, built by scripts/s28a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };
export const scenarios = [];

{
  const incidentTime = '2026-12-11T16:05:00Z';
  const T = clock(incidentTime);
  const REC = 'recommendation';
  // OTEL_PYTHON_LOG_CORRELATION=true: the logging instrumentation's basicConfig format.
  const py = (min, lvl, line, trace, msg) =>
    `${T.java(min).replace('.', ',')} ${lvl} [main] [recommendation_server.py:${line}] [trace_id=${trace} span_id=${trace.slice(8, 24)} resource.service.name=recommendation trace_sampled=True] - ${msg}`;
  const ids = ["'0PUK6V6EV0'", "'1YMWWN1N4O'", "'2ZYFJ3GM2N'", "'66VCHSJNUP'", "'6E92ZMYYFZ'", "'9SIQT8TOJO'", "'L9ECAV7KIM'", "'LS4PSXUNUM'", "'OLJCESPC7Z'", "'HQTGWGPNH4'"];
  const tr = (i) => `${(0x3f2a9c71 + i * 7919).toString(16)}e4b1d2c09a7f55${(0x1b3c + i).toString(16)}0c8d2e6f4a91`.slice(0, 32);
  const prevLog = [];
  let k = 0;
  for (let m = -16.9; m < -3.4; m += 1.1) {
    const n = ids.slice(k % 7, (k % 7) + 1).join(', ');
    prevLog.push(py(m, 'INFO', 83, tr(k), `Receive ListRecommendations for product ids:[${n}]`));
    prevLog.push(py(m + 0.01, 'INFO', 118, tr(k), k % 3 === 1 ? 'get_product_list: cache hit' : 'get_product_list: cache miss'));
    k++;
  }
  const startup = (min) => [
    py(min, 'INFO', 196, '0'.repeat(32), 'recommendation service started, listening on port 8080').replace(/span_id=0+/, 'span_id=0'),
  ];
  const grpcErr = (min, details, extra = '') => [
    `Error: 14 UNAVAILABLE: ${details}`,
    '    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:31:19)',
    '    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
    '    at /app/node_modules/@grpc/grpc-js/build/src/resolving-call.js:129:78',
    '    at process.processTicksAndRejections (node:internal/process/task_queues:77:11)',
    'for call at',
    '    at ServiceClientImpl.makeUnaryRequest (/app/node_modules/@grpc/grpc-js/build/src/client.js:161:32)',
    '    at ServiceClientImpl.<anonymous> (/app/node_modules/@grpc/grpc-js/build/src/make-client.js:105:19)',
    '    at /app/.next/server/pages/api/recommendations.js:1:1554 {',
    '  code: 14,',
    `  details: '${details}',`,
    `  metadata: Metadata { internalRepr: Map(0) {}, options: {} }${extra}`,
    '}',
  ];
  const envoy = (min, path, code, dur, upstream) =>
    `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} - via_upstream - "-" 0 ${code === 200 ? 1843 : 0} ${dur} ${dur - 1} "10.48.2.17" "python-requests/2.32.3" "${tr(Math.round(-min * 10))}" "frontend-proxy:8080" "${upstream}:8080" frontend 10.48.1.33:46122 10.48.1.33:8080 10.48.2.17:51790 - -`;
  const FE = '%IPOF:frontend#0%';
  scenarios.push({
    folder: 's28a-recommendation-cache-leak',
    incidentTime,
    description: 'astro shop: product pages intermittently 500 and the "you may also like" block is empty, on and off for the last hour',
    expected: { component: REC, cause: 'oom-killed' },
    alsoAcceptable: [{ component: REC, cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `OpenTelemetry demo 2.1.3 (kubernetes/opentelemetry-demo.yaml): recommendation is the Python gRPC service (limit memory 500Mi,
      no request, so the limit is the request), called by the frontend's /api/recommendations route on every product page. Its
      flagd flag recommendationCacheFailure (documented in the demo's feature-flag list as a memory leak in the recommendation
      service) makes get_product_list append the catalogue's ids to a module-level cache on every cache miss and re-append a quarter
      of it, so the process grows until the kernel's memory cgroup kills it. Someone toggled the flag on in the flagd UI at 15:08
      (flagd reloads /etc/flagd/demo.flagd.json, the emptyDir copy, so the ConfigMap is unchanged); recommendation has since been
      OOMKilled four times (exit 137, roughly every 13 minutes, GKE node-problem-detector OOMKilling events on the node), each time
      dropping in-flight calls: the frontend logs grpc-js "14 UNAVAILABLE" (Connection dropped / ECONNREFUSED while it restarts) and
      frontend-proxy's Envoy logs 500s on /api/recommendations. Decoy: a healthy ad rollout 90 minutes earlier raising its memory limit.`,
    workloads: {
      recommendation: {
        pods: [{
          node: 'gke-astro-prod-default-pool-5f2c1a7e-9xwl',
          created: T.iso(-60 * 26),
          containers: {
            recommendation: cs.restartedRunning({ restarts: 4, startedAt: T.iso(-3.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-16.9), finishedAt: T.iso(-3.3) } }),
          },
        }],
      },
      ad: {
        rollout: { at: -91, oldContainers: { ad: { resources: { limits: { memory: '300Mi' } } } } },
        containers: { ad: { resources: { limits: { memory: '400Mi' } } } },
      },
      frontend: { pods: [{ node: 'gke-astro-prod-default-pool-5f2c1a7e-2kqd' }] },
    },
    events: [
      { on: 'pod:recommendation#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-recommendation" already present on machine', fieldPath: 'spec.containers{recommendation}', first: -43.6, last: -3.3, count: 4 },
      { on: 'pod:recommendation#0', reason: 'Created', message: 'Created container: recommendation', fieldPath: 'spec.containers{recommendation}', first: -43.6, last: -3.3, count: 4 },
      { on: 'pod:recommendation#0', reason: 'Started', message: 'Started container recommendation', fieldPath: 'spec.containers{recommendation}', first: -43.5, last: -3.2, count: 4 },
      { on: 'node:gke-astro-prod-default-pool-5f2c1a7e-9xwl', reason: 'OOMKilling', message: 'Memory cgroup out of memory: Killed process 3318207 (python) total-vm:1047320kB, anon-rss:503984kB, file-rss:33460kB, shmem-rss:0kB, UID:0 pgtables:1404kB oom_score_adj:969', type: 'Warning', source: 'kernel-monitor', first: -43.7, last: -3.3, count: 4 },
      { on: 'deploy:ad', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ad-%NEW% to 1', first: -91, last: -91 },
      { on: 'deploy:ad', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ad-%OLD% to 0 from 1', first: -90.2, last: -90.2 },
    ],
    logs: {
      'recommendation#0/recommendation/previous': [...startup(-16.9), ...prevLog],
      'recommendation#0/recommendation': [
        ...startup(-3.1),
        py(-2.9, 'INFO', 83, tr(90), `Receive ListRecommendations for product ids:[${ids[6]}]`),
        py(-2.89, 'INFO', 118, tr(90), 'get_product_list: cache miss'),
        py(-1.7, 'INFO', 83, tr(91), `Receive ListRecommendations for product ids:[${ids[2]}]`),
        py(-1.69, 'INFO', 118, tr(91), 'get_product_list: cache miss'),
        py(-0.6, 'INFO', 83, tr(92), `Receive ListRecommendations for product ids:[${ids[4]}]`),
        py(-0.59, 'INFO', 118, tr(92), 'get_product_list: cache hit'),
      ],
      'frontend#0/frontend': [
        ...grpcErr(-43.7, 'Connection dropped'),
        ...grpcErr(-43.6, 'No connection established. Last error: connect ECONNREFUSED %SVCIP:recommendation%:8080 (2026-12-11T15:21:18.402Z)'),
        ...grpcErr(-30.2, 'Connection dropped'),
        ...grpcErr(-16.9, 'Connection dropped'),
        ...grpcErr(-3.3, 'Connection dropped'),
        ...grpcErr(-3.25, 'No connection established. Last error: connect ECONNREFUSED %SVCIP:recommendation%:8080 (2026-12-11T16:01:44.911Z)'),
      ],
      'frontend-proxy#0/frontend-proxy': [
        envoy(-44.1, '/api/recommendations?productIds=66VCHSJNUP&sessionId=8b0c1a6e-5e2f-4d7a-9c31-2f6e0b7d4a19&currencyCode=USD', 200, 38, FE),
        envoy(-43.7, '/api/recommendations?productIds=L9ECAV7KIM&sessionId=1f4d7c2a-93be-4e0a-b6d1-7a2c9e3f5b80&currencyCode=USD', 500, 12, FE),
        envoy(-30.2, '/api/recommendations?productIds=0PUK6V6EV0&sessionId=c7e2a9d4-1b3f-4f60-8e5a-9d0b2c4e6f11&currencyCode=USD', 500, 9, FE),
        envoy(-16.9, '/api/recommendations?productIds=2ZYFJ3GM2N&sessionId=5a9e3c71-0d2b-4c8f-a6e4-3b1d7f9c2e05&currencyCode=EUR', 500, 14, FE),
        envoy(-3.3, '/api/recommendations?productIds=6E92ZMYYFZ&sessionId=e2b7d4f1-6c0a-4a93-8d5e-1f3c9b7a2d64&currencyCode=USD', 500, 11, FE),
        envoy(-1.7, '/api/recommendations?productIds=2ZYFJ3GM2N&sessionId=9d1f6b3e-2a7c-4e05-b8d9-4c6a0e2f1b73&currencyCode=USD', 200, 41, FE),
      ],
      'flagd#0/flagd': [
        `{"level":"info","ts":"${T.isoMs(-57.2)}","caller":"file/filepath_sync.go:107","msg":"filepath notifier event: WRITE ./etc/flagd/demo.flagd.json","component":"sync","sync":"filepath"}`,
        `{"level":"info","ts":"${T.isoMs(-57.2)}","caller":"evaluator/json.go:117","msg":"configuration change (update) for flagKey recommendationCacheFailure (source: ./etc/flagd/demo.flagd.json)","component":"evaluator","evaluator":"json"}`,
      ],
    },
  });
}
