// Blind held-out batch s98a: one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the system definition of scripts/kit-systems/teastore.mjs; built by scripts/s98a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const IT = '2026-05-19T09:47:00Z';
const T = clock(IT);
const db = (min, lvl, msg) => `${T.java(min).slice(0, 19)} 0 [${lvl}] ${msg}`;
const crashRun = (m) => [
  `${T.java(m).slice(0, 19)}+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 1:10.4.12+maria~bionic started.`,
  `${T.java(m + 0.01).slice(0, 19)}+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'`,
  `${T.java(m + 0.02).slice(0, 19)}+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 1:10.4.12+maria~bionic started.`,
  db(m + 0.03, 'Note', 'mysqld (mysqld 10.4.12-MariaDB-1:10.4.12+maria~bionic) starting as process 1 ...'),
  db(m + 0.03, 'Note', 'InnoDB: Using Linux native AIO'),
  db(m + 0.03, 'Note', 'InnoDB: Mutexes and rw_locks use GCC atomic builtins'),
  db(m + 0.03, 'Note', 'InnoDB: Uses event mutexes'),
  db(m + 0.03, 'Note', 'InnoDB: Compressed tables use zlib 1.2.11'),
  db(m + 0.03, 'Note', 'InnoDB: Number of pools: 1'),
  db(m + 0.03, 'Note', 'InnoDB: Using SSE2 crc32 instructions'),
  db(m + 0.04, 'Note', 'InnoDB: Initializing buffer pool, total size = 256M, instances = 1, chunk size = 128M'),
  db(m + 0.05, 'Note', 'InnoDB: Completed initialization of buffer pool'),
  db(m + 0.05, 'ERROR', 'InnoDB: Unable to lock ./ibdata1 error: 11'),
  db(m + 0.05, 'Note', 'InnoDB: Check that you do not already have another mysqld process using the same InnoDB data or log files.'),
  db(m + 1.7, 'ERROR', 'InnoDB: Unable to lock ./ibdata1 error: 11'),
  db(m + 1.7, 'Note', 'InnoDB: Check that you do not already have another mysqld process using the same InnoDB data or log files.'),
  db(m + 1.7, 'Note', 'InnoDB: Unable to open the first data file'),
  db(m + 1.7, 'ERROR', 'InnoDB: Operating system error number 11 in a file operation.'),
  db(m + 1.7, 'ERROR', 'InnoDB: Error number 11 means \'Resource temporarily unavailable\''),
  db(m + 1.7, 'Note', 'InnoDB: Some operating system error numbers are described at https://mariadb.com/kb/en/library/operating-system-error-codes/'),
  db(m + 1.7, 'ERROR', 'InnoDB: Cannot open datafile \'./ibdata1\''),
  db(m + 1.7, 'ERROR', 'InnoDB: Could not open or create the system tablespace. If you tried to add new data files to the system tablespace, and it failed here, you should now edit innodb_data_file_path in my.cnf back to what it was, and remove the new ibdata files InnoDB created in this failed attempt. InnoDB only wrote those files full of zeros, but did not yet use them in any way. But be careful: do not remove old data files which contain your precious data!'),
  db(m + 1.7, 'ERROR', 'InnoDB: Plugin initialization aborted with error Cannot open a file'),
  db(m + 1.7, 'Note', 'InnoDB: Starting shutdown...'),
  db(m + 1.71, 'ERROR', 'Plugin \'InnoDB\' init function returned error.'),
  db(m + 1.71, 'ERROR', 'Plugin \'InnoDB\' registration as a STORAGE ENGINE failed.'),
  db(m + 1.71, 'Note', 'Plugin \'FEEDBACK\' is disabled.'),
  db(m + 1.71, 'ERROR', 'Unknown/unsupported storage engine: InnoDB'),
  db(m + 1.71, 'ERROR', 'Aborting'),
];
const hostVol = { volumes: [{ name: 'teastore-db-data', hostPath: { path: '/srv/teastore/mysql', type: 'DirectoryOrCreate' } }] };
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min) => { const j = T.java(min); return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)}`; };
const tomcatStart = (min) => [
  `${tc(min)} INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]`,
  `${tc(min + 0.01)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [14382] milliseconds`,
];

export const scenarios = [
  {
    folder: 's98a-db-restart-stuck',
    incidentTime: IT,
    description: 'restarted teastore db ~25 min ago (rollout restart after the node patch) and it never finished, new pod keeps going into crashloop. shop itself still loads',
    expected: { component: 'teastore-db', cause: 'crash-loop' },
    alsoAcceptable: [
      { component: 'teastore-db', cause: 'storage-unavailable' },
      { component: 'teastore-db', cause: 'bad-deploy-rollout' },
    ],
    difficulty: 'medium',
    traits: ['time-expression', 'partial-name', 'pods-ready'],
    grounding: `
      TeaStore examples/kubernetes/teastore-clusterip.yaml (5ab1188): teastore-db is a one-replica Deployment of
      descartesresearch/teastore-db (MariaDB) with the default RollingUpdate strategy (maxSurge 25% -> 1, maxUnavailable
      25% -> 0). Deviation from upstream (named here): the operators gave it a hostPath data directory
      (/srv/teastore/mysql, DirectoryOrCreate) and pinned it to tea-worker-2 with a nodeSelector, so data survives pod restarts.
      Fault follows the well known "RollingUpdate on a single-instance database" report: a \`kubectl rollout restart\`
      (old and new ReplicaSet templates identical) surges a second mysqld onto the same data directory
      while the old pod still runs; InnoDB retries the advisory lock on ./ibdata1 ("Unable to lock ./ibdata1 error: 11",
      errno 11 EAGAIN) for about 100 s and aborts, exit 1, and the kubelet backs off. The old pod keeps serving, so the
      shop works; the Deployment stays at 2 pods and the rollout never completes. MariaDB 10.4 log format assumed for
      the image. The fix is strategy Recreate (or a StatefulSet); the cause is the new pod's crash loop on the db.
    `,
    workloads: {
      'teastore-db': {
        patch: { ...hostVol, nodeSelector: { 'kubernetes.io/hostname': 'tea-worker-2' } },
        containers: { 'teastore-db': { volumeMounts: [{ name: 'teastore-db-data', mountPath: '/var/lib/mysql' }] } },
        rollout: { at: -24, revision: 5, oldReplicas: 1 },
        pods: [{
          node: 'tea-worker-2',
          containers: {
            'teastore-db': cs.crashLoop({ restarts: 6, exitCode: 1, reason: 'Error', startedAt: T.iso(-4.2), finishedAt: T.iso(-2.5), container: 'teastore-db' }),
          },
        }],
        progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-23.5), lastTransitionTime: T.iso(-23.5), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
      },
    },
    events: [
      { on: 'deploy:teastore-db', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-db-%NEW% to 1', first: -24, last: -24 },
      { on: 'pod:teastore-db#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to tea-worker-2', source: 'default-scheduler', first: -23.9 },
      { on: 'pod:teastore-db#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-db"', fieldPath: 'spec.containers{teastore-db}', first: -23.8, last: -4.3, count: 7 },
      { on: 'pod:teastore-db#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-db" in 812ms (812ms including waiting). Image size: 124503811 bytes.', fieldPath: 'spec.containers{teastore-db}', first: -4.25 },
      { on: 'pod:teastore-db#0', reason: 'Created', message: 'Created container teastore-db', fieldPath: 'spec.containers{teastore-db}', first: -23.7, last: -4.2, count: 7 },
      { on: 'pod:teastore-db#0', reason: 'Started', message: 'Started container teastore-db', fieldPath: 'spec.containers{teastore-db}', first: -23.7, last: -4.2, count: 7 },
      { on: 'pod:teastore-db#0', reason: 'BackOff', message: 'Back-off restarting failed container teastore-db in pod %POD%_teastore(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{teastore-db}', first: -20, last: -0.4, count: 58 },
      { on: 'node:tea-worker-2', reason: 'NodeHasSufficientMemory', message: 'Node tea-worker-2 status is now: NodeHasSufficientMemory', first: -41, last: -41 },
      { on: 'node:tea-worker-2', reason: 'Starting', message: 'Starting kubelet.', first: -41.2, last: -41.2 },
    ],
    logs: {
      'teastore-db#0/teastore-db/previous': crashRun(-4.2),
      'teastore-db#0/teastore-db': crashRun(-2.1).slice(0, 14),
      'teastore-db#old0/teastore-db': [
        db(-60 * 24 * 6 + 0.4, 'Note', 'mysqld: ready for connections.'),
        "Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
        db(-60 * 4, 'Warning', 'Aborted connection 1893 to db: \'teadb\' user: \'teauser\' host: \'10.244.1.37\' (Got an error reading communication packets)'),
      ],
      'teastore-persistence#0/teastore-persistence': tomcatStart(-60 * 24 * 9 + 0.3),
      'teastore-webui#0/teastore-webui': tomcatStart(-60 * 24 * 9 + 0.3),
    },
  },
];
