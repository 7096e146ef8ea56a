// Blind dev batch s99c: TeaStore scenario spec (teastore-db MariaDB down after an unclean node reset: Aria recovery fails).
// Uses scripts/kit-systems/teastore.mjs (system); built by scripts/s99c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

const I = '2026-07-09T08:31:00Z';
const T = clock(I);
// Deviation: this install keeps the database on a PVC (upstream keeps it in the image layer).
export const system = {
  ...base,
  workloads: base.workloads.map((w) => (w.name !== 'teastore-db' ? w : {
    ...w,
    containers: [{ ...w.containers[0], volumeMounts: [{ name: 'data', mountPath: '/var/lib/mysql' }] }],
    volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'teastore-db-data' } }],
  })),
};
export const defaultPvcs = [{ name: 'teastore-db-data', size: '5Gi', storageClass: 'local-path', volume: 'pvc-7e21c4d9-0b5a-4f3e-8c61-2a9d4f0e7b13', provisioner: 'rancher.io/local-path' }];
const tc = (min) => { const d = new Date(Date.parse(I) + min * 60000); const M = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; return `${String(d.getUTCDate()).padStart(2, '0')}-${M}-${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)}`; };
const md = (min, lvl, msg) => `${T.java(min).slice(0, 19)} 0 [${lvl}] ${msg}`;
const dbPrev = [
  md(-1.6, 'Note', 'Starting MariaDB 10.4.34-MariaDB-1:10.4.34+maria~ubu2004 source revision 96c6a8c3e9e8ca2ebf2ff4c8ad4a2a3aa9a3fd6f as process 1'),
  md(-1.6, 'Note', 'InnoDB: Using Linux native AIO'),
  md(-1.6, 'Note', 'InnoDB: Starting crash recovery from checkpoint LSN=27468352'),
  md(-1.5, 'Note', 'InnoDB: 128 out of 128 rollback segments are active.'),
  md(-1.5, 'Note', 'InnoDB: 10.4.34 started; log sequence number 27468461; transaction id 40893'),
  md(-1.5, 'ERROR', 'mysqld: Aria recovery failed. Please run aria_chk -r on all Aria tables and delete all aria_log.######## files'),
  md(-1.5, 'ERROR', "Plugin 'Aria' init function returned error."),
  md(-1.5, 'ERROR', "Plugin 'Aria' registration as a STORAGE ENGINE failed."),
  md(-1.5, 'Note', 'Plugin \'FEEDBACK\' is disabled.'),
  md(-1.5, 'ERROR', 'Could not open mysql.plugin table: "Unknown storage engine \'Aria\'". Some plugins may be not loaded'),
  md(-1.5, 'ERROR', 'Failed to initialize plugins.'),
  md(-1.5, 'ERROR', 'Aborting'),
];
const pers = [];
for (let m = -11; m < 0; m += 1.7) {
  pers.push(`Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException`);
  pers.push('Internal Exception: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Connection refused (Connection refused)');
  pers.push('Error Code: -1', '\tat org.eclipse.persistence.exceptions.DatabaseException.sqlException(DatabaseException.java:318)', '\tat org.eclipse.persistence.sessions.JNDIConnector.connect(JNDIConnector.java:150)', '\tat tools.descartes.teastore.persistence.repository.CategoryRepository.getAllEntities(CategoryRepository.java:64)');
}
const webui = [];
for (let m = -10.5; m < 0; m += 2.1) webui.push(`${tc(m)} SEVERE [http-nio-8080-exec-${Math.round(-m) % 10 + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.IndexServlet] in context with path [/tools.descartes.teastore.webui] threw exception`, 'jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error', '\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:39)', '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:151)');
const bootId = 'b4e71c2a-93d0-4f58-a1e6-5c0d8f2b7e94';
export const scenarios = [
  {
    folder: 's99c-teastore-db-aria-recovery',
    incidentTime: I,
    description: 'Teastore is throwing 500s on the category pages and login since about 8:20 — the infra team rebooted a worker this morning, might be related?',
    expected: { component: 'teastore-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'teastore-db', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifest facts (TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188): teastore-db is a single MariaDB pod on 3306;
      teastore-persistence reaches it through DB_HOST/DB_PORT (EclipseLink over MariaDB Connector/J); auth, image, recommender and
      webui read everything through persistence. Fault (MariaDB's documented Aria failure after an unclean stop, e.g.
      MDEV bug reports and docker-library/mariadb issues "Aria recovery failed. Please run aria_chk -r"): tea-worker-1 was hard
      reset by its hypervisor at 08:14 (Rebooted event, new boot id); teastore-db's container restarted on the same node against
      its PVC, InnoDB recovered but the Aria logs of the system tables did not, mysqld aborts at "Failed to initialize plugins" and
      the pod crash-loops. persistence stays Ready and prints connection-refused EclipseLink exceptions; webui's 500s are the loudest
      signal. The node reboot is a true trigger but not the cause (node Ready again). Deviations: this install keeps
      /var/lib/mysql on a local-path PVC (upstream keeps the data in the image layer) and the image is assumed to be MariaDB 10.4.`,
    nodes: { 'tea-worker-1': {} },
    workloads: {
      'teastore-db': {
        pods: [{ node: 'tea-worker-1', containers: { 'teastore-db': cs.crashLoop({ restarts: 6, exitCode: 1, startedAt: T.iso(-1.6), finishedAt: T.iso(-1.5), container: 'teastore-db' }) } }],
        unavailableSince: -16,
      },
    },
    events: [
      { on: 'node:tea-worker-1', reason: 'Rebooted', message: `Node tea-worker-1 has been rebooted, boot id: ${bootId}`, type: 'Warning', first: -17 },
      { on: 'node:tea-worker-1', reason: 'NodeReady', message: 'Node tea-worker-1 status is now: NodeReady', first: -16.5 },
      { on: 'pod:teastore-db#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: -16.4 },
      { on: 'pod:teastore-db#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-db"', first: -16.3, last: -1.7, count: 7, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-db" in 612ms (612ms including waiting). Image size: 124611387 bytes.', first: -1.7, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'BackOff', message: 'Back-off restarting failed container teastore-db in pod %POD%_teastore(%PODUID%)', type: 'Warning', first: -15, last: -0.4, count: 61, fieldPath: 'spec.containers{teastore-db}' },
    ],
    logs: {
      'teastore-db#0/teastore-db/previous': dbPrev,
      'teastore-persistence#0/teastore-persistence': pers,
      'teastore-webui#0/teastore-webui': webui,
      'teastore-recommender#0/teastore-recommender': [`${tc(-60 * 24 * 2)} WARNING [pool-1-thread-1] tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain Retraining postponed: persistence not reachable yet`],
    },
  },
];
