// Blind batch s125c: Online Boutique scenarios (system from scripts/s2-scenarios/online-boutique.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

// redis-cart with AOF persistence turned on (deviation, see grounding).
export const system = {
  ...base,
  workloads: base.workloads.map((w) => (w.name === 'redis-cart' ? { ...w, containers: w.containers.map((c) => ({ ...c, args: ['--appendonly', 'yes'] })) } : w)),
};
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fe = (T, min, severity, message, path = '/', error) => JSON.stringify({ 'http.req.id': `5e0c${Math.abs(Math.round(min * 97)).toString(16)}-8a1f-4c2e-b0d7-31a9c6e2f4b8`, 'http.req.method': 'GET', 'http.req.path': path, ...(error ? { error } : {}), message, session: 'a41d7c2e-90f3-4b6a-8e15-c2d9f07b3a61', severity, timestamp: T.isoMs(min) });

// --- 3. currencyservice crash loop after a release with a malformed rates file ----------------------------------
const T3 = clock('2026-05-04T11:05:00Z');
const curPrev = [
  `{"severity":"info","time":${Date.parse(T3.isoMs(-0.9))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"Starting gRPC server on port 7000..."}`,
  `{"severity":"info","time":${Date.parse(T3.isoMs(-0.85))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"CurrencyService#Convert invoked with request {\\"from\\":{\\"currency_code\\":\\"USD\\",\\"units\\":\\"19\\",\\"nanos\\":990000000},\\"to_code\\":\\"EUR\\"}"}`,
  '/usr/src/app/server.js:122',
  '      const data = require(\'./data/currency_conversion.json\');',
  '                   ^',
  '',
  'SyntaxError: /usr/src/app/data/currency_conversion.json: Unexpected token } in JSON at position 1187',
  '    at JSON.parse (<anonymous>)',
  '    at Module._extensions..json (node:internal/modules/cjs/loader:1357:39)',
  '    at Module.load (node:internal/modules/cjs/loader:1203:32)',
  '    at Module._load (node:internal/modules/cjs/loader:1019:12)',
  '    at Module.require (node:internal/modules/cjs/loader:1231:19)',
  '    at require (node:internal/modules/helpers:177:18)',
  '    at _getCurrencyData (/usr/src/app/server.js:122:20)',
  '    at convert (/usr/src/app/server.js:158:5)',
  '    at Object.onReceiveMessage (/usr/src/app/node_modules/@grpc/grpc-js/build/src/server.js:1117:25)',
  '',
  'Node.js v20.15.1',
];
const feLines3 = [fe(T3, -30, 'info', 'request complete', '/product/OLJCESPC7Z')];
for (let m = -17; m < -0.5; m += 1.7) {
  feLines3.push(fe(T3, m, 'error', 'request error', '/product/66VCHSJNUP', 'failed to retrieve currencies: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"'));
  feLines3.push(fe(T3, m + 0.6, 'error', 'request error', '/cart', 'failed to convert currency for cart: rpc error: code = Unavailable desc = error reading from server: EOF'));
}
const currency = {
  folder: 's125c-boutique-currencysvc-bad-rates-crashloop',
  description: 'boutique storefront mostly erroring since about 10:48 — product pages + cart show "failed to retrieve currencies". frontend pods are up',
  incidentTime: '2026-05-04T11:05:00Z',
  expected: { component: 'currencyservice', cause: 'crash-loop' },
  alsoAcceptable: [{ component: 'currencyservice', cause: 'bad-deploy-rollout' }],
  difficulty: 'medium',
  traits: ['rollout-regression', 'louder-dependents', 'time-expression', 'decoy'],
  grounding: `Upstream currencyservice (Node.js, src/currencyservice/server.js) loads data/currency_conversion.json with
    require() inside _getCurrencyData on every Convert/GetSupportedCurrencies call; a JSON syntax error there throws
    out of the grpc-js handler, which is uncaught and kills the process (exit 1). The fault is a release
    (v0.10.6 -> v0.10.6-rates2, a hand-edited rates file with a trailing comma) rolled out at ~10:46: each new
    container starts, passes its first gRPC health check, crashes on the first Convert from the frontend/checkout
    load and restarts with back-off. With 1 replica and maxUnavailable 25% the old pod stays until the new one is
    available... the old ReplicaSet was scaled down after the new pod was first Ready for a moment, which is what
    the deployment controller does once minReadySeconds (0) is met. Frontend logs are much louder than the cause.
    Deviations: the rates edit and image tag are invented; a healthy adservice rollout 2 hours earlier and an adservice
    OOM kill 4 days ago are decoys.`,
  workloads: {
    currencyservice: {
      rollout: { at: -19, oldReplicas: 0, oldContainers: { server: { image: `${REG}/currencyservice:v0.10.6` } } },
      containers: { server: { image: `${REG}/currencyservice:v0.10.6-rates2` } },
      pods: [{ containers: { server: cs.crashLoop({ restarts: 6, exitCode: 1, startedAt: T3.iso(-1.0), finishedAt: T3.iso(-0.84), container: 'server' }) } }],
      unavailableSince: -16,
      progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T3.iso(-18), lastTransitionTime: T3.iso(-19), reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${rs}" has successfully progressed.` }),
    },
    adservice: {
      rollout: { at: -130, oldReplicas: 0, oldContainers: { server: { image: `${REG}/adservice:v0.10.6` } } },
      containers: { server: { image: `${REG}/adservice:v0.10.6-p1` } },
      pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T3.iso(-128), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T3.iso(-129.5), finishedAt: T3.iso(-128.2) } }) } }],
    },
  },
  events: [
    { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set currencyservice-%NEW% to 1', first: -19 },
    { on: 'deploy:currencyservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set currencyservice-%OLD% to 0 from 1', first: -18 },
    { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Container image "${REG}/currencyservice:v0.10.6-rates2" already present on machine`, first: -18.5, last: -1.0, count: 7, fieldPath: 'spec.containers{server}' },
    { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', first: -18.5, last: -1.0, count: 7, fieldPath: 'spec.containers{server}' },
    { on: 'pod:currencyservice#0', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s: context deadline exceeded', type: 'Warning', first: -16, last: -0.9, count: 12, fieldPath: 'spec.containers{server}' },
    { on: 'pod:currencyservice#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', first: -16.5, last: -0.3, count: 58, fieldPath: 'spec.containers{server}' },
    { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set adservice-%NEW% to 1', first: -130 },
  ],
  logs: {
    'currencyservice#0/server/previous': curPrev,
    'frontend#0/server': feLines3,
    'frontend#1/server': feLines3.slice(2),
    'checkoutservice#0/server': [
      `{"message":"[PlaceOrder] user_id=\\"a41d7c2e\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T3.isoMs(-6)}"}`,
      `{"message":"failed to prepare order: failed to convert price of \\"OLJCESPC7Z\\" to EUR","severity":"warning","timestamp":"${T3.isoMs(-6)}"}`,
    ],
  },
};

