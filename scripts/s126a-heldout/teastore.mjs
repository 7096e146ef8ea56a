// Held-out batch s126a: TeaStore (system from scripts/kit-systems/teastore.mjs).
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';
export const system = base;

const tc = (T, min, level, cls, msg) => { const d = T.java(min); return `${d.slice(8, 10)}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(d.slice(5, 7)) - 1]}-${d.slice(0, 4)} ${d.slice(11)} ${level} [http-nio-8080-exec-${(Math.abs(Math.round(min * 7)) % 20) + 1}] ${cls} ${msg}`; };
const sel = Object.fromEntries(base.workloads.map((w) => [w.name, { serviceSelector: { run: w.name } }]));

export const scenarios = [];
{
  const incidentTime = '2026-12-08T11:26:00Z';
  const T = clock(incidentTime);
  const tooMany = 'Data source rejected establishment of connection,  message from server: "Too many connections"';
  scenarios.push({
    folder: 's126a-teadb-too-many-connections', incidentTime,
    description: 'teastore webui throwing 500s on category + login pages for the last 15 min or so, persistance pods look fine??',
    expected: { component: 'teastore-db', cause: 'resource-exhaustion' },
    difficulty: 'hard', traits: ['pods-ready', 'louder-dependents', 'typo', 'time-expression'],
    grounding: `examples/kubernetes/teastore-clusterip.yaml: teastore-db (descartesresearch/teastore-db, MariaDB on :3306, no probes, no
      resources), teastore-persistence with DB_HOST=teastore-db, DB_PORT=3306; every other service reaches the data only through
      persistence's REST API. MariaDB's max_connections (151 by default) is exhausted: a nightly report job run by the analytics
      team from outside the cluster opened pooled connections and never released them, so new connections from persistence's
      EclipseLink/Connector-J pool are refused with ER_CON_COUNT_ERROR_1040 "Too many connections". The db pod stays Running and
      Ready (no probes upstream); persistence, auth and webui log the errors and are louder. Deviation: the external report job
      is invented; the MariaDB and Connector/J messages are the real ones.`,
    workloads: { ...sel },
    logs: {
      'teastore-db#0/teastore-db': [
        `${T.java(-60 * 24 * 9).slice(0, 19).replace('T', ' ')} 0 [Note] mysqld: ready for connections.`,
        `Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
        `${T.java(-17).slice(0, 19)} 48211 [Warning] Aborted connection 48211 to db: 'teadb' user: 'teauser' host: '10.244.1.1' (Got timeout reading communication packets)`,
        `${T.java(-16).slice(0, 19)} 0 [Warning] Too many connections`,
        `${T.java(-9).slice(0, 19)} 0 [Warning] Too many connections`,
        `${T.java(-2).slice(0, 19)} 0 [Warning] Too many connections`,
      ],
      'teastore-persistence#0/teastore-persistence': [
        tc(T, -30, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered teastore-persistence at teastore-registry'),
        tc(T, -16, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey] in context with path [/tools.descartes.teastore.persistence] threw exception'),
        'javax.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException',
        `Internal Exception: com.mysql.cj.jdbc.exceptions.CommunicationsException: ${tooMany}`,
        'Error Code: 1040',
        '\tat org.eclipse.persistence.internal.jpa.QueryImpl.getResultList(QueryImpl.java:493)',
        '\tat tools.descartes.teastore.persistence.repository.CategoryRepository.getAllEntities(CategoryRepository.java:71)',
        '\tat tools.descartes.teastore.persistence.rest.CategoryEndpoint.listAllEntities(CategoryEndpoint.java:58)',
        `Caused by: java.sql.SQLNonTransientConnectionException: ${tooMany}`,
        '\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:110)',
        '\tat com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:836)',
        tc(T, -8, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey] in context with path [/tools.descartes.teastore.persistence] threw exception'),
        `Internal Exception: java.sql.SQLNonTransientConnectionException: ${tooMany}`,
        'Error Code: 1040',
        tc(T, -3, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey] in context with path [/tools.descartes.teastore.persistence] threw exception'),
        `Internal Exception: java.sql.SQLNonTransientConnectionException: ${tooMany}`,
      ],
      'teastore-auth#0/teastore-auth': [
        tc(T, -12, 'WARNING', 'tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose', 'Received status 500 from http://10.244.2.41:8080/tools.descartes.teastore.persistence/rest/users/name/user2'),
        tc(T, -12, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey] threw exception [tools.descartes.teastore.registryclient.rest.InternalServerErrorException: 500 Internal Server Error]'),
        tc(T, -4, 'WARNING', 'tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose', 'Received status 500 from http://10.244.2.41:8080/tools.descartes.teastore.persistence/rest/users/name/user17'),
      ],
      'teastore-webui#0/teastore-webui': [
        tc(T, -15, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception [tools.descartes.teastore.registryclient.rest.InternalServerErrorException: Internal Server Error from http://teastore-persistence:8080/tools.descartes.teastore.persistence/rest/categories] with root cause'),
        'tools.descartes.teastore.registryclient.rest.InternalServerErrorException: Internal Server Error',
        '\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose(RestUtil.java:70)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:132)',
        '\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:72)',
        tc(T, -11, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception [tools.descartes.teastore.registryclient.rest.InternalServerErrorException: Internal Server Error from http://teastore-auth:8080/tools.descartes.teastore.auth/rest/useractions/login] with root cause'),
        tc(T, -2, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception [tools.descartes.teastore.registryclient.rest.InternalServerErrorException: Internal Server Error from http://teastore-persistence:8080/tools.descartes.teastore.persistence/rest/categories] with root cause'),
      ],
    },
  });
}
