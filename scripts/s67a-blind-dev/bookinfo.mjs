// s67a blind dev scenario for Istio Bookinfo (kit system scripts/kit-systems/bookinfo.mjs): a DestinationRule that turns
// mTLS off towards ratings while the namespace's PeerAuthentication is STRICT; built by scripts/s67a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INC = '2026-04-09T15:20:00Z';
const T = clock(INC);
const UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36';
const rid = (i) => {
  const x = ((i * 2654435761) >>> 0).toString(16).padStart(8, '0');
  return `${x}-9c1e-4b7a-a3d2-${(x + x).slice(0, 12)}`;
};
// Istio's default TEXT access-log format (meshConfig.accessLogFile: /dev/stdout).
const acc = (min, path, code, flags, details, sent, dur, upstreamTime, authority, upstreamHost, cluster, local, dlocal, dremote, route, i) =>
  `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} ${details} - "-" 0 ${sent} ${dur} ${upstreamTime} "-" "${UA}" "${rid(i)}" "${authority}" "${upstreamHost}" ${cluster} ${local} ${dlocal} ${dremote} ${route}`;
const nr = (min, dlocal, dremote) => `[${T.isoMs(min)}] "- - -" 0 NR filter_chain_not_found - "-" 0 0 0 - "-" "-" "-" "-" "-" - - ${dlocal} ${dremote} - -`;
const agentBoot = (min) => [
  `${T.isoMs(min)}\tinfo\tFLAG: --concurrency="2"`,
  `${T.isoMs(min)}\tinfo\tFLAG: --domain="bookinfo.svc.cluster.local"`,
  `${T.isoMs(min + 0.001)}\tinfo\tWorkload SDS socket not found. Starting Istio SDS Server`,
  `${T.isoMs(min + 0.001)}\tinfo\tCA Endpoint istiod.istio-system.svc:15012, provider Citadel`,
  `${T.isoMs(min + 0.002)}\tinfo\txdsproxy\tInitializing with upstream address "istiod.istio-system.svc:15012" and cluster "Kubernetes"`,
  `${T.isoMs(min + 0.004)}\tinfo\tcache\tgenerated new workload certificate\tlatency=118.20718ms ttl=23h59m59.881392411s`,
  `${T.isoMs(min + 0.02)}\tinfo\tReadiness succeeded in 1.412837114s`,
  `${T.isoMs(min + 0.02)}\tinfo\tEnvoy proxy is ready`,
];
const libertyBoot = [
  'Launching defaultServer (Open Liberty 24.0.0.9/wlp-1.0.93.cl240920240909-1902) on IBM Semeru Runtime Open Edition, version 11.0.24+8 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.318 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-2.0, jaxrs-2.1, jaxrsClient-2.1, jndi-1.0, json-p-1.1, jsonp-1.1, servlet-4.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.944 seconds.',
];

// Traffic: productpage -> reviews-v2/v3 -> ratings (v1 and v2-mysql behind the ratings Service). DR applied at T-23.
const DR_AT = -23;
const reqTimes = [-34.6, -32.2, -29.8, -27.1, -25.3, -22.6, -20.4, -18.9, -16.7, -14.2, -12.5, -10.1, -8.4, -6.6, -4.9, -3.2, -1.7, -0.6];
function reviewsProxy(rv, side) {
  const lines = [...agentBoot(-60 * 24 * 9 + 0.2)];
  const mine = reqTimes.filter((_, i) => i % 2 === (rv === 'v2' ? 0 : 1));
  mine.forEach((m, k) => {
    const i = k * 7 + (rv === 'v2' ? 1 : 2);
    const ratingsPod = k % 2 === 0 ? '%IPOF:ratings-v1#0%' : '%IPOF:ratings-v2-mysql#0%';
    const port = 41000 + i * 13;
    if (m < DR_AT) {
      lines.push(acc(m, '/ratings/0', 200, '-', 'via_upstream', 48, 6, 5, 'ratings:9080', `${ratingsPod}:9080`, 'outbound|9080||ratings.bookinfo.svc.cluster.local', `%PODIP%:${port}`, '%SVCIP:ratings%:9080', `%PODIP%:${port + 3}`, 'default', i));
      lines.push(acc(m - 0.0004, '/reviews/0', 200, '-', 'via_upstream', 375, 19, 18, 'reviews:9080', '%PODIP%:9080', 'inbound|9080||', '127.0.0.6:' + (38000 + i), '%PODIP%:9080', '%IPOF:productpage-v1#0%:' + (52000 + i), 'default', i));
    } else {
      lines.push(acc(m, '/ratings/0', 503, 'UC', 'upstream_reset_before_response_started{connection_termination}', 95, 1, '-', 'ratings:9080', `${ratingsPod}:9080`, 'outbound|9080||ratings.bookinfo.svc.cluster.local', `%PODIP%:${port}`, '%SVCIP:ratings%:9080', `%PODIP%:${port + 3}`, 'default', i));
      lines.push(acc(m - 0.0004, '/reviews/0', 200, '-', 'via_upstream', 396, 7, 6, 'reviews:9080', '%PODIP%:9080', 'inbound|9080||', '127.0.0.6:' + (38000 + i), '%PODIP%:9080', '%IPOF:productpage-v1#0%:' + (52000 + i), 'default', i));
    }
  });
  void side;
  return lines;
}
function reviewsApp(rv) {
  const mine = reqTimes.filter((m, i) => i % 2 === (rv === 'v2' ? 0 : 1) && m >= DR_AT);
  return [...libertyBoot, ...mine.map(() => 'Error: unable to contact http://ratings:9080/ratings got status of 503')];
}
function ratingsProxy(which) {
  const lines = [...agentBoot(-60 * 24 * 9 + 0.3)];
  reqTimes.forEach((m, i) => {
    const k = Math.floor(i / 2);
    const mineSide = (k % 2 === 0) === (which === 'v1');
    if (!mineSide) return;
    const caller = i % 2 === 0 ? '%IPOF:reviews-v2#0%' : '%IPOF:reviews-v3#0%';
    const port = 41000 + (k * 7 + (i % 2 === 0 ? 1 : 2)) * 13;
    if (m < DR_AT) lines.push(acc(m - 0.0002, '/ratings/0', 200, '-', 'via_upstream', 48, 2, 1, 'ratings:9080', '%PODIP%:9080', 'inbound|9080||', '127.0.0.6:' + (45000 + i), '%PODIP%:9080', `${caller}:${port}`, 'default', k * 7 + 1));
    else lines.push(nr(m - 0.0002, '%PODIP%:9080', `${caller}:${port}`));
  });
  return lines;
}
const productpageProxy = () => {
  const lines = [...agentBoot(-60 * 24 * 9 + 0.1)];
  reqTimes.forEach((m, i) => {
    lines.push(acc(m - 0.0006, '/productpage', 200, '-', 'via_upstream', 5183, m < DR_AT ? 41 : 29, m < DR_AT ? 40 : 28, 'bookinfo.shop.example', '%PODIP%:9080', 'inbound|9080||', '127.0.0.6:' + (47000 + i), '%PODIP%:9080', '192.168.40.17:' + (33000 + i), 'default', i));
  });
  return lines;
};

