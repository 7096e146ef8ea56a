// Blind held-out batch s124b: one TeaStore scenario (split test) on the kit system scripts/kit-systems/teastore.mjs.
// Built by scripts/s124b-build.mjs with the scenario kit; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

const T = clock('2026-05-19T10:25:00Z');
const LIM = { requests: { cpu: '250m', memory: '384Mi' }, limits: { cpu: '1', memory: '384Mi' } };
// The operators added requests/limits to every container in a sizing pass (upstream sets none); image got 384Mi.
export const system = {
  ...base,
  workloads: base.workloads.map((w) => (w.name === 'teastore-image' ? { ...w, containers: w.containers.map((c) => ({ ...c, resources: LIM })) } : w)),
};
const j = (min) => T.java(min).replace(' ', ' ');
const tc = (min, lvl, cls, msg) => `${T.java(min).slice(8, 10)}-May-2026 ${T.java(min).slice(11)} ${lvl} [main] ${cls} ${msg}`;
const oom = (restarts, start, fin) => cs.restartedRunning({ restarts, startedAt: T.iso(start), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(start - 5.5), finishedAt: T.iso(fin) } });

export const scenarios = [
  {
    folder: 's124b-image-provider-oomkilled',
    incidentTime: '2026-05-19T10:25:00Z',
    description: 'teastore product pics broken / placeholder images since around 10am, shop otherwise ok',
    expected: { component: 'image', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'image', cause: 'resource-exhaustion' }, { component: 'image', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents'],
    workloads: {
      'teastore-image': {
        pods: [{ containers: { 'teastore-image': oom(6, -2.1, -2.3) }, readyTransition: T.iso(-1.6) }],
      },
    },
    events: [
      { on: 'pod:teastore-image#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-image"', first: -27, last: -2.3, count: 7, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 612ms (612ms including waiting). Image size: 246821337 bytes.', first: -27, last: -2.2, count: 7, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', first: -27, last: -2.1, count: 7, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container teastore-image in pod %POD%_teastore(%PODUID%)', first: -16, last: -2.4, count: 5, fieldPath: 'spec.containers{teastore-image}' },
    ],
    logs: {
      'teastore-image#0/teastore-image/previous': [
        tc(-7.8, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [14212] milliseconds'),
        `${T.java(-7.6)} [pool-2-thread-1] INFO  tools.descartes.teastore.image.setup.SetupController - Creating images for 3 categories and 440 products.`,
        `${T.java(-6.9)} [pool-2-thread-1] INFO  tools.descartes.teastore.image.setup.SetupController - Image cache size set to 100000000 bytes; loading images into cache.`,
      ],
      'teastore-image#0/teastore-image': [
        tc(-1.9, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [13876] milliseconds'),
        `${T.java(-1.7)} [pool-2-thread-1] INFO  tools.descartes.teastore.image.setup.SetupController - Creating images for 3 categories and 440 products.`,
      ],
      'teastore-webui#0/teastore-webui': [
        `${T.java(-9.2)} [http-nio-8080-exec-7] WARN  tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer - Service IMAGE not reachable: java.net.ConnectException: Connection refused`,
        `${T.java(-9.2)} [http-nio-8080-exec-7] ERROR tools.descartes.teastore.webui.servlet.AbstractUIServlet - Error loading product images`,
        'javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused',
        '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:270)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductPreviewImages(LoadBalancedImageOperations.java:72)',
        `${T.java(-4.1)} [http-nio-8080-exec-3] WARN  tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer - Service IMAGE not reachable: java.net.SocketTimeoutException: Read timed out`,
        `${T.java(-4.1)} [http-nio-8080-exec-3] ERROR tools.descartes.teastore.webui.servlet.AbstractUIServlet - Error loading product images`,
        `${T.java(-1.2)} [http-nio-8080-exec-9] WARN  tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer - Service IMAGE not reachable: java.net.ConnectException: Connection refused`,
      ],
      'teastore-persistence#0/teastore-persistence': [
        `${T.java(-30)} [http-nio-8080-exec-2] INFO  tools.descartes.teastore.persistence.rest.ProductEndpoint - listing products of category 2`,
        `${T.java(-3)} [http-nio-8080-exec-5] INFO  tools.descartes.teastore.persistence.rest.ProductEndpoint - listing products of category 4`,
      ],
    },
    grounding: `
      Manifest facts: teastore-clusterip.yaml at 5ab1188 — teastore-image is one Tomcat replica behind Service teastore-image:8080,
      found by webui through the registry; upstream sets no resources. The image provider generates every product image at
      startup and keeps them in an in-memory cache (SetupController; cache size configurable), so its resident memory grows
      with the catalogue.
      Fault: a sizing pass gave teastore-image a 384Mi memory limit; during image generation and cache warm-up the JVM's
      resident set (heap + metaspace + native buffers) passes the cgroup limit and the kernel kills it: lastState
      terminated reason OOMKilled exit 137, restartCount 6, back-off between runs. No java.lang.OutOfMemoryError is ever
      logged (the kernel kill gives the JVM no chance). webui is the loud one (connection refused / read timeout to IMAGE).
      Deviations from upstream: resources on teastore-image (requests 250m/384Mi, limits 1/384Mi). Log formats follow
      TeaStore's logback pattern and Tomcat's startup line; messages are paraphrased.`,
  },
];
