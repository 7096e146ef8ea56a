// Blind dev batch s73c: one TeaStore scenario (an in-house auth image compiled for Java 17 on the Java 11 Tomcat base:
// the webapp's listener fails to load, Tomcat stays up, auth never registers), on scripts/kit-systems/teastore.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const T = clock('2026-06-22T08:14:00Z');
const cat = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
};
const lb = (min) => T.java(min).slice(11);
const NEW_IMAGE = 'registry.tea.example/teastore/teastore-auth:1.4.2';
const WAR = '/usr/local/tomcat/webapps/tools.descartes.teastore.auth.war';
const s = -26.5;
const authLog = [
  `${cat(s)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/8.5.100`,
  `${cat(s)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log JVM Version:           11.0.23+9`,
  `${cat(s + 0.01)} INFO [main] org.apache.coyote.AbstractProtocol.init Initializing ProtocolHandler ["http-nio-8080"]`,
  `${cat(s + 0.02)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [${WAR}]`,
  `${cat(s + 0.05)} SEVERE [main] org.apache.catalina.core.StandardContext.listenerStart Error configuring application listener of class [tools.descartes.teastore.auth.startup.AuthStartup]`,
  '\tjava.lang.UnsupportedClassVersionError: tools/descartes/teastore/auth/startup/AuthStartup has been compiled by a more recent version of the Java Runtime (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to 55.0 (unable to load class [tools.descartes.teastore.auth.startup.AuthStartup])',
  '\t\tat org.apache.catalina.loader.WebappClassLoaderBase.findClassInternal(WebappClassLoaderBase.java:2367)',
  '\t\tat org.apache.catalina.loader.WebappClassLoaderBase.findClass(WebappClassLoaderBase.java:834)',
  '\t\tat org.apache.catalina.loader.WebappClassLoaderBase.loadClass(WebappClassLoaderBase.java:1320)',
  '\t\tat org.apache.catalina.loader.WebappClassLoaderBase.loadClass(WebappClassLoaderBase.java:1157)',
  '\t\tat org.apache.catalina.core.DefaultInstanceManager.loadClass(DefaultInstanceManager.java:537)',
  '\t\tat org.apache.catalina.core.DefaultInstanceManager.loadClassMaybePrivileged(DefaultInstanceManager.java:518)',
  '\t\tat org.apache.catalina.core.DefaultInstanceManager.newInstance(DefaultInstanceManager.java:149)',
  '\t\tat org.apache.catalina.core.StandardContext.listenerStart(StandardContext.java:4698)',
  '\t\tat org.apache.catalina.core.StandardContext.startInternal(StandardContext.java:5248)',
  '\t\tat org.apache.catalina.util.LifecycleBase.start(LifecycleBase.java:183)',
  '\t\tat java.base/java.lang.Thread.run(Thread.java:829)',
  `${cat(s + 0.05)} SEVERE [main] org.apache.catalina.core.StandardContext.startInternal One or more listeners failed to start. Full details will be found in the appropriate container log file`,
  `${cat(s + 0.05)} SEVERE [main] org.apache.catalina.core.StandardContext.startInternal Context [/tools.descartes.teastore.auth] startup failed due to previous errors`,
  `${cat(s + 0.06)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [${WAR}] has finished in [2,314] ms`,
  `${cat(s + 0.06)} INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]`,
  `${cat(s + 0.06)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 2412 ms`,
];
const webLog = [];
for (let m = -60; m < -0.3; m += 0.6) {
  if (m < -25.8) continue;
  const th = `http-nio-8080-exec-${1 + (Math.round(-m * 5) % 10)}`;
  webLog.push(`${lb(m)} [${th}] WARN  t.d.t.r.l.ServiceLoadBalancer - No Server registered for Service: tools.descartes.teastore.auth`);
  webLog.push(`${cat(m + 0.01)} SEVERE [${th}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [${['IndexServlet', 'CategoryServlet', 'LoginServlet', 'ProductServlet'][Math.round(-m * 5) % 4]}] in context with path [/tools.descartes.teastore.webui] threw exception`);
  webLog.push('\tjava.lang.NullPointerException');
  webLog.push('\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.checkforCookie(AbstractUIServlet.java:86)');
  webLog.push('\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:61)');
  webLog.push('\t\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:655)');
}
const regLog = [];
for (let m = -40; m < -0.5; m += 3) {
  regLog.push(`${lb(m)} [pool-1-thread-1] INFO  t.d.t.registry.rest.Registry - Heartbeat cleanup: ${m < -27 ? 6 : 5} services alive`);
}
regLog.push(`${lb(-27.2)} [http-nio-8080-exec-3] INFO  t.d.t.registry.rest.RegistryREST - Unregistered tools.descartes.teastore.auth instance teastore-auth:8080`);
regLog.sort();

