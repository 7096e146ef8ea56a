// Blind held-out scenario of batch s36a for Stan's Robot Shop (K8s/helm at 55292e2 on EKS), split: test.
// Kit spec with the kit system definition (withDefaults, default PVCs, pino helper); built by scripts/s36a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const E = '2026-07-08T14:31:00Z';
const TE = clock(E);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (T, min) => { const j = T.java(min); return `${j.slice(8, 10)}/${MON[Number(j.slice(5, 7)) - 1]}/${j.slice(0, 4)}:${j.slice(11, 19)} +0000`; };
const REQS = [
  ['GET', '/api/catalogue/products', 200, 3187], ['GET', '/api/catalogue/categories', 200, 54], ['GET', '/api/ratings/api/fetch/Watson', 200, 41],
  ['GET', '/api/cart/cart/anonymous-31', 200, 129], ['GET', '/api/catalogue/product/EMM', 200, 262], ['GET', '/api/user/uniqueid', 200, 34],
  ['POST', '/api/cart/add/anonymous-31/EMM/1', 200, 196], ['GET', '/api/shipping/codes', 200, 5317], ['GET', '/images/Watson.jpg', 200, 18734],
];
const IPS = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
const access = (T, min, i) => {
  const [m, p, s, b] = REQS[i % REQS.length];
  return `${IPS[i % 3]} - - [${clf(T, min)}] "${m} ${p} HTTP/1.1" ${s} ${b} "http://shop.robot-shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"`;
};
const webLog = (T) => Array.from({ length: 36 }, (_, k) => access(T, -35 + k, k * 5 + 2));

export const scenarios = [
  withDefaults({
    folder: 's36a-web-p99-blip-nothing-broken',
    description: 'robot shop: got paged for web p99 latency at ~14:20, seems to have cleared, can someone check nothing is actually broken',
    incidentTime: E,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Manifests: Robot Shop helm chart (rs-* 2.1.0 images, pod resources as the chart; web nginx on 8080 behind a LoadBalancer,
      ratings PHP with a readiness probe on /_health, timeout 1 s). No fault: a p99 latency alert at 14:20 comes from a short
      burst of traffic; at that moment the ratings readiness probe timed out twice (one Warning event, the pod Ready again since)
      and nothing else happened. Everything is Running and Ready, the Services have their endpoints, web logs 200s throughout,
      cart and catalogue log normal requests. Decoys: a catalogue rollout 40 minutes earlier that completed and serves normally,
      mongodb OOMKilled three days ago (restartCount 1, running since), the ratings probe Warnings.
      Expected: no fault.`,
    workloads: {
      catalogue: { rollout: { at: -40, revision: 5, oldReplicas: 0 } },
      mongodb: {
        pods: [{ containers: { mongodb: cs.restartedRunning({ restarts: 1, startedAt: TE.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: TE.iso(-60 * 24 * 15), finishedAt: TE.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -40 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -39.2 },
      { on: 'pod:catalogue#0', reason: 'Pulled', fieldPath: 'spec.containers{catalogue}', message: 'Successfully pulled image "robotshop/rs-catalogue:2.1.0" in 1.412s (1.412s including waiting). Image size: 38652310 bytes.', first: -39.8 },
      { on: 'pod:catalogue#0', reason: 'Started', fieldPath: 'spec.containers{catalogue}', message: 'Started container catalogue', first: -39.7 },
      { on: 'pod:ratings#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{ratings}', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -11.6, last: -11.5, count: 2 },
    ],
    logs: {
      'web#0/web': webLog(TE),
      'catalogue#0/catalogue': [
        pino(TE, -39.6, 'info', '%POD%', 'Started on port 8080'),
        pino(TE, -39.5, 'info', '%POD%', 'MongoDB connected'),
        ...[-30, -22, -14, -11.4, -6, -1].map((m) => pino(TE, m, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round(900 - m * 7)},"method":"GET","url":"/products","headers":{"host":"catalogue:8080","x-forwarded-for":"10.1.2.137"}},"res":{"statusCode":200},"responseTime":${m === -11.4 ? 412 : 6},`)),
      ],
      'cart#0/cart': [
        ...[-28, -19, -11.3, -4].map((m) => pino(TE, m, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round(4000 - m * 3)},"method":"GET","url":"/cart/anonymous-31","headers":{"host":"cart:8080"}},"res":{"statusCode":200},"responseTime":${m === -11.3 ? 287 : 3},`)),
      ],
      'mongodb#0/mongodb': [
        JSON.stringify({ t: { $date: TE.isoMs(-60 * 24 * 3 + 0.2).replace('Z', '+00:00') }, s: 'I', c: 'NETWORK', id: 23016, ctx: 'listener', msg: 'Waiting for connections', attr: { port: 27017, ssl: 'off' } }),
        JSON.stringify({ t: { $date: TE.isoMs(-39.5).replace('Z', '+00:00') }, s: 'I', c: 'NETWORK', id: 22943, ctx: 'listener', msg: 'Connection accepted', attr: { remote: '%IPOF:catalogue#0%:41862', connectionId: 1187, connectionCount: 6 } }),
      ],
    },
  }),
];
