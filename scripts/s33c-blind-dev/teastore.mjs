// Batch s33c blind dev scenario for TeaStore (system: scripts/kit-systems/teastore.mjs): no fault. A persistence rollout at
// 10:03 caused about a minute of webui 500s while the new Tomcat deployed its WAR; everything has been healthy since.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const INC = '2026-03-26T10:24:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat 9 JULI OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] logger.method message
const tc = (min, lvl, thread, src, msg) => {
  const d = new Date(Date.parse(INC) + Math.round(min * 60000));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${lvl} [${thread}] ${src} ${msg}`;
};
const servletFail = (min, thread, servlet, cause) => [
  tc(min, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`),
  cause,
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:260)',
  '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:254)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.getCategories(LoadBalancedStoreOperations.java:88)',
  `\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:61)`,
  '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:204)',
];

export const scenarios = [
  {
    folder: 's33c-webui-blip-persistence-rollout',
    incidentTime: INC,
    description: 'teastore webui threw a burst of 500s around 10:03, alert already resolved itself. anything actually broken?',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188): every TeaStore service is a
      single-replica Tomcat Deployment with no readiness or liveness probe, so a new pod counts as Ready as soon as its container
      starts, before Tomcat has deployed the WAR (tens of seconds); webui reaches persistence through the registry's instance list
      and Jersey clients (LoadBalancedStoreOperations).
      What happened: the shop-core team rolled persistence (revision 5, a JVM option change) at 10:03. With maxSurge 1 and no
      readiness probe the old pod was terminated while the new Tomcat was still starting, so for about a minute webui's calls got
      connection refused and then 404s, webui logged SEVERE servlet exceptions and the 5xx alert fired. From 10:04:30 persistence
      answers normally (its catalina log shows "Server startup in [41220] milliseconds") and webui, auth, image and recommender log
      normal traffic for the twenty minutes since. Every pod is Running and Ready, the rollout is complete, and the only other
      irregularity is a recommender restart four days ago. The lack of a readiness probe is a standing weakness of the upstream
      manifests, not a fault in progress; a careful engineer answers that nothing is broken now.`,
    workloads: {
      'teastore-persistence': {
        rollout: { at: -21, revision: 5 },
        containers: {
          'teastore-persistence': {
            env: [
              { name: 'HOST_NAME', value: 'teastore-persistence' },
              { name: 'REGISTRY_HOST', value: 'teastore-registry' },
              { name: 'DB_HOST', value: 'teastore-db' },
              { name: 'DB_PORT', value: '3306' },
              { name: 'JAVA_OPTS', value: '-XX:MaxRAMPercentage=75.0' },
            ],
          },
        },
      },
      'teastore-recommender': {
        pods: [
          {
            containers: {
              'teastore-recommender': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 4),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 10), finishedAt: T.iso(-60 * 24 * 4 - 0.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: -21 },
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-persistence-%OLD% to 0 from 1', first: -20.6 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-persistence"', first: -20.9 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 1.104s (1.104s including waiting). Image size: 226104375 bytes.', first: -20.8 },
      { on: 'pod:teastore-persistence#0', reason: 'Created', message: 'Created container: teastore-persistence', first: -20.8 },
      { on: 'pod:teastore-persistence#0', reason: 'Started', message: 'Started container teastore-persistence', first: -20.8 },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        tc(-20.75, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/9.0.89'),
        tc(-20.75, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Command line argument: -XX:MaxRAMPercentage=75.0'),
        tc(-20.7, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.load', 'Server initialization in [1012] milliseconds'),
        tc(-20.68, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war]'),
        tc(-20.0, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.persistence.war] has finished in [39,870] ms'),
        tc(-20.0, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
        tc(-20.0, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [41220] milliseconds'),
      ],
      'teastore-webui#0/teastore-webui': [
        tc(-60 * 24 * 9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [31877] milliseconds'),
        ...servletFail(-20.55, 'http-nio-8080-exec-7', 'CategoryServlet', 'javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)'),
        ...servletFail(-20.4, 'http-nio-8080-exec-2', 'IndexServlet', 'javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)'),
        ...servletFail(-20.2, 'http-nio-8080-exec-9', 'ProductServlet', 'javax.ws.rs.NotFoundException: HTTP 404 Not Found'),
      ],
      'teastore-auth#0/teastore-auth': [
        tc(-60 * 24 * 9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [28455] milliseconds'),
      ],
    },
  },
];
