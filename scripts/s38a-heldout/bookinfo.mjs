// Batch s38a held-out scenario for Istio Bookinfo (split: test), written blind: the kit system definition reduced to
// bookinfo.yaml + ratings-v2-mysql + mysqldb, with one incident spec; built by scripts/s38a-build.mjs with the s2 kit.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/bookinfo.mjs';

// details-v1 (not v2) owns the details Service; ratings-v1 and ratings-v2-mysql both sit behind ratings (app: ratings).
export const system = {
  ...base,
  workloads: base.workloads
    .filter((w) => w.name !== 'details-v2')
    .map((w) => (w.name === 'details-v1' ? { ...w, service: { name: 'details', ports: [{ name: 'http', port: 9080, targetPort: 9080 }] } } : w)),
};

const T = clock('2026-05-21T09:58:00Z');
const NODE_A = 'ip-192-168-11-74.us-east-2.compute.internal';
const NODE_B = 'ip-192-168-45-130.us-east-2.compute.internal';
const GONE = 'ip-192-168-90-14.us-east-2.compute.internal';
const SEL = { 'details-v1': 'details', 'ratings-v2-mysql': 'ratings', 'reviews-v3': 'reviews', 'productpage-v1': 'productpage', 'mysqldb-v1': 'mysqldb' };

// ratings.js (v2, DB_TYPE=mysql) console.log(err) of the mysql driver when the sidecar closes the connection (no endpoints).
const mysqlLost = [
  'Error: Connection lost: The server closed the connection.',
  '    at Protocol.end (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:112:13)',
  '    at Socket.<anonymous> (/opt/microservices/node_modules/mysql/lib/Connection.js:94:28)',
  '    at Socket.<anonymous> (/opt/microservices/node_modules/mysql/lib/Connection.js:526:10)',
  '    at Socket.emit (events.js:326:22)',
  '    at endReadableNT (_stream_readable.js:1241:12)',
  '    at processTicksAndRejections (internal/process/task_queues.js:84:21)',
  '    --------------------',
  '    at Protocol._enqueue (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:144:48)',
  '    at Protocol.handshake (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:51:23)',
  '    at Connection.connect (/opt/microservices/node_modules/mysql/lib/Connection.js:116:18)',
  '    at /opt/microservices/ratings.js:107:20',
  '    at Object.dispatcher.onGet (/opt/microservices/node_modules/httpdispatcher/httpdispatcher.js:38:5)',
  '    at HttpDispatcher.dispatch (/opt/microservices/node_modules/httpdispatcher/httpdispatcher.js:93:8)',
  '    at Server.handleRequest (/opt/microservices/ratings.js:243:16)',
  '    at Server.emit (events.js:314:20) {',
  '  fatal: true,',
  "  code: 'PROTOCOL_CONNECTION_LOST'",
  '}',
];
const reviewsErr = (n) => Array.from({ length: n }, () => 'Error: unable to contact http://ratings:9080/ratings got status of 500');
const SECRET_ERR = "couldn't find key rootpasswd in Secret bookinfo/mysql-credentials";

export const scenarios = [
  {
    folder: 's38a-mysqldb-secret-key-renamed',
    split: 'test',
    description: 'bookinfo productpage: star ratings missing about half the time since 09:40, reviews team pls look',
    incidentTime: '2026-05-21T09:58:00Z',
    expected: { component: 'mysqldb', cause: 'config-missing' },
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Istio Bookinfo samples (bookinfo.yaml, bookinfo-ratings-v2-mysql.yaml, bookinfo-mysql.yaml): mysqldb-v1 reads MYSQL_ROOT_PASSWORD
      from secretKeyRef mysql-credentials/rootpasswd and keeps its data in an emptyDir; ratings-v2-mysql connects per request to
      mysqldb:3306 and answers 500 {"error":"could not connect to ratings database"} after console.log(err); the ratings Service
      selects app: ratings, so ratings-v1 and ratings-v2-mysql share the traffic; reviews-v2/v3 print "Error: unable to contact
      http://ratings:9080/ratings got status of ..." and render no stars. Sidecars injected (Istio 1.23), EKS managed nodes.
      Fault: the data team moved mysql-credentials to External Secrets last week and the generated Secret names the key
      rootpassword; the running mysqldb pod kept its environment, until the cluster-autoscaler scaled down its node at 09:39 and the
      recreated pod fails with the kubelet's CreateContainerConfigError "couldn't find key rootpasswd in Secret
      bookinfo/mysql-credentials" (istio-proxy starts, mysqldb never does). The mysqldb Endpoints have no ready address; the
      sidecar of ratings-v2-mysql closes the MySQL connection (no healthy upstream), the mysql driver logs PROTOCOL_CONNECTION_LOST,
      and about half of the ratings calls fail, loudest in reviews. Secrets are not in the snapshot.
      Decoy: a productpage-v1 rollout restart 70 minutes earlier, healthy.
    `,
    workloads: {
      ...Object.fromEntries(Object.entries(SEL).map(([wl, app]) => [wl, { serviceSelector: { app } }])),
      'mysqldb-v1': {
        serviceSelector: { app: 'mysqldb' },
        unavailableSince: -19,
        pods: [{ node: NODE_B, created: T.iso(-19.2), phase: 'Pending', readyTransition: T.iso(-19.2), containers: { mysqldb: cs.waiting('CreateContainerConfigError', SECRET_ERR) } }],
      },
      'ratings-v2-mysql': { serviceSelector: { app: 'ratings' }, pods: [{ node: NODE_A }] },
      'productpage-v1': {
        serviceSelector: { app: 'productpage' },
        rollout: { at: -70, oldReplicas: 0 },
        patch: { podAnnotations: { ...base.workloads.find((w) => w.name === 'productpage-v1').podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(-70) } },
      },
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: -70 },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1', first: -69.3 },
      { on: 'pod:mysqldb-v1#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned bookinfo/%POD% to ${NODE_B}`, first: -19.2 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: -19.1, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', message: 'Created container istio-init', first: -19.1, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container istio-init', first: -19.1, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-mysqldb:1.20.1" already present on machine', first: -19.0, last: -0.4, count: 91, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', type: 'Warning', reason: 'Failed', message: `Error: ${SECRET_ERR}`, first: -19.0, last: -0.4, count: 91, fieldPath: 'spec.containers{mysqldb}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: -19.0, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', message: 'Created container istio-proxy', first: -19.0, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', message: 'Started container istio-proxy', first: -18.9, fieldPath: 'spec.containers{istio-proxy}' },
    ],
    logs: {
      'ratings-v2-mysql#0/ratings': ['Server listening on: http://0.0.0.0:9080', ...Array.from({ length: 14 }, () => mysqlLost).flat()],
      'reviews-v2#0/reviews': reviewsErr(9),
      'reviews-v3#0/reviews': reviewsErr(8),
      'mysqldb-v1#0/istio-proxy': [
        `${T.isoMs(-18.95).replace('Z', '')}000Z\tinfo\tFLAG: --concurrency="2"`,
        `${T.isoMs(-18.9).replace('Z', '')}000Z\tinfo\tEnvoy proxy is ready`,
      ],
    },
  },
];

