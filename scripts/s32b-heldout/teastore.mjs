// Batch s32b held-out scenario for TeaStore (split: test), written blind on the kit system definition
// scripts/kit-systems/teastore.mjs; expanded by scripts/s32b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

// Expected answer fixed before generation: persistence / probe-failure (persistence / crash-loop also accepted).
const INC = '2026-04-20T07:58:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min) => {
  const p = T.java(min); // YYYY-MM-DD hh:mm:ss.mmm
  return `${p.slice(8, 10)}-${MON[Number(p.slice(5, 7)) - 1]}-${p.slice(0, 4)} ${p.slice(11)}`;
};
const PROBE_PATH = '/tools.descartes.teastore.persistence/rest/categories?start=-1&max=-1';
const livenessProbe = {
  httpGet: { path: PROBE_PATH, port: 8080, scheme: 'HTTP' },
  initialDelaySeconds: 45,
  timeoutSeconds: 1,
  periodSeconds: 10,
  successThreshold: 1,
  failureThreshold: 3,
};

const tomcatStart = (m, war, ms) => [
  `${tc(m)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/8.5.24`,
  `${tc(m + 0.01)} INFO [main] org.apache.coyote.AbstractProtocol.init Initializing ProtocolHandler ["http-nio-8080"]`,
  `${tc(m + 0.02)} INFO [main] org.apache.catalina.startup.Catalina.load Initialization processed in 893 ms`,
  `${tc(m + 0.03)} INFO [main] org.apache.catalina.core.StandardService.startInternal Starting service [Catalina]`,
  `${tc(m + 0.04)} INFO [localhost-startStop-1] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/${war}.war]`,
  `${tc(m + ms / 60000)} INFO [localhost-startStop-1] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/usr/local/tomcat/webapps/${war}.war] has finished in [${ms - 900}] ms`,
  `${tc(m + ms / 60000 + 0.01)} INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]`,
  `${tc(m + ms / 60000 + 0.02)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in ${ms} ms`,
];
const tomcatStop = (m) => [
  `${tc(m)} INFO [Thread-5] org.apache.coyote.AbstractProtocol.pause Pausing ProtocolHandler ["http-nio-8080"]`,
  `${tc(m + 0.01)} INFO [Thread-5] org.apache.catalina.core.StandardService.stopInternal Stopping service [Catalina]`,
  `${tc(m + 0.02)} WARNING [localhost-startStop-2] org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads The web application [tools.descartes.teastore.persistence] appears to have started a thread named [pool-2-thread-1] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:`,
  ' sun.misc.Unsafe.park(Native Method)',
  ' java.util.concurrent.locks.LockSupport.park(LockSupport.java:175)',
  `${tc(m + 0.03)} INFO [Thread-5] org.apache.coyote.AbstractProtocol.stop Stopping ProtocolHandler ["http-nio-8080"]`,
];

// persistence: previous container ran 07:51:40..07:56:22, killed by the kubelet; current started 07:56:30.
const persistencePrev = [
  ...tomcatStart(-6.3, 'tools.descartes.teastore.persistence', 21840),
  ...tomcatStop(-1.63),
];
const persistenceCur = [
  ...tomcatStart(-1.5, 'tools.descartes.teastore.persistence', 23110),
];

const servletErr = (m, servlet, cause) => [
  `${tc(m)} SEVERE [http-nio-8080-exec-${7 + (Math.round(m * 10) % 30 + 30) % 30}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`,
  `javax.ws.rs.ProcessingException: ${cause}`,
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:284)',
  '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:278)',
  '\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntities(NonBalancedCRUDOperations.java:152)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.lambda$getEntities$4(LoadBalancedCRUDOperations.java:124)',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:261)',
  `Caused by: ${cause}`,
];
const webuiLog = [];
for (let m = -24; m < 0; m += 0.45) {
  const restarting = (m > -5.5 && m < -5.1) || (m > -1.6 && m < -1.1) || (m > -10.5 && m < -10.0) || (m > -15.2 && m < -14.7) || (m > -19.9 && m < -19.4);
  const cause = restarting
    ? 'java.net.ConnectException: Connection refused (Connection refused)'
    : 'java.net.SocketTimeoutException: Read timed out';
  const servlet = ['CategoryServlet', 'ProductServlet', 'CartServlet', 'IndexServlet'][Math.abs(Math.round(m * 7)) % 4];
  webuiLog.push(...servletErr(m, servlet, cause));
}
const dbLog = [
  `${T.java(-60 * 24 * 6).slice(0, 19)} 0 [Note] mysqld: ready for connections.`,
  "Version: '10.3.34-MariaDB-1:10.3.34+maria~focal'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
];

