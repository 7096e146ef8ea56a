// Blind dev batch s113c: Istio Bookinfo scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// ratings-v1 redeployed with SERVICE_VERSION=v-faulty (the sample's own fault switch) left in its env.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const I = '2026-06-02T09:27:00Z';
const T = clock(I);
const at = -48;
const base = system.workloads.find((w) => w.name === 'ratings-v1').containers[0];
const enval = (t) => { const d = new Date(Date.parse(T.isoMs(t))); const p2 = (n) => String(n).padStart(2, '0'); return `[${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}, ${d.getUTCHours()}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}:${String(d.getUTCMilliseconds()).padStart(3, '0')} UTC]`; };

export const scenarios = [
  bookinfoScenario({
    folder: 's113c-ratings-service-version-faulty',
    description: 'product page stars missing about half the time, "Ratings service is currently unavailable" - started this morning. details/reviews text fine',
    incidentTime: I,
    expected: { component: 'ratings', cause: 'config-error' },
    alsoAcceptable: [{ component: 'ratings', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression'],
    grounding: `
      Manifest facts: ratings-v1 (Node.js, samples/bookinfo/src/ratings/ratings.js) reads SERVICE_VERSION (its Dockerfile
      defaults it to v1); ratings.js answers half of GET /ratings/<id> with 503 {"error": "Service unavailable"} when
      SERVICE_VERSION is "v-faulty" (and always with "v-unavailable"), while /health keeps answering 200, so the pod
      stays Ready. reviews-v2/v3 (Liberty) call http://ratings:9080/ratings/<id> and print "Error: unable to contact
      ... got status of 503"; productpage shows "Ratings service is currently unavailable".
      Fault: a resilience drill set SERVICE_VERSION=v-faulty on ratings-v1 in staging and the same kustomize patch went
      to production in this morning's release (new ReplicaSet whose template differs from the old only by that env var).
      Decoys: reviews-v1 never calls ratings and looks healthy; the istio-proxy of reviews logs upstream 503s (louder
      than ratings itself).
      Deviation from upstream: the SERVICE_VERSION env on ratings-v1.
    `,
    workloads: {
      'ratings-v1': {
        rollout: { at, revision: 2, oldContainers: { ratings: { env: undefined } } },
        containers: { ratings: { env: [{ name: 'SERVICE_VERSION', value: 'v-faulty' }] } },
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: at, last: at },
      { on: 'pod:ratings-v1#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: at + 0.5 },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', fieldPath: 'spec.containers{ratings}', message: `Container image "${base.image}" already present on machine`, first: at + 0.5 },
      { on: 'pod:ratings-v1#0', reason: 'Created', fieldPath: 'spec.containers{ratings}', message: 'Created container ratings', first: at + 0.5 },
      { on: 'pod:ratings-v1#0', reason: 'Started', fieldPath: 'spec.containers{ratings}', message: 'Started container ratings', first: at + 0.5 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: at + 1, last: at + 1 },
    ],
    logs: {
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'reviews-v2#0/reviews': [
        `${enval(-45.2)} 00000028 SystemOut     O Error: unable to contact http://ratings:9080/ratings got status of 503`,
        `${enval(-31.7)} 00000031 SystemOut     O Error: unable to contact http://ratings:9080/ratings got status of 503`,
        `${enval(-12.4)} 00000028 SystemOut     O Error: unable to contact http://ratings:9080/ratings got status of 503`,
        `${enval(-2.1)} 00000033 SystemOut     O Error: unable to contact http://ratings:9080/ratings got status of 503`,
      ],
      'reviews-v3#0/reviews': [
        `${enval(-38.9)} 00000027 SystemOut     O Error: unable to contact http://ratings:9080/ratings got status of 503`,
        `${enval(-6.6)} 00000029 SystemOut     O Error: unable to contact http://ratings:9080/ratings got status of 503`,
      ],
      'reviews-v2#0/istio-proxy': [
        `[${T.isoMs(-45.2)}] "GET /ratings/0 HTTP/1.1" 503 - via_upstream - "-" 0 35 3 2 "-" "Apache-CXF/3.1.18" "5d0b3c1e-8f0a-9c7d-a2b1-4e6f7a8b9c0d" "ratings:9080" "%IPOF:ratings-v1#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local 10.0.0.1:51312 %SVCIP:ratings%:9080 %PODIP%:40872 - default`,
        `[${T.isoMs(-12.4)}] "GET /ratings/0 HTTP/1.1" 503 - via_upstream - "-" 0 35 2 2 "-" "Apache-CXF/3.1.18" "0a9e8d7c-6b5a-9483-b2c1-d0e9f8a7b6c5" "ratings:9080" "%IPOF:ratings-v1#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local 10.0.0.1:51318 %SVCIP:ratings%:9080 %PODIP%:40878 - default`,
        `[${T.isoMs(-11.0)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 3 2 "-" "Apache-CXF/3.1.18" "7c6b5a49-3827-4160-a5f4-e3d2c1b0a998" "ratings:9080" "%IPOF:ratings-v1#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local 10.0.0.1:51320 %SVCIP:ratings%:9080 %PODIP%:40880 - default`,
      ],
      'productpage-v1#0/productpage': [
        `INFO:werkzeug:127.0.0.6 - - [${T.java(-12.4).slice(0, 19)}] "GET /productpage HTTP/1.1" 200 -`,
        `INFO:werkzeug:127.0.0.6 - - [${T.java(-11.0).slice(0, 19)}] "GET /productpage HTTP/1.1" 200 -`,
        `INFO:werkzeug:127.0.0.6 - - [${T.java(-2.1).slice(0, 19)}] "GET /productpage HTTP/1.1" 200 -`,
      ],
      'reviews-v1#0/reviews': [`${enval(-200)} 00000024 com.ibm.ws.kernel.feature.internal.FeatureManager            A CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 9.513 seconds.`],
    },
  }),
];
