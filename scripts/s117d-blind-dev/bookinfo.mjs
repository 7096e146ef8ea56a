// Blind dev batch s117d (no-fault incidents): Istio Bookinfo scenario spec for scripts/s2-scenario-kit.mjs.
// A 4xx-rate alert fired by the scheduled external vulnerability scan; decoy: a reviews-v2 rollout in the window whose first pod failed a probe.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const INC = '2026-05-14T02:35:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const apache = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const p = (n) => String(n).padStart(2, '0'); return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`; };
const wz = (min, path, code, from = '127.0.0.6') => `INFO:werkzeug:${from} - - [${apache(min)}] "GET ${path} HTTP/1.1" ${code} -`;
const SCAN = ['/wp-login.php', '/.env', '/admin/config.php', '/.git/config', '/phpmyadmin/', '/cgi-bin/luci', '/actuator/env', '/server-status', '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php', '/api/v1/pods', '/xmlrpc.php', '/console/'];
const pp = [];
for (let m = -58; m < -0.5; m += 0.7) {
  pp.push(wz(m, '/productpage', 200));
  if (m > -32 && m < -12) for (let k = 0; k < 4; k++) pp.push(wz(m + k * 0.1, SCAN[(Math.round(-m * 10) + k) % SCAN.length], 404));
}
const spring = (min, msg) => `[${T.java(min).replace(' ', 'T').slice(0, 19)}.${T.java(min).slice(20)}Z] [INFO ] ${msg}`;
export const scenarios = [
  bookinfoScenario({
    folder: 's117d-weekly-vuln-scan-404s',
    incidentTime: INC,
    description: 'PagerDuty: [bookinfo] productpage 4xx ratio > 5% (5m) fired 02:05, resolved 02:24, then re-fired?? reviews was deployed tonight too',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    workloads: {
      'reviews-v2': {
        rollout: { at: -38, revision: 4, oldReplicas: 0, oldContainers: { reviews: { image: 'docker.io/istio/examples-bookinfo-reviews-v2:1.19.1' } } },
      },
    },
    events: [
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set reviews-v2-%NEW% from 0 to 1', first: -38 },
      { on: 'pod:reviews-v2#0', reason: 'Pulling', message: 'Pulling image "docker.io/istio/examples-bookinfo-reviews-v2:1.20.1"', first: -37.6 },
      { on: 'pod:reviews-v2#0', reason: 'Pulled', message: 'Successfully pulled image "docker.io/istio/examples-bookinfo-reviews-v2:1.20.1" in 14.882s (14.882s including waiting). Image size: 412386512 bytes.', first: -37.3 },
      { on: 'pod:reviews-v2#0', reason: 'Created', message: 'Created container: reviews', first: -37.3 },
      { on: 'pod:reviews-v2#0', reason: 'Started', message: 'Started container reviews', first: -37.3 },
      { on: 'pod:reviews-v2#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{istio-proxy}', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', first: -37.2, last: -36.9, count: 3 },
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled down replica set reviews-v2-%OLD% from 1 to 0', first: -36 },
    ],
    logs: {
      'productpage-v1#0/productpage': pp,
      'reviews-v2#0/reviews': [
        spring(-37.2, 'Launching defaultServer (Open Liberty 24.0.0.6/wlp-1.0.90.cl240620240603-2001) on Eclipse OpenJ9 VM, version 17.0.11+9 (en_US)'),
        spring(-36.8, 'CWWKZ0001I: Application reviews-app started in 3.114 seconds.'),
        spring(-36.7, 'CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.502 seconds.'),
      ],
    },
    grounding: `No fault. The 4xx alert (productpage 404 ratio) comes from the weekly authenticated-perimeter vulnerability scan run from outside the
      cluster between 02:03 and 02:23: dozens of GETs for /wp-login.php, /.env, /.git/config and similar that productpage (Flask) rightly
      answers 404 while /productpage keeps answering 200 — expected behaviour, nothing to fix. Decoy inside the hour: reviews-v2 rolled out
      1.19.1 -> 1.20.1 at 01:57 (only the image tag differs); its first pod's istio-proxy readiness probe on :15021 was refused three times
      while Envoy started (as in every injected pod start) and it has been Ready since. Deviation from upstream: reviews-v2 ran 1.19.1 before.
      Log lines follow werkzeug's request log and Open Liberty's console messages.`,
  }),
];
