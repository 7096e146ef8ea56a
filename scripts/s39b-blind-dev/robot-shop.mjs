// Batch s39b blind dev scenario for Stan's Robot Shop (kit system scripts/kit-systems/robot-shop.mjs): redis-0, recreated by a
// helm upgrade, cannot mount its EBS volume because the EBS CSI node plugin is not registered on its node after an add-on update.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
export const scenarios = [];

{
  const incidentTime = '2026-12-09T10:41:00Z';
  const T = clock(incidentTime);
  const NODE_B = 'ip-10-1-2-137.eu-west-1.compute.internal';
  const PV = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
  const nginxErr = (min, n, req, up) =>
    `${T.go(min)} [error] 31#31: *${n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.1.84, server: localhost, request: "${req} HTTP/1.1", upstream: "http://%SVCIP:cart%:8080${up}", host: "shop.robot-shop.example.com", referrer: "https://shop.robot-shop.example.com/"`;
  const clf = (min, ip, req, status, bytes) => {
    const d = new Date(Date.parse(T.isoMs(min)));
    const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
    const p = (x) => String(x).padStart(2, '0');
    return `${ip} - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "${req} HTTP/1.1" ${status} ${bytes} "https://shop.robot-shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36" "-"`;
  };
  const redisErr = (min) =>
    pino(T, min, 'error', '%POD%', 'Redis ERROR', `"err":{"type":"Error","message":"Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379","stack":"Error: Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379\\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1107:14)","errno":"ECONNREFUSED","code":"ECONNREFUSED","syscall":"connect","address":"%SVCIP:redis%","port":6379},`);
  scenarios.push(
    withDefaults({
      folder: 's39b-redis-csi-driver-not-registered',
      incidentTime,
      description: 'robot shop cart broken - add to cart just spins then errors, since 10:25ish. web looks fine otherwise',
      expected: { component: 'redis', cause: 'storage-unavailable' },
      difficulty: 'medium',
      traits: ['louder-dependents', 'time-expression', 'decoy'],
      grounding: `instana/robot-shop K8s/helm at 55292e2: redis is a StatefulSet (redis:4.0.6) with a 1Gi ReadWriteOnce volumeClaimTemplate
        "data" (here gp2, EBS CSI), cart (Node.js, redis@2.8 client, REDIS_HOST=redis) keeps carts only in Redis and logs
        "Redis ERROR" on every failed reconnect; its offline queue holds commands while disconnected, so cart requests hang and
        web's nginx answers 504 after proxy_read_timeout (upstream timed out (110: Connection timed out)). The platform team
        updated the aws-ebs-csi-driver EKS add-on at ~10:19; on ${NODE_B} the new ebs-csi-node pod's node-driver-registrar has
        not re-registered the driver (kube-system, outside the snapshot). Volumes already mounted keep working, so nothing broke
        until a helm upgrade of the release at 10:25 (redis resources bumped) recreated redis-0, which can only run in
        eu-west-1b where its EBS volume lives: the attach succeeds, but the kubelet's MountDevice fails with the kubelet's real
        text "driver name ebs.csi.aws.com not found in the list of registered CSI drivers" (aws-ebs-csi-driver issues #1011,
        #1830; EKS add-on upgrade post-mortems). redis-0 stays ContainerCreating, the redis Service has no endpoints, and cart
        and web are louder than redis, which logs nothing. Decoys: a catalogue restart two days old and two old ratings
        readiness probe timeouts.`,
      workloads: {
        redis: { pods: [{ creating: true, node: NODE_B, created: T.iso(-15.9) }] },
        catalogue: {
          pods: [
            {
              containers: {
                catalogue: cs.restartedRunning({
                  restarts: 1,
                  startedAt: T.iso(-60 * 51),
                  last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 51 - 0.1) },
                }),
              },
            },
          ],
        },
      },
      events: [
        { on: 'sts:redis', reason: 'SuccessfulDelete', message: 'delete Pod redis-0 in StatefulSet redis successful', first: -16.1, last: -16.1 },
        { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -15.9, last: -15.9 },
        { on: 'pod:redis#0', source: 'default-scheduler', reason: 'Scheduled', message: `Successfully assigned robot-shop/redis-0 to ${NODE_B}`, first: -15.9, last: -15.9 },
        { on: 'pod:redis#0', source: 'attachdetach-controller', reason: 'SuccessfulAttachVolume', message: `AttachVolume.Attach succeeded for volume "${PV}" `, first: -15.5, last: -15.5 },
        { on: 'pod:redis#0', type: 'Warning', reason: 'FailedMount', message: `MountVolume.MountDevice failed for volume "${PV}" : kubernetes.io/csi: attacher.MountDevice failed to create newCsiDriverClient: driver name ebs.csi.aws.com not found in the list of registered CSI drivers`, first: -15.4, last: -0.7, count: 15 },
        { on: 'pod:redis#0', type: 'Warning', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: context deadline exceeded', first: -13.8, last: -1.6, count: 6 },
        { on: 'pod:ratings#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{ratings}', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -60 * 26, last: -60 * 26 + 0.1, count: 2 },
      ],
      logs: {
        'cart#0/cart': [
          pino(T, -17.5, 'info', '%POD%', 'request completed', '"req":{"id":88412,"method":"GET","url":"/cart/anonymous-8f2a71","headers":{"host":"cart:8080","x-forwarded-for":"10.1.1.84"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":50812},"res":{"statusCode":200},"responseTime":3,'),
          pino(T, -16.05, 'error', '%POD%', 'Redis ERROR', '"err":{"type":"AbortError","message":"Redis connection lost and command aborted. It might have been processed.","stack":"AbortError: Redis connection lost and command aborted. It might have been processed.\\n    at RedisClient.flush_and_error (/opt/server/node_modules/redis/index.js:298:23)\\n    at RedisClient.connection_gone (/opt/server/node_modules/redis/index.js:603:14)","code":"UNCERTAIN_STATE","command":"GET"},'),
          redisErr(-15.9),
          redisErr(-15.2),
          pino(T, -14.9, 'error', '%POD%', 'request errored', '"req":{"id":88519,"method":"GET","url":"/add/anonymous-3c9e04/RD-10/1","headers":{"host":"cart:8080"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":50944},"res":{"statusCode":null},"err":{"type":"Error","message":"request aborted","stack":"Error: request aborted\\n    at IncomingMessage.onAborted (/opt/server/node_modules/express/lib/request.js:60:13)"},"responseTime":60002,'),
          redisErr(-13.1),
          redisErr(-9.4),
          redisErr(-2.8),
        ],
        'web#0/web': [
          clf(-20.2, '10.1.1.84', 'GET /api/catalogue/products', 200, 2113),
          clf(-17.8, '10.1.1.84', 'GET /api/cart/add/anonymous-8f2a71/HAL-1/1', 200, 162),
          nginxErr(-14.9, 91422, 'GET /api/cart/add/anonymous-3c9e04/RD-10/1', '/add/anonymous-3c9e04/RD-10/1'),
          clf(-14.9, '10.1.1.84', 'GET /api/cart/add/anonymous-3c9e04/RD-10/1', 504, 167),
          clf(-12.4, '10.1.2.137', 'GET /api/catalogue/categories', 200, 94),
          nginxErr(-11.0, 91788, 'GET /api/cart/cart/anonymous-3c9e04', '/cart/anonymous-3c9e04'),
          clf(-11.0, '10.1.2.137', 'GET /api/cart/cart/anonymous-3c9e04', 504, 167),
          nginxErr(-6.3, 92310, 'GET /api/cart/add/user-42/EMM-1/1', '/add/user-42/EMM-1/1'),
          clf(-6.3, '10.1.1.84', 'GET /api/cart/add/user-42/EMM-1/1', 504, 167),
          clf(-4.2, '10.1.3.206', 'GET /api/ratings/api/fetch/RD-10', 200, 44),
          nginxErr(-1.1, 92907, 'GET /api/cart/cart/user-42', '/cart/user-42'),
          clf(-1.1, '10.1.1.84', 'GET /api/cart/cart/user-42', 504, 167),
        ],
        'shipping#0/shipping': [
          `${T.java(-8.2)} ERROR 1 --- [nio-8080-exec-7] c.i.r.s.c.CartHelper                   : http client exception`,
          `java.net.SocketTimeoutException: Read timed out`,
          `${T.java(-8.2)}  INFO 1 --- [nio-8080-exec-7] c.i.r.s.c.Controller                     : new cart {}`,
        ],
      },
      post: {
        // The StatefulSet pod mounts its claim (the kit writes no volumes for a volumeClaimTemplate).
        'pods.json': (list) => {
          for (const p of list.items)
            if (p.metadata.name === 'redis-0') p.spec.volumes = [{ name: 'data', persistentVolumeClaim: { claimName: 'data-redis-0' } }, ...(p.spec.volumes ?? [])];
        },
      },
    }),
  );
}
