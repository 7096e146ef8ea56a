// Batch s49b blind dev scenario for the OpenTelemetry demo (split: dev), written without reading the engine, rules or other scenarios.
// The kit system definition scripts/kit-systems/otel-demo.mjs; one no-fault incident: a 5xx alert from a finished frontend rollout.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;

const I = '2026-07-21T09:58:00Z';
const T = clock(I);
const UA_LOCUST = 'python-requests/2.32.3';
const UA_BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/129.0.6668.29 Safari/537.36';
const rid = (i) => `${(0x3f2a9c10 + i * 7919).toString(16)}-4b1e-4c0d-9a7e-${(0x1d4c8a2f3b61 + i * 104729).toString(16).padStart(12, '0')}`;
// Envoy's default access-log format (the demo's frontend-proxy prints it on stdout).
const access = (min, i, method, path, code, flags, sent, dur, up, ua = UA_LOCUST) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} 0 ${sent} ${dur} ${code >= 500 && flags !== '-' ? '-' : Math.max(dur - 1, 1)} "-" "${ua}" "${rid(i)}" "frontend-proxy:8080" "${up}"`;
const PATHS = [
  ['GET', '/', 200, 17544],
  ['GET', '/api/products', 200, 4106],
  ['GET', '/api/recommendations?productIds=&sessionId=2b8e6d3c-0c0e-4f8b-b3a1-6f0c1a2d7e44&currencyCode=USD', 200, 1822],
  ['GET', '/api/cart?sessionId=2b8e6d3c-0c0e-4f8b-b3a1-6f0c1a2d7e44&currencyCode=USD', 200, 311],
  ['GET', '/api/data?contextKeys=binoculars', 200, 402],
  ['POST', '/api/checkout?currencyCode=USD', 200, 1299],
];
const proxyLog = () => {
  const out = [];
  let i = 0;
  // before the rollout: old frontend pod
  for (let m = -50; m < -38.6; m += 1.7) {
    const [me, p, c, b] = PATHS[i % PATHS.length];
    out.push(access(m, i++, me, p, c, '-', b, 38 + (i % 5) * 11, '10.48.2.117:8080'));
  }
  // the old pod is terminated while Envoy still holds it in its endpoint set for a few seconds
  out.push(access(-37.93, i++, 'GET', '/api/products', 503, 'UF', 91, 2, '10.48.2.117:8080'));
  out.push(access(-37.92, i++, 'GET', '/', 503, 'UF', 91, 1, '10.48.2.117:8080', UA_BROWSER));
  out.push(access(-37.9, i++, 'POST', '/api/checkout?currencyCode=USD', 503, 'UF', 91, 3, '10.48.2.117:8080'));
  out.push(access(-37.88, i++, 'GET', '/api/cart?sessionId=2b8e6d3c-0c0e-4f8b-b3a1-6f0c1a2d7e44&currencyCode=USD', 503, 'UF', 91, 2, '10.48.2.117:8080'));
  out.push(access(-37.86, i++, 'GET', '/api/recommendations?productIds=&sessionId=2b8e6d3c-0c0e-4f8b-b3a1-6f0c1a2d7e44&currencyCode=USD', 503, 'UF', 91, 1, '10.48.2.117:8080'));
  for (let m = -37.7; m < -0.5; m += 1.9) {
    const [me, p, c, b] = PATHS[i % PATHS.length];
    out.push(access(m, i++, me, p, c, '-', b, 35 + (i % 7) * 9, '%IPOF:frontend#0%:8080', i % 4 === 0 ? UA_BROWSER : UA_LOCUST));
  }
  return out;
};

export const scenarios = [
  {
    folder: 's49b-proxy-5xx-blip-frontend-rollout',
    description: 'got paged: frontend-proxy 5xx rate alert fired around 09:20, can someone check the shop?',
    incidentTime: I,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      OpenTelemetry demo 2.1.3 (kubernetes/opentelemetry-demo.yaml at a8a3ea2): one frontend replica behind the Envoy
      frontend-proxy, no readiness probe and no preStop hook, so a rolling update of a single-replica Deployment leaves
      Envoy a few hundred milliseconds with the terminated pod still in its endpoint set: five 503 "UF" (upstream connection
      failure) lines in Envoy's default access-log format at 09:20, which is what tripped a ratio alert on a low-traffic
      window. The frontend rollout (image 2.1.2 -> 2.1.3) completed (NewReplicaSetAvailable), every request since is 200,
      and nothing is failing at report time. Decoys: checkout OOMKilled three days ago (GOMEMLIMIT 16MiB on a 20Mi limit,
      restartCount 1, running since) and the rollout's own ScalingReplicaSet events. Expected answer: no fault.`,
    workloads: {
      frontend: {
        rollout: { at: -38.5, revision: 3, oldReplicas: 0, oldContainers: { frontend: { image: 'ghcr.io/open-telemetry/demo:2.1.2-frontend' } } },
        endpointsChanged: -37.9,
      },
      checkout: {
        pods: [{ containers: { checkout: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -38.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -37.95 },
      { on: 'pod:frontend#0', reason: 'Scheduled', message: 'Successfully assigned otel-demo/%POD% to %NODE%', source: 'default-scheduler', first: -38.5 },
      { on: 'pod:frontend#0', reason: 'Pulling', message: 'Pulling image "ghcr.io/open-telemetry/demo:2.1.3-frontend"', first: -38.45 },
      { on: 'pod:frontend#0', reason: 'Pulled', message: 'Successfully pulled image "ghcr.io/open-telemetry/demo:2.1.3-frontend" in 11.482s (11.482s including waiting). Image size: 71093258 bytes.', first: -38.25 },
      { on: 'pod:frontend#0', reason: 'Created', message: 'Created container: frontend', first: -38.2 },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container frontend', first: -38.2 },
    ],
    logs: {
      'frontend-proxy#0/frontend-proxy': proxyLog(),
      'frontend#0/frontend': [
        '  ▲ Next.js 15.2.1',
        '  - Local:        http://localhost:8080',
        '  - Network:      http://0.0.0.0:8080',
        '',
        ' ✓ Starting...',
        ' ✓ Ready in 287ms',
      ],
      'checkout#0/checkout': [
        `{"time":"${T.isoMs(-11.2)}","level":"INFO","msg":"[PlaceOrder] user_id=\\"2b8e6d3c-0c0e-4f8b-b3a1-6f0c1a2d7e44\\" user_currency=\\"USD\\""}`,
        `{"time":"${T.isoMs(-11.19)}","level":"INFO","msg":"payment went through (transaction_id: 6e3a2f0b-7c41-4d9e-8b12-0a5c9e7d3f21)"}`,
        `{"time":"${T.isoMs(-11.18)}","level":"INFO","msg":"order confirmation email sent to \\"someone@example.com\\""}`,
        `{"time":"${T.isoMs(-11.17)}","level":"INFO","msg":"sending to postProcessor"}`,
      ],
    },
  },
];
