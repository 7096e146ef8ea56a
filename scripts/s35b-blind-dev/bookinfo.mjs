// Batch s35b (blind dev): one Bookinfo incident for the kit, the workloads of bookinfo.yaml from
// scripts/kit-systems/bookinfo.mjs; a DestinationRule disabling TLS to ratings under mesh-wide STRICT mTLS.
import { clock } from '../s2-scenario-kit.mjs';
import { system as full } from '../kit-systems/bookinfo.mjs';

const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
const KEEP = ['details-v1', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1'];
// bookinfo.yaml only: details-v1 and ratings-v1 own the details and ratings Services.
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

export const scenarios = [];

{
  const incidentTime = '2026-12-09T11:24:00Z';
  const T = clock(incidentTime);
  const rid = (i) => `${(0x5d1e0c7e + i * 7919).toString(16)}-${(0x3a2f + i).toString(16)}-9c4b-a0e1-${(0x2b7d44e01f00 + i * 131).toString(16)}`;
  // Istio's default TEXT access log format (meshConfig.accessLogFile: /dev/stdout).
  const outbound = (m, i, code, flags, details, bytesSent, dur, podKey) =>
    `[${T.isoMs(m)}] "GET /ratings/0 HTTP/1.1" ${code} ${flags} ${details} - "-" 0 ${bytesSent} ${dur} ${code === 200 ? dur - 1 : '-'} "-" "Apache-CXF/3.1.18" "${rid(i)}" "ratings:9080" "%IPOF:ratings-v1#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %IPOF:${podKey}%:${41022 + i * 17} %SVCIP:ratings%:9080 %IPOF:${podKey}%:${53110 + i * 13} - default`;
  const failTimes = [-19.6, -18.2, -17.5, -15.9, -14.4, -13.0, -11.8, -10.1, -8.7, -7.2, -5.5, -3.9, -2.6, -1.1];
  const okTimes = [-31.2, -27.9, -24.5, -21.7];
  const reviewsProxy = (podKey, offset) => [
    ...okTimes.map((m, i) => outbound(m + offset, i + offset * 10, 200, '-', 'via_upstream', 48, 6, podKey)),
    ...failTimes.map((m, i) => outbound(m + offset, 40 + i + offset * 10, 503, 'UC', 'upstream_reset_before_response_started{connection_termination}', 95, 1, podKey)),
  ];
  const liberty = (m) => [
    `[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.`,
    `[AUDIT   ] CWWKZ0001I: Application reviews-app started in 3.118 seconds.`,
    `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 7.204 seconds.`,
  ];
  const unable = (n) => Array.from({ length: n }, () => 'Error: unable to contact http://ratings:9080/ratings got status of 503');
  scenarios.push(
    withSelectors({
      folder: 's35b-ratings-destinationrule-tls-disable',
      incidentTime,
      description: 'bookinfo product page: stars gone, says "Ratings service is currently unavailable" for everyone since ~11:05',
      expected: { component: 'ratings', cause: 'network-fault' },
      difficulty: 'hard',
      traits: ['tls-misconfig', 'callers-only', 'pods-ready', 'time-expression', 'decoy'],
      grounding: `istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (1.20.1 images, Istio 1.23 sidecars, access log to stdout) and
        reviews' LibertyRestEndpoint, which prints "Error: unable to contact http://ratings:9080/ratings got status of <code>" and
        answers with "Ratings service is currently unavailable". The mesh has a PeerAuthentication STRICT in istio-system. At 11:04
        a developer applied a DestinationRule for ratings.bookinfo.svc.cluster.local copied from a troubleshooting guide with
        trafficPolicy.tls.mode DISABLE (not visible to the Kubernetes API snapshot: Istio CRDs are not listed). The reviews sidecars
        now send plaintext to ratings; ratings' sidecar finds no filter chain for a non-TLS connection and closes it, so every
        reviews-v2/v3 call gets Envoy's 503 UC upstream_reset_before_response_started{connection_termination} (95-byte body
        "upstream connect error or disconnect/reset before headers. reset reason: connection termination"), and ratings' own
        proxy logs "- - -" 0 NR filter_chain_not_found. Ratings' pods are Ready and its Node.js container logs nothing; the
        fault is TLS between reviews and ratings (network-fault on ratings). Decoy: a productpage rollout restart at 10:35,
        healthy; productpage keeps answering 200 (reviews returns 200 with the error field).`,
      workloads: {
        'productpage-v1': { rollout: { at: -49, revision: 3 }, patch: { podAnnotations: { ...full.workloads.find((w) => w.name === 'productpage-v1').podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(-49) } } },
      },
      events: [
        { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', first: -49, message: 'Scaled up replica set productpage-v1-%NEW% to 1' },
        { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', first: -48.3, message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1' },
      ],
      logs: {
        'reviews-v2#0/istio-proxy': reviewsProxy('reviews-v2#0', 0),
        'reviews-v3#0/istio-proxy': reviewsProxy('reviews-v3#0', 0.3),
        'reviews-v2#0/reviews': [...liberty(), ...unable(14)],
        'reviews-v3#0/reviews': [...liberty(), ...unable(14)],
        'reviews-v1#0/reviews': liberty(),
        'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
        'ratings-v1#0/istio-proxy': [
          ...okTimes.map((m, i) => `[${T.isoMs(m + 0.001)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 2 1 "-" "Apache-CXF/3.1.18" "${rid(i)}" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${38211 + i} %PODIP%:9080 %IPOF:reviews-v2#0%:${41022 + i * 17} outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`),
          ...failTimes.flatMap((m, i) => [
            `[${T.isoMs(m + 0.001)}] "- - -" 0 NR filter_chain_not_found - "-" 0 0 0 - "-" "-" "-" "-" "-" - - %PODIP%:9080 %IPOF:reviews-v2#0%:${41702 + i * 17} - -`,
            `[${T.isoMs(m + 0.301)}] "- - -" 0 NR filter_chain_not_found - "-" 0 0 0 - "-" "-" "-" "-" "-" - - %PODIP%:9080 %IPOF:reviews-v3#0%:${42118 + i * 13} - -`,
          ]),
        ],
        'productpage-v1#0/productpage': [
          `INFO:root:start at port 9080`,
          ...[-40, -30, -20, -12, -6, -1].flatMap((m) => [
            `DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`,
            `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
            `DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`,
            `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${m < -20 ? 358 : 437}`,
          ]),
        ],
        'details-v1#0/details': [`[${T.java(-60 * 24 * 9).replace(' ', ' ')}] INFO  WEBrick 1.8.1`, `[${T.java(-60 * 24 * 9)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`],
      },
    }),
  );
}
