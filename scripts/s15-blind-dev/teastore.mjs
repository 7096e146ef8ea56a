// s15 blind dev scenario for TeaStore: a spec for the kit (scripts/s2-scenario-kit.mjs) on the kit system definition
// scripts/kit-systems/teastore.mjs; built by scripts/s15-build-blind-dev.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const range = (from, to, step) => {
  const out = [];
  for (let m = from; m < to; m += step) out.push(Math.round(m * 100) / 100);
  return out;
};
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Tomcat 10 console (OneLineFormatter) time: 14-Sep-2026 09:21:33.118 */
const tc = (T, m) => {
  const j = T.java(m); // YYYY-MM-DD hh:mm:ss.mmm
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)}`;
};
const WAR = (svc) => `/usr/local/tomcat/webapps/tools.descartes.teastore.${svc}.war`;
const tomcatStart = (T, s, svc) => [
  `${tc(T, s)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/10.0.27`,
  `${tc(T, s)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log JVM Version:           11.0.16+8`,
  `${tc(T, s + 0.01)} INFO [main] org.apache.coyote.AbstractProtocol.init Initializing ProtocolHandler ["http-nio-8080"]`,
  `${tc(T, s + 0.02)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [${WAR(svc)}]`,
  `${tc(T, s + 0.16)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [${WAR(svc)}] has finished in [8,412] ms`,
  `${tc(T, s + 0.17)} INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]`,
  `${tc(T, s + 0.17)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [9106] milliseconds`,
];

const T = clock('2026-09-14T13:41:00Z');
const ROLL = -31;
const base = system.workloads.find((w) => w.name === 'teastore-persistence').containers[0];
const newEnv = base.env.map((e) => (e.name === 'DB_HOST' ? { ...e, value: 'teastore-mariadb' } : e));

const persistenceLogs = () => {
  const s = ROLL + 0.6;
  const L = [...tomcatStart(T, s, 'persistence')];
  L.push(
    `[main] INFO tools.descartes.teastore.registryclient.RegistryClient - Registering teastore-persistence with registry at http://teastore-registry:8080/tools.descartes.teastore.registry/rest/services/`,
  );
  const el = (m) => [
    `[EL Severe]: ${T.java(m).slice(0, 21)}--ServerSession(1329552164)--Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException`,
    'Internal Exception: com.mysql.jdbc.exceptions.jdbc4.CommunicationsException: Communications link failure',
    '',
    'The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.',
    'Error Code: 0',
  ];
  L.push(...el(s + 0.2));
  L.push(
    `${tc(T, s + 0.21)} WARNING [main] tools.descartes.teastore.persistence.daemons.InitialDataGenerationDaemon.contextInitialized Database not reachable while checking for initial data: Communications link failure`,
  );
  L.push('Caused by: java.net.UnknownHostException: teastore-mariadb: Name or service not known');
  L.push('\tat java.base/java.net.Inet4AddressImpl.lookupAllHostAddr(Native Method)');
  L.push('\tat java.base/java.net.InetAddress$PlatformNameService.lookupAllHostAddr(InetAddress.java:929)');
  L.push('\tat com.mysql.jdbc.StandardSocketFactory.connect(StandardSocketFactory.java:188)');
  L.push('\tat com.mysql.jdbc.MysqlIO.<init>(MysqlIO.java:301)');
  let n = 0;
  for (const m of range(ROLL + 1.2, -0.2, 0.8)) {
    n++;
    L.push(...el(m));
    L.push(
      `${tc(T, m + 0.01)} SEVERE [http-nio-8080-exec-${(n % 10) + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.persistence] threw exception [jakarta.persistence.PersistenceException: Exception [EclipseLink-4002] (Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a): org.eclipse.persistence.exceptions.DatabaseException`,
    );
  }
  return L;
};
const webuiLogs = () => {
  const L = [...tomcatStart(T, -60 * 24 * 9 + 0.3, 'webui')];
  let n = 0;
  for (const m of range(-55, -0.2, 0.8)) {
    n++;
    if (m < ROLL + 1.2) continue;
    const servlet = ['CategoryServlet', 'ProductServlet', 'LoginActionServlet', 'IndexServlet'][n % 4];
    L.push(
      `${tc(T, m + 0.02)} SEVERE [http-nio-8080-exec-${(n % 10) + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`,
    );
    if (servlet === 'LoginActionServlet') {
      L.push('jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error');
      L.push(
        `\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:42)`,
      );
      L.push(
        `\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:214)`,
      );
    } else {
      L.push(`jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error`);
      L.push(
        `\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:42)`,
      );
      L.push(
        `\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:131)`,
      );
      L.push(`\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:71)`);
    }
  }
  return L;
};
const authLogs = () => {
  const L = [...tomcatStart(T, -60 * 24 * 9 + 0.3, 'auth')];
  let n = 0;
  for (const m of range(ROLL + 1.4, -0.2, 3.2)) {
    n++;
    L.push(
      `${tc(T, m)} SEVERE [http-nio-8080-exec-${(n % 10) + 1}] org.glassfish.jersey.server.ServerRuntime$Responder.writeResponse An I/O error has occurred while writing a response message entity to the container output stream.`,
    );
    L.push(`jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error`);
    L.push(
      `\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntityWithProperty(NonBalancedCRUDOperations.java:178)`,
    );
    L.push(`\tat tools.descartes.teastore.auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:101)`);
  }
  return L;
};
const imageLogs = () => [
  ...tomcatStart(T, -60 * 24 * 9 + 0.3, 'image'),
  `[main] INFO tools.descartes.teastore.image.setup.SetupController - Image provider setup finished. 1130 images cached.`,
  `[pool-4-thread-1] INFO tools.descartes.teastore.image.cache.AbstractCache - Cache size 8,4 MB of 20,0 MB used.`,
];
const recommenderLogs = () => [
  ...tomcatStart(T, -60 * 24 * 3 + 0.3, 'recommender'),
  `[pool-1-thread-1] INFO tools.descartes.teastore.recommender.servlet.TrainingSynchronizer - Trained recommender with 2014 orders in 1843 ms.`,
];

const spec = {
  folder: 's15-persistence-db-host-typo',
  description:
    'TeaStore shop shows the error page on category + product pages and login fails, since 13:10 or so. front end team says webui logs are full of 500s from "something downstream"',
  incidentTime: '2026-09-14T13:41:00Z',
  expected: { component: 'persistence', cause: 'config-error' },
  alsoAcceptable: [{ component: 'persistence', cause: 'bad-deploy-rollout' }],
  difficulty: 'medium',
  traits: ['pods-ready', 'decoy', 'team-name', 'time-expression'],
  grounding: `
    Manifest facts (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188): teastore-persistence gets
    DB_HOST=teastore-db and DB_PORT=3306 as env, which the dockerbase start.sh writes into Tomcat's context.xml for EclipseLink
    (Connector/J 5.1); no container has a probe, so every pod is Ready once it runs. webui, auth, image and recommender reach
    persistence through the registry's load balancer (pod IPs) and get its HTTP 500s as InternalServerErrorException. The
    fault is a setting change, the kind the Kubernetes docs' "kubectl set env" example makes: persistence's DB_HOST was set to
    teastore-mariadb (the Service name planned for a MariaDB migration that does not exist yet), producing revision 4 at 13:10.
    Every EclipseLink query then fails with EclipseLink-4002 CommunicationsException caused by UnknownHostException; teastore-db
    itself is healthy and idle. The rollout is the delivery vehicle, so bad-deploy-rollout on persistence is also accepted.
    Decoy: teastore-recommender restarted three days ago (exit 255) and is fine since. Deviations: upstream runs one replica of
    each and so does this snapshot; log wording of InitialDataGenerationDaemon and the stack frames' line numbers are
    approximations of TeaStore 1.4.x; slf4j-simple lines carry no timestamp, as upstream prints them.`,
  workloads: {
    'teastore-persistence': {
      rollout: { at: ROLL, revision: 4, oldContainers: { 'teastore-persistence': { env: base.env } } },
      containers: { 'teastore-persistence': { env: newEnv } },
    },
    'teastore-recommender': {
      pods: [
        {
          containers: {
            'teastore-recommender': cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 3 + 0.3),
              last: {
                exitCode: 255,
                reason: 'Error',
                startedAt: T.iso(-60 * 24 * 9),
                finishedAt: T.iso(-60 * 24 * 3),
              },
            }),
          },
        },
      ],
    },
  },
  events: [
    {
      on: 'deploy:teastore-persistence',
      reason: 'ScalingReplicaSet',
      message: 'Scaled up replica set teastore-persistence-%NEW% to 1',
      first: ROLL,
    },
    {
      on: 'deploy:teastore-persistence',
      reason: 'ScalingReplicaSet',
      message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1',
      first: ROLL + 0.4,
    },
    {
      on: 'pod:teastore-persistence#0',
      reason: 'Scheduled',
      source: 'default-scheduler',
      message: 'Successfully assigned teastore/%POD% to %NODE%',
      first: ROLL + 0.5,
    },
    {
      on: 'pod:teastore-persistence#0',
      reason: 'Pulling',
      fieldPath: 'spec.containers{teastore-persistence}',
      message: 'Pulling image "descartesresearch/teastore-persistence"',
      first: ROLL + 0.52,
    },
    {
      on: 'pod:teastore-persistence#0',
      reason: 'Pulled',
      fieldPath: 'spec.containers{teastore-persistence}',
      message:
        'Successfully pulled image "descartesresearch/teastore-persistence" in 1.103s (1.103s including waiting). Image size: 265981337 bytes.',
      first: ROLL + 0.55,
    },
    {
      on: 'pod:teastore-persistence#0',
      reason: 'Created',
      fieldPath: 'spec.containers{teastore-persistence}',
      message: 'Created container teastore-persistence',
      first: ROLL + 0.56,
    },
    {
      on: 'pod:teastore-persistence#0',
      reason: 'Started',
      fieldPath: 'spec.containers{teastore-persistence}',
      message: 'Started container teastore-persistence',
      first: ROLL + 0.57,
    },
  ],
  logs: {
    'teastore-persistence#0/teastore-persistence': persistenceLogs(),
    'teastore-webui#0/teastore-webui': webuiLogs(),
    'teastore-auth#0/teastore-auth': authLogs(),
    'teastore-image#0/teastore-image': imageLogs(),
    'teastore-recommender#0/teastore-recommender': recommenderLogs(),
    'teastore-db#0/teastore-db': [
      `${T.java(-60 * 24 * 9 + 0.2)} 0 [Note] mysqld: ready for connections.`,
      `Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution`,
      `${T.java(-60 * 24 * 2)} 112 [Warning] Aborted connection 112 to db: 'teadb' user: 'teauser' host: '10.244.2.37' (Got an error reading communication packets)`,
    ],
  },
};

export const scenarios = [spec];
