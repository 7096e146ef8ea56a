// Blind held-out batch s90b: one TeaStore scenario as a compact spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/teastore.mjs (upstream teastore-clusterip.yaml); built by scripts/s90b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const incidentTime = '2026-04-21T10:24:00Z';
const T = clock(incidentTime);
const tc = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}-${mon}-${d.getUTCFullYear()} ${T.java(min).slice(11)}`;
};
const startup = (min, svc, xmx = false) => [
  `NOTE: Picked up JDK_JAVA_OPTIONS:  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED`,
  `${tc(min)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/8.5.73`,
  ...(xmx ? [`${tc(min)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Xmx768m`] : []),
  `${tc(min + 0.02)} INFO [main] org.apache.coyote.AbstractProtocol.init Initializing ProtocolHandler ["http-nio-8080"]`,
  `${tc(min + 0.05)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${svc}.war]`,
  `${tc(min + 0.2)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${svc}.war] has finished in [9,412] ms`,
  `${tc(min + 0.21)} INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]`,
  `${tc(min + 0.21)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 9608 ms`,
];
const refused = (min, servlet, thread) => [
  `${tc(min)} SEVERE [http-nio-8080-exec-${thread}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [${servlet}] in context with path [] threw exception`,
  '\tjavax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)',
  '\t\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:260)',
  '\t\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:254)',
  '\t\tat org.glassfish.jersey.client.JerseyInvocation.invoke(JerseyInvocation.java:705)',
  '\t\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose(RestUtil.java:56)',
  '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductPreviewImages(LoadBalancedImageOperations.java:94)',
  `\t\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:71)`,
  '\tCaused by: java.net.ConnectException: Connection refused (Connection refused)',
  '\t\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)',
  '\t\tat java.base/java.net.Socket.connect(Socket.java:609)',
];

const IMG = 'descartesresearch/teastore-image';
export const scenarios = [
  {
    folder: 's90b-image-provider-heap-over-new-limit',
    incidentTime,
    description: 'tea store product pictures broken / grey boxes since ~10:10, browsing & login still work. shop-frontend team pls look',
    expected: { component: 'image', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'image', cause: 'bad-deploy-rollout' },
      { component: 'image', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Upstream teastore-clusterip.yaml (5ab1188) sets no resources and no env beyond HOST_NAME/REGISTRY_HOST on teastore-image.
      Deviation (the release): revision 4 of teastore-image adds resources (requests = limits = 500m CPU, 512Mi memory, a
      platform "every Deployment gets limits" push) and CATALINA_OPTS=-Xmx768m copied from a larger service. The Tomcat JVM
      is allowed a heap above the container limit, so under image-generation load the kernel OOM killer ends the container
      (reason OOMKilled, exit 137, no Java OutOfMemoryError in the log) before the heap ever fills; the same pattern as the
      many public "JVM -Xmx larger than the container memory limit" reports (Kubernetes docs on memory limits; the JDK
      container-support notes). No probes upstream, so the new pod was Ready between kills and the rollout completed
      (old ReplicaSet scaled to 0). webui logs ConnectException to the image provider on category/product pages.
      Decoy: teastore-recommender has one OOMKilled restart three days ago (node-level OOM during a training run), Ready since.
    `,
    workloads: {
      'teastore-image': {
        rollout: {
          at: -34,
          revision: 4,
          oldContainers: { 'teastore-image': { resources: undefined, env: [{ name: 'HOST_NAME', value: 'teastore-image' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }] } },
        },
        containers: {
          'teastore-image': {
            env: [
              { name: 'HOST_NAME', value: 'teastore-image' },
              { name: 'REGISTRY_HOST', value: 'teastore-registry' },
              { name: 'CATALINA_OPTS', value: '-Xmx768m' },
            ],
            resources: { limits: { cpu: '500m', memory: '512Mi' }, requests: { cpu: '500m', memory: '512Mi' } },
          },
        },
        pods: [
          {
            containers: {
              'teastore-image': cs.crashLoop({
                restarts: 6,
                exitCode: 137,
                reason: 'OOMKilled',
                startedAt: T.iso(-5.2),
                finishedAt: T.iso(-3.1),
                backoff: '2m40s',
                container: 'teastore-image',
              }),
            },
          },
        ],
        unavailableSince: -14,
      },
      'teastore-recommender': {
        pods: [
          {
            containers: {
              'teastore-recommender': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 + 0.2),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -34, last: -34 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -33.4, last: -33.4 },
      { on: 'pod:teastore-image#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -34, last: -34 },
      { on: 'pod:teastore-image#0', reason: 'Pulling', message: `Pulling image "${IMG}"`, fieldPath: 'spec.containers{teastore-image}', count: 7, first: -33.9, last: -5.3 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: `Successfully pulled image "${IMG}" in 612ms (612ms including waiting). Image size: 254123874 bytes.`, fieldPath: 'spec.containers{teastore-image}', first: -5.25, last: -5.25 },
      { on: 'pod:teastore-image#0', reason: 'Created', message: 'Created container teastore-image', fieldPath: 'spec.containers{teastore-image}', count: 7, first: -33.5, last: -5.2 },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', fieldPath: 'spec.containers{teastore-image}', count: 7, first: -33.5, last: -5.2 },
      { on: 'pod:teastore-image#0', reason: 'BackOff', message: 'Back-off restarting failed container teastore-image in pod %POD%(%PODUID%)', fieldPath: 'spec.containers{teastore-image}', type: 'Warning', count: 19, first: -15, last: -1 },
    ],
    logs: {
      'teastore-image#0/teastore-image': [
        ...startup(-5.2, 'image', true),
        `${tc(-4.9)} INFO [http-nio-8080-exec-1] tools.descartes.teastore.image.setup.SetupController.startup Image provider setup started: generating product images into cache (cache size 40000000)`,
        `${tc(-4.1)} INFO [http-nio-8080-exec-1] tools.descartes.teastore.image.setup.SetupController.startup Finished setup. 1 products with no images, 0 categories with no images.`,
      ],
      'teastore-image#0/teastore-image/previous': [
        ...startup(-9.1, 'image', true),
        `${tc(-8.8)} INFO [http-nio-8080-exec-2] tools.descartes.teastore.image.setup.SetupController.startup Image provider setup started: generating product images into cache (cache size 40000000)`,
      ],
      'teastore-webui#0/teastore-webui': [
        ...refused(-12.4, 'CategoryServlet', 14),
        ...refused(-7.7, 'ProductServlet', 3),
        ...refused(-2.2, 'CategoryServlet', 9),
        ...refused(-0.6, 'IndexServlet', 21),
      ],
      'teastore-recommender#0/teastore-recommender': [
        ...startup(-60 * 24 * 3 + 0.2, 'recommender'),
        `${tc(-60 * 24 * 3 + 1.1)} INFO [pool-2-thread-1] tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain Finished training in 48211 ms; recommender SlopeOne ready.`,
      ],
      'teastore-persistence#0/teastore-persistence': [
        `${tc(-60 * 24 * 9 + 0.3)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 14211 ms`,
        `${tc(-60 * 24 * 9 + 0.5)} INFO [http-nio-8080-exec-1] tools.descartes.teastore.persistence.daemons.InitialDataGenerationDaemon.run Database already populated; skipping initial data generation.`,
      ],
    },
  },
];
