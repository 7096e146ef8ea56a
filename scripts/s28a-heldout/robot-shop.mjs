// Held-out scenario of batch s28a for Stan's Robot Shop (split: test), written blind: the kit system definition
// scripts/kit-systems/robot-shop.mjs and one incident, built by scripts/s28a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
export const scenarios = [];

{
  const incidentTime = '2026-12-08T15:42:00Z';
  const T = clock(incidentTime);
  const N1A = 'ip-10-1-1-84.eu-west-1.compute.internal';
  const N1B = 'ip-10-1-2-137.eu-west-1.compute.internal';
  const N1C = 'ip-10-1-3-206.eu-west-1.compute.internal';
  const sched =
    '0/3 nodes are available: 1 Insufficient cpu, 2 node(s) had volume node affinity conflict. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.';
  const nginxTs = (min) => {
    const d = new Date(Date.parse(T.isoMs(min)));
    const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
    const p = (n) => String(n).padStart(2, '0');
    return `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
  };
  const UA = '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"';
  const access = (min, req, status, bytes, ref = 'https://shop.robotshop.example/') =>
    `10.1.2.41 - - [${nginxTs(min)}] "${req} HTTP/1.1" ${status} ${bytes} "${ref}" ${UA} "-"`;
  const errLog = (min, n, req, upstreamPath) =>
    `${T.go(min)} [error] 29#29: *${n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.2.41, server: localhost, request: "${req} HTTP/1.1", upstream: "http://%SVCIP:cart%:8080${upstreamPath}", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`;
  scenarios.push(
    withDefaults({
      folder: 's28a-redis-pending-after-resource-bump',
      incidentTime,
      description: 'robot shop: add to cart just spins and then errors, also new visitors get stuck on login. started ~15:20',
      expected: { component: 'redis', cause: 'unschedulable' },
      difficulty: 'medium',
      traits: ['louder-dependents', 'time-expression', 'decoy'],
      grounding: `Robot Shop K8s/helm (instana/robot-shop): redis is a StatefulSet (redis:4.0.6, volumeClaimTemplate data, 1Gi gp2 EBS, RollingUpdate)
        behind the redis Service; cart (REDIS_HOST default redis) keeps every cart in it and user increments 'anonymous-counter' for each
        new visitor (/uniqueid). Incident pattern from EKS post-mortems: a StatefulSet whose EBS-backed PVC is pinned to one availability
        zone cannot be rescheduled once its own zone's node lacks room ("volume node affinity conflict" on the other zones). Here a helm
        upgrade at 15:20 raised redis' requests to cpu 1500m / memory 2Gi (after earlier memory trouble); the StatefulSet controller deleted
        redis-0 and recreated it, and the only eu-west-1a node (m5.large, 1930m allocatable) has not 1500m free, while the nodes in 1b and
        1c cannot mount the 1a volume; the managed node group is at its maximum so cluster-autoscaler does not scale up. redis-0 stays
        Pending, the Service has no endpoints. node_redis 2.x (cart, user) queues commands while it reconnects (enable_offline_queue), so
        cart and user requests hang until web's nginx gives up after proxy_read_timeout 60s: 504s and "upstream timed out (110: Connection
        timed out)". Decoy: a healthy web rollout two hours earlier (an EUM env change). Deviation from upstream: the raised requests.`,
      workloads: {
        redis: {
          containers: {
            redis: { resources: { limits: { cpu: '2', memory: '2Gi' }, requests: { cpu: '1500m', memory: '2Gi' } } },
          },
          pods: [{ unscheduled: sched, created: T.iso(-21.6) }],
        },
        web: {
          rollout: {
            at: -128,
            oldContainers: { web: { env: undefined } },
          },
          containers: {
            web: { env: [{ name: 'INSTANA_EUM_KEY', value: 'qJ3bT0yhQ6a9fLw2nX5Zcg' }, { name: 'INSTANA_EUM_REPORTING_URL', value: 'https://eum-red-saas.instana.io' }] },
          },
        },
        cart: { pods: [{ node: N1B }] },
        user: { pods: [{ node: N1C }] },
        catalogue: { pods: [{ node: N1A }] },
      },
      events: [
        { on: 'sts:redis', reason: 'SuccessfulDelete', message: 'delete Pod redis-0 in StatefulSet redis successful', first: -21.7, last: -21.7 },
        { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -21.6, last: -21.6 },
        { on: 'pod:redis#0', reason: 'FailedScheduling', message: sched, type: 'Warning', source: 'default-scheduler', first: -21.6, last: -1.2, count: 11 },
        { on: 'pod:redis#0', reason: 'NotTriggerScaleUp', message: "pod didn't trigger scale-up: 1 max node group size reached", source: 'cluster-autoscaler', first: -21.2, last: -0.8, count: 41 },
        { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled up replica set web-%NEW% to 1', first: -128, last: -128 },
        { on: 'deploy:web', reason: 'ScalingReplicaSet', message: 'Scaled down replica set web-%OLD% to 0 from 1', first: -127.3, last: -127.3 },
      ],
      logs: {
        'cart#0/cart': [
          pino(T, -95, 'info', '%POD%', 'request completed', '"req":{"id":88213,"method":"GET","url":"/cart/anonymous-4412","remoteAddress":"::ffff:10.1.2.41","remotePort":51880},"res":{"statusCode":200},"responseTime":2,'),
          pino(T, -21.7, 'error', '%POD%', 'Redis ERROR'),
          pino(T, -21.5, 'error', '%POD%', 'Redis ERROR'),
          pino(T, -21.0, 'error', '%POD%', 'Redis ERROR'),
          pino(T, -19.8, 'error', '%POD%', 'Redis ERROR'),
          pino(T, -17.1, 'error', '%POD%', 'Redis ERROR'),
          pino(T, -12.4, 'error', '%POD%', 'Redis ERROR'),
          pino(T, -9.7, 'info', '%POD%', 'request completed', '"req":{"id":90117,"method":"GET","url":"/add/anonymous-4519/RD-10/1","remoteAddress":"::ffff:10.1.2.41","remotePort":52914},"res":{"statusCode":null},"responseTime":60003,'),
          pino(T, -6.2, 'error', '%POD%', 'Redis ERROR'),
          pino(T, -3.1, 'info', '%POD%', 'request completed', '"req":{"id":90266,"method":"GET","url":"/cart/anonymous-4533","remoteAddress":"::ffff:10.1.2.41","remotePort":53020},"res":{"statusCode":null},"responseTime":60001,'),
          pino(T, -0.9, 'error', '%POD%', 'Redis ERROR'),
        ],
        'user#0/user': [
          pino(T, -21.6, 'error', '%POD%', 'Redis ERROR'),
          pino(T, -20.9, 'error', '%POD%', 'Redis ERROR'),
          pino(T, -16.8, 'error', '%POD%', 'Redis ERROR'),
          pino(T, -11.9, 'error', '%POD%', 'Redis ERROR'),
          pino(T, -5.4, 'error', '%POD%', 'Redis ERROR'),
          pino(T, -1.3, 'error', '%POD%', 'Redis ERROR'),
        ],
        'web#0/web': [
          access(-24, 'GET /api/catalogue/products', 200, 2341),
          access(-23.5, 'GET /api/cart/cart/anonymous-4498', 200, 118),
          access(-14.1, 'GET /api/user/uniqueid', 504, 167),
          errLog(-14.1, 91822, 'GET /api/user/uniqueid', '/uniqueid').replace('%SVCIP:cart%', '%SVCIP:user%'),
          access(-12.3, 'GET /api/catalogue/product/RD-10', 200, 312),
          access(-9.7, 'GET /api/cart/add/anonymous-4519/RD-10/1', 504, 167),
          errLog(-9.7, 92107, 'GET /api/cart/add/anonymous-4519/RD-10/1', '/add/anonymous-4519/RD-10/1'),
          access(-8.8, 'GET /api/ratings/api/fetch/RD-10', 200, 54),
          access(-3.1, 'GET /api/cart/cart/anonymous-4533', 504, 167),
          errLog(-3.1, 92655, 'GET /api/cart/cart/anonymous-4533', '/cart/anonymous-4533'),
          access(-2.0, 'GET /api/catalogue/categories', 200, 61),
        ],
        'catalogue#0/catalogue': [
          pino(T, -2.4, 'info', '%POD%', 'request completed', '"req":{"id":55120,"method":"GET","url":"/categories","remoteAddress":"::ffff:10.1.2.41","remotePort":50110},"res":{"statusCode":200},"responseTime":3,'),
        ],
      },
    }),
  );
}
