// Batch s35b (blind dev): one Robot Shop incident for the kit, system from scripts/kit-systems/robot-shop.mjs;
// after an impaired EC2 instance is replaced, redis-0's EBS volume stays attached to it and the new pod cannot mount it.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
export const scenarios = [];

{
  const incidentTime = '2026-12-15T07:49:00Z';
  const T = clock(incidentTime);
  const [A, B, C] = system.nodes.map((n) => n.name);
  const DEAD = 'ip-10-1-1-52.eu-west-1.compute.internal';
  const VOL = defaultPvcs[0].volume;
  const refused = 'Redis connection to redis:6379 failed - connect ECONNREFUSED %SVCIP:redis%:6379';
  const cartLines = [
    pino(T, -17.6, 'info', '%POD%', 'Using redis host redis'),
    pino(T, -17.6, 'info', '%POD%', 'Using catalogue host catalogue'),
    pino(T, -17.5, 'info', '%POD%', 'started on port 8080'),
    ...Array.from({ length: 18 }, (_, i) => pino(T, -17.5 + i * 0.95, 'error', '%POD%', `Redis ERROR ${refused}`)),
    ...[-15.2, -11.7, -8.3, -4.9, -1.6].map((m) =>
      pino(T, m, 'info', '%POD%', 'request completed', `"req":{"id":${Math.round(-m * 31)},"method":"GET","url":"/add/a1b2c3d4/Ewooid/1","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":500},"responseTime":60002,`),
    ),
  ];
  const userLines = [
    pino(T, -60 * 24 * 9, 'info', '%POD%', 'MongoDB connected'),
    pino(T, -18.4, 'error', '%POD%', 'Redis ERROR Redis connection to redis:6379 failed - read ECONNRESET'),
    ...Array.from({ length: 17 }, (_, i) => pino(T, -17.4 + i * 1.0, 'error', '%POD%', `Redis ERROR ${refused}`)),
  ];
  const nginx = (m, n, req, upstream) =>
    `${T.go(m)} [error] 31#31: *${n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: %IPOF:web#0%, server: localhost, request: "${req}", upstream: "${upstream}", host: "shop.robot-shop.example.com", referrer: "https://shop.robot-shop.example.com/"`;
  scenarios.push(
    withDefaults({
      folder: 's35b-redis-ebs-multi-attach',
      incidentTime,
      description: 'robot shop add to cart just spins and then errors since ~07:30, basket team paged',
      expected: { component: 'redis', cause: 'storage-unavailable' },
      difficulty: 'medium',
      traits: ['louder-dependents', 'team-name', 'time-expression', 'decoy'],
      grounding: `instana/robot-shop K8s/helm: redis is a StatefulSet (redis:4.0.6, volumeClaimTemplate data, gp2 EBS, 1Gi) behind the
        redis Service; cart and user (Node.js) use it (REDIS_HOST redis), web's nginx proxies /api/cart/ and /api/user/.
        At 07:29 the EC2 instance under ip-10-1-1-52 (eu-west-1a, running redis-0, cart and catalogue) failed its status checks
        and the node group replaced it; the cloud node lifecycle controller deleted the Node, and the StatefulSet recreated
        redis-0 on ip-10-1-1-84 (the same zone). The EBS volume ${VOL} was still attached to the stuck instance: the
        attach-detach controller reports "Multi-Attach error ... Volume is already exclusively attached to one node", and after
        its 6-minute force-detach wait the EBS CSI driver fails with "expected device to be attached but was detaching"; the
        kubelet times out mounting data. redis-0 stays ContainerCreating with no IP, the redis Endpoints are empty, cart and user
        log node-redis ECONNREFUSED, cart requests hang in the offline queue and nginx answers 504 after 60 s. The cart and
        catalogue pods recreated from the same node are healthy (decoys), as are the node events (the node is gone, not the
        fault now), and a ratings restart two days ago.`,
      workloads: {
        redis: {
          pods: [{ node: A, created: T.iso(-17.8), creating: true }],
        },
        cart: { pods: [{ node: B, created: T.iso(-17.8) }] },
        catalogue: { pods: [{ node: C, created: T.iso(-17.8) }] },
        ratings: {
          pods: [
            {
              containers: {
                ratings: cs.restartedRunning({
                  restarts: 1,
                  startedAt: T.iso(-60 * 47),
                  last: { exitCode: 255, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 47 - 0.1) },
                }),
              },
            },
          ],
        },
      },
      events: [
        { on: `node:${DEAD}`, source: 'node-controller', reason: 'NodeNotReady', first: -19.5, message: `Node ${DEAD} status is now: NodeNotReady` },
        { on: `node:${DEAD}`, source: 'cloud-node-lifecycle-controller', reason: 'DeletingNode', first: -18.0, message: `Deleting node ${DEAD} because it does not exist in the cloud provider` },
        { on: `node:${DEAD}`, source: 'node-controller', reason: 'RemovingNode', first: -17.9, message: `Node ${DEAD} event: Removing Node ${DEAD} from Controller` },
        { on: 'sts:redis', reason: 'SuccessfulCreate', first: -17.8, message: 'create Pod redis-0 in StatefulSet redis successful' },
        { on: 'pod:redis#0', source: 'default-scheduler', reason: 'Scheduled', first: -17.8, message: `Successfully assigned robot-shop/redis-0 to ${A}` },
        { on: 'pod:redis#0', source: 'attachdetach-controller', reason: 'FailedAttachVolume', type: 'Warning', first: -17.8, last: -11.8, count: 1, message: `Multi-Attach error for volume "${VOL}" Volume is already exclusively attached to one node and can't be attached to another` },
        { on: 'pod:redis#0', source: 'attachdetach-controller', reason: 'FailedAttachVolume', type: 'Warning', first: -11.7, last: -0.9, count: 9, message: `AttachVolume.Attach failed for volume "${VOL}" : rpc error: code = Internal desc = Could not attach volume "vol-0c41e7a92b58d3f16" to node "i-0a3d71c5e92f4b618": attachment of disk "vol-0c41e7a92b58d3f16" failed, expected device to be attached but was detaching` },
        { on: 'pod:redis#0', reason: 'FailedMount', type: 'Warning', first: -15.8, last: -1.6, count: 7, message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[data kube-api-access-7n2xq]: timed out waiting for the condition' },
        { on: 'rs:cart', reason: 'SuccessfulCreate', first: -17.8, message: 'Created pod: cart-%RS%' },
        { on: 'rs:catalogue', reason: 'SuccessfulCreate', first: -17.8, message: 'Created pod: catalogue-%RS%' },
      ],
      logs: {
        'cart#0/cart': cartLines,
        'user#0/user': userLines,
        'catalogue#0/catalogue': [pino(T, -17.5, 'info', '%POD%', 'MongoDB connected'), pino(T, -17.5, 'info', '%POD%', 'Started on port 8080')],
        'web#0/web': [
          ...[-16.2, -12.6, -9.3, -5.8, -2.5].map((m, i) => nginx(m, 48211 + i * 377, 'GET /api/cart/add/a1b2c3d4/Ewooid/1 HTTP/1.1', 'http://%SVCIP:cart%:8080/add/a1b2c3d4/Ewooid/1')),
          ...[-14.8, -7.7, -1.2].map((m, i) => nginx(m, 48390 + i * 411, 'GET /api/user/uniqueid HTTP/1.1', 'http://%SVCIP:user%:8080/uniqueid')),
        ],
      },
    }),
  );
}
