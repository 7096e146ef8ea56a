// Blind dev batch s95b: TeaStore scenario (teastore-db left read_only after a backup window; writes refused, reads fine).
// Spec module for scripts/s95b-build.mjs over the kit system scripts/kit-systems/teastore.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-05-12T09:41:00Z';
const T = clock(INC);
const tc = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const M = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; return `${String(d.getUTCDate()).padStart(2,'0')}-${M}-${d.getUTCFullYear()} ${T.java(min).slice(11)}`; };
const el = (min) => T.java(min);

const roErr = (min, uow) => [
  `[EL Warning]: ${el(min)}--UnitOfWork(${uow})--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException`,
  'Internal Exception: java.sql.SQLException: The MariaDB server is running with the --read-only option so it cannot execute this statement',
  'Error Code: 1290',
  'Call: INSERT INTO PERSISTENCEORDER (ADDRESS1, ADDRESS2, ADDRESSNAME, CREDITCARDCOMPANY, CREDITCARDEXPIRYDATE, CREDITCARDNUMBER, TIME, TOTALPRICECENTS, USER_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  '\tbind => [9 parameters bound]',
  'Query: InsertObjectQuery(tools.descartes.teastore.persistence.domain.PersistenceOrder@6f1c2a9e)',
];

const persistenceLog = [
  `${tc(-60 * 24 * 9 + 0.4)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [14211] milliseconds`,
  `${tc(-60 * 24 * 9 + 0.5)} INFO [pool-2-thread-1] tools.descartes.teastore.registryclient.RegistryClient.register Registered teastore-persistence:8080 at the registry`,
  `${tc(-48)} INFO [http-nio-8080-exec-3] tools.descartes.teastore.persistence.daemons.InitialDataGenerationDaemon.run Database already populated, skipping generation`,
  ...roErr(-25.6, '1843021117'),
  `${tc(-25.6)} SEVERE [http-nio-8080-exec-9] tools.descartes.teastore.persistence.rest.OrderEndpoint.create Error creating order for user 58: javax.persistence.RollbackException: Exception [EclipseLink-4002]`,
  ...roErr(-21.2, '2017745012'),
  `${tc(-21.2)} SEVERE [http-nio-8080-exec-4] tools.descartes.teastore.persistence.rest.OrderEndpoint.create Error creating order for user 12: javax.persistence.RollbackException: Exception [EclipseLink-4002]`,
  ...roErr(-14.9, '931200478'),
  `${tc(-14.9)} SEVERE [http-nio-8080-exec-1] tools.descartes.teastore.persistence.rest.OrderEndpoint.create Error creating order for user 77: javax.persistence.RollbackException: Exception [EclipseLink-4002]`,
  ...roErr(-6.3, '1520933411'),
  `${tc(-6.3)} SEVERE [http-nio-8080-exec-6] tools.descartes.teastore.persistence.rest.OrderEndpoint.create Error creating order for user 3: javax.persistence.RollbackException: Exception [EclipseLink-4002]`,
  ...roErr(-1.8, '774019362'),
  `${tc(-1.8)} SEVERE [http-nio-8080-exec-2] tools.descartes.teastore.persistence.rest.OrderEndpoint.create Error creating order for user 41: javax.persistence.RollbackException: Exception [EclipseLink-4002]`,
];

const authLog = [
  `${tc(-60 * 24 * 9 + 0.6)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [9870] milliseconds`,
  ...[-25.6, -21.2, -14.9, -6.3, -1.8].flatMap((m, i) => [
    `${tc(m + 0.01)} SEVERE [http-nio-8080-exec-${i + 2}] tools.descartes.teastore.auth.rest.AuthCartRest.placeOrder Placing order failed`,
    'javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
    '\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)',
    '\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.sendEntity(NonBalancedCRUDOperations.java:63)',
    '\tat tools.descartes.teastore.auth.rest.AuthCartRest.placeOrder(AuthCartRest.java:164)',
  ]),
];

const webuiLog = [
  `${tc(-60 * 24 * 9 + 0.7)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [11203] milliseconds`,
  ...[-25.6, -21.2, -14.9, -6.3, -1.8].flatMap((m, i) => [
    `${tc(m + 0.02)} SEVERE [http-nio-8080-exec-${i + 5}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.OrderServlet] in context with path [/tools.descartes.teastore.webui] threw exception`,
    'tools.descartes.teastore.registryclient.rest.InternalServerErrorException: HTTP 500 Internal Server Error',
    '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.placeOrder(LoadBalancedStoreOperations.java:219)',
    '\tat tools.descartes.teastore.webui.servlet.OrderServlet.handlePOSTRequest(OrderServlet.java:97)',
  ]),
];

const dbLog = [
  `${T.java(-60 * 24 * 9 + 0.2).slice(0, 19)} 0 [Note] mysqld: ready for connections.`,
  "Version: '10.5.19-MariaDB-1:10.5.19+maria~ubu2004'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
  `${T.java(-60 * 24 + 3).slice(0, 19)} 412 [Warning] Aborted connection 412 to db: 'teadb' user: 'teauser' host: '10.244.2.31' (Got an error reading communication packets)`,
  `${T.java(-37).slice(0, 19)} 5117 [Warning] Aborted connection 5117 to db: 'unconnected' user: 'root' host: 'localhost' (Got an error reading communication packets)`,
];

export const scenarios = [
  {
    folder: 's95b-teastore-db-read-only-after-backup',
    incidentTime: INC,
    description: 'tea shop: placing an order shows the error page since ~9:15. browsing + login + cart still work fine',
    expected: { component: 'teastore-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'teastore-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'time-expression', 'decoy'],
    grounding: `
      Fault: the DBA's pre-backup step \`SET GLOBAL read_only=ON\` (taken at 09:00 for a mariabackup copy, from a runbook) was
      never reverted. MariaDB keeps accepting connections and serving SELECTs; every write by a user without SUPER/READ_ONLY ADMIN
      (teastore-persistence connects as teauser) fails with ER_OPTION_PREVENTS_STATEMENT, error 1290 "The MariaDB server is running
      with the --read-only option so it cannot execute this statement" (MariaDB/MySQL server error reference). SET GLOBAL is not
      logged by mysqld, so teastore-db's log only shows old noise (aborted connections, including the DBA's root session at -37 min).
      Browsing, login and cart (session-only) keep working; placing an order (webui OrderServlet -> auth placeOrder -> persistence
      POST orders) fails, so persistence, auth and webui log 500s, webui loudest. No pod restarts; all pods Ready.
      Manifest facts (teastore-clusterip.yaml): persistence reads DB_HOST=teastore-db, DB_PORT=3306; images :latest without
      probes. Deviations: persistence/auth/webui log text is written in Tomcat/JUL and EclipseLink formats but the exact class
      and line numbers are approximated; MariaDB version 10.5 assumed for the teastore-db image.
      Decoy: teastore-recommender OOMKilled three days ago (restartCount 1), unrelated.
    `,
    workloads: {
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
    },
    events: [],
    logs: {
      'teastore-db#0/teastore-db': dbLog,
      'teastore-persistence#0/teastore-persistence': persistenceLog,
      'teastore-auth#0/teastore-auth': authLog,
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-recommender#0/teastore-recommender': [
        `${tc(-60 * 24 * 3 + 0.4)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [12842] milliseconds`,
        `${tc(-60 * 24 * 3 + 1)} INFO [pool-1-thread-1] tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain Finished training, ready for recommendation.`,
      ],
    },
  },
];
