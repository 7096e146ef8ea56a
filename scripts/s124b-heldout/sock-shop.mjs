// Blind held-out batch s124b: one Sock Shop scenario (split test) on the session-2 system definition.
// Built by scripts/s124b-build.mjs with the scenario kit; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/sock-shop.mjs';

// Deviation: orders-db keeps its data on an EBS-backed PVC (upstream uses an emptyDir-less mongo container).
export const system = {
  ...base,
  workloads: base.workloads.map((w) => (w.name === 'orders-db' ? { ...w, containers: w.containers.map((c) => ({ ...c, volumeMounts: [...(c.volumeMounts ?? []), { mountPath: '/data/db', name: 'data' }] })), volumes: [...w.volumes, { name: 'data', persistentVolumeClaim: { claimName: 'orders-db-data' } }] } : w)),
};
const T = clock('2026-05-26T19:12:00Z');
const spring = (min, lvl, thread, cls, msg) => `${T.java(min)}  ${lvl.padStart(5)} [orders,,,] 1 --- [${thread}] ${cls} : ${msg}`;
const NODE = 'ip-10-0-2-148.eu-west-1.compute.internal';

export const scenarios = [
  {
    folder: 's124b-orders-db-volume-mount-fails',
    incidentTime: '2026-05-26T19:12:00Z',
    description: 'orders failing at checkout since 18:55 — "order could not be placed". payments team says payment svc is fine',
    expected: { component: 'orders-db', cause: 'storage-unavailable' },
    alsoAcceptable: [{ component: 'orders-db', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name'],
    pvcs: [{ name: 'orders-db-data', size: '20Gi', storageClass: 'gp3', volume: 'pvc-8c41e2d7-5f9a-4b36-a0e1-7d3c9b2f4e68' }],
    workloads: {
      'orders-db': {
        pods: [{ node: NODE, creating: true, created: T.iso(-17.5) }],
        unavailableSince: -17.5,
      },
    },
    events: [
      { on: 'pod:orders-db#0', reason: 'Scheduled', message: `Successfully assigned sock-shop/%POD% to ${NODE}`, source: 'default-scheduler', first: -17.5 },
      { on: 'pod:orders-db#0', reason: 'SuccessfulAttachVolume', message: 'AttachVolume.Attach succeeded for volume "pvc-8c41e2d7-5f9a-4b36-a0e1-7d3c9b2f4e68" ', source: 'attachdetach-controller', first: -17.1 },
      { on: 'pod:orders-db#0', reason: 'FailedMount', type: 'Warning', message: 'MountVolume.MountDevice failed for volume "pvc-8c41e2d7-5f9a-4b36-a0e1-7d3c9b2f4e68" : rpc error: code = Internal desc = could not format "/dev/nvme2n1" and mount it at "/var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/3f1d0c9e2b7a4e58a6c1d9f0b2e4a7c3d5f8e1b6a9c2d4f7e0b3a6c9d2e5f8a1/globalmount": mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t xfs -o defaults /dev/nvme2n1 /var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/3f1d0c9e2b7a4e58a6c1d9f0b2e4a7c3d5f8e1b6a9c2d4f7e0b3a6c9d2e5f8a1/globalmount\nOutput: mount: /var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/3f1d0c9e2b7a4e58a6c1d9f0b2e4a7c3d5f8e1b6a9c2d4f7e0b3a6c9d2e5f8a1/globalmount: wrong fs type, bad option, bad superblock on /dev/nvme2n1, missing codepage or helper program, or other error.', first: -16.9, last: -0.8, count: 16 },
      { on: 'pod:orders-db#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -15.4, last: -1.4, count: 7 },
    ],
    logs: {
      'orders#0/orders': [
        spring(-16.2, 'INFO', 'cluster-ClusterId{value=\'6a2f1c\', description=\'null\'}-orders-db:27017', 'org.mongodb.driver.cluster', "Exception in monitor thread while connecting to server orders-db:27017"),
        '',
        'com.mongodb.MongoSocketOpenException: Exception opening socket',
        '\tat com.mongodb.connection.SocketStream.open(SocketStream.java:63) ~[mongodb-driver-core-3.4.2.jar!/:na]',
        'Caused by: java.net.ConnectException: Connection refused (Connection refused)',
        spring(-6.4, 'ERROR', 'http-nio-80-exec-4', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 10000 ms while waiting for a server that matches WritableServerSelector. Client view of cluster state is {type=UNKNOWN, servers=[{address=orders-db:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused (Connection refused)}}]; nested exception is com.mongodb.MongoTimeoutException: Timed out after 10000 ms while waiting for a server that matches WritableServerSelector.] with root cause'),
        spring(-1.9, 'ERROR', 'http-nio-80-exec-9', 'o.a.c.c.C.[.[.[/].[dispatcherServlet]', 'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed; nested exception is org.springframework.dao.DataAccessResourceFailureException: Timed out after 10000 ms while waiting for a server that matches WritableServerSelector.] with root cause'),
      ],
      'front-end#0/front-end': [
        'Order response: {"timestamp":1779822606000,"status":500,"error":"Internal Server Error","exception":"org.springframework.dao.DataAccessResourceFailureException","message":"Timed out after 10000 ms while waiting for a server that matches WritableServerSelector.","path":"/orders"}',
        'Order response: {"timestamp":1779822490000,"status":500,"error":"Internal Server Error","exception":"org.springframework.dao.DataAccessResourceFailureException","message":"Timed out after 10000 ms while waiting for a server that matches WritableServerSelector.","path":"/orders"}',
      ],
      'payment#0/payment': [
        `ts=${T.iso(-30)} caller=logging.go:22 method=Authorise result=true took=8.1µs`,
        `ts=${T.iso(-25)} caller=logging.go:22 method=Health result=2 took=3.2µs`,
      ],
    },
    grounding: `
      Manifest facts: complete-demo.yaml at 9dff06f — orders (Spring Boot, Mongo driver 3.x) writes to orders-db:27017,
      a single mongo pod; payment is called before the order is saved and answers normally.
      Fault: orders-db was rescheduled at 18:54 (pod recreated, PVC orders-db-data re-attached to another node); the EBS
      CSI node plugin attaches the volume but cannot mount it: 'wrong fs type, bad option, bad superblock' (XFS superblock
      damaged after the unclean detach), the CSI driver's 'could not format ... and mount it' wording from
      kubernetes-sigs/aws-ebs-csi-driver issues about corrupted filesystems. The pod stays ContainerCreating, the Service
      has no endpoints, orders times out selecting a server and the front-end shows 500s.
      Deviations from upstream: orders-db keeps /data/db on a 20Gi gp3 PVC (upstream has no volume for the data).`,
  },
];
