// Blind dev batch s61c, Stan's Robot Shop: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// A promo mail's traffic pins cart at its 200m CPU limit with the autoscale.sh HPA already at --max 2; web's nginx times out.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-03-06T18:34:00Z';
const T = clock(INC);
const UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1';
const UA2 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36';
const nginxTime = (min) => {
  const d = new Date(Date.parse(INC) + Math.round(min * 60000));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
// nginx 1.21 "main" access format; the ELB reaches web through a NodePort, so the client is a node address.
const acc = (min, client, req, status, bytes, ua, xff) =>
  `${client} - - [${nginxTime(min)}] "${req} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "${ua}" "${xff}"`;
const timedOut = (min, conn, client, path) =>
  `${T.go(min)} [error] 31#31: *${conn} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${client}, server: localhost, request: "GET /api/cart${path} HTTP/1.1", upstream: "http://%SVCIP:cart%:8080${path}", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`;
// express-pino-logger "request completed" as cart prints it (pino 5, useLevelLabels).
const done = (min, host, id, url, status, ms, port) =>
  pino(T, min, 'info', host, 'request completed',
    `"req":{"id":${id},"method":"GET","url":"${url}","headers":{"host":"cart:8080","connection":"close","accept":"application/json, text/plain, */*","user-agent":"${UA2}","x-forwarded-for":"81.2.69.${(id % 200) + 20}"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${port}},"res":{"statusCode":${status},"header":"HTTP/1.1 ${status} OK\\r\\nX-Powered-By: Express\\r\\nContent-Type: application/json; charset=utf-8\\r\\nContent-Length: ${180 + (id % 90)}\\r\\nETag: W/\\"${(id * 7919).toString(16)}-${(id * 31).toString(16)}\\"\\r\\nDate: ${new Date(Date.parse(INC) + Math.round(min * 60000)).toUTCString()}\\r\\nConnection: close\\r\\n\\r\\n"},"responseTime":${ms},`);

const cartLog = (host, base, slow) => {
  const out = [];
  const skus = ['Watson', 'HAL-1', 'EVE', 'Ewooid', 'RD-10', 'CNA', 'STAN-1', 'K9'];
  let id = base;
  for (let m = -52; m < -0.2; m += slow ? 0.37 : 0.41) {
    const hot = m > -33;
    const ms = hot ? Math.round(3100 + ((id * 7727) % 41000) + (m + 33) * 600) : 6 + ((id * 13) % 21);
    const user = `anonymous-${(id * 37) % 9000 + 1000}`;
    const sku = skus[id % skus.length];
    if (id % 3 === 0) out.push(pino(T, m - ms / 60000 + 0.0005, 'info', host, 'saving cart'));
    out.push(done(m, host, id, id % 3 === 0 ? `/add/${user}/${sku}/1` : `/cart/${user}`, 200, ms, 40000 + ((id * 97) % 20000)));
    id++;
  }
  const at = (l) => Number(/"time":(\d+)/.exec(l)[1]);
  return out.sort((a, b) => at(a) - at(b));
};

const hpa = (name, replicas, util, extra = {}) => ({
  name,
  spec: {
    scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
    minReplicas: 1,
    maxReplicas: 2,
    metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }],
  },
  status: {
    ...(extra.lastScaleTime ? { lastScaleTime: extra.lastScaleTime } : {}),
    currentReplicas: replicas,
    desiredReplicas: replicas,
    currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: util, averageValue: `${util}m` } } }],
    conditions: extra.conditions ?? [
      { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
      { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
      { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'TooFewReplicas', message: 'the desired replica count is less than the minimum replica count' },
    ],
  },
});