export const scenarios = [
  {
    folder: 's32b-webui-slow-category-pages',
    split: 'test',
    description: 'teastore shop really slow, category pages error out half the time since ~07:35',
    incidentTime: INC,
    expected: { component: 'persistence', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'persistence', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188: the Tomcat services (image :latest, pull
      Always, no probes, no resources upstream) find persistence through the registry and call its JAX-RS API over Jersey.
      Deviation / fault: four days earlier the team added a liveness probe to teastore-persistence on a real query endpoint
      (/rest/categories?start=-1&max=-1) with the default timeoutSeconds of 1 s. Under the Monday-morning load the endpoint's
      latency goes past one second (database round trips and EclipseLink under concurrent requests), three probes in a row time out,
      the kubelet kills Tomcat (exit 143 after SIGTERM) and restarts it; Tomcat needs ~22 s to redeploy the persistence WAR, and the
      cycle repeats every 4-5 minutes (the kubelet's "Liveness probe failed ... context deadline exceeded (Client.Timeout exceeded
      while awaiting headers)" and "failed liveness probe, will be restarted" events; an aggressive liveness probe restarting a
      service under load is a classic post-mortem pattern). webui's servlets fail with Jersey ProcessingException: Read timed out
      while persistence is slow and Connection refused while it restarts. teastore-db is healthy.
      Decoys: a recommender restart two days ago and an image rollout the evening before, both healthy.`,
    workloads: {
      'teastore-persistence': {
        endpointsChanged: -1.5,
        since: -60 * 24 * 4,
        patch: { revision: 4 },
        containers: { 'teastore-persistence': { livenessProbe } },
        pods: [
          {
            containers: {
              'teastore-persistence': cs.restartedRunning({
                restarts: 6,
                startedAt: T.iso(-1.5),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-6.3), finishedAt: T.iso(-1.6) },
              }),
            },
          },
        ],
      },
      'teastore-recommender': {
        pods: [
          {
            containers: {
              'teastore-recommender': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 49),
                last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.3) },
              }),
            },
          },
        ],
      },
      'teastore-image': { rollout: { at: -60 * 11, revision: 5, oldReplicas: 0, oldContainers: { 'teastore-image': { env: [{ name: 'HOST_NAME', value: 'teastore-image' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }, { name: 'USE_POD_IP', value: 'false' }] } } } },
    },
    events: [
      { on: 'pod:teastore-persistence#0', type: 'Warning', reason: 'Unhealthy', message: `Liveness probe failed: Get "http://%PODIP%:8080${PROBE_PATH}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, first: -24.5, last: -1.7, count: 19, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Killing', message: 'Container teastore-persistence failed liveness probe, will be restarted', first: -24.2, last: -1.65, count: 6, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-persistence"', first: -24.1, last: -1.6, count: 7, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 812ms (812ms including waiting). Image size: 289014211 bytes.', first: -24.0, last: -1.55, count: 6, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Created', message: 'Created container teastore-persistence', first: -24.0, last: -1.52, count: 6, fieldPath: 'spec.containers{teastore-persistence}' },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', first: -24.0, last: -1.5, count: 6, fieldPath: 'spec.containers{teastore-persistence}' },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence/previous': persistencePrev,
      'teastore-persistence#0/teastore-persistence': persistenceCur,
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-db#0/teastore-db': dbLog,
    },
  },
];
