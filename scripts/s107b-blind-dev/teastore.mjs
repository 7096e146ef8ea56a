// Blind dev batch s107b: one TeaStore scenario (persistence's EclipseLink cache deadlocked, pod Ready, every caller times out),
// built by scripts/s107b-build.mjs with the kit system scripts/kit-systems/teastore.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const incidentTime = '2026-05-15T19:50:00Z';
const T = clock(incidentTime);
const jul = (min, lvl, thread, cls, msg) => `${(() => { const d = new Date(T.isoMs(min)); return `${String(d.getUTCDate()).padStart(2, '0')}-${d.toUTCString().slice(8, 11)}-${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)}`; })()} ${lvl} [${thread}] ${cls} ${msg}`;
const stuck = (min, n) => `[EL Severe]: ${T.java(min)}--ServerSession(1338276214)--Thread(Thread[http-nio-8080-exec-${n},5,main])--ConcurrencyManager - stuck thread problem: unique tiny message id: [2] The concurrency manager: ConcurrencyManager{activeThread=Thread[http-nio-8080-exec-3,5,main], depth=1, numberOfReaders=0, numberOfWritersWaiting=${n}, lockedByMergeManager=false} is blocking: Thread[http-nio-8080-exec-${n},5,main] The thread has been waiting for: ${Math.round(-min * 60000 - 1000000)} ms`;
const pers = [jul(-60 * 24 * 8, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [41872] milliseconds')];
for (let m = -22; m < -0.5; m += 3) pers.push(stuck(m, 10 + Math.round(-m)));
const clientErr = (min, svc, path) => [
  jul(min, 'SEVERE', `http-nio-8080-exec-${Math.round(-min) + 2}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${svc}] in context with path [/tools.descartes.teastore.${svc}] threw exception`),
  'jakarta.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)',
  `\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrCheckEntity(RestUtil.java:61)`,
  `\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:${path})`,
];
const web = [jul(-40, 'INFO', 'http-nio-8080-exec-4', 'tools.descartes.teastore.webui.servlet.IndexServlet.handle', 'GET /tools.descartes.teastore.webui/ 200')];
for (let m = -21; m < -0.5; m += 2) web.push(...clientErr(m, 'webui', 127), 'Caused by: java.net.SocketTimeoutException: Read timed out', '\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)');
const auth = [];
for (let m = -20; m < -0.5; m += 4) auth.push(...clientErr(m, 'auth', 98));
const rec = [jul(-60 * 24 * 8, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, ready for recommendation.')];
for (let m = -18; m < -0.5; m += 6) rec.push(jul(m, 'WARNING', 'pool-1-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Persistence did not answer in time, retrying retrieval of orders.'));
export const scenarios = [
  {
    folder: 's107b-persistence-eclipselink-deadlock',
    incidentTime,
    description: 'teastore webui super slow / 500 for ~20 min, login also times out. image + auth pods look healthy. db is fine per DBA',
    expected: { component: 'persistence', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'persistence', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'partial-name', 'time-expression'],
    grounding: `
      Fault: the persistence service's EclipseLink shared cache deadlocks under concurrent merges of the same Order/OrderItem
      objects (EclipseLink bug family "ConcurrencyManager deadlock", see eclipse-ee4j/eclipselink issues on stuck threads and
      the eclipselink.concurrency.manager.* diagnostics added in 2.7.9, which print "stuck thread problem" as here). Every
      Tomcat thread that touches the cache waits forever; Tomcat is up, the process is alive, the pod has no probe upstream and
      stays Ready, teastore-db answers. Callers are louder: webui and auth get Jersey "Read timed out" from the
      LoadBalancedCRUDOperations client, the recommender fails to retrain.
      Manifest facts (teastore-clusterip.yaml 5ab1188): persistence is the only service with DB_HOST=teastore-db; webui, auth,
      image and recommender reach it through the registry client. Deviation: the EclipseLink diagnostics property is assumed
      enabled in the image (it is off by default).
    `,
    events: [],
    logs: {
      'teastore-persistence#0/teastore-persistence': pers,
      'teastore-webui#0/teastore-webui': web,
      'teastore-auth#0/teastore-auth': auth,
      'teastore-recommender#0/teastore-recommender': rec,
      'teastore-image#0/teastore-image': [jul(-60 * 24 * 8, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9120] milliseconds')],
      'teastore-db#0/teastore-db': [`${T.java(-60 * 24 * 8).slice(0, 19)} 0 [Note] mysqld: ready for connections.`, "Version: '10.4.34-MariaDB-1:10.4.34+maria~ubu2004'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution"],
    },
  },
];
