// Blind held-out batch s106a: one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System as scripts/kit-systems/teastore.mjs; grounding and deviations in the scenario's `grounding`.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const INC = '2026-05-19T13:42:00Z';
const T = clock(INC);
const dbVolume = {
  volumeMounts: [{ name: 'mysql-data', mountPath: '/var/lib/mysql' }],
};
const dbVolumes = [{ name: 'mysql-data', persistentVolumeClaim: { claimName: 'teastore-db-data' } }];
const newRes = { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } };

// mariadbd's start-up when another mysqld holds the InnoDB files of the shared volume (MariaDB 10.x texts).
const lockRun = (min) => {
  const out = [
    `${T.java(min).slice(0, 19)} 0 [Note] Starting MariaDB 10.11.7-MariaDB-1:10.11.7+maria~ubu2204 source revision 87e13722a95af5d9378d990caf48cb6874439347 as process 1`,
    `${T.java(min).slice(0, 19)} 0 [Note] InnoDB: Compressed tables use zlib 1.2.11`,
    `${T.java(min).slice(0, 19)} 0 [Note] InnoDB: Number of transaction pools: 1`,
    `${T.java(min).slice(0, 19)} 0 [Note] InnoDB: Using crc32 + pclmulqdq instructions`,
    `${T.java(min).slice(0, 19)} 0 [Note] InnoDB: Using liburing`,
    `${T.java(min).slice(0, 19)} 0 [Note] InnoDB: Initializing buffer pool, total size = 128.000MiB, chunk size = 2.000MiB`,
    `${T.java(min).slice(0, 19)} 0 [Note] InnoDB: Completed initialization of buffer pool`,
  ];
  for (let i = 0; i < 6; i++) {
    const m = min + 0.02 + i * 0.017;
    out.push(`${T.java(m).slice(0, 19)} 0 [ERROR] InnoDB: Unable to lock ./ibdata1 error: 11`);
    out.push(`${T.java(m).slice(0, 19)} 0 [Note] InnoDB: Check that you do not already have another mariadbd process using the same InnoDB data or log files.`);
  }
  const end = min + 1.67;
  out.push(
    `${T.java(end).slice(0, 19)} 0 [ERROR] InnoDB: Unable to lock ./ibdata1 error: 11`,
    `${T.java(end).slice(0, 19)} 0 [Note] InnoDB: Check that you do not already have another mariadbd process using the same InnoDB data or log files.`,
    `${T.java(end).slice(0, 19)} 0 [ERROR] InnoDB: Operating system error number 11 in a file operation.`,
    `${T.java(end).slice(0, 19)} 0 [ERROR] InnoDB: Error number 11 means 'Resource temporarily unavailable'`,
    `${T.java(end).slice(0, 19)} 0 [ERROR] InnoDB: Cannot open datafile './ibdata1'`,
    `${T.java(end).slice(0, 19)} 0 [ERROR] InnoDB: Could not open or create the system tablespace. If you tried to add new data files to the system tablespace, and it failed here, you should now edit innodb_data_file_path in my.cnf back to what it was, and remove the new ibdata files InnoDB created in this failed attempt. InnoDB only wrote those files full of zeros, but did not yet use them in any way. But be careful: do not remove old data files which contain your precious data!`,
    `${T.java(end).slice(0, 19)} 0 [ERROR] InnoDB: Database creation was aborted with error Generic error. You may need to delete the ibdata1 file before trying to start up again.`,
    `${T.java(end).slice(0, 19)} 0 [ERROR] Plugin 'InnoDB' registration as a STORAGE ENGINE failed.`,
    `${T.java(end).slice(0, 19)} 0 [Note] Plugin 'FEEDBACK' is disabled.`,
    `${T.java(end).slice(0, 19)} 0 [ERROR] Unknown/unsupported storage engine: InnoDB`,
    `${T.java(end).slice(0, 19)} 0 [ERROR] Aborting`,
  );
  return out;
};

const persistLine = (min, msg) => `${T.java(min).replace(' ', 'T').slice(0, 19)} INFO  [http-nio-8080-exec-${1 + Math.round(Math.abs(min * 7)) % 10}] ${msg}`;

