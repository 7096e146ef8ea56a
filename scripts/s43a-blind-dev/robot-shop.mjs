// Batch s43a (blind dev, split: dev): one Robot Shop incident on the kit system scripts/kit-systems/robot-shop.mjs
// (instana/robot-shop K8s/helm, rs-*:2.1.0) plus a second eu-west-1a node: redis-0 recreated on another node while its EBS volume is stuck attaching.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

const N4 = 'ip-10-1-1-201.eu-west-1.compute.internal';
export const system = {
  ...base,
  nodes: [
    ...base.nodes,
    { ...base.nodes[0], name: N4, ip: '10.1.1.201', podCidr: '10.1.4', providerID: 'aws:///eu-west-1a/i-09e4b7c2d15a38f61' },
  ],
};
export { defaultPvcs };

const T = clock('2026-06-08T09:31:00Z');
const VOL = 'vol-0d7c2a91e4b35f608';
const PV = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');
const clf = (min) => { const d = new Date(Date.parse(T.isoMs(min))); return `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`; };
const ngxErr = (min) => T.go(min);
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36';

const cartLog = [
  pino(T, -60 * 24 * 3, 'info', '%POD%', 'Redis READY'),
  pino(T, -60 * 24 * 3 + 0.01, 'info', '%POD%', 'Started on port 8080'),
  pino(T, -21.3, 'info', '%POD%', 'request completed', '"req":{"id":48211,"method":"GET","url":"/cart/anonymous-58e9","headers":{"host":"cart:8080","x-forwarded-for":"10.1.2.137"}},"res":{"statusCode":200},"responseTime":3,'),
  pino(T, -20.7, 'info', '%POD%', 'request completed', '"req":{"id":48219,"method":"GET","url":"/add/anonymous-58e9/EMM/1","headers":{"host":"cart:8080","x-forwarded-for":"10.1.2.137"}},"res":{"statusCode":200},"responseTime":11,'),
];
const refused = 'Redis ERROR Error: Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379';
[-19.55, -19.54, -19.52, -19.49, -19.44, -19.35, -19.2, -18.95, -18.52, -17.8, -16.6, -14.5, -10.9, -4.8].forEach((m) => cartLog.push(pino(T, m, 'error', '%POD%', refused)));
cartLog.sort((a, b) => JSON.parse(a).time - JSON.parse(b).time);

const webLog = [];
const ids = ['anonymous-58e9', 'anonymous-91c4', 'f.nour', 'anonymous-3a7d', 'anonymous-c0b2', 'w.zhang', 'anonymous-7e15'];
for (let i = 0; i < 13; i++) {
  const m = -18.6 + i * 1.45;
  const id = ids[i % ids.length];
  const path = i % 2 ? `/api/cart/add/${id}/K9/1` : `/api/cart/cart/${id}`;
  webLog.push(`${ngxErr(m + 1)} [error] 31#31: *${18402 + i * 37} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.1.${(i % 3) + 1}.${[84, 137, 206][i % 3]}, server: localhost, request: "GET ${path} HTTP/1.1", upstream: "http://%SVCIP:cart%:8080${path.replace('/api/cart', '')}", host: "shop.robotshop.example", referrer: "https://shop.robotshop.example/"`);
  webLog.push(`10.1.${(i % 3) + 1}.${[84, 137, 206][i % 3]} - - [${clf(m + 1)}] "GET ${path} HTTP/1.1" 504 167 "https://shop.robotshop.example/" "${UA}"`);
  webLog.push(`10.1.${(i % 3) + 1}.${[84, 137, 206][i % 3]} - - [${clf(m + 1.02)}] "GET /api/catalogue/products HTTP/1.1" 200 2877 "https://shop.robotshop.example/" "${UA}"`);
}

export const scenarios = [
  withDefaults({
    folder: 's43a-redis-ebs-stuck-attaching',
    incidentTime: '2026-06-08T09:31:00Z',
    description: 'robot shop: add to cart spins forever then errors, since around 9:10. someone already bounced redis, didnt help',
    expected: { component: 'redis', cause: 'storage-unavailable' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Robot Shop's redis is a StatefulSet (redis:4.0.6) with a 1Gi gp2 EBS claim data-redis-0 (helm --set
      redis.storageClassName=gp2). At 09:11 the on-call deleted redis-0 to "reset" it; the scheduler placed the new redis-0 on
      ip-10-1-1-201, the nodegroup's second node in the same zone (eu-west-1a; the system definition's three nodes plus this one). The attach-detach
      controller first reports the real Multi-Attach error while the volume is still attached to the old node, then the EBS CSI
      driver's attach fails over and over with the aws-ebs-csi-driver text "attachment of disk ... failed, expected device to be
      attached but was attaching" (an EBS volume stuck in the attaching state, AWS re:Post / aws-ebs-csi-driver issues), and the
      kubelet reports FailedMount "Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data] ...
      timed out waiting for the condition". redis-0 stays ContainerCreating for 19 minutes, the redis Service has no endpoint,
      cart's node_redis client logs "Redis connection to redis:6379 failed - connect ECONNREFUSED" with its growing reconnect
      back-off while the offline queue holds every command, so web's nginx logs "upstream timed out (110: Connection timed out)"
      and 504 on /api/cart while the catalogue answers 200. Decoys: a healthy catalogue rollout two hours earlier and an old ratings
      restart.`,
    workloads: {
      redis: {
        pods: [{ node: N4, created: T.iso(-19.6), creating: true, readyTransition: T.iso(-19.6) }],
        endpointsChanged: -19.65,
      },
      catalogue: { rollout: { at: -125, revision: 4, oldContainers: { catalogue: { image: 'robotshop/rs-catalogue:2.0.2' } } } },
      ratings: {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 255, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'sts:redis', reason: 'SuccessfulCreate', message: 'create Pod redis-0 in StatefulSet redis successful', first: -19.6 },
      { on: 'pod:redis#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned robot-shop/redis-0 to ${N4}`, first: -19.6 },
      { on: 'pod:redis#0', reason: 'FailedAttachVolume', type: 'Warning', source: 'attachdetach-controller', message: `Multi-Attach error for volume "${PV}" Volume is already exclusively attached to one node and can't be attached to another`, first: -19.5 },
      { on: 'pod:redis#0', reason: 'FailedAttachVolume', type: 'Warning', source: 'attachdetach-controller', message: `AttachVolume.Attach failed for volume "${PV}" : rpc error: code = Internal desc = Could not attach volume "${VOL}" to node "i-09e4b7c2d15a38f61": attachment of disk "${VOL}" failed, expected device to be attached but was attaching`, first: -17.9, last: -1.2, count: 11 },
      { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data], failed to process volumes=[]: timed out waiting for the condition', first: -17.5, last: -1.4, count: 8 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled up replica set catalogue-%NEW% to 1', first: -125 },
      { on: 'deploy:catalogue', reason: 'ScalingReplicaSet', message: 'Scaled down replica set catalogue-%OLD% to 0 from 1', first: -124.2 },
    ],
    logs: {
      'cart#0/cart': cartLog,
      'web#0/web': webLog,
      'catalogue#0/catalogue': [
        pino(T, -124.6, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -124.6, 'info', '%POD%', 'Started on port 8080'),
        pino(T, -6.2, 'info', '%POD%', 'request completed', '"req":{"id":9121,"method":"GET","url":"/products","headers":{"host":"catalogue:8080"}},"res":{"statusCode":200},"responseTime":6,'),
      ],
    },
  }),
];
