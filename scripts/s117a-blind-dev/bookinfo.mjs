// Blind dev batch s117a: one Bookinfo scenario (both ratings Deployments scaled to zero every evening by kube-downscaler
// annotations meant for staging; reviews is the loud one). Built by scripts/s117a-build.mjs with the s2 scenario kit.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const I = '2025-04-02T00:47:00Z';
const T = clock(I);
const err = (m) => `[${T.java(m).slice(0, 10)} ${T.java(m).slice(11, 19)}:${T.java(m).slice(20, 23)} UTC] 0000003${Math.round(m * -7) % 10} SystemOut                                                    O Error: unable to contact http://ratings:9080/ratings/0 got status of 503`;
const reviewsLogs = [
  `[${T.java(-60 * 24 * 5).slice(0, 10)} ${T.java(-60 * 24 * 5).slice(11, 23).replace('.', ':')} UTC] 00000029 com.ibm.ws.kernel.feature.internal.FeatureManager            A CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.412 seconds.`,
  ...[-44, -37, -31, -22, -15, -9, -4, -1.5].map(err),
];

export const scenarios = [
  bookinfoScenario({
    folder: 's117a-ratings-downscaled-evenings',
    incidentTime: I,
    description: 'bookinfo product page shows "Ratings service is currently unavailable" again tonight (started around 19:00 Chicago, came back by itself this morning). reviews team says their pods are fine',
    difficulty: 'hard',
    traits: ['callers-only', 'louder-dependents', 'team-name', 'time-expression'],
    expected: { component: 'ratings', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'ratings', cause: 'config-error' }],
    workloads: {
      'ratings-v1': { replicas: 0, pods: [], endpointsChanged: -47 },
      'ratings-v2-mysql': { replicas: 0, pods: [], endpointsChanged: -47 },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%NEW% to 0 from 1', first: -47 },
      { on: 'deploy:ratings-v2-mysql', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v2-mysql-%NEW% to 0 from 1', first: -47 },
    ],
    logs: {
      'reviews-v2#0/reviews': reviewsLogs,
      'reviews-v3#0/reviews': reviewsLogs.map((l) => l.replace('0000003', '0000004')),
      'productpage-v1#0/productpage': [-30, -14, -3].flatMap((m) => [
        `INFO:werkzeug:127.0.0.6 - - [${T.go(m).replace(/(\d+)\/(\d+)\/(\d+) /, '$3/Apr/$1 ')}] "GET /productpage HTTP/1.1" 200 -`.replace(/\/0?(\d+)\/Apr/, '/$1/Apr'),
      ]),
    },
    grounding: `Upstream bookinfo.yaml (istio samples) runs ratings-v1 and, here, ratings-v2-mysql behind the one ratings Service (selector app: ratings); reviews v2/v3 (LibertyRestEndpoint.java) print "Error: unable to contact <ratings url> got status of <code>" and productpage shows "Ratings service is currently unavailable"; with no endpoints the sidecar answers 503 (no healthy upstream).
    Invented deviation: a cost-saving PR added kube-downscaler annotations (downscaler/uptime: Mon-Fri 08:00-19:00 America/Chicago, meant for the staging overlay) to both ratings Deployments in the prod base; kube-downscaler (hjacobs/kube-downscaler, README) scales them to 0 every evening, which the deployment-controller ScalingReplicaSet events show at 00:00 UTC; the kit cannot write Deployment annotations, so only spec.replicas 0 and the events carry it.
    No pod of ratings exists, nothing crashes; the reviews pods are the loud ones. Expected ratings dependency-down; config-error on ratings (the annotation is a wrong setting) is also accepted.`,
  }),
];
