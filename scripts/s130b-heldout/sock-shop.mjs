// Held-out batch s130b, Sock Shop (system definition re-exported from the s2 kit module).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

export const system = base;

const T = clock('2026-04-21T16:38:00Z');
const NEW = 'weaveworksdemos/front-end:0.3.12-hotfix1';
const ref = 'docker.io/weaveworksdemos/front-end:0.3.12-hotfix1';
const morgan = [
  'GET /catalogue?page=1&size=6&tags= 200 18.402 ms - 1632',
  'GET /cart 200 9.117 ms - 2',
  'GET /catalogue/size?tags= 200 6.881 ms - 11',
  'POST /cart 201 41.390 ms - -',
  'GET /customers/57a98d98e4b00679b4a830af 200 12.905 ms - 241',
  'GET /orders 200 33.574 ms - 1290',
  'GET /tags 200 4.511 ms - 107',
];
const feLog = (k) => ['App now running in production mode on port 8079', ...Array.from({ length: 28 }, (_, i) => morgan[(i * 3 + k) % morgan.length])];

export const scenarios = [
  {
    folder: 's130b-frontend-hotfix-stuck',
    incidentTime: '2026-04-21T16:38:00Z',
    description: 'front end hotfix deploy hanging in argo since about 16:20, rollout status says "exceeded its progress deadline". site itself seems up, can someone look',
    expected: { component: 'front-end', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'front-end', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'decoy', 'partial-name', 'time-expression'],
    grounding: `
      Sock Shop complete-demo.yaml: front-end is a Deployment of weaveworksdemos/front-end:0.3.12 (2 replicas here, 8079,
      limits 300m/1000Mi) behind a NodePort Service. The fault is the everyday failed release: the new revision references a
      tag that was never pushed to Docker Hub (0.3.12-hotfix1), so containerd reports "failed to resolve reference ... not
      found", the kubelet backs off (ErrImagePull, then ImagePullBackOff), and with maxSurge 25%/maxUnavailable 25% on 2
      replicas the Deployment surges one new pod and keeps both old pods, so the shop stays up while the rollout hits
      progressDeadlineSeconds 600 (ProgressDeadlineExceeded). Kubernetes docs "Deployments - Failed Deployment" describe this
      exactly. Decoy: a carts OOM kill three days ago (the Java carts service with -Xmx128m in a 500Mi limit). Deviations: the
      upstream manifest has 1 front-end replica; the hotfix tag is invented.
    `,
    workloads: {
      'front-end': {
        replicas: 2,
        rsReplicas: 1,
        containers: { 'front-end': { image: NEW } },
        rollout: { at: -18, revision: 9, oldReplicas: 2, oldContainers: { 'front-end': { image: 'weaveworksdemos/front-end:0.3.12' } } },
        pods: [{
          created: T.iso(-17.9),
          containers: { 'front-end': cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW}"`) },
          readyTransition: T.iso(-17.9),
        }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-7.9), lastTransitionTime: T.iso(-7.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      carts: {
        pods: [{
          containers: {
            carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 + 0.4) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 1', first: -18, last: -18 },
      { on: 'pod:front-end#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned sock-shop/%POD% to %NODE%', first: -17.9, last: -17.9 },
      { on: 'pod:front-end#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -17.8, last: -2.6, count: 8, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Failed', message: `Failed to pull image "${NEW}": rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found`, type: 'Warning', first: -17.7, last: -2.5, count: 8, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', first: -17.7, last: -2.5, count: 8, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'BackOff', message: `Back-off pulling image "${NEW}"`, first: -17.6, last: -0.4, count: 71, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', first: -17.6, last: -0.4, count: 71, fieldPath: 'spec.containers{front-end}' },
    ],
    logs: {
      'front-end#old0/front-end': feLog(0),
      'front-end#old1/front-end': feLog(2),
    },
  },
];
