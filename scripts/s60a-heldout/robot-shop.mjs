// Blind held-out batch s60a (split test): one Stan's Robot Shop scenario as a spec of the scenario kit, on the kit system
// scripts/kit-systems/robot-shop.mjs (withDefaults, default PVCs, pino helper); built by scripts/s60a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-03-27T08:07:00Z');
const N = ['ip-10-1-1-84.eu-west-1.compute.internal', 'ip-10-1-2-137.eu-west-1.compute.internal', 'ip-10-1-3-206.eu-west-1.compute.internal'];
const UNSCHED = '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';

// nginx error and access logs of the web container (default combined format).
const ngxTime = (min) => T.go(min);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => {
  const d = new Date(Date.parse(T.iso(min)));
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36';
const acc = (min, client, req, status, bytes, ref = 'http://shop.robotshop.example/') => `${client} - - [${clf(min)}] "${req}" ${status} ${bytes} "${ref}" "${UA}"`;
const webLog = () => {
  const out = [];
  const clients = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];
  let cid = 48110;
  for (let m = -24; m < -0.2; m += 0.23, cid += 7) {
    const c = clients[cid % 3];
    const hot = m > -21;
    const prod = ['Watson', 'HAL', 'Ewooid', 'STAN-1', 'K9', 'EMM'][cid % 6];
    if (hot && cid % 4 === 0) {
      out.push(`${ngxTime(m)} [error] 31#31: *${cid} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${c}, server: localhost, request: "GET /api/catalogue/product/${prod} HTTP/1.1", upstream: "http://%SVCIP:catalogue%:8080/product/${prod}", host: "shop.robotshop.example", referrer: "http://shop.robotshop.example/"`);
      out.push(acc(m, c, `GET /api/catalogue/product/${prod} HTTP/1.1`, 504, 167));
    } else if (hot && cid % 4 === 1) {
      out.push(acc(m, c, 'GET /api/catalogue/categories HTTP/1.1', 200, 38));
      out.push(acc(m + 0.01, c, `GET /api/ratings/api/fetch/${prod} HTTP/1.1`, 200, 31));
    } else {
      out.push(acc(m, c, 'GET /api/catalogue/products HTTP/1.1', 200, 2398));
      out.push(acc(m + 0.01, c, `GET /images/${prod}.jpg HTTP/1.1`, 200, 25311));
      if (cid % 5 === 0) out.push(acc(m + 0.02, c, 'GET /api/cart/cart/anonymous-84312 HTTP/1.1', 200, 112));
    }
  }
  return out;
};
const catLog = (host, seed) => {
  const out = [
    pino(T, -60 * 24 * 9, 'info', host, 'MongoDB connected', ''),
    pino(T, -60 * 24 * 9, 'info', host, 'Started on port 8080', ''),
  ];
  let id = 90210 + seed;
  for (let m = -24; m < -0.2; m += 0.31, id++) {
    const hot = m > -21;
    const rt = hot ? 2400 + ((id * 733) % 41000) : 3 + (id % 9);
    const url = ['/products', '/categories', `/product/${['Watson', 'HAL', 'K9', 'EMM'][id % 4]}`][id % 3];
    out.push(pino(T, m, 'info', host, 'request completed', `"req":{"id":${id},"method":"GET","url":"${url}","headers":{"host":"catalogue:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${41000 + (id % 900)}},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":${rt},`));
  }
  return out;
};

