// Batch s85c (blind dev): one TeaStore scenario on the kit system definition (scripts/kit-systems/teastore.mjs).
// No-fault: a planned node upgrade moved teastore-db at 06:05; persistence logged SQL errors during the window and recovered.
import { clock, uid } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-11-30T06:58:00Z';
const T = clock(INC);
const W2 = 'tea-worker-2';
const W3 = 'tea-worker-3';
const maria = (min, level, msg, thread = 0) => { const d = T.java(min); const hh = String(Number(d.slice(11, 13))).padStart(2, ' '); return `${d.slice(0, 10)} ${hh}${d.slice(13, 19)} ${thread} [${level}] ${msg}`; };
const tc = (min, level, thread, cls, msg) => { const d = T.java(min); const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(d.slice(5, 7)) - 1]; return `${d.slice(8, 10)}-${mon}-${d.slice(0, 4)} ${d.slice(11)} ${level} [${thread}] ${cls} ${msg}`; };
const el = (min, msg) => `[EL Warning]: ${T.java(min)}--UnitOfWork(${1843221 + Math.round(min * 10)})--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.9.v20210604-2c549e2208): org.eclipse.persistence.exceptions.DatabaseException\nInternal Exception: ${msg}\nError Code: -1`;

export const scenarios = [
  {
    folder: 's85c-db-moved-maintenance-window',
    incidentTime: INC,
    description: 'tea store was erroring around 6am, persistance logs full of SQL exceptions. is teastore-db still broken?? (infra had a maint window 06:00-06:20 i think)',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'typo', 'time-expression', 'pods-ready'],
    nodes: { [W2]: { conditions: { Ready: { type: 'Ready', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-41), reason: 'KubeletReady', message: 'kubelet is posting ready status' } } } },
    workloads: {
      'teastore-db': { pods: [{ node: W3, created: T.iso(-52.6), readyTransition: T.iso(-52.1) }] },
      'teastore-recommender': { pods: [{ node: W3, created: T.iso(-52.6), readyTransition: T.iso(-51.2) }] },
    },
    events: [
      { on: `node:${W2}`, reason: 'NodeNotSchedulable', message: `Node ${W2} status is now: NodeNotSchedulable`, first: -53 },
      { on: 'pod:teastore-db#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to tea-worker-3', first: -52.6, source: 'default-scheduler' },
      { on: 'pod:teastore-db#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-db"', first: -52.55, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-db" in 1.208s (1.208s including waiting). Image size: 124917583 bytes.', first: -52.5, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'Created', message: 'Created container teastore-db', first: -52.49, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'Started', message: 'Started container teastore-db', first: -52.48, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-recommender#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to tea-worker-3', first: -52.6, source: 'default-scheduler' },
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', first: -52.55, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 1.012s (1.012s including waiting). Image size: 221730455 bytes.', first: -52.5, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Created', message: 'Created container teastore-recommender', first: -52.49, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', first: -52.48, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'rs:teastore-db', reason: 'SuccessfulCreate', message: 'Created pod: teastore-db-%RS%', first: -52.6 },
      { on: 'rs:teastore-recommender', reason: 'SuccessfulCreate', message: 'Created pod: teastore-recommender-%RS%', first: -52.6 },
      { on: `node:${W2}`, reason: 'Rebooted', type: 'Warning', message: `Node ${W2} has been rebooted, boot id: ${uid('teastore/s85c-db-moved-maintenance-window/boot/tea-worker-2')}`, first: -43.5 },
      { on: `node:${W2}`, reason: 'Starting', message: 'Starting kubelet.', first: -43.6 },
      { on: `node:${W2}`, reason: 'NodeHasSufficientMemory', message: `Node ${W2} status is now: NodeHasSufficientMemory`, first: -43.5 },
      { on: `node:${W2}`, reason: 'NodeReady', message: `Node ${W2} status is now: NodeReady`, first: -41 },
      { on: `node:${W2}`, reason: 'NodeSchedulable', message: `Node ${W2} status is now: NodeSchedulable`, first: -38.5 },
    ],
    logs: {
      'teastore-db#0/teastore-db': [
        maria(-52.45, 'Note', 'mysqld (mysqld 10.4.8-MariaDB-1:10.4.8+maria~bionic) starting as process 1 ...'),
        maria(-52.44, 'Note', 'InnoDB: Using Linux native AIO'),
        maria(-52.43, 'Note', 'InnoDB: Completed initialization of buffer pool'),
        maria(-52.4, 'Note', 'InnoDB: 10.4.8 started; log sequence number 2419874; transaction id 3186'),
        maria(-52.39, 'Note', 'Server socket created on IP: \'::\'.'),
        maria(-52.38, 'Note', 'mysqld: ready for connections.'),
        "Version: '10.4.8-MariaDB-1:10.4.8+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
        maria(-51.9, 'Warning', 'Aborted connection 8 to db: \'teadb\' user: \'teauser\' host: \'10.244.3.1\' (Got an error reading communication packets)', 8),
      ],
      'teastore-persistence#0/teastore-persistence': [
        tc(-60 * 24 * 9 + 0.4, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18233] milliseconds'),
        el(-53.1, 'java.sql.SQLNonTransientConnectionException: (conn=412) Connection reset'),
        el(-52.9, 'java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Connection refused (Connection refused)'),
        el(-52.6, 'java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Connection refused (Connection refused)'),
        el(-52.4, 'java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Connection refused (Connection refused)'),
        tc(-52.3, 'SEVERE', 'http-nio-8080-exec-7', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception [org.eclipse.persistence.exceptions.DatabaseException'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        tc(-52.0, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [21406] milliseconds'),
        tc(-51.3, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Retrieved 30000 orderItems, starting training. Current time: ' + String(Date.parse(T.isoMs(-51.3)))),
        tc(-50.9, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, ready for recommendation. Current time: ' + String(Date.parse(T.isoMs(-50.9)))),
      ],
    },
    grounding: `
      Manifest facts: TeaStore teastore-clusterip.yaml at 5ab1188: teastore-db (MariaDB image) with one replica and no
      volume, persistence reaching it as DB_HOST=teastore-db:3306 through EclipseLink/MariaDB Connector/J, Tomcat services
      without probes. No fault: a planned node upgrade (the maintenance window 06:00-06:20) cordoned and drained tea-worker-2 at
      06:05; teastore-db and teastore-recommender were recreated on tea-worker-3 within seconds; persistence logged
      EclipseLink-4002 "Connection reset"/"Connection refused" for about 45 s while the database restarted, then nothing;
      the node rebooted, went Ready at 06:17 and was uncordoned. Since then every pod is Running and Ready and no error is
      logged. Decoys: the pods 52 minutes old, the node Rebooted warning, the persistence SQL exceptions of the window.
      Deviation from upstream: none in the manifests (the db pod keeps the same ReplicaSet; only the pod and node changed).
    `,
  },
];
