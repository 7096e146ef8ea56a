// Blind dev batch s95a, TeaStore: one scenario on the kit's TeaStore system (scripts/kit-systems/teastore.mjs).
// A teastore-image release that starts and registers fine but answers 500 for product images; webui is the loud one.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const T = clock('2026-07-14T12:47:00Z');
const cat = (min, level, thread, cls, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${cls} ${msg}`;
};
const NPE = [
  'java.lang.NullPointerException: Cannot invoke "tools.descartes.teastore.image.StoreImage.getByteArray()" because "img" is null',
  '\tat tools.descartes.teastore.image.ImageProvider.getProductImages(ImageProvider.java:131)',
  '\tat tools.descartes.teastore.image.rest.ImageProviderEndpoint.getProductImages(ImageProviderEndpoint.java:58)',
  '\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
  '\tat org.glassfish.jersey.server.model.internal.ResourceMethodInvocationHandlerFactory.lambda$static$0(ResourceMethodInvocationHandlerFactory.java:52)',
];

export const scenarios = [
  {
    folder: 's95a-image-release-null-product-images',
    incidentTime: '2026-07-14T12:47:00Z',
    description: 'teastore category + product pages error 500 since right after lunch deploys, home page and login still work',
    expected: { component: 'image', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts: every TeaStore service is a Tomcat webapp on 8080 with no probes, registering with teastore-registry
      under HOST_NAME; webui fetches product images from teastore-image (REST, load-balanced through the registry list) for
      category and product pages, while the home page and login do not need product images. Fault: teastore-image moves
      from the pinned 1.4.1 to 1.4.2-rc1 at 12:12; the release's ImageProvider returns null for product images that
      the setup did not pre-scale, so /rest/image/getProductImages throws a NullPointerException and Jersey answers 500;
      the webui servlets turn that into an error page. The pod starts, registers and stays Ready (no probes upstream).
      Shape: a release Ready but misbehaving, as in public post-mortems of regressions that pass health checks.
      Decoys: a benign teastore-recommender rollout at 12:05 (image tag only, it trains and serves), and a teastore-auth
      OOMKill four days ago (restartCount 1, Running since). Deviation from upstream: tags are pinned (upstream uses latest).
    `,
    workloads: {
      'teastore-image': {
        rollout: { at: -35, oldContainers: { 'teastore-image': { image: 'descartesresearch/teastore-image:1.4.1' } } },
        containers: { 'teastore-image': { image: 'descartesresearch/teastore-image:1.4.2-rc1' } },
      },
      'teastore-recommender': {
        rollout: { at: -42, oldContainers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.1' } } },
        containers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.2' } },
      },
      'teastore-auth': { pods: [{ containers: { 'teastore-auth': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 11), finishedAt: T.iso(-60 * 24 * 4 - 0.2) } }) } }] },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -35 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -34.4 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -42 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -41.4 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image:1.4.2-rc1" in 6.921s (6.921s including waiting). Image size: 231404418 bytes.', fieldPath: 'spec.containers{teastore-image}', first: -34.8 },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', fieldPath: 'spec.containers{teastore-image}', first: -34.7 },
    ],
    logs: {
      'teastore-image#0/teastore-image': [
        cat(-34.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9412] milliseconds'),
        cat(-34.2, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.image.setup.SetupController.startup', 'Image provider setup finished, 1150 product images in cache.'),
        cat(-31, 'SEVERE', 'http-nio-8080-exec-3', 'org.glassfish.jersey.server.ServerRuntime$Responder.writeResponse', 'An I/O error has occurred while writing a response message entity to the container output stream.'),
        ...NPE,
        cat(-9, 'SEVERE', 'http-nio-8080-exec-6', 'org.glassfish.jersey.server.ServerRuntime$Responder.process', 'Error processing request'),
        ...NPE,
        cat(-1.3, 'SEVERE', 'http-nio-8080-exec-2', 'org.glassfish.jersey.server.ServerRuntime$Responder.process', 'Error processing request'),
        ...NPE,
      ],
      'teastore-webui#0/teastore-webui': [
        cat(-50, 'INFO', 'http-nio-8080-exec-1', 'tools.descartes.teastore.webui.servlet.IndexServlet.handleGETRequest', 'GET /tools.descartes.teastore.webui/'),
        cat(-30.9, 'SEVERE', 'http-nio-8080-exec-8', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        'jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
        '\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:960)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductPreviewImages(LoadBalancedImageOperations.java:74)',
        '\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:79)',
        cat(-8.9, 'SEVERE', 'http-nio-8080-exec-2', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [ProductServlet] in context with path [/tools.descartes.teastore.webui] threw exception'),
        'jakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
        '\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:960)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductImages(LoadBalancedImageOperations.java:58)',
        '\tat tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest(ProductServlet.java:71)',
      ],
      'teastore-recommender#0/teastore-recommender': [
        cat(-41.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [7120] milliseconds'),
        cat(-40.8, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, ready for recommendation.'),
      ],
      'teastore-registry#0/teastore-registry': [
        cat(-34.3, 'INFO', 'http-nio-8080-exec-4', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Registered image service at teastore-image:8080'),
      ],
    },
  },
];
