// Blind dev batch s115d (no-fault incidents): Bookinfo spec module for scripts/s115d-build.mjs.
// One no-fault scenario: a cloud provider network event that is over left a burst of 503s; ratings-v1 rolled fine.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;
const T = clock('2026-05-14T10:05:00Z');
const acc = (min, method, path, code, flags, up, dur) => `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} via_upstream - "-" 0 ${code === 200 ? 4294 : 95} ${dur} ${dur - 1} "-" "python-requests/2.31.0" "7c1e9a2f-4b3d-9f0e-a6c8-2d5b1e7f0a93" "${up}:9080" "%IPOF:reviews-v2#0%:9080" outbound|9080||${up}.bookinfo.svc.cluster.local - - -`.replace(' via_upstream', code === 503 ? ' upstream_reset_before_response_started{connection_failure}' : ' via_upstream');

export const scenarios = [
  bookinfoScenario({
    folder: 's115d-provider-network-event-over',
    incidentTime: '2026-05-14T10:05:00Z',
    description: 'AWS health dashboard had a us-east-2 networking event 09:20-09:35 (resolved). someone saw productpage errors then — are we ok now or is reviews still broken?',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'time-expression', 'partial-name'],
    workloads: {
      'ratings-v1': { rollout: { at: -18, revision: 3, oldContainers: { ratings: { image: 'docker.io/istio/examples-bookinfo-ratings-v1:1.20.0' } } } },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -18 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -17.2 },
      { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container ratings', first: -17.6 },
      { on: 'pod:ratings-v1#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', fieldPath: 'spec.containers{istio-proxy}', first: -17.5 },
    ],
    logs: {
      'productpage-v1#0/productpage': [
        `INFO:root:start at port 9080`,
        `ERROR:root:Could not get reviews: HTTPConnectionPool(host='reviews', port=9080): Read timed out. (read timeout=3.0)`,
        `INFO:werkzeug:127.0.0.6 - - [14/May/2026 09:27:12] "GET /productpage HTTP/1.1" 200 -`,
        `INFO:werkzeug:127.0.0.6 - - [14/May/2026 09:58:40] "GET /productpage HTTP/1.1" 200 -`,
        `INFO:werkzeug:127.0.0.6 - - [14/May/2026 10:03:55] "GET /productpage HTTP/1.1" 200 -`,
      ],
      'productpage-v1#0/istio-proxy': [
        acc(-39, 'GET', '/reviews/0', 503, '', 'reviews', 3002),
        acc(-38.2, 'GET', '/reviews/0', 503, '', 'reviews', 1004),
        acc(-37.5, 'GET', '/reviews/0', 200, '', 'reviews', 41),
        acc(-6.3, 'GET', '/reviews/0', 200, '', 'reviews', 38),
        acc(-1.2, 'GET', '/reviews/0', 200, '', 'reviews', 35),
      ],
      'ratings-v1#0/ratings': [`Server listening on: http://0.0.0.0:9080`, `GET /ratings/0`, `GET /ratings/0`],
    },
    grounding: `No fault. AWS publishes regional "network connectivity" events on its Health Dashboard; this one (09:20-09:35,
      resolved) left a short burst of upstream resets/timeouts from productpage toward reviews at ~09:26-09:27, after which
      every call answers 200. Nothing in the cluster is wrong at 10:05: all pods Ready, no restarts in the window. Decoy
      in the window: ratings-v1 rolled 1.20.0 -> 1.20.1 at 09:47 (image tag only) with one sidecar readiness 503 while
      Envoy took its config, then Ready. Deviation from upstream: ratings-v1's previous image tag 1.20.0.`,
  }),
];
