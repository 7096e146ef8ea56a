// Batch s43a (blind dev, split: dev): one Sock Shop incident on the session-2 system definition
// (microservices-demo deploy/kubernetes/complete-demo.yaml): catalogue-db recreated after a scale-down while its Secret is gone.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const T = clock('2026-03-11T11:41:00Z');
const N1 = 'ip-10-0-1-23.eu-west-1.compute.internal';
const N3 = 'ip-10-0-3-91.eu-west-1.compute.internal';
const GONE = 'ip-10-0-2-77.eu-west-1.compute.internal';
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;
const list = (min, err, took) =>
  kit(min, `caller=logging.go:41 method=List tags= order=id pageNum=1 pageSize=6 result=0 err="${err}" took=${took}`);
const count = (min, err, took) => kit(min, `caller=logging.go:57 method=Count tags= result=0 err="${err}" took=${took}`);

const catLogs = [
  kit(-44, 'caller=logging.go:41 method=List tags= order=id pageNum=1 pageSize=6 result=6 err=null took=2.913104ms'),
  kit(-41.5, 'caller=logging.go:57 method=Count tags= result=9 err=null took=1.221873ms'),
  kit(-38.2, 'caller=logging.go:66 method=Get id=03fef6ac-1896-4ce8-bd69-b798f85c6e0b sock="{ID:03fef6ac-1896-4ce8-bd69-b798f85c6e0b Name:Holy Description:Socks fit for a Messiah. You too can experience walking in water with these special edition beauties. Each hole is lovingly proggled to leave smooth edges. The only sock approved by a higher power. ImageURL:[/catalogue/images/holy_1.jpeg /catalogue/images/holy_2.jpeg] ImageURL_1:/catalogue/images/holy_1.jpeg ImageURL_2:/catalogue/images/holy_2.jpeg Price:99.99 Count:1 Tags:[action magic] TagString:action,magic}" err=null took=1.904552ms'),
  kit(-35.7, 'caller=logging.go:41 method=List tags=brown order=id pageNum=1 pageSize=6 result=3 err=null took=2.100341ms'),
  `[mysql] 2026/03/11 11:23:44 packets.go:37: unexpected EOF`,
  `[mysql] 2026/03/11 11:23:44 packets.go:37: unexpected EOF`,
  list(-17.2, 'driver: bad connection', '1.030155ms'),
  list(-17.0, 'dial tcp %SVCIP:catalogue-db%:3306: connect: connection refused', '1.411203ms'),
  count(-16.9, 'dial tcp %SVCIP:catalogue-db%:3306: connect: connection refused', '1.002981ms'),
];
for (let i = 0; i < 16; i++) {
  const m = -16.3 + i * 1.0;
  catLogs.push(list(m, 'dial tcp %SVCIP:catalogue-db%:3306: connect: connection refused', `${(1 + (i % 5) * 0.13).toFixed(6)}ms`));
  if (i % 3 === 0) catLogs.push(count(m + 0.02, 'dial tcp %SVCIP:catalogue-db%:3306: connect: connection refused', '1.118402ms'));
  if (i % 4 === 1) catLogs.push(kit(m + 0.4, `caller=logging.go:85 method=Health result=2 took=${(1.2 + i * 0.01).toFixed(6)}ms`));
}

