// Blind dev batch s87b (teastore): one scenario on the kit's TeaStore system (scripts/kit-systems/teastore.mjs).
// persistence keeps dead pooled JDBC connections after teastore-db restarted: Ready, every call 500; callers loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const I = '2026-05-12T11:05:00Z';
const T = clock(I);
const DBR = -52;
const tc = (min, level, cls, msg) => `${T.java(min).replace(' ', 'T').slice(0, 23).replace('T', ' ')} ${level} [http-nio-8080-exec-${Math.abs(Math.round(min)) % 10 + 1}] ${cls} ${msg}`;

export const scenarios = [
  {
    folder: 's87b-persistence-stale-jdbc-after-db-restart',
    description: 'TeaStore: cant log in and product pages 500 since ~10:15. db pod restarted earlier but its back up',
    incidentTime: I,
    expected: { component: 'persistence', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Follows the well-known pooled-JDBC failure after a database restart (MySQL Connector/J "No operations allowed after
      connection closed" / "Communications link failure ... The last packet successfully received from the server was
      N milliseconds ago" from connections a pool hands out without validation). teastore-persistence
      (DB_HOST=teastore-db, DB_PORT=3306 in the upstream manifest) is the only component that talks to the database;
      auth, image, recommender and webui reach it through the registry. teastore-db's container restarted 52 minutes
      before (exit 137 Error: a kill during a node-agent upgrade, not an OOM), recovered and serves again; persistence
      kept its pool of dead connections and answers 500 on every entity call while its pod stays Running and Ready
      (upstream sets no probes). Callers log the 500s. Deviation from upstream: none in the manifests; the db restart
      is injected state. The db restart is the decoy the description points at.`,
    workloads: {
      'teastore-db': {
        pods: [{ containers: { 'teastore-db': cs.restartedRunning({ restarts: 1, startedAt: T.iso(DBR + 0.2), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(DBR) } }) } }],
      },
    },
    events: [
      { on: 'pod:teastore-db#0', reason: 'Killing', message: 'Stopping container teastore-db', first: DBR - 0.1, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-db"', first: DBR + 0.05, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-db" in 812ms (812ms including waiting). Image size: 137422318 bytes.', first: DBR + 0.1, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'Created', message: 'Created container teastore-db', first: DBR + 0.15, fieldPath: 'spec.containers{teastore-db}' },
      { on: 'pod:teastore-db#0', reason: 'Started', message: 'Started container teastore-db', first: DBR + 0.2, fieldPath: 'spec.containers{teastore-db}' },
    ],
    logs: {
      'teastore-db#0/teastore-db': [
        `${T.go(DBR + 0.25).replaceAll('/', '-')} 0 [Note] mysqld (mysqld 10.4.13-MariaDB-1:10.4.13+maria~focal) starting as process 1 ...`,
        `${T.go(DBR + 0.3).replaceAll('/', '-')} 0 [Note] InnoDB: Starting crash recovery from checkpoint LSN=2715393`,
        `${T.go(DBR + 0.35).replaceAll('/', '-')} 0 [Note] InnoDB: 10.4.13 started; log sequence number 2716022; transaction id 9413`,
        `${T.go(DBR + 0.4).replaceAll('/', '-')} 0 [Note] mysqld: ready for connections.`,
        `Version: '10.4.13-MariaDB-1:10.4.13+maria~focal'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
      ],
      'teastore-persistence#0/teastore-persistence': [
        tc(DBR + 1, 'WARNING', 'org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence.ejb', 'Communication failure detected when attempting to perform read query outside of a transaction. Attempting to retry query. Error was: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.3.v20180807-4be1041): org.eclipse.persistence.exceptions.DatabaseException'),
        'Internal Exception: com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: Communications link failure',
        '',
        'The last packet successfully received from the server was 412,771 milliseconds ago.  The last packet sent successfully to the server was 0 milliseconds ago.',
        tc(-41, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception'),
        'javax.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.3.v20180807-4be1041): org.eclipse.persistence.exceptions.DatabaseException',
        'Internal Exception: com.mysql.jdbc.exceptions.jdbc4.MySQLNonTransientConnectionException: No operations allowed after connection closed.',
        'Error Code: 0',
        '\tat org.eclipse.persistence.internal.jpa.QueryImpl.getDetailedException(QueryImpl.java:391)',
        '\tat tools.descartes.teastore.persistence.repository.CategoryRepository.getAllEntities(CategoryRepository.java:58)',
        tc(-17, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception'),
        'Internal Exception: com.mysql.jdbc.exceptions.jdbc4.MySQLNonTransientConnectionException: No operations allowed after connection closed.',
        tc(-3, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception'),
        'Internal Exception: com.mysql.jdbc.exceptions.jdbc4.MySQLNonTransientConnectionException: No operations allowed after connection closed.',
      ],
      'teastore-auth#0/teastore-auth': [
        tc(-38, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception'),
        'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
        '\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:38)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntityWithProperties(LoadBalancedCRUDOperations.java:188)',
        '\tat tools.descartes.teastore.auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:186)',
        tc(-6, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception'),
        'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
      ],
      'teastore-webui#0/teastore-webui': [
        tc(-40, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        'tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout waiting for persistence.',
        tc(-22, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
        tc(-2, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [ProductServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
      ],
      'teastore-recommender#0/teastore-recommender': [
        tc(-30, 'WARNING', 'tools.descartes.teastore.recommender.servlet.RetrainDaemon.run', 'Retraining failed: javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error'),
      ],
      'teastore-registry#0/teastore-registry': [
        tc(-45, 'INFO', 'tools.descartes.teastore.registry.rest.Registry.heartbeat', 'teastore-persistence:8080 heartbeat ok'),
      ],
    },
  },
];
