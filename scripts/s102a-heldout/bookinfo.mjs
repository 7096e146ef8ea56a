// Blind held-out batch s102a: one Bookinfo scenario (split: test), on the kit's Bookinfo system reduced to bookinfo.yaml.
// Built by scripts/s102a-build.mjs with the scenario kit; grounding in the scenario itself.
import { clock } from '../s2-scenario-kit.mjs';
import { system as full, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
// bookinfo.yaml deploys details-v1, ratings-v1, reviews-v1..v3 and productpage-v1; details and ratings own their Services.
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => !['details-v2', 'ratings-v2-mysql', 'mysqldb-v1'].includes(w.name))
    .map((w) => (w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w.name === 'ratings-v1' ? { ...w, service: { name: 'ratings', ...HTTP } } : w)),
};

const T = clock('2026-06-03T13:47:00Z');
const pad = (n, w = 2) => String(n).padStart(w, '0');
const liberty = (min, msg) => {
  const d = new Date(T.isoMs(min));
  return `[${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}, ${d.getUTCHours()}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}:${pad(d.getUTCMilliseconds(), 3)} UTC] 0000004a SystemOut                                                    O ${msg}`;
};
const gunicorn = (min, msg) => `INFO:root:${msg}`;

export const scenarios = [
  bookinfoScenario({
    folder: 's102a-ratings-faulty-mode',
    incidentTime: '2026-06-03T13:47:00Z',
    description: 'stars randomly missing on book pages since lunch ("Ratings service is currently unavailable"), maybe 1 in 10 loads. community team pls look',
    expected: { component: 'ratings', cause: 'config-error' },
    alsoAcceptable: [{ component: 'ratings', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'team-name', 'time-expression'],
    grounding: `
      Manifest: istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (ratings-v1, image examples-bookinfo-ratings-v1:1.20.1,
      no env). ratings.js reads SERVICE_VERSION: with "v-faulty" it answers half of the /ratings requests with 503
      {"error":"Service unavailable"} (the mode upstream keeps for resilience demos). Fault: the ratings-v1 Deployment was
      re-applied ~95 min before from a resilience-test overlay that adds SERVICE_VERSION=v-faulty (the only template change;
      same image). Pods stay Ready (the health endpoint is unaffected). The sidecar's default retry policy retries 503 twice,
      so roughly one page in eight of reviews v2/v3 shows "Ratings service is currently unavailable"; reviews logs
      "Error: unable to contact http://ratings:9080/ratings got status of 503". ratings itself logs nothing per request.
      Deviations: only bookinfo.yaml's workloads; the overlay and its env are the fault.
    `,
    workloads: {
      'ratings-v1': {
        rollout: { at: -95, revision: 2, oldReplicas: 0, oldContainers: { ratings: { env: undefined } } },
        containers: { ratings: { env: [{ name: 'SERVICE_VERSION', value: 'v-faulty' }] } },
        serviceSelector: { app: 'ratings' },
      },
      'details-v1': { serviceSelector: { app: 'details' } },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -95 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -94 },
    ],
    logs: {
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'reviews-v2#0/reviews': [
        liberty(-71.3, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
        liberty(-52.8, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
        liberty(-33.1, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
        liberty(-12.6, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
        liberty(-2.2, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
      ],
      'reviews-v3#0/reviews': [
        liberty(-64.0, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
        liberty(-40.7, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
        liberty(-18.9, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
        liberty(-5.5, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
      ],
      'productpage-v1#0/productpage': [
        gunicorn(-20, 'Start processing request'),
        gunicorn(-6, 'Start processing request'),
      ],
    },
  }),
];
