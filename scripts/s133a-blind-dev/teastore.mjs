// s133a blind dev: TeaStore — teastore-db's signed INT primary key on ORDERITEMS reaches 2147483647.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const I = '2026-05-26T09:50:00Z';
const T = clock(I);
const cat = (min, lvl, cls, msg) => `${T.java(min).slice(8, 10)}-May-2026 ${T.java(min).slice(11, 23)} ${lvl} [http-nio-8080-exec-${(Math.round(Math.abs(min) * 7) % 20) + 1}] ${cls} ${msg}`;
const elErr = (min) => [
  `[EL Warning]: ${T.java(min)}--UnitOfWork(1843917621)--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException`,
  `Internal Exception: java.sql.SQLIntegrityConstraintViolationException: (conn=48211) Duplicate entry '2147483647' for key 'PRIMARY'`,
  `Error Code: 1062`,
  `Call: INSERT INTO PERSISTENCEORDERITEM (PRODUCTID, QUANTITY, UNITPRICEINCENTS, ORDER_ID) VALUES (?, ?, ?, ?)`,
  `\tbind => [4 parameters bound]`,
  `Query: InsertObjectQuery(tools.descartes.teastore.persistence.domain.OrderItemEntity@6c1f0a2e)`,
  cat(min + 0.001, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception'),
  `javax.persistence.RollbackException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException`,
  `Internal Exception: java.sql.SQLIntegrityConstraintViolationException: (conn=48211) Duplicate entry '2147483647' for key 'PRIMARY'`,
  `\tat org.eclipse.persistence.internal.jpa.transaction.EntityTransactionImpl.commit(EntityTransactionImpl.java:159)`,
  `\tat tools.descartes.teastore.persistence.repository.PersistenceOrderItemRepository.createEntity(AbstractPersistenceRepository.java:78)`,
  `\tat tools.descartes.teastore.persistence.rest.OrderItemEndpoint.createOrderItem(OrderItemEndpoint.java:52)`,
];
const persLog = [
  cat(-60 * 24 * 3, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18231] milliseconds'),
  cat(-40, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered persistence at teastore-registry'),
  ...elErr(-23.6),
  ...elErr(-17.2),
  ...elErr(-9.8),
  ...elErr(-3.1),
];
const authLog = [
  cat(-23.6, 'WARNING', 'tools.descartes.teastore.auth.rest.AuthCartRest.placeOrder', 'Placing order failed: javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error'),
  cat(-17.2, 'WARNING', 'tools.descartes.teastore.auth.rest.AuthCartRest.placeOrder', 'Placing order failed: javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error'),
  cat(-12, 'INFO', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest.login', 'user 81 logged in'),
  cat(-9.8, 'WARNING', 'tools.descartes.teastore.auth.rest.AuthCartRest.placeOrder', 'Placing order failed: javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error'),
  cat(-3.1, 'WARNING', 'tools.descartes.teastore.auth.rest.AuthCartRest.placeOrder', 'Placing order failed: javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error'),
];
const webLog = [
  cat(-23.6, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [OrderServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
  `javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error`,
  `\tat tools.descartes.teastore.registryclient.rest.HttpWrapper.handle(HttpWrapper.java:92)`,
  `\tat tools.descartes.teastore.webui.servlet.OrderServlet.handlePOSTRequest(OrderServlet.java:88)`,
  cat(-9.8, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [OrderServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
  `javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error`,
  `\tat tools.descartes.teastore.registryclient.rest.HttpWrapper.handle(HttpWrapper.java:92)`,
];
const recPrev = [
  cat(-60 * 24 * 4 - 3, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Retrieving data objects from persistence'),
  `Exception in thread "Thread-14" java.lang.OutOfMemoryError: Java heap space`,
];
const dbLog = [
  `${T.java(-60 * 24 * 3).slice(0, 19)} 0 [Note] mysqld: ready for connections.`,
  `Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
  `${T.java(-60 * 24 * 2).slice(0, 19)} 2311 [Warning] Aborted connection 2311 to db 'teadb' user 'teauser' host '10.244.2.31' (Got an error reading communication packets)`,
];

export const scenarios = [
  {
    folder: 's133a-orderitem-id-space',
    description: 'Teastore checkout ("place order") gives error page since about 9:25, browsing + login fine. persistance svc throwing Duplicate entry',
    incidentTime: I,
    expected: { component: 'teastore-db', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'typo', 'time-expression', 'decoy'],
    grounding: `
      A signed INT AUTO_INCREMENT column stops at 2147483647: MariaDB/MySQL then hands the same maximum value to the next INSERT and it
      fails with ER_DUP_ENTRY 1062 "Duplicate entry '2147483647' for key 'PRIMARY'" (MariaDB docs, AUTO_INCREMENT "overflow"; well-known
      public post-mortems of INT id exhaustion). In TeaStore the persistence service (EclipseLink JPA over MariaDB teastore-db) inserts one
      row per order item; the ID space of that table is exhausted while reads (catalogue, login) still work, so only placing an order fails.
      teastore-db is Running/Ready (upstream sets no probes) and logs nothing about it; persistence, auth and webui are loud. Deviation: the
      upstream data generator starts ids at 1; we assume the table's AUTO_INCREMENT was advanced by years of load-test inserts and an
      import with explicit high ids. Decoys: a recommender OOM four days ago (healed, restarted once) and a two-day-old aborted-connection warning.
    `,
    workloads: {
      'teastore-db': { since: -60 * 24 * 3 },
      'teastore-persistence': { since: -60 * 24 * 3 },
      'teastore-recommender': { since: -60 * 24 * 5, pods: [{ containers: { 'teastore-recommender': { state: { running: { startedAt: T.iso(-60 * 24 * 4 - 2) } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 5), finishedAt: T.iso(-60 * 24 * 4 - 2.1), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }] },
    },
    logs: {
      'teastore-persistence#0/teastore-persistence': persLog,
      'teastore-auth#0/teastore-auth': authLog,
      'teastore-webui#0/teastore-webui': webLog,
      'teastore-db#0/teastore-db': dbLog,
      'teastore-recommender#0/teastore-recommender/previous': recPrev,
    },
  },
];
