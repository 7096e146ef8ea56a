// Blind dev batch s91c: Stan's Robot Shop scenario (spec for scripts/s2-scenario-kit.mjs, built by scripts/s91c-build.mjs).
// ratings rebuilt on a new PHP base image without pdo_mysql: pods Ready, every rating call answers 500.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const IT = '2026-07-08T11:12:00Z';
const T = clock(IT);
const clf = (min) => { const d = new Date(Date.parse(IT) + min * 60000); const M = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; return `${String(d.getUTCDate()).padStart(2, '0')}/${M}/${d.getUTCFullYear()}:${d.toISOString().slice(11, 19)} +0000`; };
const MINS = [-24.2, -21.7, -18.3, -15.9, -12.6, -9.8, -7.3, -4.4, -2.1, -0.7];
const SKU = ['Watson', 'HAL-1', 'Ewooid', 'K9', 'EMM', 'Robbie', 'STAN-1', 'RED', 'CNA', 'Rosie'];

export const scenarios = [
  withDefaults({
    folder: 's91c-ratings-pdo-driver-missing',
    description: 'robot shop: star ratings gone from all product pages and voting gives an error. shop otherwise ok (cart/checkout fine). started late morning',
    incidentTime: IT,
    expected: { component: 'ratings', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'ratings', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts: ratings (robotshop/rs-ratings, PHP/Symfony on Apache, port 80) has only a readiness probe on /_health,
      which answers OK without opening the MySQL connection; it reads ratings from mysql:3306 through PDO (mysql DSN).
      web's nginx proxies /api/ratings/ to ratings.
      Fault: the team rebuilt ratings on a newer php:apache base image for a CVE and released it as 2.1.1 at 10:44; the new
      Dockerfile dropped "docker-php-ext-install pdo_mysql", so every DB call throws PDOException "could not find driver" (the
      message PDO gives when the DSN's driver extension is not loaded; php.net PDO::__construct, many Docker image reports).
      Pods stay Ready and never restart; web logs 500s for /api/ratings/api/fetch and /api/rate. The old and new ReplicaSet
      templates differ only in the image tag (2.1.0 -> 2.1.1).
      Decoys: mysql was OOMKilled once three days ago (1Gi limit) and restarted cleanly; cart was rolled out (healthy) yesterday.
      Deviations from upstream: the 2.1.1 tag is a local rebuild (upstream publishes 2.1.0 only).`,
    workloads: {
      ratings: {
        containers: { ratings: { image: 'robotshop/rs-ratings:2.1.1' } },
        rollout: { at: -28, revision: 2, oldContainers: { ratings: { image: 'robotshop/rs-ratings:2.1.0' } } },
      },
      cart: { rollout: { at: -60 * 22, revision: 4, oldContainers: { cart: { image: 'robotshop/rs-cart:2.1.0', env: [...system.workloads[0].containers[0].env, { name: 'CART_TTL', value: '3600' }] } } } },
      mysql: {
        pods: [{ containers: { mysql: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 3 + 0.7) } }) } }],
      },
    },
    events: [
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-%NEW% to 1', first: -28 },
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-%OLD% to 0 from 1', first: -27 },
      { on: 'pod:ratings#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -27.6 },
      { on: 'pod:ratings#0', reason: 'Pulling', message: 'Pulling image "robotshop/rs-ratings:2.1.1"', fieldPath: 'spec.containers{ratings}', first: -27.5 },
      { on: 'pod:ratings#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-ratings:2.1.1" in 6.212s (6.212s including waiting). Image size: 187342511 bytes.', fieldPath: 'spec.containers{ratings}', first: -27.4 },
      { on: 'pod:ratings#0', reason: 'Created', message: 'Created container ratings', fieldPath: 'spec.containers{ratings}', first: -27.4 },
      { on: 'pod:ratings#0', reason: 'Started', message: 'Started container ratings', fieldPath: 'spec.containers{ratings}', first: -27.3 },
      { on: 'pod:ratings#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": dial tcp %PODIP%:80: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{ratings}', first: -27.25 },
    ],
    logs: {
      'ratings#0/ratings': [
        `AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using %PODIP%. Set the 'ServerName' directive globally to suppress this message`,
        `[${new Date(Date.parse(IT) - 27.2 * 60000).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) (\S+) GMT$/, '$1 $3 $2 $5.104211 $4')}] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.62 (Debian) PHP/8.3.9 configured -- resuming normal operations`,
        ...MINS.flatMap((m, i) => [
          `10.1.2.12 - - [${clf(m)}] "GET /_health HTTP/1.1" 200 2 "-" "kube-probe/1.30+"`,
          `[${T.isoMs(m).slice(0, 19)}.${String(100000 + i * 7919).slice(0, 6)}+00:00] request.CRITICAL: Uncaught PHP Exception PDOException: "could not find driver" at /var/www/html/src/Service/RatingsService.php line 29 {"exception":"[object] (PDOException(code: 0): could not find driver at /var/www/html/src/Service/RatingsService.php:29)"} []`,
          `%IPOF:web#0% - - [${clf(m)}] "GET /api/fetch/${SKU[i]} HTTP/1.1" 500 1271 "-" "Mozilla/5.0"`,
        ]),
      ],
      'web#0/web': MINS.flatMap((m, i) => [
        `10.1.3.55 - - [${clf(m - 0.01)}] "GET /api/catalogue/product/${SKU[i]} HTTP/1.1" 200 231 "http://robotshop.example.com/product.html" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`,
        `10.1.3.55 - - [${clf(m)}] "GET /api/ratings/api/fetch/${SKU[i]} HTTP/1.1" 500 1271 "http://robotshop.example.com/product.html" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`,
      ]).concat([`10.1.3.55 - - [${clf(-5.2)}] "PUT /api/ratings/api/rate/K9/5 HTTP/1.1" 500 1271 "http://robotshop.example.com/product.html" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`]),
      'mysql#0/mysql': [
        `${T.isoMs(-60 * 24 * 3 + 1.1).replace('Z', '000Z')} 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.36) starting as process 1`,
        `${T.isoMs(-60 * 24 * 3 + 1.2).replace('Z', '000Z')} 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.`,
        `${T.isoMs(-60 * 24 * 3 + 1.4).replace('Z', '000Z')} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`,
      ],
      'cart#0/cart': [
        `{"level":"info","time":${Date.parse(T.isoMs(-8))},"pid":1,"hostname":"%POD%","req":{"id":412,"method":"GET","url":"/cart/anonymous-3kq","headers":{}},"res":{"statusCode":200},"responseTime":3,"msg":"request completed","v":1}`,
      ],
    },
  }),
];
