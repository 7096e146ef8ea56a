// Blind dev batch s105b: TeaStore scenario (teastore-persistence JVM frozen by an on-demand heap dump).
// System from scripts/kit-systems/teastore.mjs; built by scripts/s105b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const INC = '2026-05-12T10:24:00Z';
const T = clock(INC);
const tc = (min) => {
  const d = new Date(Date.parse(INC) + Math.round(min * 60000));
  const M = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${M}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
};
const timeout = (min, thread, servlet, op, extra = []) => [
  `${tc(min)} SEVERE [http-nio-8080-exec-${thread}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [${servlet}] in context with path [] threw exception`,
  '\tjakarta.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
  '\t\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)',
  '\t\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:300)',
  '\t\tat org.glassfish.jersey.client.JerseyInvocation.lambda$invoke$0(JerseyInvocation.java:675)',
  `\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.${op}(LoadBalancedCRUDOperations.java:164)`,
  ...extra,
  '\tCaused by: java.net.SocketTimeoutException: Read timed out',
  '\t\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)',
  '\t\tat java.base/java.net.SocketInputStream.read(SocketInputStream.java:168)',
  '\t\tat java.base/sun.net.www.http.HttpClient.parseHTTP(HttpClient.java:754)',
];
const startup = (min, app) => [
  `${tc(min)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/10.0.27`,
  `${tc(min)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log JVM Version:           11.0.16+8`,
  `${tc(min + 0.05)} INFO [main] org.apache.coyote.AbstractProtocol.init Initializing ProtocolHandler ["http-nio-8080"]`,
  `${tc(min + 0.1)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`,
  `${tc(min + 0.3)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/usr/local/tomcat/webapps/${app}.war] has finished in [11,204] ms`,
  `${tc(min + 0.31)} INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]`,
  `${tc(min + 0.32)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [11512] milliseconds`,
];
const START = -60 * 24 * 9;
const RESTART = -60 * 2 - 17; // benign `kubectl rollout restart` of the image service two hours before

export const scenarios = [
  {
    folder: 's105b-persistence-heap-dump-freeze',
    incidentTime: INC,
    description: 'teastore pages just spin since ~10:15, login too. nothing restarted, db looks fine',
    expected: { component: 'persistence', cause: 'dependency-down' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'time-expression', 'decoy'],
    workloads: {
      'teastore-image': {
        rollout: { at: RESTART, revision: 3 },
        pods: [{}],
      },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: RESTART, last: RESTART },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: RESTART + 1, last: RESTART + 1 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image:latest" in 1.214s (1.214s including waiting). Image size: 263114823 bytes.', first: RESTART + 0.4, last: RESTART + 0.4 },
      { on: 'pod:teastore-image#0', reason: 'Created', message: 'Created container teastore-image', first: RESTART + 0.45, last: RESTART + 0.45, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', first: RESTART + 0.5, last: RESTART + 0.5, fieldPath: 'spec.containers{teastore-image}' },
    ],
    logs: {
      'teastore-persistence#0/teastore-persistence': [
        ...startup(START + 0.5, 'tools.descartes.teastore.persistence'),
        `${tc(START + 1)} INFO [http-nio-8080-exec-1] tools.descartes.teastore.persistence.repository.DataGenerator.generateDatabaseContent Database already populated, skipping generation.`,
        `${tc(-60 * 31)} WARNING [http-nio-8080-exec-44] org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [112] milliseconds.`,
      ],
      'teastore-webui#0/teastore-webui': [
        ...startup(START + 0.6, 'tools.descartes.teastore.webui'),
        `${tc(-30)} INFO [http-nio-8080-exec-3] tools.descartes.teastore.registryclient.RegistryClient.register Registered teastore-webui:8080 at registry teastore-registry:8080`,
        ...timeout(-8.6, 17, 'IndexServlet', 'getEntities', ['\t\tat tools.descartes.teastore.webui.servlet.IndexServlet.handleGETRequest(IndexServlet.java:56)']),
        ...timeout(-7.9, 4, 'CategoryServlet', 'getEntities', ['\t\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:61)']),
        ...timeout(-6.2, 22, 'LoginActionServlet', 'postEntity', ['\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.login(LoadBalancedStoreOperations.java:154)']),
        ...timeout(-3.1, 9, 'ProductServlet', 'getEntity', ['\t\tat tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest(ProductServlet.java:59)']),
        ...timeout(-1.4, 31, 'IndexServlet', 'getEntities', ['\t\tat tools.descartes.teastore.webui.servlet.IndexServlet.handleGETRequest(IndexServlet.java:56)']),
      ],
      'teastore-auth#0/teastore-auth': [
        ...startup(START + 0.6, 'tools.descartes.teastore.auth'),
        ...timeout(-6.3, 12, 'Jersey REST Service', 'getEntityWithProperties', ['\t\tat tools.descartes.teastore.auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:151)']),
        ...timeout(-2.2, 6, 'Jersey REST Service', 'getEntityWithProperties', ['\t\tat tools.descartes.teastore.auth.rest.AuthUserActionsRest.login(AuthUserActionsRest.java:151)']),
      ],
      'teastore-image#0/teastore-image': [
        ...startup(RESTART + 0.5, 'tools.descartes.teastore.image'),
        `${tc(RESTART + 1)} INFO [pool-2-thread-1] tools.descartes.teastore.image.setup.SetupController.startup Image provider setup finished: 1032 product images, 0 web images from persistence.`,
      ],
      'teastore-recommender#0/teastore-recommender': [
        ...startup(START + 0.7, 'tools.descartes.teastore.recommender'),
        `${tc(START + 2)} INFO [pool-1-thread-1] tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain Finished training, ready for recommendation.`,
      ],
      'teastore-db#0/teastore-db': [
        `${T.iso(START + 0.4).replace('Z', '')} 0 [Note] mysqld: ready for connections.`,
        "Version: '10.6.16-MariaDB-1:10.6.16+maria~ubu2004'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
      ],
    },
    grounding: `
      Topology and workloads: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml (no probes, no resources,
      Tomcat 10.0.27 on JDK 11, Jersey 3 clients in registryclient's LoadBalancedCRUDOperations).
      Fault (expected persistence / dependency-down): at about 10:15 an engineer chasing a slow memory climb ran
      \`kubectl exec teastore-persistence-… -- jcmd 1 GC.heap_dump /tmp/persistence.hprof\` on the only persistence pod.
      A heap dump is a stop-the-world VM operation (JDK jcmd / HotSpot docs; public reports of jmap/jcmd freezing
      production JVMs for minutes on large heaps): every Tomcat thread is parked at the safepoint while the multi-GB heap
      is written to the container's overlay filesystem, so persistence accepts TCP connections (the kernel backlog) but
      answers nothing. jcmd's output goes to the exec session, so persistence's own log is silent since its last line.
      There are no probes upstream, so the pod stays Running and Ready with no restart; callers (webui servlets, auth's
      login) log Jersey \`ProcessingException: SocketTimeoutException: Read timed out\` toward persistence and are the loud
      ones. teastore-db is healthy (its log and pod are quiet).
      Decoy: a plain \`kubectl rollout restart\` of teastore-image two hours earlier (the ReplicaSets' pod templates are
      identical; the restartedAt annotation is not rendered by the kit), which finished healthily.
      Deviations: the incident itself (no public TeaStore report); MariaDB version in teastore-db's log is assumed.
    `,
  },
];
