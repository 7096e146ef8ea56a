// Blind dev batch s123a: a TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// teastore-image pods recreated with a kubernetes.io/egress-bandwidth annotation (1M) added by a QoS admission policy.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const I = '2026-05-14T11:05:00Z';
const T = clock(I);
const tc = (min, level, cls, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+)/, (_, y, m, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}-${y}`)} ${level} [http-nio-8080-exec-${Math.abs(Math.round(min * 7)) % 20 + 1}] ${cls} ${msg}`;
export const scenarios = [
  {
    folder: 's123a-image-egress-bandwidth-annotation',
    incidentTime: I,
    description: 'tea store pages take 20-30s to load since this morning, product images missing or half loaded. login/cart still work. webui team',
    expected: { component: 'image', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'image', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'network-latency', 'louder-dependents', 'team-name', 'time-expression'],
    workloads: {
      'teastore-image': { pods: [{ created: T.iso(-150) }] },
    },
    podAnnotationsPost: { 'teastore-image': { 'kubernetes.io/egress-bandwidth': '1M', 'kubernetes.io/ingress-bandwidth': '1M', 'policies.kyverno.io/last-applied-patches': 'add-bandwidth-limits.add-egress-bandwidth.kyverno.io: added /metadata/annotations/kubernetes.io~1egress-bandwidth\n' } },
    events: [
      { on: 'pod:teastore-image#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -150, source: 'default-scheduler' },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 1.214s (1.214s including waiting). Image size: 301842117 bytes.', first: -149.9, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', first: -149.8, fieldPath: 'spec.containers{teastore-image}' },
    ],
    logs: {
      'teastore-image#0/teastore-image': [
        tc(-149.5, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18734] milliseconds'),
        tc(-148, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered at registry as teastore-image:8080'),
        tc(-140, 'INFO', 'tools.descartes.teastore.image.setup.SetupController.startup', 'Image provider finished setup: 1152 product images created, cache size 10000000 bytes'),
      ],
      'teastore-webui#0/teastore-webui': [
        tc(-60, 'WARNING', 'tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrCache', 'Timeout reading http://10.244.2.0:8080/tools.descartes.teastore.image/rest/image/getProductImages'.replace('10.244.2.0', '%IPOF:teastore-image#0%')),
        'javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
        '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)',
        '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)',
        '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductImages(LoadBalancedImageOperations.java:74)',
        '\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:78)',
        'Caused by: java.net.SocketTimeoutException: Read timed out',
        '\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)',
        tc(-4, 'WARNING', 'tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrCache', 'Timeout reading http://%IPOF:teastore-image#0%:8080/tools.descartes.teastore.image/rest/image/getWebImages'),
        'javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out',
      ],
      'teastore-auth#0/teastore-auth': [
        tc(-3, 'INFO', 'tools.descartes.teastore.auth.rest.AuthUserActionsRest.login', 'login ok for user user2'),
      ],
    },
    grounding: `Upstream teastore-clusterip.yaml (5ab1188): one teastore-image Deployment (Tomcat, port 8080, no probes, no
      resources); the webui fetches product and web images from it over REST through the registry client, base64 payloads of
      several hundred KB per category page.
      Deviation (the fault): a Kyverno mutate policy copied from a QoS test cluster adds kubernetes.io/ingress-bandwidth and
      kubernetes.io/egress-bandwidth "1M" to teastore-image pods; the pods were recreated at 08:35 (node maintenance on
      the old node) and the CNI bandwidth plugin (containernetworking/plugins "bandwidth", tbf qdisc; Kubernetes docs
      "Network Plugins - support traffic shaping") now shapes the image provider to 1 Mbit/s. The annotation is on the pods,
      not on the Deployment template. The pod stays Ready and logs nothing; webui's reads time out.`,
  },
];
