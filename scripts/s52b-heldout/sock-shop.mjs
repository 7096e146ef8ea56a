// Batch s52b held-out scenario for Sock Shop (split: test), written blind; built by scripts/s52b-build.mjs with the
// session-2 Sock Shop system definition (scripts/s2-scenarios/sock-shop.mjs, `system` only).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const TI = '2026-05-14T08:52:00Z';
const T = clock(TI);
// front-end (Express, morgan "dev" format without colours) and the Go kit services (go-kit logfmt).
const morgan = (method, path, status, ms, len) => `${method} ${path} ${status} ${ms.toFixed(3)} ms - ${len}`;
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const PATHS = [
  ['GET', '/', 200, 3.1, 8688], ['GET', '/catalogue?size=5', 200, 11.4, 1453], ['GET', '/category.html', 200, 2.2, 7120],
  ['GET', '/catalogue?page=1&size=6&tags=', 200, 14.8, 1721], ['GET', '/cart', 200, 21.6, 2], ['GET', '/detail.html?id=3395a43e-2d88-40de-b95f-e00e1502085b', 200, 2.9, 9244],
  ['GET', '/catalogue/3395a43e-2d88-40de-b95f-e00e1502085b', 200, 8.7, 293], ['POST', '/cart', 201, 38.2, '-'], ['GET', '/customers/57a98d98e4b00679b4a830af', 200, 17.3, 248],
  ['GET', '/card', 200, 12.9, 143], ['GET', '/address', 200, 13.4, 205], ['POST', '/orders', 201, 212.5, 226], ['GET', '/orders', 200, 44.7, 1832],
];
const startup = ['', '> microservices-demo-front-end@0.0.1 start /usr/src/app', '> node server.js', '', 'Using redis for session store', 'App now running in production mode on port 8079'];
const traffic = (n, seed) => Array.from({ length: n }, (_, i) => { const [m, p, s, ms, l] = PATHS[(i * 7 + seed) % PATHS.length]; return morgan(m, p, s, ms * (1 + ((i * seed) % 5) / 10), l); });

const restarted = (restarts, start, lastStart, lastEnd) =>
  cs.restartedRunning({ restarts, startedAt: T.iso(start), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(lastStart), finishedAt: T.iso(lastEnd) } });

export const scenarios = [
  {
    folder: 's52b-front-end-node-oomkilled',
    description: 'sock shop site keeps dropping - intermittent 502s from the ALB, carts randomly empty?',
    incidentTime: TI,
    expected: { component: 'front-end', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'front-end', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['decoy'],
    grounding: `
      Sock Shop complete-demo.yaml: front-end is weaveworksdemos/front-end:0.3.12 (Express on Node, npm start ->
      node server.js, port 8079 behind a NodePort Service on :80), 2 replicas, requests 100m/300Mi, limits 300m/1000Mi,
      SESSION_REDIS=true. Node's default V8 old-space limit on these images is above the 1000Mi cgroup limit, so heap
      growth under sustained traffic (the front-end keeps per-request objects in closures of its request-promise
      chains; memory growth of the Node front-end under load is a recurring observation in Sock Shop load tests) ends
      in a cgroup OOM kill rather than a V8 "heap out of memory" abort: the containers die with reason OOMKilled, exit
      137, with nothing in the log but the last morgan access lines, every 10-15 minutes and on both replicas at
      different times, so the ALB sees 502s from whichever pod is restarting. No other service logs an error (the
      front-end is the only caller that fails). The "carts empty" remark is the user's guess. Decoy: queue-master
      restarted once three days ago (exit 143 during a node patch) and is healthy since.
    `,
    workloads: {
      'front-end': {
        pods: [
          { containers: { 'front-end': restarted(6, -4.2, -17.5, -4.3) } },
          { containers: { 'front-end': restarted(5, -11.1, -24.9, -11.2) } },
        ],
        endpointsChanged: -3.6,
      },
      'queue-master': {
        pods: [{ containers: { 'queue-master': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.5) } }) } }],
      },
    },
    events: [
      { on: 'pod:front-end#0', reason: 'Pulled', fieldPath: 'spec.containers{front-end}', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -85, last: -4.3, count: 6 },
      { on: 'pod:front-end#0', reason: 'Created', fieldPath: 'spec.containers{front-end}', message: 'Created container front-end', first: -85, last: -4.3, count: 6 },
      { on: 'pod:front-end#0', reason: 'Started', fieldPath: 'spec.containers{front-end}', message: 'Started container front-end', first: -85, last: -4.2, count: 6 },
      { on: 'pod:front-end#1', reason: 'Pulled', fieldPath: 'spec.containers{front-end}', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -78, last: -11.2, count: 5 },
      { on: 'pod:front-end#1', reason: 'Started', fieldPath: 'spec.containers{front-end}', message: 'Started container front-end', first: -78, last: -11.1, count: 5 },
    ],
    logs: {
      'front-end#0/front-end': [...startup, ...traffic(34, 3)],
      'front-end#0/front-end/previous': [...startup, ...traffic(120, 5)],
      'front-end#1/front-end': [...startup, ...traffic(80, 2)],
      'front-end#1/front-end/previous': [...startup, ...traffic(110, 4)],
      'catalogue#0/catalogue': [
        kit(-3.1, 'method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=2.081204ms'),
        kit(-2.4, 'method=Get id=3395a43e-2d88-40de-b95f-e00e1502085b sock=3395a43e-2d88-40de-b95f-e00e1502085b err=null took=1.120372ms'),
        kit(-1.2, 'method=List tags= order=id pageNum=1 pageSize=5 result=5 err=null took=1.893411ms'),
      ],
      'payment#0/payment': [
        kit(-9.8, 'method=Authorise result=true took=3.31µs'),
        kit(-2.2, 'method=Authorise result=true took=2.904µs'),
      ],
      'user#0/user': [
        kit(-6.5, 'method=GetUsers result=1 err=null took=1.92114ms'),
        kit(-6.4, 'method=GetAddresses result=1 err=null took=1.40238ms'),
        kit(-6.4, 'method=GetCards result=1 err=null took=1.22106ms'),
      ],
    },
  },
];
