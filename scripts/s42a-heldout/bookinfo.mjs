// Held-out scenario (batch s42a, split test) for Istio Bookinfo, written blind: spec for the scenario kit
// (scripts/s2-scenario-kit.mjs) on scripts/kit-systems/bookinfo.mjs reduced to the workloads bookinfo.yaml deploys.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as full } from '../kit-systems/bookinfo.mjs';

const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
const KEEP = ['details-v1', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1'];
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => KEEP.includes(w.name))
    .map((w) =>
      w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w.name === 'ratings-v1' ? { ...w, service: { name: 'ratings', ...HTTP } } : w,
    ),
};
const SELECT = { 'details-v1': 'details', 'ratings-v1': 'ratings', 'reviews-v3': 'reviews', 'productpage-v1': 'productpage' };
const withSelectors = (spec) => {
  const workloads = { ...(spec.workloads ?? {}) };
  for (const [wl, app] of Object.entries(SELECT)) workloads[wl] = { serviceSelector: { app }, ...(workloads[wl] ?? {}) };
  return { ...spec, workloads };
};

const T = clock('2026-06-09T10:18:00Z');
const N = full.nodes.map((n) => n.name);
const rid = (i) => {
  const x = (0x3f2a9c41 + i * 7919).toString(16);
  return `${x.slice(0, 8)}-9c1e-9b6d-a2f4-${(0x5e07c2d10b + i * 104729).toString(16).padStart(12, 'a')}`;
};
const ts = (min) => T.isoMs(min);
const VERS = ['v1', 'v2', 'v3'];

// Envoy default access-log format (Istio meshConfig.accessLogFile=/dev/stdout).
const outbound = (min, i, status, flags, details, dur, upstream, subset, src) =>
  `[${ts(min)}] "GET /reviews/0 HTTP/1.1" ${status} ${flags} ${details} - "-" 0 ${status === 200 ? 358 : 95} ${dur} ${status === 200 ? dur - 1 : '-'} "-" "python-requests/2.31.0" "${rid(i)}" "reviews:9080" "${upstream}:9080" outbound|9080|${subset}|reviews.bookinfo.svc.cluster.local ${src}:${41000 + i * 17} %SVCIP:reviews%:9080 ${src}:${52000 + i * 23} - default`;
const inboundReject = (min, i, src) =>
  `[${ts(min)}] "- - -" 0 NR filter_chain_not_found - "-" 0 0 0 - "-" "-" "-" "-" "-" - - %PODIP%:9080 ${src}:${41000 + i * 17} - -`;
const detailsOk = (min, i, src) =>
  `[${ts(min)}] "GET /details/0 HTTP/1.1" 200 - via_upstream - "-" 0 178 3 2 "-" "python-requests/2.31.0" "${rid(i + 500)}" "details:9080" "%IPOF:details-v1#0%:9080" outbound|9080||details.bookinfo.svc.cluster.local ${src}:${43000 + i * 11} %SVCIP:details%:9080 ${src}:${55000 + i * 13} - default`;

const PP = '%PODIP%';
const ppProxy = [];
const ppApp = [];
const revIn = { v1: [], v2: [], v3: [] };
for (let i = 0; i < 26; i++) {
  const min = -44 + i * 1.7;
  const v = VERS[i % 3];
  const broken = min > -23.5;
  ppProxy.push(detailsOk(min, i, PP));
  ppApp.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`);
  if (!broken) {
    ppProxy.push(outbound(min + 0.001, i, 200, '-', 'via_upstream', 22 + (i % 5) * 3, `%IPOF:reviews-${v}#0%`, '', PP));
    ppApp.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358`);
  } else {
    ppProxy.push(outbound(min + 0.001, i, 503, 'UC', 'upstream_reset_before_response_started{connection_termination}', 1 + (i % 2), `%IPOF:reviews-${v}#0%`, v, PP));
    ppApp.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 503 95`);
    revIn[v].push(inboundReject(min + 0.001, i, '%IPOF:productpage-v1#0%'));
  }
}
ppProxy.splice(0, 0, `${ts(-60 * 26)}\tinfo\tads\tADS: new connection for node:productpage-v1-1`);
const appStart = [
  `${ts(-60 * 24 * 3)}\tinfo\tFIPS mode is disabled`,
  `${ts(-60 * 24 * 3)}\tinfo\tEnvoy proxy is ready`,
];
const reviewsApp = () => [
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 4.113 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jaxrsClient-2.1, jsonb-1.0, jsonp-1.1, cdi-2.0, servlet-4.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 7.902 seconds.',
];

export const scenarios = [
  withSelectors({
    folder: 's42a-reviews-dr-tls-disable',
    description: 'bookinfo product page says reviews are currently unavailable for every book',
    incidentTime: '2026-06-09T10:18:00Z',
    expected: { component: 'reviews', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'productpage', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['tls-misconfig', 'pods-ready', 'decoy'],
    grounding: `
      istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (1.20.1 images, every pod sidecar-injected, Istio 1.23) with
      mesh-wide PeerAuthentication STRICT. Istio's troubleshooting guide ("503 errors after setting destination rule"):
      a DestinationRule whose trafficPolicy sets tls.mode DISABLE (here copied into a new reviews DestinationRule with
      subsets v1/v2/v3 for a canary split, applied at ~09:54) makes clients send plaintext to a STRICT mTLS server; the
      server sidecar has no filter chain for it and closes the connection, so the client's Envoy logs 503 UC
      "upstream_reset_before_response_started{connection_termination}" and the server's Envoy logs "- - -" 0 NR
      filter_chain_not_found. productpage (Flask, requests' urllib3 debug logging) then renders "Sorry, product reviews are
      currently unavailable for this book."; details keeps answering 200. Every pod is Running and Ready; the
      DestinationRule is not part of the Kubernetes snapshot, only its effect in the proxies' access logs. Decoys: a
      details-v1 restart four days old and the istio-proxy readiness warning of the ratings pod from last week.`,
    workloads: {
      'details-v1': {
        pods: [
          {
            node: N[0],
            containers: {
              details: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 4 + 1),
                last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 4) },
              }),
            },
          },
        ],
      },
      'reviews-v1': { pods: [{ node: N[1] }] },
      'reviews-v2': { pods: [{ node: N[2] }] },
      'reviews-v3': { pods: [{ node: N[0] }] },
      'productpage-v1': { pods: [{ node: N[1] }] },
    },
    events: [
      { on: 'pod:ratings-v1#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{istio-proxy}', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', first: -60 * 24 * 6, last: -60 * 24 * 6 + 0.2, count: 2 },
    ],
    logs: {
      'productpage-v1#0/istio-proxy': ppProxy,
      'productpage-v1#0/productpage': ppApp,
      'reviews-v1#0/istio-proxy': [...appStart, ...revIn.v1],
      'reviews-v2#0/istio-proxy': [...appStart, ...revIn.v2],
      'reviews-v3#0/istio-proxy': [...appStart, ...revIn.v3],
      'reviews-v2#0/reviews': reviewsApp(),
      'details-v1#0/details': [
        `[${T.go(-60 * 24 * 4 + 1).replaceAll('/', '-')}] INFO  WEBrick 1.8.1`,
        `[${T.go(-60 * 24 * 4 + 1).replaceAll('/', '-')}] INFO  ruby 3.3.0 (2023-12-25) [x86_64-linux]`,
        `[${T.go(-60 * 24 * 4 + 1).replaceAll('/', '-')}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
      ],
    },
  }),
];
