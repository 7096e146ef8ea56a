// Blind dev batch s65c: one Stan's Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// An in-house cart rebuild with node-redis 4 (no auto-connect) on Node 18 dies on the first cart request; built by scripts/s65c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system };
export { defaultPvcs } from '../kit-systems/robot-shop.mjs';

const INCIDENT = '2026-04-23T19:05:00Z';
const T = clock(INCIDENT);
const NEW_IMG = '482193760514.dkr.ecr.eu-west-1.amazonaws.com/robot-shop/rs-cart:2.1.0-deps-0423';
const OLD_IMG = 'robotshop/rs-cart:2.1.0';

const crash = [
  '/opt/server/node_modules/@redis/client/dist/lib/client/index.js:490',
  '            return Promise.reject(new errors_1.ClientClosedError());',
  '                                  ^',
  '',
  'ClientClosedError: The client is closed',
  '    at Commander._RedisClient_sendCommand (/opt/server/node_modules/@redis/client/dist/lib/client/index.js:490:35)',
  '    at Commander.commandsExecutor (/opt/server/node_modules/@redis/client/dist/lib/client/index.js:188:154)',
  '    at BaseClass.<computed> [as get] (/opt/server/node_modules/@redis/client/dist/lib/commander.js:8:29)',
  '    at /opt/server/server.js:104:17',
  '    at Layer.handle [as handle_request] (/opt/server/node_modules/express/lib/router/layer.js:95:5)',
  '    at next (/opt/server/node_modules/express/lib/router/route.js:149:13)',
  '    at Route.dispatch (/opt/server/node_modules/express/lib/router/route.js:119:3)',
  '    at Layer.handle [as handle_request] (/opt/server/node_modules/express/lib/router/layer.js:95:5)',
  '    at /opt/server/node_modules/express/lib/router/index.js:284:15',
  '    at param (/opt/server/node_modules/express/lib/router/index.js:365:14)',
  '',
  'Node.js v18.20.4',
];
const cartPrev = (host) => [
  pino(T, -1.95, 'info', host, 'Started on port 8080'),
  pino(T, -1.9, 'info', host, 'request completed', '"req":{"id":1,"method":"GET","url":"/health","headers":{"host":"%PODIP%:8080","user-agent":"kube-probe/1.30+"}},"res":{"statusCode":200},"responseTime":3,'),
  ...crash,
];

const mon = (min) => {
  const iso = T.iso(min);
  const [date, time] = iso.slice(0, 19).split('T');
  const [Y, M, D] = date.split('-');
  return `${D}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(M) - 1]}/${Y}:${time} +0000`;
};
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const access = (min, client, path, status, bytes) => `${client} - - [${mon(min)}] "GET ${path} HTTP/1.1" ${status} ${bytes} "http://shop.robotshop.example/" "${UA}"`;
const ngxErr = (min, n, client, path, what) =>
  `${T.go(min)} [error] 31#31: *${48211 + n * 17} ${what}, client: ${client}, server: localhost, request: "GET ${path} HTTP/1.1", upstream: "http://%SVCIP:cart%:8080${path.replace('/api/cart', '')}", host: "shop.robotshop.example", referrer: "http://shop.robotshop.example/"`;
const CLIENTS = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
const SKUS = ['Watson', 'Ewooid', 'HPTD', 'UHJ', 'EPE', 'EMM', 'SHCE', 'RED', 'STAN-1', 'CNA'];
const webLog = [];
for (let n = 0; n < 46; n++) {
  const min = -58 + n * 1.25;
  const c = CLIENTS[n % 3];
  const id = `anonymous-${(7391 + n * 53) % 10000}`;
  webLog.push(access(min, c, '/api/catalogue/products', 200, 2391), access(min + 0.01, c, `/api/ratings/api/fetch/${SKUS[n % SKUS.length]}`, 200, 38));
  const path = n % 2 ? `/api/cart/add/${id}/${SKUS[n % SKUS.length]}/1` : `/api/cart/cart/${id}`;
  if (min < -41.3) webLog.push(access(min + 0.02, c, path, n % 2 ? 200 : 404, n % 2 ? 213 : 14));
  else if (n % 3 === 0) {
    webLog.push(ngxErr(min + 0.02, n, c, path, 'upstream prematurely closed connection while reading response header from upstream'), access(min + 0.02, c, path, 502, 157));
  } else {
    webLog.push(ngxErr(min + 0.02, n, c, path, 'connect() failed (111: Connection refused) while connecting to upstream'), access(min + 0.02, c, path, 502, 157));
  }
}

