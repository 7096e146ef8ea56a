// Batch s39c (blind dev, split: dev): one Robot Shop incident as a kit spec, on the kit system definition.
// The catalogue Service is deleted and re-created with a new ClusterIP; web's nginx keeps proxying to the old address and times out.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-09-21T09:58:00Z');
const OLD_IP = '10.100.182.57';
const HOST = 'a3f9c0d1e7b24c5a9e61f08d2c7b4e13-1418305527.eu-west-1.elb.amazonaws.com';
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36';
const CLIENTS = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => { const d = new Date(T.isoMs(min)); const p = (n) => String(n).padStart(2, '0'); return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`; };
const access = (min, i, req, status, bytes, ref = '/') => ({ min, line: `${CLIENTS[i % 3]} - - [${clf(min)}] "${req} HTTP/1.1" ${status} ${bytes} "http://${HOST}${ref}" "${UA}" "-"` });
const err = (min, i, conn, req, upstreamPath) => ({ min, line: `${T.go(min)} [error] 22#22: *${conn} upstream timed out (110: Connection timed out) while connecting to upstream, client: ${CLIENTS[i % 3]}, server: localhost, request: "${req} HTTP/1.1", upstream: "http://${OLD_IP}:8080${upstreamPath}", host: "${HOST}", referrer: "http://${HOST}/"` });

const web = [];
// before the Service is re-created: normal traffic
for (let i = 0; i < 10; i++) {
  const m = -52 + i * 1.3;
  web.push(access(m, i, 'GET /api/catalogue/products', 200, 2716));
  web.push(access(m + 0.02, i, 'GET /api/catalogue/categories', 200, 62));
  web.push(access(m + 0.05, i, `GET /api/ratings/api/fetch/${['Watson', 'Ewooid', 'HPTD', 'UHJ'][i % 4]}`, 200, 38, '/product.html'));
  if (i % 3 === 0) web.push(access(m + 0.3, i, 'GET /api/user/uniqueid', 200, 45));
}
// after it: every catalogue call waits proxy_connect_timeout (60 s) on the old ClusterIP, the rest answers
let conn = 30412;
for (let i = 0; i < 22; i++) {
  const m = -36.5 + i * 1.6;
  const path = i % 2 ? '/categories' : '/products';
  web.push(access(m, i, 'GET /api/user/uniqueid', 200, 45));
  web.push(access(m + 0.05, i, 'GET /api/cart/cart/' + (4000 + i), 200, 74));
  if (i % 3 === 1) web.push(access(m + 0.1, i, 'GET /api/ratings/api/fetch/Watson', 200, 38, '/product.html'));
  web.push(err(m + 1, i, conn, `GET /api/catalogue${path}`, path));
  web.push(access(m + 1, i, `GET /api/catalogue${path}`, 504, 167));
  conn += 37;
}
web.sort((a, b) => a.min - b.min);

const scenarioStale = withDefaults({
  folder: 's39c-web-nginx-stale-catalogue-ip',
  description: 'robot shop home page shows no products since ~09:20, catalogue calls 504 in the browser; catalogue pod looks fine',
  incidentTime: '2026-09-21T09:58:00Z',
  expected: { component: 'web', cause: 'network-fault' },
  alsoAcceptable: [{ component: 'web', cause: 'config-error' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'time-expression', 'decoy'],
  grounding: `
    Manifests: instana/robot-shop K8s/helm at 55292e2 as the kit system (web: rs-web:2.1.0, nginx rendering
    web/default.conf.template with envsubst into location /api/catalogue/ { proxy_pass http://\${CATALOGUE_HOST}:8080/; },
    a static upstream hostname and no resolver directive, so nginx resolves catalogue once when it loads its configuration).
    Fault: at 09:21 an engineer removes the catalogue Service and applies it again (kubectl delete + apply, to drop the annotations
    of the mesh they uninstalled); the new Service gets a new ClusterIP (its creationTimestamp and the Endpoints' change time are
    the only Kubernetes trace). web, running for 9 days, still proxies /api/catalogue/ to the old ClusterIP ${OLD_IP}, which no
    kube-proxy rule answers any more: every catalogue call waits nginx's 60 s proxy_connect_timeout and ends in "upstream timed
    out (110: Connection timed out) while connecting to upstream" with upstream http://${OLD_IP}:8080/..., then a 504.
    The catalogue pod is Ready and serves cart and ratings, which resolve the name per request; user, cart and ratings routes
    of web answer 200. The careful answer: web's connectivity to catalogue fails on a stale address (network-fault on web; restart
    web or add a resolver); naming web's nginx configuration that resolves upstreams only at load (config-error on web) is also
    accepted.
    Decoys: dispatch restarted five days ago (old exit 1 during a RabbitMQ restart), healthy now.
  `,
  workloads: {
    dispatch: {
      pods: [{
        containers: {
          dispatch: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.2) } }),
        },
      }],
    },
    catalogue: { endpointsChanged: -37.2 },
  },
  events: [],
  logs: {
    'web#0/web': web.map((x) => x.line),
    'catalogue#0/catalogue': [
      pino(T, -60 * 24 * 9, 'info', '%POD%', 'MongoDB connected'),
      pino(T, -60 * 24 * 9, 'info', '%POD%', 'Started on port 8080'),
      pino(T, -44.1, 'info', '%POD%', 'request completed', '"req":{"id":91544,"method":"GET","url":"/products","headers":{"host":"catalogue:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":48112},"res":{"statusCode":200},"responseTime":4,'),
      pino(T, -30.6, 'info', '%POD%', 'request completed', '"req":{"id":91602,"method":"GET","url":"/product/Watson","headers":{"host":"catalogue:8080","connection":"keep-alive"},"remoteAddress":"::ffff:%IPOF:cart#0%","remotePort":40918},"res":{"statusCode":200},"responseTime":3,'),
      pino(T, -12.3, 'info', '%POD%', 'request completed', '"req":{"id":91688,"method":"GET","url":"/product/UHJ","headers":{"host":"catalogue:8080","connection":"keep-alive"},"remoteAddress":"::ffff:%IPOF:cart#0%","remotePort":40918},"res":{"statusCode":200},"responseTime":2,'),
    ],
    'cart#0/cart': [
      pino(T, -60 * 24 * 9, 'info', '%POD%', 'Redis READY'),
      pino(T, -60 * 24 * 9, 'info', '%POD%', 'Started on port 8080'),
      pino(T, -30.6, 'info', '%POD%', 'request completed', '"req":{"id":22731,"method":"GET","url":"/add/4011/Watson/1","headers":{"host":"cart:8080","connection":"close"}},"res":{"statusCode":200},"responseTime":18,'),
      pino(T, -12.3, 'info', '%POD%', 'request completed', '"req":{"id":22790,"method":"GET","url":"/add/4016/UHJ/1","headers":{"host":"cart:8080","connection":"close"}},"res":{"statusCode":200},"responseTime":15,'),
    ],
  },
});

export const scenarios = [scenarioStale];

/** What the kit cannot express: the catalogue Service was re-created 37 minutes before the incident. */
export const post = {
  's39c-web-nginx-stale-catalogue-ip': ({ services, endpoints }) => {
    for (const list of [services, endpoints])
      for (const o of list.items)
        if (o.metadata.name === 'catalogue') {
          o.metadata.creationTimestamp = T.iso(-37.3);
          o.metadata.resourceVersion = '9146120';
          o.metadata.uid = '7c2e9f41-0b6d-4a83-9e15-d4f8a2c6b719';
          if (list === endpoints) o.metadata.uid = '2a9d4e70-6c1b-4f38-b2e5-81c7f0d3a694';
        }
  },
};
