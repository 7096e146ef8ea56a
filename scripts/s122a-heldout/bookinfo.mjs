// Blind held-out batch s122a: one Bookinfo scenario on the kit's Bookinfo system (scripts/kit-systems/bookinfo.mjs).
// Written before any engine run; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const T = clock('2026-05-16T13:10:00Z');
const probe = { httpGet: { path: '/health', port: 9080, scheme: 'HTTP' }, initialDelaySeconds: 5, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 1 };
const last = (s, f) => ({ exitCode: 143, reason: 'Error', startedAt: T.iso(s), finishedAt: T.iso(f) });
const liberty = (min, lvl, msg) => `[${T.java(min).replace(/^(\d+)-(\d+)-(\d+) /, '$2/$3/$1, ').replace(/\.(\d{3})$/, ':$1')} UTC] 0000004a ${lvl} ${msg}`;

export const scenarios = [
  bookinfoScenario({
    folder: 's122a-ratings-liveness-too-tight',
    incidentTime: '2026-05-16T13:10:00Z',
    description: 'bookinfo: "Ratings service is currently unavailable" on and off for the last half hour, stars flicker',
    expected: { component: 'ratings', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'ratings', cause: 'config-error' }, { component: 'ratings', cause: 'crash-loop' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    workloads: {
      'ratings-v1': {
        rollout: { at: -60 * 3, revision: 3, oldContainers: { ratings: { livenessProbe: undefined } } },
        containers: { ratings: { livenessProbe: probe } },
        pods: [{
          node: 'ip-192-168-11-74.us-east-2.compute.internal',
          containers: { ratings: cs.restartedRunning({ restarts: 7, startedAt: T.iso(-1.6), last: last(-6.2, -1.7), ready: true }) },
        }],
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -60 * 3, last: -60 * 3 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -60 * 3 + 0.6, last: -60 * 3 + 0.6 },
      { on: 'pod:ratings-v1#0', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:15020/app-health/ratings/livez": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', type: 'Warning', first: -34, last: -1.8, count: 7, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Killing', message: 'Container ratings failed liveness probe, will be restarted', first: -34, last: -1.8, count: 7, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-ratings-v1:1.20.1" already present on machine', first: -33.5, last: -1.7, count: 7, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container ratings', first: -33.5, last: -1.6, count: 7, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'ratings-v1#0/ratings/previous': ['Server listening on: http://0.0.0.0:9080'],
      'reviews-v2#0/reviews': [
        liberty(-20, 'E', 'Error: unable to contact http://ratings:9080/ratings/0 got status of 503'),
        liberty(-8, 'E', 'Error: unable to contact http://ratings:9080/ratings/0 got status of 503'),
        liberty(-1.7, 'E', 'Error: unable to contact http://ratings:9080/ratings/0 got status of 503'),
      ],
      'reviews-v2#0/istio-proxy': [
        `[${T.isoMs(-1.7)}] "GET /ratings/0 HTTP/1.1" 503 UF upstream_reset_before_response_started{remote_connection_failure|delayed_connect_error:_Connection_refused} - "delayed_connect_error:_Connection_refused" 0 145 0 - "-" "Apache-CXF/3.1.18" "5f1c7a2e-8b3d-9e0f-a1b2-c3d4e5f60718" "ratings:9080" "%IPOF:ratings-v1#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local - %SVCIP:ratings%:9080 %PODIP%:48216 - default`,
      ],
    },
    grounding: `
      Istio Bookinfo (bookinfo.yaml) under sidecar injection as the kit system. Deviation: the team added a livenessProbe
      to ratings-v1 in a release 3 hours earlier (httpGet /health:9080, timeoutSeconds 1, failureThreshold 1; upstream has
      no probes); the old and new ReplicaSet templates differ only by that probe. Istio rewrites it to the agent's
      /app-health/ratings/livez on 15020; under load a single 1 s miss kills the Node.js container (SIGTERM, exit 143),
      so ratings restarts 7 times in 30 minutes and is Ready between kills. reviews (Liberty) prints "unable to contact
      ratings ... 503" and its Envoy logs UF connection refused during each restart. The probe settings follow the
      Kubernetes docs' warning about failureThreshold 1 with short timeouts.
    `,
  }),
];
