// Blind dev batch s107c: one Robot Shop scenario (config-error) on the kit system scripts/kit-systems/robot-shop.mjs.
// A release of ratings sets PDO_URL with a misspelt charset; PHP PDO refuses every connection, the pod stays Ready.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const IT = '2026-05-20T09:47:00Z';
const T = clock(IT);
const apache = (min, ip, path, code, size) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${ip} - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "GET ${path} HTTP/1.1" ${code} ${size}`;
};
const mono = (min, lvl, msg) => `[${T.isoMs(min).replace('Z', '000+00:00')}] app.${lvl}: ${msg} [] []`;

export const scenarios = [
  withDefaults({
    folder: 's107c-ratings-pdo-charset',
    incidentTime: IT,
    description: 'robot shop: star ratings gone on every product page since this morning (~9:20), "rating unavailable". fulfilment says checkout still works',
    expected: { component: 'ratings', cause: 'config-error' },
    alsoAcceptable: [{ component: 'ratings', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      robot-shop ratings (PHP, Symfony) builds its PDO DSN from PDO_URL (default
      mysql:host=mysql;dbname=ratings;charset=utf8mb4, instana/robot-shop ratings/html/config/services.yaml). This
      release (revision 4, 26 minutes before) added PDO_URL explicitly with charset=utf8mb, a misspelling of utf8mb4:
      mysqlnd rejects it on every connect with SQLSTATE[HY000] [2019] Unknown character set (php-src
      ext/pdo_mysql; the same error is reported in public PHP bug threads for an unsupported charset in the DSN).
      The container starts fine; its readiness probe /_health answers without a DB query, so the pod stays Ready and
      only the ratings calls return 500. web's nginx access log shows the 500s; mysql itself logs nothing.
      Decoy: mongodb restarted after an OOMKill three days ago. Deviation from upstream: PDO_URL is set in the
      Deployment (upstream leaves it to the default); everything else as the helm chart.`,
    workloads: {
      ratings: {
        rollout: { at: -26, oldContainers: { ratings: { env: undefined } } },
        containers: { ratings: { env: [{ name: 'PDO_URL', value: 'mysql:host=mysql;dbname=ratings;charset=utf8mb' }] } },
      },
      mongodb: {
        pods: [{ containers: { mongodb: { state: { running: { startedAt: T.iso(-60 * 24 * 3) } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.3), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
      },
    },
    events: [
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-%NEW% to 1', first: -26 },
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-%OLD% to 0 from 1', first: -25 },
      { on: 'pod:ratings#0', reason: 'Pulled', message: 'Container image "robotshop/rs-ratings:2.1.0" already present on machine', first: -25.8 },
      { on: 'pod:ratings#0', reason: 'Started', message: 'Started container ratings', first: -25.7, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'ratings#0/ratings': [
        `[Wed May 20 09:21:18.402117 2026] [core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'`,
        apache(-25.5, '10.1.1.1', '/_health', 200, 43),
        mono(-24.9, 'ERROR', 'Database Error SQLSTATE[HY000] [2019] Unknown character set'),
        apache(-24.9, '%IPOF:web#0%', '/api/fetch/RD-10', 500, 61),
        mono(-14, 'ERROR', 'Database Error SQLSTATE[HY000] [2019] Unknown character set'),
        apache(-14, '%IPOF:web#0%', '/api/fetch/EPE', 500, 61),
        apache(-10, '10.1.1.1', '/_health', 200, 43),
        mono(-2, 'ERROR', 'Database Error SQLSTATE[HY000] [2019] Unknown character set'),
        apache(-2, '%IPOF:web#0%', '/api/fetch/Watson', 500, 61),
      ],
      'web#0/web': [
        apache(-40, '10.1.2.55', '/api/ratings/api/fetch/Watson', 200, 37),
        apache(-24.9, '10.1.2.55', '/api/ratings/api/fetch/RD-10', 500, 61),
        apache(-14, '10.1.3.71', '/api/ratings/api/fetch/EPE', 500, 61),
        apache(-13.9, '10.1.3.71', '/api/catalogue/product/EPE', 200, 290),
        apache(-2, '10.1.2.55', '/api/ratings/api/fetch/Watson', 500, 61),
        apache(-1.8, '10.1.2.55', '/api/cart/add/anonymous-27/Watson/1', 200, 188),
      ],
      'catalogue#0/catalogue': [
        pino(T, -13.9, 'info', '%POD%', 'request completed', '"req":{"id":812,"method":"GET","url":"/product/EPE"},"res":{"statusCode":200},"responseTime":3,'),
      ],
    },
  }),
];
