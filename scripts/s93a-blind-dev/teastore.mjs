// Blind dev batch s93a: one TeaStore scenario (bad-deploy-rollout on teastore-image) as a kit spec module.
// System from scripts/kit-systems/teastore.mjs; built by scripts/s93a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const T = clock('2026-04-21T10:42:00Z');
const cat = (min, level, thread, logger, msg) => `${(() => { const d = new Date(Date.parse(T.isoMs(min))); const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; return `${String(d.getUTCDate()).padStart(2,'0')}-${mon}-${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)}`; })()} ${level} [${thread}] ${logger} ${msg}`;
const NEW = 'registry.tea.internal/shop-frontend/teastore-image:1.4.3-jre17-slim';

const linkErr = (min, exec) => [
  cat(min, 'SEVERE', exec, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.image.rest.ImageProviderApplication] in context with path [/tools.descartes.teastore.image] threw exception [java.lang.UnsatisfiedLinkError: /opt/java/openjdk/lib/libawt_xawt.so: libXext.so.6: cannot open shared object file: No such file or directory] with root cause'),
  '\tjava.lang.UnsatisfiedLinkError: /opt/java/openjdk/lib/libawt_xawt.so: libXext.so.6: cannot open shared object file: No such file or directory',
  '\t\tat java.base/jdk.internal.loader.NativeLibraries.load(Native Method)',
  '\t\tat java.base/java.lang.System.loadLibrary(System.java:1873)',
  '\t\tat java.desktop/java.awt.GraphicsEnvironment$LocalGE.createGE(GraphicsEnvironment.java:101)',
  '\t\tat java.desktop/java.awt.image.BufferedImage.createGraphics(BufferedImage.java:1181)',
  '\t\tat tools.descartes.teastore.image.ImageProvider.scaleImage(ImageProvider.java:212)',
  '\t\tat tools.descartes.teastore.image.ImageProvider.getProductImages(ImageProvider.java:118)',
  '\t\tat tools.descartes.teastore.image.rest.ImageProviderEndpoint.getProductImages(ImageProviderEndpoint.java:61)',
];
const ncdf = (min, exec) => [
  cat(min, 'SEVERE', exec, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [tools.descartes.teastore.image.rest.ImageProviderApplication] in context with path [/tools.descartes.teastore.image] threw exception [java.lang.NoClassDefFoundError: Could not initialize class sun.awt.X11GraphicsEnvironment] with root cause'),
  '\tjava.lang.NoClassDefFoundError: Could not initialize class sun.awt.X11GraphicsEnvironment',
  '\t\tat java.desktop/java.awt.GraphicsEnvironment$LocalGE.createGE(GraphicsEnvironment.java:101)',
  '\t\tat java.desktop/java.awt.image.BufferedImage.createGraphics(BufferedImage.java:1181)',
  '\t\tat tools.descartes.teastore.image.ImageProvider.scaleImage(ImageProvider.java:212)',
];
const webuiErr = (min, exec, page) => [
  cat(min, 'WARNING', exec, 'tools.descartes.teastore.webui.servlet.AbstractUIServlet.handleServiceException', `Image provider returned an error while rendering ${page}: javax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error`),
];

export const scenarios = [
  {
    folder: 's93a-image-provider-slim-jre-awt',
    incidentTime: '2026-04-21T10:42:00Z',
    description: 'teastore: all product pics are broken/blank since ~10:05, shop otherwise works, can still log in and order',
    expected: { component: 'image', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'image', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      TeaStore (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188): teastore-image is the image
      provider that scales product images with java.awt (BufferedImage/Graphics2D) on request; webui embeds them.
      Fault: the frontend team rebuilt teastore-image on a slim JRE 17 base (registry.tea.internal/.../teastore-image:1.4.3-jre17-slim)
      without libXext/libXrender and without -Djava.awt.headless=true; Tomcat starts, registers with the registry and the pod is
      Ready (upstream has no probes), but the first image scaling throws java.lang.UnsatisfiedLinkError (libawt_xawt.so: libXext.so.6)
      and every later one NoClassDefFoundError: Could not initialize class sun.awt.X11GraphicsEnvironment — the failure shape of
      public reports of AWT on slim/alpine JRE images (UnsatisfiedLinkError libawt_xawt.so / libfreetype.so.6 on openjdk slim).
      Callers: webui logs HTTP 500s from the image provider on every page; pages still render (texts, prices, cart, login work).
      Decoys: teastore-recommender restarted 2 days ago after a node reboot (exit 143, healthy since); registry heartbeats normal.
      Deviations from upstream: the image is pinned to an internal tag for revision 4 (upstream uses the unpinned :latest image, kept in revision 3); with a tag the API defaults imagePullPolicy to IfNotPresent.
    `,
    workloads: {
      'teastore-image': {
        rollout: { at: -38, oldContainers: { 'teastore-image': { image: 'descartesresearch/teastore-image' } } },
        containers: { 'teastore-image': { image: NEW } },
      },
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': { state: { running: { startedAt: T.iso(-60 * 49) } }, lastState: { terminated: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 1), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
      },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -38, last: -38 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -36.5, last: -36.5 },
      { on: 'pod:teastore-image#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -37.6 },
      { on: 'pod:teastore-image#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, fieldPath: 'spec.containers{teastore-image}', first: -37.5 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 4.211s (4.211s including waiting). Image size: 148221907 bytes.`, fieldPath: 'spec.containers{teastore-image}', first: -37.4 },
      { on: 'pod:teastore-image#0', reason: 'Created', message: 'Created container teastore-image', fieldPath: 'spec.containers{teastore-image}', first: -37.4 },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', fieldPath: 'spec.containers{teastore-image}', first: -37.4 },
    ],
    logs: {
      'teastore-image#0/teastore-image': [
        cat(-37.3, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.1.20'),
        cat(-37.3, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           17.0.11+9'),
        cat(-37.2, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.image.war]'),
        cat(-37.0, 'INFO', 'main', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered teastore-image:8080 with registry teastore-registry:8080 for service image'),
        cat(-37.0, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.image.war] has finished in [7,412] ms'),
        cat(-36.9, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
        cat(-36.9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [7688] milliseconds'),
        cat(-36.5, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.image.setup.SetupController.generateImages', 'Image provider setup: 1 categories, 301 products registered from persistence, cache size 10485760 bytes'),
        ...linkErr(-36.2, 'http-nio-8080-exec-1'),
        ...ncdf(-36.2, 'http-nio-8080-exec-2'),
        ...ncdf(-30.4, 'http-nio-8080-exec-7'),
        ...ncdf(-12.8, 'http-nio-8080-exec-3'),
        ...ncdf(-1.1, 'http-nio-8080-exec-9'),
      ],
      'teastore-webui#0/teastore-webui': [
        cat(-45, 'INFO', 'http-nio-8080-exec-4', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.updateLoadBalancersForServiceUsingRegistry', 'Updated load balancer for service image: [teastore-image:8080]'),
        cat(-36.8, 'INFO', 'RegistryClient-Heartbeat', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.updateLoadBalancersForServiceUsingRegistry', 'Updated load balancer for service image: [teastore-image:8080]'),
        ...webuiErr(-36.2, 'http-nio-8080-exec-11', '/tools.descartes.teastore.webui/category'),
        ...webuiErr(-30.4, 'http-nio-8080-exec-2', '/tools.descartes.teastore.webui/product'),
        ...webuiErr(-12.8, 'http-nio-8080-exec-6', '/tools.descartes.teastore.webui/'),
        ...webuiErr(-1.1, 'http-nio-8080-exec-14', '/tools.descartes.teastore.webui/category'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        cat(-60 * 49 + 0.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9021] milliseconds'),
        cat(-20, 'INFO', 'pool-3-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, 2437 orders, 14212 order items.'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        cat(-60 * 24 * 9 + 1, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [11784] milliseconds'),
        cat(-20, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.persistence.rest.OrderEndpoint', 'Created order 2438 for user 117'),
      ],
    },
  },
];
