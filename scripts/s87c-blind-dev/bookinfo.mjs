// Blind dev batch s87c: one Bookinfo scenario (no fault: one user's slow page; a reviews-v2 restart and a startup probe miss nearby).
// System part from scripts/kit-systems/bookinfo.mjs (bookinfoScenario for the upstream selectors); built by scripts/s87c-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };
const T = clock('2026-04-22T10:31:00Z');
const rv2 = system.workloads.find((w) => w.name === 'reviews-v2');
const restartAnn = { ...rv2.podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(-27) };
const d = (min) => { const x = new Date(Date.parse(T.iso(min))); const p = (n) => String(n).padStart(2, '0'); return `${p(x.getUTCDate())}/${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][x.getUTCMonth()]}/${x.getUTCFullYear()} ${p(x.getUTCHours())}:${p(x.getUTCMinutes())}:${p(x.getUTCSeconds())}`; };
const page = (min, rv) => [
  'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080',
  'DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178',
  'DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080',
  `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${rv}`,
  `INFO:werkzeug:::ffff:127.0.0.6 - - [${d(min)}] "GET /productpage HTTP/1.1" 200 -`,
];
const env = (min, dur, up) => `[${T.isoMs(min)}] "GET /productpage HTTP/1.1" 200 - via_upstream - "-" 0 5289 ${dur} ${up} "203.0.113.57" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15" "6f1c2b7e-93d0-4f7a-a1e5-2c8b0d4e9f13" "bookinfo.example.com" "%PODIP%:9080" inbound|9080|| 127.0.0.6:41873 %PODIP%:9080 203.0.113.57:0 outbound_.9080_._.productpage.bookinfo.svc.cluster.local default`;
export const scenarios = [
  bookinfoScenario({
    folder: 's87c-productpage-slow-for-one-user',
    incidentTime: '2026-04-22T10:31:00Z',
    description: 'prodpage takes like 10+ sec to load for me since ~10:05, on wifi at home. reviews got restarted this morning, is that it?',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    workloads: {
      'reviews-v2': {
        rollout: { at: -27, revision: 3, oldPatch: { podAnnotations: rv2.podAnnotations } },
        patch: { podAnnotations: restartAnn },
      },
    },
    events: [
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v2-%NEW% to 1', first: -27 },
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v2-%OLD% to 0 from 1', first: -26.3 },
      { on: 'pod:reviews-v2#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -27 },
      { on: 'pod:reviews-v2#0', reason: 'Started', message: 'Started container reviews', fieldPath: 'spec.containers{reviews}', first: -26.8 },
      { on: 'pod:reviews-v2#0', reason: 'Started', message: 'Started container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: -26.8 },
      { on: 'pod:reviews-v2#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', fieldPath: 'spec.containers{istio-proxy}', first: -26.7 },
    ],
    logs: {
      'productpage-v1#0/productpage': [-24, -18, -12.5, -7, -3].flatMap((m, i) => page(m, i % 2 ? 358 : 295)),
      'productpage-v1#0/istio-proxy': [
        `${T.isoMs(-60 * 24 * 5)}\tinfo\tFLAG: --concurrency="2"`,
        `${T.isoMs(-60 * 24 * 5 + 0.1)}\tinfo\tEnvoy proxy is ready`,
        env(-24, 46, 45), env(-18, 39, 38), env(-12.5, 52, 51), env(-7, 41, 40), env(-3, 44, 43),
      ],
      'reviews-v2#0/reviews': [
        '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
        '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 4.112 seconds.',
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 9.827 seconds.',
      ],
    },
    grounding: `
      No fault. The user's complaint is about his own connection: the productpage sidecar's access log (mesh accessLogFile
      /dev/stdout) shows his requests (client 203.0.113.57, Safari) served in 39-52 ms end to end; productpage's urllib3 debug
      log shows details and reviews answering 200 for every page. Decoys: reviews-v2 had a plain \`kubectl rollout restart\`
      27 minutes earlier (the new ReplicaSet's template differs from the old one only by the
      kubectl.kubernetes.io/restartedAt annotation) and its istio-proxy readiness probe failed once at startup with
      "connection refused" on 15021 while Envoy waited for its first config, which is routine.
      Deviations from upstream (istio samples/bookinfo at 1.23): the restartedAt annotation on reviews-v2's template.
      Log formats: Python logging basicConfig (urllib3, werkzeug), Envoy default access log, Open Liberty console.
    `,
  }),
];
