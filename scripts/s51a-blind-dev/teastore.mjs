// Batch s51a blind dev scenario for TeaStore (kit system definition): an in-house teastore-image build on a slim JRE base
// without libfreetype; its pod is Ready but every image request fails, so the webui's category and product pages break.
import { system } from '../kit-systems/teastore.mjs';
import { clock, cs } from '../s2-scenario-kit.mjs';

export { system };

const T = clock('2026-06-17T10:41:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat JULI OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const tc = (min, lvl, thread, where, msg) => {
  const j = T.java(min);
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${lvl} [${thread}] ${where} ${msg}`;
};
const NEW_IMAGE = 'registry.tea.internal/teastore/teastore-image:1.4.3-watermark';
const ROLL = -33;
const tomcatBoot = (min, app) => [
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.1.19'),
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           17.0.10+7'),
  tc(min + 0.05, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`),
  tc(min + 0.3, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${app}.war] has finished in [17,204] ms`),
  tc(min + 0.3, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.3, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [17882] milliseconds'),
];
const imageErr = (min, exec, first) => [
  tc(min, 'SEVERE', `http-nio-8080-exec-${exec}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.image] threw exception [jakarta.servlet.ServletException: java.lang.' + (first ? 'UnsatisfiedLinkError: /opt/java/openjdk/lib/libfontmanager.so: libfreetype.so.6: cannot open shared object file: No such file or directory' : 'NoClassDefFoundError: Could not initialize class sun.awt.X11FontManager') + '] with root cause'),
  ...(first
    ? ['java.lang.UnsatisfiedLinkError: /opt/java/openjdk/lib/libfontmanager.so: libfreetype.so.6: cannot open shared object file: No such file or directory',
      '\tat java.base/jdk.internal.loader.NativeLibraries.load(Native Method)',
      '\tat java.base/jdk.internal.loader.NativeLibraries$NativeLibraryImpl.open(NativeLibraries.java:388)',
      '\tat java.base/java.lang.System.loadLibrary(System.java:1989)',
      '\tat java.desktop/sun.font.FontManagerNativeLibrary$1.run(FontManagerNativeLibrary.java:60)',
      '\tat java.desktop/sun.font.SunFontManager.<clinit>(SunFontManager.java:247)',
      '\tat java.desktop/sun.font.FontDesignMetrics.getMetrics(FontDesignMetrics.java:266)',
      '\tat java.desktop/sun.java2d.SunGraphics2D.getFontMetrics(SunGraphics2D.java:870)',
      '\tat tools.descartes.teastore.image.ImageWatermark.apply(ImageWatermark.java:41)',
      '\tat tools.descartes.teastore.image.ImageProvider.getPreviewImages(ImageProvider.java:112)',
      '\tat tools.descartes.teastore.image.rest.ImageProviderEndpoint.getProductImages(ImageProviderEndpoint.java:78)']
    : ['java.lang.NoClassDefFoundError: Could not initialize class sun.awt.X11FontManager',
      '\tat java.desktop/sun.font.FontDesignMetrics.getMetrics(FontDesignMetrics.java:266)',
      '\tat java.desktop/sun.java2d.SunGraphics2D.getFontMetrics(SunGraphics2D.java:870)',
      '\tat tools.descartes.teastore.image.ImageWatermark.apply(ImageWatermark.java:41)',
      '\tat tools.descartes.teastore.image.ImageProvider.getPreviewImages(ImageProvider.java:112)',
      '\tat tools.descartes.teastore.image.rest.ImageProviderEndpoint.getProductImages(ImageProviderEndpoint.java:78)',
      `Caused by: java.lang.ExceptionInInitializerError: Exception java.lang.UnsatisfiedLinkError: /opt/java/openjdk/lib/libfontmanager.so: libfreetype.so.6: cannot open shared object file: No such file or directory [in thread "http-nio-8080-exec-3"]`]),
];
const imageLog = [
  ...tomcatBoot(ROLL + 0.6, 'tools.descartes.teastore.image'),
  tc(ROLL + 1.1, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.image.setup.SetupController.startup', 'Image provider setup: 1 product categories cached, creating images for 0 products (cache warm-up deferred)'),
  ...[-31.4, -28.9, -25.2, -21.7, -17.0, -12.6, -8.1, -4.4, -1.3].flatMap((mm, i) => imageErr(mm, [3, 7, 1, 9, 4, 2, 6, 8, 5][i], i === 0)),
];
const webuiErr = (min, exec, servlet) => [
  tc(min, 'SEVERE', `http-nio-8080-exec-${exec}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception [jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error] with root cause`),
  'jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
  '\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:957)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.translate(JerseyInvocation.java:761)',
  '\tat tools.descartes.teastore.registryclient.util.RESTClient.readThrowAndOrClose(RESTClient.java:142)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.lambda$getProductPreviewImages$1(LoadBalancedImageOperations.java:88)',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:211)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductPreviewImages(LoadBalancedImageOperations.java:86)',
  `\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:71)`,
];
const webuiLog = [
  ...tomcatBoot(-60 * 24 * 9, 'tools.descartes.teastore.webui'),
  ...[-31.4, -28.9, -25.2, -21.7, -17.0, -12.6, -8.1, -4.4, -1.3].flatMap((mm, i) => webuiErr(mm + 0.01, [11, 4, 17, 2, 9, 13, 6, 20, 1][i], i % 3 === 1 ? 'ProductServlet' : 'CategoryServlet')),
];
const recommenderLog = [
  ...tomcatBoot(-190, 'tools.descartes.teastore.recommender'),
  tc(-189.2, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Trained SlopeOneRecommender in 6412 ms on 18342 orders.'),
];

export const scenarios = [
  {
    folder: 's51a-image-provider-rollout-no-freetype',
    incidentTime: '2026-06-17T10:41:00Z',
    description: 'teastore category pages erroring out / no product images, started after 10am',
    expected: { component: 'image', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      The team rolled out an in-house teastore-image build (${NEW_IMAGE}) that adds a text watermark to preview images and was
      rebased on a slim JRE image without libfreetype/fontconfig. The Tomcat webapp deploys and the pod is Running and Ready
      (upstream sets no probes), but the first drawString loads sun.font and fails with the UnsatisfiedLinkError on
      libfontmanager.so / libfreetype.so.6 that slim and alpine Temurin images are known for (eclipse-temurin and openjdk
      image issues), then "NoClassDefFoundError: Could not initialize class sun.awt.X11FontManager" on every later request.
      The webui, which fetches preview images from the image provider through the registry client's load balancer
      (LoadBalancedImageOperations, Jersey client), logs HTTP 500 InternalServerErrorException on every category and product
      page, so it is the louder component. Upstream manifest facts (teastore-clusterip.yaml): teastore-image on 8080 with HOST_NAME
      and REGISTRY_HOST env, no probes, no resources. Decoy: a benign rollout of teastore-recommender three hours earlier (it
      retrained and serves normally).`,
    workloads: {
      'teastore-image': {
        rollout: { at: ROLL, revision: 2, oldContainers: { 'teastore-image': { image: 'descartesresearch/teastore-image' } } },
        containers: { 'teastore-image': { image: NEW_IMAGE, imagePullPolicy: 'IfNotPresent' } },
      },
      'teastore-recommender': {
        rollout: { at: -191, revision: 5, oldContainers: { 'teastore-recommender': { env: [{ name: 'HOST_NAME', value: 'teastore-recommender' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }] } } },
        containers: { 'teastore-recommender': { env: [{ name: 'HOST_NAME', value: 'teastore-recommender' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }, { name: 'RECOMMENDER_ALGORITHM', value: 'SlopeOne' }] } },
      },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: ROLL },
      { on: 'pod:teastore-image#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: ROLL + 0.5 },
      { on: 'pod:teastore-image#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-image}', message: `Pulling image "${NEW_IMAGE}"`, first: ROLL + 0.5 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-image}', message: `Successfully pulled image "${NEW_IMAGE}" in 4.212s (4.212s including waiting). Image size: 118734512 bytes.`, first: ROLL + 0.57 },
      { on: 'pod:teastore-image#0', reason: 'Created', fieldPath: 'spec.containers{teastore-image}', message: 'Created container teastore-image', first: ROLL + 0.58 },
      { on: 'pod:teastore-image#0', reason: 'Started', fieldPath: 'spec.containers{teastore-image}', message: 'Started container teastore-image', first: ROLL + 0.6 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: ROLL + 0.7 },
    ],
    logs: {
      'teastore-image#0/teastore-image': imageLog,
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-recommender#0/teastore-recommender': recommenderLog,
    },
  },
];