export const scenarios = [
  withDefaults({
    folder: 's65c-cart-redis4-rebuild',
    incidentTime: INCIDENT,
    description: "can't add anything to the basket on robot shop since ~18:30, checkout also broken. basket team shipped a deps bump this afternoon i think",
    expected: { component: 'cart', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'cart', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      robot-shop's cart/server.js uses the node-redis v3 API: redis.createClient({host: redisHost}) with no connect() call and
      callback-style redisClient.get(id, cb). node-redis 4 no longer connects automatically (docs/v3-to-v4.md; redis/node-redis
      issues #2607 and #2722, redis/redis issue #12043: "ClientClosedError: The client is closed"), ignores the callback and returns a
      rejected promise. The Basket team's in-house rebuild (ECR tag 2.1.0-deps-0423: dependabot's redis ^2.8 -> ^4.6 bump on a node:18
      base) therefore starts, answers /health and only dies at the first cart request: Node 18 turns the unhandled rejection into an
      uncaught exception and exits 1. No probe is set on cart upstream, so the new pod looked Ready, the rollout completed (old ReplicaSet
      scaled to 0) and then the pod crash-looped on traffic; the upstream image keeps the v3 client.
      Snapshot: cart Deployment revision 4 with only the image changed (robotshop/rs-cart:2.1.0 -> the ECR tag), pod in
      CrashLoopBackOff (exit 1, 11 restarts, back-off 5m0s), previous log with pino lines then Node's unhandled-rejection output;
      ScalingReplicaSet and BackOff events; web's nginx logs 502s for /api/cart/* with "connect() failed (111: Connection refused)"
      while the Service has no ready address and "upstream prematurely closed connection" when the process dies mid-request
      (web is the loudest component).
      Decoy: dispatch restarted once two days ago (a RabbitMQ blip) and has run since.
      Deviations: the ECR repository and tag are invented; the exact line numbers inside @redis/client and server.js are illustrative.
    `,
    workloads: {
      cart: {
        containers: { cart: { image: NEW_IMG } },
        rollout: { at: -42.5, oldContainers: { cart: { image: OLD_IMG } } },
        unavailableSince: -41,
        endpointsChanged: -1.8,
        pods: [
          {
            readyTransition: T.iso(-1.8),
            containers: { cart: cs.crashLoop({ restarts: 11, exitCode: 1, reason: 'Error', startedAt: T.iso(-1.95), finishedAt: T.iso(-1.85), backoff: '5m0s', container: 'cart' }) },
          },
        ],
      },
      dispatch: {
        pods: [{ containers: { dispatch: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: -42.5, last: -42.5 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: -41.6, last: -41.6 },
      { on: 'pod:cart#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -42, last: -42 },
      { on: 'pod:cart#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, first: -41.95, last: -41.95, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 4.218s (4.218s including waiting). Image size 58412934 bytes.`, first: -41.85, last: -41.85, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Pulled', message: `Container image "${NEW_IMG}" already present on machine`, count: 11, first: -41.3, last: -1.97, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Created', message: 'Created container cart', count: 12, first: -41.85, last: -1.97, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Started', message: 'Started container cart', count: 12, first: -41.8, last: -1.96, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container cart in pod %POD%_robot-shop(%PODUID%)', count: 52, first: -41.2, last: -0.3, fieldPath: 'spec.containers{cart}' },
    ],
    logs: {
      'cart#0/cart/previous': cartPrev('%POD%'),
      'web#0/web': webLog,
      'user#0/user': Array.from({ length: 12 }, (_, i) =>
        pino(T, -50 + i * 4, 'info', '%POD%', 'request completed', `"req":{"id":${9120 + i},"method":"GET","url":"/check/anonymous-${(7391 + i * 53) % 10000}","headers":{"host":"user:8080"}},"res":{"statusCode":404},"responseTime":${2 + (i % 3)},`)),
    },
  }),
];
