// Blind held-out batch s110a: one Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system scripts/kit-systems/robot-shop.mjs; built by scripts/s110a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T1 = clock('2026-05-12T15:40:00Z');
const NEW_IMG = 'ghcr.io/acme-retail/rs-cart:2.1.1';
const pullErr = `failed to pull and unpack image "${NEW_IMG}": failed to resolve reference "${NEW_IMG}": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aacme-retail%2Frs-cart%3Apull&service=ghcr.io: 401 Unauthorized`;
const web = (min, path, status, bytes) => `10.1.1.84 - - [${new Date(Date.parse(T1.iso(min))).toUTCString().replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1/$2/$3:$4 +0000')}] "GET ${path} HTTP/1.1" ${status} ${bytes} "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`;

export const scenarios = [
  withDefaults({
    folder: 's110a-robot-shop-rollout-stuck',
    incidentTime: '2026-05-12T15:40:00Z',
    description: 'cart deploy has been hanging in the pipeline for ~20 min, shop itself seems to still work?',
    expected: { component: 'cart', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'cart', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'time-expression', 'decoy'],
    workloads: {
      cart: {
        rollout: { at: -22, oldReplicas: 1, oldContainers: { cart: { image: 'robotshop/rs-cart:2.1.0' } } },
        containers: { cart: { image: NEW_IMG } },
        pods: [{ containers: { cart: cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW_IMG}"`) } }],
        unavailableSince: -22,
        progressing: (rsName) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T1.iso(-11.5), lastTransitionTime: T1.iso(-11.5), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.` }),
      },
      // decoy: ratings restarted once two days ago (readiness on /_health recovered)
      ratings: {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 49), last: { exitCode: 255, reason: 'Error', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 49 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: -22, source: 'deployment-controller' },
      { on: 'rs:cart', reason: 'SuccessfulCreate', message: 'Created pod: cart-%RS%', first: -22 },
      { on: 'pod:cart#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -21.9, source: 'default-scheduler' },
      { on: 'pod:cart#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, first: -21.8, last: -3.1, count: 9, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Failed', type: 'Warning', message: `Failed to pull image "${NEW_IMG}": ${pullErr}`, first: -21.7, last: -3.0, count: 9, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: -21.7, last: -3.0, count: 9, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'BackOff', message: `Back-off pulling image "${NEW_IMG}"`, first: -21.5, last: -0.6, count: 86, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: -21.5, last: -0.6, count: 86, fieldPath: 'spec.containers{cart}' },
    ],
    logs: {
      'cart#old0/cart': [
        pino(T1, -31, 30, 'cart-old', 'GET /cart/3uFD1wv0uX5i 200', ''),
        pino(T1, -18.4, 30, '%POD%', 'request completed', '"req":{"id":4112,"method":"GET","url":"/cart/8a31c0f2","remoteAddress":"::ffff:10.1.3.44"},"res":{"statusCode":200},"responseTime":3,'),
        pino(T1, -12.2, 30, '%POD%', 'request completed', '"req":{"id":4127,"method":"POST","url":"/add/8a31c0f2/STAN-1/1","remoteAddress":"::ffff:10.1.3.44"},"res":{"statusCode":200},"responseTime":9,'),
        pino(T1, -6.9, 30, '%POD%', 'request completed', '"req":{"id":4139,"method":"GET","url":"/cart/c2d9e7aa","remoteAddress":"::ffff:10.1.3.44"},"res":{"statusCode":200},"responseTime":2,'),
        pino(T1, -1.4, 30, '%POD%', 'request completed', '"req":{"id":4150,"method":"GET","url":"/cart/c2d9e7aa","remoteAddress":"::ffff:10.1.3.44"},"res":{"statusCode":200},"responseTime":2,'),
      ].map((l) => l.replace('"hostname":"cart-old"', '"hostname":"%POD%"')),
      'web#0/web': [
        web(-12.3, '/api/cart/add/8a31c0f2/STAN-1/1', 200, 212),
        web(-12.2, '/api/cart/cart/8a31c0f2', 200, 212),
        web(-7.0, '/api/catalogue/products', 200, 2863),
        web(-6.9, '/api/cart/cart/c2d9e7aa', 200, 98),
        web(-1.5, '/api/catalogue/categories', 200, 64),
        web(-1.4, '/api/cart/cart/c2d9e7aa', 200, 98),
      ],
      'ratings#0/ratings/previous': [
        `[${T1.java(-60 * 49 - 0.4)}] php.ERROR: Database error PDOException: SQLSTATE[HY000] [2002] Connection refused [] []`,
      ],
    },
    grounding: `
      Robot Shop kit system (instana/robot-shop K8s/helm at 55292e2). The cart image was moved in a release to a private
      GitHub Container Registry package and bumped to 2.1.1 without any pull credentials: containerd's anonymous token
      request to ghcr.io answers 401 Unauthorized, the kubelet reports ErrImagePull then ImagePullBackOff (event texts as
      the kubelet and containerd 1.7 print them). The old ReplicaSet's pod keeps serving (maxUnavailable rounds to 0 for
      one replica), so the shop works and the Deployment reports ProgressDeadlineExceeded after 600 s. Deviations from
      upstream: the cart image and tag (old ReplicaSet keeps robotshop/rs-cart:2.1.0; the templates differ only in the
      image). Decoy: ratings restarted once two days ago after a database connection error and has been Ready since.
    `,
  }),
];
