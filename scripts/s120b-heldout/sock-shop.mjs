// Blind held-out batch s120b: one Sock Shop scenario on the system of scripts/s2-scenarios/sock-shop.mjs.
// Written before any engine run; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const T = clock('2026-05-15T20:30:00Z');
const N = system.nodes.map((n) => n.name);
const oom = (restarts, start, fin) => ({ restarts, startedAt: T.iso(-1.5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(start), finishedAt: T.iso(fin) } });
export const scenarios = [
  {
    folder: 's120b-frontend-restarting-evening-sale',
    description: 'sockshop site keeps throwing 502s / blank pages on and off since the evening promo email went out (~19:45)',
    incidentTime: '2026-05-15T20:30:00Z',
    expected: { component: 'front-end', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'front-end', cause: 'resource-exhaustion' }, { component: 'front-end', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['time-expression', 'decoy'],
    workloads: {
      'front-end': {
        pods: [
          { node: N[0], containers: { 'front-end': cs.restartedRunning({ restarts: 6, startedAt: T.iso(-1.5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-9), finishedAt: T.iso(-1.6) } }) } },
          { node: N[1], containers: { 'front-end': cs.restartedRunning({ restarts: 5, startedAt: T.iso(-4), ready: false, last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-12), finishedAt: T.iso(-4.1) } }) }, ready: false, readyTransition: T.iso(-4.1) },
        ],
      },
      carts: { pods: [{ node: N[2], containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.2) } }) } }] },
    },
    events: [
      { on: 'pod:front-end#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -38, last: -1.6, count: 6, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#0', reason: 'Started', message: 'Started container front-end', first: -38, last: -1.5, count: 6, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -35, last: -4.1, count: 5, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": dial tcp %PODIP%:8079: connect: connection refused', first: -35, last: -3.8, count: 9, fieldPath: 'spec.containers{front-end}' },
      { on: 'pod:front-end#1', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container front-end in pod %POD%_sock-shop(%PODUID%)', first: -20, last: -4.1, count: 3, fieldPath: 'spec.containers{front-end}' },
    ],
    logs: {
      'front-end#0/front-end': [
        'npm info it worked if it ends with ok',
        'npm info using npm@3.10.10',
        'npm info using node@v6.9.5',
        'npm info lifecycle microservices-demo-front-end@0.0.1~prestart: microservices-demo-front-end@0.0.1',
        'npm info lifecycle microservices-demo-front-end@0.0.1~start: microservices-demo-front-end@0.0.1',
        '',
        '> microservices-demo-front-end@0.0.1 start /usr/src/app',
        '> node server.js',
        '',
        'Using redis for session store',
        'App now running in production mode on port 8079',
        'GET /catalogue?size=5 200 41.503 ms - 1873',
        'GET /cart 200 12.114 ms - 2',
        'GET /catalogue/size?tags= 200 9.771 ms - 13',
      ],
      'front-end#1/front-end/previous': [
        'Using redis for session store',
        'App now running in production mode on port 8079',
        'GET /catalogue?size=5 200 38.210 ms - 1873',
        'GET /category.html?tags=sale 200 6.420 ms - 11342',
        'GET /catalogue?page=1&size=6&tags=sale 200 52.907 ms - 2211',
      ],
      'orders#0/orders': [
        `${T.java(-5)}  INFO [orders,,,] 7 --- [nio-80-exec-4] w.w.o.controllers.OrdersController       : Order created: {"id":"6645f1c2e4b0a91f3c2d7e10"}`,
      ],
    },
    grounding: `
      Sock Shop complete-demo.yaml at 9dff06f: front-end (Node 6, weaveworksdemos/front-end:0.3.12) has a 1000Mi memory
      limit and no heap flag, so V8 grows toward its default ~1.4 GB old space and the cgroup kills it first. Fault
      follows the public Sock Shop load-test reports of front-end memory growth under traffic: both replicas are OOMKilled
      (exit 137) repeatedly after a promo traffic spike; one is back Ready, the other restarting. Decoy: carts restarted
      once four days ago with exit 143 (a routine SIGTERM). No deviation from upstream manifests.`,
  },
];
