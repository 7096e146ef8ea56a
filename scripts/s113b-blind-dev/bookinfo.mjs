// Blind dev batch s113b: Bookinfo spec (scripts/kit-systems/bookinfo.mjs) for the scenario kit.
// One scenario: ratings-v1 redeployed with SERVICE_VERSION=v-unavailable, so it answers 503 every other minute.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };
const INC = '2025-08-14T16:10:00Z';
const T = clock(INC);
const ratings = ['Server listening on: http://0.0.0.0:9080'];
const reviews = [];
const pp = [];
for (let m = -38; m < -0.3; m += 0.9) {
  const down = Math.floor((m + 39) / 1) % 2 === 1;
  reviews.push(`[${T.java(m).replace(' ', 'T').slice(0, 19)}] [INFO] [reviews-v2] Error: unable to contact http://ratings:9080/ratings got status of ${down ? 503 : 200}`.replace(/Error: unable to contact http:\/\/ratings:9080\/ratings got status of 200/, 'GET /reviews/0 200'));
  if (down) pp.push(`DEBUG:root:{"time":"${T.java(m)}","level":"DEBUG","msg":"Ratings service is currently unavailable"}`.replace(/^DEBUG:root:/, ''));
  pp.push(`INFO:werkzeug:::ffff:127.0.0.6 - - [${T.java(m).slice(0, 19)}] "GET /productpage HTTP/1.1" 200 -`);
}
export const scenarios = [
  bookinfoScenario({
    folder: 's113b-ratings-left-v-unavailable',
    description: 'bookinfo: star ratings keep flipping to "Ratings service is currently unavailable" roughly every minute since the community team redeployed ratings this afternoon',
    incidentTime: INC,
    expected: { component: 'ratings', cause: 'config-error' },
    alsoAcceptable: [{ component: 'ratings', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'team-name', 'time-expression'],
    grounding: `
      Upstream ratings.js (samples/bookinfo/src/ratings) reads SERVICE_VERSION: "v-unavailable" toggles an unavailable
      flag every 60 s with setInterval, and while it is set every request gets 503 "Service unavailable"
      (the demo's failure mode for testing retries). The ratings-v1 Deployment was redeployed with that env left in
      from a resilience demo; the pod is Ready (no probes upstream), reviews v2/v3 get 503 half of the time and
      productpage shows "Ratings service is currently unavailable". The new ReplicaSet differs from the old only in
      that env var. Deviation from upstream: the SERVICE_VERSION env on ratings-v1; log lines abridged.`,
    workloads: {
      'ratings-v1': {
        rollout: { at: -40, revision: 2, oldContainers: { ratings: { env: undefined } } },
        containers: { ratings: { env: [{ name: 'SERVICE_VERSION', value: 'v-unavailable' }] } },
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -40 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -39.3 },
    ],
    logs: {
      'ratings-v1#0/ratings': ratings,
      'reviews-v2#0/reviews': reviews,
      'productpage-v1#0/productpage': pp,
    },
  }),
];
