// Batch s39a (blind dev): one TeaStore incident for the scenario kit, on the kit system scripts/kit-systems/teastore.mjs.
// A liveness probe added to teastore-persistence that queries the database with a 1 s timeout kills it under evening load.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter as `catalina.sh run` prints it: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const tc = (T, min, level, thread, where, msg) => {
  const j = T.java(min); // yyyy-MM-dd HH:mm:ss.SSS
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${level} [${thread}] ${where} ${msg}`;
};
// MariaDB 10.4 error log: yyyy-mm-dd hh:mm:ss <thread> [Level] message
const maria = (T, min, thr, level, msg) => `${T.java(min).slice(0, 19)} ${thr} [${level}] ${msg}`;

const tomcatBoot = (T, min, app, ms) => [
  tc(T, min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  tc(T, min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.16+8'),
  tc(T, min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(T, min + 0.02, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  tc(T, min + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`),
  tc(T, min + ms / 60000 - 0.01, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${app}.war] has finished in [${ms - 900}] ms`),
  tc(T, min + ms / 60000, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(T, min + ms / 60000, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${ms}] milliseconds`),
];
const tomcatStop = (T, min, app) => [
  tc(T, min, 'INFO', 'Thread-4', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]'),
  tc(T, min, 'INFO', 'Thread-4', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
  tc(T, min + 0.01, 'WARNING', 'Thread-4', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads', `The web application [${app}] appears to have started a thread named [Timer-0] but has failed to stop it. This is very likely to create a memory leak.`),
  tc(T, min + 0.02, 'INFO', 'Thread-4', 'org.apache.coyote.AbstractProtocol.stop', 'Stopping ProtocolHandler ["http-nio-8080"]'),
  tc(T, min + 0.02, 'INFO', 'Thread-4', 'org.apache.coyote.AbstractProtocol.destroy', 'Destroying ProtocolHandler ["http-nio-8080"]'),
];

const PERSIST_PROBE = {
  httpGet: { path: '/tools.descartes.teastore.persistence/rest/categories', port: 8080, scheme: 'HTTP' },
  initialDelaySeconds: 90,
  timeoutSeconds: 1,
  periodSeconds: 10,
  successThreshold: 1,
  failureThreshold: 3,
};

const s1 = (() => {
  const incidentTime = '2026-05-12T19:40:00Z';
  const T = clock(incidentTime);
  const W1 = 'tea-worker-1', W2 = 'tea-worker-2', W3 = 'tea-worker-3';
  const pin = (node, extra = {}) => ({ pods: [{ node, ...extra }] });
  const killed = (n, start, fin) => ({ exitCode: 143, reason: 'Error', startedAt: T.iso(start), finishedAt: T.iso(fin) });
  const webuiErr = (min, thread, servlet, exc) => [
    tc(T, min, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`),
    `jakarta.ws.rs.ProcessingException: ${exc}`,
    '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)',
    '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:297)',
    '\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntities(NonBalancedCRUDOperations.java:137)',
    '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.lambda$getEntities$3(LoadBalancedCRUDOperations.java:128)',
    '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:254)',
    `\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:61)`,
  ];
  const webuiLog = [
    ...tomcatBoot(T, -60 * 24 * 3 - 30, 'tools.descartes.teastore.webui', 21544),
  ];
  // errors start at ~19:14 (first probe kills), bursts around each persistence restart
  const bursts = [-26.5, -26.2, -19.8, -19.5, -19.1, -13.0, -12.7, -7.4, -7.1, -6.8, -2.6, -2.3, -1.9, -1.2];
  bursts.forEach((m, i) => {
    const exc = i % 3 === 2 ? 'java.net.ConnectException: Connection refused' : 'java.net.SocketTimeoutException: Read timed out';
    const servlet = ['CategoryServlet', 'ProductServlet', 'IndexServlet', 'CartActionServlet'][i % 4];
    webuiLog.push(...webuiErr(m, `http-nio-8080-exec-${11 + (i * 7) % 40}`, servlet, exc));
  });

  const persistPrev = (podStart, killAt, port) => [
    ...tomcatBoot(T, podStart, 'tools.descartes.teastore.persistence', 52310),
    tc(T, podStart + 0.9, 'INFO', 'main', 'org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence.info', 'EclipseLink, version: Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a'),
    tc(T, killAt - 0.3, 'WARNING', 'http-nio-8080-exec-9', 'org.apache.catalina.connector.CoyoteAdapter.checkRecycled', 'Encountered a non-recycled request and recycled it forcedly.'),
    ...tomcatStop(T, killAt, 'tools.descartes.teastore.persistence'),
  ];
  void 0;

  return {
    folder: 's39a-persistence-liveness-db-probe',
    description: 'teastore webui super slow, category + product pages erroring on and off since ~19:15',
    incidentTime,
    expected: { component: 'persistence', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'persistence', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      TeaStore as examples/kubernetes/teastore-clusterip.yaml deploys it (no probes, no resources upstream). Deviation, the fault:
      yesterday (revision 4, about 26 h before) the team added a livenessProbe to teastore-persistence on the REST resource
      /tools.descartes.teastore.persistence/rest/categories with timeoutSeconds 1, periodSeconds 10, failureThreshold 3
      (initialDelaySeconds 90) and scaled it to 2 replicas. That endpoint does an EclipseLink query against teastore-db, so at
      the evening peak (load on the webui from ~19:10) it answers in more than a second: the kubelet reports "Liveness probe
      failed ... context deadline exceeded (Client.Timeout exceeded while awaiting headers)" and restarts the container (SIGTERM,
      exit 143, Tomcat's orderly shutdown in the previous logs), the restart takes ~50 s of Tomcat/EclipseLink start-up, the
      other replica gets all the load and fails its probe in turn. The pods alternate between Ready and not; the 1 s timeout
      on a database-backed endpoint used as liveness is the well-known anti-pattern (liveness probes that check dependencies /
      too-short timeouts, Kubernetes docs "Configure Liveness, Readiness and Startup Probes", many public post-mortems).
      Callers: the webui logs Jersey HttpUrlConnector "Read timed out" and "Connection refused" (louder), MariaDB logs "Aborted
      connection ... (Got an error reading communication packets)" when a persistence JVM is killed mid-query.
      Decoys: a healthy teastore-auth rollout earlier the same afternoon and an old webui restart three days ago.
      Expected: probe-failure on persistence; the rollout that added the probe is also accepted as the cause (rolling it back
      stops the restarts), although the new version ran healthily for a day before the load came.`,
    workloads: {
      'teastore-db': pin(W1),
      'teastore-registry': pin(W2),
      'teastore-persistence': {
        replicas: 2,
        containers: { 'teastore-persistence': { livenessProbe: PERSIST_PROBE } },
        rollout: { at: -60 * 26, revision: 4, oldContainers: { 'teastore-persistence': { livenessProbe: undefined } } },
        pods: [
          {
            node: W2,
            ready: false,
            readyTransition: T.iso(-2.6),
            containers: {
              'teastore-persistence': cs.restartedRunning({ restarts: 4, startedAt: T.iso(-2.5), ready: false, last: killed(6, -8.9, -2.55) }),
            },
          },
          {
            node: W3,
            readyTransition: T.iso(-5.6),
            containers: {
              'teastore-persistence': cs.restartedRunning({ restarts: 3, startedAt: T.iso(-6.5), last: killed(5, -13.4, -6.55) }),
            },
          },
        ],
      },
      'teastore-auth': { rollout: { at: -60 * 4.5, revision: 6 }, pods: [{ node: W1 }] },
      'teastore-image': pin(W3),
      'teastore-recommender': pin(W1),
      'teastore-webui': {
        pods: [
          {
            node: W2,
            containers: {
              'teastore-webui': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 30), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 30.2) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:teastore-persistence#0', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:8080/tools.descartes.teastore.persistence/rest/categories": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -26.8, last: -2.7, count: 11, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', type: 'Normal', reason: 'Killing', message: 'Container teastore-persistence failed liveness probe, will be restarted', first: -26.4, last: -2.6, count: 4, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', type: 'Normal', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence:latest" in 812ms (812ms including waiting). Image size: 283114752 bytes.', first: -2.5, last: -2.5, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', type: 'Normal', reason: 'Started', message: 'Started container teastore-persistence', first: -26.2, last: -2.5, count: 4, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#1', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:8080/tools.descartes.teastore.persistence/rest/categories": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -20.2, last: -6.7, count: 7, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#1', type: 'Normal', reason: 'Killing', message: 'Container teastore-persistence failed liveness probe, will be restarted', first: -19.9, last: -6.6, count: 3, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#1', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:8080/tools.descartes.teastore.persistence/rest/categories": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)', first: -0.6, last: -0.3, count: 2, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -60 * 4.5, last: -60 * 4.5 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -60 * 4.5 + 1.1, last: -60 * 4.5 + 1.1 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        ...tomcatBoot(T, -2.5, 'tools.descartes.teastore.persistence', 49870),
        tc(T, -1.6, 'INFO', 'main', 'org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence.info', 'EclipseLink, version: Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a'),
      ],
      'teastore-persistence#0/teastore-persistence/previous': persistPrev(-8.9, -2.6),
      'teastore-persistence#1/teastore-persistence': [
        ...tomcatBoot(T, -6.5, 'tools.descartes.teastore.persistence', 51022),
        tc(T, -5.6, 'INFO', 'main', 'org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence.info', 'EclipseLink, version: Eclipse Persistence Services - 2.7.4.v20190115-ad5b7c6b2a'),
      ],
      'teastore-persistence#1/teastore-persistence/previous': persistPrev(-13.4, -6.6),
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-db#0/teastore-db': [
        maria(T, -60 * 24 * 9, 0, 'Note', 'mysqld: ready for connections.'),
        "Version: '10.4.12-MariaDB-1:10.4.12+maria~bionic'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
        ...[-26.4, -19.9, -13.0, -6.6, -2.6].flatMap((m, i) => [
          maria(T, m + 0.01, 48211 + i * 37, 'Warning', `Aborted connection ${48211 + i * 37} to db: 'teadb' user: 'teauser' host: '%IPOF:teastore-persistence#${i % 2}%' (Got an error reading communication packets)`),
          maria(T, m + 0.01, 48212 + i * 37, 'Warning', `Aborted connection ${48212 + i * 37} to db: 'teadb' user: 'teauser' host: '%IPOF:teastore-persistence#${i % 2}%' (Got an error reading communication packets)`),
        ]),
      ],
      'teastore-auth#0/teastore-auth': tomcatBoot(T, -60 * 4.5 + 0.5, 'tools.descartes.teastore.auth', 18430),
    },
  };
})();

export const scenarios = [s1];
