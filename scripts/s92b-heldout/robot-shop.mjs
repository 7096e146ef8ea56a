// Blind held-out batch s92b: one Stan's Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system scripts/kit-systems/robot-shop.mjs (withDefaults, pino, defaultPvcs); grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-06-03T14:31:00Z');
const oom = (start, end) => ({ exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(start), finishedAt: T.iso(end) });
const ng = (min, code, path, bytes, ref = 'http://shop.robot-shop.example/') => `10.1.1.${17} - - [${new Date(Date.parse(T.iso(min))).toUTCString().replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1/$2/$3:$4 +0000')}] "GET ${path} HTTP/1.1" ${code} ${bytes} "${ref}" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36" "-"`;
const ngErr = (min, n, path) => `${T.go(min)} [error] 29#29: *${n} connect() failed (111: Connection refused) while connecting to upstream, client: 10.1.1.17, server: localhost, request: "GET ${path} HTTP/1.1", upstream: "http://%SVCIP:catalogue%:8080${path.replace('/api/catalogue', '')}", host: "shop.robot-shop.example", referrer: "http://shop.robot-shop.example/"`;

export const scenarios = [
  withDefaults({
    folder: 's92b-robot-catalog-limit',
    incidentTime: '2026-06-03T14:31:00Z',
    description: 'robot shop product pages blank / 502 on the catalog api since around 14:05. cart + login still fine',
    expected: { component: 'catalogue', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'crash-loop' }, { component: 'catalogue', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'partial-name', 'time-expression', 'decoy'],
    workloads: {
      catalogue: {
        unavailableSince: -24,
        pods: [{ containers: { catalogue: cs.crashLoop({ restarts: 8, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-3.2), finishedAt: T.iso(-2.6), container: 'catalogue' }) }, readyTransition: T.iso(-2.6) }],
      },
      shipping: { pods: [{ containers: { shipping: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 12), last: oom(-60 * 24 * 9, -60 * 24 * 3 - 12.4) }) } }] },
    },
    events: [
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "robotshop/rs-catalogue:2.1.0" already present on machine', first: -26, last: -3.2, count: 9, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', first: -26, last: -3.2, count: 9, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -26, last: -3.2, count: 9, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container catalogue in pod %POD%(%PODUID%)', first: -20, last: -0.4, count: 71, fieldPath: 'spec.containers{catalogue}' },
    ],
    logs: {
      'catalogue#0/catalogue/previous': [
        pino(T, -3.2, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -3.1, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -3.0, 'info', '%POD%', 'request completed', '"req":{"id":1,"method":"GET","url":"/products","headers":{"host":"catalogue:8080","x-forwarded-for":"10.1.1.17"}},"res":{"statusCode":200},"responseTime":8412,'),
      ],
      'web#0/web': [
        ng(-40, 200, '/api/catalogue/categories', 112),
        ng(-39.8, 200, '/api/catalogue/products/Robot', 54213),
        ng(-27, 200, '/api/cart/cart/anonymous-1713', 2),
        ngErr(-24.5, 48122, '/api/catalogue/products/Robot'),
        ng(-24.5, 502, '/api/catalogue/products/Robot', 157),
        ng(-12, 200, '/api/user/uniqueid', 34),
        ngErr(-6.1, 48570, '/api/catalogue/categories'),
        ng(-6.1, 502, '/api/catalogue/categories', 157),
        ngErr(-1.2, 48733, '/api/catalogue/products/Robot'),
        ng(-1.2, 502, '/api/catalogue/products/Robot', 157),
      ],
      'cart#0/cart': [
        pino(T, -30, 'info', '%POD%', 'request completed', '"req":{"id":5512,"method":"GET","url":"/cart/anonymous-1713"},"res":{"statusCode":200},"responseTime":3,'),
        pino(T, -5, 'error', '%POD%', 'ERROR', '"err":{"type":"Error","message":"connect ECONNREFUSED %SVCIP:catalogue%:8080","stack":"Error: connect ECONNREFUSED %SVCIP:catalogue%:8080\\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1141:16)","errno":"ECONNREFUSED","code":"ECONNREFUSED","syscall":"connect","address":"%SVCIP:catalogue%","port":8080},'),
      ],
    },
    grounding: `
      Upstream K8s/helm at 55292e2: catalogue (Node.js, pino) has limits 200m CPU / 100Mi memory and answers GET /products by
      loading the whole catalogue collection from mongodb; web (nginx) proxies /api/catalogue/ to catalogue:8080 and cart calls
      catalogue for product details. Deviation: the shop's catalogue collection was grown by a bulk product import, so one
      /products request now needs more than the 100Mi limit; the kernel OOM-kills the container (exit 137, OOMKilled) after
      each start and the kubelet backs off (CrashLoopBackOff), as Kubernetes documents for a container over its memory limit.
      web logs 502s and cart logs ECONNREFUSED while the Service has no ready endpoint. Decoy: shipping OOM-killed three days ago.
    `,
  }),
];
