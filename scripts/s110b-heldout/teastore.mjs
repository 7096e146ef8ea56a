// Blind held-out batch s110b: one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/teastore.mjs (upstream teastore-clusterip.yaml at 5ab1188); Recreate strategy set by scripts/s110b-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const I = '2026-03-18T09:34:00Z';
const T = clock(I);
const MON = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'];
const juli = (min) => { const j = T.java(min); return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)}`; };
const tc = (min, level, cls, msg) => `${juli(min)} ${level} [http-nio-8080-exec-${3 + Math.round(Math.abs(min)) % 7}] ${cls} ${msg}`;

export const scenarios = [
  {
    folder: 's110b-category-pages-500',
    incidentTime: I,
    description: 'tea store webui throwing 500 on every category page since ~09:10, home page itself loads',
    expected: { component: 'teastore-db', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'teastore-db', cause: 'bad-deploy-rollout' }, { component: 'teastore-db', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'partial-name'],
    grounding: `Upstream teastore-db is a single-replica Deployment (MariaDB image, port 3306) reached by teastore-persistence through
      DB_HOST=teastore-db. Fault: a change at about 09:08 added nodeSelector disktype=ssd to teastore-db (the Deployment was switched to
      strategy Recreate earlier, as is usual for a database), the old pod was deleted first and the new one stays Pending: no node carries
      the label, so the scheduler writes "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector". The Service has no
      endpoints; persistence's EclipseLink/JDBC calls are refused and webui answers 500 for category and product pages, while the static
      home page still renders. Deviations from upstream: strategy Recreate (post-processed), the added nodeSelector.`,
    events: [
      { on: 'deploy:teastore-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-db-%OLD% to 0 from 1', first: -26, last: -26 },
      { on: 'deploy:teastore-db', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-db-%NEW% to 1', first: -25.8, last: -25.8 },
      { on: 'pod:teastore-db#0', source: 'default-scheduler', type: 'Warning', reason: 'FailedScheduling', message: "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.", first: -25.7, last: -1.2, count: 6 },
    ],
    workloads: {
      'teastore-db': {
        patch: { nodeSelector: { disktype: 'ssd' } },
        rollout: { at: -25.8, revision: 3, oldPatch: { nodeSelector: undefined }, oldReplicas: 0 },
        pods: [{ unscheduled: "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.", created: T.iso(-25.7) }],
        unavailableSince: -26,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-15.7), lastTransitionTime: T.iso(-15.7), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        `[EL Warning]: ${T.java(-24)}--UnitOfWork(1408233517)--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.7.v20200504-69f2c2b80d): org.eclipse.persistence.exceptions.DatabaseException`,
        'Internal Exception: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure',
        '',
        'The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
        'Error Code: 0',
        `[EL Severe]: ${T.java(-3)}--ServerSession(512834906)--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.7.v20200504-69f2c2b80d): org.eclipse.persistence.exceptions.DatabaseException`,
        'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not create connection to database server. Attempted reconnect 3 times. Giving up.',
        'Caused by: java.net.ConnectException: Connection refused',
        'Error Code: 0',
      ].join('\n'),
      'teastore-webui#0/teastore-webui': [
        tc(-40, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', 'Service teastore-persistence instances: 1'),
        tc(-2.5, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        'jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
        '\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose(RestUtil.java:58)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.getCategories(LoadBalancedStoreOperations.java:162)',
      ].join('\n'),
      'teastore-registry#0/teastore-registry': [tc(-5, 'INFO', 'tools.descartes.teastore.registry.rest.RegistryREST', 'Heartbeat from teastore-persistence:8080')].join('\n'),
    },
  },
];
