// Held-out scenario of batch s48b for Sock Shop (session-2 system definition), split: test.
// Written blind (no rule packs, engine code or other scenarios read); expected answer fixed before the snapshot was built.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as sock } from '../s2-scenarios/sock-shop.mjs';

export const system = sock;

const I = '2026-10-06T16:52:00Z';
const T = clock(I);
const N = ['ip-10-0-1-23.eu-west-1.compute.internal', 'ip-10-0-2-148.eu-west-1.compute.internal', 'ip-10-0-3-91.eu-west-1.compute.internal'];
const boot = [
  'npm info it worked if it ends with ok',
  'npm info using npm@2.15.11',
  'npm info using node@v4.8.0',
  'npm info prestart microservices-demo-front-end@0.0.1',
  'npm info start microservices-demo-front-end@0.0.1',
  '',
  '> microservices-demo-front-end@0.0.1 start /usr/src/app',
  '> node server.js',
  '',
  'Using local session manager',
  'Warning: connect.session() MemoryStore is not',
  'designed for a production environment, as it will leak',
  'memory, and will not scale past a single process.',
  'App now running in production mode on port 8079',
];
const PATHS = [
  ['GET /catalogue?page=1&size=6&tags= ', 200, 1654], ['GET /catalogue/size?tags= ', 200, 11], ['GET /tags ', 200, 107],
  ['GET /cart ', 200, 2], ['GET /login ', 401, 0], ['GET /customers/undefined ', 500, 52], ['GET / ', 200, 8688],
  ['GET /catalogue/3395a43e-2d88-40de-b95f-e00e1502085b ', 200, 279], ['GET /card ', 200, 2], ['GET /address ', 200, 2],
];
const morgan = (i, tookMs) => {
  const [p, st, len] = PATHS[i % PATHS.length];
  const col = st >= 500 ? 31 : st >= 400 ? 33 : 32;
  return `\x1b[0m${p}\x1b[${col}m${st} \x1b[0m${tookMs.toFixed(3)} ms - ${len}\x1b[0m`;
};
const reqs = (n, seed) => Array.from({ length: n }, (_, i) => morgan(i + seed, 3 + ((i * 7919 + seed) % 97) / 3));
const feLog = (seed) => [...boot, ...reqs(60, seed)];

export const scenarios = [
  {
    folder: 's48b-front-end-session-memorystore',
    description: 'front-end giving 502s on and off this afternoon and people keep getting logged out of the sock shop',
    incidentTime: I,
    expected: { component: 'front-end', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'front-end', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'decoy'],
    grounding: `
      Sock Shop complete-demo.yaml at 9dff06f: front-end (weaveworksdemos/front-end:0.3.12, Node.js, 2 replicas here, memory limit
      1000Mi, liveness / initialDelay 300, readiness / initialDelay 30) sets SESSION_REDIS=true; front-end server.js uses the Redis
      session store (session-db) when SESSION_REDIS is set and otherwise logs "Using local session manager" and falls back to
      express-session's MemoryStore, which prints its real warning that it "will leak memory" (NODE_ENV=production in the image).
      Incident: a rollout six hours ago (an env clean-up in the overlay) dropped SESSION_REDIS; the pods come up Ready, sessions now
      live in each replica's memory (users bounced between the two replicas lose their login), and the MemoryStore grows with every
      crawler request until the container is OOMKilled (exit 137) at its 1000Mi limit, four kills over the last 80 minutes; during
      each restart the ELB gets 502s and readiness fails briefly (connection refused). Logs are npm 2 / node 4 start lines and morgan
      "dev" lines with ANSI colours as the image prints them. Expected oom-killed (what kills the pods); a careful engineer tracing
      it to the rollout's env change would also say bad-deploy-rollout. Decoys: a healthy orders rollout yesterday and an old
      catalogue readiness warning.`,
    workloads: {
      'front-end': {
        rollout: { at: -362, revision: 6, oldContainers: { 'front-end': { env: [{ name: 'SESSION_REDIS', value: 'true' }] } } },
        containers: { 'front-end': { env: undefined } },
        pods: [
          { node: N[0], created: T.iso(-361.5), containers: { 'front-end': cs.restartedRunning({ restarts: 2, startedAt: T.iso(-11.4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-47.1), finishedAt: T.iso(-11.5) } }) } },
          { node: N[1], created: T.iso(-361), containers: { 'front-end': cs.restartedRunning({ restarts: 2, startedAt: T.iso(-29.6), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-78.3), finishedAt: T.iso(-29.7) } }) } },
        ],
      },
      orders: { rollout: { at: -60 * 26, revision: 5, oldContainers: { orders: { image: 'weaveworksdemos/orders:0.4.6' } } } },
    },
    events: [
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled up replica set front-end-%NEW% to 1', first: -362 },
      { on: 'deploy:front-end', reason: 'ScalingReplicaSet', message: 'Scaled down replica set front-end-%OLD% to 0 from 1', first: -360.5 },
      { on: 'pod:front-end#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -47.2, last: -11.5, count: 2 },
      { on: 'pod:front-end#0', reason: 'Created', message: 'Created container front-end', first: -47.2, last: -11.5, count: 2 },
      { on: 'pod:front-end#0', reason: 'Started', message: 'Started container front-end', first: -47.1, last: -11.4, count: 2 },
      { on: 'pod:front-end#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{front-end}', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": dial tcp %PODIP%:8079: connect: connection refused', first: -11.4, last: -10.9, count: 4 },
      { on: 'pod:front-end#1', reason: 'Pulled', message: 'Container image "weaveworksdemos/front-end:0.3.12" already present on machine', first: -78.4, last: -29.7, count: 2 },
      { on: 'pod:front-end#1', reason: 'Started', message: 'Started container front-end', first: -78.3, last: -29.6, count: 2 },
      { on: 'pod:front-end#1', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{front-end}', message: 'Readiness probe failed: Get "http://%PODIP%:8079/": dial tcp %PODIP%:8079: connect: connection refused', first: -29.6, last: -29.1, count: 3 },
      { on: 'pod:catalogue#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{catalogue}', message: 'Readiness probe failed: Get "http://%PODIP%:80/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -60 * 50, last: -60 * 50, count: 1 },
    ],
    logs: {
      'front-end#0/front-end': feLog(3),
      'front-end#0/front-end/previous': [...boot, ...reqs(140, 11)],
      'front-end#1/front-end': feLog(5),
      'front-end#1/front-end/previous': [...boot, ...reqs(140, 17)],
      'session-db#0/session-db': [
        '1:C 04 Oct 2026 09:12:40.118 # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
        '1:M 04 Oct 2026 09:12:40.121 * Ready to accept connections tcp',
        '1:M 06 Oct 2026 10:49:58.004 * 10 changes in 300 seconds. Saving...',
        '1:M 06 Oct 2026 10:49:58.005 * Background saving started by pid 41',
        '41:C 06 Oct 2026 10:49:58.011 * DB saved on disk',
        '1:M 06 Oct 2026 10:49:58.106 * Background saving terminated with success',
      ],
    },
  },
];
