// Blind dev batch s135a: TeaStore scenario (written blind; see docs/scenarios.md).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-06-16T11:14:00Z');
const tomcatDate = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()];
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}`;
};
const elDate = (min) => T.java(min).replace('.', '.').slice(0, 23);

const dbLogs = [
  `${T.java(-60 * 24 * 12).slice(0, 19)} 0 [Note] mysqld (mysqld 10.4.12-MariaDB-1:10.4.12+maria~bionic) starting as process 1 ...`,
  `${T.java(-60 * 24 * 12 + 0.1).slice(0, 19)} 0 [Note] InnoDB: Completed initialization of buffer pool`,
  `${T.java(-60 * 24 * 12 + 0.2).slice(0, 19)} 0 [Note] mysqld: ready for connections.`,
  `Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
];
for (let m = -31; m < -1; m += 2.2) dbLogs.push(`${T.java(m).slice(0, 19)} ${4100 + Math.round(-m * 3)} [ERROR] InnoDB: The table 'PERSISTENCEORDERITEM' is full`);
dbLogs.splice(4, 0, `${T.java(-32.5).slice(0, 19)} 4093 [Warning] InnoDB: Tablespace 'innodb_system' is full; the data file './ibdata1' is configured without autoextend`);

const persistence = [
  `${tomcatDate(-60 * 24 * 12 + 1)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [18342] milliseconds`,
];
for (let m = -45; m < -1; m += 1.5) {
  if (m < -32) continue;
  persistence.push(`[EL Warning]: ${elDate(m)}--UnitOfWork(${1900000 + Math.round(-m * 97)})--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.3.v20180807-4be1041): org.eclipse.persistence.exceptions.DatabaseException`);
  persistence.push(`Internal Exception: java.sql.SQLException: The table 'PERSISTENCEORDERITEM' is full`);
  persistence.push(`Error Code: 1114`);
  persistence.push(`Call: INSERT INTO PERSISTENCEORDERITEM (ID, QUANTITY, UNITPRICEINCENTS, ORDER_ID, PRODUCT_ID) VALUES (?, ?, ?, ?, ?)`);
  persistence.push(`\tbind => [5 parameters bound]`);
  persistence.push(`Query: InsertObjectQuery(tools.descartes.teastore.persistence.domain.PersistenceOrderItem@${(0x3a5f1c + Math.round(-m * 1234)).toString(16)})`);
}
const auth = [`${tomcatDate(-60 * 24 * 12 + 1.2)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [14108] milliseconds`];
for (let m = -32; m < -1; m += 1.5) {
  auth.push(`${tomcatDate(m + 0.05)} SEVERE [http-nio-8080-exec-${(Math.round(-m) % 25) + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [tools.descartes.teastore.auth.rest.AuthCartRest] in context with path [/tools.descartes.teastore.auth] threw exception [tools.descartes.teastore.registryclient.util.NotFoundException: Entity was not found or could not be created. Status: 500] with root cause`);
  auth.push(`tools.descartes.teastore.registryclient.util.NotFoundException: Entity was not found or could not be created. Status: 500`);
  auth.push(`\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:44)`);
  auth.push(`\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.sendEntityForCreation(LoadBalancedCRUDOperations.java:86)`);
  auth.push(`\tat tools.descartes.teastore.auth.rest.AuthCartRest.placeOrder(AuthCartRest.java:178)`);
}
const webui = [`${tomcatDate(-60 * 24 * 12 + 1.4)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [21566] milliseconds`];
for (let m = -32; m < -1; m += 1.5) {
  webui.push(`${tomcatDate(m + 0.1)} SEVERE [http-nio-8080-exec-${(Math.round(-m * 2) % 25) + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.CartActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception [javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error] with root cause`);
  webui.push(`javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error`);
  webui.push(`\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)`);
  webui.push(`\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:41)`);
  webui.push(`\tat tools.descartes.teastore.webui.servlet.CartActionServlet.confirmOrder(CartActionServlet.java:172)`);
}

export const scenarios = [
  {
    folder: 's135a-teastore-db-system-tablespace-full',
    description: 'teastore: "confirm order" gives a 500 error page since about 10:40, browsing + login + adding to cart still fine. webui and auth logs full of HTTP 500',
    incidentTime: '2026-06-16T11:14:00Z',
    expected: { component: 'teastore-db', cause: 'resource-exhaustion' },
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    grounding: `InnoDB answers ER_RECORD_FILE_FULL (error 1114, "The table 'X' is full") when the tablespace a table lives
    in cannot grow: with innodb_file_per_table=OFF every table sits in the system tablespace, and a data file declared
    without :autoextend in innodb_data_file_path has a hard size (MariaDB/MySQL docs "InnoDB System Tablespace", many
    "table is full" reports). TeaStore's persistence service (EclipseLink JPA) inserts PersistenceOrder/PersistenceOrderItem
    rows when auth places an order for webui's CartActionServlet; reads keep working, so browsing, login and the cart (kept
    in the session) are fine while every order fails with 500. Deviations from teastore-clusterip.yaml: the teastore-db
    image's MariaDB is assumed configured with innodb_file_per_table=OFF and innodb_data_file_path=ibdata1:256M (no
    autoextend) through a site my.cnf baked into a rebuilt image twelve days ago (invented); the order volume that filled
    it is the normal load generator plus a sale. The exact InnoDB error-log wording is approximated. teastore-db stays
    Running and Ready (no probes upstream), no kubelet event.`,
    logs: {
      'teastore-db#0/teastore-db': dbLogs,
      'teastore-persistence#0/teastore-persistence': persistence,
      'teastore-auth#0/teastore-auth': auth,
      'teastore-webui#0/teastore-webui': webui,
    },
    workloads: {
      'teastore-db': { since: -60 * 24 * 12 },
      'teastore-persistence': { since: -60 * 24 * 12 },
      'teastore-auth': { since: -60 * 24 * 12 },
      'teastore-webui': { since: -60 * 24 * 12 },
    },
  },
];
