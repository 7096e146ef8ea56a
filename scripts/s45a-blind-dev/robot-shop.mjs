// Batch s45a (blind dev): one Robot Shop incident for the scenario kit, written without reading the engine or rules.
// catalogue scaled to zero by a `kubectl scale` run against the wrong context; cart's benign memory bump is the decoy.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-05-12T14:31:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// nginx $time_local and error-log time.
const ngx = (min) => {
  const iso = T.iso(min);
  const [d, t] = iso.slice(0, 19).split('T');
  const [y, m, dd] = d.split('-');
  return `${dd}/${MON[Number(m) - 1]}/${y}:${t} +0000`;
};
const ngxErr = (min) => T.go(min);
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const ELB = ['10.1.1.84', '10.1.2.137', '10.1.3.206'];

const web = [];
const ok = (min, path, status = 200, bytes = 1532, n = 0) =>
  `${ELB[n % 3]} - - [${ngx(min)}] "GET ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "${UA}"`;
// healthy traffic before the scale-down (14:18:05)
for (let i = 0; i < 8; i++) {
  const m = -19 + i * 0.7;
  web.push(ok(m, '/api/catalogue/categories', 200, 68, i));
  web.push(ok(m + 0.05, '/api/catalogue/products/Robot', 200, 4211, i + 1));
  web.push(ok(m + 0.1, '/api/ratings/api/fetch/EMM', 200, 47, i + 2));
  web.push(ok(m + 0.2, '/api/cart/cart/anonymous-4412', 200, 212, i));
}
let conn = 81733;
for (let i = 0; i < 22; i++) {
  const m = -12.8 + i * 0.58;
  const path = i % 3 === 0 ? '/api/catalogue/categories' : i % 3 === 1 ? '/api/catalogue/products/Robot' : '/api/catalogue/product/STAN-1';
  const upPath = path.replace('/api/catalogue', '');
  web.push(`${ngxErr(m)} [error] 30#30: *${conn++} connect() failed (111: Connection refused) while connecting to upstream, client: ${ELB[i % 3]}, server: localhost, request: "GET ${path} HTTP/1.1", upstream: "http://%SVCIP:catalogue%:8080${upPath}", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`);
  web.push(ok(m, path, 502, 157, i));
  if (i % 2 === 0) web.push(ok(m + 0.1, '/api/user/uniqueid', 200, 39, i + 1));
  if (i % 4 === 1) web.push(ok(m + 0.2, '/api/cart/add/anonymous-5120/RED/1', 500, 0, i));
}

const cartLines = [
  pino(T, -40.2, 'info', '%POD%', 'Started on port 8080'),
  pino(T, -40.1, 'info', '%POD%', 'Redis READY true'),
];
for (let i = 0; i < 6; i++)
  cartLines.push(pino(T, -20 + i * 1.2, 'info', '%POD%', 'request completed', `"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":${4 + i},`));
for (let i = 0; i < 6; i++)
  cartLines.push(pino(T, -11.9 + i * 2.3, 'info', '%POD%', 'request completed', `"res":{"statusCode":500,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"err":{"type":"Error","message":"connect ECONNREFUSED %SVCIP:catalogue%:8080","errno":"ECONNREFUSED","code":"ECONNREFUSED","syscall":"connect","address":"%SVCIP:catalogue%","port":8080},"responseTime":${2 + (i % 3)},`));

export const scenarios = [
  withDefaults({
    folder: 's45a-catalogue-scaled-to-zero',
    incidentTime: '2026-05-12T14:31:00Z',
    description: 'robot shop homepage shows no robots anymore, categories empty since ~14:20. cart add also erroring',
    expected: { component: 'catalogue', cause: 'no-endpoints' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifests: instana/robot-shop K8s/helm at 55292e2 (catalogue Deployment, 1 replica, Service catalogue:8080 selecting
      service=catalogue; web's nginx proxy_pass http://\${CATALOGUE_HOST}:8080/ resolved once at start; cart/server.js getProduct
      requests http://catalogue:8080/product/<sku> and answers 500 on error). Fault: the classic wrong-context kubectl mistake,
      \`kubectl scale deploy/catalogue --replicas=0\` meant for staging run against prod at 14:18. The Deployment is at 0 replicas
      (ScalingReplicaSet "Scaled down ... to 0 from 1", SuccessfulDelete), there is no catalogue pod, the Endpoints have no
      subsets, and kube-proxy's REJECT rule for a Service without endpoints makes every connection fail fast: nginx logs
      "connect() failed (111: Connection refused) while connecting to upstream" and 502s for /api/catalogue/*, cart's
      pino-http lines carry ECONNREFUSED to the catalogue ClusterIP. Decoy: cart itself was rolled 40 minutes earlier (memory
      limit 100Mi -> 200Mi), healthy. No HPA upstream (K8s/autoscale.sh not applied here).`,
    workloads: {
      catalogue: {
        replicas: 0,
        endpointsChanged: -12.9,
        deployStatus: {
          observedGeneration: 6,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "catalogue-%NEW%" has successfully progressed.' },
          ],
        },
      },
      cart: {
        rollout: { at: -41, oldContainers: { cart: { resources: { limits: { cpu: '200m', memory: '100Mi' }, requests: { cpu: '100m', memory: '50Mi' } } } } },
        containers: { cart: { resources: { limits: { cpu: '200m', memory: '200Mi' }, requests: { cpu: '100m', memory: '100Mi' } } } },
      },
      ratings: {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 26), last: { exitCode: 255, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 26 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: -41 },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: -40.3 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%NEW% to 0 from 1', first: -12.92 },
      { on: 'rs:catalogue', reason: 'SuccessfulDelete', message: 'Deleted pod: catalogue-%RS%', first: -12.9 },
    ],
    logs: {
      'web#0/web': web,
      'cart#0/cart': cartLines,
    },
  }),
];
