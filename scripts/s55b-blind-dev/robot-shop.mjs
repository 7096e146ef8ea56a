// Blind dev batch s55b, Stan's Robot Shop: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s55b-build.mjs — a crawler saturates ratings (php:7.4-apache, 200m CPU limit) past its HPA maximum (resource-exhaustion).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INCIDENT = '2026-05-14T14:31:00Z';
const T = clock(INCIDENT);
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const at = (min) => new Date(Date.parse(INCIDENT) + Math.round(min * 60000));
const p2 = (n) => String(n).padStart(2, '0');
// Apache error log: [Thu May 14 14:16:02.123456 2026]
const apacheTs = (min) => {
  const d = at(min);
  return `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds() * 1000 + 417).padStart(6, '0')} ${d.getUTCFullYear()}`;
};
// common/combined log time: 14/May/2026:14:05:01 +0000
const clf = (min) => {
  const d = at(min);
  return `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
};
const aerr = (min, mod, pid, msg) => `[${apacheTs(min)}] [${mod}] [pid ${pid}] ${msg}`;
const aacc = (min, ip, req, code, bytes, ua) => `${ip} - - [${clf(min)}] "${req} HTTP/1.1" ${code} ${bytes} "-" "${ua}"`;
const mono = (min, msg) => `[${T.java(min).slice(0, 19)}] app.INFO: ${msg} []`;
const PROBE = 'kube-probe/1.30';
const BOT = 'Mozilla/5.0 (Linux; Android 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 (compatible; Bytespider; spider-feedback@bytedance.com)';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15';
const SKUS = ['Watson', 'Ewooid', 'HPTD', 'UTAH', 'EPE', 'EMM', 'SHCE', 'RED', 'RMC', 'STAN-1', 'CNA'];
const HOST = 'a3f9c1d27b8e44d0a6c2e5b71f0d9e38-1186432597.eu-west-1.elb.amazonaws.com';
const NODES = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];

// ---- ratings (Apache prefork + Symfony/monolog on stdout, access log on stdout, error log on stderr)
const apacheBoot = (min, ip) => [
  `AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message`,
  `AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message`,
  aerr(min, 'mpm_prefork:notice', 1, 'AH00163: Apache/2.4.56 (Debian) PHP/7.4.33 configured -- resuming normal operations'),
  aerr(min, 'core:notice', 1, "AH00094: Command line: 'apache2 -D FOREGROUND'"),
];
function ratingsLog(first, { bootMin, slowFrom, killed }) {
  const lines = [...apacheBoot(bootMin, '%PODIP%')];
  let k = 0;
  for (let m = first; m < -0.2; m += 0.25, k++) {
    const slow = m >= slowFrom;
    // health checks every 5 s; under saturation they complete seconds after the kubelet's 1 s timeout, and fewer get through
    if (!slow || k % 3 === 0) {
      lines.push(mono(m + (slow ? 0.05 : 0), 'Health-Check {"pdo_connectivity":true}'));
      lines.push(aacc(m + (slow ? 0.05 : 0), '%NODEIP%', 'GET /_health', 200, 25, PROBE));
    }
    if (m >= -24) {
      const n = slow ? 1 : 3;
      for (let j = 0; j < n; j++)
        lines.push(aacc(m + 0.01 * j, '%IPOF:web#0%', `GET /api/fetch/${SKUS[(k * 3 + j) % SKUS.length]}`, 200, 42 + ((k + j) % 7), BOT));
    } else if (k % 2 === 0) {
      lines.push(aacc(m + 0.02, '%IPOF:web#0%', `GET /api/fetch/${SKUS[k % SKUS.length]}`, 200, 44, CHROME));
    }
    if (killed.some((x) => Math.abs(x - m) < 0.125)) lines.push(aerr(m + 0.1, 'core:notice', 1, `AH00052: child pid ${2100 + k * 7} exit signal Killed (9)`));
  }
  return lines;
}

// ---- web (nginx 1.21: access log on stdout, error log on stderr)
function webLog() {
  const lines = [];
  let conn = 48100;
  const nacc = (min, ip, req, code, bytes, ua) => `${ip} - - [${clf(min)}] "${req} HTTP/1.1" ${code} ${bytes} "https://${HOST}/" "${ua}" "-"`;
  const nerr = (min, msg, req, upstream) => {
    const d = at(min);
    return `${d.getUTCFullYear()}/${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} [error] 31#31: *${conn++} ${msg}, client: ${NODES[conn % 3]}, server: localhost, request: "${req} HTTP/1.1", upstream: "${upstream}", host: "${HOST}", referrer: "https://${HOST}/"`;
  };
  for (let m = -32, k = 0; m < -0.2; m += 0.2, k++) {
    const ip = NODES[k % 3];
    const sku = SKUS[k % SKUS.length];
    const user = k % 2 ? CHROME : SAFARI;
    if (k % 3 === 0) lines.push(nacc(m, ip, '/api/catalogue/products', 200, 2716, user));
    if (k % 4 === 1) lines.push(nacc(m + 0.01, ip, `/api/cart/cart/${4000 + (k % 37)}`, 200, 118, user));
    if (k % 5 === 2) lines.push(nacc(m + 0.02, ip, `/api/catalogue/product/${sku}`, 200, 244, user));
    const rq = `GET /api/ratings/api/fetch/${sku}`;
    const up = `http://%SVCIP:ratings%:80/api/fetch/${sku}`;
    if (m < -20) {
      if (k % 5 === 2) lines.push(nacc(m + 0.03, ip, rq, 200, 44, user));
      if (m >= -24) for (let j = 0; j < 4; j++) lines.push(nacc(m + 0.04 + j * 0.01, NODES[(k + j) % 3], `GET /api/ratings/api/fetch/${SKUS[(k + j * 3) % SKUS.length]}`, 200, 45, BOT), nacc(m + 0.045 + j * 0.01, NODES[(k + j) % 3], `GET /api/catalogue/product/${SKUS[(k + j * 3) % SKUS.length]}`, 200, 244, BOT));
    } else if (m < -15) {
      // ratings saturated: nginx gives up after proxy_read_timeout (60 s)
      if (k % 5 === 2) { lines.push(nerr(m, 'upstream timed out (110: Connection timed out) while reading response header from upstream', rq, up)); lines.push(nacc(m, ip, rq, 504, 494, user)); }
      for (let j = 0; j < 2; j++) { lines.push(nerr(m + 0.01 * j, 'upstream timed out (110: Connection timed out) while reading response header from upstream', `GET /api/ratings/api/fetch/${SKUS[(k + j) % SKUS.length]}`, `http://%SVCIP:ratings%:80/api/fetch/${SKUS[(k + j) % SKUS.length]}`)); lines.push(nacc(m + 0.01 * j, NODES[(k + j) % 3], `GET /api/ratings/api/fetch/${SKUS[(k + j) % SKUS.length]}`, 504, 494, BOT)); }
    } else {
      // both ratings pods NotReady: the Service has no ready endpoint and kube-proxy rejects the connection
      if (k % 5 === 2) { lines.push(nerr(m, 'connect() failed (111: Connection refused) while connecting to upstream', rq, up)); lines.push(nacc(m, ip, rq, 502, 494, user)); }
      for (let j = 0; j < 3; j++) { lines.push(nerr(m + 0.01 * j, 'connect() failed (111: Connection refused) while connecting to upstream', `GET /api/ratings/api/fetch/${SKUS[(k + j) % SKUS.length]}`, `http://%SVCIP:ratings%:80/api/fetch/${SKUS[(k + j) % SKUS.length]}`)); lines.push(nacc(m + 0.01 * j, NODES[(k + j) % 3], `GET /api/ratings/api/fetch/${SKUS[(k + j) % SKUS.length]}`, 502, 494, BOT)); }
      if (k % 2 === 0) lines.push(nacc(m + 0.05, NODES[k % 3], `GET /api/catalogue/product/${SKUS[(k + 5) % SKUS.length]}`, 200, 244, BOT));
    }
  }
  return lines;
}

