// Blind dev batch s127a: Robot Shop. Written without reading rule packs, engine source or other scenarios.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, defaultPvcs as pvcs, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;
const INC = '2026-05-15T19:22:00Z';
const T = clock(INC);
const apacheTs = (min) => { const d = new Date(Date.parse(T.isoMs(min))); return d.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1 $3 $2 $5.000000 $4'); };
const access = (min, path, code, bytes) => { const d = new Date(Date.parse(T.isoMs(min))); const p = (n) => String(n).padStart(2, '0'); const mon = d.toUTCString().split(' ')[2]; return `10.1.2.41 - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "GET ${path} HTTP/1.1" ${code} ${bytes} "-" "Mozilla/5.0 (compatible; PetalBot;+https://webmaster.petalsearch.com/site/petalbot)"`; };
const nginxTs = (min) => T.go(min);
const up = (min, path, ip) => `${nginxTs(min)} [error] 29#29: *${48211 + Math.round(-min * 37)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.1.12, server: localhost, request: "GET /api/ratings${path} HTTP/1.1", upstream: "http://${ip}:80${path}", host: "shop.robot-shop.example.com", referrer: "https://shop.robot-shop.example.com/"`;

export const scenarios = [
  withDefaults({
    folder: 's127a-ratings-apache-maxrequestworkers',
    incidentTime: INC,
    description: 'robotshop product pages hang ~30s before rendering since 19:05ish, web 504s in the logs. started right after the marketing email went out? catalogue looks fine',
    expected: { component: 'ratings', cause: 'resource-exhaustion' },
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'partial-name'],
    grounding: `
      Robot Shop 2.1.0 (K8s/helm at 55292e2): ratings is one replica of rs-ratings (PHP 7 on the php:*-apache image, Apache
      mpm_prefork + mod_php) behind the ratings Service on port 80, with a 100Mi memory limit and a readiness probe on
      /_health (timeout 1s, failureThreshold 30). web (nginx) proxies /api/ratings/ to it and every product page calls
      /api/ratings/api/fetch/<sku>. Fault: after a marketing e-mail plus an aggressive crawler (PetalBot) hitting product
      pages, all Apache prefork children are busy; Apache logs the documented 'AH00161: server reached MaxRequestWorkers
      setting, consider raising the MaxRequestWorkers setting', new connections wait in the listen backlog, nginx logs
      'upstream timed out (110: Connection timed out) while reading response header' and the page hangs until nginx's
      proxy timeout. The readiness probe fails only now and then (1s timeout, threshold 30), so the pod stays Ready.
      Deviation from upstream: the operators capped MaxRequestWorkers at 10 in mpm_prefork.conf (image default 150)
      so the children fit the 100Mi limit; the crawler and e-mail traffic are invented. mysql (ratings' database) is
      healthy; catalogue and cart keep answering.
    `,
    events: [
      { on: 'pod:ratings#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -16, last: -0.8, count: 23, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'ratings#0/ratings': [
        `[${apacheTs(-60 * 24 * 9 + 0.2)}] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.38 (Debian) PHP/7.3.31 configured -- resuming normal operations`,
        `[${apacheTs(-60 * 24 * 9 + 0.2)}] [core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'`,
        access(-19, '/api/fetch/Watson', 200, 31),
        access(-18.5, '/api/fetch/Ewooid', 200, 31),
        `[${apacheTs(-17)}] [mpm_prefork:error] [pid 1] AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting`,
        access(-12, '/api/fetch/HAL-1', 200, 31),
        access(-6, '/api/fetch/STAN-1', 200, 31),
        access(-2, '/api/fetch/K9', 200, 31),
        access(-1, '/_health', 200, 2),
      ],
      'web#0/web': [
        `10.1.1.12 - - [15/May/2026:19:00:12 +0000] "GET /api/catalogue/products HTTP/1.1" 200 2813 "https://shop.robot-shop.example.com/" "Mozilla/5.0"`,
        up(-16, '/api/fetch/Watson', '%SVCIP:ratings%'),
        up(-13, '/api/fetch/RD-10', '%SVCIP:ratings%'),
        up(-9, '/api/fetch/EMM', '%SVCIP:ratings%'),
        `10.1.1.12 - - [15/May/2026:19:15:41 +0000] "GET /api/ratings/api/fetch/EMM HTTP/1.1" 504 167 "https://shop.robot-shop.example.com/" "Mozilla/5.0"`,
        up(-4, '/api/fetch/SHCE', '%SVCIP:ratings%'),
        `10.1.1.12 - - [15/May/2026:19:19:02 +0000] "GET /api/catalogue/product/SHCE HTTP/1.1" 200 291 "https://shop.robot-shop.example.com/" "Mozilla/5.0"`,
        up(-1.5, '/api/fetch/Watson', '%SVCIP:ratings%'),
      ],
      'catalogue#0/catalogue': [
        pino(T, -10, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/product/EMM"},"res":{"statusCode":200},"responseTime":4,'),
        pino(T, -3, 'info', '%POD%', 'request completed', '"req":{"method":"GET","url":"/product/SHCE"},"res":{"statusCode":200},"responseTime":3,'),
      ],
    },
  }),
];
