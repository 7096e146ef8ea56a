// Blind held-out batch s86b: one Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system definition scripts/kit-systems/robot-shop.mjs; grounding notes in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const INC = '2026-06-03T08:27:00Z';
const T = clock(INC);
const NODE = 'ip-10-1-3-206.eu-west-1.compute.internal';
const PV = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
const ngx = (min, st, path, rt) => `10.1.1.84 - - [${new Date(Date.parse(T.isoMs(min))).toUTCString().replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1/$2/$3:$4 +0000')}] "GET ${path} HTTP/1.1" ${st} ${st === 200 ? 1532 : 167} "http://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36" "-" rt=${rt}`;

export const scenarios = [
  withDefaults({
    folder: 's86b-redis-csi-driver-unregistered',
    description: 'robotshop basket hangs — add to cart spins forever since ~08:05, login + catalogue fine',
    incidentTime: INC,
    expected: { component: 'redis', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'redis', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression', 'partial-name', 'decoy'],
    grounding: `
      Manifest facts: instana/robot-shop K8s/helm at 55292e2: redis is a StatefulSet with volumeClaimTemplate data (1Gi), installed with
      redis.storageClassName=gp2 (EBS CSI); cart reaches it at redis:6379 with node_redis, whose offline queue holds commands while
      disconnected, so cart requests hang instead of failing; web (nginx) proxies /api/cart/ to cart:8080.
      Fault: the common EKS report "MountVolume.MountDevice failed ... driver name ebs.csi.aws.com not found in the list of registered CSI
      drivers" (kubernetes-sigs/aws-ebs-csi-driver issues): redis-0 was recreated about 22 minutes ago on a node whose ebs-csi-node
      DaemonSet pod (kube-system, outside this snapshot) has not registered the driver with the kubelet. The attach-detach controller
      attached the volume, the kubelet cannot mount it; redis-0 stays ContainerCreating, the redis Service has no endpoints.
      Expected storage-unavailable on redis; dependency-down on redis (the cache is down for its callers) is also accepted.
      Decoy: dispatch restarted once nine days ago when RabbitMQ restarted and has run fine since.
      Deviations from upstream: the redis-0 pod spec gets its data claim volume by post-processing (the kit writes no claim volumes);
      the node's CSI plugin state is visible only through the kubelet events.
    `,
    workloads: {
      redis: { pods: [{ node: NODE, created: T.iso(-22), creating: true }], unavailableSince: -22, endpointsChanged: -22.5 },
      dispatch: { pods: [{ containers: { dispatch: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 9 + 2), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 20), finishedAt: T.iso(-60 * 24 * 9 + 1.5) } }) } }] },
    },
    events: [
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -22 },
      { on: 'pod:redis#0', reason: 'Scheduled', message: `Successfully assigned robot-shop/redis-0 to ${NODE}`, source: 'default-scheduler', first: -22 },
      { on: 'pod:redis#0', reason: 'SuccessfulAttachVolume', message: `AttachVolume.Attach succeeded for volume "${PV}" `, source: 'attachdetach-controller', first: -21.6 },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', message: `MountVolume.MountDevice failed for volume "${PV}" : kubernetes.io/csi: attacher.MountDevice failed to create newCsiDriverClient: driver name ebs.csi.aws.com not found in the list of registered CSI drivers`, first: -21.5, last: -1.4, count: 18 },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -19.9, last: -3.3, count: 9 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -47, 'info', '%POD%', 'GET /cart/4e0b2c91-d7a3-4f56-8e19-b2c06f7d3a41', '"req":{"id":4120,"method":"GET","url":"/cart/4e0b2c91-d7a3-4f56-8e19-b2c06f7d3a41"},"res":{"statusCode":200},"responseTime":3,'),
        pino(T, -22.4, 'error', '%POD%', 'Redis ERROR'),
        pino(T, -22.3, 'error', '%POD%', 'Redis ERROR'),
        pino(T, -15, 'error', '%POD%', 'Redis ERROR'),
        pino(T, -6.1, 'error', '%POD%', 'Redis ERROR'),
        pino(T, -0.9, 'error', '%POD%', 'Redis ERROR'),
      ],
      'web#0/web': [
        ngx(-30, 200, '/api/catalogue/products', '0.012'),
        ngx(-20.5, 504, '/api/cart/add/4e0b2c91-d7a3-4f56-8e19-b2c06f7d3a41/RD-10/1', '60.001'),
        `${T.go(-20.5)} [error] 28#28: *10382 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.1.84, server: localhost, request: "GET /api/cart/add/4e0b2c91-d7a3-4f56-8e19-b2c06f7d3a41/RD-10/1 HTTP/1.1", upstream: "http://%SVCIP:cart%:8080/add/4e0b2c91-d7a3-4f56-8e19-b2c06f7d3a41/RD-10/1", host: "shop.example.com"`,
        ngx(-12.2, 200, '/api/user/login', '0.041'),
        ngx(-8.7, 504, '/api/cart/cart/4e0b2c91-d7a3-4f56-8e19-b2c06f7d3a41', '60.000'),
        `${T.go(-8.7)} [error] 28#28: *11960 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.1.84, server: localhost, request: "GET /api/cart/cart/4e0b2c91-d7a3-4f56-8e19-b2c06f7d3a41 HTTP/1.1", upstream: "http://%SVCIP:cart%:8080/cart/4e0b2c91-d7a3-4f56-8e19-b2c06f7d3a41", host: "shop.example.com"`,
        ngx(-2.4, 200, '/api/catalogue/categories', '0.009'),
      ],
      'catalogue#0/catalogue': [pino(T, -10, 'info', '%POD%', 'request completed', '"req":{"id":9182,"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":6,')],
    },
  }),
];
