// Blind dev batch s71c, Bookinfo: the kit system (scripts/kit-systems/bookinfo.mjs, bookinfoScenario selectors) and one
// scenario, a patched ratings-v1 image built for arm64 that dies with "exec format error" on the amd64 nodes.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const I = '2026-03-26T15:18:00Z';
const T = clock(I);
const OLD_IMG = 'docker.io/istio/examples-bookinfo-ratings-v1:1.20.1';
const NEW_IMG = '318574906221.dkr.ecr.us-east-2.amazonaws.com/bookinfo/examples-bookinfo-ratings-v1:1.20.1-p2';
const AT = -27;
const envoy = (min, level, msg) => `${T.isoMs(min).replace(/Z$/, '000Z')}\t${level}\t${msg}`;
const access = (min, method, path, code, up, dur, svc) => `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} - via_upstream - "-" 0 ${code === 200 ? 358 : 0} ${dur} ${dur - 1} "-" "Mozilla/5.0" "8c1e2f3a-4b5c-9d6e-a7f8-0b1c2d3e4f5a" "${svc}:9080" "${up}" inbound|9080|| 127.0.0.6:0 %PODIP%:9080 10.0.0.1:0 outbound_.9080_._.${svc}.bookinfo.svc.cluster.local default`;

export const scenarios = [
  bookinfoScenario({
    folder: 's71c-ratings-v1-arm64-image-exec-format',
    description: "community team: ratings-v1 deploy has been 'progressing' for ~25 min and argo marks it Degraded. product page + stars still look fine",
    incidentTime: I,
    expected: { component: 'ratings', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'ratings', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'team-name', 'time-expression', 'decoy'],
    workloads: {
      'ratings-v1': {
        rollout: { at: AT, revision: 3, oldReplicas: 1, oldContainers: { ratings: { image: OLD_IMG } } },
        containers: { ratings: { image: NEW_IMG } },
        pods: [{
          containers: {
            ratings: cs.crashLoop({ restarts: 10, exitCode: 255, startedAt: T.iso(-3.6), finishedAt: T.iso(-3.6), container: 'ratings' }),
            'istio-proxy': cs.running(T.iso(AT + 0.7)),
          },
        }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(AT + 10), lastTransitionTime: T.iso(AT + 10), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      'reviews-v2': {
        pods: [{ containers: { reviews: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5 - 30), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 30.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: AT, last: AT },
      { on: 'pod:ratings-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: AT + 0.1, last: AT + 0.1, source: 'default-scheduler' },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', fieldPath: 'spec.initContainers{istio-init}', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: AT + 0.2, last: AT + 0.2 },
      { on: 'pod:ratings-v1#0', reason: 'Started', fieldPath: 'spec.initContainers{istio-init}', message: 'Started container istio-init', first: AT + 0.25, last: AT + 0.25 },
      { on: 'pod:ratings-v1#0', reason: 'Pulling', fieldPath: 'spec.containers{ratings}', message: `Pulling image "${NEW_IMG}"`, first: AT + 0.3, last: AT + 0.3 },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', fieldPath: 'spec.containers{ratings}', message: `Successfully pulled image "${NEW_IMG}" in 3.412s (3.412s including waiting). Image size: 61288311 bytes.`, first: AT + 0.36, last: AT + 0.36 },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', fieldPath: 'spec.containers{ratings}', message: `Container image "${NEW_IMG}" already present on machine`, count: 10, first: AT + 0.5, last: -3.6 },
      { on: 'pod:ratings-v1#0', reason: 'Created', fieldPath: 'spec.containers{ratings}', message: 'Created container ratings', count: 11, first: AT + 0.37, last: -3.6 },
      { on: 'pod:ratings-v1#0', reason: 'Started', fieldPath: 'spec.containers{ratings}', message: 'Started container ratings', count: 11, first: AT + 0.37, last: -3.6 },
      { on: 'pod:ratings-v1#0', reason: 'Started', fieldPath: 'spec.containers{istio-proxy}', message: 'Started container istio-proxy', first: AT + 0.7, last: AT + 0.7 },
      { on: 'pod:ratings-v1#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{ratings}', message: 'Back-off restarting failed container ratings in pod %POD%_bookinfo(%PODUID%)', count: 118, first: AT + 0.5, last: -0.3 },
      { on: 'deploy:ratings-v1', reason: 'ProgressDeadlineExceeded', type: 'Warning', message: 'Deployment "ratings-v1" has timed out progressing.', first: AT + 10, last: AT + 10, source: 'deployment-controller' },
    ],
    logs: {
      'ratings-v1#0/ratings': ['exec /usr/local/bin/docker-entrypoint.sh: exec format error'],
      'ratings-v1#0/ratings/previous': ['exec /usr/local/bin/docker-entrypoint.sh: exec format error'],
      'ratings-v1#0/istio-proxy': [
        envoy(AT + 0.7, 'info', 'FLAG: --concurrency="0"'),
        envoy(AT + 0.71, 'info', 'Version 1.23.2-5d0e4f7c1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d-Clean'),
        envoy(AT + 0.75, 'info', 'sds\tSDS: PUSH\tresource=default'),
        envoy(AT + 0.76, 'info', 'sds\tSDS: PUSH\tresource=ROOTCA'),
        envoy(AT + 0.8, 'info', 'Readiness succeeded in 1.130782143s'),
        envoy(AT + 0.8, 'info', 'Envoy proxy is ready'),
        envoy(AT + 1.2, 'warn', 'Envoy proxy is NOT ready: application readiness probe failed'),
      ],
      'ratings-v1#old0/ratings': [
        'Server listening on: http://0.0.0.0:9080',
        ...Array.from({ length: 8 }, () => 'GET /ratings/0'),
      ],
      'ratings-v1#old0/istio-proxy': [
        access(-2.2, 'GET', '/ratings/0', 200, '-', 2, 'ratings'),
        access(-0.9, 'GET', '/ratings/0', 200, '-', 1, 'ratings'),
      ],
      'productpage-v1#0/productpage': [
        `DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`,
        `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
        `DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`,
        `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358`,
      ],
    },
    grounding: `
      Manifest facts: bookinfo.yaml runs ratings-v1 (docker.io/istio/examples-bookinfo-ratings-v1:1.20.1, one replica, port 9080)
      behind the ratings Service, which selects app=ratings (so ratings-v2-mysql also serves); the namespace is sidecar-injected.
      The ratings image is FROM node (slim), whose ENTRYPOINT is /usr/local/bin/docker-entrypoint.sh.
      Fault: the community team rolled out a patched ratings-v1 image (1.20.1-p2) built with plain "docker build" on an Apple
      Silicon laptop and pushed to ECR: a single-platform linux/arm64 image. The amd64 EKS nodes pull it, and every start
      dies at once with "exec /usr/local/bin/docker-entrypoint.sh: exec format error", exit code 255, CrashLoopBackOff
      (the common EKS / M1 report, e.g. Docker docs "Multi-platform builds" and many Stack Overflow "exec format error"
      threads). The old and the new ReplicaSet differ ONLY in the ratings image. With one replica, maxSurge 25% (1) and
      maxUnavailable 25% (0), the old ratings-v1 pod keeps serving, so users see stars; the rollout reaches
      ProgressDeadlineExceeded after 600 s and Argo CD reports Degraded. The new pod's istio-proxy is up.
      Decoys: reviews-v2 restarted five days ago (exit 143, recovered). Deviations: the ECR image, EKS 1.30 in us-east-2.
    `,
  }),
];
