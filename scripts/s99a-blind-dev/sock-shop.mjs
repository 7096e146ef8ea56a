// Blind dev batch s99a: one Sock Shop scenario (a front-end release that marks the session cookie Secure behind plain HTTP).
// System part re-exported from scripts/s2-scenarios/sock-shop.mjs; written without reading the engine or other scenarios.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const T = clock('2026-05-12T10:41:00Z');
const fe = (m, s) => `${s}`;
export const scenarios = [
  {
    folder: 's99a-frontend-secure-cookie-http',
    incidentTime: '2026-05-12T10:41:00Z',
    description: 'ppl cant checkout since ~10:05, login says ok but basket/orders page acts logged out. catalogue still works',
    expected: { component: 'front-end', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'front-end', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      front-end Deployment (weaveworksdemos/front-end, Node.js express + express-session, complete-demo.yaml at 9dff06f) rolled at
      10:03 from 0.3.12 to an in-house 0.3.13-rc1 build that sets express-session cookie.secure=true (env SESSION_COOKIE_SECURE=true,
      a deviation: upstream has no such variable). The shop is served over plain HTTP through the NodePort, so browsers never send the
      md.sid cookie back (express-session documents that a Secure cookie is not set over HTTP): login answers 200 via user, but every
      later request is a new anonymous session; carts are written under the anonymous id and POST /orders answers 401 "User not logged in".
      Pods Ready, no restarts; user, carts and orders log only healthy requests. Decoy: orders restarted 3 days ago (OOMKilled, old).
      Pattern: expressjs/session README "cookie.secure ... if secure is set, and you access your site over HTTP, the cookie will not be set".`,
    workloads: {
      'front-end': {
        rollout: { at: -38, oldContainers: { 'front-end': { image: 'weaveworksdemos/front-end:0.3.12', env: [{ name: 'SESSION_REDIS', value: 'true' }] } } },
        containers: { 'front-end': { image: 'weaveworksdemos/front-end:0.3.13-rc1', env: [{ name: 'SESSION_REDIS', value: 'true' }, { name: 'SESSION_COOKIE_SECURE', value: 'true' }] } },
      },
      orders: { pods: [{ containers: { orders: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }] },
    },
    events: [
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 1', first: -38 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 1 from 2', first: -37 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 2 from 1', first: -37 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 0 from 1', first: -36 },
    ],
    logs: {
      'front-end#0/front-end': [
        'Using redis for session store',
        'App now running in production mode on port 8079',
        ...Array.from({ length: 6 }, (_, i) => [
          `POST /login 200 ${41 + i}.812 ms - -`,
          `GET /catalogue?size=5 200 ${12 + i}.104 ms - 1823`,
          `POST /cart 201 ${33 + i}.455 ms - -`,
          `GET /cart 200 ${9 + i}.230 ms - 2`,
          'Customer id not found in session. Using anonymous cart.',
          `POST /orders 401 ${3 + i}.020 ms - 19`,
          'Error: User not logged in.',
        ]).flat(),
      ],
      'front-end#1/front-end': [
        'Using redis for session store',
        'App now running in production mode on port 8079',
        'GET / 200 5.113 ms - 8688',
        'GET /customers/undefined 404 7.431 ms - 47',
        'POST /orders 401 2.871 ms - 19',
        'Error: User not logged in.',
        'GET /catalogue?page=1&size=6&tags= 200 15.882 ms - 2311',
      ],
      'user#0/user': [
        `ts=${T.isoMs(-20)} caller=logging.go:42 method=Login result=1 took=14.31ms`,
        `ts=${T.isoMs(-12)} caller=logging.go:42 method=Login result=1 took=11.02ms`,
        `ts=${T.isoMs(-4)} caller=logging.go:42 method=Login result=1 took=12.77ms`,
      ],
      'orders#0/orders': [
        `${T.java(-60 * 24 * 3 + 0.5)}  INFO [orders,,,] 7 --- [           main] works.weave.socks.orders.OrderServiceApplication : Started OrderServiceApplication in 41.3 seconds (JVM running for 44.9)`,
      ],
    },
  },
];
void fe;
