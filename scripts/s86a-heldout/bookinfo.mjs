// Held-out batch s86a (split: test): one Bookinfo scenario on the kit system definition.
// Written blind (see docs/scenarios.md, batch s86a); built by scripts/s86a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const INC = '2026-03-30T10:58:00Z';
const T = clock(INC);
const lim = { requests: { cpu: '50m', memory: '32Mi' }, limits: { cpu: '200m', memory: '48Mi' } };
const oom = cs.crashLoop({ restarts: 7, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-2.9), finishedAt: T.iso(-1.6), backoff: '2m40s', container: 'ratings' });
const ratingsLog = ['Server listening on: http://0.0.0.0:9080'];
const pp = (min, msg) => `${T.java(min).replace('.', ',')} ${msg}`;

export const scenarios = [
  bookinfoScenario({
    folder: 's86a-stars-flaky',
    incidentTime: INC,
    description: 'reviews show "Ratings service is currently unavailable" about half the time since 10:30ish',
    expected: { component: 'ratings', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'ratings', cause: 'crash-loop' },
      { component: 'ratings', cause: 'resource-exhaustion' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression'],
    workloads: {
      'ratings-v1': {
        containers: { ratings: { resources: lim } },
        rollout: { at: -31, oldReplicas: 0, oldContainers: { ratings: { resources: undefined } } },
        pods: [{ containers: { ratings: oom }, readyTransition: T.iso(-1.6) }],
        unavailableSince: -1.6,
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -31 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -30.2 },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-ratings-v1:1.20.1" already present on machine', fieldPath: 'spec.containers{ratings}', first: -30.9, last: -2.9, count: 8 },
      { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container ratings', fieldPath: 'spec.containers{ratings}', first: -30.9, last: -2.9, count: 8 },
      { on: 'pod:ratings-v1#0', reason: 'BackOff', message: 'Back-off restarting failed container ratings in pod %POD%_bookinfo(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{ratings}', first: -22, last: -1.5, count: 21 },
      { on: 'pod:ratings-v1#0', reason: 'Unhealthy', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', type: 'Warning', fieldPath: 'spec.containers{istio-proxy}', first: -22, last: -1.4, count: 33 },
    ],
    logs: {
      'ratings-v1#0/ratings': ratingsLog,
      'ratings-v1#0/ratings/previous': ratingsLog,
      'ratings-v2-mysql#0/ratings': ratingsLog,
      'productpage-v1#0/productpage': [
        pp(-40, 'INFO [productpage.py:404] start at port 9080'),
        pp(-12, 'DEBUG [connectionpool.py:546] http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358'),
        pp(-6, 'DEBUG [connectionpool.py:546] http://details:9080 "GET /details/0 HTTP/1.1" 200 178'),
        pp(-5.9, 'DEBUG [connectionpool.py:546] http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 295'),
      ],
    },
    grounding: `
      Manifest: istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (ratings-v1 Node.js, no resources upstream); the
      ratings Service selects app=ratings, so ratings-v1 and ratings-v2-mysql both serve it. Fault: a change adds a 48Mi memory
      limit to ratings-v1; the Node.js process exceeds it under traffic and the kernel OOM-kills it (137), so about half of the
      reviews' calls to ratings fail and reviews-v2/v3 show "Ratings service is currently unavailable" (reviews' fallback text).
      Deviations from upstream: the resources block on ratings-v1.
    `,
  }),
];
