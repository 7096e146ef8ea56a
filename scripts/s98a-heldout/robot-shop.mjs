// Blind held-out batch s98a: one Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the system definition of scripts/kit-systems/robot-shop.mjs (withDefaults, pino); built by scripts/s98a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;
const IT = '2026-05-21T11:02:00Z';
const T = clock(IT);
const N1 = 'ip-10-1-1-84.eu-west-1.compute.internal';
const N2 = 'ip-10-1-2-137.eu-west-1.compute.internal';
const ngx = (min, msg) => `${T.go(min)} [error] 29#29: ${msg}`;
const acc = (min, ip, req, code, bytes) => {
  const d = T.java(min);
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${ip} - - [${d.slice(8, 10)}/${MON[Number(d.slice(5, 7)) - 1]}/${d.slice(0, 4)}:${d.slice(11, 19)} +0000] "${req}" ${code} ${bytes} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`;
};
const catRun = (start, reqs) => [
  pino(T, start, 'info', '%POD%', 'MongoDB connected'),
  pino(T, start + 0.01, 'info', '%POD%', 'Started on port 8080'),
  ...reqs.map((m, i) => pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${1200 + i},"method":"GET","url":"/products","headers":{"host":"catalogue:8080","x-forwarded-for":"10.1.2.17"}},"res":{"statusCode":200},"responseTime":${180 + i * 37},`)),
];

export const scenarios = [
  withDefaults({
    folder: 's98a-catalogue-restarts',
    incidentTime: IT,
    description: 'robot shop product list blank / spinning on and off since around 10:40, checkout and login still fine',
    expected: { component: 'catalogue', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'catalogue', cause: 'resource-exhaustion' },
      { component: 'catalogue', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents', 'pods-ready', 'decoy'],
    grounding: `
      instana/robot-shop K8s/helm (55292e2): catalogue is a Node.js service (rs-catalogue:2.1.0) with limits cpu 200m /
      memory 100Mi and no probes; web's nginx proxies /api/catalogue/ to catalogue:8080. Fault follows the Node.js
      heap-growth pattern (the V8 heap is sized to the host, not to the cgroup, so the kernel OOM killer ends the
      process at the 100Mi limit before V8 ever reports "heap out of memory"): exit 137 OOMKilled, no stack trace, the
      previous log ends mid-traffic; the kubelet records SystemOOM on the node. Between kills the pod is Ready again
      (no probes), so the Service keeps it; web logs 502s and "connect() failed (111: Connection refused)" while the
      process is down. Decoy: cart restarted once four days ago (plain exit, node-local). No deviation from upstream
      manifests.
    `,
    workloads: {
      catalogue: {
        pods: [{
          node: N2,
          containers: {
            catalogue: cs.restartedRunning({ restarts: 7, startedAt: T.iso(-3.1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-9.4), finishedAt: T.iso(-3.2) } }),
          },
        }],
      },
      cart: {
        pods: [{ containers: { cart: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "robotshop/rs-catalogue:2.1.0" already present on machine', fieldPath: 'spec.containers{catalogue}', first: -21, last: -3.15, count: 7 },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', fieldPath: 'spec.containers{catalogue}', first: -21, last: -3.15, count: 7 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', fieldPath: 'spec.containers{catalogue}', first: -21, last: -3.1, count: 7 },
      { on: 'pod:catalogue#0', reason: 'BackOff', message: 'Back-off restarting failed container catalogue in pod %POD%_robot-shop(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{catalogue}', first: -15, last: -3.3, count: 4 },
      { on: `node:${N2}`, reason: 'SystemOOM', message: 'System OOM encountered, victim process: node, pid: 2194733', type: 'Warning', first: -21.5, last: -3.2, count: 7 },
    ],
    logs: {
      'catalogue#0/catalogue/previous': catRun(-9.4, [-9.0, -8.1, -7.2, -6.0, -4.9, -3.9, -3.3]),
      'catalogue#0/catalogue': catRun(-3.1, [-2.7, -1.9, -1.2, -0.5]),
      'web#0/web': [
        acc(-9.6, '10.1.1.12', 'GET /api/catalogue/products HTTP/1.1', 200, 1634),
        ngx(-3.2, '*88213 upstream prematurely closed connection while reading response header from upstream, client: 10.1.1.12, server: localhost, request: "GET /api/catalogue/products HTTP/1.1", upstream: "http://%SVCIP:catalogue%:8080/products", host: "shop.example.com", referrer: "http://shop.example.com/"'),
        acc(-3.2, '10.1.1.12', 'GET /api/catalogue/products HTTP/1.1', 502, 157),
        ngx(-3.15, '*88220 connect() failed (111: Connection refused) while connecting to upstream, client: 10.1.3.40, server: localhost, request: "GET /api/catalogue/categories HTTP/1.1", upstream: "http://%SVCIP:catalogue%:8080/categories", host: "shop.example.com", referrer: "http://shop.example.com/"'),
        acc(-3.15, '10.1.3.40', 'GET /api/catalogue/categories HTTP/1.1', 502, 157),
        acc(-3.0, '10.1.3.40', 'GET /api/user/uniqueid HTTP/1.1', 200, 52),
        acc(-2.6, '10.1.1.12', 'POST /api/cart/add/anonymous-4a1f/HAL-1/1 HTTP/1.1', 200, 211),
        acc(-1.1, '10.1.1.12', 'GET /api/catalogue/products HTTP/1.1', 200, 1634),
      ],
      'cart#0/cart': [
        pino(T, -60 * 24 * 4 + 0.1, 'info', '%POD%', 'Redis connected'),
        pino(T, -60 * 24 * 4 + 0.1, 'info', '%POD%', 'Started on port 8080'),
      ],
    },
  }),
];
