// Batch s81a (blind dev): TeaStore, one scenario — kube-proxy moved to IPVS mode over the weekend; IPVS forgets idle flows after
// 900 s, so persistence's pooled JDBC connections to teastore-db are reset on first use after the quiet night (network-fault).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const INC = '2026-03-23T07:26:00Z';
const T = clock(INC);
const EL = 'Eclipse Persistence Services - 2.7.10.v20211216-fe64cd39c3';
const tc = (min, lvl, thread, cls, msg) => {
  const x = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][x.getUTCMonth()];
  const ms = T.java(min).slice(11);
  return `${String(x.getUTCDate()).padStart(2, '0')}-${mon}-${x.getUTCFullYear()} ${ms} ${lvl} [${thread}] ${cls} ${msg}`;
};
const elTs = (min) => T.java(min);

const CALLS = {
  cat: ['SELECT ID, DESCRIPTION, NAME FROM PERSISTENCECATEGORY', 'ReadAllQuery(referenceClass=PersistenceCategory sql="SELECT ID, DESCRIPTION, NAME FROM PERSISTENCECATEGORY")'],
  prod: ['SELECT ID, CATEGORY_ID, DESCRIPTION, LISTPRICEINCENTS, NAME FROM PERSISTENCEPRODUCT WHERE (CATEGORY_ID = ?) LIMIT ? OFFSET ?', 'ReadAllQuery(referenceClass=PersistenceProduct sql="SELECT ID, CATEGORY_ID, DESCRIPTION, LISTPRICEINCENTS, NAME FROM PERSISTENCEPRODUCT WHERE (CATEGORY_ID = ?) LIMIT ? OFFSET ?")'],
  user: ['SELECT ID, EMAIL, PASSWORD, REALNAME, USERNAME FROM PERSISTENCEUSER WHERE (USERNAME = ?)', 'ReadObjectQuery(referenceClass=PersistenceUser sql="SELECT ID, EMAIL, PASSWORD, REALNAME, USERNAME FROM PERSISTENCEUSER WHERE (USERNAME = ?)")'],
  order: ['INSERT INTO PERSISTENCEORDER (ID, ADDRESS1, ADDRESS2, ADDRESSNAME, CREDITCARDCOMPANY, CREDITCARDEXPIRYDATE, CREDITCARDNUMBER, TIME, TOTALPRICEINCENTS, USER_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', 'InsertObjectQuery(tools.descartes.teastore.persistence.domain.PersistenceOrder@5d1a7f3e)'],
};
const elErr = (min, uow, conn, kind) => [
  `[EL Warning]: ${elTs(min)}--UnitOfWork(${uow})--Exception [EclipseLink-4002] (${EL}): org.eclipse.persistence.exceptions.DatabaseException`,
  `Internal Exception: java.sql.SQLNonTransientConnectionException: (conn=${conn}) Connection reset`,
  'Error Code: -1',
  `Call: ${CALLS[kind][0]}`,
  '\tbind => [3 parameters bound]',
  `Query: ${CALLS[kind][1]}`,
];
const elRetry = (min, conn) =>
  `[EL Info]: ${elTs(min)}--Communication failure detected when attempting to perform read query outside of a transaction. Attempting to retry query. Error was: Exception [EclipseLink-4002] (${EL}): org.eclipse.persistence.exceptions.DatabaseException\nInternal Exception: java.sql.SQLNonTransientConnectionException: (conn=${conn}) Connection reset\nError Code: -1`;

