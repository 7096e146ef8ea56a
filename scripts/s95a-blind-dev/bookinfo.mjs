// Blind dev batch s95a, Bookinfo: one scenario on the kit's Bookinfo system (scripts/kit-systems/bookinfo.mjs).
// A WorkloadEntry left from a VM-migration test joins the ratings Service; a third of the connections go to a dead address.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };
const T = clock('2026-06-03T16:22:00Z');
const VM = '10.20.4.15';
const env = (min) => `[${T.isoMs(min)}]`;
// Istio's default access-log format (TEXT), as istio-proxy prints it with accessLogFile /dev/stdout.
const acc = (min, method, path, code, flags, details, dur, ua, rid, auth, up, cluster, local, remote) =>
  `${env(min)} "${method} ${path} HTTP/1.1" ${code} ${flags} ${details} - "-" 0 ${code === 200 ? 48 : 91} ${dur} ${code === 200 ? Math.max(1, dur - 10001) : '-'} "-" "${ua}" "${rid}" "${auth}" "${up}" ${cluster} ${local} ${remote} - default`;
const OUT = 'outbound|9080||ratings.bookinfo.svc.cluster.local';

export const scenarios = [
  bookinfoScenario({
    folder: 's95a-ratings-stale-workloadentry',
    incidentTime: '2026-06-03T16:22:00Z',
    description: 'bookinfo productpage slow on maybe 1 in 3 loads since this afternoon, red-star reviews then say "Ratings service is currently unavailable", black-star ones sometimes no reviews at all. ratings pods look totally fine',
    expected: { component: 'ratings', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'reviews', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'network-latency', 'time-expression'],
    grounding: `
      Manifest facts: reviews-v2/v3 (Open Liberty, Java) call http://ratings:9080/ratings/<id> through their istio-proxy;
      reviews-v2 waits 10s (black stars), reviews-v3 2.5s (red stars) and print "Error: unable to contact ... got
      status/exception" then render "Ratings service is currently unavailable". The ratings Service selects app: ratings
      (ratings-v1 and ratings-v2-mysql). Fault: a WorkloadEntry (labels app: ratings, version: v1, address 10.20.4.15) left
      from a VM-migration test after the VM was deleted; Istio lets Kubernetes Services select WorkloadEntries, so the
      outbound cluster gets a third endpoint that never answers SYN. Envoy's connect timeout (10s) and default
      connect-failure retry (to another host) make one request in three wait 10s: reviews-v3 gives up at 2.5s and
      reviews-v2 at 10s (its client read timeout), so Envoy logs DC downstream_remote_disconnect with 10.20.4.15:9080 as
      upstream host, and URX on the requests whose retry landed on a live pod; the ratings pods log only
      healthy 200s. The Endpoints object of ratings lists only the two pods (the WorkloadEntry is in Istio's registry,
      not in Kubernetes Endpoints) and WorkloadEntries are not in the snapshot. Follows the Istio docs on WorkloadEntry
      selection by Services and public reports of stale VM endpoints causing 10s connection timeouts.
    `,
    logs: {
      'reviews-v3#0/reviews': [
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.127 seconds.',
        'Error: unable to contact http://ratings:9080/ratings/0 got exception javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
        'Error: unable to contact http://ratings:9080/ratings/0 got exception javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
        'Error: unable to contact http://ratings:9080/ratings/0 got exception javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
      ],
      'reviews-v3#0/istio-proxy': [
        acc(-41, 'GET', '/ratings/0', 200, '-', 'via_upstream', 7, 'Apache-CXF/3.1.18', 'a3e1f0c2-7b4d-9e21-8c5a-1f0d3e2b6a47', 'ratings:9080', '%IPOF:ratings-v1#0%:9080', OUT, '%PODIP%:51022', '%SVCIP:ratings%:9080'),
        acc(-37, 'GET', '/ratings/0', 0, 'DC', 'downstream_remote_disconnect', 2501, 'Apache-CXF/3.1.18', '5c72d9e0-1a3b-9f64-b2e8-7d0c4a19f53e', 'ratings:9080', `${VM}:9080`, OUT, '-', '%SVCIP:ratings%:9080'),
        acc(-22, 'GET', '/ratings/0', 200, '-', 'via_upstream', 9, 'Apache-CXF/3.1.18', '0e9b4c71-d2a5-93f8-a1c6-4b7e2d0f8c35', 'ratings:9080', '%IPOF:ratings-v2-mysql#0%:9080', OUT, '%PODIP%:51390', '%SVCIP:ratings%:9080'),
        acc(-9, 'GET', '/ratings/0', 0, 'DC', 'downstream_remote_disconnect', 2502, 'Apache-CXF/3.1.18', 'f4a0d2b9-6e3c-9157-b8d1-2c9e7a5f0b63', 'ratings:9080', `${VM}:9080`, OUT, '-', '%SVCIP:ratings%:9080'),
      ],
      'reviews-v2#0/reviews': [
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.884 seconds.',
        'Error: unable to contact http://ratings:9080/ratings/0 got exception javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
      ],
      'reviews-v2#0/istio-proxy': [
        acc(-33, 'GET', '/ratings/0', 200, 'URX', 'via_upstream', 10012, 'Apache-CXF/3.1.18', '9d3e0a5b-2c71-94f6-a8b3-6e1f0c4d7a29', 'ratings:9080', '%IPOF:ratings-v1#0%:9080', OUT, '%PODIP%:40718', '%SVCIP:ratings%:9080'),
        acc(-18, 'GET', '/ratings/0', 0, 'DC', 'downstream_remote_disconnect', 10001, 'Apache-CXF/3.1.18', '2b6f8c1d-0e4a-9753-b9c2-8a0d5f3e1c76', 'ratings:9080', `${VM}:9080`, OUT, '-', '%SVCIP:ratings%:9080'),
        acc(-4, 'GET', '/ratings/0', 200, 'URX', 'via_upstream', 10009, 'Apache-CXF/3.1.18', 'c8e2a4f0-5b9d-9c13-a6e7-3d1b0f8c2a54', 'ratings:9080', '%IPOF:ratings-v2-mysql#0%:9080', OUT, '%PODIP%:41207', '%SVCIP:ratings%:9080'),
      ],
      'ratings-v1#0/ratings': [
        'Server listening on: http://0.0.0.0:9080',
        'GET /ratings/0',
        'GET /ratings/0',
        'GET /ratings/0',
      ],
      'ratings-v1#0/istio-proxy': [
        acc(-22.5, 'GET', '/ratings/0', 200, '-', 'via_upstream', 3, 'Apache-CXF/3.1.18', '7f1c0e3a-9b2d-94e8-a5f6-0c3d8b2e1a97', 'ratings:9080', '%PODIP%:9080', 'inbound|9080||', '127.0.0.6:44561', '%PODIP%:9080'),
        acc(-4, 'GET', '/ratings/0', 200, '-', 'via_upstream', 2, 'Apache-CXF/3.1.18', 'c8e2a4f0-5b9d-9c13-a6e7-3d1b0f8c2a54', 'ratings:9080', '%PODIP%:9080', 'inbound|9080||', '127.0.0.6:38120', '%PODIP%:9080'),
      ],
      'productpage-v1#0/productpage': [
        `INFO:werkzeug:::ffff:127.0.0.6 - - [${T.java(-18).slice(0, 19).replace('T', ' ')}] "GET /productpage HTTP/1.1" 200 -`,
        `INFO:werkzeug:::ffff:127.0.0.6 - - [${T.java(-9).slice(0, 19).replace('T', ' ')}] "GET /productpage HTTP/1.1" 200 -`,
      ],
      'productpage-v1#0/istio-proxy': [
        acc(-9.1, 'GET', '/reviews/0', 200, '-', 'via_upstream', 2531, 'python-requests/2.31.0', '2b6f8c1d-0e4a-9753-b9c2-8a0d5f3e1c76', 'reviews:9080', '%IPOF:reviews-v3#0%:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local', '%PODIP%:39114', '%SVCIP:reviews%:9080'),
      ],
    },
  }),
];
