// Blind held-out batch s90b: one Stan's Robot Shop scenario as a compact spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/robot-shop.mjs (instana/robot-shop K8s/helm at 55292e2); built by scripts/s90b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const incidentTime = '2026-08-19T10:12:00Z';
const T = clock(incidentTime);
const ngx = (min, ip, method, path, status, bytes, rt) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${ip} - - [${String(d.getUTCDate()).padStart(2, '0')}/${mon}/${d.getUTCFullYear()}:${T.java(min).slice(11, 19)} +0000] "${method} ${path} HTTP/1.1" ${status} ${bytes} "http://shop.robot-shop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36" rt=${rt}`;
};
const webEnvNew = [
  { name: 'INSTANA_EUM_KEY', value: 'k7Qd2vXnS0a1YbLw9cTe4g' },
  { name: 'INSTANA_EUM_REPORTING_URL', value: 'https://eum-orange-saas.instana.io' },
];

export const scenarios = [
  withDefaults({
    folder: 's90b-earlier-slowness-nothing-wrong',
    incidentTime,
    description: 'couple of customers said robot shop was slow earlier this morning (~9:30?). looks fine to me now, can someone confirm nothing is broken',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      No fault: every Deployment and the redis StatefulSet are as upstream (helm chart 55292e2, images 2.1.0), all pods Ready,
      every Service has endpoints. Decoys: the web Deployment was rolled out 50 minutes before (revision 4 only adds
      INSTANA_EUM_KEY / INSTANA_EUM_REPORTING_URL, which the chart sets when eum.key is given, to turn on end-user
      monitoring; the old ReplicaSet was scaled to 0 after the new pod became Ready), ratings has one restart from two days
      ago (exit 137 after a node-level OOM, Ready since).
      Logs show ordinary traffic with normal response times around and after the time the customers named; nothing in the
      cluster explains the complaint (the customers' own networks are outside it).
    `,
    workloads: {
      web: {
        rollout: { at: -50, revision: 4, oldContainers: { web: { env: undefined } } },
        containers: { web: { env: webEnvNew } },
      },
      ratings: {
        pods: [
          { containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 47), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 47 - 0.1) } }) } },
        ],
      },
    },
    events: [
      { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled up replica set web-%NEW% to 1', first: -50, last: -50 },
      { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled down replica set web-%OLD% to 0 from 1', first: -49.4, last: -49.4 },
      { on: 'pod:web#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -50, last: -50 },
      { on: 'pod:web#0', reason: 'Pulled', message: 'Container image "robotshop/rs-web:2.1.0" already present on machine', fieldPath: 'spec.containers{web}', first: -49.9, last: -49.9 },
      { on: 'pod:web#0', reason: 'Created', message: 'Created container web', fieldPath: 'spec.containers{web}', first: -49.9, last: -49.9 },
      { on: 'pod:web#0', reason: 'Started', message: 'Started container web', fieldPath: 'spec.containers{web}', first: -49.9, last: -49.9 },
    ],
    logs: {
      'web#0/web': [
        ngx(-44, '10.1.2.137', 'GET', '/api/catalogue/products', 200, 2804, '0.014'),
        ngx(-43.9, '10.1.2.137', 'GET', '/api/ratings/api/fetch/Watson', 200, 41, '0.031'),
        ngx(-43.8, '10.1.2.137', 'GET', '/api/cart/cart/anonymous-2197', 200, 92, '0.009'),
        ngx(-38.2, '10.1.1.84', 'GET', '/api/catalogue/categories', 200, 63, '0.006'),
        ngx(-38.1, '10.1.1.84', 'POST', '/api/user/login', 200, 118, '0.022'),
        ngx(-37.5, '10.1.1.84', 'GET', '/api/shipping/codes', 200, 5702, '0.047'),
        ngx(-37.2, '10.1.1.84', 'GET', '/api/shipping/calc/4201?cities=Bristol', 200, 64, '0.118'),
        ngx(-36.9, '10.1.1.84', 'POST', '/api/payment/pay/Watson', 200, 57, '0.212'),
        ngx(-12.4, '10.1.3.206', 'GET', '/api/catalogue/products', 200, 2804, '0.011'),
        ngx(-12.3, '10.1.3.206', 'GET', '/api/cart/cart/anonymous-8803', 200, 92, '0.008'),
        ngx(-2.1, '10.1.2.137', 'GET', '/api/catalogue/product/RED', 200, 197, '0.007'),
        ngx(-2.0, '10.1.2.137', 'GET', '/api/ratings/api/fetch/RED', 200, 41, '0.028'),
      ],
      'cart#0/cart': [
        pino(T, -43.8, 'info', '%POD%', 'request completed', '"req":{"id":481,"method":"GET","url":"/cart/anonymous-2197"},"res":{"statusCode":200},"responseTime":4,'),
        pino(T, -12.3, 'info', '%POD%', 'request completed', '"req":{"id":512,"method":"GET","url":"/cart/anonymous-8803"},"res":{"statusCode":200},"responseTime":3,'),
      ],
      'catalogue#0/catalogue': [
        pino(T, -44, 'info', '%POD%', 'request completed', '"req":{"id":1204,"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":6,'),
        pino(T, -2.1, 'info', '%POD%', 'request completed', '"req":{"id":1288,"method":"GET","url":"/product/RED"},"res":{"statusCode":200},"responseTime":3,'),
      ],
    },
  }),
];