export const scenarios = [
  withDefaults({
    folder: 's60a-newsletter-slow-shop',
    incidentTime: '2026-03-27T08:07:00Z',
    description: 'robot shop product pages hanging / 504s since the newsletter went out around 7:45. web team says nginx itself is fine',
    expected: { component: 'catalogue', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['time-expression', 'pods-ready', 'louder-dependents', 'cpu-starvation'],
    grounding: `
      The helm chart gives catalogue requests cpu 100m and limits cpu 200m. The team added a HorizontalPodAutoscaler for
      catalogue (min 2, max 5, 70% CPU) - a deviation from upstream, which ships no HPA and one replica. The newsletter traffic
      drove the two Node.js replicas to their CPU limit; the HPA scaled the Deployment to 5, but the three new pods stay Pending:
      the m5.large nodes of the one node group are packed by the requests of other namespaces (not in the snapshot) and the
      cluster autoscaler is at the node group's maximum ("pod didn't trigger scale-up: 1 max node group size reached",
      cluster-autoscaler NotTriggerScaleUp event; scheduler FailedScheduling "Insufficient cpu").
      The two running catalogue pods stay Ready and log 2-40 s response times (express-pino-logger "request completed");
      web's nginx is loud with "upstream timed out (110: Connection timed out)" and 504s on /api/catalogue/ (proxy_pass
      http://catalogue:8080/, 60 s proxy_read_timeout), while cart and ratings answer normally.
      Deviations from upstream: the HPA and catalogue replicas 2 (before the scale-up); everything else as the chart.
    `,
    workloads: {
      catalogue: {
        replicas: 5,
        unavailableSince: -20.5,
        pods: [
          { node: N[0] },
          { node: N[2] },
          { unscheduled: UNSCHED, created: T.iso(-20.6) },
          { unscheduled: UNSCHED, created: T.iso(-20.6) },
          { unscheduled: UNSCHED, created: T.iso(-17.4) },
        ],
      },
    },
    hpas: [
      {
        name: 'catalogue',
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'catalogue' },
          minReplicas: 2,
          maxReplicas: 5,
          metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
        },
        status: {
          lastScaleTime: T.iso(-17.4),
          currentReplicas: 5,
          desiredReplicas: 5,
          currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 197, averageValue: '197m' } } }],
          conditions: [
            { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 14), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
            { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 14), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
            { type: 'ScalingLimited', status: 'True', lastTransitionTime: T.iso(-17.4), reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' },
          ],
        },
      },
    ],
    events: [
      { on: 'hpa:catalogue', reason: 'SuccessfulRescale', message: 'New size: 4; reason: cpu resource utilization (percentage of request) above target', first: -20.6 },
      { on: 'hpa:catalogue', reason: 'SuccessfulRescale', message: 'New size: 5; reason: cpu resource utilization (percentage of request) above target', first: -17.4 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 4 from 2', first: -20.6 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 5 from 4', first: -17.4 },
      { on: 'pod:catalogue#2', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: UNSCHED, first: -20.6, last: -0.9, count: 14 },
      { on: 'pod:catalogue#3', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: UNSCHED, first: -20.6, last: -0.9, count: 14 },
      { on: 'pod:catalogue#4', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: UNSCHED, first: -17.4, last: -0.9, count: 11 },
      { on: 'pod:catalogue#2', reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 max node group size reached", first: -20.3, last: -0.4, count: 41 },
      { on: 'pod:catalogue#3', reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 max node group size reached", first: -20.3, last: -0.4, count: 41 },
      { on: 'pod:catalogue#4', reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 max node group size reached", first: -17.1, last: -0.4, count: 34 },
    ],
    logs: {
      'web#0/web': webLog(),
      'catalogue#0/catalogue': catLog('%POD%', 0),
      'catalogue#1/catalogue': catLog('%POD%', 5),
      'cart#0/cart': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Redis connected', ''),
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'started on port 8080', ''),
        pino(T, -9.4, 'info', '%POD%', 'request completed', '"req":{"id":33812,"method":"GET","url":"/cart/anonymous-84312"},"res":{"statusCode":200},"responseTime":4,'),
        pino(T, -3.1, 'info', '%POD%', 'request completed', '"req":{"id":33840,"method":"GET","url":"/cart/anonymous-84312"},"res":{"statusCode":200},"responseTime":3,'),
      ],
    },
  }),
];
