// Batch s47a (blind dev): one Bookinfo incident on the kit system definition, reduced to what bookinfo.yaml deploys.
// A reviews-v2 rollout names an image tag CI never pushed: the new pod sits in ImagePullBackOff past the progress deadline.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as full, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
// bookinfo.yaml: details-v1, ratings-v1, reviews-v1..v3, productpage-v1; details and ratings own their Services there.
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => !['details-v2', 'ratings-v2-mysql', 'mysqldb-v1'].includes(w.name))
    .map((w) => (w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w.name === 'ratings-v1' ? { ...w, service: { name: 'ratings', ...HTTP } } : w)),
};

// Envoy access log, Istio's default TEXT format.
const envoy = (T, min, method, path, code, flags, dur, upstream, host, cluster, peer) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} via_upstream - "-" 0 ${code === 200 ? 48 : 0} ${dur} ${dur - 1} "-" "python-requests/2.31.0" "${'9b7c2e0f-41d6-4a3e-8f0a-6c1d2e3f4a5b'.slice(0, 36)}" "${host}" "${upstream}" ${cluster} ${peer} - default`;

const s1 = (() => {
  const incidentTime = '2026-01-22T16:34:00Z';
  const T = clock(incidentTime);
  const OLD_IMG = 'docker.io/istio/examples-bookinfo-reviews-v2:1.20.1';
  const NEW_IMG = '318237195620.dkr.ecr.us-east-2.amazonaws.com/bookinfo/reviews-v2:1.20.1-c9e41ab';
  const notFound = `Failed to pull image "${NEW_IMG}": rpc error: code = NotFound desc = failed to pull and unpack image "${NEW_IMG}": failed to resolve reference "${NEW_IMG}": ${NEW_IMG}: not found`;
  // productpage logs at DEBUG (logging.basicConfig in productpage.py): urllib3's lines for each backend call.
  const ppLogs = [];
  for (let i = 0; i < 40; i++) {
    ppLogs.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080');
    ppLogs.push('DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178');
    ppLogs.push('DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080');
    ppLogs.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${i % 3 === 0 ? 358 : i % 3 === 1 ? 375 : 295}`);
  }
  return bookinfoScenario({
    folder: 's47a-reviews-v2-tag-not-pushed',
    incidentTime,
    description: 'reviews deploy stuck, pipeline timed out waiting on rollout status for reviews-v2',
    expected: { component: 'reviews', cause: 'image-pull' },
    difficulty: 'easy',
    traits: ['decoy'],
    grounding: `
      Bookinfo as bookinfo.yaml deploys it (details-v1, ratings-v1, reviews-v1/v2/v3, productpage-v1, images
      docker.io/istio/examples-bookinfo-*:1.20.1, sidecar-injected with Istio 1.23). The community team's pipeline built a
      patched reviews-v2 and pushed it to ECR under the short commit tag only (c9e41ab) while the Deployment was set to
      1.20.1-c9e41ab. containerd answers "rpc error: code = NotFound desc = failed to pull and unpack image ...: failed to
      resolve reference ...: not found" and the kubelet backs off (ErrImagePull, then ImagePullBackOff); the pod stays
      Pending with its istio-proxy running. With one replica and maxUnavailable 25% (rounded down to 0) the old reviews-v2
      pod keeps serving, so product pages are fine (reviews-v1/v3 and the old v2 answer 200) and the Deployment reports
      ProgressDeadlineExceeded after 600 s, which is what failed the pipeline's "kubectl rollout status". The expected
      answer is reviews (the component of reviews-v2) with image-pull. Decoy: details-v1 restarted once five days ago.
      Deviations: the reviews-v2 image from the team's ECR (upstream docker.io 1.20.1).
    `,
    workloads: {
      'reviews-v2': {
        rollout: { at: -23.5, revision: 4, oldReplicas: 1, oldContainers: { reviews: { image: OLD_IMG } } },
        containers: { reviews: { image: NEW_IMG } },
        pods: [{
          created: T.iso(-23.4),
          phase: 'Pending',
          containers: {
            reviews: cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW_IMG}"`),
            'istio-proxy': cs.running(T.iso(-23.2), { ready: true }),
          },
        }],
        rsReplicas: 1,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-13.4), lastTransitionTime: T.iso(-13.4), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      'ratings-v1': { serviceSelector: { app: 'ratings' } },
      'details-v1': {
        serviceSelector: { app: 'details' },
        pods: [{ containers: { details: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v2-%NEW% to 1', first: -23.5 },
      { on: 'pod:reviews-v2#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -23.4 },
      { on: 'pod:reviews-v2#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: -23.35 },
      { on: 'pod:reviews-v2#0', reason: 'Started', message: 'Started container istio-proxy', first: -23.25 },
      { on: 'pod:reviews-v2#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, first: -23.2, last: -1.9, count: 8 },
      { on: 'pod:reviews-v2#0', reason: 'Failed', type: 'Warning', message: notFound, first: -23.2, last: -1.9, count: 8 },
      { on: 'pod:reviews-v2#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: -23.2, last: -1.9, count: 8 },
      { on: 'pod:reviews-v2#0', reason: 'BackOff', type: 'Normal', message: `Back-off pulling image "${NEW_IMG}"`, first: -23.1, last: -0.6, count: 97 },
      { on: 'pod:reviews-v2#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: -23.1, last: -0.6, count: 97 },
    ],
    logs: {
      'productpage-v1#0/productpage': ppLogs,
      'reviews-v2#old0/reviews': [
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 8.337 seconds.',
      ],
      'reviews-v2#old0/istio-proxy': [
        envoy(T, -5.1, 'GET', '/ratings/0', 200, '-', 4, '%IPOF:ratings-v1#0%:9080', 'ratings:9080', 'outbound|9080||ratings.bookinfo.svc.cluster.local', '%PODIP%:48122 %SVCIP:ratings%:9080 %PODIP%:41236'),
      ].map((l) => l.replace('"python-requests/2.31.0"', '"Apache-CXF/3.1.18"')),
    },
  });
})();

export const scenarios = [s1];
