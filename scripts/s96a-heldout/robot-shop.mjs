// Blind held-out batch s96a: one Stan's Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// built by scripts/s96a-build.mjs; the system is scripts/kit-systems/robot-shop.mjs as it is.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const incidentTime = '2026-05-08T14:21:00Z';
const T = clock(incidentTime);
const NODE = 'ip-10-1-2-137.eu-west-1.compute.internal';
const req = (min, status, ms, url) => pino(T, min, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round(min * 100) + 9000},"method":"GET","url":"${url}","headers":{"host":"cart:8080","x-forwarded-for":"10.1.1.12"}},"res":{"statusCode":${status}},"responseTime":${ms},`);
const ng = (min, path, code, bytes) => { const d = new Date(Date.parse(T.isoMs(min))); const mon = d.toUTCString().split(' ')[2]; const p = (n) => String(n).padStart(2, '0'); return `10.1.1.12 - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "GET ${path} HTTP/1.1" ${code} ${bytes} "https://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`; };
const ngErr = (min, n, path) => `${T.go(min)} [error] 29#29: *${n} connect() failed (111: Connection refused) while connecting to upstream, client: 10.1.1.12, server: localhost, request: "GET ${path} HTTP/1.1", upstream: "http://%SVCIP:cart%:8080${path.replace('/api/cart', '')}", host: "shop.example.com", referrer: "https://shop.example.com/"`;

export const scenarios = [
  withDefaults({
    folder: 's96a-cart-oom-under-promo-traffic',
    incidentTime,
    description: 'basket errors on the shop since ~14:05, ppl cant add to cart (promo started 14:00)',
    expected: { component: 'cart', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'cart', cause: 'crash-loop' }, { component: 'cart', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): cart is one replica of rs-cart:2.1.0, a Node.js process with
      resources limits 200m / 100Mi and no --max-old-space-size, so V8 sizes its heap from the host and not from the cgroup.
      Fault: a promotion multiplies concurrent cart requests; resident memory climbs past the 100Mi limit and the kernel's
      memcg OOM killer ends the container (exit 137, reason OOMKilled) again and again; the kubelet backs off (CrashLoopBackOff).
      The shape follows public reports of Node.js containers OOM-killed under a memory limit the V8 heap does not know about
      (nodejs/node issues on cgroup-unaware heap sizing). Web (nginx) is the loud caller: 502s and connection refused on
      /api/cart while cart has no ready endpoint. Decoy: catalogue restarted once three days ago (MongoDB not ready at a node
      reboot) and has run since. Deviations from upstream: the promotion traffic and memory growth are the scenario's.`,
    workloads: {
      cart: {
        pods: [{ node: NODE, containers: { cart: cs.crashLoop({ restarts: 7, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-3.4), finishedAt: T.iso(-1.9), backoff: '2m40s', container: 'cart' }) } }],
        unavailableSince: -14,
      },
      catalogue: {
        pods: [{ containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 1), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 3), finishedAt: T.iso(-60 * 24 * 3 + 0.5) } }) } }],
      },
    },
    events: [
      { on: 'pod:cart#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container cart in pod %POD%_robot-shop(%PODUID%)', first: -15, last: -1.5, count: 31, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Pulled', message: 'Container image "robotshop/rs-cart:2.1.0" already present on machine', first: -16, last: -3.4, count: 7, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Created', message: 'Created container cart', first: -16, last: -3.4, count: 7, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Started', message: 'Started container cart', first: -16, last: -3.4, count: 7, fieldPath: 'spec.containers{cart}' },
      { on: `node:${NODE}`, reason: 'SystemOOM', type: 'Warning', message: 'System OOM encountered, victim process: node, pid: 48213', first: -16.5, last: -1.9, count: 7 },
    ],
    logs: {
      'cart#0/cart/previous': [
        pino(T, -3.4, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -3.39, 'info', '%POD%', 'Redis READY', ''),
        req(-3.3, 200, 41, '/cart/4b3f0c2a91'),
        req(-3.1, 200, 187, '/add/4b3f0c2a91/Watson/1'),
        req(-2.8, 200, 356, '/add/a17d2e90c4/EMM/1'),
        req(-2.5, 200, 911, '/cart/a17d2e90c4'),
        req(-2.2, 200, 1740, '/add/e93b55f10d/HPTD/2'),
        req(-2.0, 200, 2915, '/cart/e93b55f10d'),
      ],
      'web#0/web': [
        ng(-20, '/api/catalogue/products', 200, 3712),
        ng(-19, '/api/cart/cart/4b3f0c2a91', 200, 412),
        ng(-16.6, '/api/cart/add/77c0e1ab3d/Watson/1', 502, 157),
        ngErr(-15.8, 88213, '/api/cart/add/77c0e1ab3d/Watson/1'),
        ng(-15.8, '/api/cart/add/77c0e1ab3d/Watson/1', 502, 157),
        ng(-12, '/api/catalogue/categories', 200, 88),
        ngErr(-9.3, 89102, '/api/cart/cart/9f21a0b6ce'),
        ng(-9.3, '/api/cart/cart/9f21a0b6ce', 502, 157),
        ng(-2.1, '/api/cart/add/e93b55f10d/HPTD/2', 504, 167),
        ngErr(-1.6, 90544, '/api/cart/add/c08e4d7a12/EMM/1'),
        ng(-1.6, '/api/cart/add/c08e4d7a12/EMM/1', 502, 157),
        ng(-1.2, '/api/catalogue/products', 200, 3712),
      ],
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 3 + 1.1, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -60 * 24 * 3 + 1.1, 'info', '%POD%', 'Started on port 8080'),
      ],
      'catalogue#0/catalogue/previous': [
        pino(T, -60 * 24 * 3 + 0.1, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 3 + 0.4, 'error', '%POD%', 'ERROR MongoNetworkError: failed to connect to server [mongodb:27017] on first connect [Error: connect ECONNREFUSED %SVCIP:mongodb%:27017]'),
      ],
    },
  }),
];
