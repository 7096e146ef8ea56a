// Batch s73a (blind dev): one Istio Bookinfo scenario on the kit system definition scripts/kit-systems/bookinfo.mjs.
// A Sidecar resource scoping the reviews workloads' egress leaves ratings out: under REGISTRY_ONLY every call 502s.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };
const INC = '2026-03-13T09:20:00Z';
const T = clock(INC);
const img = (n, tag) => `docker.io/istio/examples-bookinfo-${n}:${tag}`;
const liberty = (min, code, msg) => `[${T.java(min).replace(/^(\d+)-(\d+)-(\d+) /, '$2/$3/$1, ').replace(/\.\d+$/, '')}:${T.java(min).slice(-3)} UTC] 00000026 com.ibm.ws.kernel.feature.internal.FeatureManager            ${code}: ${msg}`;
const acc = (min, code, flags, route, up, ua, reqid, dur) => `[${T.isoMs(min)}] "GET /ratings/0 HTTP/1.1" ${code} ${flags} "-" 0 ${code === 200 ? 171 : 0} ${dur} ${code === 200 ? dur - 1 : '-'} "-" "${ua}" "${reqid}" "ratings:9080" "${up}" outbound|9080||ratings.bookinfo.svc.cluster.local ${route}`;

const reviewsLog = (tag) => {
  const out = [
    '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
    '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.384 seconds.',
    '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.912 seconds.',
  ];
  for (let i = 0; i < 26; i++) out.push('Error: unable to contact http://ratings:9080/ratings got status of 502');
  return out;
};
const proxyLog = (shift, ip) => {
  const out = [];
  for (let m = -40; m < -22.2; m += 3) out.push(`[${T.isoMs(m + shift)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 171 4 3 "-" "Apache-CXF/3.1.18" "7c1e5d2a-0b3f-9a8e-b4c6-2d1f0e9a8b7c" "ratings:9080" "%IPOF:ratings-v1#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local ${ip}:44${Math.round(-m)} %SVCIP:ratings%:9080 ${ip}:51234 - default`);
  for (let m = -21.6; m < -0.2; m += 1.1) out.push(`[${T.isoMs(m + shift)}] "GET /ratings/0 HTTP/1.1" 502 - direct_response - "-" 0 0 0 - "-" "Apache-CXF/3.1.18" "e2b9${Math.round(-m * 100)}-4f1a-9d3c-8b7e-1a2c3d4e5f60" "ratings:9080" "-" - - %SVCIP:ratings%:9080 ${ip}:5${Math.round(-m * 100)} - block_all`);
  return out;
};

export const scenarios = [
  bookinfoScenario({
    folder: 's73a-reviews-sidecar-egress-scope',
    incidentTime: INC,
    description: 'bookinfo: star ratings disappeared from the product page since ~9, reviews text still there. ratings svc looks idle??',
    expected: { component: 'reviews', cause: 'network-fault' },
    alsoAcceptable: [
      { component: 'ratings', cause: 'network-fault' },
      { component: 'reviews', cause: 'config-error' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Bookinfo (istio samples, sidecar-injected, Istio 1.23). reviews-v2 and reviews-v3 call http://ratings:9080/ratings/<id>
      (reviews-v1 does not) and print "Error: unable to contact http://ratings:9080/ratings got status of <code>" to stdout
      on a non-200, and the product page then shows "Ratings service is currently unavailable" instead of stars. Fault, as
      Istio's docs on the Sidecar resource and outboundTrafficPolicy describe it: the mesh runs
      meshConfig.outboundTrafficPolicy.mode=REGISTRY_ONLY, and at 08:58 a Sidecar "reviews-egress" (workloadSelector
      app: reviews) was applied with egress hosts copied from productpage's (./details.bookinfo.svc.cluster.local,
      istio-system/*); the reviews proxies lose the ratings route, so every call hits the block_all virtual host and gets
      a 502 direct_response from the client-side Envoy — ratings never sees a request. Nothing restarts, every pod is
      Ready, ratings-v1 logs nothing (its server logs only its start line). The Sidecar and mesh config are not part of the
      snapshot (no CRDs); the istio-proxy access log (meshConfig.accessLogFile=/dev/stdout, a deviation from the default
      install) and the reviews stdout carry the evidence. Decoy: productpage rolled out 1.19.1 to 1.20.1 fifty minutes
      earlier and is healthy.
    `,
    workloads: {
      'productpage-v1': {
        containers: { productpage: { image: img('productpage-v1', '1.20.1') } },
        rollout: { at: -50, oldContainers: { productpage: { image: img('productpage-v1', '1.19.1') } } },
      },
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: -50, last: -50 },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1', first: -49.2, last: -49.2 },
    ],
    logs: {
      'reviews-v2#0/reviews': reviewsLog(),
      'reviews-v3#0/reviews': reviewsLog(),
      'reviews-v2#0/istio-proxy': proxyLog(0, '%PODIP%'),
      'reviews-v3#0/istio-proxy': proxyLog(0.4, '%PODIP%'),
      'reviews-v1#0/reviews': reviewsLog().slice(0, 3),
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'productpage-v1#0/productpage': [
        `INFO:root:start at port 9080`,
        ...Array.from({ length: 12 }, (_, i) => `INFO:werkzeug:127.0.0.6 - - [${T.java(-20 + i * 1.6).replace(/^(\d+)-(\d+)-(\d+) (\S+)\.\d+$/, (_, Y, M, D, t) => `${D}/${['Jan','Feb','Mar'][Number(M) - 1]}/${Y} ${t}`)}] "GET /productpage HTTP/1.1" 200 -`),
      ],
      'details-v1#0/details': ['[2026-03-06 07:14:02] INFO  WEBrick 1.8.1', '[2026-03-06 07:14:02] INFO  ruby 3.2.2 (2023-03-30) [x86_64-linux]', '[2026-03-06 07:14:02] INFO  WEBrick::HTTPServer#start: pid=1 port=9080'],
    },
  }),
];
