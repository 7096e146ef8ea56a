// Blind dev scenario of batch s27a for TeaStore (kit system definition): a Helm adoption of the teastore-image Service
// merges the chart's app.kubernetes.io selector into it, so it selects no pod and the webui fails every page with images.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INCIDENT = '2026-07-28T14:05:00Z';
const T = clock(INCIDENT);
const ADOPT = -27; // helm upgrade --install teastore ./charts/teastore (pilot: the image Service only)

/** Service metadata the kit cannot express: Helm's adoption labels, annotations and managedFields (the build script). */
export const serviceEdits = {
  's27a-image-service-selector-helm': {
    service: 'teastore-image',
    at: T.iso(ADOPT),
    labels: { 'app.kubernetes.io/managed-by': 'Helm', 'app.kubernetes.io/name': 'teastore-image', 'app.kubernetes.io/instance': 'teastore', 'helm.sh/chart': 'teastore-0.3.0' },
    annotations: { 'meta.helm.sh/release-name': 'teastore', 'meta.helm.sh/release-namespace': 'teastore' },
  },
};

const tc = (min, level, thread, logger, msg) => `${T.java(min).replace(/^(\d{4})-(\d{2})-(\d{2})/, (_, y, mo, d) => `${d}-${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(mo) - 1]}-${y}`)} ${level} [${thread}] ${logger} ${msg}`;
const SERVLETS = [
  ['IndexServlet', 62],
  ['CategoryServlet', 77],
  ['ProductServlet', 71],
  ['CategoryServlet', 77],
  ['CartServlet', 68],
];
const npe = (min, k) => {
  const [servlet, line] = SERVLETS[k % SERVLETS.length];
  return [
    tc(min, 'SEVERE', `http-nio-8080-exec-${(k % 10) + 1}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`),
    '\tjava.lang.NullPointerException: ServiceLoadBalancerResult was null!',
    '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:271)',
    '\t\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:241)',
    '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductPreviewImages(LoadBalancedImageOperations.java:88)',
    `\t\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:${line})`,
    '\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:218)',
    '\t\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:655)',
    '\t\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:764)',
    '\t\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:227)',
    '\t\tat tools.descartes.teastore.registryclient.rest.TrackingFilter.doFilter(TrackingFilter.java:78)',
    '\t\t... 22 more',
  ];
};
const webuiLog = () => {
  const out = [];
  let k = 0;
  for (let m = ADOPT + 0.4; m < -0.2; m += 0.9) {
    if (k % 6 === 2)
      out.push(tc(m - 0.01, 'WARNING', `http-nio-8080-exec-${(k % 10) + 1}`, 'com.netflix.loadbalancer.reactive.LoadBalancerCommand$3.call', 'Exception occurred during request: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)'));
    out.push(...npe(m, k));
    k++;
  }
  return out;
};
const startup = (name, min) => [
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.88'),
  tc(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.05, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${name}.war]`),
  tc(min + 0.3, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${name}.war] has finished in [15,822] ms`),
  tc(min + 0.31, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.31, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [16114] milliseconds'),
];

export const scenarios = [
  {
    folder: 's27a-image-service-selector-helm',
    incidentTime: INCIDENT,
    description: 'teastore webui throwing 500 on home/category/product pages since ~13:40, login and cart API seem ok',
    expected: { component: 'image', cause: 'no-endpoints' },
    difficulty: 'medium',
    traits: ['pods-ready', 'callers-only', 'time-expression', 'decoy'],
    grounding: `
      examples/kubernetes/teastore-clusterip.yaml (5ab1188): each TeaStore Tomcat service registers HOST_NAME:8080 (its
      Service name, here teastore-image:8080) with teastore-registry, and callers balance over the registered servers with
      the registry client's Ribbon ServiceLoadBalancer, so every call still goes through the Service's ClusterIP. Pod labels
      are app: teastore, run: teastore-image; no probes, no resources. Fault: the team starts moving TeaStore to an in-house
      Helm chart with the image Service as pilot: they add the adoption label and meta.helm.sh annotations and run helm
      upgrade --install at 13:38. Helm's three-way merge adds the chart's selector keys (app.kubernetes.io/name,
      app.kubernetes.io/instance) to the existing ones; the still kubectl-managed Deployment's pods do not carry them, so
      the Service selects nothing and its Endpoints are empty. teastore-image stays Running (no probe) and silent. The
      webui's calls are refused; the registry client's LoadBalancerCommand logs the ConnectException, its onErrorReturn
      turns the failure into null and ServiceLoadBalancer throws "NullPointerException: ServiceLoadBalancerResult was
      null!", which escapes the servlets as Tomcat 500s on every page that shows product images (index, category, product,
      cart). Login (auth) and persistence work. Decoy: a routine rollout restart of teastore-recommender an hour earlier.
      Expected: no-endpoints on image (its Service selects no pod).`,
    workloads: {
      'teastore-image': {
        endpointsChanged: ADOPT,
        serviceSelector: { app: 'teastore', run: 'teastore-image', 'app.kubernetes.io/name': 'teastore-image', 'app.kubernetes.io/instance': 'teastore' },
      },
      'teastore-recommender': { rollout: { at: -63, revision: 3 } },
    },
    events: [
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -63 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -62.2 },
      { on: 'pod:teastore-recommender#0', fieldPath: 'spec.containers{teastore-recommender}', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', first: -62.9 },
      { on: 'pod:teastore-recommender#0', fieldPath: 'spec.containers{teastore-recommender}', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 1.204s (1.204s including waiting). Image size: 274381604 bytes.', first: -62.8 },
      { on: 'pod:teastore-recommender#0', fieldPath: 'spec.containers{teastore-recommender}', reason: 'Started', message: 'Started container teastore-recommender', first: -62.8 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webuiLog(),
      'teastore-image#0/teastore-image': startup('image', -60 * 24 * 9 + 0.5),
      'teastore-recommender#0/teastore-recommender': [
        ...startup('recommender', -62.7),
      ],
    },
  },
];
