// Blind dev batch s67c (no-fault incidents): one Istio Bookinfo scenario, built by scripts/s67c-build.mjs with the
// scenario kit; the system is scripts/kit-systems/bookinfo.mjs (sidecar-injected, Istio 1.23, images 1.20.1).
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const T = clock('2026-04-15T16:12:00Z');
const GW = '192.168.8.2';
// Istio's default TEXT access log format (meshConfig.accessLogFile: /dev/stdout).
const envoy = (min, { method = 'GET', path, status = 200, flags = '-', details = 'via_upstream', sent, dur, ua = 'python-requests/2.31.0', id, authority, upstream, cluster, local, downstream, remote, sni = '-', route = 'default', xff = '-' }) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${status} ${flags} ${details} - "-" 0 ${sent} ${dur} ${dur - 1} "${xff}" "${ua}" "${id}" "${authority}" "${upstream}" ${cluster} ${local} ${downstream} ${remote} ${sni} ${route}`;
const rid = (i) => { const x = ((i + 11) * 2246822519 >>> 0).toString(16).padStart(8, '0'); return `${x}-${x.slice(2, 6)}-9${x.slice(5, 8)}-b${x.slice(1, 4)}-${x}${x.slice(4, 8)}`; };
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36';

// Product page loads: reviews round-robin v1 (no stars, 358 bytes), v2 (black, 438), v3 (red, 436); details v1/v2.
const VERS = [['reviews-v1', 358], ['reviews-v2', 438], ['reviews-v3', 436]];
const pp = [], rv2 = [], rv3 = [];
for (let i = 0; i < 36; i++) {
  const min = -54 + i * 1.5 + (i % 3) * 0.07;
  const id = rid(i);
  const [rv, bytes] = VERS[(i * 2 + (i >> 2)) % 3];
  const det = i % 2 ? 'details-v2' : 'details-v1';
  pp.push(envoy(min + 0.0002, { path: '/details/0', sent: det === 'details-v2' ? 197 : 178, dur: det === 'details-v2' ? 212 : 4, id, authority: 'details:9080', upstream: `%IPOF:${det}#0%:9080`, cluster: 'outbound|9080||details.bookinfo.svc.cluster.local', local: `%PODIP%:${41000 + i * 17}`, downstream: '%SVCIP:details%:9080', remote: `%PODIP%:${52000 + i * 13}` }));
  pp.push(envoy(min + 0.004, { path: '/reviews/0', sent: bytes, dur: rv === 'reviews-v1' ? 9 : 27, id, authority: 'reviews:9080', upstream: `%IPOF:${rv}#0%:9080`, cluster: 'outbound|9080||reviews.bookinfo.svc.cluster.local', local: `%PODIP%:${43000 + i * 11}`, downstream: '%SVCIP:reviews%:9080', remote: `%PODIP%:${55000 + i * 7}` }));
  pp.push(envoy(min + 0.005, { path: '/productpage', sent: rv === 'reviews-v1' ? 4294 : 5289, dur: rv === 'reviews-v1' ? 31 : 58, ua: BROWSER, id, authority: 'books.example.com', upstream: '%PODIP%:9080', cluster: 'inbound|9080||', local: '127.0.0.6:' + (39000 + i * 3), downstream: '%PODIP%:9080', remote: `${GW}:${33000 + i * 29}`, sni: 'outbound_.9080_._.productpage.bookinfo.svc.cluster.local', route: 'default', xff: `203.0.113.${40 + (i % 9)}` }));
  if (rv !== 'reviews-v1') {
    (rv === 'reviews-v2' ? rv2 : rv3).push(envoy(min + 0.003, { path: '/ratings/0', sent: 48, dur: 3, ua: 'Apache-CXF/3.1.18', id, authority: 'ratings:9080', upstream: `%IPOF:${i % 4 ? 'ratings-v1' : 'ratings-v2-mysql'}#0%:9080`, cluster: 'outbound|9080||ratings.bookinfo.svc.cluster.local', local: `%PODIP%:${45000 + i * 5}`, downstream: '%SVCIP:ratings%:9080', remote: `%PODIP%:${57000 + i * 3}` }));
  }
}
const liberty = (app) => [
  'Launching defaultServer (Open Liberty 24.0.0.3/wlp-1.0.87.cl240320240304-1100) on Eclipse OpenJ9 VM, version 11.0.22+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://${app}:9080/`,
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.618 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.0, jaxrsClient-2.0, jsonp-1.0, servlet-3.1].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.902 seconds.',
];

