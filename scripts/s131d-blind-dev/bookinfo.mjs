// Batch s131d (blind dev): Bookinfo scenario. System from scripts/kit-systems/bookinfo.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

// 5. No fault: reviews v1/v2/v3 all sit behind the reviews Service and no VirtualService pins a version.
const T5 = clock('2026-06-17T10:22:00Z');
const pp = (min, msg) => `${T5.java(min).replace('.', ',')} ${msg}`;
const stars = {
  folder: 's131d-reviews-stars-vary-by-version',
  incidentTime: T5.iso(0),
  description: 'product page stars are flaky since about 10:00 - refresh and you get black stars, refresh again red stars, sometimes no stars at all. did the ratings deploy break something?',
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'time-expression'],
  grounding: `
    No fault: designed behaviour of Istio's Bookinfo. The reviews Service selects app=reviews, and reviews-v1 (no
    ratings call, no stars), reviews-v2 (black stars) and reviews-v3 (red stars) all run; with no VirtualService routing
    reviews to one subset the mesh spreads requests over the three, so a refresh changes the stars (istio.io Bookinfo
    docs: "refresh the browser several times ... the review stars change"). Decoy: ratings-v1 was rolled out at 09:58
    (1.20.0 -> 1.20.1, the kit's tag), the new pod Ready at once, the old ReplicaSet scaled to 0; the productpage log shows
    normal GETs to reviews. Deviation: the ratings image tag change is invented.`,
  workloads: {
    'ratings-v1': { rollout: { at: -24, oldContainers: { ratings: { image: 'docker.io/istio/examples-bookinfo-ratings-v1:1.20.0' } } } },
  },
  events: [
    { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -24 },
    { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -23.3 },
    { on: 'pod:ratings-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -24, source: 'default-scheduler' },
    { on: 'pod:ratings-v1#0', reason: 'Pulled', message: 'Successfully pulled image "docker.io/istio/examples-bookinfo-ratings-v1:1.20.1" in 3.981s (3.981s including waiting). Image size: 61987211 bytes.', first: -23.8, fieldPath: 'spec.containers{ratings}' },
    { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container ratings', first: -23.7, fieldPath: 'spec.containers{ratings}' },
  ],
  logs: {
    'productpage-v1#0/productpage': [-30, -21, -15, -9, -4, -1.5].flatMap((m) => [
      pp(m, 'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080'),
      pp(m + 0.01, 'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178'),
      pp(m + 0.02, 'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080'),
      pp(m + 0.04, 'DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ' + ([358, 379, 375][Math.abs(Math.round(m)) % 3])),
      pp(m + 0.05, `INFO:werkzeug:127.0.0.6 - - [${'17/Jun/2026 ' + T5.java(m + 0.05).slice(11, 19)}] "GET /productpage HTTP/1.1" 200 -`),
    ]),
    'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080', 'GET /ratings/0', 'GET /ratings/0', 'GET /ratings/0', 'GET /ratings/0'],
  },
};

export const scenarios = [bookinfoScenario(stars)];
