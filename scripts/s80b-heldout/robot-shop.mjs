// Blind held-out batch s80b: one Robot Shop scenario as a compact spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System definition, default PVCs, withDefaults and the pino helper from scripts/kit-systems/robot-shop.mjs; one node added.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

// The cluster autoscaler added a fourth m5.large to robot-shop-ng-1 in eu-west-1a 38 minutes before the incident
// (its creationTimestamp is set by scripts/s80b-build.mjs).
export const NEW_NODE = 'ip-10-1-1-19.eu-west-1.compute.internal';
export const system = {
  ...base,
  nodes: [
    ...base.nodes,
    {
      name: NEW_NODE, ip: '10.1.1.19', podCidr: '10.1.4', zone: 'eu-west-1a', providerID: 'aws:///eu-west-1a/i-07e2c4d9b1a35f862',
      cpu: '2', allocCpu: '1930m', memory: '7910340Ki', allocMemory: '7220164Ki',
    },
  ],
};
export const defaultPvcs = pvcs;

const INC = '2026-06-02T19:26:00Z';
const T = clock(INC);
const redisErr = (min) => pino(T, min, 'error', '%POD%', 'Redis ERROR');
const ngxErr = (min, n, path, svc) =>
  `${T.go(min)} [error] 29#29: *${n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.2.137, server: localhost, request: "GET /api/${svc}/${path} HTTP/1.1", upstream: "http://%SVCIP:${svc}%:8080/${path}", host: "shop.robot-shop.example.com", referrer: "https://shop.robot-shop.example.com/"`;
