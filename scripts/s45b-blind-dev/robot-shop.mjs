// Batch s45b blind dev scenario for Stan's Robot Shop (kit system scripts/kit-systems/robot-shop.mjs): a crawler renders every
// product page and ratings' Apache/mod_php at its 200m CPU limit runs out of workers; pods stay Ready, web logs 504s.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T4 = clock('2026-08-14T11:18:00Z');
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n, w = 2) => String(n).padStart(w, '0');
// Apache 2.4 error log: [Fri Aug 14 11:05:13.482911 2026] [module:level] [pid N] AHxxxxx: ...
const apacheErr = (T, min, mod, pid, msg) => {
  const d = new Date(T.isoMs(min));
  return `[${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${p2(d.getUTCMilliseconds(), 3)}217 ${d.getUTCFullYear()}] [${mod}] [pid ${pid}] ${msg}`;
};
// Common/combined log time: [14/Aug/2026:11:06:40 +0000]
const clf = (T, min) => {
  const d = new Date(T.isoMs(min));
  return `[${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000]`;
};
const BOT = 'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.175 Mobile Safari/537.36 (compatible; PetalBot;+https://webmaster.petalsearch.com/site/petalbot)';
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36';
const HOST = 'shop.robotshop.example';
const acc = (T, min, ip, path, status, bytes, ua, ref = `http://${HOST}/`) => `${ip} - - ${clf(T, min)} "GET ${path} HTTP/1.1" ${status} ${bytes} "${ref}" "${ua}" "-"`;
const upTimeout = (T, min, conn, sku, ip) =>
  `${T.go(min)} [error] 29#29: *${conn} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${ip}, server: localhost, request: "GET /api/ratings/api/fetch/${sku} HTTP/1.1", upstream: "http://%SVCIP:ratings%:80/api/fetch/${sku}", host: "${HOST}", referrer: "http://${HOST}/"`;
const SKUS = ['Watson', 'Ewooid', 'HPTD', 'UHJ', 'EPE', 'EMM', 'SHCE', 'RED', 'RMC', 'STAN-1', 'CNA'];
const ELB = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];

const webLog = [];
let conn = 48113;
for (let m = -22; m < -13; m += 1.1) {
  const ip = ELB[Math.abs(Math.round(m)) % 3];
  webLog.push(acc(T4, m, ip, '/api/catalogue/products', 200, 3182, UA));
  webLog.push(acc(T4, m + 0.02, ip, `/api/ratings/api/fetch/${SKUS[conn % 11]}`, 200, 37, UA));
  conn += 7;
}
for (let m = -13; m < -0.2; m += 0.45) {
  const ip = ELB[Math.abs(Math.round(m * 3)) % 3];
  const sku = SKUS[conn % 11];
  webLog.push(acc(T4, m, ip, `/api/catalogue/product/${sku}`, 200, 412, BOT, '-'));
  webLog.push(acc(T4, m + 0.01, ip, '/api/cart/cart/anonymous-4f1c7e', 200, 98, UA));
  if (m > -11.5) webLog.push(upTimeout(T4, m + 0.02, conn, sku, ip));
  webLog.push(acc(T4, m + 0.02, ip, `/api/ratings/api/fetch/${sku}`, m > -11.5 ? 504 : 200, m > -11.5 ? 167 : 37, m > -11.5 && conn % 2 ? UA : BOT, '-'));
  conn += 13;
}

const ratingsLog = [
  apacheErr(T4, -60 * 24 * 6, 'mpm_prefork:notice', 1, 'AH00163: Apache/2.4.51 (Debian) PHP/7.3.33 configured -- resuming normal operations'),
  apacheErr(T4, -60 * 24 * 6, 'core:notice', 1, "AH00094: Command line: 'apache2 -D FOREGROUND'"),
];
for (let m = -20; m < -0.1; m += 0.9) {
  ratingsLog.push(`10.1.2.137 - - ${clf(T4, m)} "GET /_health HTTP/1.1" 200 45 "-" "kube-probe/1.30+"`);
  ratingsLog.push(`%IPOF:web#0% - - ${clf(T4, m + 0.01)} "GET /api/fetch/${SKUS[Math.abs(Math.round(m)) % 11]} HTTP/1.0" 200 37 "-" "${m > -13 ? BOT : UA}"`);
  if (Math.abs(m + 12.2) < 0.5) ratingsLog.push(apacheErr(T4, m + 0.3, 'mpm_prefork:error', 1, 'AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting'));
}

export const scenarios = [
  withDefaults({
    folder: 's45b-ratings-apache-workers',
    description: 'robot shop product pages hang / super slow since 11:05',
    incidentTime: '2026-08-14T11:18:00Z',
    expected: { component: 'ratings', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'time-expression', 'decoy'],
    grounding: `
      Robot Shop helm chart (instana/robot-shop K8s/helm at 55292e2): ratings is rs-ratings:2.1.0, PHP (Symfony) under Apache
      mod_php prefork on port 80 (php:7.3-apache), requests 100m/50Mi, limits 200m/100Mi, readiness GET /_health with timeoutSeconds 1 and
      failureThreshold 30; web's nginx proxies /api/ratings/ to http://ratings:80/ with the default 60 s proxy_read_timeout.
      A crawler (PetalBot, which renders the AngularJS product pages) hammers every product page from 11:05; each page fetches
      /api/ratings/api/fetch/<sku>. At 200m CPU each PHP request takes long enough that Apache fills its prefork workers and logs
      "AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting" (once, as Apache does);
      requests queue, nginx logs "upstream timed out (110: Connection timed out) while reading response header from upstream"
      and 504s for the ratings API only while catalogue and cart answer 200. The kubelet's 1 s readiness probes time out
      intermittently (Unhealthy, count 61) but never 30 in a row, so the pod stays Ready and its Endpoints address ready. mysql
      and catalogue are healthy. Decoy: dispatch's 3 restarts from the release nine days ago (failOnError exits while rabbitmq was still starting). Expected:
      ratings resource-exhaustion (workers/CPU at the limit).
    `,
    workloads: {
      ratings: { pods: [{ node: 'ip-10-1-2-137.eu-west-1.compute.internal', created: T4.iso(-60 * 24 * 6) }] },
      dispatch: {
        pods: [{
          created: T4.iso(-60 * 24 * 9),
          containers: { dispatch: cs.restartedRunning({ restarts: 3, startedAt: T4.iso(-60 * 24 * 9 + 1.6), last: { exitCode: 1, reason: 'Error', startedAt: T4.iso(-60 * 24 * 9 + 1.1), finishedAt: T4.iso(-60 * 24 * 9 + 1.2) } }) },
        }],
      },
    },
    events: [
      { on: 'pod:ratings#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -12.4, last: -0.3, count: 61, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'web#0/web': webLog,
      'ratings#0/ratings': ratingsLog,
      'catalogue#0/catalogue': [
        pino(T4, -60 * 24 * 6, 'info', '%POD%', 'MongoDB connected'),
        pino(T4, -60 * 24 * 6, 'info', '%POD%', 'Started on port 8080'),
      ],
      'dispatch#0/dispatch': [
        `${T4.go(-60 * 24 * 9 + 1.6)} Waiting for messages`,
        `${T4.go(-60 * 24 * 9 + 1.6)} Connecting to amqp://guest:guest@rabbitmq:5672/`,
        `${T4.go(-60 * 24 * 9 + 1.7)} Rabbit MQ ready true`,
      ],
    },
  }),
];
