// Batch s32b held-out scenario for Stan's Robot Shop (split: test), written blind on the kit system definition
// scripts/kit-systems/robot-shop.mjs; expanded by scripts/s32b-build.mjs (which also writes the headless dispatch Service).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, defaultPvcs as pvcs, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

// Expected answer fixed before generation: redis / storage-unavailable.
const INC = '2026-06-03T09:52:00Z';
const T = clock(INC);
const ROLL = -22; // redis StatefulSet template edited (memory limit 100Mi -> 256Mi) at 09:30
const N1A = 'ip-10-1-1-84.eu-west-1.compute.internal';
const VOL = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
const EBS = 'vol-0c41e9a7b2d35f816';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const UA = '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"';
const CLIENT = '10.1.2.137';

const cartLog = [];
const userLog = [];
const webLog = [];
for (let m = -40; m < ROLL; m += 1.5) {
  const id = `anonymous-${8800 + Math.round(m * 3 + 200)}`;
  cartLog.push(pino(T, m, 'info', '%POD%', `GET /cart/${id} 200`));
  webLog.push(`${CLIENT} - - [${clf(m)}] "GET /api/cart/add/${id}/RED/1 HTTP/1.1" 200 164 "-" ${UA}`);
  webLog.push(`${CLIENT} - - [${clf(m + 0.1)}] "GET /api/catalogue/products HTTP/1.1" 200 3015 "-" ${UA}`);
}
cartLog.push(pino(T, ROLL + 0.05, 'error', '%POD%', 'Redis ERROR', '"err":{"type":"Error","message":"Redis connection to redis:6379 failed - read ECONNRESET","stack":"Error: read ECONNRESET\\n    at TCP.onStreamRead (internal/stream_base_commons.js:111:27)","errno":"ECONNRESET","code":"ECONNRESET","syscall":"read"},'));
userLog.push(pino(T, ROLL + 0.05, 'error', '%POD%', 'Redis ERROR', '"err":{"type":"Error","message":"Redis connection to redis:6379 failed - read ECONNRESET","stack":"Error: read ECONNRESET\\n    at TCP.onStreamRead (internal/stream_base_commons.js:111:27)","errno":"ECONNRESET","code":"ECONNRESET","syscall":"read"},'));
for (let m = ROLL + 0.4; m < 0; m += 0.5) {
  const err = `"err":{"type":"Error","message":"Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379","stack":"Error: connect ECONNREFUSED %SVCIP:redis%:6379\\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1141:16)","errno":"ECONNREFUSED","code":"ECONNREFUSED","syscall":"connect","address":"%SVCIP:redis%","port":6379},`;
  cartLog.push(pino(T, m, 'error', '%POD%', 'Redis ERROR', err));
  userLog.push(pino(T, m + 0.02, 'error', '%POD%', 'Redis ERROR', err));
}
for (let m = ROLL + 0.5; m < -1; m += 0.8) {
  const id = `anonymous-${9100 + Math.round(m * 5 + 200)}`;
  webLog.push(`${CLIENT} - - [${clf(m)}] "GET /api/catalogue/products HTTP/1.1" 200 3015 "-" ${UA}`);
  webLog.push(`${T.go(m + 1)} [error] 31#31: *${4100 + Math.round((m + 30) * 17)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${CLIENT}, server: localhost, request: "GET /api/cart/add/${id}/RED/1 HTTP/1.1", upstream: "http://%SVCIP:cart%:8080/add/${id}/RED/1", host: "shop.robot-shop.example"`);
  webLog.push(`${CLIENT} - - [${clf(m + 1)}] "GET /api/cart/add/${id}/RED/1 HTTP/1.1" 504 167 "-" ${UA}`);
  if (Math.round(m * 10) % 3 === 0) {
    webLog.push(`${T.go(m + 1.05)} [error] 31#31: *${4200 + Math.round((m + 30) * 17)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${CLIENT}, server: localhost, request: "GET /api/user/uniqueid HTTP/1.1", upstream: "http://%SVCIP:user%:8080/uniqueid", host: "shop.robot-shop.example"`);
    webLog.push(`${CLIENT} - - [${clf(m + 1.05)}] "GET /api/user/uniqueid HTTP/1.1" 504 167 "-" ${UA}`);
  }
}

