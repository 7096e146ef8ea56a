// Batch s73b (blind dev): TeaStore scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// teastore-db (MariaDB) stalls behind a backup's FLUSH TABLES WITH READ LOCK waiting on a long report query; only callers log.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-04-22T02:41:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min, level, thread, logger, msg) => {
  const j = T.java(min);
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${level} [${thread}] ${logger} ${msg}`;
};
const lbTimeout = (svc) => `tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout at endpoint: ${svc}:8080, with target service: ${svc}`;
const servletFail = (min, thread, servlet) => [
  tc(min, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`),
  `\t${lbTimeout('teastore-persistence')}`,
  '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:130)',
  `\t\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:74)`,
  '\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:203)',
  '\t\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:655)',
];

export const scenarios = [
  {
    folder: 's73b-teastore-db-ftwrl-table-flush-stall',
    description: 'teastore down?? login hangs and category pages time out since about 2am, status page says webui is up',
    incidentTime: '2026-04-22T02:41:00Z',
    expected: { component: 'teastore-db', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 (kit-systems/teastore.mjs): persistence reaches
      teastore-db (MariaDB) through DB_HOST/DB_PORT; webui, auth, image and recommender reach persistence through the
      registry's load balancer. Fault: the lock chain Percona and the MariaDB docs describe for FLUSH TABLES WITH READ LOCK.
      An analyst's ad-hoc report (a join of orderitem and product over a port-forward) had been running since 01:47; the
      nightly logical backup (mysqldump --lock-all-tables, run at 02:00 from the platform team's backup host) issued FTWRL,
      which waits for that query to close its tables ("Waiting for table flush"), and every later query on those tables
      queues behind the flush. MariaDB writes nothing to its error log for this, its pod stays Running/Ready with no restart,
      and nothing in the namespace runs the backup, so only the callers show it: persistence's Tomcat threads pile up in
      socket reads (ClientAbortException when callers give up), webui and auth log LoadBalancerTimeoutException for
      teastore-persistence, the registry keeps receiving heartbeats. Decoys: a recommender container OOMKilled two days ago
      and the registry's routine heartbeat noise. Deviations from upstream: the backup and report are invented (upstream has
      neither); the MariaDB version string is the one of the teastore-db image's base.
    `,
    workloads: {
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.2) } }) } }],
      },
    },
    logs: {
      'teastore-db#0/teastore-db': [
        `${T.java(-60 * 24 * 9).slice(0, 10)}  ${T.java(-60 * 24 * 9).slice(11, 19)} 0 [Note] InnoDB: Buffer pool(s) load completed at ${T.java(-60 * 24 * 9).slice(2, 10).replaceAll('-', '')} ${T.java(-60 * 24 * 9).slice(11, 19)}`,
        `${T.java(-60 * 24 * 9).slice(0, 10)}  ${T.java(-60 * 24 * 9).slice(11, 19)} 0 [Note] mysqld: ready for connections.`,
        "Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
      ],
      'teastore-persistence#0/teastore-persistence': [
        tc(-48, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.registryclient.Registry.register', 'Registered teastore-persistence:8080 with the registry'),
        tc(-30.5, 'WARNING', 'http-nio-8080-exec-41', 'org.apache.catalina.core.StandardHostValve.custom', 'Exception Processing ErrorPage[errorCode=0, location=/error.jsp]'),
        '\torg.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe',
        '\t\tat org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:351)',
        tc(-18.2, 'WARNING', 'http-nio-8080-exec-77', 'org.apache.catalina.core.StandardHostValve.custom', 'Exception Processing ErrorPage[errorCode=0, location=/error.jsp]'),
        '\torg.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe',
        '\t\tat org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:351)',
        tc(-4.6, 'WARNING', 'http-nio-8080-exec-142', 'org.apache.catalina.core.StandardHostValve.custom', 'Exception Processing ErrorPage[errorCode=0, location=/error.jsp]'),
        '\torg.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe',
        '\t\tat org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:351)',
      ],
      'teastore-webui#0/teastore-webui': [
        ...servletFail(-39.6, 'http-nio-8080-exec-12', 'CategoryServlet'),
        ...servletFail(-31.0, 'http-nio-8080-exec-19', 'CategoryServlet'),
        ...servletFail(-22.3, 'http-nio-8080-exec-4', 'ProductServlet'),
        ...servletFail(-12.8, 'http-nio-8080-exec-22', 'CategoryServlet'),
        ...servletFail(-6.1, 'http-nio-8080-exec-7', 'CartServlet'),
        ...servletFail(-1.4, 'http-nio-8080-exec-15', 'CategoryServlet'),
      ],
      'teastore-auth#0/teastore-auth': [
        tc(-27.7, 'SEVERE', 'http-nio-8080-exec-5', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-servlet] in context with path [/tools.descartes.teastore.auth] threw exception'),
        `\t${lbTimeout('teastore-persistence')}`,
        '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntityWithProperties(LoadBalancedCRUDOperations.java:187)',
        '\t\tat tools.descartes.teastore.auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:211)',
        tc(-8.9, 'SEVERE', 'http-nio-8080-exec-9', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-servlet] in context with path [/tools.descartes.teastore.auth] threw exception'),
        `\t${lbTimeout('teastore-persistence')}`,
        '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntityWithProperties(LoadBalancedCRUDOperations.java:187)',
        '\t\tat tools.descartes.teastore.auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:211)',
      ],
      'teastore-registry#0/teastore-registry': [
        tc(-40, 'INFO', 'http-nio-8080-exec-2', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Heartbeat from teastore-persistence:8080'),
        tc(-20, 'INFO', 'http-nio-8080-exec-8', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Heartbeat from teastore-persistence:8080'),
        tc(-2, 'INFO', 'http-nio-8080-exec-6', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Heartbeat from teastore-persistence:8080'),
      ],
    },
  },
];
