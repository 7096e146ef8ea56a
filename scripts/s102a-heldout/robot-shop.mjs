// Blind held-out batch s102a: one Robot Shop scenario (split: test), on the kit's Robot Shop system (withDefaults, pino).
// Built by scripts/s102a-build.mjs (which also writes the StatefulSet pod's generateName); grounding inside.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const T = clock('2026-07-09T10:58:00Z');
const pad = (n, w = 2) => String(n).padStart(w, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const d = (min) => new Date(T.isoMs(min));
const errlog = (min, level, conn, msg) => { const x = d(min); return `${x.getUTCFullYear()}/${pad(x.getUTCMonth() + 1)}/${pad(x.getUTCDate())} ${pad(x.getUTCHours())}:${pad(x.getUTCMinutes())}:${pad(x.getUTCSeconds())} [${level}] 22#22: ${conn}${msg}`; };
const access = (min, client, req, status, bytes) => { const x = d(min); return `${client} - - [${pad(x.getUTCDate())}/${MON[x.getUTCMonth()]}/${x.getUTCFullYear()}:${pad(x.getUTCHours())}:${pad(x.getUTCMinutes())}:${pad(x.getUTCSeconds())} +0000] "${req} HTTP/1.1" ${status} ${bytes} "https://shop.robot.example/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1" "-"`; };
const up = (svc, path) => `upstream: "http://%SVCIP:${svc}%:8080${path}", host: "shop.robot.example", referrer: "https://shop.robot.example/"`;
const exhausted = (min, n, client, req, svc, path) => errlog(min, 'alert', `*${n} `, `1024 worker_connections are not enough while connecting to upstream, client: ${client}, server: localhost, request: "${req} HTTP/1.1", ${up(svc, path)}`);

const webLines = [errlog(-60 * 24 * 5 + 0.4, 'notice', '', 'using the "epoll" event method'), errlog(-60 * 24 * 5 + 0.4, 'notice', '', 'nginx/1.21.6'), errlog(-60 * 24 * 5 + 0.4, 'notice', '', 'start worker processes'), errlog(-60 * 24 * 5 + 0.4, 'notice', '', 'start worker process 22')];
let n = 4811203;
for (let m = -19; m < -0.2; m += 0.7) {
  const k = Math.round((m + 19) * 10);
  webLines.push(access(m, '10.1.2.137', 'GET /api/catalogue/products', 200, 2811));
  if (k % 3 === 0) {
    webLines.push(exhausted(m + 0.05, n++, '10.1.1.84', 'GET /api/cart/cart/anonymous-' + (4100 + k), 'cart', '/cart/anonymous-' + (4100 + k)));
    webLines.push(access(m + 0.05, '10.1.1.84', 'GET /api/cart/cart/anonymous-' + (4100 + k), 500, 177));
  }
  if (k % 4 === 1) {
    webLines.push(exhausted(m + 0.1, n++, '10.1.3.206', 'GET /api/catalogue/categories', 'catalogue', '/categories'));
    webLines.push(access(m + 0.1, '10.1.3.206', 'GET /api/catalogue/categories', 500, 177));
  }
  if (k % 5 === 2) webLines.push(errlog(m + 0.2, 'alert', '', '1024 worker_connections are not enough'));
  n += 700;
}

export const scenarios = [
  withDefaults({
    folder: 's102a-web-worker-connections',
    incidentTime: '2026-07-09T10:58:00Z',
    description: 'robotshop giving random 500s since the newsletter went out (~10:40). some page loads fine, refresh and its 500. is the catalog api down??',
    expected: { component: 'web', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'decoy', 'time-expression'],
    grounding: `
      Manifest: instana/robot-shop K8s/helm at 55292e2: web (rs-web, nginx) proxies /api/<service>/ to the services on 8080,
      one replica, no probes, LoadBalancer Service. Deviation/assumption: the image's nginx.conf is taken to keep the stock
      "worker_connections 1024" with a single worker process (the nginx docs: each proxied request holds a client and an
      upstream connection). Fault: a newsletter sends a burst of mobile clients holding keep-alive connections; the single
      worker runs out of connections and nginx logs "[alert] ... 1024 worker_connections are not enough while connecting to
      upstream" and answers 500 for those requests, while upstreams are healthy and fast. Pods stay Ready (no probes).
      Decoy: shipping's JVM container was OOMKilled three days ago and has run since.
    `,
    workloads: {
      shipping: { pods: [{ containers: { shipping: { state: { running: { startedAt: T.iso(-60 * 24 * 3 + 0.2) } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }] },
    },
    events: [],
    logs: {
      'web#0/web': webLines,
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 5 + 0.3, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -60 * 24 * 5 + 0.3, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -12.3, 'info', '%POD%', 'request completed', '"req":{"id":88213,"method":"GET","url":"/products","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":4,'),
        pino(T, -2.1, 'info', '%POD%', 'request completed', '"req":{"id":93570,"method":"GET","url":"/categories","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":3,'),
      ],
      'cart#0/cart': [
        pino(T, -60 * 24 * 5 + 0.3, 'info', '%POD%', 'Redis READY'),
        pino(T, -60 * 24 * 5 + 0.3, 'info', '%POD%', 'started on port 8080'),
        pino(T, -8.7, 'info', '%POD%', 'request completed', '"req":{"id":61029,"method":"GET","url":"/cart/anonymous-4311","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":404},"responseTime":2,'),
      ],
      'shipping#0/shipping': [
        `${T.java(-60 * 24 * 3 + 0.9)}  INFO 1 --- [           main] com.instana.robotshop.shipping.ShippingServiceApplication : Started ShippingServiceApplication in 41.212 seconds (JVM running for 44.07)`,
      ],
    },
  }),
];
