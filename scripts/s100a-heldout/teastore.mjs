// Blind held-out batch s100a: one TeaStore scenario (split: test), as a spec of the scenario kit.
// System from scripts/kit-systems/teastore.mjs (upstream examples/kubernetes/teastore-clusterip.yaml at 5ab1188).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const TIME = '2026-06-02T10:52:00Z';
const T = clock(TIME);
const REG = 'registry.tea.internal/teastore';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cat = (min, lvl, thread, cls, msg) => {
  const d = new Date(Date.parse(TIME) + min * 60000);
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${lvl} [${thread}] ${cls} ${msg}`;
};
const tomcatStart = (min, war, ok = true) => [
  cat(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
  cat(min, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(min + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.load', 'Initialization processed in 612 ms'),
  cat(min + 0.03, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  cat(min + 0.04, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${war}.war]`),
  ...(ok ? [cat(min + 0.2, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${war}.war] has finished in [9,812] ms`)] : []),
];

export const scenarios = [
  {
    folder: 's100a-webui-listener-class-missing',
    incidentTime: TIME,
    description: 'teastore storefront gives 404 on every page since ~10:40. registry and persistence pods all green',
    expected: { component: 'webui', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'webui', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'time-expression'],
    grounding: `
      Upstream TeaStore (examples/kubernetes/teastore-clusterip.yaml at 5ab1188) runs each service as a WAR in Tomcat with no
      probes, one replica, and the webui context registers with the registry from a ServletContextListener at startup.
      When Tomcat cannot load a listener class the context fails ("One or more listeners failed to start", "Context [...] startup
      failed due to previous errors") while the JVM and connector keep running, so the port answers 404 for every path and the
      pod stays Running and Ready (a shape reported in many Tomcat/Spring deployment questions after a repackaged WAR).
      Deviations from upstream: images come from a team registry with pinned tags; a rollout about 14 minutes before the
      incident moved teastore-webui from 1.4.1 to 1.4.2, whose WAR lacks the listener class. Other services are unchanged.`,
    workloads: {
      'teastore-webui': {
        containers: { 'teastore-webui': { image: `${REG}/teastore-webui:1.4.2` } },
        rollout: { at: -14, oldContainers: { 'teastore-webui': { image: `${REG}/teastore-webui:1.4.1` } } },
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -14 },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: -13.4 },
      { on: 'pod:teastore-webui#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -13.9 },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: `Pulling image "${REG}/teastore-webui:1.4.2"`, first: -13.8, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/teastore-webui:1.4.2" in 6.204s (6.204s including waiting). Image size: 212457913 bytes.`, first: -13.7, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Created', message: 'Created container teastore-webui', first: -13.6, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', first: -13.5, fieldPath: 'spec.containers{teastore-webui}' },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        ...tomcatStart(-13.5, 'tools.descartes.teastore.webui', false),
        cat(-13.3, 'SEVERE', 'localhost-startStop-1', 'org.apache.catalina.core.StandardContext.listenerStart', 'Error configuring application listener of class [tools.descartes.teastore.webui.startup.WebuiStartup]'),
        ' java.lang.ClassNotFoundException: tools.descartes.teastore.webui.startup.WebuiStartup',
        '\tat org.apache.catalina.loader.WebappClassLoaderBase.loadClass(WebappClassLoaderBase.java:1275)',
        '\tat org.apache.catalina.loader.WebappClassLoaderBase.loadClass(WebappClassLoaderBase.java:1109)',
        '\tat org.apache.catalina.core.DefaultInstanceManager.loadClass(DefaultInstanceManager.java:540)',
        '\tat org.apache.catalina.core.DefaultInstanceManager.newInstance(DefaultInstanceManager.java:147)',
        '\tat org.apache.catalina.core.StandardContext.listenerStart(StandardContext.java:4614)',
        '\tat org.apache.catalina.core.StandardContext.startInternal(StandardContext.java:5156)',
        '\tat org.apache.catalina.util.LifecycleBase.start(LifecycleBase.java:150)',
        cat(-13.3, 'SEVERE', 'localhost-startStop-1', 'org.apache.catalina.core.StandardContext.listenerStart', 'Skipped installing application listeners due to previous error(s)'),
        cat(-13.3, 'SEVERE', 'localhost-startStop-1', 'org.apache.catalina.core.StandardContext.startInternal', 'One or more listeners failed to start. Full details will be found in the appropriate container log file'),
        cat(-13.3, 'SEVERE', 'localhost-startStop-1', 'org.apache.catalina.core.StandardContext.startInternal', 'Context [/tools.descartes.teastore.webui] startup failed due to previous errors'),
        cat(-13.3, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war] has finished in [5,107] ms'),
        cat(-13.3, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
        cat(-13.3, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 5874 ms'),
      ],
      'teastore-registry#0/teastore-registry': [
        ...tomcatStart(-60 * 24 * 9, 'tools.descartes.teastore.registry'),
        cat(-13.6, 'INFO', 'http-nio-8080-exec-7', 'tools.descartes.teastore.registry.rest.RegistryREST.unregister', 'Unregistered teastore-webui:8080 from service webui'),
        cat(-2, 'INFO', 'Thread-3', 'tools.descartes.teastore.registry.rest.HeartbeatInfo.check', 'Heartbeats OK for services auth, image, persistence, recommender'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        ...tomcatStart(-60 * 24 * 9, 'tools.descartes.teastore.persistence'),
      ],
    },
  },
];