// --- 4. redis-cart crash loop: corrupt AOF in the emptyDir after a liveness kill -------------------------------
const T4 = clock('2026-05-12T20:33:00Z');
const cartLines = [];
for (let m = -13; m < -0.5; m += 1.5) {
  cartLines.push(`      StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). UnableToConnect on redis-cart:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.6.122.38350`);
  cartLines.push(`fail: cartservice.cartstore.RedisCartStore[0]`);
}
const redis = {
  folder: 's125c-boutique-redis-cart-aof-crashloop',
  description: 'cart empty / add to cart fails for everyone since 20:19ish. cartsvc pods are Ready, restarted them already, no change',
  incidentTime: '2026-05-12T20:33:00Z',
  expected: { component: 'redis-cart', cause: 'crash-loop' },
  alsoAcceptable: [{ component: 'redis-cart', cause: 'dependency-down' }],
  difficulty: 'hard',
  traits: ['louder-dependents', 'partial-name', 'time-expression', 'decoy'],
  grounding: `Upstream redis-cart runs redis:alpine with an emptyDir at /data, tcpSocket probes (period 5s, timeout 1s).
    Deviation: this cluster runs it with --appendonly yes (AOF on). An emptyDir survives container restarts, so when the
    liveness probe killed redis during an AOF rewrite (slow disk, ~20:18) the truncated/corrupt appendonly file stayed
    and every new start ends with "Bad file format reading the append only file ... redis-check-aof --fix" and exit 1,
    the well-known Redis AOF-corruption crash loop (redis/redis issues on "Bad file format reading the append only
    file"). cartservice (.NET, StackExchange.Redis) stays Ready and logs RedisConnectionException; frontend logs
    "failed to get user cart" / "failed to add to cart". The engineer rolled cartservice (a healthy rollout: decoy),
    and a cartservice OOM kill from 2 days ago is another decoy. Deviations: the AOF flag and the slow disk.`,
  workloads: {
    'redis-cart': {
      pods: [{ containers: { redis: cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T4.iso(-2.1), finishedAt: T4.iso(-2.05), container: 'redis' }) }, readyTransition: T4.iso(-14.8) }],
      unavailableSince: -14.8,
    },
    cartservice: {
      rollout: { at: -6, oldReplicas: 0 },
      // The grounding's two-day-old OOM kill happened in a pod the rollout has since replaced: the snapshot cannot show it.
      pods: [{}, {}],
      deployAnnotations: {},
      patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T4.iso(-6.2) } },
    },
  },
  events: [
    { on: 'pod:redis-cart#0', reason: 'Unhealthy', message: 'Liveness probe failed: dial tcp %PODIP%:6379: i/o timeout', type: 'Warning', first: -15.5, last: -15.0, count: 3, fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'Killing', message: 'Container redis failed liveness probe, will be restarted', first: -15.0, fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'Pulled', message: 'Container image "redis:alpine" already present on machine', first: -14.9, last: -2.1, count: 8, fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'Started', message: 'Started container redis', first: -14.9, last: -2.1, count: 8, fieldPath: 'spec.containers{redis}' },
    { on: 'pod:redis-cart#0', reason: 'BackOff', message: 'Back-off restarting failed container redis in pod %POD%_boutique(%PODUID%)', type: 'Warning', first: -14.5, last: -0.2, count: 64, fieldPath: 'spec.containers{redis}' },
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cartservice-%NEW% to 1', first: -6 },
    { on: 'deploy:cartservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cartservice-%OLD% to 0 from 1', first: -5.2 },
  ],
  logs: {
    'redis-cart#0/redis/previous': [
      `1:C ${T4.go(-2.1).slice(8, 10)} May 2026 ${T4.go(-2.1).slice(11)}.402 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
      `1:C ${T4.go(-2.1).slice(8, 10)} May 2026 ${T4.go(-2.1).slice(11)}.402 # Redis version=7.2.5, bits=64, commit=00000000, modified=0, pid=1, just started`,
      `1:C ${T4.go(-2.1).slice(8, 10)} May 2026 ${T4.go(-2.1).slice(11)}.402 # Configuration loaded`,
      `1:M ${T4.go(-2.1).slice(8, 10)} May 2026 ${T4.go(-2.1).slice(11)}.403 * monotonic clock: POSIX clock_gettime`,
      `1:M ${T4.go(-2.1).slice(8, 10)} May 2026 ${T4.go(-2.1).slice(11)}.404 * Running mode=standalone, port=6379.`,
      `1:M ${T4.go(-2.1).slice(8, 10)} May 2026 ${T4.go(-2.1).slice(11)}.404 * Server initialized`,
      `1:M ${T4.go(-2.1).slice(8, 10)} May 2026 ${T4.go(-2.1).slice(11)}.405 * Reading RDB base file on AOF loading...`,
      `1:M ${T4.go(-2.1).slice(8, 10)} May 2026 ${T4.go(-2.1).slice(11)}.521 * Loading RDB produced by version 7.2.5`,
      `1:M ${T4.go(-2.1).slice(8, 10)} May 2026 ${T4.go(-2.1).slice(11)}.522 * DB loaded from base file appendonly.aof.3.base.rdb: 0.117 seconds`,
      `1:M ${T4.go(-2.1).slice(8, 10)} May 2026 ${T4.go(-2.1).slice(11)}.690 # Bad file format reading the append only file appendonly.aof.3.incr.aof: make a backup of your AOF file, then use ./redis-check-aof --fix <filename.manifest>`,
    ],
    'cartservice#0/server': [
      `info: cartservice.services.CartService[0]`,
      `      AddItemAsync called with userId=a41d7c2e-90f3-4b6a-8e15-c2d9f07b3a61, productId=LS4PSXUNUM, quantity=1`,
      ...cartLines,
    ],
    'frontend#0/server': [
      fe(T4, -20, 'info', 'request complete', '/cart'),
      fe(T4, -12, 'error', 'request error', '/cart', 'could not retrieve cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage. StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s).'),
      fe(T4, -7, 'error', 'request error', '/cart', 'failed to add to cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage.'),
      fe(T4, -1.5, 'error', 'request error', '/', 'could not retrieve cart: rpc error: code = FailedPrecondition desc = Can\'t access cart storage.'),
    ],
  },
};

export const scenarios = [currency, redis];
