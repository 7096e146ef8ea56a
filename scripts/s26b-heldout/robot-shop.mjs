// Blind held-out scenario (batch s26b) for Robot Shop: the kit system definition (withDefaults, default PVCs) and one
// incident, a chart-values change that points the ratings Service at targetPort 8080 while Apache listens on 80.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const ngxTime = (T, min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const apacheTime = (T, min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n) => String(n).padStart(2, '0');
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${day} ${mon} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
};
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

function ratingsTargetPort() {
  const incidentTime = '2026-07-08T10:58:00Z';
  const T = clock(incidentTime);
  const H = -29; // helm upgrade robot-shop
  const SKUS = ['Watson', 'EMM', 'SHCE', 'RED', 'RMC', 'STAN-1', 'CNA', 'Ewooid'];
  const web = [];
  const client = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
  // before the change: ratings answered through the Service
  [-52, -47, -41, -36, -33].forEach((m, i) => {
    const sku = SKUS[i];
    web.push(`${client[i % 3]} - - [${ngxTime(T, m)}] "GET /api/catalogue/product/${sku} HTTP/1.1" 200 312 "http://shop.robot-shop.example/" "${UA}" "-"`);
    web.push(`${client[i % 3]} - - [${ngxTime(T, m + 0.005)}] "GET /api/ratings/api/fetch/${sku} HTTP/1.1" 200 33 "http://shop.robot-shop.example/" "${UA}" "-"`);
  });
  // after: every ratings call refused by the pod (nothing listens on 8080), nginx answers 502
  let req = 18411;
  [-27.6, -25.1, -23.3, -20.8, -18.2, -16.9, -14.4, -12.0, -9.7, -7.3, -5.5, -3.2, -1.4].forEach((m, i) => {
    const sku = SKUS[i % SKUS.length];
    const c = client[i % 3];
    web.push(`${c} - - [${ngxTime(T, m)}] "GET /api/catalogue/product/${sku} HTTP/1.1" 200 312 "http://shop.robot-shop.example/" "${UA}" "-"`);
    const path = i % 4 === 3 ? `/api/ratings/api/rate/${sku}/5` : `/api/ratings/api/fetch/${sku}`;
    const method = i % 4 === 3 ? 'PUT' : 'GET';
    web.push(`${ngxTime(T, m + 0.004).replace(/^(\d\d)\/(\w+)\/(\d{4}):(\S+) \+0000$/, (_, d, mo, y, t) => `${y}/${String(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].indexOf(mo) + 1).padStart(2, '0')}/${d} ${t}`)} [error] 29#29: *${req++} connect() failed (111: Connection refused) while connecting to upstream, client: ${c}, server: localhost, request: "${method} ${path} HTTP/1.1", upstream: "http://%SVCIP:ratings%:80${path.replace('/api/ratings', '')}", host: "shop.robot-shop.example", referrer: "http://shop.robot-shop.example/"`);
    web.push(`${c} - - [${ngxTime(T, m + 0.005)}] "${method} ${path} HTTP/1.1" 502 157 "http://shop.robot-shop.example/" "${UA}" "-"`);
  });
  return withDefaults({
    folder: 's26b-ratings-service-targetport',
    incidentTime,
    description: 'robot shop: star ratings gone from every product page since ~10:30 and voting does nothing. cart deploy went out around then',
    expected: { component: 'ratings', cause: 'config-error' },
    alsoAcceptable: [{ component: 'ratings', cause: 'network-fault' }],
    difficulty: 'medium',
    traits: ['wrong-target-port', 'pods-ready', 'callers-only', 'time-expression', 'decoy'],
    grounding: `
      The chart's ratings-service.yaml exposes port 80 with targetPort 80 (rs-ratings is PHP/Symfony under Apache on 80, its
      readiness probe httpGet /_health on 80) and web's nginx proxies /api/ratings/ to http://\${RATINGS_HOST}:80/
      (default.conf.template rendered by entrypoint.sh). The in-house fork of the chart moved every Service to a
      service.targetPort value defaulting to 8080 "like the Node and Java services"; the helm upgrade at 10:29 rendered the
      ratings Service with targetPort 8080. The pod stays Running and Ready (the kubelet probes port 80 directly), the Endpoints
      now list pod-ip:8080, and kube-proxy forwards every connection to a port nothing listens on, so the pod's kernel answers
      RST and nginx logs "connect() failed (111: Connection refused) while connecting to upstream" with the Service IP and
      answers 502; the SPA hides the stars, and votes (PUT /api/rate) fail. ratings itself logs nothing: no request reaches
      Apache. The same upgrade rolled cart (a new Instana env, healthy: the decoy the description points at); dispatch's old
      restart is noise. Expected: a configuration error on the ratings Service (config-error on ratings); calling it a network
      fault toward ratings is also acceptable.
    `,
    workloads: {
      ratings: { servicePorts: [{ name: 'http', port: 80, targetPort: 8080 }], endpointsChanged: H + 0.1 },
      cart: {
        rollout: { at: H, revision: 6 },
        containers: { cart: { env: [{ name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } }, { name: 'INSTANA_ZONE', value: 'robot-shop-prod' }] } },
      },
      dispatch: {
        pods: [{ containers: { dispatch: cs.restartedRunning({ restarts: 2, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 4 - 0.6), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: H, source: 'deployment-controller' },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: H + 0.85, source: 'deployment-controller' },
      { on: 'pod:cart#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: H + 0.5, source: 'default-scheduler' },
      { on: 'pod:cart#0', reason: 'Pulled', message: 'Container image "robotshop/rs-cart:2.1.0" already present on machine', first: H + 0.78, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Created', message: 'Created container cart', first: H + 0.79, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Started', message: 'Started container cart', first: H + 0.8, fieldPath: 'spec.containers{cart}' },
    ],
    logs: {
      'web#0/web': web,
      'ratings#0/ratings': [
        `AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using %PODIP%. Set the 'ServerName' directive globally to suppress this message`,
        `[${apacheTime(T, -60 * 24 * 9 + 0.02)}.118734 2026] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.38 (Debian) PHP/7.4.33 configured -- resuming normal operations`,
        `[${apacheTime(T, -60 * 24 * 9 + 0.02)}.118790 2026] [core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'`,
      ],
      'cart#0/cart': [
        pino(T, H + 0.81, 'info', '%POD%', 'Redis READY'),
        pino(T, H + 0.81, 'info', '%POD%', 'Started on port 8080'),
        ...[-24, -17, -11, -4].map((m, i) => pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${100 + i},"method":"GET","url":"/cart/${['a1f3', 'b7e2', 'c9d0', 'd4a8'][i]}"},"res":{"statusCode":200},"responseTime":${3 + i},`)),
      ],
      'catalogue#0/catalogue': [-40, -25, -12, -2].map((m, i) => pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${900 + i},"method":"GET","url":"/product/${SKUS[i]}"},"res":{"statusCode":200},"responseTime":${2 + i},`)),
    },
  });
}

export const scenarios = [ratingsTargetPort()];
