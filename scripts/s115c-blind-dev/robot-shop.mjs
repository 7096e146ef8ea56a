// Blind dev batch s115c: Stan's Robot Shop (kit system definition, withDefaults) with one bad-deploy-rollout scenario,
// an in-house web 2.1.1 image whose entrypoint no longer substitutes SHIPPING_HOST into the nginx config.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export { defaultPvcs };
const T = clock('2026-06-02T09:12:00Z');
const NEW = 'robotshop/rs-web:2.1.1';
const emerg = (min) => `${T.go(min)} [emerg] 1#1: unknown "shipping_host" variable\nnginx: [emerg] unknown "shipping_host" variable`;
export const scenarios = [
  withDefaults({
    folder: 's115c-web-211-nginx-unknown-variable',
    incidentTime: '2026-06-02T09:12:00Z',
    description: 'robot shop web deploy (2.1.1) stuck since 08:50, pipeline timed out waiting for rollout. shop itself still up?',
    expected: { component: 'web', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'web', cause: 'crash-loop' }, { component: 'web', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      robot-shop web is nginx whose entrypoint renders /etc/nginx/conf.d/default.conf from a template with envsubst over the
      *_HOST variables (CATALOGUE_HOST, USER_HOST, CART_HOST, SHIPPING_HOST, PAYMENT_HOST, RATINGS_HOST) before starting
      nginx. The team's 2.1.1 build of rs-web changed the entrypoint's envsubst list and dropped SHIPPING_HOST, so
      "proxy_pass http://$SHIPPING_HOST:8080" reaches nginx unsubstituted and nginx refuses the config at start with
      [emerg] unknown "shipping_host" variable (nginx lower-cases variable names), exit 1, CrashLoopBackOff. The Deployment's
      rolling update keeps the old 2.1.0 pod serving, so the shop works and only the rollout is stuck (ProgressDeadlineExceeded
      is not reached yet). The ReplicaSets differ only in the image tag. Decoy: cart logs a routine Redis reconnect from two
      days ago. Deviation from upstream: the 2.1.1 image (upstream has no such tag).
    `,
    workloads: {
      web: {
        rollout: { at: -22, oldReplicas: 1, oldContainers: { web: { image: 'robotshop/rs-web:2.1.0' } } },
        containers: { web: { image: NEW } },
        pods: [{ containers: { web: cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T.iso(-2.2), finishedAt: T.iso(-2.2), container: 'web' }) } }],
      },
    },
    events: [
      { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled up replica set web-%NEW% to 1', first: -22 },
      { on: 'pod:web#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -21.9 },
      { on: 'pod:web#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -21.8, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 3.412s (3.412s including waiting). Image size: 54813329 bytes.`, first: -21.7, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'Created', message: 'Created container web', first: -21.7, last: -2.2, count: 9, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'Started', message: 'Started container web', first: -21.7, last: -2.2, count: 9, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'Pulled', message: `Container image "${NEW}" already present on machine`, first: -21.2, last: -2.2, count: 8, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'BackOff', message: 'Back-off restarting failed container web in pod %POD%_robot-shop(%PODUID%)', type: 'Warning', first: -21.1, last: -0.4, count: 93, fieldPath: 'spec.containers{web}' },
    ],
    logs: {
      'web#0/web/previous': emerg(-2.2),
      'web#old0/web': [
        `${T.go(-60 * 24 * 6 + 0.5)} [notice] 1#1: using the "epoll" event method`,
        `${T.go(-60 * 24 * 6 + 0.5)} [notice] 1#1: nginx/1.21.6`,
        `${T.go(-60 * 24 * 6 + 0.5)} [notice] 1#1: start worker processes`,
        `10.1.2.137 - - [02/Jun/2026:09:08:41 +0000] "GET /api/catalogue/products HTTP/1.1" 200 2911 "http://robotshop.example.com/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`,
        `10.1.2.137 - - [02/Jun/2026:09:08:44 +0000] "GET /api/shipping/codes HTTP/1.1" 200 1642 "http://robotshop.example.com/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`,
        `10.1.2.137 - - [02/Jun/2026:09:10:02 +0000] "POST /api/shipping/confirm/RS-3f9a HTTP/1.1" 200 87 "http://robotshop.example.com/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`,
      ],
      'cart#0/cart': [
        pino(T, -60 * 48, 'error', '%POD%', 'ERROR Error: connect ECONNREFUSED %SVCIP:redis%:6379'),
        pino(T, -60 * 48 + 0.2, 'info', '%POD%', 'Redis READY'),
        pino(T, -3, 'info', '%POD%', 'request completed', '"req":{"id":412,"method":"GET","url":"/cart/3f9a"},"res":{"statusCode":200},"responseTime":3,'),
      ],
    },
  }),
];
