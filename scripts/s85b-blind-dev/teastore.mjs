// Blind dev batch s85b: one TeaStore scenario (teastore-db dependency-down), built by scripts/s85b-build.mjs
// with the kit system definition scripts/kit-systems/teastore.mjs.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const IT = '2026-05-12T09:41:00Z';
const T = clock(IT);
const tj = (m) => T.java(m).replace(' ', 'T').slice(0, 19);
const pers = [];
for (let m = -40; m < -1; m += 3) pers.push(`${T.java(m)} INFO  [http-nio-8080-exec-${(m + 100) % 9 + 1}] t.d.t.persistence.rest.CategoryEndpoint - GET /tools.descartes.teastore.persistence/rest/categories 200`);
pers.sort();
const webui = [];
for (let m = -23; m < -1; m += 2.5) {
  webui.push(`${T.java(m)} ERROR [http-nio-8080-exec-${Math.round(m + 30) % 10 + 1}] t.d.t.webui.servlet.OrderServlet - Order could not be placed`);
  webui.push(`javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out`);
  webui.push(`\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:287)`);
  webui.push(`\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.placeOrder(LoadBalancedStoreOperations.java:176)`);
}
const mariadb = [
  `${T.java(-60 * 24 * 9).slice(0, 19)} 0 [Note] mysqld (mysqld 10.4.12-MariaDB-1:10.4.12+maria~bionic) starting as process 1 ...`,
  `${T.java(-60 * 24 * 9 + 0.1).slice(0, 19)} 0 [Note] InnoDB: Buffer pool(s) load completed`,
  `${T.java(-60 * 24 * 9 + 0.1).slice(0, 19)} 0 [Note] mysqld: ready for connections.`,
  `Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
  `${T.java(-60 * 24 * 2).slice(0, 19)} 312 [Warning] Aborted connection 312 to db: 'teadb' user: 'teauser' host: '10.244.2.77' (Got an error reading communication packets)`,
];
export const scenarios = [
  {
    folder: 's85b-teadb-lock-tables-by-backup',
    description: 'checkout on the tea store just spins and errors since about 9:15, browsing + login still fine',
    incidentTime: IT,
    expected: { component: 'teastore-db', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'teastore-db', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      TeaStore as deployed from examples/kubernetes/teastore-clusterip.yaml (5ab1188): teastore-db (MariaDB 10.4 image
      descartesresearch/teastore-db, no probes, so always Ready) behind teastore-persistence (EclipseLink JPA over JDBC).
      Fault: an ad-hoc backup run from a debug pod at ~09:14 with \`mysqldump --lock-tables teadb\` (LOCK TABLES ... READ on
      every table, MariaDB KB "mysqldump" / "LOCK TABLES") whose output pipe to a stalled \`gsutil cp\` blocked, so the dump never
      finished and never released its table locks. Reads keep working (categories, products, login), every INSERT into
      PERSISTENCEORDER waits "Waiting for table level lock" for MariaDB's default lock_wait_timeout of one year (so no error at all); the webui's Jersey client
      times out (Read timed out) and logs OrderServlet errors, which is the loud part. MariaDB itself logs nothing new: its
      log stays quiet; persistence logs only its successful reads, its order threads are simply blocked. MariaDB's log shows the start nine days ago and a stale "Aborted connection" warning (decoy). The debug pod is outside the
      namespace snapshot. Deviation from upstream: log lines condensed; the Jersey line shapes follow their public
      formats, the webui class names follow the TeaStore sources (OrderServlet, LoadBalancedStoreOperations).
    `,
    workloads: {
      'teastore-webui': { since: -60 * 24 * 3 },
    },
    logs: {
      'teastore-persistence#0/teastore-persistence': pers,
      'teastore-webui#0/teastore-webui': webui,
      'teastore-db#0/teastore-db': mariadb,
      'teastore-auth#0/teastore-auth': [`${T.java(-12)} INFO  [http-nio-8080-exec-3] t.d.t.auth.rest.AuthUserActionsRest - login user=user2 ok`, `${T.java(-4)} INFO  [http-nio-8080-exec-7] t.d.t.auth.rest.AuthUserActionsRest - login user=user17 ok`],
    },
  },
];
void tj;
