// Blind held-out batch s62a: one Stan's Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs), on the kit
// system scripts/kit-systems/robot-shop.mjs with its withDefaults, default PVCs and pino helper; built by scripts/s62a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { defaultPvcs, pino, system, withDefaults } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const incidentTime = '2026-04-21T10:38:00Z';
const T = clock(incidentTime);
const NODE = 'ip-10-1-3-206.eu-west-1.compute.internal';
const INSTANCE = 'i-0f5b9e3a7c1d28e47';
const PV = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
const VOL = 'vol-0c7a21e94b3f58d62';
const OLD_REV = 'redis-7d9c5b8f4c';
const ELB = 'a7c31e9b04f2d4e6f8a1b3c5d7e9f012-1583920477.eu-west-1.elb.amazonaws.com';
const UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const nginxTime = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const M = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}/${M}/${d.getUTCFullYear()}:${T.hm(min)}:${T.isoMs(min).slice(17, 19)} +0000`;
};
const access = (min, client, method, path, status, bytes) => `${client} - - [${nginxTime(min)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "http://${ELB}/" "${UA}"`;
const timeout = (min, conn, client, path, svc) => `${T.go(min)} [error] 31#31: *${conn} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${client}, server: localhost, request: "GET /api/${svc}/${path} HTTP/1.1", upstream: "http://%SVCIP:${svc}%:8080/${path}", host: "${ELB}", referrer: "http://${ELB}/"`;

const CART_ERR = [-15.98, -15.9, -15.7, -15.3, -14.5, -13.0, -11.4, -9.8, -8.2, -6.6, -5.0, -3.4, -1.8, -0.2];

export const scenarios = [
  withDefaults({
    folder: 's62a-basket-spins-504',
    description: 'rs shop: add to basket hangs ~1 min then 504 since about 10:20. product pages + ratings load fine',
    incidentTime,
    expected: { component: 'redis', cause: 'storage-unavailable' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'partial-name', 'time-expression'],
    grounding: `
      Manifests: instana/robot-shop K8s/helm at 55292e2 (kit system robot-shop): redis is a StatefulSet (redis:4.0.6, one
      replica) whose volumeClaimTemplate data is a gp2 EBS volume (claim data-redis-0, bound, provisioner ebs.csi.aws.com);
      cart and user talk to it through Service redis:6379 (cart/server.js and user/server.js: node_redis 2.8 client, "Redis
      ERROR" logged on every connection error; commands wait in the offline queue while it reconnects, so the HTTP request
      hangs); web's nginx proxies /api/cart/ and /api/user/ (web/default.conf.template) with the default 60 s read timeout.
      Fault: at 10:22 the cart team applied a change to the redis StatefulSet (memory request/limit 50Mi/100Mi raised to
      128Mi/256Mi). The StatefulSet controller deleted redis-0 and created it again on the same node (the volume is in
      eu-west-1c, the only node there); the volume was detached, but the new attachment never completes: the EBS CSI driver
      reports "attachment of disk … failed, expected device to be attached but was attaching" (the volume stuck in
      "attaching" on the instance), the attach/detach controller retries with FailedAttachVolume and the kubelet reports
      FailedMount (unattached volumes=[data]). redis-0 stays Pending/ContainerCreating with no IP, Service redis has no
      endpoint; adding to the basket (cart) and the anonymous-user id (user INCR) hang until nginx returns 504, while
      catalogue, ratings and the product pages work. Public reports: kubernetes-sigs/aws-ebs-csi-driver#1801 ("Failed to
      AttachVolume, expected device to be attached but was attaching"), AWS re:Post / knowledge-center articles on EBS
      volumes stuck in the attaching state. The StatefulSet change is only the trigger (the new revision differs from the
      old one exactly by the resources); rolling it back would wait on the same attachment.
      Deviations from upstream: the resources change (the trigger), the EBS volume and instance ids, the Service type of
      web (LoadBalancer) as the kit system has it.`,
    workloads: {
      redis: {
        containers: { redis: { resources: { limits: { cpu: '200m', memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } } } },
        pods: [{ created: T.iso(-15.95), creating: true, node: NODE, readyTransition: T.iso(-15.95) }],
      },
    },
    events: [
      { on: 'sts:redis', reason: 'SuccessfulDelete', message: 'delete Pod redis-0 in StatefulSet redis successful', first: -16.2 },
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -15.95 },
      { on: 'pod:redis#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned robot-shop/redis-0 to ${NODE}`, first: -15.94 },
      { on: 'pod:redis#0', reason: 'FailedAttachVolume', type: 'Warning', source: 'attachdetach-controller', message: `AttachVolume.Attach failed for volume "${PV}" : rpc error: code = Internal desc = Could not attach volume "${VOL}" to node "${INSTANCE}": attachment of disk "${VOL}" failed, expected device to be attached but was attaching`, first: -13.85, last: -1.62, count: 9 },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data], failed to process volumes=[]: timed out waiting for the condition', first: -13.9, last: -1.9, count: 7 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -60 * 24 * 6 + 0.3, 'info', '%POD%', 'Redis READY'),
        pino(T, -60 * 24 * 6 + 0.3, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -19.6, 'info', '%POD%', 'request completed', '"req":{"id":48211,"method":"GET","url":"/cart/anonymous-3811","headers":{"host":"cart:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":41822},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8","content-length":"106"}},"responseTime":3,'),
        pino(T, -17.1, 'info', '%POD%', 'request completed', '"req":{"id":48246,"method":"GET","url":"/add/anonymous-3815/RED/1","headers":{"host":"cart:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":41990},"res":{"statusCode":200,"headers":{"x-powered-by":"Express","content-type":"application/json; charset=utf-8","content-length":"161"}},"responseTime":21,'),
        ...CART_ERR.map((m) => pino(T, m, 'error', '%POD%', 'Redis ERROR')),
      ],
      'user#0/user': [
        pino(T, -60 * 24 * 6 + 0.3, 'info', '%POD%', 'Redis READY'),
        ...CART_ERR.map((m) => pino(T, m + 0.004, 'error', '%POD%', 'Redis ERROR')),
      ],
      'web#0/web': [
        access(-18.3, '10.1.1.84', 'GET', '/api/catalogue/products', 200, 2874),
        access(-17.1, '10.1.2.137', 'GET', '/api/cart/add/anonymous-3815/RED/1', 200, 161),
        access(-12.9, '10.1.1.84', 'GET', '/api/catalogue/product/HAL-1', 200, 318),
        access(-12.7, '10.1.1.84', 'GET', '/api/ratings/api/fetch/HAL-1', 200, 42),
        timeout(-11.6, 50213, '10.1.2.137', 'add/anonymous-3821/HAL-1/1', 'cart'),
        access(-11.6, '10.1.2.137', 'GET', '/api/cart/add/anonymous-3821/HAL-1/1', 504, 167),
        access(-9.2, '10.1.3.206', 'GET', '/api/catalogue/categories', 200, 61),
        timeout(-8.4, 50377, '10.1.3.206', 'uniqueid', 'user'),
        access(-8.4, '10.1.3.206', 'GET', '/api/user/uniqueid', 504, 167),
        timeout(-5.1, 50522, '10.1.1.84', 'add/anonymous-3822/EMM/1', 'cart'),
        access(-5.1, '10.1.1.84', 'GET', '/api/cart/add/anonymous-3822/EMM/1', 504, 167),
        access(-3.3, '10.1.2.137', 'GET', '/api/catalogue/products', 200, 2874),
        timeout(-1.4, 50688, '10.1.2.137', 'add/anonymous-3826/CNA/1', 'cart'),
        access(-1.4, '10.1.2.137', 'GET', '/api/cart/add/anonymous-3826/CNA/1', 504, 167),
      ],
    },
    post: ({ dir, readJ, writeJ }) => {
      // The StatefulSet controller adds the claim of the volumeClaimTemplate to the pod; the update is half done.
      const pods = readJ(dir, 'pods.json');
      for (const p of pods.items) if (p.metadata.name === 'redis-0') p.spec.volumes = [{ name: 'data', persistentVolumeClaim: { claimName: 'data-redis-0' } }, ...(p.spec.volumes ?? [])];
      writeJ(dir, 'pods.json', pods);
      const sts = readJ(dir, 'statefulsets.json');
      for (const s of sts.items) if (s.metadata.name === 'redis') {
        s.metadata.generation = 4;
        s.status = { observedGeneration: 4, replicas: 1, currentReplicas: 0, updatedReplicas: 1, currentRevision: OLD_REV, updateRevision: s.status.updateRevision, collisionCount: 0, availableReplicas: 0 };
      }
      writeJ(dir, 'statefulsets.json', sts);
    },
  }),
];
