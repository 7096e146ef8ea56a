// Held-out batch s88a (split: test): one Robot Shop scenario on the kit system scripts/kit-systems/robot-shop.mjs.
// Built by scripts/s88a-build.mjs (which also names the StatefulSet pod's generateName); grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs } from '../kit-systems/robot-shop.mjs';

const incidentTime = '2026-05-21T14:02:00Z';
const T = clock(incidentTime);
const nginx = (min, method, path, status, bytes, rt) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `10.1.2.137 - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${method} ${path} HTTP/1.1" ${status} ${bytes} "http://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36" ${rt}`;
};
const webLog = [];
for (let m = -20; m < -0.2; m += 0.9) {
  const slow = m > -15.5 && m < -12.5;
  webLog.push(nginx(m, 'GET', '/api/catalogue/products', 200, 2311, slow ? '0.412' : '0.018'));
  webLog.push(nginx(m + 0.2, 'GET', '/api/cart/cart/anonymous-' + (Math.abs(Math.round(m * 13)) % 900 + 100), 200, 84, slow ? '0.377' : '0.011'));
  webLog.push(nginx(m + 0.4, 'GET', '/api/ratings/api/fetch/Watson', 200, 38, slow ? '0.521' : '0.026'));
}

export const scenarios = [
  withDefaults({
    folder: 's88a-robot-shop-p95-blip',
    incidentTime,
    description: 'PD fired "robot-shop web p95 > 300ms" at 13:47 and auto-resolved ~3 min later. anything actually wrong or can I ack and close?',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Manifests: instana/robot-shop K8s/helm at 55292e2 (web nginx in front of cart, catalogue, ratings, user, shipping,
      payment). No fault: a latency alert that fired for three minutes on a short burst of traffic and resolved itself,
      the everyday benign page (Google SRE workbook, "Alerting on SLOs": short windows page on brief spikes). Every pod is
      Ready, no recent Events beyond routine ones. Decoy: mongodb restarted once three days ago after an OOMKilled
      (its 200Mi limit, upstream value), healthy since. Deviations from upstream: none.
    `,
    workloads: {
      mongodb: {
        pods: [{ containers: { mongodb: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 52), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 52.2) } }) } }],
      },
    },
    events: [],
    logs: {
      'web#0/web': webLog,
      'cart#0/cart': [
        pino(T, -16, 'info', '%POD%', 'request completed', '"req":{"id":8812,"method":"GET","url":"/cart/anonymous-412"},"res":{"statusCode":200},"responseTime":9,'),
        pino(T, -14, 'info', '%POD%', 'request completed', '"req":{"id":8861,"method":"GET","url":"/cart/anonymous-377"},"res":{"statusCode":200},"responseTime":341,'),
        pino(T, -3, 'info', '%POD%', 'request completed', '"req":{"id":9120,"method":"GET","url":"/cart/anonymous-155"},"res":{"statusCode":200},"responseTime":8,'),
      ],
      'catalogue#0/catalogue': [
        pino(T, -14.2, 'info', '%POD%', 'request completed', '"req":{"id":20112,"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":388,'),
        pino(T, -2.5, 'info', '%POD%', 'request completed', '"req":{"id":20498,"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":12,'),
      ],
      'mongodb#0/mongodb': [
        `{"t":{"$date":"${T.isoMs(-14.1).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"%IPOF:user#0%:41822","uuid":"2c7d1e0a-58b1-4d6b-9b7e-1f0a3c2d4e55","connectionId":1187,"connectionCount":14}}`,
        `{"t":{"$date":"${T.isoMs(-6).replace('Z', '+00:00')}"},"s":"I",  "c":"STORAGE",  "id":22430,   "ctx":"Checkpointer","msg":"WiredTiger message","attr":{"message":"[1779372120:441027][1:0x7f3a1c2e9700], WT_SESSION.checkpoint: [WT_VERB_CHECKPOINT_PROGRESS] saving checkpoint snapshot min: 48211, snapshot max: 48211 snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1192"}}`,
      ],
      'mongodb#0/mongodb/previous': [
        `{"t":{"$date":"${T.isoMs(-60 * 24 * 3 - 53).replace('Z', '+00:00')}"},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn412","msg":"Slow query","attr":{"type":"command","ns":"catalogue.products","command":{"aggregate":"products"},"durationMillis":1840}}`,
      ],
    },
  }),
];
