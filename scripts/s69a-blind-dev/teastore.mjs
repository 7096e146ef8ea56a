// Blind dev batch s69a: one TeaStore scenario (network-fault) for the scenario kit, on the kit system definition
// scripts/kit-systems/teastore.mjs; built by scripts/s69a-build.mjs into test/scenarios/teastore/s69a-*/.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat 8.5 JULI OneLineFormatter, as `catalina.sh run` prints it to the container's stdout.
const tc = (T, min, level, thread, src, msg) => {
  const j = T.java(min); // YYYY-MM-DD hh:mm:ss.mmm
  const [d, t] = j.split(' ');
  const [Y, M, D] = d.split('-');
  return `${D}-${MON[Number(M) - 1]}-${Y} ${t} ${level.padEnd(7)} [${thread}] ${src} ${msg}`;
};
const boot = (T, min, ctx) => [
  tc(T, min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.100'),
  tc(T, min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.23+9'),
  tc(T, min + 0.02, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(T, min + 0.05, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${ctx}.war]`),
  tc(T, min + 0.12, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${ctx}.war] has finished in [4,118] ms`),
  tc(T, min + 0.13, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(T, min + 0.13, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [4391] milliseconds'),
];
const readTimeout = (T, min, thread, servlet, op, caller) => [
  tc(T, min, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`),
  '\tjavax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
  '\t\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)',
  '\t\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)',
  '\t\tat org.glassfish.jersey.client.JerseyInvocation.lambda$invoke$1(JerseyInvocation.java:623)',
  '\t\tat org.glassfish.jersey.client.JerseyInvocation.invoke(JerseyInvocation.java:665)',
  '\t\tat org.glassfish.jersey.client.JerseyInvocation$Builder.method(JerseyInvocation.java:456)',
  '\t\tat org.glassfish.jersey.client.JerseyInvocation$Builder.post(JerseyInvocation.java:357)',
  `\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.lambda$${op}$1(LoadBalancedImageOperations.java:77)`,
  '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:250)',
  `\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.${op}(LoadBalancedImageOperations.java:76)`,
  `\t\tat ${caller}`,
  '\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:205)',
  '\t\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:670)',
  '\tCaused by: java.net.SocketTimeoutException: Read timed out',
  '\t\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)',
  '\t\tat java.base/java.net.SocketInputStream.socketRead(SocketInputStream.java:115)',
  '\t\tat java.base/java.net.SocketInputStream.read(SocketInputStream.java:168)',
  '\t\tat java.base/java.io.BufferedInputStream.fill(BufferedInputStream.java:252)',
  '\t\tat java.base/sun.net.www.http.HttpClient.parseHTTPHeader(HttpClient.java:789)',
  '\t\t... 41 more',
];

const T = clock('2026-05-12T09:40:00Z');
const REBOOT = -53;
const upAgain = -50.6;
const rebootedPod = () => ({
  node: 'tea-worker-3',
  readyTransition: T.iso(upAgain + 0.4),
  containers: {},
});
const restarted = () =>
  cs.restartedRunning({
    restarts: 1,
    startedAt: T.iso(upAgain),
    last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(REBOOT) },
  });

const imageReady = rebootedPod();
imageReady.containers = { 'teastore-image': restarted() };
const recReady = rebootedPod();
recReady.containers = { 'teastore-recommender': restarted() };

const w1 = { node: 'tea-worker-1' };
const w2 = { node: 'tea-worker-2' };
const nodeReady = {
  type: 'Ready', status: 'True', lastHeartbeatTime: T.iso(-0.4), lastTransitionTime: T.iso(-51.9),
  reason: 'KubeletReady', message: 'kubelet is posting ready status',
};

const webuiLog = [
  ...boot(T, -60 * 24 * 9 + 0.4, 'tools.descartes.teastore.webui'),
  tc(T, -60 * 24 * 9 + 0.5, 'INFO', 'main', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered teastore-webui:8080 with registry teastore-registry:8080'),
  tc(T, -96, 'WARNING', 'http-nio-8080-exec-4', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service teastore-recommender unreachable for 1 request; 1 instance(s) known, retrying'),
  tc(T, -52.6, 'WARNING', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.updateServers', 'No instance of service [image] in registry teastore-registry:8080 (0 of 1 alive)'),
  tc(T, -49.8, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.updateServers', 'Service [image] instances changed: [%IPOF:teastore-image#0%:8080]'),
];
let n = 11;
for (const m of [-46.3, -41.9, -37.2, -31.5, -26.8, -22.4, -17.9, -13.3, -9.6, -5.2, -2.1]) {
  const cat = n % 2 ? 'tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:92)' : 'tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest(ProductServlet.java:77)';
  const servlet = n % 2 ? 'CategoryServlet' : 'ProductServlet';
  const op = n % 2 ? 'getProductPreviewImages' : 'getProductImages';
  webuiLog.push(...readTimeout(T, m, `http-nio-8080-exec-${n}`, servlet, op, cat));
  n += 3;
}

const imageLog = [
  ...boot(T, upAgain + 0.05, 'tools.descartes.teastore.image'),
  tc(T, upAgain + 0.2, 'INFO', 'main', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered teastore-image:8080 with registry teastore-registry:8080'),
  tc(T, upAgain + 0.25, 'INFO', 'image-setup', 'tools.descartes.teastore.image.setup.SetupController.startup', 'Image provider setup started: waiting for persistence'),
  tc(T, upAgain + 0.3, 'INFO', 'image-setup', 'tools.descartes.teastore.image.setup.SetupController.fetchProducts', 'Persistence is ready (teastore-persistence:8080), fetching categories'),
  tc(T, upAgain + 0.8, 'WARNING', 'image-setup', 'tools.descartes.teastore.image.setup.SetupController.fetchProducts', 'Could not fetch products of category 2 from persistence: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out. Retrying in 10s'),
  tc(T, upAgain + 1.2, 'WARNING', 'image-setup', 'tools.descartes.teastore.image.setup.SetupController.fetchProducts', 'Could not fetch products of category 2 from persistence: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out. Retrying in 10s'),
  tc(T, upAgain + 1.6, 'WARNING', 'image-setup', 'tools.descartes.teastore.image.setup.SetupController.fetchProducts', 'Could not fetch products of category 2 from persistence: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out. Giving up; serving placeholder images for categories [2, 3, 4, 5, 6]'),
  tc(T, upAgain + 1.7, 'INFO', 'image-setup', 'tools.descartes.teastore.image.setup.SetupController.startup', 'Image provider setup finished (1 of 6 categories generated, cache size 20971520 bytes)'),
];
const recLog = [
  ...boot(T, upAgain + 0.05, 'tools.descartes.teastore.recommender'),
  tc(T, upAgain + 0.2, 'INFO', 'main', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered teastore-recommender:8080 with registry teastore-registry:8080'),
  tc(T, upAgain + 0.3, 'INFO', 'recommender-train', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Retrieving orders and order items from persistence for training'),
  tc(T, upAgain + 0.9, 'SEVERE', 'recommender-train', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Could not retrieve order items from teastore-persistence:8080: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out'),
  tc(T, upAgain + 0.9, 'WARNING', 'recommender-train', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Training failed, recommender will answer with the fallback (most popular) algorithm until the next retrain in 60 minutes'),
];
const persistenceLog = [
  ...boot(T, -60 * 24 * 9 + 0.3, 'tools.descartes.teastore.persistence'),
  tc(T, -60 * 24 * 9 + 0.45, 'INFO', 'main', 'tools.descartes.teastore.persistence.repository.DataGenerator.isDatabaseEmpty', 'Database is not empty, skipping data generation'),
  tc(T, -60 * 24 * 9 + 0.5, 'INFO', 'main', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered teastore-persistence:8080 with registry teastore-registry:8080'),
];

export const scenarios = [
  {
    folder: 's69a-image-provider-mtu-blackhole-worker3',
    incidentTime: '2026-05-12T09:40:00Z',
    description: 'teastore category + product pages hang ~30s and then come back without pictures, since around 08:50. login, cart and checkout are fine. shop-frontend team',
    expected: { component: 'image', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'image', cause: 'network-fault', node: 'tea-worker-3' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'node-level', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifest facts (teastore-clusterip.yaml at 5ab1188): the webui fetches product images from teastore-image (found through the
      registry) over HTTP with the Jersey client; image and recommender read from teastore-persistence at startup; no probes on any
      container, so every pod stays Ready whatever its traffic does. Cluster as SOURCES.md: 3 kubeadm workers, flannel VXLAN.
      Fault, as flannel/Calico MTU reports describe it (flannel-io/flannel issues on VXLAN MTU mismatch; Calico "Configure MTU" docs):
      tea-worker-3 was moved to a new hypervisor host during maintenance and rebooted at about 08:47 (kubelet "Rebooted" and
      "Starting kubelet." events, NodeNotReady then NodeReady, the containers of its two pods terminated with reason Unknown / 255
      and started again). The new host's underlay path carries only 1450 bytes while the node's NIC and flannel.1 still assume a
      1500-byte underlay (flannel.1 MTU 1450), so every full-size VXLAN packet to or from worker-3 is dropped and no ICMP
      "fragmentation needed" comes back: TCP handshakes and small requests/answers cross, any response larger than one segment
      blackholes until the reader's timeout. Only teastore-image and teastore-recommender run there. The webui (worker-1) gets its
      base64 image bundles from image and logs "Read timed out" on every category and product page; image's own startup fetch of
      product lists from persistence (worker-2) timed out the same way and it now serves placeholders; recommender's training fetch
      failed too (it answers with its fallback, which the description does not notice). Persistence, auth and the database, all off
      worker-3, answer normally: login, cart and checkout still work, which is what points at the path, not at persistence.
      Expected: network-fault on image (the component whose traffic is being dropped); a node-level answer on tea-worker-3 is also
      accepted. Decoys: a benign teastore-auth rollout 2.5 hours earlier that only pins the image tag (templates differ in the
      image alone; the template keeps imagePullPolicy Always as the API stored it), and webui's routine registry warning about recommender from 96 minutes ago.
      Deviations from upstream: pod placement is fixed by hand (image and recommender on worker-3); the kit writes no flannel node
      annotations and no kube-flannel DaemonSet (it lives in kube-flannel, outside the namespace); TeaStore's own log lines (registry
      client, image setup, recommender training) are paraphrased in Tomcat's one-line format, their exact wording is not upstream's.
    `,
    nodes: { 'tea-worker-3': { conditions: { Ready: nodeReady } } },
    workloads: {
      'teastore-db': { pods: [w1] },
      'teastore-registry': { pods: [w2] },
      'teastore-persistence': { pods: [w2] },
      'teastore-auth': {
        pods: [w1],
        rollout: { at: -150, revision: 3, oldContainers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth' } } },
        containers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.1', imagePullPolicy: 'Always' } },
      },
      'teastore-image': { pods: [imageReady] },
      'teastore-recommender': { pods: [recReady] },
      'teastore-webui': { pods: [w1] },
    },
    events: [
      { on: 'node:tea-worker-3', reason: 'NodeNotReady', source: 'node-controller', message: 'Node tea-worker-3 status is now: NodeNotReady', first: -54.2, last: -54.2 },
      { on: 'node:tea-worker-3', reason: 'Starting', message: 'Starting kubelet.', first: -52.4, last: -52.4 },
      { on: 'node:tea-worker-3', reason: 'Rebooted', type: 'Warning', message: 'Node tea-worker-3 has been rebooted, boot id: 5e0c2b7a-91d4-4f3e-8a61-2c7f04d9b318', first: -52.3, last: -52.3 },
      { on: 'node:tea-worker-3', reason: 'NodeAllocatableEnforced', message: 'Updated Node Allocatable limit across pods', first: -52.3, last: -52.3 },
      { on: 'node:tea-worker-3', reason: 'NodeReady', message: 'Node tea-worker-3 status is now: NodeReady', first: -51.9, last: -51.9 },
      { on: 'pod:teastore-image#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: -51.6, last: -51.6 },
      { on: 'pod:teastore-image#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-image"', fieldPath: 'spec.containers{teastore-image}', first: -51.5, last: -51.5 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 1.184s (1.184s including waiting). Image size: 318742016 bytes.', fieldPath: 'spec.containers{teastore-image}', first: -50.7, last: -50.7 },
      { on: 'pod:teastore-image#0', reason: 'Created', message: 'Created container teastore-image', fieldPath: 'spec.containers{teastore-image}', first: -50.65, last: -50.65 },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', fieldPath: 'spec.containers{teastore-image}', first: -50.6, last: -50.6 },
      { on: 'pod:teastore-recommender#0', reason: 'SandboxChanged', message: 'Pod sandbox changed, it will be killed and re-created.', first: -51.6, last: -51.6 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', fieldPath: 'spec.containers{teastore-recommender}', first: -51.5, last: -51.5 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 1.392s (1.392s including waiting). Image size: 322119680 bytes.', fieldPath: 'spec.containers{teastore-recommender}', first: -50.7, last: -50.7 },
      { on: 'pod:teastore-recommender#0', reason: 'Created', message: 'Created container teastore-recommender', fieldPath: 'spec.containers{teastore-recommender}', first: -50.65, last: -50.65 },
      { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', fieldPath: 'spec.containers{teastore-recommender}', first: -50.6, last: -50.6 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-image#0/teastore-image': imageLog,
      'teastore-recommender#0/teastore-recommender': recLog,
      'teastore-persistence#0/teastore-persistence': persistenceLog,
    },
  },
];
