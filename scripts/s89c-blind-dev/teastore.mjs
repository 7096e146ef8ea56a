// Batch s89c (blind dev): one TeaStore scenario on the kit system scripts/kit-systems/teastore.mjs.
// teastore-db restarted with server flags MariaDB 10.4 no longer knows (innodb_large_prefix / innodb_file_format).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-04-09T13:40:00Z');
const NAMES = ['teastore-db', 'teastore-registry', 'teastore-persistence', 'teastore-auth', 'teastore-image', 'teastore-recommender', 'teastore-webui'];
const selectors = Object.fromEntries(NAMES.map((n) => [n, { serviceSelector: { run: n } }]));
const ARGS = ['--innodb_file_format=Barracuda', '--innodb_large_prefix=ON', '--character-set-server=utf8mb4', '--collation-server=utf8mb4_unicode_ci'];
const maria = (min) => T.java(min).slice(0, 19);
const entry = (min) => `${T.java(min).slice(0, 19)}+00:00`;
const dbPrevious = [
  `${entry(-0.9)} [Note] [Entrypoint]: Entrypoint script for MySQL Server 1:10.4.12+maria~bionic started.`,
  `${entry(-0.9)} [Note] [Entrypoint]: Switching to dedicated user 'mysql'`,
  `${entry(-0.9)} [Note] [Entrypoint]: Entrypoint script for MySQL Server 1:10.4.12+maria~bionic started.`,
  `${entry(-0.9)} [ERROR] [Entrypoint]: mysqld failed while attempting to check config`,
  `\tcommand was: mysqld ${ARGS.join(' ')} --verbose --help --log-bin-index=/tmp/tmp.dQ3kP8wZ1x`,
  `\t${maria(-0.9)} 0 [ERROR] mysqld: unknown variable 'innodb_file_format=Barracuda'`,
];
const JAVA_TS = (min) => { const d = new Date(Date.parse('2026-04-09T13:40:00Z') + min * 60000); return d.toUTCString().replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1-$2-$3 $4.000'); };
const persistenceLog = [
  `${JAVA_TS(-19.6)} INFO [http-nio-8080-exec-7] org.apache.catalina.core.ApplicationContext.log Persistence: GET /tools.descartes.teastore.persistence/rest/categories 200`,
  '[EL Warning]: 2026-04-09 13:21:02.114--UnitOfWork(1436823540)--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.12.v20230209-e5c4074ef3): org.eclipse.persistence.exceptions.DatabaseException',
  'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Socket fail to connect to host:teastore-db, port:3306. Connection refused',
  'Error Code: 0',
  'Call: SELECT ID, DESCRIPTION, NAME FROM PERSISTENCECATEGORY ORDER BY ID',
  'Query: ReadAllQuery(referenceClass=PersistenceCategory sql="SELECT ID, DESCRIPTION, NAME FROM PERSISTENCECATEGORY ORDER BY ID")',
  `${JAVA_TS(-18.9)} SEVERE [http-nio-8080-exec-3] org.glassfish.jersey.server.ServerRuntime$Responder.writeResponse An I/O error has occurred while writing a response message entity to the container output stream.`,
  '[EL Warning]: 2026-04-09 13:31:44.508--UnitOfWork(902114587)--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.12.v20230209-e5c4074ef3): org.eclipse.persistence.exceptions.DatabaseException',
  'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Socket fail to connect to host:teastore-db, port:3306. Connection refused',
  'Error Code: 0',
  'Call: SELECT ID, CATEGORY_ID, DESCRIPTION, LISTPRICEINCENTS, NAME FROM PERSISTENCEPRODUCT WHERE (CATEGORY_ID = ?) ORDER BY ID LIMIT ? OFFSET ?',
  '[EL Warning]: 2026-04-09 13:38:57.231--UnitOfWork(1749208103)--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.12.v20230209-e5c4074ef3): org.eclipse.persistence.exceptions.DatabaseException',
  'Internal Exception: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Socket fail to connect to host:teastore-db, port:3306. Connection refused',
  'Error Code: 0',
];
const webuiLog = [
  `${JAVA_TS(-30)} INFO [http-nio-8080-exec-4] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.updateLoadBalancersForServiceUsingRegistry Updated load balancer for service PERSISTENCE: [teastore-persistence:8080]`,
  `${JAVA_TS(-19.4)} WARNING [http-nio-8080-exec-9] tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose Status 500 from http://teastore-persistence:8080/tools.descartes.teastore.persistence/rest/categories?start=-1&max=-1`,
  `${JAVA_TS(-12.2)} WARNING [http-nio-8080-exec-2] tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose Status 500 from http://teastore-persistence:8080/tools.descartes.teastore.persistence/rest/categories?start=-1&max=-1`,
  `${JAVA_TS(-1.1)} WARNING [http-nio-8080-exec-6] tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose Status 500 from http://teastore-persistence:8080/tools.descartes.teastore.persistence/rest/categories?start=-1&max=-1`,
];

export const scenarios = [
  {
    folder: 's89c-db-flags-removed-in-mariadb',
    incidentTime: '2026-04-09T13:40:00Z',
    description: 'teastore shop shows the error page on every category since ~13:20, dba did some tuning on the tea db right before',
    expected: { component: 'teastore-db', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'teastore-db', cause: 'crash-loop' },
      { component: 'teastore-db', cause: 'bad-deploy-rollout' },
    ],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'time-expression', 'partial-name'],
    grounding: `
      Upstream teastore-clusterip.yaml runs descartesresearch/teastore-db (its Dockerfile is FROM mariadb:10.4.12, sed of
      max_connections, MYSQL_ROOT_PASSWORD) with no args, no probes and no resources; persistence reaches it through
      DB_HOST=teastore-db / DB_PORT=3306. Deviation: the DBA edited the Deployment to add server flags copied from an old
      MySQL 5.6 runbook (--innodb_file_format=Barracuda --innodb_large_prefix=ON plus utf8mb4 charset flags) and set the
      strategy to Recreate (single-instance database), so revision 4 replaced revision 3 at 13:19 and the only pod now
      crash-loops. innodb_file_format and innodb_large_prefix were deprecated in MariaDB 10.2 and removed in 10.3, so the
      mariadb image's docker-entrypoint check ("mysqld ... --verbose --help") fails with "[ERROR] mysqld: unknown variable
      'innodb_file_format=Barracuda'" and exits 1 ("mysqld failed while attempting to check config"). The old and new
      ReplicaSet templates differ only by the args. The Service has no ready endpoint, so persistence's MariaDB Connector/J
      gets "Connection refused" through EclipseLink (DatabaseException 4002) and answers 500; the webui is the loud caller.
    `,
    workloads: {
      ...selectors,
      'teastore-db': {
        ...selectors['teastore-db'],
        rollout: { at: -21, oldContainers: { 'teastore-db': { args: undefined } } },
        containers: { 'teastore-db': { args: ARGS } },
        unavailableSince: -21,
        endpointsChanged: -21,
        pods: [{
          created: T.iso(-20.9),
          containers: { 'teastore-db': cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T.iso(-0.95), finishedAt: T.iso(-0.9), container: 'teastore-db' }) },
        }],
      },
    },
    events: [
      { on: 'deploy:teastore-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-db-%OLD% to 0 from 1', first: -21, source: 'deployment-controller' },
      { on: 'deploy:teastore-db', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-db-%NEW% to 1', first: -20.9, source: 'deployment-controller' },
      { on: 'pod:teastore-db#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -20.9, source: 'default-scheduler' },
      { on: 'pod:teastore-db#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-db"', first: -20.8, last: -0.97, count: 9, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-db" in 734ms (734ms including waiting). Image size: 124512813 bytes.', first: -0.96, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'Created', message: 'Created container teastore-db', first: -20.7, last: -0.95, count: 9, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'Started', message: 'Started container teastore-db', first: -20.7, last: -0.95, count: 9, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'BackOff', message: 'Back-off restarting failed container teastore-db in pod %POD%_teastore(%PODUID%)', type: 'Warning', first: -20.5, last: -0.5, count: 92, fieldPath: 'spec.containers{teastore-db}' },
    ],
    logs: {
      'teastore-db#0/teastore-db/previous': dbPrevious,
      'teastore-persistence#0/teastore-persistence': persistenceLog,
      'teastore-webui#0/teastore-webui': webuiLog,
    },
  },
];