// Written by scripts/s38a-build.mjs after the kit: the recreated pod is Pending, so the kit left it out of the Endpoints (the
// endpoints controller lists it as not ready), and the cluster-autoscaler / node-controller events of the removed node.
export const post = {
  's38a-mysqldb-secret-key-renamed': ({ read, write }) => {
    const pods = read('pods.json');
    const db = pods.items.find((p) => p.metadata.name.startsWith('mysqldb-v1-'));
    const eps = read('endpoints.json');
    const ep = eps.items.find((e) => e.metadata.name === 'mysqldb');
    ep.subsets = [{ notReadyAddresses: [{ ip: db.status.podIP, nodeName: db.spec.nodeName, targetRef: { kind: 'Pod', namespace: 'bookinfo', name: db.metadata.name, uid: db.metadata.uid } }], ports: [{ name: 'tcp', port: 3306, protocol: 'TCP' }] }];
    ep.metadata.annotations['endpoints.kubernetes.io/last-change-trigger-time'] = T.iso(-19.2);
    write('endpoints.json', eps);
    const rsName = db.metadata.ownerReferences[0].name;
    const oldPod = `${rsName}-kq7zt`;
    const evs = read('events.json');
    const ev = (i, io, reason, message, source, first, type = 'Normal') => ({
      metadata: { name: `${io.name}.18a3f${i}c7d29e0b41`, namespace: io.namespace ?? 'default', uid: `5e1c7a90-${i}b2d-4f3e-9a61-0c8d2f4b7e1${i}`, resourceVersion: String(9149000 + i), creationTimestamp: T.iso(first) },
      involvedObject: io, reason, message, source, firstTimestamp: T.iso(first), lastTimestamp: T.iso(first), count: 1, type, eventTime: null, reportingComponent: source.component, reportingInstance: source.host ?? '',
    });
    const podRef = { kind: 'Pod', namespace: 'bookinfo', name: oldPod, uid: '0b7e2d41-93c6-4f8a-a5d2-7e1c9f3b6a08', apiVersion: 'v1' };
    const nodeRef = { kind: 'Node', name: GONE, uid: GONE, apiVersion: 'v1' };
    evs.items.push(
      ev(1, nodeRef, 'ScaleDown', 'marked the node as toBeDeleted/unschedulable', { component: 'cluster-autoscaler' }, -19.6),
      ev(2, podRef, 'ScaleDown', 'deleting pod for node scale down', { component: 'cluster-autoscaler' }, -19.4),
      ev(3, podRef, 'Killing', 'Stopping container mysqldb', { component: 'kubelet', host: GONE }, -19.3),
      ev(4, podRef, 'Killing', 'Stopping container istio-proxy', { component: 'kubelet', host: GONE }, -19.3),
      ev(5, nodeRef, 'NodeNotReady', `Node ${GONE} status is now: NodeNotReady`, { component: 'node-controller' }, -17.8),
      ev(6, nodeRef, 'RemovingNode', `Node ${GONE} event: Removing Node ${GONE} from Controller`, { component: 'node-controller' }, -16.9),
    );
    write('events.json', evs);
  },
};
