// Blind held-out batch s64a (split test): one Robot Shop scenario, built by scripts/s64a-build.mjs with the kit and the
// kit system definition scripts/kit-systems/robot-shop.mjs (withDefaults, default PVCs, pino helper).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const N = system.nodes.map((n) => n.name);
const T = clock('2026-04-21T19:05:00Z');
const VOL = 'vol-0c4e1a7b93f2d5e86';
const PV = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mon[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const HOST = 'a3f9c2e71b4d44e0a8f6-1839207715.eu-west-1.elb.amazonaws.com';
const UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const access = (min, client, req, status, bytes) => `${client} - - [${clf(min)}] "${req} HTTP/1.1" ${status} ${bytes} "http://${HOST}/" "${UA}"`;
const timeout = (min, n, client, path, upstream) =>
  `${T.go(min)} [error] 31#31: *${n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${client}, server: localhost, request: "GET ${path} HTTP/1.1", upstream: "${upstream}", host: "${HOST}", referrer: "http://${HOST}/"`;
const redisErr = 'Redis ERROR';

export const scenarios = [
  withDefaults({
    folder: 's64a-redis-volume-stuck-attaching-after-pod-delete',
    incidentTime: '2026-04-21T19:05:00Z',
    description: 'basket team here - add to cart spins then 504s since around 18:50, browsing the catalogue is fine',
    expected: { component: 'redis', cause: 'storage-unavailable' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): redis is a StatefulSet (redis:4.0.6) with the
      volumeClaimTemplate \`data\` (1Gi, here gp2 through the EBS CSI driver, claim data-redis-0), Service redis:6379; cart and
      user connect to REDIS_HOST (default redis) with the node \`redis\` client, logging "Redis ERROR" / "Redis READY"
      (pino); web is nginx proxying /api/cart/ to cart:8080 with the default 60s proxy_read_timeout.
      Fault (the well-known EBS "volume stuck attaching" failure, as aws-ebs-csi-driver reports it): redis-0 was deleted
      by hand at 18:48 and recreated on the same node (the volume's zone), but AttachVolume keeps failing
      ("attachment of disk ... failed, expected device to be attached but was attaching"), so the pod stays
      ContainerCreating, the redis Service has no endpoints and the node redis client in cart/user reconnects forever
      (ECONNREFUSED from kube-proxy's reject rule), queueing commands: add-to-cart hangs until nginx answers 504.
      The callers are louder than redis, which has no container and no log.
      Decoy: mongodb was OOMKilled four days ago and has run since.
      Deviations from upstream: the AWS volume and instance ids, node names and IPs are invented.
    `,
    workloads: {
      redis: { pods: [{ node: N[1], creating: true, created: T.iso(-16.8) }], since: -60 * 24 * 30 },
      mongodb: {
        pods: [
          {
            containers: {
              mongodb: cs.restartedRunning({
                restarts: 1, startedAt: T.iso(-60 * 24 * 4 + 0.1),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 4) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -16.8 },
      { on: 'pod:redis#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned robot-shop/redis-0 to ${N[1]}`, first: -16.8 },
      {
        on: 'pod:redis#0', type: 'Warning', reason: 'FailedAttachVolume', source: 'attachdetach-controller',
        message: `AttachVolume.Attach failed for volume "${PV}" : rpc error: code = Internal desc = Could not attach volume "${VOL}" to node "i-04c8e2b19d7a6f350": attachment of disk "${VOL}" failed, expected device to be attached but was attaching`,
        first: -15.6, last: -0.7, count: 11,
      },
      {
        on: 'pod:redis#0', type: 'Warning', reason: 'FailedMount',
        message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data], failed to process volumes=[]: context deadline exceeded',
        first: -14.8, last: -0.8, count: 7,
      },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -18.4, 'info', '%POD%', 'request completed', '"req":{"id":48121,"method":"GET","url":"/add/anonymous-3318/RD-2/1","headers":{"host":"cart:8080"}},"res":{"statusCode":200},"responseTime":9,'),
        pino(T, -16.9, 'error', '%POD%', redisErr),
        pino(T, -16.85, 'error', '%POD%', redisErr),
        pino(T, -16.5, 'error', '%POD%', redisErr),
        pino(T, -15.2, 'error', '%POD%', redisErr),
        pino(T, -12.4, 'error', '%POD%', redisErr),
        pino(T, -9.1, 'error', '%POD%', redisErr),
        pino(T, -5.8, 'error', '%POD%', redisErr),
        pino(T, -2.5, 'error', '%POD%', redisErr),
      ],
      'user#0/user': [
        pino(T, -16.9, 'error', '%POD%', redisErr),
        pino(T, -16.4, 'error', '%POD%', redisErr),
        pino(T, -11.0, 'error', '%POD%', redisErr),
        pino(T, -4.7, 'error', '%POD%', redisErr),
      ],
      'catalogue#0/catalogue': [
        pino(T, -3.2, 'info', '%POD%', 'request completed', '"req":{"id":90211,"method":"GET","url":"/products","headers":{"host":"catalogue:8080"}},"res":{"statusCode":200},"responseTime":4,'),
        pino(T, -1.1, 'info', '%POD%', 'request completed', '"req":{"id":90214,"method":"GET","url":"/product/EMM","headers":{"host":"catalogue:8080"}},"res":{"statusCode":200},"responseTime":3,'),
      ],
      'web#0/web': [
        access(-18.4, '10.1.1.84', 'GET /api/cart/add/anonymous-3318/RD-2/1', 200, 212),
        access(-14.3, '10.1.3.206', 'GET /api/catalogue/products', 200, 3381),
        timeout(-13.1, 51822, '10.1.2.137', '/api/cart/add/anonymous-3402/Watson/1', 'http://%SVCIP:cart%:8080/add/anonymous-3402/Watson/1'),
        access(-13.1, '10.1.2.137', 'GET /api/cart/add/anonymous-3402/Watson/1', 504, 167),
        access(-9.6, '10.1.1.84', 'GET /api/catalogue/categories', 200, 64),
        timeout(-7.7, 52019, '10.1.1.84', '/api/cart/cart/anonymous-3318', 'http://%SVCIP:cart%:8080/cart/anonymous-3318'),
        access(-7.7, '10.1.1.84', 'GET /api/cart/cart/anonymous-3318', 504, 167),
        timeout(-0.9, 52344, '10.1.3.206', '/api/cart/cart/anonymous-3402', 'http://%SVCIP:cart%:8080/cart/anonymous-3402'),
        access(-0.9, '10.1.3.206', 'GET /api/cart/cart/anonymous-3402', 504, 167),
        access(-0.5, '10.1.2.137', 'GET /api/catalogue/product/EMM', 200, 198),
      ],
    },
  }),
];

/** Fix-ups after the kit: StatefulSet pod names/generateName and its claim volume, the headless dispatch Service. */
export function post(dir, read, write) {
  const pods = read('pods.json');
  for (const p of pods.items) {
    if (p.metadata.ownerReferences[0].kind === 'StatefulSet') {
      p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
      if (p.metadata.name === 'redis-0') {
        p.spec.volumes = [{ name: 'data', persistentVolumeClaim: { claimName: 'data-redis-0' } }];
        p.spec.hostname = 'redis-0';
        p.spec.subdomain = 'redis';
      }
    }
  }
  write('pods.json', pods);
  const svcs = read('services.json');
  for (const s of svcs.items) if (s.metadata.name === 'dispatch') { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; }
  write('services.json', svcs);
}
