// s13 blind dev scenarios for TeaStore: compact specs for the scenario kit (scripts/s2-scenario-kit.mjs) on
// scripts/kit-systems/teastore.mjs; built by scripts/s13-build-blind-dev.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const byTime = (pairs) => pairs.sort((a, b) => a[0] - b[0]).map((p) => p[1]);
const envOf = (name) => system.workloads.find((w) => w.name === name).containers[0].env;
/** Tomcat's JUL console line (catalina.sh run). */
const jul = (T, min, level, thread, source, msg) => {
  const d = T.java(min);
  return `${d.slice(8, 10)}-${MON[Number(d.slice(5, 7)) - 1]}-${d.slice(0, 4)} ${d.slice(11)} ${level} [${thread}] ${source} ${msg}`;
};
/** slf4j-simple to System.out: milliseconds since JVM start, thread, level, logger. */
const simple = (T, startMin, min, thread, level, logger, msg) =>
  `${Math.round((min - startMin) * 60000)} [${thread}] ${level} ${logger} - ${msg}`;
const tomcatStart = (T, min, ctx) => [
  jul(
    T,
    min,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'Server version name:   Apache Tomcat/10.0.27',
  ),
  jul(
    T,
    min,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'JVM Version:           11.0.17+8',
  ),
  jul(
    T,
    min + 0.01,
    'INFO',
    'main',
    'org.apache.coyote.AbstractProtocol.init',
    'Initializing ProtocolHandler ["http-nio-8080"]',
  ),
  jul(
    T,
    min + 0.02,
    'INFO',
    'main',
    'org.apache.catalina.startup.HostConfig.deployWAR',
    `Deploying web application archive [/usr/local/tomcat/webapps/${ctx}.war]`,
  ),
  jul(
    T,
    min + 0.2,
    'INFO',
    'main',
    'org.apache.catalina.startup.HostConfig.deployWAR',
    `Deployment of web application archive [/usr/local/tomcat/webapps/${ctx}.war] has finished in [11,482] ms`,
  ),
  jul(
    T,
    min + 0.2,
    'INFO',
    'main',
    'org.apache.coyote.AbstractProtocol.start',
    'Starting ProtocolHandler ["http-nio-8080"]',
  ),
  jul(
    T,
    min + 0.2,
    'INFO',
    'main',
    'org.apache.catalina.startup.Catalina.start',
    'Server startup in [11612] milliseconds',
  ),
];
const SLB = 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer';

