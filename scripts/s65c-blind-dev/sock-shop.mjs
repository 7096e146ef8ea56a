// Blind dev batch s65c: one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// front-end killed over and over by its 1-second liveness probe while CPU-throttled under a traffic spike; built by scripts/s65c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INCIDENT = '2026-06-02T10:48:00Z';
const T = clock(INCIDENT);
const FE_IMG = 'weaveworksdemos/front-end:0.3.12';

// morgan("dev") as front-end's server.js uses it: ANSI-coloured status, response time, content length.
const col = (s) => (s >= 500 ? 31 : s >= 400 ? 33 : s >= 300 ? 36 : 32);
const morgan = (method, url, status, ms, len) => `\x1b[0m${method} ${url} \x1b[${col(status)}m${status}\x1b[0m ${ms.toFixed(3)} ms - ${len}\x1b[0m`;
const boot = ['', '> microservices-demo-front-end@0.0.1 start /usr/src/app', '> node server.js', '', 'App now running in production mode on port 8079'];
const traffic = (seed, slow) => {
  const out = [];
  const urls = [
    ['GET', '/catalogue?size=5', 200, 1461], ['GET', '/', 200, 8688], ['GET', '/catalogue?page=1&size=6&tags=', 200, 1742],
    ['GET', '/cart', 200, 2], ['GET', '/tags', 200, 113], ['GET', '/category.html', 200, 11370], ['GET', '/catalogue/size?tags=', 200, 10],
    ['POST', '/cart', 201, 0], ['GET', '/customers/57a98d98e4b00679b4a830af', 200, 265], ['GET', '/card', 200, 2], ['GET', '/address', 200, 2],
    ['GET', '/detail.html?id=3395a43e-2d88-40de-b95f-e00e1502085b', 200, 9412], ['GET', '/catalogue/3395a43e-2d88-40de-b95f-e00e1502085b', 200, 402],
  ];
  for (let i = 0; i < 40; i++) {
    const [m, u, s, l] = urls[(i * 7 + seed) % urls.length];
    const base = slow ? 420 + ((i * 137 + seed * 31) % 2600) : 4 + ((i * 13 + seed) % 40);
    out.push(morgan(m, u, s, base + ((i * 7) % 10) / 10, l));
  }
  return out;
};
const kit = (min, kv) => `ts=${T.isoMs(min)} caller=logging.go:52 ${kv}`;
const spring = (min, level, app, thread, logger, msg) => `${T.java(min)} ${level.padStart(5)} [${app},,,] 7 --- [${thread.padStart(15)}] ${logger.padEnd(40)} : ${msg}`;

