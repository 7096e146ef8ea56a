// Blind held-out batch s70a: one TeaStore scenario (split test) on the kit system scripts/kit-systems/teastore.mjs.
// Built by scripts/s70a-build.mjs through the scenario kit (scripts/s2-scenario-kit.mjs); grounding in scenario.yaml.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INCIDENT = '2026-04-08T14:31:00Z';
const T = clock(INCIDENT);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter (catalina.sh run, console): "08-Apr-2026 14:07:12.345 INFO [main] class.method msg".
const tc = (min, level, thread, where, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${where} ${msg}`;
};
const tomcatBoot = (min, war) => [
  'NOTE: Picked up JDK_JAVA_OPTIONS:  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED',
  tc(
    min,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'Server version name:   Apache Tomcat/10.0.27',
  ),
  tc(
    min,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'Server built:          Oct 3 2022 14:18:08 UTC',
  ),
  tc(
    min,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'Server version number: 10.0.27.0',
  ),
  tc(
    min,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'OS Name:               Linux',
  ),
  tc(
    min,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'OS Version:            5.15.0-119-generic',
  ),
  tc(
    min,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'JVM Version:           11.0.17+8',
  ),
  tc(
    min,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'JVM Vendor:            Eclipse Adoptium',
  ),
  tc(
    min,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'CATALINA_HOME:         /usr/local/tomcat',
  ),
  tc(
    min + 0.01,
    'INFO',
    'main',
    'org.apache.coyote.AbstractProtocol.init',
    'Initializing ProtocolHandler ["http-nio-8080"]',
  ),
  tc(
    min + 0.012,
    'INFO',
    'main',
    'org.apache.catalina.startup.Catalina.load',
    'Server initialization in [712] milliseconds',
  ),
  tc(
    min + 0.013,
    'INFO',
    'main',
    'org.apache.catalina.core.StandardService.startInternal',
    'Starting service [Catalina]',
  ),
  tc(
    min + 0.013,
    'INFO',
    'main',
    'org.apache.catalina.core.StandardEngine.startInternal',
    'Starting Servlet engine: [Apache Tomcat/10.0.27]',
  ),
  tc(
    min + 0.014,
    'INFO',
    'main',
    'org.apache.catalina.startup.HostConfig.deployWAR',
    `Deploying web application archive [/usr/local/tomcat/webapps/${war}.war]`,
  ),
];
const slf = (thread, level, logger, msg) => `[${thread}] ${level} ${logger} - ${msg}`;
const LB = 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer';

const NEW_AUTH = 'harbor.teastore.example/shop-core/teastore-auth:1.4.3-cartfix';

const authLog = [
  ...tomcatBoot(-23.2, 'tools.descartes.teastore.auth'),
  tc(
    -23.12,
    'INFO',
    'main',
    'org.apache.jasper.servlet.TldScanner.scanJars',
    'At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.',
  ),
  tc(
    -23.11,
    'SEVERE',
    'main',
    'org.apache.catalina.core.StandardContext.listenerStart',
    'Error configuring application listener of class [tools.descartes.teastore.auth.startup.AuthStartup]',
  ),
  '\tjava.lang.UnsupportedClassVersionError: tools/descartes/teastore/auth/startup/AuthStartup has been compiled by a more recent version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to 55.0 (unable to load class [tools.descartes.teastore.auth.startup.AuthStartup])',
  '\t\tat org.apache.catalina.loader.WebappClassLoaderBase.findClassInternal(WebappClassLoaderBase.java:2485)',
  '\t\tat org.apache.catalina.loader.WebappClassLoaderBase.findClass(WebappClassLoaderBase.java:868)',
  '\t\tat org.apache.catalina.loader.WebappClassLoaderBase.loadClass(WebappClassLoaderBase.java:1371)',
  '\t\tat org.apache.catalina.loader.WebappClassLoaderBase.loadClass(WebappClassLoaderBase.java:1215)',
  '\t\tat org.apache.catalina.core.DefaultInstanceManager.loadClass(DefaultInstanceManager.java:538)',
  '\t\tat org.apache.catalina.core.DefaultInstanceManager.loadClassMaybePrivileged(DefaultInstanceManager.java:519)',
  '\t\tat org.apache.catalina.core.DefaultInstanceManager.newInstance(DefaultInstanceManager.java:149)',
  '\t\tat org.apache.catalina.core.StandardContext.listenerStart(StandardContext.java:4613)',
  '\t\tat org.apache.catalina.core.StandardContext.startInternal(StandardContext.java:5163)',
  '\t\tat org.apache.catalina.util.LifecycleBase.start(LifecycleBase.java:183)',
  '\t\tat org.apache.catalina.core.ContainerBase.addChildInternal(ContainerBase.java:683)',
  '\t\tat org.apache.catalina.core.ContainerBase.addChild(ContainerBase.java:658)',
  '\t\tat org.apache.catalina.core.StandardHost.addChild(StandardHost.java:661)',
  '\t\tat org.apache.catalina.startup.HostConfig.deployWAR(HostConfig.java:1016)',
  '\t\tat org.apache.catalina.startup.HostConfig$DeployWar.run(HostConfig.java:1947)',
  '\t\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:515)',
  '\t\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)',
  '\t\tat org.apache.tomcat.util.threads.InlineExecutorService.execute(InlineExecutorService.java:75)',
  '\t\tat java.base/java.util.concurrent.AbstractExecutorService.submit(AbstractExecutorService.java:118)',
  '\t\tat org.apache.catalina.startup.HostConfig.deployWARs(HostConfig.java:830)',
  '\t\tat org.apache.catalina.startup.HostConfig.deployApps(HostConfig.java:477)',
  '\t\tat org.apache.catalina.startup.HostConfig.start(HostConfig.java:1621)',
  '\t\tat org.apache.catalina.startup.HostConfig.lifecycleEvent(HostConfig.java:318)',
  '\t\tat org.apache.catalina.util.LifecycleBase.fireLifecycleEvent(LifecycleBase.java:123)',
  '\t\tat org.apache.catalina.util.LifecycleBase.setStateInternal(LifecycleBase.java:423)',
  '\t\tat org.apache.catalina.util.LifecycleBase.setState(LifecycleBase.java:366)',
  '\t\tat org.apache.catalina.core.ContainerBase.startInternal(ContainerBase.java:946)',
  '\t\tat org.apache.catalina.core.StandardHost.startInternal(StandardHost.java:835)',
  '\t\tat org.apache.catalina.util.LifecycleBase.start(LifecycleBase.java:183)',
  '\t\tat org.apache.catalina.startup.Catalina.start(Catalina.java:772)',
  '\t\tat org.apache.catalina.startup.Bootstrap.start(Bootstrap.java:345)',
  '\t\tat org.apache.catalina.startup.Bootstrap.main(Bootstrap.java:476)',
  tc(
    -23.11,
    'SEVERE',
    'main',
    'org.apache.catalina.core.StandardContext.listenerStart',
    'Skipped installing application listeners due to previous error(s)',
  ),
  tc(
    -23.11,
    'SEVERE',
    'main',
    'org.apache.catalina.core.StandardContext.startInternal',
    'One or more listeners failed to start. Full details will be found in the appropriate container log file',
  ),
  tc(
    -23.1,
    'SEVERE',
    'main',
    'org.apache.catalina.core.StandardContext.startInternal',
    'Context [/tools.descartes.teastore.auth] startup failed due to previous errors',
  ),
  tc(
    -23.1,
    'INFO',
    'main',
    'org.apache.catalina.startup.HostConfig.deployWAR',
    'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.auth.war] has finished in [5,391] ms',
  ),
  tc(
    -23.1,
    'INFO',
    'main',
    'org.apache.coyote.AbstractProtocol.start',
    'Starting ProtocolHandler ["http-nio-8080"]',
  ),
  tc(
    -23.1,
    'INFO',
    'main',
    'org.apache.catalina.startup.Catalina.start',
    'Server startup in [5493] milliseconds',
  ),
];

// webui: slf4j-simple (no timestamp) between Tomcat lines; the load balancer empties once the registry drops auth.
const webuiLog = [
  ...tomcatBoot(-60 * 24 * 9, 'tools.descartes.teastore.webui').slice(0, 3),
  slf(
    'Thread-4',
    'INFO',
    LB,
    'Pre-initializing client-side load balancer for target: tools.descartes.teastore.persistence',
  ),
  slf(
    'Thread-4',
    'INFO',
    LB,
    'Pre-initializing client-side load balancer for target: tools.descartes.teastore.auth',
  ),
  slf(
    'Thread-4',
    'INFO',
    LB,
    'Pre-initializing client-side load balancer for target: tools.descartes.teastore.image',
  ),
  slf(
    'Thread-4',
    'INFO',
    LB,
    'Pre-initializing client-side load balancer for target: tools.descartes.teastore.recommender',
  ),
  tc(
    -60 * 24 * 9 + 0.4,
    'INFO',
    'main',
    'org.apache.catalina.startup.Catalina.start',
    'Server startup in [21877] milliseconds',
  ),
];
const threads = [3, 7, 1, 9, 4, 10, 2, 6, 8, 5];
for (let i = 0; i < 46; i++) {
  const th = `http-nio-8080-exec-${threads[i % threads.length]}`;
  webuiLog.push(slf(th, 'WARN', LB, 'No Server registered for Service: tools.descartes.teastore.auth'));
  if (i % 7 === 3)
    webuiLog.push(slf(th, 'WARN', LB, 'No Server registered for Service: tools.descartes.teastore.auth'));
}

const registryLog = [
  ...tomcatBoot(-60 * 24 * 9 - 2, 'tools.descartes.teastore.registry').slice(0, 3),
  slf('main', 'INFO', 'tools.descartes.teastore.registry.rest.RegistryStartup', 'Registry online'),
  slf(
    'http-nio-8080-exec-2',
    'INFO',
    'tools.descartes.teastore.registry.rest.Registry',
    'Registered tools.descartes.teastore.persistence@teastore-persistence:8080',
  ),
  slf(
    'http-nio-8080-exec-4',
    'INFO',
    'tools.descartes.teastore.registry.rest.Registry',
    'Registered tools.descartes.teastore.auth@teastore-auth:8080',
  ),
  slf(
    'http-nio-8080-exec-1',
    'INFO',
    'tools.descartes.teastore.registry.rest.Registry',
    'Registered tools.descartes.teastore.recommender@teastore-recommender:8080',
  ),
  slf(
    'http-nio-8080-exec-6',
    'INFO',
    'tools.descartes.teastore.registry.rest.Registry',
    'Registered tools.descartes.teastore.webui@teastore-webui:8080',
  ),
  slf(
    'http-nio-8080-exec-3',
    'INFO',
    'tools.descartes.teastore.registry.rest.Registry',
    'Registered tools.descartes.teastore.image@teastore-image:8080',
  ),
  // the image rollout two days ago: the old instance leaves, the new one registers the same location
  slf(
    'http-nio-8080-exec-8',
    'INFO',
    'tools.descartes.teastore.registry.rest.Registry',
    'Unregistered tools.descartes.teastore.image@teastore-image:8080',
  ),
  slf(
    'http-nio-8080-exec-5',
    'INFO',
    'tools.descartes.teastore.registry.rest.Registry',
    'Registered tools.descartes.teastore.image@teastore-image:8080',
  ),
  // today's auth rollout: the old instance unregisters at shutdown, nothing registers again
  slf(
    'http-nio-8080-exec-9',
    'INFO',
    'tools.descartes.teastore.registry.rest.Registry',
    'Unregistered tools.descartes.teastore.auth@teastore-auth:8080',
  ),
];

const imageLog = [
  ...tomcatBoot(-60 * 24 * 2 + 0.8, 'tools.descartes.teastore.image').slice(0, 3),
  slf(
    'Thread-3',
    'INFO',
    'tools.descartes.teastore.image.cache.AbstractCache',
    'No underlying disk storage supplied, assuming no data is stored on disk.',
  ),
  tc(
    -60 * 24 * 2 + 1.3,
    'INFO',
    'main',
    'org.apache.catalina.startup.Catalina.start',
    'Server startup in [31408] milliseconds',
  ),
];

const authOld = { 'teastore-auth': { image: 'descartesresearch/teastore-auth' } };

export const scenarios = [
  {
    folder: 's70a-login-wrong-password',
    incidentTime: INCIDENT,
    description:
      'since about 14:10 nobody can log in to the teastore, it says wrong username or password even for the demo users. browsing the categories still works',
    expected: { component: 'auth', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'auth', cause: 'dependency-down' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    workloads: {
      'teastore-auth': {
        containers: { 'teastore-auth': { image: NEW_AUTH } },
        rollout: { at: -24, revision: 5, oldContainers: authOld, oldReplicas: 0 },
      },
      // decoy: a healthy rollout of the image provider two days ago (heap share raised)
      'teastore-image': {
        containers: {
          'teastore-image': {
            env: [
              { name: 'HOST_NAME', value: 'teastore-image' },
              { name: 'REGISTRY_HOST', value: 'teastore-registry' },
              { name: 'TOMCAT_HEAP_MEM_PERCENTAGE', value: '70' },
            ],
          },
        },
        rollout: {
          at: -60 * 24 * 2,
          revision: 4,
          oldContainers: {
            'teastore-image': {
              env: [
                { name: 'HOST_NAME', value: 'teastore-image' },
                { name: 'REGISTRY_HOST', value: 'teastore-registry' },
              ],
            },
          },
          oldReplicas: 0,
        },
      },
    },
    events: [
      {
        on: 'deploy:teastore-auth',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set teastore-auth-%NEW% to 1',
        first: -24,
      },
      {
        on: 'pod:teastore-auth#0',
        source: 'default-scheduler',
        reason: 'Scheduled',
        message: 'Successfully assigned teastore/%POD% to %NODE%',
        first: -23.5,
      },
      {
        on: 'pod:teastore-auth#0',
        reason: 'Pulling',
        message: `Pulling image "${NEW_AUTH}"`,
        first: -23.5,
        fieldPath: 'spec.containers{teastore-auth}',
      },
      {
        on: 'pod:teastore-auth#0',
        reason: 'Pulled',
        message: `Successfully pulled image "${NEW_AUTH}" in 14.207s (14.207s including waiting). Image size: 301417529 bytes.`,
        first: -23.25,
        fieldPath: 'spec.containers{teastore-auth}',
      },
      {
        on: 'pod:teastore-auth#0',
        reason: 'Created',
        message: 'Created container teastore-auth',
        first: -23.22,
        fieldPath: 'spec.containers{teastore-auth}',
      },
      {
        on: 'pod:teastore-auth#0',
        reason: 'Started',
        message: 'Started container teastore-auth',
        first: -23.2,
        fieldPath: 'spec.containers{teastore-auth}',
      },
      {
        on: 'deploy:teastore-auth',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1',
        first: -23.1,
      },
    ],
    logs: {
      'teastore-auth#0/teastore-auth': authLog,
      'teastore-webui#0/teastore-webui': webuiLog,
      'teastore-registry#0/teastore-registry': registryLog,
      'teastore-image#0/teastore-image': imageLog,
    },
    grounding: `
      System: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 (kit system scripts/kit-systems/teastore.mjs):
      no probes and no resources on any container, every service registers with teastore-registry under its HOST_NAME.
      Fault: 24 minutes before the incident the Shop Core team rolled teastore-auth from the upstream image to an in-house
      rebuild (harbor.teastore.example/shop-core/teastore-auth:1.4.3-cartfix) whose classes were compiled for Java 17 (class
      file 61) while the TeaStore base image (utilities/tools.descartes.teastore.dockerbase/Dockerfile: tomcat:10.0.27-jdk11-temurin)
      runs Java 11. Tomcat cannot load the ServletContextListener AuthStartup (java.lang.UnsupportedClassVersionError), so the
      context /tools.descartes.teastore.auth fails to start while Tomcat itself keeps running: the container stays Running and,
      with no probes upstream, the pod is Ready and the rollout completes. AuthStartup is what registers auth with the registry,
      so after the old instance unregistered at shutdown (Registry.java "Unregistered ...") no auth instance is registered;
      webui's ServiceLoadBalancer logs "No Server registered for Service: tools.descartes.teastore.auth" and
      LoadBalancedStoreOperations.login/isLoggedIn return null, which LoginActionServlet shows as wrong credentials (WRONGCREDENTIALS)
      while category and product pages (persistence, image) keep working.
      Log formats: Tomcat OneLineFormatter on the console; slf4j-simple to stdout (no timestamps) for the TeaStore classes.
      Decoy: a healthy rollout of teastore-image two days earlier (TOMCAT_HEAP_MEM_PERCENTAGE 50 -> 70).
      Deviations from upstream: the auth image comes from an in-house registry with a tag; the image Deployment sets
      TOMCAT_HEAP_MEM_PERCENTAGE explicitly; registry/webui/image logs are shortened.
    `,
  },
];
