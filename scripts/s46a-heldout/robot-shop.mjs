// Batch s46a held-out scenario for Stan's Robot Shop (split: test), written blind; built by scripts/s46a-build.mjs with the kit
// and the kit system definition scripts/kit-systems/robot-shop.mjs (withDefaults, default PVCs, pino helper).
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-09-16T16:22:00Z');
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36';
const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mon[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const access = (min, client, path, code, bytes, ref) =>
  `${client} - - [${clf(min)}] "GET ${path} HTTP/1.1" ${code} ${bytes} "${ref}" "${UA}"`;
const refused = (min, conn, client, sku) =>
  `${T.go(min)} [error] 31#31: *${conn} connect() failed (111: Connection refused) while connecting to upstream, client: ${client}, server: localhost, request: "GET /api/ratings/api/fetch/${sku} HTTP/1.1", upstream: "http://%SVCIP:ratings%:80/api/fetch/${sku}", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/product.html?sku=${sku}"`;

const SKUS = ['Watson', 'EMM', 'STAN-1', 'HPTD', 'RED', 'UHJ', 'EPE', 'CNA'];
const webLines = [];
// Before 18:00 Berlin (16:00Z): ratings answer 200 like everything else.
[-31, -27.5, -24.2].forEach((m, i) => {
  const sku = SKUS[i];
  webLines.push(access(m, '10.1.1.84', `/api/catalogue/product/${sku}`, 200, 312, `https://shop.robotshop.example/product.html?sku=${sku}`));
  webLines.push(access(m + 0.002, '10.1.1.84', `/api/ratings/api/fetch/${sku}`, 200, 37, `https://shop.robotshop.example/product.html?sku=${sku}`));
});
// After the scale-down: every ratings fetch is refused, the other APIs keep answering.
let conn = 90412;
for (let m = -21.6, i = 0; m < -0.3; m += 1.7, i++) {
  const sku = SKUS[i % SKUS.length];
  const client = i % 2 ? '10.1.2.137' : '10.1.3.206';
  webLines.push(access(m, client, `/api/catalogue/product/${sku}`, 200, 312, `https://shop.robotshop.example/product.html?sku=${sku}`));
  webLines.push(refused(m + 0.001, conn++, client, sku));
  webLines.push(access(m + 0.002, client, `/api/ratings/api/fetch/${sku}`, 502, 157, `https://shop.robotshop.example/product.html?sku=${sku}`));
  if (i % 3 === 0) webLines.push(access(m + 0.01, client, '/api/cart/cart/anonymous-4f81c0', 200, 88, 'https://shop.robotshop.example/cart.html'));
}

export const scenarios = [
  withDefaults({
    folder: 's46a-ratings-downscaled-evening',
    split: 'test',
    incidentTime: '2026-09-16T16:22:00Z',
    description: 'robot shop product pages show no ratings since 6pm, console full of 502s',
    expected: { component: 'ratings', cause: 'no-endpoints' },
    difficulty: 'easy',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm, kit system definition): ratings is one replica of rs-ratings:2.1.0 (PHP/Apache on
      port 80) behind Service ratings:80; web's nginx proxies /api/ratings/ to http://ratings:80/. Fault: kube-downscaler (the
      hjacobs/codeberg kube-downscaler controller, which honours a per-Deployment downscaler/uptime annotation and records
      downscaler/original-replicas) runs in the cluster for the staging namespaces; a Kustomize overlay copied from staging left
      downscaler/uptime "Mon-Fri 07:30-18:00 Europe/Berlin" on the production ratings Deployment. At 18:00 CEST (16:00Z, a Wednesday)
      the controller set replicas to 0: the deployment controller's ScalingReplicaSet event, the Deployment at 0 replicas with the
      annotations, the ratings Service with no endpoints. kube-proxy rejects connections to a Service without endpoints, so web's nginx
      logs "connect() failed (111: Connection refused) while connecting to upstream" and answers 502 for every ratings fetch, while the
      product, catalogue and cart calls keep answering 200. Decoy: a healthy catalogue rollout 38 minutes earlier (memory limit raised).
      Expected: ratings, no-endpoints (scaled to zero).
    `,
    workloads: {
      ratings: {
        replicas: 0,
        pods: [],
        rsReplicas: 0,
        endpointsChanged: -21.9,
        deployAnnotations: { 'downscaler/original-replicas': '1', 'downscaler/uptime': 'Mon-Fri 07:30-18:00 Europe/Berlin' },
      },
      catalogue: {
        rollout: { at: -38, revision: 6, oldReplicas: 0 },
        // the release raised catalogue's memory limit from 100Mi to 200Mi
        containers: { catalogue: { resources: { limits: { cpu: '200m', memory: '200Mi' }, requests: { cpu: '100m', memory: '100Mi' } } } },
      },
    },
    events: [
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -38, last: -38 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -37.4, last: -37.4 },
      { on: 'pod:catalogue#0', reason: 'Pulling', message: 'Pulling image "robotshop/rs-catalogue:2.1.0"', first: -37.9, last: -37.9 },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-catalogue:2.1.0" in 4.81s (4.81s including waiting). Image size: 61482210 bytes.', first: -37.8, last: -37.8 },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -37.8, last: -37.8 },
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-%NEW% to 0 from 1', first: -21.98, last: -21.98 },
    ],
    logs: {
      'web#0/web': webLines,
      'catalogue#0/catalogue': [
        pino(T, -37.7, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -37.7, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -12.4, 'info', '%POD%', 'request completed', '"req":{"id":4107,"method":"GET","url":"/product/EMM","headers":{"host":"catalogue:8080"}},"res":{"statusCode":200},"responseTime":3,'),
      ],
      'cart#0/cart': [
        pino(T, -60 * 24 * 5, 'info', '%POD%', 'Redis connected'),
        pino(T, -60 * 24 * 5, 'info', '%POD%', 'started on port 8080'),
      ],
    },
  }),
];

// A Deployment scaled to 0 is Available (no minimum to miss) and reports no replica counts; the kit computes it as unavailable.
export const post = {
  's46a-ratings-downscaled-evening': ({ dir, T: t, readJson, writeJson }) => {
    const f = `${dir}/deployments.json`;
    const l = readJson(f);
    const d = l.items.find((x) => x.metadata.name === 'ratings');
    d.metadata.generation = 6;
    d.status = {
      observedGeneration: 6,
      conditions: [
        { type: 'Progressing', status: 'True', lastUpdateTime: t.iso(-60 * 24 * 9), lastTransitionTime: t.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: d.status.conditions.find((c) => c.type === 'Progressing').message },
        { type: 'Available', status: 'True', lastUpdateTime: t.iso(-21.98), lastTransitionTime: t.iso(-21.98), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
      ],
    };
    writeJson(f, l);
  },
};
