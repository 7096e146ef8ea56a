// Blind held-out batch s66b (split test): one TeaStore scenario as a compact spec for scripts/s2-scenario-kit.mjs.
// System from scripts/kit-systems/teastore.mjs (teastore-clusterip.yaml at 5ab1188); built by scripts/s66b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const I = '2026-03-05T19:42:00Z';
const T = clock(I);
const WEBUI_PATH = '/tools.descartes.teastore.webui/';
const probe = (initialDelaySeconds, periodSeconds) => ({
  httpGet: { path: WEBUI_PATH, port: 8080, scheme: 'HTTP' },
  initialDelaySeconds,
  timeoutSeconds: 1,
  periodSeconds,
  successThreshold: 1,
  failureThreshold: 3,
});
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter (conf/logging.properties of the tomcat base image).
const tc = (min, lvl, thread, src, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const j = T.java(min);
  return `${String(d.getUTCDate()).padStart(2, '0')}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${j.slice(11)} ${lvl} [${thread}] ${src} ${msg}`;
};
const boot = (min, app, ms) => [
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.78'),
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Java Home:             /usr/local/openjdk-8/jre'),
  tc(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.02, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  tc(min + 0.02, 'INFO', 'main', 'org.apache.catalina.core.StandardEngine.startInternal', 'Starting Servlet engine: [Apache Tomcat/8.5.78]'),
  tc(min + 0.03, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`),
  tc(min + ms / 60000, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${app}.war] has finished in [${ms - 900}] ms`),
  tc(min + ms / 60000 + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(min + ms / 60000 + 0.01, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in ${ms} ms`),
];
const stop = (min) => [
  tc(min, 'INFO', 'Thread-4', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]'),
  tc(min, 'INFO', 'Thread-4', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
  tc(min + 0.01, 'WARNING', 'localhost-startStop-2', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads', 'The web application [tools.descartes.teastore.webui] appears to have started a thread named [pool-2-thread-1] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:\n sun.misc.Unsafe.park(Native Method)\n java.util.concurrent.locks.LockSupport.park(LockSupport.java:175)\n java.util.concurrent.ScheduledThreadPoolExecutor$DelayedWorkQueue.take(ScheduledThreadPoolExecutor.java:1088)\n java.lang.Thread.run(Thread.java:750)'),
  tc(min + 0.02, 'INFO', 'Thread-4', 'org.apache.coyote.AbstractProtocol.stop', 'Stopping ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.02, 'INFO', 'Thread-4', 'org.apache.coyote.AbstractProtocol.destroy', 'Destroying ProtocolHandler ["http-nio-8080"]'),
];
const webuiEvents = (i, restarts, lastStart) => [
  { on: `pod:teastore-webui#${i}`, reason: 'Unhealthy', type: 'Warning', message: `Readiness probe failed: Get "http://%PODIP%:8080${WEBUI_PATH}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, first: -121 + i, last: -0.6 - i, count: 58 - i * 5, fieldPath: 'spec.containers{teastore-webui}' },
  { on: `pod:teastore-webui#${i}`, reason: 'Unhealthy', type: 'Warning', message: `Liveness probe failed: Get "http://%PODIP%:8080${WEBUI_PATH}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, first: -118 + i, last: lastStart - 0.15, count: restarts * 3 + 2, fieldPath: 'spec.containers{teastore-webui}' },
  { on: `pod:teastore-webui#${i}`, reason: 'Killing', message: 'Container teastore-webui failed liveness probe, will be restarted', first: -117.5 + i, last: lastStart - 0.1, count: restarts, fieldPath: 'spec.containers{teastore-webui}' },
  { on: `pod:teastore-webui#${i}`, reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-webui"', first: -128.45 + i * 0.5, last: lastStart - 0.02, count: restarts + 1, fieldPath: 'spec.containers{teastore-webui}' },
  { on: `pod:teastore-webui#${i}`, reason: 'Pulled', message: `Successfully pulled image "descartesresearch/teastore-webui" in ${612 + i * 97}ms (${612 + i * 97}ms including waiting). Image size: 305734482 bytes.`, first: -128.4 + i * 0.5, last: lastStart - 0.01, count: restarts + 1, fieldPath: 'spec.containers{teastore-webui}' },
  { on: `pod:teastore-webui#${i}`, reason: 'Created', message: 'Created container teastore-webui', first: -128.4 + i * 0.5, last: lastStart, count: restarts + 1, fieldPath: 'spec.containers{teastore-webui}' },
  { on: `pod:teastore-webui#${i}`, reason: 'Started', message: 'Started container teastore-webui', first: -128.4 + i * 0.5, last: lastStart, count: restarts + 1, fieldPath: 'spec.containers{teastore-webui}' },
];

export const scenarios = [
  {
    folder: 's66b-webui-flapping-evening',
    incidentTime: I,
    description:
      'tea store web ui keeps dropping out for a minute or so every few minutes this evening (nodeport 30080 gives connection refused / empty reply, then it comes back). shop-frontend pls check, got worse once traffic picked up after 6pm',
    expected: { component: 'webui', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'webui', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'team-name', 'time-expression', 'decoy', 'partial-name'],
    grounding: `
      TeaStore as scripts/kit-systems/teastore.mjs (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at
      5ab1188: no probes, no resources, untagged images pulled Always). Deviations from upstream: teastore-webui runs 2 replicas,
      and the release this scenario is about (revision 4, about 2h10m before the incident) added a liveness and a readiness
      probe, both an HTTP GET of the shop's home page ${WEBUI_PATH} on 8080 with timeoutSeconds 1 (liveness
      initialDelaySeconds 30, periodSeconds 10, failureThreshold 3; readiness initialDelaySeconds 20, periodSeconds 5). The
      old and new ReplicaSet templates differ in exactly those two probes. The home page renders categories from persistence
      and images from the image provider, so under evening load it takes longer than one second; the kubelet's probe times out
      ("context deadline exceeded (Client.Timeout exceeded while awaiting headers)"), kills Tomcat (SIGTERM, exit 143) and the
      surviving replica takes all traffic, slows and is killed in turn - the cascading-liveness-probe pattern described in
      public write-ups on liveness probes that check a page depending on other services (e.g. the Kubernetes docs' advice on
      liveness probes, Henning Jacobs' "Liveness Probes are Dangerous" (srcco.de) and Colin Breck's "Kubernetes Liveness and
      Readiness Probes: How to Avoid Shooting Yourself in the Foot").
      persistence, image, auth, recommender, registry and the db are healthy and Ready throughout; their logs are ordinary.
      Decoy: teastore-image had a healthy rollout about 26h earlier (JAVA_OPTS added), fully available since.
      Cause named: probe-failure on webui (the probes, not the app, are what fail); bad-deploy-rollout on webui is also accepted.`,
    workloads: {
      'teastore-webui': {
        replicas: 2,
        containers: { 'teastore-webui': { livenessProbe: probe(30, 10), readinessProbe: probe(20, 5) } },
        rollout: { at: -129, oldReplicas: 0, oldContainers: { 'teastore-webui': { livenessProbe: undefined, readinessProbe: undefined } } },
        pods: [
          {
            containers: {
              'teastore-webui': cs.restartedRunning({
                restarts: 9, startedAt: T.iso(-0.9), ready: false,
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-5.4), finishedAt: T.iso(-0.95) },
              }),
            },
            ready: false,
            readyTransition: T.iso(-1.2),
          },
          {
            containers: {
              'teastore-webui': cs.restartedRunning({
                restarts: 8, startedAt: T.iso(-3.7),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-9.9), finishedAt: T.iso(-3.75) },
              }),
            },
            readyTransition: T.iso(-3.1),
          },
        ],
        endpointsChanged: -1.2,
        unavailableSince: -1.2,
      },
      'teastore-image': {
        containers: { 'teastore-image': { env: [
          { name: 'HOST_NAME', value: 'teastore-image' },
          { name: 'REGISTRY_HOST', value: 'teastore-registry' },
          { name: 'JAVA_OPTS', value: '-Xmx1536m' },
        ] } },
        rollout: { at: -60 * 26, oldReplicas: 0, oldContainers: { 'teastore-image': { env: [
          { name: 'HOST_NAME', value: 'teastore-image' },
          { name: 'REGISTRY_HOST', value: 'teastore-registry' },
        ] } } },
      },
    },
    events: [
      ...webuiEvents(0, 9, -0.9),
      ...webuiEvents(1, 8, -3.7),
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        ...boot(-0.88, 'tools.descartes.teastore.webui', 14210),
      ],
      'teastore-webui#0/teastore-webui/previous': [
        ...boot(-5.38, 'tools.descartes.teastore.webui', 13870),
        ...stop(-0.95),
      ],
      'teastore-webui#1/teastore-webui': [
        ...boot(-3.68, 'tools.descartes.teastore.webui', 13544),
      ],
      'teastore-webui#1/teastore-webui/previous': [
        ...boot(-9.88, 'tools.descartes.teastore.webui', 14012),
        ...stop(-3.75),
      ],
      'teastore-persistence#0/teastore-persistence': [
        ...boot(-60 * 24 * 9 + 0.4, 'tools.descartes.teastore.persistence', 21877),
        tc(-60 * 24 * 9 + 0.8, 'INFO', 'localhost-startStop-1', 'org.eclipse.persistence.session./file:/usr/local/tomcat/webapps/tools.descartes.teastore.persistence/WEB-INF/classes/_tools.descartes.teastore.persistence.info', 'EclipseLink, version: Eclipse Persistence Services - 2.7.3.v20180807-4be1041'),
      ],
      'teastore-image#0/teastore-image': [
        ...boot(-60 * 26 + 0.6, 'tools.descartes.teastore.image', 18230),
      ],
      'teastore-registry#0/teastore-registry': [
        ...boot(-60 * 24 * 9 + 0.3, 'tools.descartes.teastore.registry', 6120),
      ],
    },
  },
];
