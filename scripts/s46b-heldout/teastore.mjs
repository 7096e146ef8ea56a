// Batch s46b held-out scenario for TeaStore (split: test), written blind against the kit and the kit system definition;
// see each scenario's grounding.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const T = clock('2026-07-21T10:31:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's JUL OneLineFormatter (catalina.out, which the images send to stdout).
const tc = (min, lvl, thread, src, msg) => {
  const j = T.java(min); // YYYY-MM-DD hh:mm:ss.mmm
  const [d, t] = j.split(' ');
  const [y, mo, dd] = d.split('-');
  return `${dd}-${MON[Number(mo) - 1]}-${y} ${t} ${lvl} [${thread}] ${src} ${msg}`;
};
const unknownHost = (min, servlet, thread) => [
  tc(min, 'SEVERE', thread, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.${servlet}] in context with path [/tools.descartes.teastore.webui] threw exception`),
  'javax.ws.rs.ProcessingException: java.net.UnknownHostException: teastore-imgae',
  '\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)',
  '\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.lambda$invoke$0(JerseyInvocation.java:623)',
  '\tat org.glassfish.jersey.client.JerseyInvocation.invoke(JerseyInvocation.java:622)',
  '\tat org.glassfish.jersey.client.JerseyInvocation$Builder.method(JerseyInvocation.java:441)',
  '\tat org.glassfish.jersey.client.JerseyInvocation$Builder.post(JerseyInvocation.java:347)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.lambda$getProductPreviewImages$1(LoadBalancedImageOperations.java:82)',
  '\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:243)',
  '\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductPreviewImages(LoadBalancedImageOperations.java:81)',
  `\tat tools.descartes.teastore.webui.servlet.${servlet}.handleGETRequest(${servlet}.java:74)`,
  '\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:222)',
  '\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:655)',
  'Caused by: java.net.UnknownHostException: teastore-imgae',
  '\tat java.base/java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:229)',
  '\tat java.base/java.net.Socket.connect(Socket.java:609)',
  '\tat java.base/sun.net.www.http.HttpClient.openServer(HttpClient.java:474)',
  '\t... 38 more',
];
const boot = (min, ctx) => [
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.43'),
  tc(min + 0.05, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${ctx}.war]`),
  tc(min + 0.3, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${ctx}.war] has finished in [14,602] ms`),
  tc(min + 0.31, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.31, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 15012 ms'),
];
const oldEnv = [{ name: 'HOST_NAME', value: 'teastore-image' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }];
const newEnv = [{ name: 'HOST_NAME', value: 'teastore-imgae' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }, { name: 'CATALINA_OPTS', value: '-Xmx1536m' }];

export const scenarios = [
  {
    folder: 's46b-image-hostname-typo',
    description: 'teastore category + product pages eror out / no product pictures since the 10am release',
    incidentTime: '2026-07-21T10:31:00Z',
    expected: { component: 'image', cause: 'config-error' },
    alsoAcceptable: [{ component: 'image', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'typo', 'decoy'],
    grounding: `
      Manifest facts: every TeaStore Tomcat service gets HOST_NAME (its own Service name) and REGISTRY_HOST; the service registers
      HOST_NAME:8080 with teastore-registry and the webui finds the image provider only through the registry, calling
      /tools.descartes.teastore.image/rest/image/getProductImages via Jersey (LoadBalancedImageOperations). Upstream sets no
      probes, so a pod is Ready as soon as its container runs.
      Fault: a 09:57 release of teastore-image (to give the image cache more heap, CATALINA_OPTS -Xmx1536m) rewrote its env list
      and mistyped HOST_NAME as teastore-imgae. The new pod is Running and Ready and registers itself under that name; the
      webui resolves teastore-imgae and Jersey throws javax.ws.rs.ProcessingException: java.net.UnknownHostException on every
      category and product page (Tomcat's StandardWrapperValve SEVERE with the stack), so those pages return 500 while the home
      page, login and cart (auth, persistence) work. The expected answer is the wrong value the image provider reads
      (config-error on image); bad-deploy-rollout on image is also accepted, as the release introduced it.
      Decoys: teastore-recommender restarted once two days ago (exit 143 during a node reboot), a healthy teastore-persistence
      pod; the webui is the loud component.`,
    workloads: {
      'teastore-image': {
        containers: { 'teastore-image': { env: newEnv } },
        rollout: { at: -34, revision: 4, oldContainers: { 'teastore-image': { env: oldEnv } } },
      },
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -34 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -33.2 },
      { on: 'pod:teastore-image#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-image"', first: -33.9, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 1.204s (1.204s including waiting). Image size: 198734561 bytes.', first: -33.8, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', first: -33.8, fieldPath: 'spec.containers{teastore-image}' },
    ],
    logs: {
      'teastore-image#0/teastore-image': [
        ...boot(-33.7, 'tools.descartes.teastore.image'),
        tc(-33.3, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered teastore-imgae:8080 as image with registry teastore-registry:8080'),
        tc(-32.1, 'INFO', 'pool-3-thread-1', 'tools.descartes.teastore.image.setup.SetupController.generateImages', 'Image provider finished creating 505 product images and 7 web images.'),
      ],
      'teastore-webui#0/teastore-webui': [
        ...boot(-60 * 24 * 9, 'tools.descartes.teastore.webui'),
        ...unknownHost(-32.6, 'CategoryServlet', 'http-nio-8080-exec-3'),
        ...unknownHost(-27.4, 'ProductServlet', 'http-nio-8080-exec-9'),
        ...unknownHost(-21.9, 'CategoryServlet', 'http-nio-8080-exec-1'),
        ...unknownHost(-15.2, 'CategoryServlet', 'http-nio-8080-exec-6'),
        ...unknownHost(-8.8, 'ProductServlet', 'http-nio-8080-exec-4'),
        ...unknownHost(-2.1, 'CategoryServlet', 'http-nio-8080-exec-10'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        ...boot(-60 * 24 * 9, 'tools.descartes.teastore.persistence'),
        tc(-60 * 24 * 9 + 1, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.persistence.repository.DataGenerator.generateDatabaseContent', 'Database already populated; skipping generation.'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        ...boot(-60 * 49 + 0.1, 'tools.descartes.teastore.recommender'),
        tc(-60 * 49 + 0.9, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.algorithm.AbstractRecommender.train', 'Training recommender finished. Training took: 3812ms.'),
      ],
    },
  },
];
