// Held-out batch s88a (split: test): one Bookinfo scenario on the kit system scripts/kit-systems/bookinfo.mjs.
// Built by scripts/s88a-build.mjs; grounding in the scenario's own text.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system } from '../kit-systems/bookinfo.mjs';

const incidentTime = '2026-05-25T10:41:00Z';
const T = clock(incidentTime);
const ECR = '210987654321.dkr.ecr.us-east-2.amazonaws.com/mirror/istio/examples-bookinfo-ratings-v1:1.20.1';
const pullErr = `failed to pull and unpack image "${ECR}": failed to resolve reference "${ECR}": pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials`;

export const scenarios = [
  bookinfoScenario({
    folder: 's88a-bookinfo-mirror-pull',
    incidentTime,
    description: 'argo shows ratings Degraded since the 10:05 sync (the "move images to our registry" PR). stars on productpage still show',
    expected: { component: 'ratings', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'ratings', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'bad-credentials', 'time-expression', 'pods-ready'],
    grounding: `
      Manifest: istio samples/bookinfo/platform/kube/bookinfo.yaml (ratings-v1, image docker.io/istio/examples-bookinfo-ratings-v1:1.20.1).
      Fault: the release moved the image to a mirror in another AWS account's ECR; the node role has no pull permission
      there and no imagePullSecret is set, so containerd reports "authorization failed: no basic auth credentials"
      (aws/containers-roadmap cross-account ECR pulls; containerd's resolver error text). The new ReplicaSet's template
      differs from the old one only in the ratings image; the old pod keeps serving (maxUnavailable 0 for one replica),
      so users see nothing and the rollout passes its progress deadline. Deviations from upstream: the image reference.
    `,
    workloads: {
      'ratings-v1': {
        rollout: { at: -36, oldReplicas: 1, oldContainers: { ratings: { image: 'docker.io/istio/examples-bookinfo-ratings-v1:1.20.1' } } },
        containers: { ratings: { image: ECR } },
        pods: [{ containers: { ratings: cs.waiting('ImagePullBackOff', `Back-off pulling image "${ECR}"`), 'istio-proxy': cs.running(T.iso(-35.3)) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-26), lastTransitionTime: T.iso(-26), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -36 },
      { on: 'pod:ratings-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -35.6 },
      { on: 'pod:ratings-v1#0', reason: 'Pulling', message: `Pulling image "${ECR}"`, first: -35.4, last: -1.2, count: 11, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Failed', type: 'Warning', message: `Failed to pull image "${ECR}": ${pullErr}`, first: -35.4, last: -1.2, count: 11, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: -35.4, last: -1.2, count: 11, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'BackOff', message: `Back-off pulling image "${ECR}"`, first: -35.3, last: -0.6, count: 152, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: -35.3, last: -0.6, count: 152, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'ratings-v1#old0/ratings': ['Server listening on: http://0.0.0.0:9080', 'GET /ratings/0', 'GET /ratings/0', 'GET /ratings/0'],
      'productpage-v1#0/productpage': [
        `INFO:werkzeug:::ffff:127.0.0.6 - - [${T.go(-2).replace(/\//g, '-')}] "GET /productpage HTTP/1.1" 200 -`,
      ],
    },
  }),
];
