// s21c blind dev scenario for Robot Shop (split: dev): an in-house web (nginx) build proxies /api/ratings/ to port 8080 of
// the ratings Service, which only serves 80, so ratings calls hang until nginx's 60 s connect timeout; written blind.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const T = clock('2026-05-06T13:40:00Z');
const ROLL = -38; // 13:02, web 2.2.0 rolled out by the storefront team's pipeline
const NEW_WEB = '739275114806.dkr.ecr.eu-west-1.amazonaws.com/robot-shop/rs-web:2.2.0';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');
const clf = (min) => { const d = new Date(T.isoMs(min)); return `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`; };
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const HOST = 'shop.robotshop-prod.example';
const ROBOTS = ['Watson', 'EMM', 'HAL-1', 'SHCE', 'EPE', 'RED', 'Ewooid', 'STAN-1', 'CNA'];
const clients = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
const acc = (min, ip, req, code, bytes, ref = `http://${HOST}/`) => `${ip} - - [${clf(min)}] "${req} HTTP/1.1" ${code} ${bytes} "${ref}" "${UA}" "-"`;

const webLog = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '20-envsubst-on-templates.sh: Running envsubst on /etc/nginx/templates/default.conf.template to /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];
for (let m = ROLL + 1, i = 0; m < -0.2; m += 0.37, i++) {
  const r = ROBOTS[i % ROBOTS.length];
  const ip = clients[i % 3];
  webLog.push(acc(m, ip, `GET /api/catalogue/product/${r}`, 200, 228, `http://${HOST}/product/${r}`));
  webLog.push(acc(m + 0.01, ip, `GET /api/cart/cart/anonymous-${4100 + i}`, i % 4 ? 200 : 404, i % 4 ? 183 : 19));
  if (m > ROLL + 2) {
    // the fetch issued one minute earlier times out now
    webLog.push(`${new Date(T.isoMs(m + 0.02)).toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, '/')} [error] 31#31: *${5200 + i * 7} upstream timed out (110: Connection timed out) while connecting to upstream, client: ${ip}, server: localhost, request: "GET /api/ratings/api/fetch/${r} HTTP/1.1", upstream: "http://%SVCIP:ratings%:8080/api/fetch/${r}", host: "${HOST}", referrer: "http://${HOST}/product/${r}"`);
    webLog.push(acc(m + 0.02, ip, `GET /api/ratings/api/fetch/${r}`, 504, 167, `http://${HOST}/product/${r}`));
  }
  if (i % 9 === 4 && m > ROLL + 2) {
    webLog.push(`${new Date(T.isoMs(m + 0.05)).toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, '/')} [error] 31#31: *${5203 + i * 7} upstream timed out (110: Connection timed out) while connecting to upstream, client: ${ip}, server: localhost, request: "PUT /api/ratings/api/rate/${r}/5 HTTP/1.1", upstream: "http://%SVCIP:ratings%:8080/api/rate/${r}/5", host: "${HOST}", referrer: "http://${HOST}/product/${r}"`);
    webLog.push(acc(m + 0.05, ip, `PUT /api/ratings/api/rate/${r}/5`, 504, 167, `http://${HOST}/product/${r}`));
  }
}
webLog.splice(5, 0, ...[0, 1, 2, 3].map((k) => `${new Date(T.isoMs(ROLL + 0.6)).toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, '/')} [notice] 1#1: ${['using the "epoll" event method', 'nginx/1.25.5', 'start worker processes', 'start worker process 31'][k]}`));

// ratings: php-apache access log, `kubectl logs --tail` keeps only the readiness probes of the last minutes
const ratingsLog = [];
for (let m = -12.5; m < -0.05; m += 5 / 60) ratingsLog.push(`10.1.3.206 - - [${clf(m)}] "GET /_health HTTP/1.1" 200 36 "-" "kube-probe/1.30"`);

export const scenarios = [
  withDefaults({
    folder: 's21c-web-ratings-proxy-port',
    incidentTime: '2026-05-06T13:40:00Z',
    description: 'robot shop ratings broken - stars spin forever on product pages and rating a robot does nothing. ratings pod looks fine??',
    expected: { component: 'web', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['rollout-regression', 'pods-ready', 'decoy'],
    grounding: `
      Manifests (instana/robot-shop K8s/helm at 55292e2): ratings Service port 80 -> 80 (php-apache, readiness /_health:80), web
      renders web/default.conf.template with envsubst, upstream 'location /api/ratings/ { proxy_pass http://\${RATINGS_HOST}:80/; }'
      while every other API location uses :8080. Fault: a rollout regression of the kind the nginx proxy_pass templates invite: the
      storefront team's own web build 2.2.0 (ECR, rolled out at 13:02) moved to the official nginx image's /etc/nginx/templates envsubst step, refactored the template and proxies /api/ratings/ to
      \${RATINGS_HOST}:8080. The ratings ClusterIP has no rule for port 8080, so kube-proxy lets the SYN go nowhere and nginx logs
      "upstream timed out (110: Connection timed out) while connecting to upstream" with upstream http://<ratings ClusterIP>:8080 and
      answers 504 after proxy_connect_timeout (60 s); catalogue and cart calls through the same web pod work. The web pod is Running
      and Ready (no probes upstream), the ratings pod too and its log only shows kubelet readiness probes (no API call reaches it).
      Decoy: ratings was OOM-killed once 26 hours ago (php-apache at its 100Mi limit) and restarted cleanly; the description blames ratings.`,
    workloads: {
      web: {
        rollout: { at: ROLL, revision: 5, oldContainers: { web: { image: 'robotshop/rs-web:2.1.0' } } },
        containers: { web: { image: NEW_WEB } },
      },
      ratings: {
        pods: [{
          containers: {
            ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 26), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 26 - 0.1) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled up replica set web-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled down replica set web-%OLD% to 0 from 1', first: ROLL + 0.7, last: ROLL + 0.7 },
      { on: 'pod:web#0', reason: 'Pulling', message: `Pulling image "${NEW_WEB}"`, first: ROLL + 0.05, last: ROLL + 0.05, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_WEB}" in 4.812s (4.812s including waiting). Image size: 71355942 bytes.`, first: ROLL + 0.15, last: ROLL + 0.15, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'Created', message: 'Created container web', first: ROLL + 0.15, last: ROLL + 0.15, fieldPath: 'spec.containers{web}' },
      { on: 'pod:web#0', reason: 'Started', message: 'Started container web', first: ROLL + 0.16, last: ROLL + 0.16, fieldPath: 'spec.containers{web}' },
    ],
    logs: {
      'web#0/web': webLog,
      'ratings#0/ratings': ratingsLog,
    },
  }),
];
