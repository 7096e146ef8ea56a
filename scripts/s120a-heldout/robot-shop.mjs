// Blind held-out batch s120a: one Robot Shop scenario (split: test) on the kit system scripts/kit-systems/robot-shop.mjs.
// Written without reading the engine, the rule packs or other scenarios; built by scripts/s120a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const IT = '2026-06-12T19:05:00Z';
const T = clock(IT);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'];
const ngx = (min) => { const d = T.go(min); return d; };
const clf = (min) => { const [date, time] = T.go(min).split(' '); const [y, m, dd] = date.split('/'); return `${dd}/${MON[Number(m) - 1]}/${y}:${time} +0000`; };
const apacheErr = (min, msg) => { const d = new Date(T.isoMs(min)); return `[${d.toUTCString().slice(0, 3)} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, '0')} ${d.toISOString().slice(11, 23)}000 ${d.getUTCFullYear()}] ${msg}`; };

export const scenarios = [
  withDefaults({
    folder: 's120a-ratings-prefork-oom',
    incidentTime: IT,
    description: 'robotshop: star ratings gone + product pages hang for a few secs, started around 18:40 when the promo email went out',
    expected: { component: 'ratings', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'ratings', cause: 'resource-exhaustion' },
      { component: 'ratings', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'partial-name'],
    grounding: `instana/robot-shop K8s/helm (55292e2): ratings is PHP on Apache httpd (mpm_prefork, one process per concurrent
      request) with the chart's small resources, memory limit 100Mi. Fault: a promotional traffic spike raised concurrency, Apache
      forked more children (each PHP/Symfony child holds several MiB RSS), the container's cgroup went over 100Mi and the kernel
      OOM killer ended it (exit 137, reason OOMKilled), 6 times in 25 minutes; readiness fails while it restarts. The web nginx
      is the loud one (502 upstream prematurely closed connection on /api/ratings/). No deviation from upstream manifests; the
      load is the trigger.`,
    workloads: {
      ratings: {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 6, startedAt: T.iso(-1.5), ready: false, last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-5.8), finishedAt: T.iso(-1.6) } }) } }],
        unavailableSince: -1.5,
      },
    },
    events: [
      { on: 'pod:ratings#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": dial tcp %PODIP%:80: connect: connection refused', first: -24, last: -1.4, count: 14, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings#0', reason: 'Pulled', message: 'Container image "robotshop/rs-ratings:2.1.0" already present on machine', first: -24, last: -1.5, count: 6, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings#0', reason: 'Started', message: 'Started container ratings', first: -24, last: -1.5, count: 6, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container ratings in pod %POD%_robot-shop(%PODUID%)', first: -18, last: -1.7, count: 5, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'ratings#0/ratings/previous': [
        apacheErr(-5.8, '[mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.38 (Debian) PHP/7.4.20 configured -- resuming normal operations'),
        apacheErr(-5.8, "[core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'"),
        `10.1.2.40 - - [${clf(-5.5)}] "GET /_health HTTP/1.1" 200 310 "-" "kube-probe/1.30+"`,
        `10.1.3.77 - - [${clf(-5.2)}] "GET /api/fetch/RD-10 HTTP/1.0" 200 31 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"`,
        `10.1.3.77 - - [${clf(-4.1)}] "GET /api/fetch/EMM HTTP/1.0" 200 30 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"`,
        apacheErr(-2.4, '[mpm_prefork:error] [pid 1] AH00161: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting'),
        `10.1.3.77 - - [${clf(-1.7)}] "GET /api/fetch/Watson HTTP/1.0" 200 31 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)"`,
      ],
      'web#0/web': [
        `10.1.1.5 - - [${clf(-3)}] "GET /api/catalogue/product/Watson HTTP/1.1" 200 214 "http://shop.example.com/" "Mozilla/5.0"`,
        `${ngx(-2.9)} [error] 31#31: *88412 upstream prematurely closed connection while reading response header from upstream, client: 10.1.1.5, server: localhost, request: "GET /api/ratings/api/fetch/Watson HTTP/1.1", upstream: "http://%SVCIP:ratings%:80/api/fetch/Watson", host: "shop.example.com", referrer: "http://shop.example.com/"`,
        `10.1.1.5 - - [${clf(-2.9)}] "GET /api/ratings/api/fetch/Watson HTTP/1.1" 502 157 "http://shop.example.com/" "Mozilla/5.0"`,
        `${ngx(-1.2)} [error] 31#31: *88577 connect() failed (111: Connection refused) while connecting to upstream, client: 10.1.2.9, server: localhost, request: "GET /api/ratings/api/fetch/EMM HTTP/1.1", upstream: "http://%SVCIP:ratings%:80/api/fetch/EMM", host: "shop.example.com"`,
        `10.1.2.9 - - [${clf(-1.2)}] "GET /api/ratings/api/fetch/EMM HTTP/1.1" 502 157 "http://shop.example.com/" "Mozilla/5.0"`,
      ],
      'catalogue#0/catalogue': [
        pino(T, -3, 'info', '%POD%', 'request completed', '"req":{"id":4411,"method":"GET","url":"/product/Watson"},"res":{"statusCode":200},"responseTime":3,'),
      ],
    },
  }),
];
