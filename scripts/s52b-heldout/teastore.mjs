// Batch s52b held-out scenario for TeaStore (split: test), written blind; built by scripts/s52b-build.mjs with the
// kit system definition scripts/kit-systems/teastore.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const TI = '2026-05-21T14:35:00Z';
const T = clock(TI);
// Tomcat/JUL one-line format of the TeaStore images and EclipseLink's own log lines.
const jul = (min, level, cls, method, msg) => {
  const d = new Date(Date.parse(TI) + min * 60000);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}-${mon}-${d.getUTCFullYear()} ${T.java(min).slice(11)} ${level} [http-nio-8080-exec-${(Math.floor(-min * 7) % 10) + 1}] ${cls}.${method} ${msg}`;
};
const el = (min, msg) => `[EL Warning]: ${T.java(min)}--UnitOfWork(${1730000000 + Math.floor(-min * 97)})--${msg}`;
const CATS = [2, 3, 4, 5, 6];

function persistenceLogs() {
  const out = [];
  out.push(`[EL Info]: ${T.java(-60 * 24 * 6)}--ServerSession(1022308509)--EclipseLink, version: Eclipse Persistence Services - 4.0.2.v202306161219`);
  out.push(`[EL Info]: connection: ${T.java(-60 * 24 * 6 + 0.01)}--ServerSession(1022308509)--/file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence login successful`);
  // first failures: established pool connections broken when the database pod went away
  out.push(el(-25.8, `Communication failure detected when attempting to perform read query outside of a transaction. Attempting to retry query. Error was: Exception [EclipseLink-4002] (Eclipse Persistence Services - 4.0.2.v202306161219): org.eclipse.persistence.exceptions.DatabaseException`));
  out.push('Internal Exception: com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: Communications link failure');
  out.push('');
  out.push('The last packet successfully received from the server was 41,318 milliseconds ago.  The last packet sent successfully to the server was 0 milliseconds ago.');
  out.push('Error Code: 0');
  for (let m = -25.7; m < -0.3; m += 2.2) {
    out.push(el(m, 'Exception [EclipseLink-4002] (Eclipse Persistence Services - 4.0.2.v202306161219): org.eclipse.persistence.exceptions.DatabaseException'));
    out.push('Internal Exception: com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: Communications link failure');
    out.push('');
    out.push('The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.');
    out.push('Error Code: 0');
    out.push(`Call: SELECT ID, DESCRIPTION, NAME FROM PERSISTENCECATEGORY ORDER BY ID`);
    out.push('Query: ReadAllQuery(referenceClass=PersistenceCategory sql="SELECT ID, DESCRIPTION, NAME FROM PERSISTENCECATEGORY ORDER BY ID")');
    out.push(jul(m + 0.001, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve', 'invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception [org.eclipse.persistence.exceptions.DatabaseException'));
    out.push('Internal Exception: com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: Communications link failure');
    out.push('Caused by: java.net.ConnectException: Connection refused (Connection refused)] with root cause');
    out.push('java.net.ConnectException: Connection refused (Connection refused)');
    out.push('\tat java.base/sun.nio.ch.Net.connect0(Native Method)');
    out.push('\tat java.base/java.net.Socket.connect(Socket.java:633)');
    out.push('\tat com.mysql.jdbc.StandardSocketFactory.connect(StandardSocketFactory.java:211)');
    out.push('\tat com.mysql.jdbc.MysqlIO.<init>(MysqlIO.java:300)');
  }
  return out;
}

function webuiLogs() {
  const out = [];
  let k = 0;
  for (let m = -40; m < -26; m += 3) out.push(jul(m, 'INFO', 'tools.descartes.teastore.registryclient.rest.HttpWrapper', 'wrap', `GET http://teastore-persistence:8080/tools.descartes.teastore.persistence/rest/categories?start=-1&max=-1 200`));
  for (let m = -25.5; m < -0.3; m += 1.9) {
    k++;
    out.push(jul(m, 'WARNING', 'tools.descartes.teastore.registryclient.rest.ResponseWrapper', 'wrap', `Request to teastore-persistence returned 500 Internal Server Error (GET /tools.descartes.teastore.persistence/rest/${k % 2 ? 'categories?start=-1&max=-1' : `products/category/${CATS[k % 5]}?start=0&max=20`})`));
    out.push(jul(m + 0.001, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve', 'invoke', `Servlet.service() for servlet [${k % 2 ? 'IndexServlet' : 'CategoryServlet'}] in context with path [/tools.descartes.teastore.webui] threw exception`));
    out.push('jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error');
    out.push('\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:41)');
    out.push('\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:167)');
  }
  return out;
}

export const scenarios = [
  {
    folder: 's52b-teastore-db-scaled-to-zero',
    description: 'teastore shows the error page on every category since about 14:10, login broken too',
    incidentTime: TI,
    expected: { component: 'teastore-db', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'teastore-db', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression'],
    grounding: `
      TeaStore examples/kubernetes/teastore-clusterip.yaml: teastore-db (descartesresearch/teastore-db, MariaDB on 3306)
      is a one-replica Deployment behind a ClusterIP Service selecting run=teastore-db; teastore-persistence reaches it
      through DB_HOST=teastore-db, DB_PORT=3306 with EclipseLink and the com.mysql.jdbc.Driver of its persistence.xml.
      At 14:09 the Deployment was scaled to 0 replicas with kubectl by an engineer who believed his context was the
      staging cluster (a classic wrong-kubeconfig-context mistake; the deployment controller's ScalingReplicaSet event
      and the Deployment's spec.replicas 0 record it). The Service keeps no endpoints, kube-proxy rejects connections
      to its ClusterIP, persistence's pooled connections break (CommunicationsException, Communications link failure)
      and new ones are refused; persistence answers 500 to every category, product and login query, and the webui
      renders its error page. persistence and webui pods stay Running and Ready (TeaStore sets no probes).
    `,
    workloads: {
      'teastore-db': {
        replicas: 0,
        pods: [],
        endpointsChanged: -26,
        deployStatus: {
          observedGeneration: 5,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "%RSNAME%" has successfully progressed.' },
          ],
        },
      },
    },
    events: [
      { on: 'deploy:teastore-db', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-db-%NEW% to 0 from 1', first: -26.1, last: -26.1 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': persistenceLogs(),
      'teastore-webui#0/teastore-webui': webuiLogs(),
    },
  },
];