export const scenarios = [
  {
    folder: 's106a-db-rollout-lock-shared-volume',
    incidentTime: INC,
    description: 'teastore db deploy has been hanging since ~13:10, pipeline timed out. shop itself still works',
    expected: { component: 'teastore-db', cause: 'crash-loop' },
    alsoAcceptable: [
      { component: 'teastore-db', cause: 'bad-deploy-rollout' },
      { component: 'teastore-db', cause: 'storage-unavailable' },
    ],
    difficulty: 'medium',
    traits: ['pods-ready', 'partial-name', 'time-expression'],
    grounding: `
      Manifest: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml (teastore-db Deployment, Service teastore-db:3306, persistence DB_HOST=teastore-db).
      Fault: the well-known "InnoDB: Unable to lock ./ibdata1 error: 11" of a MySQL/MariaDB Deployment whose data directory sits on a shared (ReadWriteMany NFS) volume and whose strategy is RollingUpdate: the surge pod starts while the old mysqld still holds the InnoDB file locks, retries for ~100 s and aborts (exit 1), restarted with back-off; the old pod keeps serving, so the shop works and only the rollout hangs (progress deadline exceeded).
      The release only added CPU/memory requests and limits to teastore-db (the old and new ReplicaSet templates differ only in resources).
      Deviations from upstream: upstream teastore-db has no volume; here its /var/lib/mysql is a PVC teastore-db-data on the nfs-csi StorageClass (ReadWriteMany), the Deployment keeps the default RollingUpdate strategy. MariaDB log texts follow MariaDB 10.11.
      The fix a careful engineer takes: strategy Recreate (or a StatefulSet), or scale the old ReplicaSet down.
    `,
    pvcs: [{ name: 'teastore-db-data', size: '20Gi', storageClass: 'nfs-csi', provisioner: 'nfs.csi.k8s.io', volume: 'pvc-8c2f1e04-7d3b-4a9e-b6c1-2e5f90a7d413' }],
    workloads: {
      'teastore-db': {
        patch: { volumes: dbVolumes },
        containers: { 'teastore-db': { ...dbVolume, resources: newRes } },
        rollout: { at: -33, revision: 5, oldReplicas: 1, oldContainers: { 'teastore-db': { ...dbVolume, resources: {} } } },
        rsReplicas: 1,
        pods: [
          {
            node: 'tea-worker-2',
            containers: {
              'teastore-db': cs.crashLoop({ restarts: 7, exitCode: 1, startedAt: T.iso(-4.3), finishedAt: T.iso(-2.6), container: 'teastore-db' }),
            },
          },
        ],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-23), lastTransitionTime: T.iso(-23), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
        deployStatus: undefined,
      },
    },
    events: [
      { on: 'deploy:teastore-db', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-db-%NEW% to 1', first: -33 },
      { on: 'pod:teastore-db#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to tea-worker-2', first: -33 },
      { on: 'pod:teastore-db#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-db}', message: 'Pulling image "descartesresearch/teastore-db"', first: -32.9, last: -4.4, count: 8 },
      { on: 'pod:teastore-db#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-db}', message: 'Successfully pulled image "descartesresearch/teastore-db" in 812ms (812ms including waiting). Image size: 124517880 bytes.', first: -4.35 },
      { on: 'pod:teastore-db#0', reason: 'Created', fieldPath: 'spec.containers{teastore-db}', message: 'Created container teastore-db', first: -32.6, last: -4.3, count: 8 },
      { on: 'pod:teastore-db#0', reason: 'Started', fieldPath: 'spec.containers{teastore-db}', message: 'Started container teastore-db', first: -32.6, last: -4.3, count: 8 },
      { on: 'pod:teastore-db#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{teastore-db}', message: 'Back-off restarting failed container teastore-db in pod %POD%_teastore(%PODUID%)', first: -28, last: -0.7, count: 64 },
      { on: 'deploy:teastore-db', reason: 'ProgressDeadlineExceeded', type: 'Warning', source: 'deployment-controller', message: 'Deployment "teastore-db" has timed out progressing.', first: -23 },
    ],
    logs: {
      'teastore-db#0/teastore-db': lockRun(-2.3).slice(0, 9),
      'teastore-db#0/teastore-db/previous': lockRun(-4.3),
      'teastore-db#old0/teastore-db': [
        `${T.java(-60 * 24 * 6).slice(0, 19)} 0 [Note] Starting MariaDB 10.11.7-MariaDB-1:10.11.7+maria~ubu2204 source revision 87e13722a95af5d9378d990caf48cb6874439347 as process 1`,
        `${T.java(-60 * 24 * 6).slice(0, 19)} 0 [Note] InnoDB: Buffer pool(s) load completed at ${T.java(-60 * 24 * 6 + 0.1).slice(2, 19).replace(/-/g, '').replace(' ', ' ')}`,
        `${T.java(-60 * 24 * 6 + 0.1).slice(0, 19)} 0 [Note] mariadbd: ready for connections.`,
        `Version: '10.11.7-MariaDB-1:10.11.7+maria~ubu2204'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
        `${T.java(-60 * 24 * 2).slice(0, 19)} 412 [Warning] Aborted connection 412 to db: 'teadb' user: 'teauser' host: '10.244.1.37' (Got an error reading communication packets)`,
      ],
      'teastore-persistence#0/teastore-persistence': [
        persistLine(-60 * 24 * 2 + 0.05, 'org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence.--ServerSession(1282742960)--Thread(Thread[http-nio-8080-exec-3,5,main])--Communication failure detected when attempting to perform read query outside of a transaction. Attempting to retry query. Error was: Exception [EclipseLink-4002]'),
        persistLine(-5.9, 'Registry: heartbeat sent for teastore-persistence:8080'),
        persistLine(-2, 'Registry: heartbeat sent for teastore-persistence:8080'),
      ],
      'teastore-webui#0/teastore-webui': [
        `${T.java(-3).replace(' ', 'T').slice(0, 19)} INFO  [http-nio-8080-exec-4] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer: Updated load balancer for service persistence (1 instances)`,
      ],
    },
  },
];
