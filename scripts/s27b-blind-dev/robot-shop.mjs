// Blind dev scenario s27b for Stan's Robot Shop (kit spec, split dev): the catalogue Service is deleted and re-created during a
// release, gets a new ClusterIP, and web's nginx keeps proxying /api/catalogue/ to the old address it resolved at start.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INCIDENT = '2026-03-26T13:05:00Z';
const T = clock(INCIDENT);
const AT = -18; // 12:47 release
const OLD_CATALOGUE_IP = '10.100.148.203';
const ELB = 'a3f0c7d21b9e44c8a6e2f1d0b5c94e7a-1186532947.eu-west-1.elb.amazonaws.com';
const NODE_IPS = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
const UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const local = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const p = (n) => String(n).padStart(2, '0'); return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`; };
// nginx "main" access log (official image) and error log.
const access = (min, i, path, status, bytes, ref = '/') =>
  `${NODE_IPS[i % 3]} - - [${local(min)}] "GET ${path} HTTP/1.1" ${status} ${bytes} "http://${ELB}${ref}" "${UA[i % 3]}" "-"`;
const nerr = (min, conn, i, path) =>
  `${T.go(min)} [error] 22#22: *${conn} upstream timed out (110: Connection timed out) while connecting to upstream, client: ${NODE_IPS[i % 3]}, server: localhost, request: "GET /api/catalogue/${path} HTTP/1.1", upstream: "http://${OLD_CATALOGUE_IP}:8080/${path}", host: "${ELB}", referrer: "http://${ELB}/"`;

const PAY_ENV = system.workloads.find((w) => w.name === 'payment').containers[0].env;
const PATHS = ['categories', 'products/Robot', 'products/Artificial%20Intelligence', 'product/EMM', 'product/SHCE', 'search/robot'];
const web = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '20-envsubst-on-templates.sh: Running envsubst on /etc/nginx/templates/default.conf.template to /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];
let conn = 88211;
for (let m = -34, i = 0; m < -0.4; m += 0.37, i++) {
  const before = m < AT;
  const p = PATHS[i % PATHS.length];
  web.push(access(m, i, '/', 200, 1493, '/'));
  web.push(access(m + 0.01, i, '/api/user/uniqueid', 200, 50));
  if (before) web.push(access(m + 0.02, i, `/api/catalogue/${p}`, 200, 300 + (i * 37) % 2400));
  else if (m + 1.001 < -0.05) {
    // the 504 is logged when proxy_connect_timeout (60 s) expires
    web.push(nerr(m + 1, ++conn, i, p));
    web.push(access(m + 1.001, i, `/api/catalogue/${p}`, 504, 494));
  }
  if (i % 4 === 0) web.push(access(m + 0.03, i, `/api/cart/cart/${4000 + (i % 90)}`, 200, 134));
  if (i % 7 === 0) web.push(access(m + 0.04, i, '/api/ratings/api/fetch/EMM', 200, 41));
}

const catalogue = [];
for (let m = -34, i = 0; m < -0.4; m += 0.37, i++) {
  const before = m < AT;
  if (before) catalogue.push(pino(T, m + 0.02, 'info', '%POD%', 'request completed', `"req":{"id":${9000 + i},"method":"GET","url":"/${PATHS[i % PATHS.length]}","headers":{"host":"catalogue:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${40000 + i}},"res":{"statusCode":200},"responseTime":${3 + (i % 5)},`));
  if (i % 9 === 0) catalogue.push(pino(T, m + 0.05, 'info', '%POD%', 'request completed', `"req":{"id":${9500 + i},"method":"GET","url":"/product/${['EMM', 'SHCE', 'RED', 'UHJ'][i % 4]}","headers":{"host":"catalogue:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:cart#0%","remotePort":${50000 + i}},"res":{"statusCode":200},"responseTime":4,`));
}

export const serviceEdits = { 's27b-catalogue-svc-recreated-nginx-stale-ip': [['catalogue', 'helm', AT, INCIDENT]] };

export const scenarios = [
  withDefaults({
    folder: 's27b-catalogue-svc-recreated-nginx-stale-ip',
    incidentTime: INCIDENT,
    description: 'robot shop: product pages spin forever since the 12:47 payment release, home page and cart load fine',
    expected: { component: 'web', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'web', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'decoy', 'time-expression'],
    grounding: `
      Robot Shop 2.1.0 (kit-systems/robot-shop.mjs, SOURCES.md). web is nginx with web/default.conf.template rendered by the
      image's envsubst entrypoint: "location /api/catalogue/ { proxy_pass http://\${CATALOGUE_HOST}:8080/; }" with a literal host
      name and no resolver directive, so nginx resolves catalogue once when it loads its configuration and keeps that address
      for the life of the process (documented nginx behaviour, a well-known trap on Kubernetes when a Service is re-created).
      During the 12:47 release (a payment chart change setting PAYMENT_GATEWAY), helm upgrade failed on the catalogue Service
      with a "field is immutable" error and the engineer deleted the Service and ran the upgrade again: the new catalogue
      Service (creationTimestamp and helm managedFields 12:47) has a new ClusterIP, its Endpoints list the healthy catalogue pod.
      Nothing answers on the old ClusterIP any more (kube-proxy removed its rules, packets leave the node and are dropped), so
      every /api/catalogue/ request through web waits proxy_connect_timeout (60 s) and ends in "upstream timed out (110:
      Connection timed out) while connecting to upstream ... upstream: http://10.100.148.203:8080/..." and a 504, while
      /api/user, /api/cart and /api/ratings still work and cart's own calls to catalogue (Node.js resolves the name per
      request) succeed. catalogue is Running, Ready and healthy: its log shows web's requests stop at 12:47 and cart's
      continue. The payment rollout of the same release is healthy (decoy the description blames). A careful engineer names
      web (stale upstream address: network-fault; the static proxy_pass without a resolver, config-error, also accepted);
      reloading or restarting web fixes it.`,
    workloads: {
      payment: {
        rollout: { at: AT, revision: 5, oldContainers: { payment: { env: PAY_ENV } } },
        containers: { payment: { env: [...PAY_ENV, { name: 'PAYMENT_GATEWAY', value: 'https://www.paypal.com/' }] } },
      },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: AT + 0.2, last: AT + 0.2 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: AT + 0.5, last: AT + 0.5 },
    ],
    logs: {
      'web#0/web': web,
      'catalogue#0/catalogue': catalogue,
      'payment#0/payment': [
        `[uWSGI] getting INI configuration from payment.ini`,
        `*** Starting uWSGI 2.0.23 (64bit) on [${new Date(Date.parse(T.isoMs(AT + 0.3))).toUTCString().replace(',', '').replace(' GMT', '')}] ***`,
        `uwsgi socket 0 bound to TCP address 0.0.0.0:8080 fd 3`,
        `*** uWSGI is running in multiple interpreter mode ***`,
        `spawned uWSGI master process (pid: 1)`,
        `spawned uWSGI worker 1 (pid: 7, cores: 1)`,
        `spawned uWSGI worker 2 (pid: 8, cores: 1)`,
      ],
    },
  }),
];
