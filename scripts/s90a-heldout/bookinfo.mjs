// Blind held-out batch s90a: one Bookinfo scenario (split test), on scripts/kit-systems/bookinfo.mjs reduced to bookinfo.yaml.
// Built by scripts/s90a-build.mjs with the kit of scripts/s2-scenario-kit.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as full, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
const KEEP = { 'details-v1': 'details', 'ratings-v1': 'ratings', 'reviews-v1': null, 'reviews-v2': null, 'reviews-v3': 'reviews', 'productpage-v1': 'productpage' };
// bookinfo.yaml deploys only these; details-v1 and ratings-v1 own the details and ratings Services.
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => w.name in KEEP)
    .map((w) => (KEEP[w.name] && !w.service ? { ...w, service: { name: KEEP[w.name], ...HTTP } } : w)),
};
const IT = '2026-05-26T08:12:00Z';
const T = clock(IT);
const envoy = (min, method, path, code, dur, up, host) => `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} - via_upstream - "-" 0 ${code === 200 ? 4294 : 0} ${dur} ${dur - 1} "-" "python-requests/2.31.0" "3c1f2a8e-6d0b-9a7e-b4c5-2f1e8d7a6b90" "${host}" "${up}" outbound|9080||${host}.bookinfo.svc.cluster.local - - - default`;
const pp = (min, msg) => `INFO:werkzeug:::ffff:127.0.0.6 - - [${T.java(min).slice(0, 19)}] "${msg}" 200 -`;

export const scenarios = [
  bookinfoScenario({
    folder: 's90a-reviews-restart-count',
    incidentTime: IT,
    description: 'k9s shows reviews v2 with RESTARTS 1 — is reviews broken? nobody complained yet',
    expected: null,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name'],
    workloads: {
      'reviews-v2': {
        pods: [{
          containers: {
            reviews: { state: { running: { startedAt: T.iso(-60 * 24 * 3 + 0.4) } }, lastState: { terminated: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 },
          },
        }],
      },
    },
    events: [],
    logs: {
      'productpage-v1#0/productpage': [
        pp(-6, 'GET /productpage HTTP/1.1'), pp(-4.5, 'GET /static/tailwind/tailwind.css HTTP/1.1'), pp(-2.2, 'GET /productpage HTTP/1.1'), pp(-0.8, 'GET /api/v1/products/0/reviews HTTP/1.1'),
      ],
      'productpage-v1#0/istio-proxy': [
        envoy(-6, 'GET', '/reviews/0', 200, 38, '%IPOF:reviews-v2#0%:9080', 'reviews'),
        envoy(-5.99, 'GET', '/details/0', 200, 6, '%IPOF:details-v1#0%:9080', 'details'),
        envoy(-2.2, 'GET', '/reviews/0', 200, 24, '%IPOF:reviews-v1#0%:9080', 'reviews'),
        envoy(-2.19, 'GET', '/details/0', 200, 5, '%IPOF:details-v1#0%:9080', 'details'),
      ],
      'reviews-v2#0/reviews': [
        '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 4.812 seconds.',
        '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.0, jsonp-1.0, servlet-3.1].',
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.021 seconds.',
      ],
      'ratings-v1#0/ratings': [
        'GET /ratings/0',
        'GET /ratings/0',
      ],
    },
    grounding: `
      Istio Bookinfo samples/bookinfo/platform/kube/bookinfo.yaml (kit system bookinfo.mjs reduced to its six Deployments,
      sidecar-injected with Istio 1.23): productpage calls details and reviews, reviews-v2/v3 call ratings.
      No fault: the engineer asks about a RESTARTS column of 1 on reviews-v2. The restart is three days old: exit 143 (SIGTERM
      from a stop), the container has run cleanly since, every pod is Ready, and the sidecar and app logs show 200s on every
      call. Nothing in the window is wrong.
      Deviations from upstream: log lines are abridged for the incident.
    `,
  }),
];
