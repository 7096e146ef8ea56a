// Blind dev batch s83b, Bookinfo: one config-error scenario (productpage's FLOOD_FACTOR left at 100 after a load test;
// every page sends 100 extra reviews calls, reviews saturates at morning traffic). Built by scripts/s83b-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };
const INC = '2026-05-16T09:30:00Z';
const T = clock(INC);
const pp = system.workloads.find((w) => w.name === 'productpage-v1').containers[0];
const acc = (min, path, code, flags, dur, up, cluster) => `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} via_upstream - "-" 0 ${code === 200 ? 358 : 24} ${dur} ${dur - 1} "-" "python-requests/2.32.3" "6f1d2c3a-8b7e-4e91-a0c2-${String(Math.round(-min * 100)).padStart(12, '0')}" "reviews:9080" "${up}" ${cluster} %PODIP%:5${Math.round(-min * 10) % 9000} %SVCIP:reviews%:9080 %PODIP%:4${Math.round(-min * 7) % 9000} - default`;
const px = [];
for (let m = -26; m < -0.3; m += 0.9) {
  px.push(acc(m, '/reviews/0', 200, '-', 2900 + Math.round(-m * 7), '%IPOF:reviews-v2#0%:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local'));
  px.push(acc(m + 0.01, '/reviews/0', 504, 'UT', 3001, '%IPOF:reviews-v3#0%:9080', 'outbound|9080||reviews.bookinfo.svc.cluster.local'));
}
const app = [`INFO:root:start at port 9080`, `INFO:root:FLOOD_FACTOR=100`];
for (let m = -25; m < -0.3; m += 1.3) app.push(`INFO:werkzeug:127.0.0.6 - - [${T.java(m).slice(8, 10)}/May/2026 ${T.java(m).slice(11, 19)}] "GET /productpage HTTP/1.1" 200 -`);
const rv = (v) => [`[5/8/26, 6:12:44:101 UTC] 00000001 com.ibm.ws.kernel.launch.internal.FrameworkManager           A CWWKE0001I: The server defaultServer has been launched.`,
  `[5/8/26, 6:12:52:390 UTC] 0000002a com.ibm.ws.kernel.feature.internal.FeatureManager            A CWWKF0011I: The defaultServer server is ready to run a smarter planet.`,
  ...[-18, -9, -2].map((m) => `[5/16/26, ${T.java(m).slice(11, 19).replace(/^0/, '')}:${T.java(m).slice(20, 23)} UTC] 0000${v}1 com.ibm.ws.webcontainer.util.ServletUtil                      W SRVE0190E: File not found: /favicon.ico`)];

export const scenarios = [bookinfoScenario({
  folder: 's83b-productpage-flood-factor',
  incidentTime: INC,
  description: 'bookinfo product page super slow since ~9:05 and shows "reviews currently unavailable" half the time. reviews pods look fine to the community team',
  expected: { component: 'productpage', cause: 'config-error' },
  alsoAcceptable: [{ component: 'productpage', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression'],
  grounding: `
    Istio Bookinfo (samples/bookinfo, images 1.20.1): productpage.py reads FLOOD_FACTOR from its environment and, when it is
    above 0, sends that many extra GET /reviews/<id> requests (floodReviews) for every page it renders, waiting for them;
    getProductReviews gives up after 3 s and shows "Sorry, product reviews are currently unavailable for this book.". A
    load test last night set FLOOD_FACTOR=100 with kubectl set env (a rollout of productpage-v1 at 23:10, the only template
    difference is that env var) and nobody reverted it; at night the traffic was too small to matter, with the morning
    traffic reviews (Open Liberty) saturates: its pods stay Ready with no restart, productpage's sidecar logs 504 UT
    timeouts towards reviews. Productpage accepts the value silently. Deviations: productpage's "FLOOD_FACTOR=100" start line
    is added for readability (upstream prints no such line); access-log fields follow Istio's default TEXT format. Expected
    cause fixed before generation.`,
  workloads: {
    'productpage-v1': {
      rollout: { at: -(10 * 60 + 20), oldContainers: { productpage: { env: pp.env } } },
      containers: { productpage: { env: [...(pp.env ?? []), { name: 'FLOOD_FACTOR', value: '100' }] } },
    },
  },
  events: [],
  logs: {
    'productpage-v1#0/istio-proxy': px,
    'productpage-v1#0/productpage': app,
    'reviews-v2#0/reviews': rv('2'),
    'reviews-v3#0/reviews': rv('3'),
  },
})];