function catalogueLog() {
  const lines = [
    pino(T, -60 * 24 * 9 + 0.35, 'info', '%POD%', 'MongoDB connected'),
    pino(T, -60 * 24 * 9 + 0.35, 'info', '%POD%', 'Started on port 8080'),
  ];
  let id = 91822;
  for (let m = -30, k = 0; m < -0.3; m += 0.4, k++) {
    const url = k % 3 === 0 ? '/products' : `/product/${SKUS[k % SKUS.length]}`;
    lines.push(pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${id++},"method":"GET","url":"${url}","headers":{"host":"catalogue:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${40000 + k * 11}},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":${2 + (k % 5)},`));
  }
  return lines;
}

const hpaFor = (name, { replicas = 1, util, limited = false, lastScale } = {}) => ({
  name,
  spec: {
    scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
    minReplicas: 1,
    maxReplicas: 2,
    metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }],
  },
  status: {
    ...(lastScale ? { lastScaleTime: T.iso(lastScale) } : {}),
    currentReplicas: replicas,
    desiredReplicas: replicas,
    currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: util, averageValue: `${util}m` } } }],
    conditions: [
      { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(lastScale ?? -60 * 24 * 30), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
      { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
      limited
        ? { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-20.5), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' }
        : { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
    ],
  },
});

const probeMsg = 'Readiness probe failed: Get "http://%PODIP%:80/_health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)';

const scenario = withDefaults({
  folder: 's55b-ratings-cpu-saturated-by-crawler',
  description:
    'ratings on the product pages not loading since about 14:10, just spins forever. rest of the shop looks fine, cart + checkout work',
  incidentTime: INCIDENT,
  expected: { component: 'ratings', cause: 'resource-exhaustion' },
  alsoAcceptable: [{ component: 'ratings', cause: 'probe-failure' }],
  difficulty: 'medium',
  traits: ['cpu-starvation', 'louder-dependents', 'decoy', 'time-expression'],
  workloads: {
    ratings: {
      replicas: 2,
      unavailableSince: -15.2,
      pods: [
        { containers: { ratings: cs.running(T.iso(-60 * 24 * 9 + 0.3), { ready: false }) }, readyTransition: T.iso(-16.6) },
        { created: T.iso(-21), containers: { ratings: cs.running(T.iso(-20.6), { ready: false }) }, readyTransition: T.iso(-15.2) },
      ],
      endpointsChanged: -15.2,
    },
    // decoy: shipping's JVM was OOM-killed three days ago and has run cleanly since
    shipping: {
      pods: [{
        containers: {
          shipping: cs.restartedRunning({
            restarts: 1, startedAt: T.iso(-60 * 24 * 3),
            last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3 - 0.05) },
          }),
        },
      }],
    },
  },
  hpas: [
    hpaFor('cart', { util: 9 }),
    hpaFor('catalogue', { util: 14 }),
    hpaFor('dispatch', { util: 3 }),
    hpaFor('payment', { util: 6 }),
    hpaFor('ratings', { replicas: 2, util: 197, limited: true, lastScale: -21 }),
    hpaFor('shipping', { util: 21 }),
    hpaFor('user', { util: 7 }),
    hpaFor('web', { util: 31 }),
  ],
  events: [
    { on: 'hpa:ratings', reason: 'SuccessfulRescale', message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target', first: -21 },
    { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-%NEW% to 2 from 1', first: -21 },
    { on: 'rs:ratings', reason: 'SuccessfulCreate', message: 'Created pod: %PODOF%', first: -21 },
    { on: 'pod:ratings#1', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -21 },
    { on: 'pod:ratings#1', reason: 'Pulling', message: 'Pulling image "robotshop/rs-ratings:2.1.0"', fieldPath: 'spec.containers{ratings}', first: -20.95 },
    { on: 'pod:ratings#1', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-ratings:2.1.0" in 14.862s (14.862s including waiting). Image size: 171498322 bytes.', fieldPath: 'spec.containers{ratings}', first: -20.7 },
    { on: 'pod:ratings#1', reason: 'Created', message: 'Created container ratings', fieldPath: 'spec.containers{ratings}', first: -20.65 },
    { on: 'pod:ratings#1', reason: 'Started', message: 'Started container ratings', fieldPath: 'spec.containers{ratings}', first: -20.6 },
    { on: 'pod:ratings#0', reason: 'Unhealthy', type: 'Warning', message: probeMsg, fieldPath: 'spec.containers{ratings}', first: -19.1, last: -0.1, count: 211 },
    { on: 'pod:ratings#1', reason: 'Unhealthy', type: 'Warning', message: probeMsg, fieldPath: 'spec.containers{ratings}', first: -17.7, last: -0.1, count: 193 },
  ],
  logs: {
    'ratings#0/ratings': ratingsLog(-33, { bootMin: -60 * 24 * 9 + 0.32, slowFrom: -19.5, killed: [-14.1, -9.6, -4.2] }).map((l) => l.replaceAll('%NODEIP%', '10.1.2.137')),
    'ratings#1/ratings': ratingsLog(-20.5, { bootMin: -20.58, slowFrom: -18.2, killed: [-11.3, -6.1] }).map((l) => l.replaceAll('%NODEIP%', '10.1.3.206')),
    'web#0/web': [
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
      '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
      '/docker-entrypoint.sh: Configuration complete; ready for start up',
      ...webLog(),
    ],
    'catalogue#0/catalogue': catalogueLog(),
    'shipping#0/shipping': [
      `${T.java(-60 * 24 * 3 + 0.1)}  INFO 1 --- [           main] com.instana.robotshop.shipping.Main      : Starting Main v1.0 using Java 1.8.0_402 on %POD% with PID 1 (/opt/shipping/shipping.jar started by root in /opt/shipping)`,
      `${T.java(-60 * 24 * 3 + 0.1)}  INFO 1 --- [           main] com.instana.robotshop.shipping.Main      : No active profile set, falling back to default profiles: default`,
      `${T.java(-60 * 24 * 3 + 0.3)}  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port(s): 8080 (http)`,
      `${T.java(-60 * 24 * 3 + 0.45)}  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting...`,
      `${T.java(-60 * 24 * 3 + 0.46)}  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed.`,
      `${T.java(-60 * 24 * 3 + 0.6)}  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http) with context path ''`,
      `${T.java(-60 * 24 * 3 + 0.6)}  INFO 1 --- [           main] com.instana.robotshop.shipping.Main      : Started Main in 31.482 seconds (JVM running for 34.117)`,
    ],
  },
  grounding: `
    Manifests: instana/robot-shop K8s/helm at 55292e2 as the kit system has it — ratings (robotshop/rs-ratings:2.1.0) with requests
    100m/50Mi, limits 200m/100Mi and a readiness probe GET /_health:80 (timeoutSeconds 1, periodSeconds 5, failureThreshold 30), no
    liveness probe; K8s/autoscale.sh creates an HPA per Deployment (min 1, max 2, 50% CPU), installed here. Code: ratings/Dockerfile
    (php:7.4-apache, so Apache prefork with access and error logs on the container's stdout/stderr), Kernel.php (monolog stream handler
    on php://stdout, default line format, channel app), HealthController.php ("Health-Check" with pdo_connectivity),
    RatingsApiController.php (GET /api/fetch/{sku}); web/default.conf.template (location /api/ratings/ proxy_pass
    http://\${RATINGS_HOST}:80/, resolved once at start, so nginx connects to the ratings ClusterIP).
    Fault: from about 14:07 a crawler (Bytespider user agent) walks every product page through the public LoadBalancer and the SPA's
    /api/ratings/api/fetch/<sku> calls. ratings is CPU-bound at its 200m limit: the HPA scales it to its maximum of 2 at 14:10
    (SuccessfulRescale, ScalingLimited TooManyReplicas, utilization ~197% of request), and both pods stay saturated; the PHP children
    the prefork MPM spawns for the backlog also meet the 100Mi memory limit, and on the cgroup-v1 Amazon Linux 2 nodes the kernel kills
    single children (Apache "AH00052: child pid … exit signal Killed (9)") while the container itself keeps running (restartCount 0).
    Health checks queue behind the backlog and answer after the kubelet's 1 s timeout, so after 30 failures each pod turns NotReady
    (14:14, 14:16) and the ratings Service has no ready endpoint: nginx logs 504 "upstream timed out" first, then 502 "connect() failed
    (111: Connection refused)" for every ratings call, by users and crawler alike. Catalogue, cart and the rest answer normally.
    Cause named: resource-exhaustion on ratings (CPU, with memory pressure on its children); the failing readiness probe that takes it
    out of the Service is also accepted.
    Decoys: shipping's container was OOMKilled three days ago (JVM) and has run cleanly since; the web log's 502s are louder than
    anything ratings prints.
    Deviations from upstream: the HPAs of K8s/autoscale.sh are installed; the crawler traffic; Apache version banner as the
    php:7.4-apache image of the 2.1.0 build prints it.
  `,
});

export const scenarios = [scenario];
