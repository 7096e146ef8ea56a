// Blind held-out batch s104a: one Robot Shop scenario (split test) for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/robot-shop.mjs (instana/robot-shop K8s/helm at 55292e2), its withDefaults, PVCs and pino helper.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const I = '2026-04-21T09:37:00Z';
const T = clock(I);
const oom = (restarts, started, finished) => cs.restartedRunning({ restarts, startedAt: T.iso(started), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(finished) } });
const cat = (start, host) => [
  pino(T, start, 30, host, 'MongoDB connected'),
  pino(T, start + 0.01, 30, host, 'Started on port 8080'),
  ...[0.5, 1.2, 1.9, 2.6].filter((d) => start + d < -0.2).map((d) => pino(T, start + d, 30, host, 'request completed', `"req":{"id":${Math.round(d * 100)},"method":"GET","url":"/products","headers":{"host":"catalogue:8080"}},"res":{"statusCode":200},"responseTime":${Math.round(180 + d * 700)},`)),
];
const web = [];
for (let m = -45; m < -0.3; m += 3) {
  const t = T.isoMs(m).replace(/^(\d+)-(\d+)-(\d+)T(\d+:\d+:\d+).*$/, (_, y, mo, d, hms) => `${d}/${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(mo) - 1]}/${y}:${hms} +0000`);
  if (m > -40 && Math.round(m) % 2 === 0) web.push(`${T.go(m)} [error] 31#31: *${4100 + Math.round(-m * 7)} upstream prematurely closed connection while reading response header from upstream, client: 10.1.2.17, server: localhost, request: "GET /api/catalogue/products HTTP/1.1", upstream: "http://%SVCIP:catalogue%:8080/products", host: "robotshop.example.com", referrer: "https://robotshop.example.com/"`, `10.1.2.17 - - [${t}] "GET /api/catalogue/products HTTP/1.1" 502 157 "https://robotshop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`);
  else web.push(`10.1.2.17 - - [${t}] "GET /api/catalogue/products HTTP/1.1" 200 4381 "https://robotshop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`);
  web.push(`10.1.2.17 - - [${t}] "GET /api/ratings/api/fetch/Watson HTTP/1.1" 200 35 "https://robotshop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"`);
}

export const scenarios = [
  withDefaults({
    folder: 's104a-shop-502-products',
    incidentTime: I,
    description: 'robot shop product list randomly 502s since this morning (~8:50), refresh and it works. web team says nginx is fine',
    expected: { component: 'catalogue', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'catalogue', cause: 'resource-exhaustion' },
      { component: 'catalogue', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Upstream catalogue (Node.js, pino logs) has limits cpu 200m / memory 100Mi (K8s/helm values) and no probes; web is nginx proxying
      /api/catalogue/ to catalogue:8080. Fault: the product list endpoint buffers the whole collection plus images metadata per
      request and, under the morning traffic, the container passes its 100Mi limit and the kernel OOM killer ends it (OOMKilled, exit
      137) every few minutes; the pod restarts in place (no probes, so it is Ready again at once) and nginx logs "upstream prematurely
      closed connection" with 502s for the requests in flight. Decoy: an old restart of mysql nine days ago (Completed after a node
      patch, long healthy). Deviations from upstream: catalogue replicas 1 as upstream; the growth of the catalogue collection is the
      operator's.`,
    workloads: {
      catalogue: { pods: [{ containers: { catalogue: oom(11, -2.4, -2.45) } }] },
      mysql: { pods: [{ containers: { mysql: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 9 + 2), last: { exitCode: 0, reason: 'Completed', startedAt: T.iso(-60 * 24 * 20), finishedAt: T.iso(-60 * 24 * 9 + 1) } }) } }] },
    },
    events: [
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "robotshop/rs-catalogue:2.1.0" already present on machine', first: -47, last: -2.4, count: 11 },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', first: -47, last: -2.4, count: 11 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -47, last: -2.4, count: 11 },
      { on: 'pod:catalogue#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container catalogue in pod %POD%_robot-shop(%PODUID%)', first: -30, last: -12, count: 4 },
    ],
    logs: {
      'catalogue#0/catalogue': cat(-2.4, '%POD%'),
      'catalogue#0/catalogue/previous': cat(-6.5, '%POD%').concat([pino(T, -3.1, 30, '%POD%', 'request completed', '"req":{"id":412,"method":"GET","url":"/products","headers":{"host":"catalogue:8080"}},"res":{"statusCode":200},"responseTime":2214,')]),
      'web#0/web': web,
    },
  }),
];
