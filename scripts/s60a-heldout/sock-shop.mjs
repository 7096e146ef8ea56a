// Blind held-out batch s60a (split test): one Sock Shop scenario as a spec of the scenario kit, on the session-2 system
// definition (scripts/s2-scenarios/sock-shop.mjs); built by scripts/s60a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-06-02T19:18:00Z');
const N = ['ip-10-0-1-23.eu-west-1.compute.internal', 'ip-10-0-2-148.eu-west-1.compute.internal', 'ip-10-0-3-91.eu-west-1.compute.internal'];

// morgan "dev" format as the front-end's Express app prints it (colour escapes kept by kubectl logs).
const dev = (method, url, status, ms, len) => {
  const c = status >= 500 ? 31 : status >= 400 ? 33 : status >= 300 ? 36 : 32;
  return `\x1b[0m${method} ${url} \x1b[${c}m${status}\x1b[0m ${ms.toFixed(3)} ms - ${len}\x1b[0m`;
};
const feBoot = ['', '> microservices-demo-front-end@0.0.1 start /usr/src/app', '> node server.js', '', 'Using the redis based session manager', 'App now running in production mode on port 8079'];
const URLS = [
  ['GET', '/', 8688], ['GET', '/catalogue?size=5', 1462], ['GET', '/catalogue/size?tags=', 12], ['GET', '/cart', 2], ['GET', '/tags', 104],
  ['GET', '/catalogue?page=1&size=6&tags=', 1753], ['GET', '/detail.html?id=03fef6ac-1896-4ce8-bd69-b798f85c6e0b', 9013], ['POST', '/cart', 0],
  ['GET', '/card', 2], ['GET', '/address', 2], ['GET', '/customer-orders.html', 8213],
];
// A front-end container's traffic from `from` to `to`: latency climbs with the promo load (CPU limit 300m); kubelet's probe
// GETs of / are in it too.
const feRun = (from, to, slow, seed) => {
  const out = [...feBoot];
  let i = seed;
  for (let m = from + 0.5; m < to; m += 0.07, i++) {
    const [method, url, len] = URLS[i % URLS.length];
    const base = slow ? 900 + ((i * 137) % 2600) : 6 + ((i * 31) % 40);
    out.push(dev(method, url, 200, base + (i % 7) * 0.731, len));
  }
  return out;
};
const gokit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