export const scenarios = [
  {
    folder: 's73c-auth-image-class-version',
    incidentTime: '2026-06-22T08:14:00Z',
    description: 'teastore web shows the error page on basically every click since ~07:50, pods all look green',
    expected: { component: 'auth', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['rollout-regression', 'pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 — no probes on any
      container, so a Tomcat that is up is Ready whatever its webapp does; each service registers itself with
      teastore-registry from its ServletContextListener (auth: AuthStartup) and the webui looks auth up through the
      registry client's ServiceLoadBalancer ("No Server registered for Service: ..." when nothing is registered). The
      webui checks the login cookie with auth on every page (AbstractUIServlet.checkforCookie), so every page fails.
      Fault: auth was moved to an in-house build (registry.tea.example/teastore/teastore-auth:1.4.2) compiled with
      --release 17 while its base image still runs Tomcat 8.5 on Java 11; Tomcat starts, the auth context fails with
      "UnsupportedClassVersionError ... class file version 61.0 ... only recognizes class file versions up to 55.0" and
      "Context [...] startup failed due to previous errors" (Tomcat's wording), the old pod unregistered on shutdown and
      the new one never registers. The pod is Running, Ready, 0 restarts; the webui's exceptions are louder.
      The old and new ReplicaSet templates differ only by the auth image (and the imagePullPolicy the API defaults from
      its tag: Always for the untagged upstream image, IfNotPresent for 1.4.2).
      Decoy: teastore-image restarted two days ago with exit code 255 (reason Unknown, a node reboot), healthy since.
      Deviations: the in-house registry, tag, JDK mismatch and the image restart are invented; upstream pins no tag.
    `,
    workloads: {
      'teastore-auth': {
        rollout: { at: -27, revision: 5, oldContainers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth' } } },
        containers: { 'teastore-auth': { image: NEW_IMAGE } },
      },
      'teastore-image': {
        pods: [{ containers: { 'teastore-image': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 1.5) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -27, last: -27 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -26.3, last: -26.3 },
      { on: 'pod:teastore-auth#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -27, last: -27 },
      { on: 'pod:teastore-auth#0', reason: 'Pulling', message: `Pulling image "${NEW_IMAGE}"`, first: -26.9, last: -26.9, fieldPath: 'spec.containers{teastore-auth}' },
      { on: 'pod:teastore-auth#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMAGE}" in 3.412s (3.412s including waiting). Image size: 284117603 bytes.`, first: -26.8, last: -26.8, fieldPath: 'spec.containers{teastore-auth}' },
      { on: 'pod:teastore-auth#0', reason: 'Created', message: 'Created container teastore-auth', first: -26.6, last: -26.6, fieldPath: 'spec.containers{teastore-auth}' },
      { on: 'pod:teastore-auth#0', reason: 'Started', message: 'Started container teastore-auth', first: -26.5, last: -26.5, fieldPath: 'spec.containers{teastore-auth}' },
    ],
    logs: {
      'teastore-auth#0/teastore-auth': authLog,
      'teastore-webui#0/teastore-webui': webLog,
      'teastore-registry#0/teastore-registry': regLog,
    },
  },
];
