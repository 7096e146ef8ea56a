// Batch s44b held-out scenario for Robot Shop (split: test), written blind: one incident as a kit spec.
// System: scripts/kit-systems/robot-shop.mjs (instana/robot-shop K8s/helm at 55292e2) with its withDefaults, default PVCs and pino helper.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, defaultPvcs as pvcs, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const INC = '2026-08-06T03:12:00Z';
const T = clock(INC);
const N = base.nodes.map((n) => n.name);
const DEAD = 'ip-10-1-1-201.eu-west-1.compute.internal';
const PV = 'pvc-5b0e9c3d-41a7-4f2e-9d8a-6c1e7f30b2a4';
const FOLDER = 's44b-redis-multi-attach-after-node-loss';

const cartLogs = [];
for (let m = -40; m < -19; m += 3.1) cartLogs.push(pino(T, m, 'info', '%POD%', 'GET /cart/anonymous-1f29c3 200', ''));
cartLogs.push(pino(T, -18.6, 'error', '%POD%', 'Redis ERROR', '"err":{"type":"Error","message":"Redis connection to redis:6379 failed - read ETIMEDOUT","stack":"Error: read ETIMEDOUT\\n    at TCP.onStreamRead (internal/stream_base_commons.js:205:27)","errno":"ETIMEDOUT","code":"ETIMEDOUT","syscall":"read"},'));
for (let m = -18.1; m < -0.2; m += 0.83) {
  cartLogs.push(pino(T, m, 'error', '%POD%', 'Redis ERROR', '"err":{"type":"Error","message":"Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379","stack":"Error: connect ECONNREFUSED\\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1141:16)","errno":"ECONNREFUSED","code":"ECONNREFUSED","syscall":"connect","port":6379},'));
  if (Math.round(m * 10) % 3 === 0) cartLogs.push(pino(T, m + 0.1, 'error', '%POD%', 'ERROR', '"err":{"type":"AbortError","message":"SETEX can\'t be processed. The connection is not yet established and the offline queue is deactivated.","code":"NR_CLOSED","command":"SETEX"},'));
}
const webLogs = [];
for (let m = -18; m < -0.2; m += 0.71) {
  const i = Math.round((m + 20) * 10);
  if (i % 3 === 0) webLogs.push(`10.1.2.58 - - [${T.go(m).replace(/^(\d+)\/(\d+)\/(\d+) /, (_, y, mo, d) => `${d}/${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(mo) - 1]}/${y}:`)} +0000] "GET /api/cart/add/anonymous-${(i * 7919).toString(36)}/RED/1 HTTP/1.1" 500 75 "http://a3c9e1f0.eu-west-1.elb.amazonaws.com/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36"`);
  else webLogs.push(`10.1.2.58 - - [${T.go(m).replace(/^(\d+)\/(\d+)\/(\d+) /, (_, y, mo, d) => `${d}/${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(mo) - 1]}/${y}:`)} +0000] "GET /api/catalogue/products HTTP/1.1" 200 3312 "http://a3c9e1f0.eu-west-1.elb.amazonaws.com/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36"`);
}
const userLogs = [pino(T, -18.4, 'error', '%POD%', 'Redis ERROR', '"err":{"type":"Error","message":"Redis connection to redis:6379 failed - read ETIMEDOUT","code":"ETIMEDOUT"},')];
for (let m = -17.9; m < -0.5; m += 2.4) userLogs.push(pino(T, m, 'error', '%POD%', 'Redis ERROR', '"err":{"type":"Error","message":"Redis connection to redis:6379 failed - connect ECONNREFUSED","code":"ECONNREFUSED"},'));

