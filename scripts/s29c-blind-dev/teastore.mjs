// Batch s29c (blind dev): one TeaStore incident for the kit (scripts/s2-scenario-kit.mjs), built by scripts/s29c-build.mjs.
// An in-house recommender build ships a jackson-databind/jackson-core mismatch: every recommend call and the training fail, pods stay Ready.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-12-02T13:25:00Z');
// Tomcat 10 console format (catalina.sh run): dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const tc = (min, level, thread, src, msg) => {
  const d = new Date(Date.parse('2026-12-02T13:25:00Z') + Math.round(min * 60000));
  const M = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${M}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${src} ${msg}`;
};
const NSME = "java.lang.NoSuchMethodError: 'com.fasterxml.jackson.core.util.JacksonFeatureSet com.fasterxml.jackson.core.JsonParser.getReadCapabilities()'";
const nsmeStack = [
  `\t${NSME}`,
  '\t\tat com.fasterxml.jackson.databind.DeserializationContext.<init>(DeserializationContext.java:215)',
  '\t\tat com.fasterxml.jackson.databind.deser.DefaultDeserializationContext.<init>(DefaultDeserializationContext.java:50)',
  '\t\tat com.fasterxml.jackson.databind.deser.DefaultDeserializationContext$Impl.<init>(DefaultDeserializationContext.java:391)',
  '\t\tat com.fasterxml.jackson.databind.deser.DefaultDeserializationContext$Impl.createInstance(DefaultDeserializationContext.java:413)',
  '\t\tat com.fasterxml.jackson.databind.ObjectReader.createDeserializationContext(ObjectReader.java:2392)',
  '\t\tat com.fasterxml.jackson.databind.ObjectReader._bind(ObjectReader.java:2056)',
  '\t\tat com.fasterxml.jackson.databind.ObjectReader.readValue(ObjectReader.java:1317)',
  '\t\tat com.fasterxml.jackson.jaxrs.base.ProviderBase.readFrom(ProviderBase.java:849)',
  '\t\tat org.glassfish.jersey.message.internal.ReaderInterceptorExecutor$TerminalReaderInterceptor.invokeReadFrom(ReaderInterceptorExecutor.java:233)',
  '\t\tat org.glassfish.jersey.message.internal.ReaderInterceptorExecutor.proceed(ReaderInterceptorExecutor.java:132)',
  '\t\tat org.glassfish.jersey.server.ContainerRequest.readEntity(ContainerRequest.java:234)',
  '\t\tat org.glassfish.jersey.server.ServerRuntime$1.run(ServerRuntime.java:255)',
  '\t\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:209)',
  '\t\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)',
  '\t\tat java.base/java.lang.Thread.run(Thread.java:829)',
];
const recBoot = (m) => [
  tc(m, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  tc(m, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.16+8'),
  tc(m + 0.02, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(m + 0.05, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war]'),
  '[main] INFO tools.descartes.teastore.registryclient.RegistryClient - Registered teastore-recommender:8080 for service RECOMMENDER',
  tc(m + 0.14, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war] has finished in [7,412] ms'),
  tc(m + 0.15, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(m + 0.15, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [7583] milliseconds'),
];
const recErr = (m, n) => [
  tc(m, 'SEVERE', `http-nio-8080-exec-${n}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [jersey-servlet] in context with path [/tools.descartes.teastore.recommender] threw exception [org.glassfish.jersey.server.ContainerException: ${NSME}] with root cause`),
  ...nsmeStack,
];
const webErr = (m, n, servlet, path) => [
  tc(m, 'SEVERE', `http-nio-8080-exec-${n}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception [jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error] with root cause`),
  '\tjakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
  '\t\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:958)',
  '\t\tat org.glassfish.jersey.client.JerseyInvocation.translate(JerseyInvocation.java:773)',
  '\t\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose(RestUtil.java:52)',
  '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedRecommenderOperations.getRecommendations(LoadBalancedRecommenderOperations.java:61)',
  `\t\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:${servlet === 'ProductServlet' ? 77 : 71})`,
  '\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:218)',
  void path,
].filter((x) => x !== undefined);

const recLog = (() => {
  const out = [...recBoot(-47.2)];
  out.push('[pool-2-thread-1] INFO tools.descartes.teastore.recommender.servlet.TrainingSynchronizer - Retrieving orders and order items from persistence.');
  out.push('Exception in thread "pool-2-thread-1" ' + NSME);
  out.push(...nsmeStack.slice(1, 8).map((l) => l.slice(1)));
  out.push('\tat tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntities(NonBalancedCRUDOperations.java:184)');
  out.push('\tat tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain(TrainingSynchronizer.java:161)');
  let n = 1;
  for (const m of [-44.1, -39.6, -33.0, -27.4, -21.9, -16.2, -11.7, -7.3, -3.8, -1.2]) out.push(...recErr(m, (n++ % 10) + 1));
  return out;
})();

const s1 = {
  folder: 's29c-recommender-jackson-mismatch-rollout',
  description: 'teastore product pages show the error page since lunch, home and categories are fine',
  incidentTime: '2026-12-02T13:25:00Z',
  expected: { component: 'recommender', cause: 'bad-deploy-rollout' },
  difficulty: 'medium',
  traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy'],
  grounding: `
    Manifests: TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 — teastore-recommender (Tomcat 10.0.27 / JDK 11 base,
    port 8080, REGISTRY_HOST=teastore-registry, HOST_NAME), no probes, no resources; webui's ProductServlet and CartServlet ask the
    recommender for recommendations through the registry client (LoadBalancedRecommenderOperations); the recommender trains from
    persistence's orders at start (TrainingSynchronizer). Deviation: the personalisation team runs a fork of the recommender from
    their own registry (harbor.teastore.internal/personalisation/teastore-recommender).
    Fault: at 12:37 the fork's 1.4.3-2 build is rolled out. Its pom bumped jackson-databind to 2.15 while the jackson-core on the
    classpath stayed 2.11, the well-known binary mismatch that throws java.lang.NoSuchMethodError JsonParser.getReadCapabilities()
    on the first deserialisation. Tomcat starts, the registry registration works (no JSON read), so the pod is Running and Ready;
    but the training thread dies and every POST /rest/recommend answers 500 (StandardWrapperValve SEVERE with the NoSuchMethodError
    root cause). webui's product and cart pages throw InternalServerErrorException "HTTP 500" and show Tomcat's error page;
    home and category pages do not call the recommender. webui's stack traces are the louder, the recommender's own log names the cause.
    Decoy: a registry restart two days ago (exit 143 during a node reboot), and a healthy auth rollout (upstream :latest re-pulled) at 10:40.`,
  workloads: {
    'teastore-recommender': {
      rollout: { at: -48, revision: 4, oldContainers: { 'teastore-recommender': { image: 'harbor.teastore.internal/personalisation/teastore-recommender:1.4.3-1' } } },
      containers: { 'teastore-recommender': { image: 'harbor.teastore.internal/personalisation/teastore-recommender:1.4.3-2' } },
    },
    'teastore-auth': {
      rollout: { at: -165, revision: 3 },
      patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-165) } },
    },
    'teastore-registry': {
      pods: [{ containers: { 'teastore-registry': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 7), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 11), finishedAt: T.iso(-60 * 24 * 2 - 8) } }) } }],
    },
  },
  events: [
    { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -48 },
    { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -47 },
    { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "harbor.teastore.internal/personalisation/teastore-recommender:1.4.3-2"', first: -47.9 },
    { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "harbor.teastore.internal/personalisation/teastore-recommender:1.4.3-2" in 4.218s (4.218s including waiting). Image size: 312884211 bytes.', first: -47.8 },
    { on: 'pod:teastore-recommender#0', reason: 'Created', message: 'Created container teastore-recommender', first: -47.8 },
    { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', first: -47.7 },
  ],
  logs: {
    'teastore-recommender#0/teastore-recommender': recLog,
    'teastore-webui#0/teastore-webui': [
      tc(-60 * 24 * 5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9104] milliseconds'),
      ...webErr(-44.1, 3, 'ProductServlet'), ...webErr(-39.6, 7, 'ProductServlet'), ...webErr(-33.0, 1, 'CartServlet'),
      ...webErr(-27.4, 9, 'ProductServlet'), ...webErr(-21.9, 4, 'ProductServlet'), ...webErr(-16.2, 2, 'CartServlet'),
      ...webErr(-11.7, 6, 'ProductServlet'), ...webErr(-7.3, 8, 'ProductServlet'), ...webErr(-3.8, 5, 'ProductServlet'),
      ...webErr(-1.2, 10, 'CartServlet'),
    ],
    'teastore-persistence#0/teastore-persistence': [
      tc(-60 * 24 * 5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [14220] milliseconds'),
    ],
  },
};

export const scenarios = [s1];
