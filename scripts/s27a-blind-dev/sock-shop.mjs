// Blind dev scenario of batch s27a for Sock Shop (session-2 system definition): a traffic surge pins the Node.js
// front-end at its 300m CPU limit and its 1-second liveness probe kills both replicas over and over.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const A = clock('2026-07-14T10:32:00Z');
const morgan = (method, path, status, ms, len) => `${method} ${path} ${status} ${ms.toFixed(3)} ms - ${len}`;
const gokit = (T, min, kv) => `ts=${T.isoMs(min)} caller=logging.go:62 ${kv}`;

// front-end access log under load: slow answers, a few 500s when its own upstream calls time out.
const PATHS = [
  ['GET', '/', 200, '8688'],
  ['GET', '/catalogue?page=1&size=6&tags=', 200, '2784'],
  ['GET', '/catalogue/size?tags=', 200, '14'],
  ['GET', '/tags', 200, '107'],
  ['GET', '/cart', 200, '2'],
  ['GET', '/detail.html?id=03fef6ac-1896-4ce8-bd69-b798f85c6e0b', 200, '7421'],
  ['POST', '/cart', 201, '-'],
  ['GET', '/catalogue/3395a43e-2d88-40de-b95f-e00e1502085b', 200, '311'],
  ['GET', '/customers/57a98d98e4b00679b4a830b2', 200, '246'],
];
const surge = (from, to, step, baseMs, seed = 0) => {
  const out = [];
  let k = seed;
  for (let m = from; m < to; m += step) {
    const [meth, p, st, len] = PATHS[k % PATHS.length];
    const ms = baseMs * (0.6 + ((k * 37) % 11) / 10);
    out.push(`[${A.java(m)}] ` + morgan(meth, p, st, ms, len));
    k++;
  }
  return out;
};
// morgan prints no timestamp; the kubelet's log has none either. Keep lines as the container prints them.
const strip = (lines) => lines.map((l) => l.replace(/^\[[^\]]+\] /, ''));

const frontStart = [
  '',
  '> microservices-demo-front-end@0.0.1 start /usr/src/app',
  '> node server.js',
  '',
  'Using the redis based session manager',
  'App now running in production mode on port 8079',
];