const start = -60 * 24 * 9;
const persistenceLog = [
  tc(start + 0.2, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.1.34'),
  tc(start + 0.2, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           17.0.13+11'),
  tc(start + 0.3, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(start + 0.4, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war]'),
  `[EL Info]: ${elTs(start + 0.6)}--ServerSession(1318180415)--${EL} started`,
  `[EL Info]: connection: ${elTs(start + 0.62)}--ServerSession(1318180415)--/file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence login successful`,
  tc(start + 0.7, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war] has finished in [9,412] ms'),
  tc(start + 0.71, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(start + 0.72, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9603] milliseconds'),
];
// Morning ramp-up: each pooled connection idle since the evening is reset on first use; reads are retried once by EclipseLink,
// writes inside a transaction and reads that hit a second dead connection fail with a 500.
const morning = [
  [-27.6, 3184, 'cat', 'retry'], [-27.5, 3187, 'prod', 'fail'], [-25.9, 3190, 'cat', 'retry'], [-24.1, 3191, 'user', 'fail'],
  [-22.8, 3195, 'prod', 'retry'], [-21.3, 3196, 'order', 'fail'], [-19.7, 3199, 'prod', 'fail'], [-17.2, 3202, 'cat', 'retry'],
  [-15.8, 3204, 'prod', 'retry'], [-13.9, 3205, 'prod', 'fail'], [-11.1, 3209, 'order', 'fail'], [-9.4, 3210, 'cat', 'retry'],
  [-7.2, 3213, 'prod', 'fail'], [-4.6, 3215, 'user', 'retry'], [-2.3, 3217, 'prod', 'fail'],
];
let uow = 1893375022;
for (const [m, conn, kind, what] of morning) {
  if (what === 'retry') persistenceLog.push(elRetry(m, conn));
  else persistenceLog.push(...elErr(m, (uow += 7919), conn, kind));
}

const SERVLET = { cat: 'CategoryServlet', prod: 'CategoryServlet', user: 'LoginActionServlet', order: 'CartActionServlet' };
const webuiLog = [
  tc(start + 0.2, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.1.34'),
  tc(start + 0.8, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [11284] milliseconds'),
];
for (const [m, , kind, what] of morning) {
  if (what !== 'fail') continue;
  webuiLog.push(
    tc(m + 0.01, 'SEVERE', `http-nio-8080-exec-${(Math.abs(m * 10) | 0) % 25 + 1}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.${SERVLET[kind]}] in context with path [/tools.descartes.teastore.webui] threw exception`),
    'jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
    '\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:960)',
    '\tat org.glassfish.jersey.client.JerseyInvocation.translate(JerseyInvocation.java:784)',
    '\tat org.glassfish.jersey.client.JerseyInvocation.lambda$invoke$1(JerseyInvocation.java:682)',
    '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.lambda$getEntities$5(LoadBalancedCRUDOperations.java:196)',
    '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:245)',
    `\tat tools.descartes.teastore.webui.servlet.${SERVLET[kind]}.handleGETRequest(${SERVLET[kind]}.java:73)`,
    '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:211)',
    '\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:564)',
  );
}

const dbLog = [
  `${T.java(start + 0.1).slice(0, 19)} 0 [Note] Starting MariaDB 10.11.10-MariaDB-ubu2204 source revision 3d0fb150289716ca75cd64d62823cf715ee47646 as process 1`,
  `${T.java(start + 0.1).slice(0, 19)} 0 [Note] InnoDB: Compressed tables use zlib 1.2.11`,
  `${T.java(start + 0.12).slice(0, 19)} 0 [Note] InnoDB: Buffer pool(s) load completed at ${T.java(start + 0.12).slice(2, 19).replace(/-/g, '').replace(' ', ' ')}`,
  `${T.java(start + 0.12).slice(0, 19)} 0 [Note] Server socket created on IP: '0.0.0.0'.`,
  `${T.java(start + 0.12).slice(0, 19)} 0 [Note] mariadbd: ready for connections.`,
  "Version: '10.11.10-MariaDB-ubu2204'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
];

export const scenarios = [
  {
    folder: 's81a-ipvs-idle-jdbc-reset',
    incidentTime: INC,
    description: 'teastore: random 500s on category / product pages and some failed orders since ~7am, a refresh mostly fixes it. nothing deployed by shop-core this morning',
    expected: { component: 'teastore-db', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'persistence', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188): teastore-persistence reaches MariaDB through the
      teastore-db ClusterIP Service (DB_HOST=teastore-db, DB_PORT=3306) with an EclipseLink connection pool; the webui reads categories, products, users and
      writes orders through persistence (REST, via the registry's load balancer). Nodes are kubeadm workers (SOURCES.md).
      Fault (public reports: kubernetes/kubernetes#80298 "service sockets get disconnected if there is no traffic", cloudnativelabs/kube-router#521,
      kubernetes/kubernetes#84041 adding --ipvs-tcp-timeout, kops#6889): over the weekend the platform team switched kube-proxy (kube-system ConfigMap
      kube-proxy, mode: ipvs) to IPVS mode. IPVS expires an idle TCP entry after 900 s and signals nothing; Linux keepalive starts at 7200 s. The pool's
      connections sat idle through the quiet night; on first use this morning the client's mid-stream packet to the VIP matches no IPVS entry and the node
      answers RST, so MariaDB Connector/J reports "Connection reset". EclipseLink retries a read outside a transaction once on a fresh connection (the
      "Communication failure detected ... Attempting to retry query" lines), while writes and reads that draw a second stale connection fail with 500.
      Every pod stays Running and Ready; MariaDB sees nothing (its side of each connection is only closed at wait_timeout); the webui is the loud one.
      Nothing of kube-proxy is in the namespace snapshot. Deviations: log text of Tomcat 10.1 / Jersey 3 (jakarta) images, MariaDB 10.11; the
      in-cluster SQL column lists follow TeaStore's entity classes as read, not verified byte for byte. Decoy: teastore-image OOMKilled three days ago.
    `,
    workloads: {
      'teastore-image': {
        pods: [
          {
            containers: {
              'teastore-image': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 + 0.2),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) },
              }),
            },
          },
        ],
      },
    },
    logs: {
      'teastore-persistence#0/teastore-persistence': persistenceLog,
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-db#0/teastore-db': dbLog,
    },
  },
];
