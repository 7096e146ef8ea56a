// Batch s125b (blind dev): TeaStore, a teastore-image release whose image cache exhausts the JVM heap (pods stay Ready).
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const INC = '2026-07-14T11:05:00Z';
const T = clock(INC);
const img = [], ui = [];
img.push(`${T.java(-33.5).slice(0, 19).replace(/-/g, '-')} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [8412] milliseconds`);
for (let m = -33; m < -0.5; m += 0.8) {
  const bad = m > -14;
  img.push(`${T.java(m)} INFO  tools.descartes.teastore.image.cache.AbstractCache - Cache size ${bad ? 1180 + Math.round((m + 14) * 30) : Math.round((m + 33) * 41)} MB, entries ${Math.round((m + 33) * 230)}`);
  if (bad && Math.round(m * 10) % 2 === 0) {
    img.push(`${T.java(m + 0.1)} SEVERE [http-nio-8080-exec-${Math.abs(Math.round(m)) % 25 + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.image] threw exception [java.lang.OutOfMemoryError: Java heap space] with root cause`,
      '\tjava.lang.OutOfMemoryError: Java heap space',
      '\t\tat java.base/java.awt.image.DataBufferInt.<init>(DataBufferInt.java:75)',
      '\t\tat java.desktop/java.awt.image.Raster.createPackedRaster(Raster.java:467)',
      '\t\tat java.desktop/java.awt.image.BufferedImage.<init>(BufferedImage.java:333)',
      '\t\tat tools.descartes.teastore.image.ImageScaler.scale(ImageScaler.java:62)',
      '\t\tat tools.descartes.teastore.image.ImageProvider.getImageFor(ImageProvider.java:131)',
      '\t\tat tools.descartes.teastore.image.rest.ImageProviderEndpoint.getProductImages(ImageProviderEndpoint.java:58)');
    ui.push(`${T.java(m + 0.12)} WARNING [http-nio-8080-exec-${Math.abs(Math.round(m * 3)) % 25 + 1}] tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrThrowSomeExceptions Error 500 from http://teastore-image:8080/tools.descartes.teastore.image/rest/image/getProductImages`);
    ui.push(`${T.java(m + 0.13)} SEVERE [http-nio-8080-exec-${Math.abs(Math.round(m * 3)) % 25 + 1}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [CategoryServlet] threw exception [tools.descartes.teastore.registryclient.rest.InternalServerErrorException: Internal Server Error] with root cause`);
  }
  ui.push(`${T.java(m + 0.2)} INFO [http-nio-8080-exec-3] tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet GET /tools.descartes.teastore.webui/product?id=${Math.abs(Math.round(m * 17)) % 500 + 7}`);
}
const IMG = 'descartesresearch/teastore-image';
export const scenarios = [
  {
    folder: 's125b-image-release-heap-exhaustion',
    incidentTime: INC,
    description: 'teastore category pages 500 / no product pics intermittently since ~10:50, webui logs full of InternalServerError. shop-core team deployed something this morning?',
    expected: { component: 'image', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'image', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      TeaStore (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml): the image service scales product
      pictures with java.awt BufferedImage and keeps them in an in-memory cache; webui fetches them over REST. The release
      at 10:31 (new ReplicaSet of teastore-image, env IMG_CACHE_SIZE raised from upstream's default to 4096 MB - larger
      than the JVM's default max heap of a limitless container on these nodes) lets the cache grow until image scaling
      throws java.lang.OutOfMemoryError: Java heap space inside Tomcat. The JVM does not exit, the container is never
      OOM-killed (no limit), the pod stays Running and Ready (upstream has no probes), and webui logs 500s per request.
      Follows the common "cache bigger than -Xmx" regression reported against Java services after config releases.
      Decoy: a teastore-recommender rollout 40 minutes earlier that is healthy. Deviations: the image tag is pinned
      (upstream uses :latest), IMG_CACHE_SIZE as an env var and the cache log line are this operator's build.
    `,
    workloads: {
      'teastore-image': {
        rollout: { at: -34, oldContainers: { 'teastore-image': { image: `${IMG}:1.4.1`, env: [{ name: 'HOST_NAME', value: 'teastore-image' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }] } } },
        containers: { 'teastore-image': { image: `${IMG}:1.4.2`, env: [{ name: 'HOST_NAME', value: 'teastore-image' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }, { name: 'IMG_CACHE_SIZE', value: '4096' }] } },
      },
      'teastore-recommender': {
        rollout: { at: -75, oldContainers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.1' } } },
        containers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.2' } },
      },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -34 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -33.4 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: `Successfully pulled image "${IMG}:1.4.2" in 3.112s (3.112s including waiting). Image size: 301455873 bytes.`, first: -33.8 },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', first: -33.7 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -75 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -74 },
    ],
    logs: { 'teastore-image#0/teastore-image': img, 'teastore-webui#0/teastore-webui': ui },
  },
];