export const scenarios = [
  {
    folder: 's27a-front-end-liveness-cpu-surge',
    incidentTime: '2026-07-14T10:32:00Z',
    description: 'sock shop front-end keeps restarting since the newsletter went out ~10:05, site is mostly 502/timeouts',
    expected: { component: 'front-end', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'front-end', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['cpu-starvation', 'time-expression', 'decoy'],
    grounding: `
      complete-demo.yaml (9dff06f): front-end runs weaveworksdemos/front-end:0.3.12 (Node.js/Express, one event loop) with
      limits cpu 300m / memory 1000Mi, a livenessProbe GET / on 8079 (initialDelaySeconds 300, periodSeconds 3) and a
      readinessProbe GET / (initialDelaySeconds 30, periodSeconds 3), both with the default timeoutSeconds 1 and
      failureThreshold 3. Fault: a marketing newsletter at 10:05 multiplies traffic; each replica is CFS-throttled at 300m,
      GET / takes 1-3 s, so the kubelet's liveness probe times out three times in a row ("context deadline exceeded
      (Client.Timeout exceeded while awaiting headers)") and kills a container that is only slow. The survivor takes all the
      traffic and is killed next; after each restart the 300 s initialDelay protects it for five minutes, then it is killed
      again, with growing back-off. Both replicas are often unready at once, so the NodePort answers nothing. This is the
      well-known anti-pattern of a liveness probe with a short timeout on a CPU-limited single-threaded service (Kubernetes
      docs "Configure Liveness, Readiness and Startup Probes", and many Node.js post-mortems). The backends (catalogue,
      carts, user) answer in milliseconds. Decoy: a healthy catalogue rollout two days earlier. Expected: the liveness probe
      failing on front-end (probe-failure); CPU exhaustion at the limit on front-end also accepted.`,
    workloads: {
      'front-end': {
        unavailableSince: -2,
        pods: [
          {
            node: 'ip-10-0-1-23.eu-west-1.compute.internal',
            ready: false,
            readyTransition: A.iso(-1.1),
            containers: {
              'front-end': cs.restartedRunning({
                restarts: 4,
                startedAt: A.iso(-3.6),
                ready: false,
                last: { exitCode: 137, reason: 'Error', startedAt: A.iso(-9.2), finishedAt: A.iso(-3.8) },
              }),
            },
          },
          {
            node: 'ip-10-0-3-91.eu-west-1.compute.internal',
            containers: {
              'front-end': cs.crashLoop({
                restarts: 3,
                exitCode: 137,
                startedAt: A.iso(-6.3),
                finishedAt: A.iso(-0.5),
                backoff: '40s',
                container: 'front-end',
              }),
            },
          },
        ],
      },
      catalogue: { rollout: { at: -60 * 24 * 2 - 35, revision: 6 } },
    },
    events: [
      { on: 'pod:front-end#0', fieldPath: 'spec.containers{front-end}', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', count: 17, first: -21.5, last: -3.9 },
      { on: 'pod:front-end#0', fieldPath: 'spec.containers{front-end}', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', count: 212, first: -25.8, last: -0.3 },
      { on: 'pod:front-end#0', fieldPath: 'spec.containers{front-end}', reason: 'Killing', message: 'Container front-end failed liveness probe, will be restarted', count: 4, first: -20.9, last: -3.9 },
      { on: 'pod:front-end#0', fieldPath: 'spec.containers{front-end}', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', count: 4, first: -20.4, last: -3.6 },
      { on: 'pod:front-end#0', fieldPath: 'spec.containers{front-end}', reason: 'Started', message: 'Started container front-end', count: 4, first: -20.4, last: -3.6 },
      { on: 'pod:front-end#1', fieldPath: 'spec.containers{front-end}', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', count: 12, first: -18.2, last: -0.6 },
      { on: 'pod:front-end#1', fieldPath: 'spec.containers{front-end}', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', count: 187, first: -25.1, last: -0.6 },
      { on: 'pod:front-end#1', fieldPath: 'spec.containers{front-end}', reason: 'Killing', message: 'Container front-end failed liveness probe, will be restarted', count: 3, first: -17.6, last: -0.5 },
      { on: 'pod:front-end#1', fieldPath: 'spec.containers{front-end}', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container front-end in pod %POD%(%PODUID%)', count: 6, first: -6.9, last: -0.2 },
      { on: 'deploy:catalogue', source: 'deployment-controller', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -60 * 24 * 2 - 35 },
    ],
    logs: {
      'front-end#0/front-end': [...frontStart, ...strip(surge(-3.4, -0.2, 0.12, 1450, 3))],
      'front-end#0/front-end/previous': [...frontStart, ...strip(surge(-9.0, -4.0, 0.1, 1900, 5)), 'GET /orders 500 5012.448 ms - 2'],
      'front-end#1/front-end/previous': [...frontStart, ...strip(surge(-6.1, -0.6, 0.1, 2100, 1))],
      'catalogue#0/catalogue': [
        gokit(A, -12.4, 'method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=1.912ms'),
        gokit(A, -12.3, 'method=Count tags= result=9 err=null took=704.112µs'),
        gokit(A, -8.1, 'method=Get id=03fef6ac-1896-4ce8-bd69-b798f85c6e0b sock=03fef6ac-1896-4ce8-bd69-b798f85c6e0b err=null took=1.204ms'),
        gokit(A, -5.6, 'method=Tags result=12 err=null took=812.33µs'),
        gokit(A, -2.2, 'method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=2.041ms'),
        gokit(A, -0.9, 'method=Health result=2 took=3.7µs'),
      ],
    },
  },
];
