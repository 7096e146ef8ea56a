// Batch s51b blind dev scenario for Robot Shop (kit system scripts/kit-systems/robot-shop.mjs, helm chart at 55292e2):
// redis-0 recreated by hand cannot get its EBS volume attached (CSI driver role lost ec2:AttachVolume); cart and web louder.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const T = clock('2026-11-19T16:08:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => { const d = new Date(T.isoMs(min)); return `${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${T.isoMs(min).slice(11, 19)} +0000`; };
const ELB = 'a7c19e2f04b5d11efa2c80e1f6d3b9a4-1290387415.eu-west-1.elb.amazonaws.com';
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const access = (min, client, req, status, bytes) => `${client} - - [${clf(min)}] "${req} HTTP/1.1" ${status} ${bytes} "http://${ELB}/" "${UA}" "-"`;
const timedOut = (min, n, client, path) =>
  `${T.go(min)} [error] 29#29: *${n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${client}, server: localhost, request: "GET /api/cart${path} HTTP/1.1", upstream: "http://%SVCIP:cart%:8080${path}", host: "${ELB}", referrer: "http://${ELB}/"`;
const VOL = 'vol-0c4e7a19f2b83d561';
const PV = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
const ROLE = 'arn:aws:sts::418273065921:assumed-role/robot-shop-prod-ebs-csi-driver/1763566031185406211';
const ATTACH_DENIED = `AttachVolume.Attach failed for volume "${PV}" : rpc error: code = Internal desc = Could not attach volume "${VOL}" to node "i-0a3d71c5e92f4b618": could not attach volume "${VOL}" to node "i-0a3d71c5e92f4b618": operation error EC2: AttachVolume, https response error StatusCode: 403, RequestID: 6f1d2c7a-93b4-4e0a-b8c1-2d57e9f04a13, api error UnauthorizedOperation: You are not authorized to perform this operation. User: ${ROLE} is not authorized to perform: ec2:AttachVolume on resource: arn:aws:ec2:eu-west-1:418273065921:volume/${VOL} because no identity-based policy allows the ec2:AttachVolume action. Encoded authorization failure message: 3Xk9vQ0rT2mZ8bLd7NwYc1Fh5Ju4GpEs6AiR0oKx`;
const redisErr = (min) => pino(T, min, 'error', '%POD%', 'Redis ERROR Error: Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379');

export const scenarios = [
  withDefaults({
    folder: 's51b-redis-ebs-attach-denied',
    description: 'robot shop cart not loading, add to cart times out (504) for ~20 min',
    incidentTime: '2026-11-19T16:08:00Z',
    expected: { component: 'redis', cause: 'storage-unavailable' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Robot Shop helm chart: redis is a one-replica StatefulSet (redis:4.0.6, port 6379) with the volumeClaimTemplate data
      (gp2, 1Gi, EBS CSI in eu-west-1a); cart (Node.js, the redis npm client, pino logs) connects to redis:6379 and web's nginx
      proxies /api/cart/ to cart:8080.
      Fault: a Terraform change to the EBS CSI driver's IRSA role the previous day replaced its policy and dropped
      ec2:AttachVolume (EBS CSI issues such as kubernetes-sigs/aws-ebs-csi-driver "UnauthorizedOperation ... AttachVolume" show
      this text; the driver uses aws-sdk-go-v2, hence "operation error EC2: AttachVolume, https response error StatusCode:
      403"). Nothing noticed it until 15:44, when an engineer deleted redis-0 to clear a stuck background save. The volume was
      detached from the node with the old pod; the new redis-0 is scheduled to the same eu-west-1a node but the
      attach-detach controller's AttachVolume is refused every retry: FailedAttachVolume (attachdetach-controller) and kubelet
      FailedMount "timed out waiting for the condition"; the pod stays ContainerCreating with no IP, the redis Endpoints are
      empty, the PVC stays Bound. cart's client logs "connect ECONNREFUSED" (kube-proxy rejects a Service without endpoints)
      while its offline queue holds requests, so nginx answers 504 after proxy_read_timeout (60 s).
      Decoy: catalogue rolled out 95 minutes earlier (an Instana env var added) and is healthy.
      Expected: redis, storage-unavailable.
    `,
    workloads: {
      redis: { pods: [{ node: 'ip-10-1-1-84.eu-west-1.compute.internal', created: T.iso(-23.5), creating: true, readyTransition: T.iso(-23.5) }], endpointsChanged: -24 },
      catalogue: {
        rollout: { at: -95, revision: 4, oldContainers: { catalogue: { env: system.workloads.find((w) => w.name === 'catalogue').containers[0].env } } },
        containers: { catalogue: { env: [...system.workloads.find((w) => w.name === 'catalogue').containers[0].env, { name: 'INSTANA_SERVICE_NAME', value: 'catalogue' }] } },
      },
    },
    events: [
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -23.5 },
      { on: 'pod:redis#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/redis-0 to ip-10-1-1-84.eu-west-1.compute.internal', first: -23.5 },
      { on: 'pod:redis#0', reason: 'FailedAttachVolume', source: 'attachdetach-controller', type: 'Warning', message: ATTACH_DENIED, first: -23.4, last: -1.1, count: 15 },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data], failed to process volumes=[]: timed out waiting for the condition', first: -21.4, last: -1.3, count: 10 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -95 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -94.4 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -60 * 24 * 5, 'info', '%POD%', 'Redis READY'),
        pino(T, -26.1, 'info', '%POD%', 'request completed', '"req":{"id":88412,"method":"GET","url":"/cart/anonymous-1407","headers":{"host":"cart:8080","x-forwarded-for":"10.1.2.137"}},"res":{"statusCode":200},"responseTime":3,'),
        pino(T, -23.9, 'error', '%POD%', 'Redis ERROR Error: Redis connection to redis:6379 failed - read ECONNRESET'),
        redisErr(-23.8), redisErr(-23.5), redisErr(-22.9), redisErr(-21.6), redisErr(-19.2), redisErr(-15.0), redisErr(-10.3), redisErr(-5.6), redisErr(-0.9),
      ],
      'web#0/web': [
        access(-26.0, '10.1.2.137', 'GET /api/cart/cart/anonymous-1407', 200, 182),
        access(-25.4, '10.1.3.206', 'GET /api/catalogue/products', 200, 3104),
        timedOut(-21.7, 184221, '10.1.2.137', '/cart/anonymous-1407'),
        access(-21.7, '10.1.2.137', 'GET /api/cart/cart/anonymous-1407', 504, 167),
        access(-17.2, '10.1.1.84', 'GET /api/catalogue/product/RED', 200, 412),
        timedOut(-16.1, 184790, '10.1.1.84', '/add/anonymous-1921/RED/1'),
        access(-16.1, '10.1.1.84', 'GET /api/cart/add/anonymous-1921/RED/1', 504, 167),
        timedOut(-9.4, 185366, '10.1.3.206', '/cart/anonymous-2034'),
        access(-9.4, '10.1.3.206', 'GET /api/cart/cart/anonymous-2034', 504, 167),
        access(-6.0, '10.1.3.206', 'GET /api/ratings/api/fetch/RED', 200, 47),
        timedOut(-2.2, 185902, '10.1.2.137', '/cart/user-7733'),
        access(-2.2, '10.1.2.137', 'GET /api/cart/cart/user-7733', 504, 167),
      ],
      'catalogue#0/catalogue': [
        pino(T, -94.6, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -94.6, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -17.2, 'info', '%POD%', 'request completed', '"req":{"id":4012,"method":"GET","url":"/product/RED"},"res":{"statusCode":200},"responseTime":4,'),
      ],
    },
  }),
];
