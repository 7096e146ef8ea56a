// s18 held-out scenario (split: test) for TeaStore, written blind: a manifest migration re-applies the teastore-db Service
// with a selector its (healthy, Ready) pod does not carry, so the Service has no endpoints. Built by scripts/s18-build-h.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const I = '2026-04-21T15:50:00Z';
const T = clock(I);
const CHANGE = -17;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] source message
const tc = (min, lvl, thread, src, msg) => {
  const j = T.java(min);
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${lvl} [${thread}] ${src} ${msg}`;
};
const el = (min, kind, session) =>
  `[EL ${kind}]: ${kind === 'Severe' ? 'ejb: ' : ''}${T.java(min)}--${session}--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.12.v20230209-e5c4074ef3): org.eclipse.persistence.exceptions.DatabaseException\nInternal Exception: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=teastore-db)(port=3306)(type=master) : Socket fail to connect to host:teastore-db, port:3306. Connection refused\nError Code: -1`;

const startup = (min, app) => [
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/9.0.89'),
  tc(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.05, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`),
  tc(min + 0.25, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${app}.war] has finished in [11,214] ms`),
  tc(min + 0.26, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.26, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [11,603] milliseconds'),
];

const persistenceLog = [
  ...startup(CHANGE + 0.6, 'tools.descartes.teastore.persistence'),
  tc(CHANGE + 0.9, 'INFO', 'RegistryClient', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered service PERSISTENCE at teastore-persistence:8080'),
];
let s = 0;
for (let m = CHANGE + 1.1; m < 0; m += 0.35, s++) {
  persistenceLog.push(el(m, 'Severe', `ServerSession(${1523554304 + (s % 3)})`));
  if (s % 4 === 0) persistenceLog.push(tc(m + 0.001, 'SEVERE', `http-nio-8080-exec-${1 + (s % 10)}`, 'org.glassfish.jersey.server.ServerRuntime$Responder.writeResponse', 'An I/O error has occurred while writing a response message entity to the container output stream.'));
}

const webuiLog = [];
const servlets = [['CategoryServlet', '/category'], ['ProductServlet', '/product'], ['IndexServlet', '/'], ['LoginActionServlet', '/loginAction']];
for (let m = -45, i = 0; m < 0; m += 0.45, i++) {
  const [sv] = servlets[i % servlets.length];
  if (m < CHANGE + 0.2) {
    if (i % 10 === 0) webuiLog.push(tc(m, 'INFO', `http-nio-8080-exec-${1 + (i % 25)}`, 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.updateLoadBalancersForServiceUsingRegistry', 'Updated load balancer for PERSISTENCE: 1 instance(s)'));
    continue;
  }
  webuiLog.push(tc(m, 'SEVERE', `http-nio-8080-exec-${1 + (i % 25)}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${sv}] in context with path [/tools.descartes.teastore.webui] threw exception\njakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error\n\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:960)\n\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:32)\n\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:171)`));
}

const authLog = [];
for (let m = CHANGE + 1.5, i = 0; m < 0; m += 1.6, i++) authLog.push(tc(m, 'WARNING', `http-nio-8080-exec-${1 + (i % 10)}`, 'tools.descartes.teastore.auth.rest.AuthUserActionsRest.login', `Login failed for user${1 + ((i * 17) % 90)}: persistence returned HTTP 500 Internal Server Error`));

const recommenderLog = [];
for (let m = -44, i = 0; m < 0; m += 4.2, i++) recommenderLog.push(tc(m, 'INFO', `http-nio-8080-exec-${1 + (i % 10)}`, 'tools.descartes.teastore.recommender.algorithm.AbstractRecommender.recommend', 'Recommending 3 items based on cached training data (SlopeOne).'));

const DBS = T.java(-60 * 24 * 9 - 35.5).slice(0, 19);
const dbLog = [
  `${DBS} 0 [Note] Starting MariaDB 10.11.7-MariaDB-1:10.11.7+maria~ubu2204 source revision 87e13722a95af5d9378d990caf48cb6874439347 as process 1`,
  `${DBS} 0 [Note] InnoDB: Buffer pool(s) load completed at ${DBS.slice(2, 4)}${DBS.slice(5, 7)}${DBS.slice(8, 10)} ${DBS.slice(11)}`,
  `${DBS} 0 [Note] mariadbd: ready for connections.`,
  "Version: '10.11.7-MariaDB-1:10.11.7+maria~ubu2204'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
  `${T.java(CHANGE + 0.5).slice(0, 19)} 812 [Warning] Aborted connection 812 to db: 'teadb' user: 'teauser' host: '10.244.2.37' (Got an error reading communication packets)`,
  `${T.java(CHANGE + 0.5).slice(0, 19)} 813 [Warning] Aborted connection 813 to db: 'teadb' user: 'teauser' host: '10.244.2.37' (Got an error reading communication packets)`,
];

export const scenarios = [
  {
    folder: 's18-db-service-selector-relabel',
    split: 'test',
    description: 'teastore throws error pages on category pages and login since ~15:30, whole shop basically down',
    incidentTime: I,
    expected: { component: 'teastore-db', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'teastore-db', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      TeaStore teastore-clusterip.yaml (DescartesResearch/TeaStore at 5ab1188): teastore-db is a MariaDB Deployment behind
      Service teastore-db:3306 (upstream selects run: teastore-db); persistence reaches it through DB_HOST/DB_PORT and every other
      service (webui, auth, recommender) reads entities through persistence's REST API, so a database outage surfaces as
      HTTP 500 from persistence in webui (Jersey InternalServerErrorException) and failed logins in auth.
      Incident: a migration of the TeaStore manifests to kustomize with app.kubernetes.io labels re-applies the teastore-db
      Service with selector app.kubernetes.io/name=teastore-db, app.kubernetes.io/part-of=teastore; the Deployment keeps its
      immutable old selector, so the pod (Running, Ready, no restarts) no longer matches and the Endpoints are empty. The same
      apply rolls persistence (decoy: the new pod is Running and Ready, same image) and its fresh connections are refused by
      the kube-proxy reject rule for a Service without endpoints: the MariaDB Connector/J "Could not connect to
      address=(host=teastore-db)(port=3306)(type=master) ... Connection refused" wrapped by EclipseLink (EclipseLink-4002).
      MariaDB itself only logs the aborted connections of the old persistence pod. Deviations: the kustomize labels are
      invented; Tomcat, EclipseLink and TeaStore log wording approximated (OneLineFormatter, EL log format).
    `,
    workloads: {
      'teastore-db': {
        serviceSelector: { 'app.kubernetes.io/name': 'teastore-db', 'app.kubernetes.io/part-of': 'teastore' },
        endpointsChanged: CHANGE,
        since: -60 * 24 * 9 - 36,
      },
      'teastore-persistence': {
        patch: { podAnnotations: { 'kubectl.kubernetes.io/last-applied-by': 'kustomize' } },
        rollout: { at: CHANGE, revision: 5, oldReplicas: 0 },
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: CHANGE },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: CHANGE + 0.5 },
      { on: 'pod:teastore-persistence#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: CHANGE + 0.4 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-persistence"', fieldPath: 'spec.containers{teastore-persistence}', first: CHANGE + 0.4 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 1.102s (1.102s including waiting). Image size: 254317840 bytes.', fieldPath: 'spec.containers{teastore-persistence}', first: CHANGE + 0.45 },
      { on: 'pod:teastore-persistence#0', reason: 'Created', message: 'Created container teastore-persistence', fieldPath: 'spec.containers{teastore-persistence}', first: CHANGE + 0.45 },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', fieldPath: 'spec.containers{teastore-persistence}', first: CHANGE + 0.5 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': persistenceLog,
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-auth#0/teastore-auth': authLog,
      'teastore-recommender#0/teastore-recommender': recommenderLog,
      'teastore-db#0/teastore-db': dbLog,
    },
  },
];