export const scenarios = [
  {
    folder: 's43a-catalogue-db-secret-gone',
    incidentTime: '2026-03-11T11:41:00Z',
    description: 'sock shop catalogue page is empty, no socks listed at all, since about 11:25',
    expected: { component: 'catalogue-db', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Sock Shop catalogue-db (weaveworksdemos/catalogue-db:0.3.0, MySQL 5.7) reads MYSQL_ROOT_PASSWORD from the Secret
      catalogue-db (secretKeyRef root-password). The Secret was managed by an ExternalSecret whose refresh failed after the
      backing AWS Secrets Manager entry was renamed; with deletionPolicy Delete the operator removed the Kubernetes Secret,
      which a running container does not notice. At 11:23 the cluster autoscaler scaled down the under-used node
      ip-10-0-2-77 (ScaleDown / RemovingNode events), evicting catalogue-db, carts and payment. carts and payment came back on other
      nodes; the new catalogue-db pod is stuck in CreateContainerConfigError with the kubelet's real message
      'Error: secret "catalogue-db" not found' (the Secret is not in the snapshot: snapshots never hold Secrets). The Service has no
      ready endpoint, so catalogue's go-sql-driver logs "packets.go:37: unexpected EOF" when the old server went away, then the
      go-kit logging middleware lines of the upstream catalogue service (caller=logging.go method=List ... err="dial tcp
      <ClusterIP>:3306: connect: connection refused") and /health result=2. The front-end shows an empty catalogue. Deviation from
      upstream: the demo's manifest sets the root password as a literal; the system definition takes it from a Secret, as
      production installs do. Decoys: carts and payment also restarted at the scale-down and are healthy; a user OOMKill from last week.`,
    nodes: {},
    workloads: {
      'catalogue-db': {
        pods: [{
          node: N1, created: T.iso(-17.4), phase: 'Pending', readyTransition: T.iso(-17.4),
          containers: { 'catalogue-db': cs.waiting('CreateContainerConfigError', 'secret "catalogue-db" not found') },
        }],
        unavailableSince: -17.4,
        endpointsChanged: -17.5,
      },
      carts: { pods: [{ node: N3, created: T.iso(-17.4) }] },
      payment: { pods: [{ node: N1, created: T.iso(-17.3) }] },
      user: {
        pods: [{ containers: { user: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 6 - 200), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 20), finishedAt: T.iso(-60 * 24 * 6 - 201) } }) } }],
      },
    },
    events: [
      { on: `node:${GONE}`, reason: 'ScaleDown', source: 'cluster-autoscaler', message: 'marked the node as toBeDeleted/unschedulable', first: -18.2 },
      { on: `node:${GONE}`, reason: 'RemovingNode', source: 'node-controller', message: `Node ${GONE} event: Removing Node ${GONE} from Controller`, first: -16.1 },
      { on: 'pod:catalogue-db#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned sock-shop/%POD% to ${N1}`, first: -17.4 },
      { on: 'pod:catalogue-db#0', reason: 'Pulled', fieldPath: 'spec.containers{catalogue-db}', message: 'Container image "weaveworksdemos/catalogue-db:0.3.0" already present on machine', first: -17.3, last: -0.6, count: 79 },
      { on: 'pod:catalogue-db#0', reason: 'Failed', type: 'Warning', fieldPath: 'spec.containers{catalogue-db}', message: 'Error: secret "catalogue-db" not found', first: -17.3, last: -0.6, count: 79 },
      { on: 'pod:carts#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned sock-shop/%POD% to ${N3}`, first: -17.4 },
      { on: 'pod:carts#0', reason: 'Started', fieldPath: 'spec.containers{carts}', message: 'Started container carts', first: -17.2 },
      { on: 'pod:payment#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned sock-shop/%POD% to ${N1}`, first: -17.3 },
      { on: 'pod:payment#0', reason: 'Started', fieldPath: 'spec.containers{payment}', message: 'Started container payment', first: -17.1 },
    ],
    logs: {
      'catalogue#0/catalogue': catLogs,
      'carts#0/carts': [
        `${T.java(-17.0)}  INFO [carts,,,] 7 --- [           main] works.weave.socks.cart.CartApplication   : Starting CartApplication v0.4.8 on %POD% with PID 7 (/usr/src/app/app.jar started by myuser in /usr/src/app)`,
        `${T.java(-16.2)}  INFO [carts,,,] 7 --- [           main] org.mongodb.driver.cluster               : Cluster created with settings {hosts=[carts-db:27017], mode=SINGLE, requiredClusterType=UNKNOWN, serverSelectionTimeout='30000 ms', maxWaitQueueSize=500}`,
        `${T.java(-16.1)}  INFO [carts,,,] 7 --- [localhost:27017] org.mongodb.driver.connection            : Opened connection [connectionId{localValue:1, serverValue:41}] to carts-db:27017`,
        `${T.java(-15.6)}  INFO [carts,,,] 7 --- [           main] s.b.c.e.t.TomcatEmbeddedServletContainer : Tomcat started on port(s): 80 (http)`,
        `${T.java(-15.6)}  INFO [carts,,,] 7 --- [           main] works.weave.socks.cart.CartApplication   : Started CartApplication in 83.517 seconds (JVM running for 85.102)`,
      ],
      'payment#0/payment': [
        kit(-17.05, 'transport=HTTP port=80'),
        kit(-9.4, 'caller=logging.go:23 method=Authorise result=true took=11.402µs'),
        kit(-2.2, 'caller=logging.go:23 method=Authorise result=true took=9.118µs'),
      ],
    },
  },
];
