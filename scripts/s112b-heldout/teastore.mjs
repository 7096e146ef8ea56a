// Held-out batch s112b (blind): one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/teastore.mjs (DescartesResearch/TeaStore teastore-clusterip.yaml at 5ab1188).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const IT = '2026-05-13T09:42:00Z';
const T = clock(IT);
const lim = { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '320Mi' } };
const cat = (min, lvl, cls, msg) => `${T.java(min).replace(/-/g, '-')} ${lvl} [http-nio-8080-exec-${Math.abs(Math.round(min)) % 9 + 1}] ${cls} - ${msg}`;
const tomcatStart = (min) => [
  `${T.java(min).slice(0, 19).replace(/(\d+)-(\d+)-(\d+)/, '$3-$2-$1')} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/8.5.24`,
  `${T.java(min + 0.05).slice(0, 19).replace(/(\d+)-(\d+)-(\d+)/, '$3-$2-$1')} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 4312 ms`,
];

export const scenarios = [
  {
    folder: 's112b-image-provider-native-oom',
    incidentTime: IT,
    description: 'teastore product pics missing / broken images on category pages since this morning, shop otherwise ok',
    expected: { component: 'image', cause: 'oom-killed' },
    alsoAcceptable: [
      { component: 'image', cause: 'resource-exhaustion' },
      { component: 'image', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['louder-dependents', 'partial-name', 'time-expression'],
    grounding: `
      Manifest facts: teastore-image (Tomcat, :8080) registers with teastore-registry and is called by teastore-webui
      for every product and category page (teastore-clusterip.yaml at 5ab1188; upstream sets no resources).
      Fault follows the common "container OOMKilled while the Java heap is fine" reports: the JVM sizes its heap from
      the container limit (MaxRAMPercentage 25 %), but the image provider's AWT/ImageIO scaling and its image cache
      allocate native memory, so the cgroup limit is hit and the kernel kills the JVM (OOMKilled, exit 137) with no
      java.lang.OutOfMemoryError in the log. Deviation from upstream: the operators added requests/limits
      (256Mi/320Mi) to teastore-image nine days before the incident; the limit is the fault.
      The webui logs the failing image fetches (louder than the culprit); the rest of the shop works.
    `,
    workloads: {
      'teastore-image': {
        containers: { 'teastore-image': { resources: lim } },
        pods: [{
          containers: {
            'teastore-image': cs.restartedRunning({ restarts: 9, startedAt: T.iso(-3.2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-12.5), finishedAt: T.iso(-3.6) } }),
          },
          readyTransition: T.iso(-3.1),
        }],
      },
    },
    events: [
      { on: 'pod:teastore-image#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-image"', first: -90, last: -3.5, count: 10, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 812ms (812ms including waiting). Image size: 372913354 bytes.', first: -3.4, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', first: -90, last: -3.2, count: 10, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container teastore-image in pod %POD%_teastore(%PODUID%)', first: -40, last: -3.5, count: 6, fieldPath: 'spec.containers{teastore-image}' },
    ],
    logs: {
      'teastore-image#0/teastore-image': [
        ...tomcatStart(-3.1),
        cat(-2.9, 'INFO', 'tools.descartes.teastore.image.setup.SetupController', 'Creating images from database products.'),
        cat(-2.2, 'INFO', 'tools.descartes.teastore.image.setup.SetupController', 'Image provider finished setup, cache size 50 MB.'),
      ],
      'teastore-image#0/teastore-image/previous': [
        ...tomcatStart(-12.4),
        cat(-12.2, 'INFO', 'tools.descartes.teastore.image.setup.SetupController', 'Creating images from database products.'),
        cat(-11.3, 'INFO', 'tools.descartes.teastore.image.setup.SetupController', 'Image provider finished setup, cache size 50 MB.'),
      ],
      'teastore-webui#0/teastore-webui': [
        cat(-30, 'INFO', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', 'Updated service list for IMAGE: [teastore-image:8080]'),
        cat(-3.7, 'WARN', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', 'Service IMAGE unreachable at teastore-image:8080: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)'),
        'javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)',
        '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductImages(LoadBalancedImageOperations.java:98)',
        '\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:82)',
        cat(-3.4, 'WARN', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', 'Service IMAGE unreachable at teastore-image:8080: javax.ws.rs.ProcessingException: java.net.SocketException: Unexpected end of file from server'),
        cat(-1.2, 'INFO', 'tools.descartes.teastore.webui.servlet.CategoryServlet', 'GET /tools.descartes.teastore.webui/category?category=2&page=1'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        cat(-20, 'INFO', 'tools.descartes.teastore.persistence.daemons.InitialDataGenerationDaemon', 'Persistence finished initializing database'),
      ],
    },
  },
];