export const scenarios = [
  withDefaults({
    folder: 's61c-cart-cpu-capped-promo-traffic',
    incidentTime: INC,
    description: 'basket is crawling since the promo mail went out at 6pm - "add to cart" spins then errors out. browsing the catalogue is fine',
    expected: { component: 'cart', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Robot Shop's chart gives cart requests 100m / limits 200m CPU, and K8s/autoscale.sh creates an HPA per service with
      "--max 2 --min 1 --cpu-percent 50". A marketing mail at 18:00 multiplies basket traffic: the cart HPA scales to 2 at 18:03
      (SuccessfulRescale) and is now pinned there (ScalingLimited TooManyReplicas, current cpu 197% of request, i.e. both pods at their
      200m limit and CFS-throttled). cart is a single Node.js event loop per pod that logs every request (express-pino-logger) and
      every saved cart; throttled, its "request completed" responseTime grows from ~10 ms to tens of seconds while the pods stay
      Running and Ready (cart has no probes upstream). web's nginx proxies /api/cart/ to the cart Service and logs "upstream timed out
      (110: Connection timed out) while reading response header" and 504s after proxy_read_timeout's default 60 s; /api/catalogue/
      stays fast, as the description says. Nothing restarts and no Event names cart except the HPA's. The fault is cart's CPU
      exhausted (the HPA ceiling and the 200m limit), not catalogue or redis, which answer normally.
      Decoy: ratings was OOMKilled three days ago and has been fine since. Deviations from upstream: the HPAs of autoscale.sh are
      installed, the ratings restart, the second cart replica.
    `,
    hpas: [
      hpa('cart', 2, 197, {
        lastScaleTime: T.iso(-31),
        conditions: [
          { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-28), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
          { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
          { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-30.5), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
        ],
      }),
      hpa('catalogue', 1, 31),
      hpa('dispatch', 1, 3),
      hpa('payment', 1, 12),
      hpa('ratings', 1, 18),
      hpa('shipping', 1, 9),
      hpa('user', 1, 24),
      hpa('web', 1, 38),
    ],
    workloads: {
      cart: {
        replicas: 2,
        endpointsChanged: -30.5,
        pods: [{}, { created: T.iso(-31), node: 'ip-10-1-3-206.eu-west-1.compute.internal' }],
      },
      ratings: {
        pods: [
          {
            containers: {
              ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 212), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 212.3) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'hpa:cart', reason: 'SuccessfulRescale', message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target', first: -31 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 2 from 1', first: -31 },
      { on: 'rs:cart', reason: 'SuccessfulCreate', message: 'Created pod: cart-%RS%', first: -31 },
      { on: 'pod:cart#1', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -31 },
      { on: 'pod:cart#1', fieldPath: 'spec.containers{cart}', reason: 'Pulled', message: 'Container image "robotshop/rs-cart:2.1.0" already present on machine', first: -30.98 },
      { on: 'pod:cart#1', fieldPath: 'spec.containers{cart}', reason: 'Created', message: 'Created container cart', first: -30.97 },
      { on: 'pod:cart#1', fieldPath: 'spec.containers{cart}', reason: 'Started', message: 'Started container cart', first: -30.96 },
    ],
    logs: {
      'cart#0/cart': cartLog('%POD%', 118230, false),
      'cart#1/cart': [
        pino(T, -30.9, 'info', '%POD%', 'Started on port'),
        pino(T, -30.89, 'info', '%POD%', 'Redis READY'),
        ...cartLog('%POD%', 10, true).filter((l) => Number(/"time":(\d+)/.exec(l)[1]) > Date.parse(T.isoMs(-30.85))),
      ],
      'web#0/web': (() => {
        const out = [];
        let conn = 481220;
        for (let m = -50; m < -0.3; m += 0.29) {
          const hot = m > -31;
          const node = ['10.1.1.84', '10.1.2.137', '10.1.3.206'][conn % 3];
          const xff = `81.2.69.${(conn % 200) + 20}`;
          out.push({ m, l: acc(m, node, `GET /api/catalogue/products`, 200, 3417, UA, xff) });
          out.push({ m: m + 0.01, l: acc(m + 0.01, node, `GET /api/ratings/api/fetch/${['Watson', 'EVE', 'K9'][conn % 3]}`, 200, 35, UA, xff) });
          if (hot && conn % 2 === 0) {
            const path = `/add/anonymous-${(conn * 37) % 9000 + 1000}/Watson/1`;
            out.push({ m: m + 1, l: timedOut(m + 1, conn, node, path) });
            out.push({ m: m + 1.0001, l: acc(m + 1, node, `GET /api/cart${path}`, 504, 497, UA2, xff) });
          } else {
            out.push({ m: m + (hot ? 0.4 : 0.02), l: acc(m + (hot ? 0.4 : 0.02), node, `GET /api/cart/cart/anonymous-${(conn * 37) % 9000 + 1000}`, 200, 212, UA2, xff) });
          }
          conn += 7;
        }
        return out.filter((x) => x.m < -0.05).sort((a, b) => a.m - b.m).map((x) => x.l);
      })(),
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 9 + 0.3, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -60 * 24 * 9 + 0.3, 'info', '%POD%', 'Started on port'),
      ],
    },
  }),
];