export const scenarios = [
  {
    folder: 's60a-promo-evening-errors',
    incidentTime: '2026-06-02T19:18:00Z',
    description: 'customers getting errors and timeouts on the sock shop since the promo mail went out (~19:00). reloading sometimes works. backend looks fine?',
    expected: { component: 'front-end', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'front-end', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['time-expression', 'cpu-starvation', 'decoy'],
    grounding: `
      complete-demo.yaml gives the front-end a 300m CPU limit and a liveness probe httpGet / on 8079 with the default
      timeoutSeconds 1, periodSeconds 3, failureThreshold 3 (readiness the same with initialDelaySeconds 30). Under the promo
      traffic the single-threaded Node process is CPU-throttled, GET / takes longer than the 1 s probe timeout, and the kubelet
      kills healthy-but-slow containers ("failed liveness probe, will be restarted"), which drops in-flight requests and moves
      the load onto the other replica - the cascading liveness-probe failure described in public write-ups on probe design
      (e.g. Henning Jacobs, "Kubernetes Liveness Probes are Dangerous"; the Kubernetes docs' caution about liveness timeouts).
      npm forwards SIGTERM and exits 143. The backends (catalogue, carts, orders, user) answer in milliseconds in their logs.
      Decoy: carts has one OOMKilled restart three days old.
      Deviations from upstream: none; the load is the trigger, the probe settings of the manifest the fault.
    `,
    workloads: {
      'front-end': {
        pods: [
          {
            node: N[0],
            containers: {
              'front-end': cs.restartedRunning({
                restarts: 3, startedAt: T.iso(-4.35), ready: false,
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-9.7), finishedAt: T.iso(-4.45) },
              }),
            },
            readyTransition: T.iso(-1.1),
          },
          {
            node: N[1],
            containers: {
              'front-end': cs.restartedRunning({
                restarts: 2, startedAt: T.iso(-7.5),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-12.9), finishedAt: T.iso(-7.6) },
              }),
            },
            readyTransition: T.iso(-6.9),
          },
        ],
      },
      carts: {
        pods: [
          {
            containers: {
              carts: cs.restartedRunning({
                restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 41),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 41.4) },
              }),
            },
          },
        ],
      },
    },
    endpointsChanged: -1.1,
    events: [
      { on: 'pod:front-end#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -15.25, last: -4.5, count: 11, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -17.8, last: -0.1, count: 44, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Killing', message: 'Container front-end failed liveness probe, will be restarted', first: -15.1, last: -4.45, count: 3, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -15.0, last: -4.36, count: 3, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Created', message: 'Created container: front-end', first: -15.0, last: -4.36, count: 3, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Started', message: 'Started container front-end', first: -15.0, last: -4.35, count: 3, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -16.9, last: -0.6, count: 9, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -17.0, last: -0.5, count: 29, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Killing', message: 'Container front-end failed liveness probe, will be restarted', first: -13.0, last: -7.6, count: 2, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -12.9, last: -7.51, count: 2, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Created', message: 'Created container: front-end', first: -12.9, last: -7.51, count: 2, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Started', message: 'Started container front-end', first: -12.9, last: -7.5, count: 2, fieldPath: 'spec.containers{front-end}' },
    ],
    logs: {
      'front-end#0/front-end': feRun(-4.35, -0.05, true, 3),
      'front-end#0/front-end/previous': feRun(-9.7, -4.45, true, 11),
      'front-end#1/front-end': feRun(-7.5, -0.05, true, 5),
      'front-end#1/front-end/previous': feRun(-12.9, -7.6, true, 17),
      'catalogue#0/catalogue': Array.from({ length: 40 }, (_, i) => gokit(-16 + i * 0.4, i % 3 === 0
        ? `method=Count tags= result=9 err=null took=${(0.8 + (i % 5) * 0.21).toFixed(6)}ms`
        : `method=List tags= order=id pageNum=1 pageSize=${i % 2 ? 6 : 5} result=${i % 2 ? 6 : 5} err=null took=${(1.9 + (i % 7) * 0.33).toFixed(6)}ms`)),
      'user#0/user': Array.from({ length: 20 }, (_, i) => gokit(-15 + i * 0.7, i % 2
        ? `method=GetAddresses id=57a98d98e4b00679b4a830b2 result=1 err=null took=${(1.2 + (i % 4) * 0.4).toFixed(6)}ms`
        : `method=GetCards id=57a98d98e4b00679b4a830b2 result=1 err=null took=${(1.1 + (i % 3) * 0.5).toFixed(6)}ms`)),
      'carts#0/carts': [
        spring(-60 * 24 * 3 - 40, 'INFO', 'carts', 'main', 'o.s.b.c.e.t.TomcatEmbeddedServletContainer', 'Tomcat started on port(s): 80 (http)'),
        spring(-60 * 24 * 3 - 40, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 41.892 seconds (JVM running for 44.017)'),
        spring(-11.2, 'INFO', 'carts', 'p-nio-80-exec-4', 'w.w.s.cart.controller.ItemsController', 'Merging carts for customer id: 57a98d98e4b00679b4a830b2 and session id: Ld4W3vMzaJEpdx2jXwrqxUu9y1SGv2ZC'),
        spring(-6.4, 'INFO', 'carts', 'p-nio-80-exec-9', 'w.w.s.cart.controller.ItemsController', 'Merging carts for customer id: 57a98d98e4b00679b4a830b2 and session id: zD0qyfBP3k7mPsXn-5UwGf1aT2bRcE8d'),
      ],
    },
  },
];
