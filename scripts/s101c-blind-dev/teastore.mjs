// Blind dev batch s101c, TeaStore: a Chaos Mesh NetworkChaos bandwidth limit left on teastore-image, so the WebUI's
// image calls time out while the image service stays up, Ready and quiet (network-fault).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const IT = '2026-04-09T10:58:00Z';
const T = clock(IT);
const ts = (min) => { const d = new Date(Date.parse(IT) + min * 60000); const M = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; return `${String(d.getUTCDate()).padStart(2,'0')}-${M}-${d.getUTCFullYear()} ${T.java(min).slice(11)}`; };
const timeout = (min, th) => [
  `${ts(min)} SEVERE [http-nio-8080-exec-${th}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception`,
  '\tjavax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
  '\t\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:287)',
  '\t\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:255)',
  '\t\tat tools.descartes.teastore.registryclient.rest.RestUtil.readThroughAndThrowExceptions(RestUtil.java:48)',
  '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductPreviewImages(LoadBalancedImageOperations.java:87)',
  '\t\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:78)',
  '\tCaused by: java.net.SocketTimeoutException: Read timed out',
  '\t\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)',
  '\t\tat java.base/java.net.SocketInputStream.read(SocketInputStream.java:168)',
];
export const scenarios = [
  {
    folder: 's101c-bandwidth-chaos-image-svc',
    incidentTime: IT,
    description: 'tea store category pages hang ~30s then error, product pics missing since about 10:40. login + cart still work',
    expected: { component: 'image', cause: 'network-fault' },
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'network-latency', 'louder-dependents', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Manifest: teastore-webui calls teastore-image (registered under HOST_NAME teastore-image) through the registry
      client's Jersey load balancer for every category and product page (preview and full images, base64 in JSON).
      Fault: a Chaos Mesh NetworkChaos with action bandwidth (rate 1mbps, limit 20971520, buffer 10000) selecting
      run=teastore-image, from a capacity test, left on (chaos-mesh.org "Simulate Network Faults": bandwidth). The tc
      tbf qdisc is installed in the pod's network namespace by chaos-daemon, so nothing on the Pod changes; image stays
      Running/Ready and logs nothing unusual. The WebUI's Jersey reads time out (SocketTimeoutException: Read timed out).
      Decoy: teastore-recommender was OOMKilled three days ago by the node (no limits upstream) and has run since.
      Deviation from upstream: none beyond the chaos experiment.`,
    workloads: {
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.3) } }) } }],
      },
    },
    events: [],
    logs: {
      'teastore-webui#0/teastore-webui': [
        `${ts(-60 * 24 * 9)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [14211] milliseconds`,
        ...timeout(-17.2, 14), ...timeout(-14.9, 3), ...timeout(-11.0, 22), ...timeout(-7.4, 9), ...timeout(-2.1, 17),
      ],
      'teastore-image#0/teastore-image': [
        `${ts(-60 * 24 * 9)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [21874] milliseconds`,
        `${ts(-60 * 24 * 9 + 0.5)} INFO [pool-2-thread-1] tools.descartes.teastore.image.setup.SetupController.startup Image provider setup finished. Cache ready.`,
      ],
      'teastore-registry#0/teastore-registry': [
        `${ts(-60 * 24 * 9)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [6012] milliseconds`,
      ],
      'teastore-auth#0/teastore-auth': [
        `${ts(-60 * 24 * 9)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [9904] milliseconds`,
      ],
    },
  },
];
