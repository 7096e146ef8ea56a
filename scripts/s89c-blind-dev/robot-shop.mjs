// Batch s89c (blind dev): one Stan's Robot Shop scenario on the kit system scripts/kit-systems/robot-shop.mjs.
// web 2.1.1 moved to a shared-account ECR repository the prod nodes may not read: new pod in ImagePullBackOff, old pod serving.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-05-20T09:50:00Z';
const T = clock(INC);
const NEW = '210987654321.dkr.ecr.eu-west-1.amazonaws.com/robot-shop/rs-web:2.1.1';
const PULL_ERR = `failed to pull and unpack image "${NEW}": failed to resolve reference "${NEW}": unexpected status from HEAD request to https://210987654321.dkr.ecr.eu-west-1.amazonaws.com/v2/robot-shop/rs-web/manifests/2.1.1: 403 Forbidden`;
const nginxTs = (min) => {
  const d = new Date(Date.parse(INC) + min * 60000);
  const mon = d.toUTCString().split(' ')[2];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const access = (min, ip, req, status, bytes, ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36') =>
  `${ip} - - [${nginxTs(min)}] "${req} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "${ua}"`;
const webLog = [];
for (let i = 0; i < 14; i++) {
  const m = -44 + i * 3.1;
  webLog.push(access(m, '10.1.2.19', 'GET /api/catalogue/products', 200, 2318));
  webLog.push(access(m + 0.2, '10.1.3.44', 'GET /api/cart/cart/' + (4471 + i), 200, 97));
  if (i % 4 === 0) webLog.push(access(m + 0.4, '10.1.1.201', 'GET /api/ratings/api/fetch/STAN-1', 200, 41));
}
const pino = (min, level, host, msg) => `{"level":"${level}","time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"${host}","msg":"${msg}","v":1}`;

export const scenarios = [
  withDefaults({
    folder: 's89c-web-ecr-cross-account-pull',
    incidentTime: INC,
    description: 'storefront deployed web 2.1.1 (banner fix) ~40 min ago and it still isnt live?? shop itself works fine, rollout just hangs',
    expected: { component: 'web', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'web', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['pods-ready', 'rollout-regression', 'team-name', 'time-expression'],
    grounding: `
      Upstream K8s/helm web Deployment runs robotshop/rs-web:2.1.0 (nginx, port 8080, no probes, 1 replica) behind a
      LoadBalancer Service. Deviation: the storefront team's pipeline now pushes to an ECR repository in a shared tooling
      account (210987654321) and release 2.1.1 changed only the image to that repository; the repository policy grants no
      ecr:BatchGetImage to the prod account's node role, so containerd's HEAD of the manifest answers 403 Forbidden (the
      cross-account ECR pull failure of the AWS knowledge-center article "Troubleshoot ECR image pull errors in Amazon
      EKS"). Kubelet reports ErrImagePull then ImagePullBackOff; with maxSurge 25% / maxUnavailable 25% on one replica the
      old 2.1.0 pod stays Ready and serves (nginx access log all 200), and the Deployment reports ProgressDeadlineExceeded.
      Old and new ReplicaSet templates differ only by the image.
    `,
    workloads: {
      web: {
        rollout: { at: -41, oldReplicas: 1, oldContainers: { web: { image: 'robotshop/rs-web:2.1.0' } } },
        containers: { web: { image: NEW } },
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-31), lastTransitionTime: T.iso(-31), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
        pods: [{
          created: T.iso(-40.9),
          containers: { web: cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW}"`) },
        }],
      },
    },
    events: [
      { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled up replica set web-%NEW% to 1', first: -41, source: 'deployment-controller' },
      { on: 'pod:web#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -40.9, source: 'default-scheduler' },
      { on: 'pod:web#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -40.8, last: -3.2, count: 10, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'Failed', message: `Failed to pull image "${NEW}": ${PULL_ERR}`, type: 'Warning', first: -40.8, last: -3.2, count: 10, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', first: -40.8, last: -3.2, count: 10, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'BackOff', message: `Back-off pulling image "${NEW}"`, type: 'Normal', first: -40.6, last: -0.4, count: 161, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', first: -40.6, last: -0.4, count: 161, fieldPath: 'spec.containers{web}' },
    ],
    logs: {
      'web#old0/web': webLog,
      'catalogue#0/catalogue': [
        pino(-30, 'info', '%POD%', 'request completed'),
        pino(-12, 'info', '%POD%', 'request completed'),
        pino(-2, 'info', '%POD%', 'request completed'),
      ],
    },
  }),
];