export const post = {
  // The failed instance's Node stays in the API, NotReady with the node lifecycle controller's taints; no pod is left on it
  // (the Deployment pods were evicted and replaced, redis-0 was force-deleted by the on-call).
  [FOLDER]: ({ dir, T, readJson, writeJson }) => {
    const f = `${dir}/nodes.json`;
    const nodes = readJson(f);
    const tpl = JSON.parse(JSON.stringify(nodes.items[0]));
    tpl.metadata.name = DEAD;
    tpl.metadata.uid = '6e1f0b2c-93a4-5d7e-a8c1-2b4f6d8e0a13';
    tpl.metadata.creationTimestamp = T.iso(-60 * 24 * 17);
    tpl.metadata.labels['kubernetes.io/hostname'] = DEAD;
    tpl.spec.providerID = 'aws:///eu-west-1a/i-0c7e4a91d2b35f608';
    tpl.spec.podCIDR = '10.1.1.0/24';
    tpl.spec.podCIDRs = ['10.1.1.0/24'];
    tpl.spec.taints = [
      { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: T.iso(-19.2) },
      { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: T.iso(-19.1) },
    ];
    tpl.status.addresses = [{ type: 'InternalIP', address: '10.1.1.201' }, { type: 'Hostname', address: DEAD }, { type: 'InternalDNS', address: DEAD }];
    const unk = (type, reason) => ({ type, status: 'Unknown', lastHeartbeatTime: T.iso(-20.1), lastTransitionTime: T.iso(-19.2), reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
    tpl.status.conditions = [unk('MemoryPressure'), unk('DiskPressure'), unk('PIDPressure'), unk('Ready')];
    tpl.status.nodeInfo.bootID = '0b9d3c47-1e2f-5a6b-8c7d-9e0f1a2b3c4d';
    nodes.items.push(tpl);
    writeJson(f, nodes);
  },
};

export const scenarios = [
  withDefaults({
    folder: FOLDER,
    description: 'robot shop add to cart returning 500, carts empty. started middle of the night',
    incidentTime: INC,
    expected: { component: 'redis', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'redis', cause: 'node-not-ready', node: DEAD }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'node-level'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): redis is a StatefulSet (redis:4.0.6) with a volumeClaimTemplate
      "data" (ReadWriteOnce, 1Gi, gp2 here) mounted at /mnt/redis; cart and user (Node.js, pino) reach it as redis:6379 and log
      "Redis ERROR" on the client's error event; web is nginx proxying /api/cart/ to cart. EBS volumes attach to one instance.
      Incident (the well-known StatefulSet-on-a-lost-node volume problem, kubernetes issues on "Multi-Attach error" after node
      failure): at 02:52 the EC2 instance behind a fourth node of the group (eu-west-1a) failed its status checks and the kubelet
      stopped posting status; the node controller marked it NotReady/unreachable and, after the 300 s toleration, evicted its
      pods. Deployment pods were replaced elsewhere, but redis-0 stayed Terminating on the unreachable node; at 03:03 the on-call
      force-deleted it. The new redis-0 was scheduled on ip-10-1-1-84 (same zone, where the gp2 volume lives) but the
      attach-detach controller refuses to attach the volume still recorded on the dead node: FailedAttachVolume "Multi-Attach
      error ... Volume is already exclusively attached to one node and can't be attached to another", then kubelet FailedMount.
      redis-0 stays ContainerCreating, the redis Service has no endpoints; cart logs connection refused and answers 500 on
      add-to-cart (web's 500s are louder than anything redis says). The dead Node is still in the API, NotReady with unreachable
      taints, no pod left on it.
      A careful engineer names redis' volume that cannot be attached (the lost node behind it is also accepted).
    `,
    workloads: {
      redis: { endpointsChanged: -18.9, pods: [{ node: N[0], creating: true, created: T.iso(-8.9) }] },
      ratings: { pods: [{ node: N[2], created: T.iso(-14) }] },
    },
    events: [
      { on: `node:${DEAD}`, reason: 'NodeNotReady', message: `Node ${DEAD} status is now: NodeNotReady`, source: 'node-controller', first: -19.2 },
      { on: 'pod:redis#0', reason: 'Scheduled', message: `Successfully assigned robot-shop/redis-0 to ${N[0]}`, source: 'default-scheduler', first: -8.9 },
      { on: 'pod:redis#0', reason: 'FailedAttachVolume', message: `Multi-Attach error for volume "${PV}" Volume is already exclusively attached to one node and can't be attached to another`, type: 'Warning', source: 'attachdetach-controller', first: -8.9, last: -8.9 },
      { on: 'pod:redis#0', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', type: 'Warning', first: -6.8, last: -0.6, count: 4 },
      { on: 'pod:ratings#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -14 },
      { on: 'pod:ratings#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": dial tcp %PODIP%:80: connect: connection refused', type: 'Warning', fieldPath: 'spec.containers{ratings}', first: -13.8, last: -13.7, count: 2 },
    ],
    logs: {
      'cart#0/cart': cartLogs,
      'user#0/user': userLogs,
      'web#0/web': webLogs,
      'catalogue#0/catalogue': [-30, -15, -4].map((m) => pino(T, m, 'info', '%POD%', 'GET /products 200', '')),
    },
  }),
];
