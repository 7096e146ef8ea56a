// s50a held-out scenario for Robot Shop (split: test), written blind: the kit system definition (one node scaled away) and one incident.
// Built by scripts/s50a-build.mjs with the kit (scripts/s2-scenario-kit.mjs), Robot Shop's withDefaults and default PVCs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

// The cluster autoscaler removed the eu-west-1b node at 06:27; two nodes remain.
const GONE = 'ip-10-1-2-137.eu-west-1.compute.internal';
export const system = { ...base, nodes: base.nodes.filter((n) => n.name !== GONE) };
export const defaultPvcs = pvcs;

const T = clock('2026-09-18T06:52:00Z');
const A = 'ip-10-1-1-84.eu-west-1.compute.internal';
const C = 'ip-10-1-3-206.eu-west-1.compute.internal';
const ELB = 'a3f9c2e71b4d64e8b9c05d1e7f2a6b38-1187364520.eu-west-1.elb.amazonaws.com';

// pino JSON-escapes the message it concatenates (the error object's own fields).
const esc = (s) => JSON.stringify(s).slice(1, -1);
const redisErr = (addr) => esc(`Redis ERROR {"errno":"ECONNREFUSED","code":"ECONNREFUSED","syscall":"connect","address":"${addr}","port":6379}`);
const nodeRedisLogs = (host, from, extraStart) => {
  const out = [...extraStart];
  let m = from, d = 0.05;
  while (m < -0.1) {
    out.push(pino(T, m, 'error', host, redisErr('%SVCIP:redis%')));
    m += d; d = Math.min(d * 1.6, 1.1);
  }
  return out;
};
const nginxErr = (min, n, req, up, client = '10.1.1.84') => {
  const p = (x) => String(x).padStart(2, '0');
  const d = new Date(Date.parse(T.isoMs(min)));
  const ts = `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
  return `${ts} [error] 31#31: *${n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${client}, server: localhost, request: "${req}", upstream: "${up}", host: "${ELB}", referrer: "http://${ELB}/"`;
};
const webLogs = () => {
  const out = [];
  const reqs = [
    ['GET /api/user/uniqueid HTTP/1.1', 'http://%SVCIP:user%:8080/uniqueid'],
    ['GET /api/cart/cart/anonymous-4812 HTTP/1.1', 'http://%SVCIP:cart%:8080/cart/anonymous-4812'],
    ['GET /api/cart/add/anonymous-4790/STAN-1/1 HTTP/1.1', 'http://%SVCIP:cart%:8080/add/anonymous-4790/STAN-1/1'],
    ['GET /api/user/uniqueid HTTP/1.1', 'http://%SVCIP:user%:8080/uniqueid'],
    ['GET /api/cart/cart/anonymous-4803 HTTP/1.1', 'http://%SVCIP:cart%:8080/cart/anonymous-4803'],
  ];
  let n = 208114;
  for (let m = -22.8, i = 0; m < -0.2; m += 0.55 + ((i * 0.13) % 0.4), i++) {
    const [req, up] = reqs[i % reqs.length];
    out.push(nginxErr(m, n, req, up, i % 2 ? '10.1.3.206' : '10.1.1.84'));
    n += 37 + (i % 11);
  }
  return out;
};

const REDIS_SCHED = '0/2 nodes are available: 2 node(s) had volume node affinity conflict. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.';

export const scenarios = [
  withDefaults({
    folder: 's50a-redis-pv-zone-after-scaledown',
    split: 'test',
    description: 'robotshop: cart not working and site hangs on load since ~6:30',
    incidentTime: '2026-09-18T06:52:00Z',
    expected: { component: 'redis', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'redis', cause: 'storage-unavailable' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression'],
    grounding: `
      Robot Shop helm chart: redis is a StatefulSet (redis:4.0.6) with the volumeClaimTemplate "data" on gp2 EBS (release
      installed with redis.storageClassName=gp2), cart and user reach it at redis:6379 (REDIS_HOST), web proxies /api/cart
      and /api/user with nginx. The EKS node group robot-shop-ng-1 is one ASG spanning three AZs with the cluster autoscaler;
      at 06:27 the autoscaler scaled down the under-used eu-west-1b node, evicting redis-0. An EBS volume is zonal, so the
      recreated redis-0 cannot be scheduled on the two remaining nodes (eu-west-1a, eu-west-1c): the scheduler's
      "node(s) had volume node affinity conflict" and the autoscaler's NotTriggerScaleUp, the known limitation its FAQ warns
      about for multi-AZ node groups with EBS volumes. The redis Service has no endpoints, so cart and user (node_redis,
      pino) log ECONNREFUSED on the Service address on every reconnect and their requests hang on the offline queue; nginx
      in web logs upstream timeouts. The pods of the removed node (cart, ratings, dispatch) were recreated elsewhere and are healthy.
      A careful engineer names redis-0 unschedulable because its volume is in a zone with no node; naming it a storage
      (volume) problem of redis is also accepted.`,
    workloads: {
      redis: {
        pods: [{ name: 'redis-0', unscheduled: REDIS_SCHED, created: T.iso(-24.6) }],
        endpointsChanged: -25,
      },
      cart: { since: -24.5, pods: [{ node: C }] },
      ratings: { since: -24.5, pods: [{ node: A }] },
      dispatch: { since: -24.5, pods: [{ node: A }] },
      user: { pods: [{ node: C }] },
      web: { pods: [{ node: A }] },
    },
    events: [
      { on: `node:${GONE}`, reason: 'ScaleDown', source: 'cluster-autoscaler', message: 'marked the node as toBeDeleted/unschedulable', first: -25.6 },
      { on: `node:${GONE}`, reason: 'NodeNotSchedulable', message: `Node ${GONE} status is now: NodeNotSchedulable`, first: -25.5 },
      { on: `node:${GONE}`, reason: 'RemovingNode', source: 'node-controller', message: `Node ${GONE} event: Removing Node ${GONE} from Controller`, first: -23.9 },
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -24.6 },
      { on: 'pod:redis#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: REDIS_SCHED, first: -24.6, last: -1.4, count: 9 },
      { on: 'pod:redis#0', reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 node(s) had volume node affinity conflict", first: -24.2, last: -0.7, count: 143 },
      { on: 'pod:cart#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -24.5 },
      { on: 'pod:cart#0', reason: 'Pulled', message: 'Container image "robotshop/rs-cart:2.1.0" already present on machine', first: -24.4, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Started', message: 'Started container cart', first: -24.3, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:ratings#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -24.5 },
      { on: 'pod:ratings#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": dial tcp %PODIP%:80: connect: connection refused', first: -24.2, last: -24.1, count: 2, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:dispatch#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -24.5 },
    ],
    logs: {
      'cart#0/cart': nodeRedisLogs('%POD%', -24.2, [
        pino(T, -24.25, 'info', '%POD%', 'Started on port 8080'),
      ]),
      'user#0/user': [
        pino(T, -60 * 24 * 5, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 5, 'info', '%POD%', 'Redis READY'),
        pino(T, -60 * 24 * 5, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -25.4, 'error', '%POD%', esc('Redis ERROR {"errno":"ECONNRESET","code":"ECONNRESET","syscall":"read"}')),
        ...nodeRedisLogs('%POD%', -25.3, []).slice(0),
      ],
      'web#0/web': webLogs(),
    },
  }),
];
