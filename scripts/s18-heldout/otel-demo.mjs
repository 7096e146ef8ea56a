// s18 held-out scenario (split: test) for the OpenTelemetry demo, written blind: recommendation's product-id cache grows
// without bound until the container is OOMKilled at its 500Mi limit, again and again. Built by scripts/s18-build-h.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;

const I = '2026-09-09T13:40:00Z';
const T = clock(I);
const IDS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', 'HQTGWGPNH4', '6E92ZMYYFZ'];
const py = (min, lvl, msg, i) => JSON.stringify({ timestamp: T.isoMs(min), level: lvl, name: 'recommendation', message: msg, otelTraceID: ((i * 2654435761) >>> 0).toString(16).padStart(8, '0').repeat(4), otelSpanID: ((i * 40503) >>> 0).toString(16).padStart(16, '0'), otelServiceName: 'recommendation' });
const recLog = (from, to, seed) => {
  const out = [py(from, 'INFO', 'Recommendation service started on port 8080', seed)];
  for (let m = from + 0.05, i = 0; m < to; m += 0.06, i++) {
    const n = seed * 1000 + i;
    out.push(py(m, 'INFO', (i % 2 === 0 || i < 2) ? 'get_product_list: cache miss' : 'get_product_list: cache hit', n));
    out.push(py(m + 0.0005, 'INFO', `Receive ListRecommendations for product ids:['${IDS[(n * 3) % 10]}', '${IDS[(n * 7) % 10]}', '${IDS[(n * 9) % 10]}', '${IDS[(n + 4) % 10]}', '${IDS[(n + 8) % 10]}']`, n));
  }
  return out;
};
const starts = [-44, -35.2, -26.1, -17.3, -8.4, -2.9];
const frontLog = [];
for (let m = -40, i = 0; m < 0; m += 0.25, i++) {
  const down = starts.some((s, k) => k > 0 && m > s - 1.6 && m < s + 0.3);
  if (down && i % 2 === 0) frontLog.push(`Error: 14 UNAVAILABLE: ${i % 4 === 0 ? 'Connection dropped' : 'No connection established. Last error: connect ECONNREFUSED %SVCIP:recommendation%:8080'}\n    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)\n    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)\n    at /app/.next/server/pages/api/recommendations.js:1:2291 {\n  code: 14,\n  details: '${i % 4 === 0 ? 'Connection dropped' : 'No connection established. Last error: connect ECONNREFUSED %SVCIP:recommendation%:8080'}',\n  metadata: Metadata { internalRepr: Map(0) {}, options: {} }\n}`);
  else if (i % 9 === 0) frontLog.push(`GET /api/recommendations?productIds=${IDS[i % 10]}&sessionId=${((i * 2654435761) >>> 0).toString(16)}&currencyCode=USD 200 in ${40 + (i % 13) * 9}ms`);
}
const proxyLog = [];
for (let m = -40, i = 0; m < 0; m += 0.5, i++) {
  const down = starts.some((s, k) => k > 0 && m > s - 1.6 && m < s + 0.3);
  const st = down && i % 2 === 0 ? 500 : 200;
  proxyLog.push(`[${T.isoMs(m)}] "GET /api/recommendations?productIds=${IDS[i % 10]} HTTP/1.1" ${st} - via_upstream - "-" 0 ${st === 200 ? 1083 : 21} ${st === 200 ? 48 + (i % 30) : 2} ${st === 200 ? 47 + (i % 30) : 1} "10.48.1.${30 + (i % 40)}" "python-requests/2.32.3" "${((i * 2654435761) >>> 0).toString(16)}-9a1c-4e0b-b5f2-7f3c1d2e4a${String(10 + (i % 89))}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" frontend 10.48.0.12:39812 %PODIP%:8080 10.48.1.77:52044 - -`);
}

export const scenarios = [
  {
    folder: 's18-recommendation-cache-oom',
    split: 'test',
    description: 'product pages on astro shop intermittently 500 and "you may also like" is blank half the time, last ~40 min',
    incidentTime: I,
    expected: { component: 'recommendation', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      OpenTelemetry demo 2.1.3 (kubernetes/opentelemetry-demo.yaml at a8a3ea2): recommendation is a Python gRPC service with a
      500Mi memory limit and no probes, called by the frontend (RECOMMENDATION_ADDR recommendation:8080) for every product page.
      Incident: the demo's documented recommendationCacheFailure failure mode, a product-id cache that grows on every cache
      miss (recommendation_server.py get_product_list logs "get_product_list: cache miss"/"cache hit"), turned on in flagd
      through the flagd UI (the edit lives in flagd's emptyDir file, not in the flagd-config ConfigMap). The container grows to
      its limit in about nine minutes and is OOMKilled (exit 137), five times in 40 minutes; the frontend's @grpc/grpc-js
      client logs 14 UNAVAILABLE (Connection dropped / ECONNREFUSED) around each kill and envoy in frontend-proxy returns 500
      for /api/recommendations. Decoy: email was rolled out two days ago (healthy). Deviations: the recommendation log is
      rendered as JSON lines with the OTel trace-correlation fields; frontend stack frames approximated.
    `,
    workloads: {
      recommendation: {
        pods: [{
          created: T.iso(-60 * 24 * 3),
          containers: { recommendation: cs.restartedRunning({ restarts: 5, startedAt: T.iso(-2.9), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-8.4), finishedAt: T.iso(-3.0) } }) },
        }],
      },
      email: { rollout: { at: -60 * 24 * 2, revision: 4, oldReplicas: 0 } },
    },
    events: [
      { on: 'pod:recommendation#0', reason: 'Pulled', message: `Container image "ghcr.io/open-telemetry/demo:2.1.3-recommendation" already present on machine`, fieldPath: 'spec.containers{recommendation}', first: -35.2, last: -2.9, count: 5 },
      { on: 'pod:recommendation#0', reason: 'Created', message: 'Created container: recommendation', fieldPath: 'spec.containers{recommendation}', first: -35.2, last: -2.9, count: 5 },
      { on: 'pod:recommendation#0', reason: 'Started', message: 'Started container recommendation', fieldPath: 'spec.containers{recommendation}', first: -35.2, last: -2.9, count: 5 },
      { on: 'pod:recommendation#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container recommendation in pod %POD%_otel-demo(%PODUID%)', fieldPath: 'spec.containers{recommendation}', first: -17.4, last: -3.0, count: 3 },
    ],
    logs: {
      'recommendation#0/recommendation': recLog(-2.9, -0.05, 6),
      'recommendation#0/recommendation/previous': recLog(-8.4, -3.0, 5),
      'frontend#0/frontend': frontLog,
      'frontend-proxy#0/frontend-proxy': proxyLog,
    },
  },
];