const d = (min) => {
  const x = new Date(Date.parse(INC) + Math.round(min * 60000));
  const M = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][x.getUTCMonth()];
  return `${String(x.getUTCDate()).padStart(2, '0')}/${M}/${x.getUTCFullYear()}:${x.toISOString().slice(11, 19)} +0000`;
};
const acc = (min, method, path, code, bytes, ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36') =>
  `10.1.2.137 - - [${d(min)}] "${method} ${path} HTTP/1.1" ${code} ${bytes} "https://shop.robot-shop.example.com/" "${ua}" "-"`;

// Every pod but redis-0 predates the new node: pin them to the three original workers as the kit would place them.
const onOld = (name, pod = {}) => ({ node: base.nodes[base.workloads.findIndex((w) => w.name === name) % 3].name, ...pod });
const pinned = Object.fromEntries(base.workloads.filter((w) => !['redis', 'mysql'].includes(w.name)).map((w) => [w.name, { pods: [onOld(w.name)] }]));

// node_redis 2.x retries with a growing delay; every failed reconnect emits 'error' (cart/user log "Redis ERROR").
const retries = [-13.9, -13.85, -13.7, -13.4, -12.9, -12.1, -11.0, -9.6, -8.1, -6.5, -4.9, -3.2, -1.6];

export const scenarios = [
  withDefaults({
    folder: 's80b-redis-volume-new-node',
    description: 'robot shop: add to basket just spins and then errors out, started around 19:12. catalogue pages load fine',
    incidentTime: INC,
    expected: { component: 'redis', cause: 'storage-unavailable' },
    difficulty: 'hard',
    traits: ['louder-dependents', 'node-level', 'time-expression', 'decoy'],
    grounding: `
      Manifests: instana/robot-shop K8s/helm at 55292e2 (kit system scripts/kit-systems/robot-shop.mjs, redis StatefulSet
      with the 1Gi gp2 claim data-redis-0 provisioned by ebs.csi.aws.com). Deviation from the kit system: a fourth worker
      ${NEW_NODE} (eu-west-1a, same node group) that the cluster autoscaler added 38 minutes before the incident.
      Fault: redis-0 was deleted by hand at 19:12 ("clear the cache") and the StatefulSet controller recreated it; the
      scheduler placed it on the new node, in the volume's zone. The attach/detach controller attached the EBS volume
      (SuccessfulAttachVolume), but the kubelet cannot stage it: the EBS CSI node plugin (ebs-csi-node DaemonSet, kube-system,
      not in the snapshot) is not registered on the new node, so every MountDevice fails with "driver name ebs.csi.aws.com
      not found in the list of registered CSI drivers" and the pod stays ContainerCreating with no IP. Error text and
      shape follow kubernetes-sigs/aws-ebs-csi-driver issues (node plugin missing or not yet registered on a node, e.g.
      a taint the DaemonSet does not tolerate) and the kubelet's csi_attacher.go newCsiDriverClient error.
      Effects: the redis Service has no endpoints; cart and user (node_redis 2.x, offline queue on) log "Redis ERROR" at
      every reconnect while their requests wait on queued commands, so nginx in web times out after 60 s (504) on
      /api/cart and /api/user/uniqueid. Catalogue (MongoDB) is unaffected.
      Decoy: mysql was OOMKilled three days ago and restarted once since; it is healthy.
    `,
    workloads: {
      ...pinned,
      redis: {
        pods: [{ node: NEW_NODE, creating: true, created: T.iso(-13.95) }],
        endpointsChanged: -14,
      },
      mysql: {
        pods: [onOld('mysql', {
          containers: {
            mysql: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.1), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3) } }),
          },
        })],
      },
    },
    events: [
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -13.95 },
      { on: 'pod:redis#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned robot-shop/redis-0 to ${NEW_NODE}`, first: -13.95 },
      { on: 'pod:redis#0', reason: 'SuccessfulAttachVolume', source: 'attachdetach-controller', message: 'AttachVolume.Attach succeeded for volume "pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4" ', first: -13.5 },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', first: -13.4, last: -0.9, count: 14, message: 'MountVolume.MountDevice failed for volume "pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4" : kubernetes.io/csi: attacher.MountDevice failed to create newCsiDriverClient: driver name ebs.csi.aws.com not found in the list of registered CSI drivers' },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', first: -11.9, last: -1.6, count: 5, message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition' },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Redis READY'),
        pino(T, -16.2, 'info', '%POD%', 'request completed', '"req":{"id":48211,"method":"GET","url":"/add/anonymous-3817/RD-10/1","headers":{"host":"cart:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":41826},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":14,'),
        ...retries.map(redisErr),
      ],
      'user#0/user': [
        pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Redis READY'),
        pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'MongoDB connected'),
        ...retries.map((m) => redisErr(m + 0.01)),
      ],
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 9 + 0.4, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 9 + 0.5, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -2.1, 'info', '%POD%', 'request completed', '"req":{"id":91377,"method":"GET","url":"/products","headers":{"host":"catalogue:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":52210},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8"}},"responseTime":6,'),
      ],
      'web#0/web': [
        acc(-16.2, 'GET', '/api/cart/add/anonymous-3817/RD-10/1', 200, 187),
        acc(-12.8, 'GET', '/api/catalogue/products', 200, 4102),
        ngxErr(-12.0, 61452, 'add/anonymous-5520/EMM/1', 'cart'),
        acc(-12.0, 'GET', '/api/cart/add/anonymous-5520/EMM/1', 504, 167),
        ngxErr(-9.3, 61688, 'uniqueid', 'user'),
        acc(-9.3, 'GET', '/api/user/uniqueid', 504, 167),
        acc(-6.0, 'GET', '/api/catalogue/categories', 200, 96),
        ngxErr(-4.4, 62017, 'cart/anonymous-6094', 'cart'),
        acc(-4.4, 'GET', '/api/cart/cart/anonymous-6094', 504, 167),
        acc(-2.1, 'GET', '/api/catalogue/products', 200, 4102),
        ngxErr(-1.1, 62230, 'add/anonymous-6131/HAL-1/1', 'cart'),
        acc(-1.1, 'GET', '/api/cart/add/anonymous-6131/HAL-1/1', 504, 167),
      ],
      'mysql#0/mysql': [
        `${T.iso(-60 * 24 * 3 + 0.2).replace('Z', '.412086Z')} 0 [Note] mysqld (mysqld 5.7.44) starting as process 1 ...`,
        `${T.iso(-60 * 24 * 3 + 0.25).replace('Z', '.118274Z')} 0 [Note] InnoDB: Starting crash recovery.`,
        `${T.iso(-60 * 24 * 3 + 0.3).replace('Z', '.905311Z')} 0 [Note] mysqld: ready for connections.`,
        "Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)",
      ],
    },
  }),
];
