// Blind dev batch s91b: TeaStore scenario (spec for scripts/s2-scenario-kit.mjs).
// teastore-auth rolled out with JAVA_OPTS -XX:MaxMetaspaceSize=64m: starts and registers, then throws Metaspace OOM.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const T = clock('2026-06-02T11:20:00Z');
const cat = (min, lvl, thread, cls, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}-${mon}-${d.getUTCFullYear()} ${T.java(min).slice(11)} ${lvl} [${thread}] ${cls} ${msg}`;
};
const authLog = [
  cat(-48, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
  cat(-48, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Command line argument:  -XX:MaxMetaspaceSize=64m'),
  cat(-47.8, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.auth.war]'),
  cat(-47.3, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.auth.war] has finished in [29,112] ms'),
  cat(-47.3, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  cat(-47.3, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 29871 ms'),
  cat(-21, 'SEVERE', 'http-nio-8080-exec-9', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception [java.lang.OutOfMemoryError: Metaspace] with root cause'),
  '\tjava.lang.OutOfMemoryError: Metaspace',
  cat(-14, 'SEVERE', 'http-nio-8080-exec-3', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception [javax.servlet.ServletException: java.lang.NoClassDefFoundError: Could not initialize class org.mindrot.jbcrypt.BCrypt] with root cause'),
  '\tjava.lang.NoClassDefFoundError: Could not initialize class org.mindrot.jbcrypt.BCrypt',
  '\t\tat tools.descartes.teastore.auth.security.BCryptProvider.checkPassword(BCryptProvider.java:42)',
  '\t\tat tools.descartes.teastore.auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:184)',
  cat(-6, 'SEVERE', 'http-nio-8080-exec-12', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.auth] threw exception [java.lang.OutOfMemoryError: Metaspace] with root cause'),
  '\tjava.lang.OutOfMemoryError: Metaspace',
];
const webLog = [
  cat(-60 * 24 * 4, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 31244 ms'),
  cat(-21, 'SEVERE', 'http-nio-8080-exec-41', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.LoginActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
  '\ttools.descartes.teastore.registryclient.rest.InternalServerErrorException: Internal Server Error from teastore-auth',
  '\t\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:31)',
  '\t\tat tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest(LoginActionServlet.java:72)',
  cat(-9, 'SEVERE', 'http-nio-8080-exec-17', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.CartActionServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
  '\ttools.descartes.teastore.registryclient.rest.InternalServerErrorException: Internal Server Error from teastore-auth',
  '\t\tat tools.descartes.teastore.registryclient.rest.ResponseWrapper.wrap(ResponseWrapper.java:31)',
  '\t\tat tools.descartes.teastore.webui.servlet.CartActionServlet.handlePOSTRequest(CartActionServlet.java:66)',
];
const recLog = [
  cat(-60 * 24 * 4, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 40211 ms'),
  cat(-60, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, ready for recommendation.'),
];
const AUTH_OPTS = { name: 'JAVA_OPTS', value: '-XX:MaxMetaspaceSize=64m -Xmx256m' };
const baseEnv = [
  { name: 'HOST_NAME', value: 'teastore-auth' },
  { name: 'REGISTRY_HOST', value: 'teastore-registry' },
];

export const scenarios = [
  {
    folder: 's91b-auth-metaspace-cap-after-rollout',
    description: 'TeaStore: login + add-to-cart throw 500 since ~11:00, catalogue browsing and images still work. shop core on it?',
    incidentTime: '2026-06-02T11:20:00Z',
    expected: { component: 'auth', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'auth', cause: 'bad-deploy-rollout' },
      { component: 'auth', cause: 'resource-exhaustion' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'team-name'],
    workloads: {
      'teastore-auth': {
        rollout: { at: -48.5, oldContainers: { 'teastore-auth': { env: baseEnv } } },
        containers: { 'teastore-auth': { env: [...baseEnv, AUTH_OPTS] } },
      },
    },
    events: [
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -48.5 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -48.3 },
      { on: 'pod:teastore-auth#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-auth"', first: -48.4 },
      { on: 'pod:teastore-auth#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-auth" in 1.204s (1.204s including waiting). Image size: 247581203 bytes.', first: -48.3 },
      { on: 'pod:teastore-auth#0', reason: 'Created', message: 'Created container teastore-auth', first: -48.3 },
      { on: 'pod:teastore-auth#0', reason: 'Started', message: 'Started container teastore-auth', first: -48.3 },
    ],
    logs: {
      'teastore-auth#0/teastore-auth': authLog,
      'teastore-webui#0/teastore-webui': webLog,
      'teastore-recommender#0/teastore-recommender': recLog,
    },
    grounding: `
      TeaStore teastore-clusterip.yaml (5ab1188): Tomcat services with no probes and no resources; webui calls auth for
      login and cart actions (BCrypt password check in auth). Fault: a "trim JVM footprint" change 48 minutes ago added
      JAVA_OPTS "-XX:MaxMetaspaceSize=64m -Xmx256m" to teastore-auth only (the old and new ReplicaSets differ only by that
      env var; the Tomcat image's catalina.sh passes JAVA_OPTS). The JVM accepts the value and Tomcat deploys, but once
      the login and cart code paths load their classes the Metaspace cap is hit: HotSpot throws
      "java.lang.OutOfMemoryError: Metaspace" and classes whose static init failed then give
      "NoClassDefFoundError: Could not initialize class". The JVM does not exit, so the pod stays Running and Ready with no
      restart; webui logs the 500s from auth. Deviations: JAVA_OPTS is not upstream; Tomcat version and line numbers are
      illustrative.
    `,
  },
];
