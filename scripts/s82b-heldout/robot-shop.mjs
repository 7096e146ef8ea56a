// Blind held-out batch s82b: one Stan's Robot Shop scenario as a spec for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system definition scripts/kit-systems/robot-shop.mjs (withDefaults, default PVCs, pino helper).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INCIDENT = '2026-06-08T09:12:00Z';
const T = clock(INCIDENT);
const ng = (min, level, msg) => {
  const p = T.go(min);
  return `${p} [${level}] 22#22: ${msg}`;
};
const mon = 'Jun';
const access = (min, client, req, status, bytes, ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36') => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const pad = (n) => String(n).padStart(2, '0');
  return `${client} - - [${pad(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000] "${req}" ${status} ${bytes} "https://shop.robotshop.example/" "${ua}"`;
};

const webLog = [];
const clients = ['10.1.1.57', '10.1.2.201', '10.1.3.44'];
const skus = ['Watson', 'EMM', 'Ewooid', 'HAL-1', 'Roomba', 'K9'];
for (let i = 0; i < 16; i++) {
  const m = -58 + i * 3.55;
  const c = clients[i % 3];
  const uid = `anonymous-${(81237 + i * 911) % 100000}`;
  webLog.push(access(m, c, 'GET /api/catalogue/products HTTP/1.1', 200, 2961));
  webLog.push(access(m + 0.05, c, 'GET /api/ratings/api/fetch/' + skus[i % 6] + ' HTTP/1.1', 200, 40));
  const cartReq = i % 2 ? `GET /api/cart/add/${uid}/${skus[i % 6]}/1 HTTP/1.1` : `GET /api/cart/cart/${uid} HTTP/1.1`;
  webLog.push(ng(m + 0.1, 'error', `*${4100 + i * 7} connect() failed (111: Connection refused) while connecting to upstream, client: ${c}, server: localhost, request: "${cartReq.replace(' HTTP/1.1', '')} HTTP/1.1", upstream: "http://%SVCIP:cart%:8080${cartReq.split(' ')[1].replace('/api/cart', '')}", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`));
  webLog.push(access(m + 0.1, c, cartReq, 502, 157));
  if (i % 4 === 0) webLog.push(access(m + 0.2, c, 'POST /api/user/login HTTP/1.1', 200, 95));
}

export const scenarios = [
  withDefaults({
    folder: 's82b-basket-broken-after-weekend',
    incidentTime: INCIDENT,
    description: 'robot shop: nobody can add to basket since this morning (maybe since the weekend?). catalogue + login still fine',
    expected: { component: 'cart', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'cart', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifests: instana/robot-shop K8s/helm at 55292e2 (images robotshop/rs-*:2.1.0), as in the kit system definition.
      The fault follows kube-downscaler's documented annotations (hjacobs/kube-downscaler README: downscaler/uptime on a
      Deployment, downscaler/original-replicas written when it scales a workload to zero): a cost-saving change gave the
      cart Deployment an uptime window copied with the wrong time zone (America/Los_Angeles), so the downscaler scaled it
      to 0 on Friday evening and will not scale it back until 16:00 UTC on Monday. The Deployment is healthy as the API sees
      it (replicas 0, Available), the ReplicaSet is at 0, the cart Service has no endpoints, and the scale-down Events have
      expired (older than the one-hour event TTL). kube-proxy rejects connections to a Service without endpoints, so the
      web nginx logs "connect() failed (111: Connection refused) while connecting to upstream" for every /api/cart/ call
      (web/default.conf.template proxy_pass http://\${CART_HOST}:8080/) and answers 502. Decoy: ratings restarted once three
      days ago after an OOM kill and has been Ready since. Deviations: the downscaler annotations are the operator's.
    `,
    workloads: {
      cart: {
        replicas: 0,
        deployAnnotations: { 'downscaler/uptime': 'Mon-Fri 09:00-18:00 America/Los_Angeles', 'downscaler/original-replicas': '1' },
        deployStatus: {
          observedGeneration: 5,
          conditions: [
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 39), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "cart-%RS%" has successfully progressed.' },
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 56 - 12), lastTransitionTime: T.iso(-60 * 24 * 39), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
          ],
        },
        endpointsChanged: -60 * 56 - 12,
      },
      ratings: {
        pods: [
          {
            containers: {
              ratings: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 - 200),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 200.2) },
              }),
            },
          },
        ],
      },
    },
    events: [],
    logs: {
      'web#0/web': webLog,
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -60 * 24 * 9 + 0.01, 'info', '%POD%', 'Started on port 8080'),
        ...Array.from({ length: 6 }, (_, i) => pino(T, -50 + i * 8, 'info', '%POD%', 'request completed', `"req":{"id":${9120 + i},"method":"GET","url":"/products","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":${3 + (i % 3)},`)),
      ],
      'user#0/user': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Redis READY'),
        pino(T, -60 * 24 * 9 + 0.01, 'info', '%POD%', 'MongoDB connected'),
        ...Array.from({ length: 4 }, (_, i) => pino(T, -45 + i * 11, 'info', '%POD%', 'request completed', `"req":{"id":${771 + i},"method":"GET","url":"/uniqueid","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":${2 + (i % 2)},`)),
      ],
    },
  }),
];
