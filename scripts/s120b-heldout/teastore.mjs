// Blind held-out batch s120b: one TeaStore scenario on the kit system scripts/kit-systems/teastore.mjs.
// Written before any engine run; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const T = clock('2026-05-18T11:20:00Z');
const dbPatch = { volumes: [{ name: 'data', hostPath: { path: '/srv/teastore-db', type: 'DirectoryOrCreate' } }], nodeSelector: { 'kubernetes.io/hostname': 'tea-worker-2' } };
const dbContainers = { 'teastore-db': { volumeMounts: [{ mountPath: '/var/lib/mysql', name: 'data' }] } };
const maria = (ts, lvl, msg) => `2026-05-18 ${ts} 0 [${lvl}] ${msg}`;
export const scenarios = [
  {
    folder: 's120b-teastore-db-second-replica',
    description: 'tea store: about half of page loads error out since late morning, the other half fine. product pages and login both hit',
    incidentTime: '2026-05-18T11:20:00Z',
    expected: { component: 'teastore-db', cause: 'crash-loop' },
    alsoAcceptable: [{ component: 'teastore-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['louder-dependents', 'time-expression'],
    workloads: {
      'teastore-db': {
        patch: dbPatch, containers: dbContainers, replicas: 2,
        pods: [
          { node: 'tea-worker-2', created: T.iso(-60 * 24 * 5) },
          { node: 'tea-worker-2', created: T.iso(-34), containers: { 'teastore-db': cs.restartedRunning({ restarts: 7, startedAt: T.iso(-1.2), last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-5.5), finishedAt: T.iso(-3.7) } }) } },
        ],
      },
    },
    events: [
      { on: 'deploy:teastore-db', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-db-%NEW% to 2 from 1', first: -34 },
      { on: 'pod:teastore-db#1', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to tea-worker-2', source: 'default-scheduler', first: -34 },
      { on: 'pod:teastore-db#1', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-db"', first: -34, last: -1.3, count: 8, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#1', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container teastore-db in pod %POD%_teastore(%PODUID%)', first: -28, last: -3.6, count: 11, fieldPath: 'spec.containers{teastore-db}' },
    ],
    logs: {
      'teastore-db#1/teastore-db/previous': [
        maria('11:14:32', 'Note', 'mysqld (mysqld 10.4.12-MariaDB-1:10.4.12+maria~bionic) starting as process 1 ...'),
        maria('11:14:32', 'Note', 'InnoDB: Using Linux native AIO'),
        maria('11:14:32', 'Note', 'InnoDB: Initializing buffer pool, total size = 128M, instances = 1, chunk size = 128M'),
        maria('11:14:32', 'Note', 'InnoDB: Completed initialization of buffer pool'),
        maria('11:14:32', 'ERROR', 'InnoDB: Unable to lock ./ibdata1 error: 11'),
        maria('11:14:32', 'Note', 'InnoDB: Check that you do not already have another mysqld process using the same InnoDB data or log files.'),
        maria('11:16:12', 'ERROR', 'InnoDB: Unable to lock ./ibdata1 error: 11'),
        maria('11:16:17', 'ERROR', 'InnoDB: Plugin initialization aborted with error Generic error'),
        maria('11:16:17', 'ERROR', "Plugin 'InnoDB' init function returned error."),
        maria('11:16:17', 'ERROR', "Plugin 'InnoDB' registration as a STORAGE ENGINE failed."),
        maria('11:16:17', 'ERROR', 'Unknown/unsupported storage engine: InnoDB'),
        maria('11:16:17', 'ERROR', 'Aborting'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        '18-May-2026 11:08:41.220 SEVERE [http-nio-8080-exec-7] org.eclipse.persistence.logging.DefaultSessionLog.log ',
        'Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.7.v20200504-69f2c2b80d): org.eclipse.persistence.exceptions.DatabaseException',
        'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Connection refused (Connection refused)',
        'Error Code: -1',
        '18-May-2026 11:17:03.904 SEVERE [http-nio-8080-exec-2] org.eclipse.persistence.logging.DefaultSessionLog.log ',
        'Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.7.v20200504-69f2c2b80d): org.eclipse.persistence.exceptions.DatabaseException',
        'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Connection refused (Connection refused)',
        'Error Code: -1',
      ],
      'teastore-webui#0/teastore-webui': [
        '18-May-2026 11:17:04.011 WARNING [http-nio-8080-exec-5] tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrReturn Status 500 from http://teastore-persistence:8080/tools.descartes.teastore.persistence/rest/categories',
        'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
      ],
    },
    grounding: `
      TeaStore teastore-clusterip.yaml at 5ab1188: teastore-db (MariaDB image) behind Service teastore-db:3306, no probes,
      so a running container counts Ready; teastore-persistence reaches it at DB_HOST teastore-db. Deviation from upstream:
      this cluster gave the DB a hostPath data directory pinned to one node. Fault: someone scaled teastore-db to 2 "for
      HA"; the second mysqld on the same hostPath cannot take InnoDB's lock on ibdata1 (MariaDB's real "Unable to lock
      ./ibdata1 error: 11" loop, then Aborting, exit 1) and restarts with back-off; while it runs it is Ready (no probe) and
      gets half the Service's connections, which are refused. Persistence and webui are louder than the DB.`,
  },
];