const probeMsg = (kind) => `${kind} probe failed: Get "http://%PODIP%:8079/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`;
const feEvents = (pod, { liveness, readiness, kills, backoff }) => [
  { on: `pod:${pod}`, reason: 'Unhealthy', type: 'Warning', message: probeMsg('Readiness'), count: readiness, first: -33, last: pod.endsWith('#0') ? -1.3 : -4.35, fieldPath: 'spec.containers{front-end}' },
  { on: `pod:${pod}`, reason: 'Unhealthy', type: 'Warning', message: probeMsg('Liveness'), count: liveness, first: -31.5, last: pod.endsWith('#0') ? -1.25 : -4.3, fieldPath: 'spec.containers{front-end}' },
  { on: `pod:${pod}`, reason: 'Killing', message: 'Container front-end failed liveness probe, will be restarted', count: kills, first: -31.4, last: pod.endsWith('#0') ? -1.2 : -4.25, fieldPath: 'spec.containers{front-end}' },
  { on: `pod:${pod}`, reason: 'Pulled', message: `Container image "${FE_IMG}" already present on machine`, count: kills - (backoff ? 1 : 0), first: -30.9, last: pod.endsWith('#0') ? -6.9 : -4.0, fieldPath: 'spec.containers{front-end}' },
  { on: `pod:${pod}`, reason: 'Created', message: 'Created container front-end', count: kills - (backoff ? 1 : 0), first: -30.9, last: pod.endsWith('#0') ? -6.9 : -4.0, fieldPath: 'spec.containers{front-end}' },
  { on: `pod:${pod}`, reason: 'Started', message: 'Started container front-end', count: kills - (backoff ? 1 : 0), first: -30.9, last: pod.endsWith('#0') ? -6.9 : -4.0, fieldPath: 'spec.containers{front-end}' },
  ...(backoff ? [{ on: `pod:${pod}`, reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container front-end in pod %POD%_sock-shop(%PODUID%)', count: backoff, first: -24.8, last: -0.4, fieldPath: 'spec.containers{front-end}' }] : []),
];

export const scenarios = [
  {
    folder: 's65c-front-end-liveness-throttled',
    incidentTime: INCIDENT,
    description: 'sock shop keeps dropping out for 20-30s every few minutes since ~10:15, ALB throwing 502s. web team can u look, newsletter went out at 10',
    expected: { component: 'front-end', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'front-end', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['cpu-starvation', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      complete-demo.yaml gives front-end (weaveworksdemos/front-end:0.3.12, Node.js, 2 replicas) limits cpu 300m and an HTTP
      liveness probe on / (initialDelaySeconds 300, timeoutSeconds 1, periodSeconds 3, failureThreshold 3) and a readiness probe on /
      (initialDelaySeconds 30, same timeout). Under the newsletter traffic the single-threaded Node process is throttled at its 300m
      CFS quota, / takes longer than 1s, and three missed liveness probes (9s) make the kubelet kill a pod that was only slow — the
      well-known liveness-probe-under-load failure (H. Jacobs, "Kubernetes Liveness and Readiness Probes: How to Avoid Shooting
      Yourself in the Foot", srcco.de; the Kubernetes probe docs' warning that a liveness probe should not fail on load). Every restart throws the remaining replica more load; restarts that ran less than
      10 minutes grow the kubelet back-off, so both pods spend time in CrashLoopBackOff and the Service has no ready address for
      stretches (the 502s). Snapshot: front-end pod 0 waiting in CrashLoopBackOff after its 6th kill (exit 143 from the SIGTERM),
      pod 1 restarted 5 times and Ready until its next 300s liveness delay ends; Unhealthy events with the Go HTTP prober's
      "context deadline exceeded (Client.Timeout exceeded while awaiting headers)" text, Killing "failed liveness probe, will be
      restarted", BackOff; morgan dev access lines with 0.4-3s response times. Callers are healthy: catalogue's go-kit lines
      answer in milliseconds.
      Decoys: carts was restarted with \`kubectl rollout restart\` at 10:00 (new ReplicaSet, identical template, Ready, Spring Boot
      started normally) and orders carries an OOMKilled last state from five days ago.
      Deviations: the ALB in front of the NodePort is not in the snapshot; exit code 143 assumes npm passes SIGTERM to node.
    `,
    workloads: {
      'front-end': {
        unavailableSince: -25,
        endpointsChanged: -1.2,
        pods: [
          {
            readyTransition: T.iso(-1.3),
            containers: {
              'front-end': cs.crashLoop({ restarts: 6, exitCode: 143, reason: 'Error', startedAt: T.iso(-6.9), finishedAt: T.iso(-1.2), backoff: '2m40s', container: 'front-end' }),
            },
          },
          {
            readyTransition: T.iso(-3.4),
            containers: {
              'front-end': cs.restartedRunning({ restarts: 5, startedAt: T.iso(-4.0), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-12.6), finishedAt: T.iso(-4.25) } }),
            },
          },
        ],
      },
      carts: { rollout: { at: -48 } },
      orders: {
        pods: [{ containers: { orders: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.1) } }) } }],
      },
    },
    events: [
      ...feEvents('front-end#0', { liveness: 18, readiness: 41, kills: 6, backoff: 9 }),
      ...feEvents('front-end#1', { liveness: 15, readiness: 33, kills: 5, backoff: 6 }),
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set carts-%NEW% to 1', first: -48, last: -48 },
      { on: 'deploy:carts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set carts-%OLD% to 0 from 1', first: -47, last: -47 },
    ],
    logs: {
      'front-end#0/front-end/previous': [...boot, ...traffic(1, false).slice(0, 12), ...traffic(2, true)],
      'front-end#1/front-end': [...boot, ...traffic(3, false).slice(0, 10), ...traffic(4, true).slice(0, 24)],
      'front-end#1/front-end/previous': [...boot, ...traffic(5, false).slice(0, 8), ...traffic(6, true)],
      'catalogue#0/catalogue': Array.from({ length: 30 }, (_, i) => {
        const min = -40 + i * 1.3;
        return i % 3 === 0
          ? kit(min, `method=Count tags= result=9 err=null took=${(0.6 + (i % 4) * 0.2).toFixed(6)}ms`)
          : kit(min, `method=List tags= order=id pageNum=1 pageSize=${i % 2 ? 6 : 5} result=${i % 2 ? 6 : 5} err=null took=${(1.1 + (i % 5) * 0.3).toFixed(6)}ms`);
      }),
      'carts#0/carts': [
        spring(-47.5, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Starting CartApplication v0.4.8 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)'),
        spring(-47.4, 'INFO', 'carts', 'main', 'o.s.b.c.e.j.JettyEmbeddedServletContainer', 'Jetty started on port(s) 80 (http/1.1)'),
        spring(-47.4, 'INFO', 'carts', 'main', 'works.weave.socks.cart.CartApplication', 'Started CartApplication in 38.913 seconds (JVM running for 41.207)'),
      ],
    },
  },
];