const catalogueLog = [];
for (let m = -20; m < 0; m += 2) catalogueLog.push(pino(T, m, 'info', '%POD%', 'GET /products 200'));

export const scenarios = [
  withDefaults({
    folder: 's32b-add-to-cart-hangs',
    split: 'test',
    description: 'robot shop add to cart spins forever then fails, started around 9:30',
    incidentTime: INC,
    expected: { component: 'redis', cause: 'storage-unavailable' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      instana/robot-shop K8s/helm at 55292e2: redis is a StatefulSet (redis:4.0.6) with a 1Gi gp2 volumeClaimTemplate "data"
      mounted at /mnt/redis; cart and user use the node "redis" client against REDIS_HOST=redis and log 'Redis ERROR' from the
      client's error handler; web's nginx proxies /api/cart/ and /api/user/ to cart:8080 and user:8080.
      Fault: the team raises redis' memory limit; the StatefulSet rolling update deletes redis-0 first. The replacement is
      scheduled to the only eu-west-1a node (the EBS volume's zone) but the EBS CSI attach never completes: the
      attachdetach-controller reports the aws-ebs-csi-driver error "attachment of disk ... failed, expected device to be attached
      but was attaching" (the volume stuck "attaching" is a known EC2/EBS failure, see the aws-ebs-csi-driver issues) and the
      kubelet times out mounting "data", so redis-0 stays ContainerCreating and the Service has no endpoint. The redis client
      keeps queueing commands while it reconnects (ECONNREFUSED on the ClusterIP), so add-to-cart and new anonymous ids hang
      until nginx's 60 s proxy_read_timeout and answer 504; browsing the catalogue works.
      Decoys: the StatefulSet edit itself (a harmless limit change), a catalogue rollout an hour earlier that is healthy, and a
      dispatch restart two days ago.`,
    workloads: {
      redis: {
        endpointsChanged: ROLL + 0.02,
        containers: { redis: { resources: { limits: { cpu: '200m', memory: '256Mi' }, requests: { cpu: '100m', memory: '50Mi' } } } },
        pods: [
          {
            node: N1A,
            creating: true,
            created: T.iso(ROLL + 0.1),
            readyTransition: T.iso(ROLL + 0.1),
            specOverride: { volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data-redis-0' } }] },
          },
        ],
      },
      catalogue: { rollout: { at: -64, revision: 6, oldReplicas: 0, oldContainers: { catalogue: { image: 'robotshop/rs-catalogue:2.0.0' } } } },
      dispatch: {
        pods: [
          {
            containers: {
              dispatch: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 50),
                last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 50 - 0.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'sts:redis', reason: 'SuccessfulDelete', message: 'delete Pod redis-0 in StatefulSet redis successful', first: ROLL, source: 'statefulset-controller' },
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: ROLL + 0.1, source: 'statefulset-controller' },
      { on: 'pod:redis#0', reason: 'Scheduled', message: `Successfully assigned robot-shop/redis-0 to ${N1A}`, first: ROLL + 0.1, source: 'default-scheduler' },
      { on: 'pod:redis#0', type: 'Warning', reason: 'FailedAttachVolume', message: `AttachVolume.Attach failed for volume "${VOL}" : rpc error: code = Internal desc = Could not attach volume "${EBS}" to node "i-0a3d71c5e92f4b618": attachment of disk "${EBS}" failed, expected device to be attached but was attaching`, first: ROLL + 2.2, last: -0.8, count: 11, source: 'attachdetach-controller' },
      { on: 'pod:redis#0', type: 'Warning', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: ROLL + 2.3, last: -1.9, count: 9 },
    ],
    logs: {
      'cart#0/cart': cartLog,
      'user#0/user': userLog,
      'web#0/web': webLog,
      'catalogue#0/catalogue': catalogueLog,
    },
  }),
];
