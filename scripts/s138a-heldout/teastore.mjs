import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const T = clock('2026-04-21T10:07:00Z');
const tc = (m) => {
  const d = new Date(Date.parse(T.isoMs(m)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
};
const R = -34; // rollout of teastore-image, minutes before the incident
const imgLog = [
  `${tc(R + 0.6)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/8.5.100`,
  `${tc(R + 0.6)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log JVM Version:           1.8.0_402-b06`,
  `${tc(R + 0.7)} INFO [main] org.apache.coyote.AbstractProtocol.init Initializing ProtocolHandler ["http-nio-8080"]`,
  `${tc(R + 0.7)} INFO [main] org.apache.catalina.startup.Catalina.load Initialization processed in 612 ms`,
  `${tc(R + 0.7)} INFO [main] org.apache.catalina.core.StandardService.startInternal Starting service [Catalina]`,
  `${tc(R + 0.7)} INFO [localhost-startStop-1] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.image.war]`,
  `${tc(R + 0.75)} SEVERE [localhost-startStop-1] org.apache.catalina.core.StandardContext.listenerStart Error configuring application listener of class [tools.descartes.teastore.image.rest.ImageProviderStartup]`,
  `java.lang.UnsupportedClassVersionError: tools/descartes/teastore/image/rest/ImageProviderStartup has been compiled by a more recent version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to 52.0 (unable to load class [tools.descartes.teastore.image.rest.ImageProviderStartup])`,
  `\tat org.apache.catalina.loader.WebappClassLoaderBase.findClassInternal(WebappClassLoaderBase.java:2507)`,
  `\tat org.apache.catalina.loader.WebappClassLoaderBase.findClass(WebappClassLoaderBase.java:880)`,
  `\tat org.apache.catalina.loader.WebappClassLoaderBase.loadClass(WebappClassLoaderBase.java:1390)`,
  `\tat org.apache.catalina.loader.WebappClassLoaderBase.loadClass(WebappClassLoaderBase.java:1234)`,
  `\tat org.apache.catalina.core.DefaultInstanceManager.loadClass(DefaultInstanceManager.java:573)`,
  `\tat org.apache.catalina.core.DefaultInstanceManager.newInstance(DefaultInstanceManager.java:154)`,
  `\tat org.apache.catalina.core.StandardContext.listenerStart(StandardContext.java:4713)`,
  `\tat org.apache.catalina.core.StandardContext.startInternal(StandardContext.java:5254)`,
  `\tat org.apache.catalina.util.LifecycleBase.start(LifecycleBase.java:183)`,
  `\tat org.apache.catalina.startup.HostConfig.deployWAR(HostConfig.java:1010)`,
  `\tat java.lang.Thread.run(Thread.java:750)`,
  `${tc(R + 0.75)} SEVERE [localhost-startStop-1] org.apache.catalina.core.StandardContext.listenerStart Skipped installing application listeners due to previous error(s)`,
  `${tc(R + 0.75)} SEVERE [localhost-startStop-1] org.apache.catalina.core.StandardContext.startInternal One or more listeners failed to start. Full details will be found in the appropriate container log file`,
  `${tc(R + 0.75)} SEVERE [localhost-startStop-1] org.apache.catalina.core.StandardContext.startInternal Context [/tools.descartes.teastore.image] startup failed due to previous errors`,
  `${tc(R + 0.76)} INFO [localhost-startStop-1] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.image.war] has finished in [2,114] ms`,
  `${tc(R + 0.77)} INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]`,
  `${tc(R + 0.77)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 2203 ms`,
];
const webui = [];
for (let m = -50; m < -0.5; m += 1.3) {
  if (m < R + 1) {
    webui.push(`${tc(m)} INFO [http-nio-8080-exec-${1 + (Math.round(-m) % 9)}] tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest GET /category?category=2&page=1 200`);
  } else {
    webui.push(`${tc(m)} WARNING [http-nio-8080-exec-${1 + (Math.round(-m) % 9)}] tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation No available instances of service "image" in registry, retrying`);
    webui.push(`${tc(m + 0.02)} SEVERE [http-nio-8080-exec-${1 + (Math.round(-m) % 9)}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [CategoryServlet] in context with path [/tools.descartes.teastore.webui] threw exception`);
    webui.push(`tools.descartes.teastore.registryclient.loadbalancers.LoadBalancerTimeoutException: Timeout waiting for service instance of image`);
    webui.push(`\tat tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation(ServiceLoadBalancer.java:262)`);
    webui.push(`\tat tools.descartes.teastore.registryclient.rest.LoadBalancedImageOperations.getProductPreviewImages(LoadBalancedImageOperations.java:71)`);
    webui.push(`\tat tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest(CategoryServlet.java:87)`);
    webui.push(`\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:218)`);
  }
}
const reg = [
  `${tc(R - 0.1)} INFO [http-nio-8080-exec-3] tools.descartes.teastore.registry.rest.RegistryREST.unregister Unregistered image@10.244.2.57:8080`,
];

export const scenarios = [
  {
    folder: 's138a-tea-images-missing-after-release',
    incidentTime: '2026-04-21T10:07:00Z',
    description: 'teastore shop: category pages erroring / no product pics since about half an hour. all pods green in argo, nothing crashlooping',
    expected: { component: 'image', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression', 'partial-name'],
    grounding: `
      Manifest (TeaStore examples/kubernetes/teastore-clusterip.yaml): teastore-image is a Tomcat webapp with no probes and no resources;
      it registers itself in teastore-registry from its servlet startup listener, and teastore-webui finds it through the registry
      client's load balancer (ServiceLoadBalancer) to render category and product pages. Fault: a release of teastore-image rebuilt with a
      Java 17 compiler target (class file version 61) but still on the Java 8 Tomcat base image; Tomcat keeps running, but the webapp
      context fails to start (UnsupportedClassVersionError, the standard JVM wording), so the instance never registers and the pod stays
      Running and Ready (no probes upstream). The old instance unregistered on shutdown; webui then fails on every category page.
      Deviations: upstream pins no tags (:latest); the scenario pins 1.4.1 -> 1.4.2 so the rollout is visible; the exact wording of the
      registry-client warnings in webui is approximated from the TeaStore registryclient source.
    `,
    workloads: {
      'teastore-image': {
        rollout: { at: R, revision: 6, oldContainers: { 'teastore-image': { image: 'descartesresearch/teastore-image:1.4.1' } } },
        containers: { 'teastore-image': { image: 'descartesresearch/teastore-image:1.4.2' } },
      },
      'teastore-auth': {
        pods: [{ containers: { 'teastore-auth': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 40), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 40.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: R, last: R },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: R + 0.9, last: R + 0.9 },
      { on: 'pod:teastore-image#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-image:1.4.2"', first: R + 0.1, last: R + 0.1, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image:1.4.2" in 8.212s (8.212s including waiting). Image size: 312845912 bytes.', first: R + 0.3, last: R + 0.3, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Created', message: 'Created container teastore-image', first: R + 0.3, last: R + 0.3, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', first: R + 0.35, last: R + 0.35, fieldPath: 'spec.containers{teastore-image}' },
    ],
    logs: {
      'teastore-image#0/teastore-image': imgLog,
      'teastore-webui#0/teastore-webui': webui,
      'teastore-registry#0/teastore-registry': reg,
    },
  },
];
