// Blind held-out batch s68a (split: test): one Bookinfo scenario as a compact spec for the scenario kit
// (scripts/s2-scenario-kit.mjs), on scripts/kit-systems/bookinfo.mjs reduced to what bookinfo.yaml deploys.
import { clock } from '../s2-scenario-kit.mjs';
import { system as full, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
const KEEP = ['details-v1', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1'];
// samples/bookinfo/platform/kube/bookinfo.yaml: the details and ratings Services belong with v1.
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => KEEP.includes(w.name))
    .map((w) => (w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w.name === 'ratings-v1' ? { ...w, service: { name: 'ratings', ...HTTP } } : w)),
};

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (T, min) => {
  const d = new Date(T.isoMs(min));
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC`;
};
const liberty = (pod, appSecs, srvSecs) => [
  'Launching defaultServer (Open Liberty 24.0.0.3/wlp-1.0.87.cl240320240311-1901) on Eclipse OpenJ9 VM, version 17.0.10+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  `[AUDIT   ] CWWKT0016I: Web application available (default_host): http://${pod}:9080/`,
  `[AUDIT   ] CWWKZ0001I: Application reviews-app started in ${appSecs} seconds.`,
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jaxrs-3.1, jaxrsClient-3.1, jndi-1.0, json-1.0, jsonb-3.0, jsonp-2.1].',
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in ${srvSecs} seconds.`,
];

const A = (() => {
  const T = clock('2026-02-24T11:05:00Z');
  const pp = [
    '[2026-02-15 11:05:41 +0000] [1] [INFO] Starting gunicorn 22.0.0',
    '[2026-02-15 11:05:41 +0000] [1] [INFO] Listening at: http://[::]:9080 (1)',
    '[2026-02-15 11:05:41 +0000] [1] [INFO] Using worker: gevent',
    '[2026-02-15 11:05:41 +0000] [8] [INFO] Booting worker with pid: 8',
  ];
  const det = [
    '[2026-02-15 11:05:33] INFO  WEBrick 1.8.1',
    '[2026-02-15 11:05:33] INFO  ruby 3.3.0 (2023-12-25) [x86_64-linux]',
    '[2026-02-15 11:05:33] INFO  WEBrick::HTTPServer#start: pid=1 port=9080',
  ];
  // round robin over reviews v1 (no ratings call, 358 bytes), v2 and v3 (ratings call, black / red stars)
  for (let k = 0; k < 40; k++) {
    const m = -39 + k * 0.95;
    const v = k % 3;
    pp.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080');
    pp.push('DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178');
    pp.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080');
    pp.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${[358, 437, 433][v]}`);
    det.push(`127.0.0.6 - - [${clf(T, m)}] "GET /details/0 HTTP/1.1" 200 178`);
    det.push('- -> /details/0');
  }
  return bookinfoScenario({
    folder: 's68a-stars-missing-sometimes',
    incidentTime: '2026-02-24T11:05:00Z',
    description: 'bookinfo: star ratings missing on the reviews for some people?? refresh and they come back, sometimes red sometimes black. did yesterdays reviews deploy break ratings?',
    expected: null,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      No fault: Istio's Bookinfo as samples/bookinfo/platform/kube/bookinfo.yaml deploys it (details-v1, ratings-v1, reviews-v1/v2/v3,
      productpage-v1, every Service selecting by app only) with sidecars and no VirtualService or DestinationRule. The reviews Service
      therefore spreads requests over the three versions: v1 never calls ratings and renders no stars, v2 renders black stars, v3 red
      ones — the behaviour Istio's own "Bookinfo Application" page describes as expected before request routing is configured. The
      productpage log shows the reviews responses alternating between 358 bytes (v1) and ~435 (v2/v3), every call 200; ratings is
      Running and Ready. Decoy: reviews-v3 was rolled out 20 hours earlier (image 1.19.1 -> 1.20.1, the only difference between its
      old and new ReplicaSet templates), a healthy rollout whose Events have since expired. The details access log shows the
      sidecar's inbound source 127.0.0.6. Deviations: productpage's urllib3 debug lines carry no timestamps, as upstream prints them.
    `,
    workloads: {
      'details-v1': { serviceSelector: { app: 'details' } },
      'ratings-v1': { serviceSelector: { app: 'ratings' } },
      'reviews-v3': {
        serviceSelector: { app: 'reviews' },
        rollout: { at: -60 * 20, oldContainers: { reviews: { image: 'docker.io/istio/examples-bookinfo-reviews-v3:1.19.1' } } },
      },
    },
    events: [],
    logs: {
      'productpage-v1#0/productpage': pp,
      'details-v1#0/details': det,
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'reviews-v1#0/reviews': liberty('%POD%', '3.918', '6.207'),
      'reviews-v2#0/reviews': liberty('%POD%', '4.102', '6.544'),
      'reviews-v3#0/reviews': liberty('%POD%', '3.877', '6.019'),
    },
  });
})();

export const scenarios = [A];