export const scenarios = [
  bookinfoScenario({
    folder: 's67c-reviews-no-stars-half-the-time',
    description: 'product page shows NO star ratings about half the time since the 2pm deploy?? is ratings down — community team pls check',
    incidentTime: '2026-04-15T16:12:00Z',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'team-name', 'time-expression', 'partial-name'],
    workloads: {
      // The 2pm "deploy": a plain `kubectl rollout restart` of ratings-v1 (same pod template, new ReplicaSet).
      'ratings-v1': { rollout: { at: -127, revision: 4 } },
      // Two days ago a productpage pod was evicted for ephemeral storage (its /tmp emptyDir); the replacement is fine.
      'productpage-v1': {
        pods: [
          { evicted: 'The node was low on resource: ephemeral-storage. Threshold quantity: 10146021870, available: 9742184Ki. Container productpage was using 2412832Ki, request is 0, has larger consumption of ephemeral storage. ', created: T.iso(-60 * 24 * 9) },
          { created: T.iso(-60 * 24 * 2 - 318) },
        ],
      },
    },
    logs: {
      'productpage-v1#1/istio-proxy': pp,
      'productpage-v1#1/productpage': [
        `[${T.java(-60 * 24 * 2 - 317.6).slice(0, 19)} +0000] [1] [INFO] Starting gunicorn 22.0.0`,
        `[${T.java(-60 * 24 * 2 - 317.6).slice(0, 19)} +0000] [1] [INFO] Listening at: http://[::]:9080 (1)`,
        `[${T.java(-60 * 24 * 2 - 317.6).slice(0, 19)} +0000] [1] [INFO] Using worker: gevent`,
        ...Array.from({ length: 8 }, (_, i) => `[${T.java(-60 * 24 * 2 - 317.59).slice(0, 19)} +0000] [${7 + i}] [INFO] Booting worker with pid: ${7 + i}`),
      ],
      'reviews-v1#0/reviews': liberty('reviews-v1'),
      'reviews-v2#0/reviews': liberty('reviews-v2'),
      'reviews-v2#0/istio-proxy': rv2,
      'reviews-v3#0/istio-proxy': rv3,
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
    },
    grounding: `
      No fault: expected behaviour of the Bookinfo sample. The reviews Service selects app=reviews, so with no
      VirtualService pinning a version, requests go round-robin to reviews-v1 (no stars: v1 never calls ratings),
      reviews-v2 (black stars) and reviews-v3 (red stars) — istio.io "Bookinfo Application": "If you refresh the page
      several times, you should see different versions of reviews shown in productpage, presented in a round robin style
      (red stars, black stars, no stars)". The productpage sidecar's access log shows every page 200, /reviews/0 served by
      the three versions (v1's 358-byte answers without ratings), and the reviews-v2/v3 sidecars' calls to ratings all 200.
      Decoys: the "2pm deploy" is a plain rollout restart of ratings-v1 at 14:05 (new ReplicaSet, template identical to the
      old one), a productpage pod evicted two days ago for ephemeral storage (Failed/Evicted, left for the pod GC), the
      details-v2 calls to the Google Books API slower than details-v1 (200s).
      Deviations: Istio access logging enabled through meshConfig.accessLogFile; the ingress gateway and the public
      hostname books.example.com are outside the snapshot; the gunicorn command line of productpage is the 1.20 image's.
    `,
  }),
];
