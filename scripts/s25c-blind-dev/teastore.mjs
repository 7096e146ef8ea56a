// Blind dev scenario of batch s25c for TeaStore (kit system scripts/kit-systems/teastore.mjs): persistence scaled from 1 to
// 6 replicas for a sale, their EclipseLink pools outgrow MariaDB's 151 max_connections on teastore-db.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const T = clock('2026-05-19T14:31:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat JULI OneLineFormatter: "19-May-2026 14:03:11.482 SEVERE [thread] logger.method message".
const tc = (min, lvl, thread, src, msg) => {
  const [d, t] = T.java(min).split(' ');
  const [Y, M, D] = d.split('-');
  return `${D}-${MON[Number(M) - 1]}-${Y} ${t} ${lvl} [${thread}] ${src} ${msg}`;
};
const tomcatBoot = (min, name) => [
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.1.24'),
  tc(min + 0.05, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${name}.war]`),
  tc(min + 0.2, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${name}.war] has finished in [8,913] ms`),
  tc(min + 0.2, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.2, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9104] milliseconds'),
];
const elFail = (min, session) => [
  `[EL Severe]: ${T.java(min)}--ServerSession(${session})--Exception [EclipseLink-4002] (Eclipse Persistence Services - 4.0.2.v202306161219): org.eclipse.persistence.exceptions.DatabaseException`,
  'Internal Exception: java.sql.SQLNonTransientConnectionException: Data source rejected establishment of connection,  message from server: "Too many connections"',
  'Error Code: 1040',
];
const persistErr = (min, thread, session, endpoint) => [
  ...elFail(min, session),
  tc(min + 0.0003, 'SEVERE', thread, 'org.glassfish.jersey.server.ServerRuntime$Responder.writeResponse', 'An I/O error has occurred while writing a response message entity to the container output stream.'),
  `jakarta.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 4.0.2.v202306161219): org.eclipse.persistence.exceptions.DatabaseException`,
  'Internal Exception: java.sql.SQLNonTransientConnectionException: Data source rejected establishment of connection,  message from server: "Too many connections"',
  'Error Code: 1040',
  '\tat org.eclipse.persistence.internal.jpa.EntityManagerSetupImpl.deploy(EntityManagerSetupImpl.java:853)',
  '\tat org.eclipse.persistence.internal.jpa.EntityManagerFactoryDelegate.getAbstractSession(EntityManagerFactoryDelegate.java:222)',
  '\tat org.eclipse.persistence.internal.jpa.EntityManagerFactoryDelegate.createEntityManagerImpl(EntityManagerFactoryDelegate.java:330)',
  '\tat tools.descartes.teastore.persistence.repository.AbstractPersistenceRepository.getEM(AbstractPersistenceRepository.java:52)',
  `\tat tools.descartes.teastore.persistence.rest.${endpoint}`,
];
const webErr = (min, thread, servlet) => [
  tc(min, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`),
  'jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
  '\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:960)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.translate(JerseyInvocation.java:767)',
  '\tat tools.descartes.teastore.registryclient.util.RESTClient.readThroughCheckedEntities(RESTClient.java:189)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.lambda$getEntities$3(LoadBalancedCRUDOperations.java:142)',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:262)',
  `\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:63)`,
];
const sc = (min) => min; // readability

export const scenarios = [
  {
    folder: 's25c-teastore-db-too-many-connections',
    incidentTime: '2026-05-19T14:31:00Z',
    description: 'teastore flaky - category/product pages error out roughly every other click since 14:10',
    expected: { component: 'teastore-db', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'persistence', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      TeaStore (examples/kubernetes/teastore-clusterip.yaml; persistence's persistence.xml uses com.mysql.jdbc.Driver against
      jdbc:mysql://teastore-db:3306/teadb through EclipseLink, whose default internal pool grows to 32 connections per
      instance). teastore-db is MariaDB with its default max_connections of 151 and no probes upstream. For a sale the team
      scaled teastore-persistence from 1 to 6 replicas at 13:49 (kubectl scale; the deployment-controller's
      ScalingReplicaSet event). Once traffic grew the pools (6 x 32 > 151) the server refused further logins with error
      1040: the three newest persistence pods log EclipseLink-4002 "Data source rejected establishment of connection,
      message from server: \\"Too many connections\\"" (Connector/J's real text) and answer 500, so webui, which
      round-robins persistence instances through the registry, fails on about half its product and category pages with
      Jersey's "InternalServerErrorException: HTTP 500". MariaDB does not log refused connections at its default verbosity,
      so teastore-db is Running, Ready and quiet; every pod stays Ready (TeaStore has no probes). The scale-up is the
      trigger but the exhausted resource is the database's connection slots. Decoys: a healthy teastore-auth rollout
      restart two hours before, image pulls of the new persistence pods.
    `,
    workloads: {
      'teastore-persistence': {
        replicas: 6,
        pods: [
          { node: 'tea-worker-1' },
          ...[1, 2, 3, 4, 5].map((i) => ({ created: T.iso(-42 + i * 0.05), node: ['tea-worker-2', 'tea-worker-3', 'tea-worker-1', 'tea-worker-2', 'tea-worker-3'][i - 1] })),
        ],
      },
      'teastore-auth': { rollout: { at: -121, revision: 3 } },
    },
    events: [
      { on: 'deploy:teastore-persistence', source: 'deployment-controller', reason: 'ScalingReplicaSet', first: -42, message: 'Scaled up replica set teastore-persistence-%NEW% from 1 to 6' },
      ...[1, 2, 3, 4, 5].flatMap((i) => [
        { on: `pod:teastore-persistence#${i}`, source: 'default-scheduler', reason: 'Scheduled', first: -42 + i * 0.05, message: `Successfully assigned teastore/%POD% to %NODE%` },
        { on: `pod:teastore-persistence#${i}`, reason: 'Pulled', first: -41.6 + i * 0.05, message: `Successfully pulled image "descartesresearch/teastore-persistence" in ${(1.2 + i * 0.31).toFixed(3)}s (${(1.2 + i * 0.31).toFixed(3)}s including waiting). Image size: 254917734 bytes.`, fieldPath: 'spec.containers{teastore-persistence}' },
        { on: `pod:teastore-persistence#${i}`, reason: 'Started', first: -41.5 + i * 0.05, message: 'Started container teastore-persistence', fieldPath: 'spec.containers{teastore-persistence}' },
      ]),
      { on: 'deploy:teastore-auth', source: 'deployment-controller', reason: 'ScalingReplicaSet', first: -121, message: 'Scaled up replica set teastore-auth-%NEW% from 0 to 1' },
      { on: 'deploy:teastore-auth', source: 'deployment-controller', reason: 'ScalingReplicaSet', first: -120.5, message: 'Scaled down replica set teastore-auth-%OLD% from 1 to 0' },
    ],
    logs: {
      'teastore-db#0/teastore-db': [
        `${T.java(-60 * 24 * 9).slice(0, 19)} 0 [Note] Starting MariaDB 10.11.8-MariaDB-ubu2204 source revision 3a069644682e336e445039e48baae9693f9a08ee as process 1`,
        `${T.java(-60 * 24 * 9).slice(0, 19)} 0 [Note] InnoDB: Compressed tables use zlib 1.2.11`,
        `${T.java(-60 * 24 * 9 + 0.05).slice(0, 19)} 0 [Note] Server socket created on IP: '0.0.0.0'.`,
        `${T.java(-60 * 24 * 9 + 0.05).slice(0, 19)} 0 [Note] mariadbd: ready for connections.`,
        "Version: '10.11.8-MariaDB-ubu2204'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
        `${T.java(-60 * 24 * 2 - 311).slice(0, 19)} 1873 [Warning] Aborted connection 1873 to db: 'teadb' user: 'teauser' host: '10.244.1.37' (Got an error reading communication packets)`,
      ],
      'teastore-persistence#0/teastore-persistence': [
        ...tomcatBoot(-60 * 24 * 9, 'persistence'),
        tc(-60 * 24 * 9 + 0.4, 'INFO', 'http-nio-8080-exec-1', 'tools.descartes.teastore.persistence.repository.EMFManager.createPersistencePropertiesFromJavaEnv', 'Setting jdbc url to "jdbc:mysql://teastore-db:3306/teadb".'),
      ],
      'teastore-persistence#1/teastore-persistence': [...tomcatBoot(-41.4, 'persistence')],
      'teastore-persistence#3/teastore-persistence': [
        ...tomcatBoot(-41.3, 'persistence'),
        ...persistErr(-21.2, 'http-nio-8080-exec-4', 1735507635, 'ProductEndpoint.listAll(ProductEndpoint.java:97)'),
        ...persistErr(-14.8, 'http-nio-8080-exec-9', 1735507635, 'CategoryEndpoint.listAll(CategoryEndpoint.java:81)'),
        ...persistErr(-6.1, 'http-nio-8080-exec-2', 1735507635, 'ProductEndpoint.listAll(ProductEndpoint.java:97)'),
        ...persistErr(-0.7, 'http-nio-8080-exec-11', 1735507635, 'ProductEndpoint.findById(ProductEndpoint.java:121)'),
      ],
      'teastore-persistence#4/teastore-persistence': [
        ...tomcatBoot(-41.2, 'persistence'),
        ...persistErr(-20.4, 'http-nio-8080-exec-1', 402198531, 'CategoryEndpoint.listAll(CategoryEndpoint.java:81)'),
        ...persistErr(-9.9, 'http-nio-8080-exec-6', 402198531, 'ProductEndpoint.listAll(ProductEndpoint.java:97)'),
        ...persistErr(-2.2, 'http-nio-8080-exec-3', 402198531, 'ProductEndpoint.listAll(ProductEndpoint.java:97)'),
      ],
      'teastore-persistence#5/teastore-persistence': [
        ...tomcatBoot(-41.2, 'persistence'),
        ...persistErr(-19.7, 'http-nio-8080-exec-2', 1198722377, 'ProductEndpoint.listAll(ProductEndpoint.java:97)'),
        ...persistErr(-11.3, 'http-nio-8080-exec-5', 1198722377, 'ProductEndpoint.findById(ProductEndpoint.java:121)'),
        ...persistErr(-1.4, 'http-nio-8080-exec-8', 1198722377, 'CategoryEndpoint.listAll(CategoryEndpoint.java:81)'),
      ],
      'teastore-webui#0/teastore-webui': [
        ...tomcatBoot(-60 * 24 * 9, 'webui'),
        ...[[-21.2, 'CategoryServlet'], [-20.4, 'CategoryServlet'], [-19.7, 'ProductServlet'], [-14.8, 'IndexServlet'], [-11.3, 'ProductServlet'], [-9.9, 'CategoryServlet'], [-6.1, 'CategoryServlet'], [-2.2, 'CategoryServlet'], [-1.4, 'IndexServlet'], [-0.7, 'ProductServlet']]
          .flatMap(([m, s], i) => webErr(sc(m) + 0.0008, `http-nio-8080-exec-${(i % 12) + 1}`, s)),
      ],
      'teastore-auth#0/teastore-auth': [...tomcatBoot(-120.8, 'auth')],
    },
  },
];
