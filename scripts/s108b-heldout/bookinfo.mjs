// Blind held-out batch s108b: Bookinfo scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/bookinfo.mjs (istio/istio samples/bookinfo, Istio 1.23); built by scripts/s108b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const T = clock('2026-07-08T16:25:00Z');
const OLD = 'docker.io/istio/examples-bookinfo-ratings-v1:1.20.1';
const NEW = 'ghcr.io/acme-books/bookinfo-ratings-v1:1.20.1-acme.4';
const crash = [
  'Server listening on: 9080',
  'GET /ratings/0',
  '/opt/microservices/ratings.js:98',
  "    var scale = process.env.RATINGS_SCALE.split(',')",
  '                                          ^',
  '',
  "TypeError: Cannot read properties of undefined (reading 'split')",
  '    at getLocalReviews (/opt/microservices/ratings.js:98:43)',
  '    at Object.<anonymous> (/opt/microservices/ratings.js:62:18)',
  '    at HttpDispatcher.dispatch (/opt/microservices/node_modules/httpdispatcher/httpdispatcher.js:75:14)',
  '    at Server.<anonymous> (/opt/microservices/ratings.js:271:16)',
  '    at Server.emit (node:events:519:28)',
  '    at parserOnIncoming (node:_http_server:1151:12)',
  '    at HTTPParser.parserOnHeadersComplete (node:_http_common:117:17)',
  '',
  'Node.js v20.17.0',
];
const rev = (min, msg) => `[${T.java(min).replace(' ', 'T').slice(0, 19)}.${T.java(min).slice(20)}+0000] [ERROR] ${msg}`;

export const scenarios = [
  bookinfoScenario({
    folder: 's108b-ratings-unavailable-half',
    incidentTime: '2026-07-08T16:25:00Z',
    description: "book page says 'Ratings service is currently unavailable' about half the time since this afternoon",
    expected: { component: 'ratings', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'ratings', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents'],
    grounding: `
      The community team released its own build of ratings-v1 (ghcr.io/acme-books, Node.js 20) whose handler reads a
      new RATINGS_SCALE env var the Deployment does not set; ratings has no readiness probe upstream, so the new pod
      went Ready on start, the rollout finished, and the first GET /ratings/<id> throws a TypeError that is not caught
      (Node prints the source line, the stack and "Node.js v20.17.0", exit 1). Every request restarts it; the kubelet
      backs off. The Service ratings also selects ratings-v2-mysql, so about half the requests still get stars;
      reviews v2/v3 print their "Error: unable to contact ratings" path. Deviation from upstream: the image of the
      new ratings-v1 ReplicaSet only.`,
    workloads: {
      'ratings-v1': {
        rollout: { at: -95, oldContainers: { ratings: { image: OLD } } },
        containers: { ratings: { image: NEW } },
        pods: [{
          created: T.iso(-94.5),
          containers: {
            ratings: cs.crashLoop({ restarts: 14, exitCode: 1, reason: 'Error', startedAt: T.iso(-2.2), finishedAt: T.iso(-2.1), container: 'ratings' }),
            'istio-proxy': cs.running(T.iso(-94.3)),
          },
          readyTransition: T.iso(-2.1),
        }],
        unavailableSince: -2.1,
        endpointsChanged: -2.1,
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -95 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -94 },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', message: `Container image "${NEW}" already present on machine`, fieldPath: 'spec.containers{ratings}', first: -90, last: -2.3, count: 14 },
      { on: 'pod:ratings-v1#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container ratings in pod %POD%_bookinfo(%PODUID%)', fieldPath: 'spec.containers{ratings}', first: -88, last: -0.5, count: 131 },
    ],
    logs: {
      'ratings-v1#0/ratings/previous': crash,
      'ratings-v1#0/ratings': ['Server listening on: 9080'],
      'reviews-v2#0/reviews': [
        rev(-30, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
        rev(-12, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
        rev(-1.5, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
      ],
      'reviews-v3#0/reviews': [
        rev(-20, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
        rev(-4, 'Error: unable to contact http://ratings:9080/ratings got status of 503'),
      ],
      'productpage-v1#0/productpage': [
        `INFO:root:start at port 9080`,
        `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358`,
        `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
      ],
    },
  }),
];