export const scenarios = [
  bookinfoScenario({
    folder: 's67a-ratings-dr-tls-disable-strict',
    description: 'bookinfo product page lost the star ratings ~20 min ago, every review shows "Ratings service is currently unavailable". ratings pods are green and nothing restarted, reviews look fine??',
    incidentTime: INC,
    expected: { component: 'ratings', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'reviews', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'tls-misconfig', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Fault: a DestinationRule for host ratings.bookinfo.svc.cluster.local with trafficPolicy.tls.mode DISABLE (copied from a
      pre-mesh load-test setup) was applied at about 14:57 in a namespace whose PeerAuthentication is STRICT. The reviews
      sidecars then send plaintext HTTP to the ratings sidecars' inbound listener, which only has TLS filter chains: the
      server side closes the connection (inbound access log "- - -" 0 NR filter_chain_not_found), the client side answers
      503 UC upstream_reset_before_response_started{connection_termination} ("upstream connect error or disconnect/reset
      before headers. reset reason: connection termination", 95 bytes) - the mismatch Istio's traffic-management
      troubleshooting page describes for a DestinationRule TLS mode that disagrees with the server's mTLS mode.
      reviews v2/v3 (LibertyRestEndpoint.getRatings) print "Error: unable to contact http://ratings:9080/ratings got status
      of 503" to stdout and still return 200 with {"error": "Ratings service is currently unavailable"}, so productpage
      stays 200. The ratings pods (v1 and v2-mysql behind the ratings Service, selector app=ratings) stay Ready: their
      readiness is the sidecar's /healthz/ready, and the node app logs nothing per request.
      Manifests: the kit's Bookinfo (bookinfo.yaml, -ratings-v2-mysql, -mysql, -details-v2, sidecar-injected Istio 1.23)
      with the upstream app-only Service selectors; access logs in Istio's default TEXT format.
      Decoy: details-v1 was restarted (kubectl rollout restart) 95 minutes earlier - the new and old ReplicaSet pod templates
      are identical (the restartedAt annotation is only on the Deployment template).
      Deviations: the DestinationRule and PeerAuthentication are custom resources and not part of the snapshot; access logging
      to stdout is enabled mesh-wide (meshConfig.accessLogFile), as in the Istio demo profile.
    `,
    workloads: {
      'details-v1': {
        rollout: { at: -95, revision: 2 },
        patch: { podAnnotations: { ...system.workloads.find((w) => w.name === 'details-v1').podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(-95) } },
      },
    },
    events: [
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set details-v1-%NEW% to 1 from 0', first: -95 },
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set details-v1-%OLD% to 0 from 1', first: -94.2 },
    ],
    logs: {
      'reviews-v2#0/reviews': reviewsApp('v2'),
      'reviews-v3#0/reviews': reviewsApp('v3'),
      'reviews-v2#0/istio-proxy': reviewsProxy('v2'),
      'reviews-v3#0/istio-proxy': reviewsProxy('v3'),
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'ratings-v2-mysql#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'ratings-v1#0/istio-proxy': ratingsProxy('v1'),
      'ratings-v2-mysql#0/istio-proxy': ratingsProxy('v2'),
      'productpage-v1#0/istio-proxy': productpageProxy(),
      'reviews-v1#0/reviews': libertyBoot,
    },
  }),
];
