// Blind held-out batch s106b: one OpenTelemetry demo scenario (split test) for the scenario kit
// (scripts/s2-scenario-kit.mjs), system from scripts/kit-systems/otel-demo.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const INCIDENT = '2026-04-22T16:05:00Z';
const T = clock(INCIDENT);
const NODE = 'gke-astro-prod-default-pool-5f2c1a7e-9xwl';
const IMG = 'ghcr.io/open-telemetry/demo:2.1.3-recommendation';
const hexid = (n, k) => {
  let s = '';
  let x = n * 2654435761 + k;
  while (s.length < 32) { x = (x * 1103515245 + 12345) % 2147483648; s += x.toString(16).padStart(8, '0'); }
  return s;
};
const py = (min, level, file, line, msg, i = 0) =>
  `${T.java(min).replace('.', ',')} ${level} [main] [${file}:${line}] [trace_id=${hexid(i, 1)} span_id=${hexid(i, 2).slice(0, 16)} resource.service.name=recommendation trace_sampled=True] - ${msg}`;
const IDS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', 'HQTGWGPNH4', '6E92ZMYYFZ'];
const recLines = (from, to, step) => {
  const out = [py(from, 'INFO', 'recommendation_server.py', 132, 'Recommendation service started, listening on port 8080')];
  let i = 0;
  for (let m = from + 0.1; m < to; m += step, i++) {
    out.push(py(m, 'INFO', 'recommendation_server.py', 47, `Receive ListRecommendations for product ids:['${IDS[i % 10]}']`, i));
    out.push(py(m + 0.002, 'INFO', 'recommendation_server.py', i % 2 ? 88 : 80, `get_product_list: cache ${i % 2 ? 'hit' : 'miss'}`, i));
  }
  return out;
};
const grpcErr = (min) =>
  `Error: 14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED %SVCIP:recommendation%:8080\n    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)\n    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)`;

export const scenarios = [
  {
    folder: 's106b-recommendation-cache-flag-oom',
    description: 'recs block on product pages keeps vanishing + random 500s on /api/recommendations, discovery team pls check (since ~15:20)',
    incidentTime: INCIDENT,
    expected: { component: 'recommendation', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'recommendation', cause: 'crash-loop' },
      { component: 'flagd', cause: 'config-error' },
    ],
    difficulty: 'medium',
    traits: ['team-name', 'time-expression', 'louder-dependents'],
    grounding: `
      opentelemetry-demo 2.1.3 kubernetes/opentelemetry-demo.yaml at a8a3ea2: recommendation (Python, memory limit 500Mi) reads
      FLAGD_HOST=flagd; frontend calls it at RECOMMENDATION_ADDR=recommendation:8080. Fault follows the demo's own failure scenario
      recommendationCacheFailure (demo docs "Feature Flags"; src/recommendation/recommendation_server.py): with the flag on, every cache
      miss appends the catalogue's ids to a module-level list and grows it by a quarter, so the process's memory climbs until the
      kubelet reports OOMKilled (exit 137); the flag was switched on through flagd-ui at about 15:15 (flagd's file sync is outside
      the snapshot's logs). The pod restarts roughly every 11 minutes (four kills so far; after 10 minutes running the kubelet restarts it without back-off) and is Ready between kills; frontend logs gRPC UNAVAILABLE
      while it is down. Deviations from upstream: none in the manifests; recommendation's log layout is the OTel Python logging
      correlation format, line numbers approximate.
    `,
    workloads: {
      recommendation: {
        pods: [{
          node: NODE,
          containers: {
            recommendation: cs.restartedRunning({
              restarts: 4, startedAt: T.iso(-2.9),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-14.2), finishedAt: T.iso(-3.0) },
            }),
          },
          readyTransition: T.iso(-2.8),
        }],
      },
    },
    events: [
      { on: 'pod:recommendation#0', reason: 'Pulled', message: `Container image "${IMG}" already present on machine`, count: 5, first: -60 * 24 * 9, last: -2.95 },
      { on: 'pod:recommendation#0', reason: 'Created', message: 'Created container recommendation', count: 5, first: -60 * 24 * 9, last: -2.93 },
      { on: 'pod:recommendation#0', reason: 'Started', message: 'Started container recommendation', count: 5, first: -60 * 24 * 9, last: -2.9 },
    ],
    logs: {
      'recommendation#0/recommendation': recLines(-2.85, -0.1, 0.21),
      'recommendation#0/recommendation/previous': recLines(-14.1, -3.02, 0.19),
      'frontend#0/frontend': [
        '  ▲ Next.js 14.2.5',
        '  - Local:        http://localhost:8080',
        ' ✓ Ready in 312ms',
        grpcErr(-25.9), grpcErr(-25.7), grpcErr(-14.5), grpcErr(-14.3), grpcErr(-14.25), grpcErr(-3.0), grpcErr(-2.95),
      ],
    },
  },
];
