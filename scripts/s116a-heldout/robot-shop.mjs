// Blind held-out batch s116a: one Robot Shop scenario (split test) on the kit system scripts/kit-systems/robot-shop.mjs.
// Built by scripts/s116a-build.mjs; grounding in each scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs } from '../kit-systems/robot-shop.mjs';

const IT = '2026-05-15T09:30:00Z';
const T = clock(IT);
const apache = (m, ip, req, code, size, ua = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36') => {
  const d = new Date(Date.parse(T.isoMs(m)));
  const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${ip} - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${req}" ${code} ${size} "-" "${ua}"`;
};

export const scenarios = [
  withDefaults({
    folder: 's116a-zero-stars',
    description: 'robot shop ratings broken?? every robot i open shows 0 stars / "no votes". staging has ratings on all of them',
    incidentTime: IT,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name'],
    grounding: `
      No fault. robot-shop ratings (PHP, instana/robot-shop ratings/html/src/Controller/RatingsApiController.php) answers
      GET /api/fetch/<sku> with avg_rating 0 and rating_count 0 for a SKU that has no row in the ratings table; the table
      starts empty in a fresh install (mysql image seeds cities and an empty ratings table). Staging carries votes cast by
      its test traffic; production has none yet, so every product shows zero stars. Every pod is Ready, the ratings access
      log shows 200s for fetch and for its /_health readiness probe.
      Decoy: mongodb was OOMKilled three days ago during a bulk import and has run since.
      Deviation from upstream: none.`,
    workloads: {
      mongodb: { pods: [{ containers: { mongodb: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 72), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 72 - 0.2) } }) } }] },
    },
    logs: {
      'ratings#0/ratings': [
        apache(-12, '%IPOF:web#0%', 'GET /api/fetch/Watson HTTP/1.0', 200, 35),
        apache(-11.9, '10.1.2.137', 'GET /_health HTTP/1.1', 200, 14, 'kube-probe/1.30+'),
        apache(-8.4, '%IPOF:web#0%', 'GET /api/fetch/EMM HTTP/1.0', 200, 35),
        apache(-3.1, '%IPOF:web#0%', 'GET /api/fetch/HAL-1 HTTP/1.0', 200, 35),
        apache(-0.6, '10.1.2.137', 'GET /_health HTTP/1.1', 200, 14, 'kube-probe/1.30+'),
      ],
      'catalogue#0/catalogue': [
        pino(T, -12.1, 'info', '%POD%', 'request completed', '"req":{"id":412,"method":"GET","url":"/product/Watson"},"res":{"statusCode":200},"responseTime":4,'),
        pino(T, -3.2, 'info', '%POD%', 'request completed', '"req":{"id":431,"method":"GET","url":"/product/HAL-1"},"res":{"statusCode":200},"responseTime":3,'),
      ],
      'mongodb#0/mongodb': [
        `{"t":{"$date":"${T.isoMs(-60 * 72 + 0.1).replace('Z', '+00:00')}"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}`,
      ],
    },
  }),
];
