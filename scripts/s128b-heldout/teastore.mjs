// Batch s128b (held-out, written blind): TeaStore.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

// Our deviation from upstream (which sets no resources): the platform team added requests/limits to every Tomcat
// service; teastore-image got a 512Mi memory limit.
const withLimits = (w) => w.name === 'teastore-image'
  ? { ...w, containers: w.containers.map((c) => ({ ...c, resources: { requests: { cpu: '250m', memory: '384Mi' }, limits: { cpu: '1', memory: '512Mi' } } })) }
  : w;
export const system = { ...base, workloads: base.workloads.map(withLimits) };

const I = '2026-04-21T10:58:00Z';
const T = clock(I);
const tomcatTs = (min) => {
  const d = new Date(Date.parse(I) + min * 60000);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}-${mon}-${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)}`;
};
const tc = (min, lvl, thread, cls, msg) => `${tomcatTs(min)} ${lvl} [${thread}] ${cls} ${msg}`;

export const scenarios = [
  {
    folder: 's128b-image-provider-oom',
    description: 'tea shop: product pictures broken / missing on category pages since about 10:35, pages themselves load (slowly)',
    incidentTime: I,
    expected: { component: 'image', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'image', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['louder-dependents', 'time-expression', 'partial-name'],
    grounding: `
      Manifest facts: TeaStore's image provider (teastore-image, Tomcat on :8080) renders and caches product images
      in-process (its cache size is a fraction of the heap); webui fetches images from it through the registry's
      instance list. Upstream sets no resources; our deviation is a 512Mi memory limit on teastore-image added by
      the platform team, without a matching -Xmx, so the JVM sizes its heap from the container limit and the image
      cache plus rendering buffers under a catalogue-wide browse load push the process over the cgroup limit. The
      kernel OOM killer ends it (exit 137, reason OOMKilled) every few minutes, the pod is in CrashLoopBackOff
      between restarts; webui logs connection refused / read timeouts to teastore-image and renders pages without
      pictures. This follows the well-known pattern of JVMs killed by the cgroup OOM killer when heap plus native
      memory exceed the container limit.`,
    workloads: {
      'teastore-image': {
        pods: [{ containers: { 'teastore-image': cs.crashLoop({ restarts: 6, exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-4.6), finishedAt: T.iso(-1.9), backoff: '2m40s', container: 'teastore-image' }) } }],
        unavailableSince: -1.9,
      },
    },
    events: [
      { on: 'pod:teastore-image#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-image"', fieldPath: 'spec.containers{teastore-image}', first: -22, last: -4.7, count: 7 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 812ms (812ms including waiting). Image size: 312455873 bytes.', fieldPath: 'spec.containers{teastore-image}', first: -4.7, last: -4.7 },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', fieldPath: 'spec.containers{teastore-image}', first: -22, last: -4.6, count: 7 },
      { on: 'pod:teastore-image#0', reason: 'BackOff', message: 'Back-off restarting failed container teastore-image in pod %POD%_teastore(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{teastore-image}', first: -14, last: -0.5, count: 11 },
    ],
    logs: {
      'teastore-image#0/teastore-image/previous': [
        tc(-4.55, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.load', 'Server initialization in [612] milliseconds'),
        tc(-4.4, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9873] milliseconds'),
        tc(-4.3, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered teastore-image at registry'),
        tc(-4.1, 'INFO', 'pool-3-thread-1', 'tools.descartes.teastore.image.setup.SetupController.startupWorker', 'Image provider setup: generating images for 1450 products'),
        tc(-2.3, 'WARNING', 'http-nio-8080-exec-17', 'tools.descartes.teastore.image.cache.AbstractCache.cacheImage', 'Cache size limit reached, evicting entries'),
      ],
      'teastore-image#0/teastore-image': [],
      'teastore-webui#0/teastore-webui': [
        tc(-40, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [8120] milliseconds').replace(tomcatTs(-40), tomcatTs(-60 * 24 * 9 + 1)),
        tc(-21.8, 'WARNING', 'http-nio-8080-exec-4', 'tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntities', 'Error getting images from teastore-image: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)'),
        tc(-15.2, 'SEVERE', 'http-nio-8080-exec-12', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [CategoryServlet] threw exception\njavax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out\n\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)\n\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)\n\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductPreviewImages(LoadBalancedImageOperations.java:88)\n\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:92)\nCaused by: java.net.SocketTimeoutException: Read timed out\n\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)'),
        tc(-6.4, 'WARNING', 'http-nio-8080-exec-30', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'No teastore-image instance available: com.netflix.client.ClientException: Load balancer does not have available server for client: teastore-image'),
        tc(-1.4, 'WARNING', 'http-nio-8080-exec-8', 'tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations.getEntities', 'Error getting images from teastore-image: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        tc(-3.0, 'INFO', 'http-nio-8080-exec-2', 'tools.descartes.teastore.persistence.rest.ProductEndpoint.listAllForCategory', 'GET /tools.descartes.teastore.persistence/rest/products/category/2?start=0&max=20 200'),
      ],
    },
  },
];