// ---------------------------------------------------------------------------------------------------------------
// 1. persistence redeployed from a new Helm chart whose values misspell its HOST_NAME: it registers as
//    teastore-persistance:8080 and every caller fails to resolve it.
// ---------------------------------------------------------------------------------------------------------------
const s1 = (() => {
  const incidentTime = '2026-11-23T10:12:00Z';
  const T = clock(incidentTime);
  const ROLL = -23.5; // ~09:48:30
  const UP = ROLL + 0.9; // new persistence registered
  const BAD = 'teastore-persistance';
  const jerseyUHE = (min, thread) => [
    'com.netflix.client.ClientException: Number of retries on next server exceeded max 1 retries, while making a call for: ' +
      BAD +
      ':8080',
    '\tat com.netflix.loadbalancer.reactive.LoadBalancerCommand$4.call(LoadBalancerCommand.java:260)',
    '\tat com.netflix.loadbalancer.reactive.LoadBalancerCommand$4.call(LoadBalancerCommand.java:244)',
    '\tat rx.internal.util.ScalarSynchronousObservable$3.call(ScalarSynchronousObservable.java:231)',
    '\tat rx.internal.operators.OnSubscribeRedo$2.call(OnSubscribeRedo.java:273)',
    `Caused by: jakarta.ws.rs.ProcessingException: java.net.UnknownHostException: ${BAD}`,
    '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)',
    '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:297)',
    '\tat tools.descartes.teastore.registryclient.rest.RESTClient.getEndpointTarget(RESTClient.java:149)',
    `Caused by: java.net.UnknownHostException: ${BAD}`,
    '\tat java.base/java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:229)',
    '\tat java.base/java.net.Socket.connect(Socket.java:609)',
    '\t... 37 more',
  ];
  const npe = (min, thread, servlet, ctx) => [
    jul(
      T,
      min,
      'SEVERE',
      thread,
      'org.apache.catalina.core.StandardWrapperValve.invoke',
      `Servlet.service() for servlet [${servlet}] in context with path [/${ctx}] threw exception`,
    ),
    'java.lang.NullPointerException: ServiceLoadBalancerResult was null!',
    `\tat ${SLB}.loadBalanceRESTOperation(ServiceLoadBalancer.java:232)`,
    `\tat ${SLB}.loadBalanceRESTOperation(ServiceLoadBalancer.java:201)`,
    '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedCRUDOperations.getEntities(LoadBalancedCRUDOperations.java:131)',
  ];
  const webui = [...tomcatStart(T, -60 * 24 * 9, 'tools.descartes.teastore.webui')];
  const auth = [...tomcatStart(T, -60 * 24 * 9, 'tools.descartes.teastore.auth')];
  const recommender = [...tomcatStart(T, -60 * 24 * 9, 'tools.descartes.teastore.recommender')];
  const pw = [],
    pa = [];
  let i = 0;
  for (let m = ROLL + 1.1; m < -0.4; m += 0.55, i++) {
    const th = `http-nio-8080-exec-${(i % 10) + 1}`;
    if (i % 3 === 1) {
      pa.push([m, jerseyUHE(m, th).join('\n')]);
      pa.push([m + 0.001, npe(m + 0.001, th, 'jersey-serlvet', 'tools.descartes.teastore.auth').join('\n')]);
    } else {
      const servlet = ['CategoryServlet', 'ProductServlet', 'IndexServlet', 'CartServlet'][i % 4];
      pw.push([m, jerseyUHE(m, th).join('\n')]);
      pw.push([m + 0.001, npe(m + 0.001, th, servlet, 'tools.descartes.teastore.webui').join('\n')]);
    }
  }
  // recommender's periodic retraining also reads the orders through persistence
  const rec = [];
  for (let m = ROLL + 3; m < -0.5; m += 5) {
    rec.push([m, jerseyUHE(m, 'pool-2-thread-1').join('\n')]);
    rec.push([
      m + 0.001,
      simple(
        T,
        -60 * 24 * 9,
        m + 0.001,
        'pool-2-thread-1',
        'WARN',
        'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer',
        'Persistence not reachable. Waiting for 60000ms.',
      ),
    ]);
  }
  const registry = [
    ...tomcatStart(T, -60 * 24 * 9, 'tools.descartes.teastore.registry'),
    simple(
      T,
      -60 * 24 * 9,
      -60 * 24 * 9 + 0.2,
      'main',
      'INFO',
      'tools.descartes.teastore.registry.rest.RegistryStartup',
      'Registry online',
    ),
    simple(
      T,
      -60 * 24 * 9,
      ROLL + 0.3,
      'http-nio-8080-exec-4',
      'INFO',
      'tools.descartes.teastore.registry.rest.Registry',
      'Unregistered tools.descartes.teastore.persistence@teastore-persistence:8080',
    ),
    simple(
      T,
      -60 * 24 * 9,
      UP,
      'http-nio-8080-exec-9',
      'INFO',
      'tools.descartes.teastore.registry.rest.Registry',
      `Registered tools.descartes.teastore.persistence@${BAD}:8080`,
    ),
  ];
  const persistence = [
    ...tomcatStart(T, ROLL + 0.55, 'tools.descartes.teastore.persistence'),
    simple(
      T,
      ROLL + 0.55,
      UP,
      'pool-1-thread-1',
      'INFO',
      'tools.descartes.teastore.registryclient.StartupCallbackTask',
      'Registry online. tools.descartes.teastore.persistence registered.',
    ),
  ];
  const newEnv = envOf('teastore-persistence').map((e) =>
    e.name === 'HOST_NAME' ? { ...e, value: BAD } : e,
  );
  return {
    folder: 's13-teastore-error-pages-after-chart-migration',
    description:
      'teastore: error page on every category/product page and logins fail since 09:50ish. registry looks up. shop-core pls',
    incidentTime,
    expected: { component: 'persistence', cause: 'config-error' },
    alsoAcceptable: [{ component: 'persistence', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: [
      'pods-ready',
      'rollout-regression',
      'callers-only',
      'louder-dependents',
      'time-expression',
      'team-name',
    ],
    grounding: `
      Manifest: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 (kit system
      scripts/kit-systems/teastore.mjs): every Tomcat service gets HOST_NAME = its Service name, which start.sh writes into
      context.xml as hostName; RegistryClient registers <HOST_NAME>:<port> with the registry and callers reach a service
      only through the addresses the registry returns (ServiceLoadBalancer over Ribbon, Jersey client). On a failure the load
      balancer prints the error's stack trace and throws NullPointerException("ServiceLoadBalancerResult was null!"), which
      the servlets do not catch (Tomcat SEVERE in StandardWrapperValve). Fault: the platform team moved TeaStore to an in-house
      Helm chart; persistence's HOST_NAME is templated from a values key spelled "teastore-persistance", and the redeploy at
      ~09:48 made persistence unregister teastore-persistence:8080 and register teastore-persistance:8080. No Service or DNS
      name matches it, so every caller — webui, auth, recommender's training loop — fails with
      java.net.UnknownHostException: teastore-persistance, while persistence itself starts cleanly, stays Running (no probes
      upstream) and its own log shows nothing wrong. Registry is healthy (the reporter's suspicion). A misspelt
      service-discovery hostname is a common configuration error in public post-mortems. Deviation: the HOST_NAME value and
      revision 2 of teastore-persistence; stack traces abridged.
    `,
    workloads: {
      'teastore-persistence': {
        containers: { 'teastore-persistence': { env: newEnv } },
        rollout: {
          at: ROLL,
          revision: 2,
          oldContainers: { 'teastore-persistence': { env: envOf('teastore-persistence') } },
        },
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
        first: ROLL + 0.25,
      },
      {
        on: 'pod:teastore-persistence#0',
        reason: 'Scheduled',
        message: 'Successfully assigned teastore/%POD% to %NODE%',
        source: 'default-scheduler',
        first: ROLL + 0.5,
      },
      {
        on: 'pod:teastore-persistence#0',
        reason: 'Pulling',
        message: 'Pulling image "descartesresearch/teastore-persistence"',
        fieldPath: 'spec.containers{teastore-persistence}',
        first: ROLL + 0.5,
      },
      {
        on: 'pod:teastore-persistence#0',
        reason: 'Pulled',
        message:
          'Successfully pulled image "descartesresearch/teastore-persistence" in 1.204s (1.204s including waiting). Image size: 312447811 bytes.',
        fieldPath: 'spec.containers{teastore-persistence}',
        first: ROLL + 0.52,
      },
      {
        on: 'pod:teastore-persistence#0',
        reason: 'Created',
        message: 'Created container: teastore-persistence',
        fieldPath: 'spec.containers{teastore-persistence}',
        first: ROLL + 0.53,
      },
      {
        on: 'pod:teastore-persistence#0',
        reason: 'Started',
        message: 'Started container teastore-persistence',
        fieldPath: 'spec.containers{teastore-persistence}',
        first: ROLL + 0.54,
      },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [...webui, ...byTime(pw)],
      'teastore-auth#0/teastore-auth': [...auth, ...byTime(pa)],
      'teastore-recommender#0/teastore-recommender': [...recommender, ...byTime(rec)],
      'teastore-registry#0/teastore-registry': registry,
      'teastore-persistence#0/teastore-persistence': persistence,
    },
  };
})();

// ---------------------------------------------------------------------------------------------------------------
// 2. The image provider's heap is exhausted (cache of scaled images after a catalogue regeneration): GC thrash,
//    OutOfMemoryError in request threads, webui's image calls time out. The container is never OOMKilled.
// ---------------------------------------------------------------------------------------------------------------
const s2 = (() => {
  const incidentTime = '2026-11-25T14:41:00Z';
  const T = clock(incidentTime);
  const REGEN = -52; // admin "regenerate images" after the catalogue import
  const BREAK = -31; // ~14:10
  const res = { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '250m', memory: '1Gi' } };
  const image = [...tomcatStart(T, -60 * 24 * 6, 'tools.descartes.teastore.image')];
  image.push(
    jul(
      T,
      REGEN,
      'INFO',
      'http-nio-8080-exec-2',
      'tools.descartes.teastore.image.setup.SetupController.reconfiguration',
      'Image provider reconfiguration requested: regenerating product images for 12 categories (5040 products).',
    ),
  );
  const oome = (min, th) =>
    [
      `Exception in thread "${th}" java.lang.OutOfMemoryError: Java heap space`,
      '\tat java.desktop/java.awt.image.DataBufferInt.<init>(DataBufferInt.java:75)',
      '\tat java.desktop/java.awt.image.Raster.createPackedRaster(Raster.java:467)',
      '\tat java.desktop/java.awt.image.DirectColorModel.createCompatibleWritableRaster(DirectColorModel.java:1032)',
      '\tat java.desktop/java.awt.image.BufferedImage.<init>(BufferedImage.java:324)',
      '\tat tools.descartes.teastore.image.ImageScaler.scale(ImageScaler.java:84)',
      '\tat tools.descartes.teastore.image.ImageProvider.scaleAndRegisterImg(ImageProvider.java:181)',
      '\tat tools.descartes.teastore.image.ImageProvider.getProductImages(ImageProvider.java:102)',
    ].join('\n');
  const valve = (min, th) =>
    [
      jul(
        T,
        min,
        'SEVERE',
        th,
        'org.apache.catalina.core.StandardWrapperValve.invoke',
        'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.image] threw exception [jakarta.servlet.ServletException: java.lang.OutOfMemoryError: Java heap space] with root cause',
      ),
      'java.lang.OutOfMemoryError: Java heap space',
      '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3745)',
      '\tat java.base/java.io.ByteArrayOutputStream.grow(ByteArrayOutputStream.java:120)',
      '\tat tools.descartes.teastore.image.StoreImage.getByteArray(StoreImage.java:144)',
      '\tat tools.descartes.teastore.image.ImageProvider.getProductImages(ImageProvider.java:109)',
    ].join('\n');
  const img = [];
  const web = [];
  let i = 0;
  for (let m = BREAK + 0.4; m < -0.4; m += 0.7, i++) {
    const th = `http-nio-8080-exec-${(i % 25) + 1}`;
    img.push([m, i % 3 === 0 ? oome(m, th) : valve(m, th)]);
    if (i % 2 === 0) {
      const wth = `http-nio-8080-exec-${(i % 10) + 1}`;
      web.push([
        m + 0.05,
        [
          'jakarta.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
          '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)',
          '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:297)',
          '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.lambda$getProductImages$0(LoadBalancedImageOperations.java:61)',
          'Caused by: java.net.SocketTimeoutException: Read timed out',
          '\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)',
          '\t... 41 more',
        ].join('\n'),
      ]);
      web.push([
        m + 0.051,
        jul(
          T,
          m + 0.051,
          'SEVERE',
          wth,
          'org.apache.catalina.core.StandardWrapperValve.invoke',
          `Servlet.service() for servlet [${['CategoryServlet', 'ProductServlet', 'IndexServlet'][i % 3]}] in context with path [/tools.descartes.teastore.webui] threw exception [tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timout at endpoint: image, with target service: tools.descartes.teastore.image] with root cause`,
        ) +
          '\ntools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timout at endpoint: image, with target service: tools.descartes.teastore.image' +
          `\n\tat ${SLB}.loadBalanceRESTOperation(ServiceLoadBalancer.java:235)`,
      ]);
    }
  }
  return {
    folder: 's13-teastore-images-broken-pages-slow',
    description:
      'teastore pages load forever and product images are broken since ~14:10, sometimes the category page just errors out',
    incidentTime,
    expected: { component: 'image', cause: 'resource-exhaustion' },
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifest: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 (kit system
      scripts/kit-systems/teastore.mjs); the dockerbase image sizes the JVM heap to TOMCAT_HEAP_MEM_PERCENTAGE=50 of the
      container memory (dockermemoryconfigurator), and the image provider scales product images with java.awt BufferedImage
      and keeps them in its in-memory image database/cache (services/tools.descartes.teastore.image: ImageProvider,
      ImageScaler, StoreImage, cache/*). webui fetches images through LoadBalancedImageOperations; a read timeout becomes
      LoadBalancerTimeoutException "Timout at endpoint: image, with target service: tools.descartes.teastore.image" (sic, from
      ServiceLoadBalancer) and the page fails. Fault: after a catalogue import (5040 products) the admin regenerated the
      images 52 minutes before the report; the image provider's heap (~512 MiB of its 1Gi limit) fills with generated and
      cached images and from ~14:10 request threads die with java.lang.OutOfMemoryError: Java heap space while the JVM spends
      its time in GC. Because the heap cap is below the container limit the kernel never OOM-kills it: the pod stays Running
      and Ready (no probes upstream), with no restart, and the webui — the loud one — shows timeouts. This is JVM heap
      exhaustion as distinct from a container OOMKill (the pattern of public Java-on-Kubernetes post-mortems). Decoy: the
      registry restarted four days ago (node reboot). Deviations: resources on teastore-image (upstream sets none); the
      reconfiguration log line is paraphrased; stack traces abridged.
    `,
    workloads: {
      'teastore-image': {
        containers: { 'teastore-image': { resources: res } },
        since: -60 * 24 * 6,
      },
      'teastore-registry': {
        pods: [
          {
            containers: {
              'teastore-registry': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 4),
                last: {
                  exitCode: 255,
                  reason: 'Unknown',
                  startedAt: T.iso(-60 * 24 * 9),
                  finishedAt: T.iso(-60 * 24 * 4 - 2),
                },
              }),
            },
          },
        ],
      },
    },
    logs: {
      'teastore-image#0/teastore-image': [...image, ...byTime(img)],
      'teastore-webui#0/teastore-webui': [
        ...tomcatStart(T, -60 * 24 * 9, 'tools.descartes.teastore.webui'),
        ...byTime(web),
      ],
      'teastore-persistence#0/teastore-persistence': tomcatStart(
        T,
        -60 * 24 * 9,
        'tools.descartes.teastore.persistence',
      ),
    },
  };
})();

export const scenarios = [s1, s2];
