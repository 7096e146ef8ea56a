// Blind dev batch s71c, Robot Shop: the kit system (scripts/kit-systems/robot-shop.mjs, withDefaults, pino) and one
// scenario, redis-0 recreated and stuck ContainerCreating because its EBS volume never finishes attaching.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const I = '2026-06-02T10:55:00Z';
const T = clock(I);
const N = system.nodes.map((n) => n.name);
const VOL = 'vol-0c4f1a9e27b83d561';
const PV = defaultPvcs[0].volume;
const nginxErr = (min, n, path) => `${T.go(min)} [error] 7#7: *${n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.1.84, server: localhost, request: "GET /api/cart/add/${path} HTTP/1.1", upstream: "http://%SVCIP:cart%:8080/add/${path}", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`;
const access = (min, status, path, bytes, rt) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (x) => String(x).padStart(2, '0');
  return `10.1.1.84 - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "GET ${path} HTTP/1.1" ${status} ${bytes} "https://shop.robotshop.example/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36" rt=${rt}`;
};

export const scenarios = [
  withDefaults({
    folder: 's71c-redis-ebs-stuck-attaching',
    description: 'robot shop: add to cart just spins for everyone since ~10:40. catalogue + login still fine. basket team pls look',
    incidentTime: I,
    expected: { component: 'redis', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'redis', cause: 'no-endpoints' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name', 'decoy'],
    workloads: {
      redis: { endpointsChanged: -16.3, pods: [{ name: 'redis-0', node: N[2], creating: true, created: T.iso(-16.2) }] },
      mysql: {
        pods: [{ containers: { mysql: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 95), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 95.1) } }) } }],
      },
    },
    events: [
      { on: 'sts:redis', reason: 'SuccessfulDelete', message: 'delete Pod redis-0 in StatefulSet redis successful', first: -16.3, last: -16.3 },
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -16.2, last: -16.2 },
      { on: 'pod:redis#0', reason: 'Scheduled', message: `Successfully assigned robot-shop/redis-0 to ${N[2]}`, first: -16.2, last: -16.2, source: 'default-scheduler' },
      { on: 'pod:redis#0', reason: 'FailedAttachVolume', type: 'Warning', source: 'attachdetach-controller', message: `AttachVolume.Attach failed for volume "${PV}" : rpc error: code = Internal desc = Could not attach volume "${VOL}" to node "i-0f5b9e3a7c1d28e47": attachment of disk "${VOL}" failed, expected device to be attached but was attaching`, count: 11, first: -15.1, last: -0.9 },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data], failed to process volumes=[]: timed out waiting for the condition', count: 7, first: -14.2, last: -2.1 },
    ],
    logs: {
      'cart#0/cart': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 9 + 0.01, 'info', '%POD%', 'Redis READY'),
        pino(T, -60 * 24 * 9 + 0.02, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -17, 'info', '%POD%', 'request completed', '"req":{"id":88412,"method":"GET","url":"/add/anonymous-17284/Watson/1","headers":{"host":"cart:8080"},"remoteAddress":"::ffff:10.1.3.44","remotePort":51122},"res":{"statusCode":200},"responseTime":14,'),
        pino(T, -16.28, 'error', '%POD%', 'Redis ERROR'),
        pino(T, -16.2, 'error', '%POD%', 'Redis ERROR'),
        pino(T, -16.0, 'error', '%POD%', 'Redis ERROR'),
        pino(T, -15.2, 'error', '%POD%', 'Redis ERROR'),
        pino(T, -12.4, 'error', '%POD%', 'Redis ERROR'),
        pino(T, -8.1, 'error', '%POD%', 'Redis ERROR'),
        pino(T, -3.6, 'error', '%POD%', 'Redis ERROR'),
        pino(T, -1.4, 'info', '%POD%', 'request completed', '"req":{"id":88977,"method":"GET","url":"/cart/anonymous-20931","headers":{"host":"cart:8080"},"remoteAddress":"::ffff:10.1.3.44","remotePort":53410},"res":{"statusCode":200},"responseTime":60003,'),
      ],
      'user#0/user': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 9 + 0.01, 'info', '%POD%', 'Redis READY'),
        pino(T, -60 * 24 * 9 + 0.02, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -16.27, 'error', '%POD%', 'Redis ERROR'),
        pino(T, -15.9, 'error', '%POD%', 'Redis ERROR'),
        pino(T, -9.3, 'error', '%POD%', 'Redis ERROR'),
        pino(T, -2.2, 'info', '%POD%', 'request completed', '"req":{"id":40211,"method":"POST","url":"/login","headers":{"host":"user:8080"},"remoteAddress":"::ffff:10.1.3.44","remotePort":49822},"res":{"statusCode":200},"responseTime":23,'),
      ],
      'web#0/web': [
        access(-17.2, 200, '/api/catalogue/products', 2894, '0.012'),
        access(-17.0, 200, '/api/cart/add/anonymous-17284/Watson/1', 184, '0.016'),
        nginxErr(-14.9, 51893, 'anonymous-18822/EMM/1'),
        access(-14.9, 504, '/api/cart/add/anonymous-18822/EMM/1', 569, '60.001'),
        access(-11.3, 200, '/api/catalogue/product/K9', 326, '0.009'),
        nginxErr(-9.6, 52410, 'anonymous-19107/K9/1'),
        access(-9.6, 504, '/api/cart/add/anonymous-19107/K9/1', 569, '60.002'),
        access(-4.0, 200, '/api/user/login', 58, '0.025'),
        nginxErr(-2.4, 53391, 'anonymous-20931/STAN-1/1'),
        access(-2.4, 504, '/api/cart/add/anonymous-20931/STAN-1/1', 569, '60.000'),
        access(-1.4, 200, '/api/cart/cart/anonymous-20931', 2, '60.004'),
      ],
      'catalogue#0/catalogue': [
        pino(T, -60 * 24 * 9, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -60 * 24 * 9 + 0.02, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -11.3, 'info', '%POD%', 'request completed', '"req":{"id":120311,"method":"GET","url":"/product/K9","headers":{"host":"catalogue:8080"},"remoteAddress":"::ffff:10.1.3.44","remotePort":55012},"res":{"statusCode":200},"responseTime":4,'),
      ],
      'mysql#0/mysql': [
        `${T.isoMs(-60 * 24 * 3 - 94.9).replace('Z', '000Z')} 0 [Note] InnoDB: Starting crash recovery.`,
        `${T.isoMs(-60 * 24 * 3 - 94.5).replace('Z', '000Z')} 0 [Note] mysqld: ready for connections.`,
        `Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)`,
      ],
    },
    grounding: `
      Manifest facts: the Robot Shop helm chart (55292e2) runs redis:4.0.6 as StatefulSet redis with a 1Gi volumeClaimTemplate
      "data" (gp2 here, SOURCES.md); cart and user read REDIS_HOST=redis through the node "redis" client, which queues
      commands while disconnected (enable_offline_queue) and emits an "error" event per failed reconnect that both services
      log as "Redis ERROR"; web is nginx with proxy_pass to cart:8080 and a 60 s proxy_read_timeout.
      Fault: redis-0 was deleted at 10:38:48 (memory housekeeping by the on-call) and recreated on the same node; the EBS CSI
      driver's ControllerPublishVolume for its volume fails because EC2 leaves the volume in "attaching" (the detach of the
      old attachment had not finished) - the attach-detach controller repeats "expected device to be attached but was
      attaching" (kubernetes-sigs/aws-ebs-csi-driver issues on volumes stuck in the attaching state, AWS re:Post "EBS volume
      stuck in attaching state") and the kubelet reports "Unable to attach or mount volumes ... timed out waiting for the
      condition". The pod stays ContainerCreating without an IP, the redis Service has no endpoints, connections to its
      ClusterIP are refused, and cart's add-to-cart requests hang in the offline queue until nginx returns 504 after 60 s.
      cart, user and web are louder than redis, which logs nothing. Catalogue and login keep working.
      Decoys: mysql's OOMKilled three days ago (recovered). Deviations: EKS 1.30, EBS CSI driver as provisioner, web access
      log with request time appended.
    `,
  }),
];
