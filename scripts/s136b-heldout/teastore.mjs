// Held-out batch s136b: TeaStore.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const T1 = clock('2026-05-19T10:42:00Z');
const T2 = clock('2026-05-27T16:09:00Z');
const lim = { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1', memory: '768Mi' } };
const imgLog = (min, lvl, cls, msg) => `${T1.java(min).replace(' ', 'T').slice(0, 19).replace('T', ' ')} ${lvl} [http-nio-8080-exec-${Math.abs(Math.round(min * 7)) % 40 + 1}] ${cls} - ${msg}`;
const tomcatStart = (min) => [
  `${T1.java(min).slice(0, 19)} INFO  [main] org.apache.catalina.startup.VersionLoggerListener - Server version name:   Apache Tomcat/8.5.24`,
  `${T1.java(min + 0.05).slice(0, 19)} INFO  [main] tools.descartes.teastore.registryclient.RegistryClient - Registering teastore-image at teastore-registry:8080`,
  `${T1.java(min + 0.1).slice(0, 19)} INFO  [main] tools.descartes.teastore.image.setup.SetupController - Image provider creating 3960 product images, cache size 209715200 bytes`,
];

export const scenarios = [
  {
    folder: 's136b-webui-slow-product-pics',
    incidentTime: '2026-05-19T10:42:00Z',
    description: 'teastore shop pages half broken since ~10:15, product pics missing / timeouts on category pages. webui pods look fine??',
    expected: { component: 'image', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'image', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      TeaStore's image provider (teastore-image) renders and caches product images in the JVM heap; its cache size and
      the number of generated images are set at startup (SetupController), and the upstream manifest sets no resources.
      Deviation: this cluster's team added requests/limits (768Mi memory limit) to every Tomcat service; after the
      catalogue grew the image provider's heap plus cache exceeds the limit under category-page load and the kernel
      OOM-kills it (exit 137, reason OOMKilled), as seen in TeaStore load-test reports where the image service is the
      memory-heaviest component. webui (the caller) logs the read timeouts and connection refusals loudly and stays Ready.
      Decoy: a healthy recommender rollout two days ago (deviation: this team pins recommender tags 1.4.1 -> 1.4.2 instead of upstream :latest).`,
    workloads: {
      'teastore-image': {
        containers: { 'teastore-image': { resources: lim } },
        pods: [{
          created: T1.iso(-60 * 24 * 3),
          containers: { 'teastore-image': cs.restartedRunning({ restarts: 4, startedAt: T1.iso(-2.2), ready: true, last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-9.1), finishedAt: T1.iso(-2.5) } }) },
        }],
      },
      'teastore-recommender': { rollout: { at: -60 * 24 * 2, oldContainers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.1' } } }, containers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.2' } } },
    },
    events: [
      { on: 'pod:teastore-image#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-image"', first: -26, last: -2.4, count: 5 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 612ms (612ms including waiting). Image size: 301223544 bytes.', first: -26, last: -2.4, count: 5 },
      { on: 'pod:teastore-image#0', reason: 'Created', message: 'Created container teastore-image', first: -26, last: -2.3, count: 5 },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', first: -26, last: -2.2, count: 5 },
      { on: 'pod:teastore-image#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container teastore-image in pod %POD%_teastore(%PODUID%)', first: -20, last: -2.5, count: 3 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -60 * 24 * 2, last: -60 * 24 * 2 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -60 * 24 * 2 + 1, last: -60 * 24 * 2 + 1 },
    ],
    logs: {
      'teastore-image#0/teastore-image/previous': [
        ...tomcatStart(-9.1),
        `${T1.java(-8.5).slice(0, 19)} INFO  [main] org.apache.catalina.startup.Catalina - Server startup in 31842 ms`,
        `${T1.java(-6).slice(0, 19)} INFO  [http-nio-8080-exec-3] tools.descartes.teastore.image.cache.AbstractCache - Cache fill 61% (128450560 of 209715200 bytes)`,
        `${T1.java(-4).slice(0, 19)} INFO  [http-nio-8080-exec-17] tools.descartes.teastore.image.cache.AbstractCache - Cache fill 93% (195035136 of 209715200 bytes)`,
        `${T1.java(-2.8).slice(0, 19)} WARN  [http-nio-8080-exec-22] tools.descartes.teastore.image.ImageProvider - Slow image request: 40 images scaled in 4817 ms`,
      ],
      'teastore-image#0/teastore-image': [
        ...tomcatStart(-2.2),
        `${T1.java(-1.7).slice(0, 19)} INFO  [main] org.apache.catalina.startup.Catalina - Server startup in 29118 ms`,
        `${T1.java(-1).slice(0, 19)} INFO  [http-nio-8080-exec-5] tools.descartes.teastore.image.cache.AbstractCache - Cache fill 38% (79691776 of 209715200 bytes)`,
      ],
      'teastore-webui#0/teastore-webui': [
        `${T1.java(-30).slice(0, 19)} INFO  [http-nio-8080-exec-4] tools.descartes.teastore.webui.servlet.CategoryServlet - GET /tools.descartes.teastore.webui/category?category=2&page=1 200`,
        `${T1.java(-26.4).slice(0, 19)} WARN  [http-nio-8080-exec-11] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer - Service teastore-image at %IPOF:teastore-image#0%:8080 failed: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)`,
        `${T1.java(-26.4).slice(0, 19)} ERROR [http-nio-8080-exec-11] tools.descartes.teastore.webui.servlet.CategoryServlet - Could not load product images`,
        'tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timout waiting for Store Service',
        '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:245)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductPreviewImages(LoadBalancedImageOperations.java:71)',
        '\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:84)',
        '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:211)',
        `${T1.java(-14.2).slice(0, 19)} WARN  [http-nio-8080-exec-29] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer - Service teastore-image at %IPOF:teastore-image#0%:8080 failed: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out`,
        `${T1.java(-14.2).slice(0, 19)} ERROR [http-nio-8080-exec-29] tools.descartes.teastore.webui.servlet.CategoryServlet - Could not load product images`,
        `${T1.java(-3).slice(0, 19)} WARN  [http-nio-8080-exec-2] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer - Service teastore-image at %IPOF:teastore-image#0%:8080 failed: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)`,
        `${T1.java(-3).slice(0, 19)} ERROR [http-nio-8080-exec-2] tools.descartes.teastore.webui.servlet.ProductServlet - Could not load product images`,
        `${T1.java(-1.2).slice(0, 19)} INFO  [http-nio-8080-exec-8] tools.descartes.teastore.webui.servlet.IndexServlet - GET /tools.descartes.teastore.webui/ 200`,
      ],
    },
  },
  {
    folder: 's136b-latency-blip-after-deploy',
    incidentTime: '2026-05-27T16:09:00Z',
    description: 'got paged for teastore webui p95 latency at 16:02, already cleared by itself? auth got deployed around then, can someone confirm nothing is actually broken',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      No fault. A routine rolling update of teastore-auth (tag 1.4.2 -> 1.4.3, deviation: upstream pins no tag) at
      16:00 briefly left webui's registry-based load balancer with a stale auth instance; webui logged a few retries
      while the new pod registered with teastore-registry, which is how the TeaStore registry client behaves during a
      restart (instances re-register every few seconds). The latency alert fired and resolved on its own; every pod is
      Running and Ready, the new ReplicaSet is fully available, the old one scaled to 0, and all logs after 16:03 are
      ordinary traffic.`,
    workloads: {
      'teastore-auth': {
        containers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.3' } },
        rollout: { at: -9, oldContainers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.2' } } },
      },
    },
    events: [
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -9, last: -9 },
      { on: 'pod:teastore-auth#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -8.9, last: -8.9 },
      { on: 'pod:teastore-auth#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-auth:1.4.3"', first: -8.8, last: -8.8 },
      { on: 'pod:teastore-auth#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-auth:1.4.3" in 4.118s (4.118s including waiting). Image size: 298114201 bytes.', first: -8.7, last: -8.7 },
      { on: 'pod:teastore-auth#0', reason: 'Created', message: 'Created container teastore-auth', first: -8.7, last: -8.7 },
      { on: 'pod:teastore-auth#0', reason: 'Started', message: 'Started container teastore-auth', first: -8.6, last: -8.6 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -8.4, last: -8.4 },
    ],
    logs: {
      'teastore-auth#0/teastore-auth': [
        `${T2.java(-8.5).slice(0, 19)} INFO  [main] org.apache.catalina.startup.VersionLoggerListener - Server version name:   Apache Tomcat/8.5.24`,
        `${T2.java(-8.4).slice(0, 19)} INFO  [main] tools.descartes.teastore.registryclient.RegistryClient - Registering teastore-auth at teastore-registry:8080`,
        `${T2.java(-7.9).slice(0, 19)} INFO  [main] org.apache.catalina.startup.Catalina - Server startup in 28764 ms`,
        `${T2.java(-3).slice(0, 19)} INFO  [http-nio-8080-exec-6] tools.descartes.teastore.auth.rest.AuthUserActionsRest - Login successful for user user12`,
      ],
      'teastore-webui#0/teastore-webui': [
        `${T2.java(-20).slice(0, 19)} INFO  [http-nio-8080-exec-4] tools.descartes.teastore.webui.servlet.IndexServlet - GET /tools.descartes.teastore.webui/ 200`,
        `${T2.java(-8.3).slice(0, 19)} WARN  [http-nio-8080-exec-13] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer - Service teastore-auth at 10.244.2.61:8080 failed: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)`,
        `${T2.java(-8.2).slice(0, 19)} INFO  [RegistryClient-refresh] tools.descartes.teastore.registryclient.RegistryClient - Updated service list for teastore-auth: 1 instance(s)`,
        `${T2.java(-5).slice(0, 19)} INFO  [http-nio-8080-exec-9] tools.descartes.teastore.webui.servlet.LoginActionServlet - POST /tools.descartes.teastore.webui/loginAction 302`,
        `${T2.java(-1).slice(0, 19)} INFO  [http-nio-8080-exec-2] tools.descartes.teastore.webui.servlet.CategoryServlet - GET /tools.descartes.teastore.webui/category?category=3&page=1 200`,
      ],
    },
  },
];
