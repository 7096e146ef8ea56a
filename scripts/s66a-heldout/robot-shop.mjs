// Held-out batch s66a (blind): one Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System: scripts/kit-systems/robot-shop.mjs (K8s/helm at 55292e2) with its withDefaults, default PVCs and pino helper.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const T = clock('2026-06-16T14:20:00Z');
const SCALE = -19.2;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const nginxT = (min) => {
  const j = T.java(min);
  return `${j.slice(8, 10)}/${MON[Number(j.slice(5, 7)) - 1]}/${j.slice(0, 4)}:${j.slice(11, 19)} +0000`;
};
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36';
const PATHS = ['/products/Robot', '/products/Artificial%20Intelligence', '/product/HAL-1', '/categories', '/product/EMM', '/product/RED'];
const reqLine = (min, id, path, ms, remote) =>
  pino(T, min, 'info', '%POD%', 'request completed',
    `"req":{"id":${id},"method":"GET","url":"${path}","headers":{"host":"catalogue:8080","connection":"close","x-forwarded-for":"${remote}"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${40000 + id}},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","timing-allow-origin":"*","access-control-allow-origin":"*","content-type":"application/json; charset=utf-8"}},"responseTime":${ms},`);
const cat0 = [
  pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port'),
  pino(T, -60 * 24 * 9 + 0.42, 'info', '%POD%', 'MongoDB connected'),
];
const cat1 = [
  pino(T, SCALE + 0.32, 'info', '%POD%', 'Started on port'),
  pino(T, SCALE + 0.34, 'info', '%POD%', 'MongoDB connected'),
];
const web = [];
let id = 18211;
for (let m = -58.7; m < -0.3; m += 0.37) {
  const spike = m > -24.5 && m < SCALE + 1.5;
  const path = PATHS[id % PATHS.length];
  const ms = spike ? 700 + ((id * 37) % 1900) : 6 + ((id * 13) % 31);
  const remote = `203.0.113.${(id * 7) % 250}`;
  const toSecond = m > SCALE + 1 && id % 2 === 0;
  (toSecond ? cat1 : cat0).push(reqLine(m, id, path, ms, remote));
  web.push(`10.1.${1 + (id % 3)}.${20 + (id % 60)} - - [${nginxT(m)}] "GET /api/catalogue${path} HTTP/1.1" 200 ${path.startsWith('/products') ? 1932 : 412} "http://shop.robot-shop.example/" "${UA}" "${remote}"`);
  id++;
}
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
    conditions: [
      extra.stabilized
        ? { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(SCALE), reason: 'ScaleDownStabilized', message: 'recent recommendations were higher than current one, applying the highest recent recommendation' }
        : { type: 'AbleToScale', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ReadyForNewScale', message: 'recommended size matches current size' },
      { type: 'ScalingActive', status: 'True', lastTransitionTime: T.iso(-60 * 24 * 20), reason: 'ValidMetricFound', message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)' },
      { type: 'ScalingLimited', status: 'False', lastTransitionTime: T.iso(extra.stabilized ? -12.5 : -60 * 24 * 20), reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' },
    ],
  },
});

export const scenarios = [
  withDefaults({
    folder: 's66a-slow-catalogue-around-2pm',
    incidentTime: '2026-06-16T14:20:00Z',
    description: 'couple of customers complained the robot shop was really slow around 2pm (product list took ages to load). seems ok now?? is anything actually broken',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (K8s/helm at 55292e2 and K8s/autoscale.sh): catalogue requests 100m CPU (limit 200m); autoscale.sh creates HPAs
      --min 1 --max 2 --cpu-percent 50 for cart, catalogue, dispatch, payment, ratings, shipping, user and web; web proxies /api/catalogue/ to catalogue:8080.
      What happened (no fault): a newsletter at 14:00 brought a burst of product-list traffic; catalogue's CPU went above 50% of its request and the HPA
      scaled it from 1 to 2 at about 14:01 (SuccessfulRescale, ScalingReplicaSet); the second pod pulled its image, started and became Ready within a minute.
      Response times in catalogue's express-pino-logger lines rose to 0.7-2.6 s during those minutes and are back to a few ms; every request returned 200, every
      pod is Running and Ready, the HPA's metric is valid and within range. Nothing needs fixing; the complaint is the transient load.
      Decoy: web was OOM-killed five days ago (restartCount 1) and has been healthy since; the scale-up itself.
      Deviations from upstream: HPAs as autoscale.sh creates them are part of the release; traffic figures are illustrative.
    `,
    workloads: {
      catalogue: {
        replicas: 2,
        pods: [{}, { created: T.iso(SCALE + 0.05), containers: { catalogue: cs.running(T.iso(SCALE + 0.3)) } }],
      },
      web: {
        pods: [{
          containers: {
            web: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 5 - 203),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(-60 * 24 * 5 - 203.1) },
            }),
          },
        }],
      },
    },
    hpas: [
      hpa('cart', 1, 9), hpa('catalogue', 2, 41, { stabilized: true, lastScaleTime: T.iso(SCALE) }), hpa('dispatch', 1, 3), hpa('payment', 1, 6),
      hpa('ratings', 1, 11), hpa('shipping', 1, 14), hpa('user', 1, 8), hpa('web', 1, 17),
    ],
    events: [
      { on: 'hpa:catalogue', reason: 'SuccessfulRescale', message: 'New size: 2; reason: cpu resource utilization (percentage of request) above target', first: SCALE, last: SCALE },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 2 from 1', first: SCALE, last: SCALE },
      { on: 'pod:catalogue#1', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: SCALE + 0.05, last: SCALE + 0.05 },
      { on: 'pod:catalogue#1', reason: 'Pulling', message: 'Pulling image "robotshop/rs-catalogue:2.1.0"', first: SCALE + 0.1, last: SCALE + 0.1, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#1', reason: 'Pulled', message: 'Successfully pulled image "robotshop/rs-catalogue:2.1.0" in 6.412s (6.412s including waiting). Image size: 41873322 bytes.', first: SCALE + 0.2, last: SCALE + 0.2, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#1', reason: 'Created', message: 'Created container catalogue', first: SCALE + 0.28, last: SCALE + 0.28, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#1', reason: 'Started', message: 'Started container catalogue', first: SCALE + 0.3, last: SCALE + 0.3, fieldPath: 'spec.containers{catalogue}' },
    ],
    logs: {
      'catalogue#0/catalogue': cat0,
      'catalogue#1/catalogue': cat1,
      'web#0/web': web,
    },
  }),
];
