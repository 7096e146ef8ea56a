// TeaStore held-out scenario of batch s40a (split: test), written blind: the kit system of scripts/kit-systems/teastore.mjs,
// one incident as data; built by scripts/s40a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-08-20T13:52:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter: "dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message".
const tc = (min, lvl, thread, where, msg) => {
  const iso = T.isoMs(min);
  return `${iso.slice(8, 10)}-${MON[Number(iso.slice(5, 7)) - 1]}-${iso.slice(0, 4)} ${iso.slice(11, 23)} ${lvl} [${thread}] ${where} ${msg}`;
};
const startup = (min, ms = 31874) => [
  `NOTE: Picked up JDK_JAVA_OPTIONS:  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED`,
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/9.0.89'),
  tc(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war]'),
  tc(min + ms / 60000 - 0.01, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war] has finished in [${ms - 412}] ms`),
  tc(min + ms / 60000, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(min + ms / 60000, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${ms}] milliseconds`),
];
const shutdown = (min) => [
  tc(min, 'INFO', 'Thread-2', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]'),
  tc(min, 'INFO', 'Thread-2', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
  tc(min + 0.01, 'WARNING', 'Thread-2', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads', 'The web application [tools.descartes.teastore.webui] appears to have started a thread named [pool-1-thread-1] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:\n java.base@11.0.23/jdk.internal.misc.Unsafe.park(Native Method)\n java.base@11.0.23/java.util.concurrent.locks.LockSupport.parkNanos(LockSupport.java:234)'),
  tc(min + 0.02, 'INFO', 'Thread-2', 'org.apache.coyote.AbstractProtocol.stop', 'Stopping ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.02, 'INFO', 'Thread-2', 'org.apache.coyote.AbstractProtocol.destroy', 'Destroying ProtocolHandler ["http-nio-8080"]'),
];
const KILLS = [-27.5, -21.0, -14.6, -8.2];
const LIVENESS = {
  httpGet: { path: '/tools.descartes.teastore.webui/', port: 8080, scheme: 'HTTP' },
  initialDelaySeconds: 45, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3,
};
const jersey = (min, target) => tc(min, 'SEVERE', `http-nio-8080-exec-${Math.round(-min * 7) % 200 + 1}`, 'tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose', `Error while reading ${target}: java.net.SocketTimeoutException: Read timed out`);

export const scenarios = [
  {
    folder: 's40a-webui-liveness-kills-under-load',
    incidentTime: '2026-08-20T13:52:00Z',
    description: 'teastore shop keeps going down for a minute and coming back, on and off since ~13:25',
    expected: { component: 'webui', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'webui', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      TeaStore teastore-clusterip.yaml (kit system): one teastore-webui replica, BestEffort (no resources upstream), Tomcat 9 on 8080.
      The operators' overlay added a liveness probe on the shop's landing page (/tools.descartes.teastore.webui/, timeout 1 s, period
      10 s, failureThreshold 3) weeks ago. Fault: a traffic peak (a newsletter sale) makes the landing page, which renders categories and
      product images through persistence and image on request threads, answer in well over a second; the kubelet's HTTP prober times
      out ("context deadline exceeded (Client.Timeout exceeded while awaiting headers)") three times and restarts the container (exit
      143 after Tomcat's orderly shutdown), which drops every session and in-flight request and makes the next start slower still —
      the well-known anti-pattern of a liveness probe on a dependency-heavy page with a 1 s timeout. webui has restarted four times in 25
      minutes; persistence, image and auth stay healthy (the occasional Jersey read timeout in webui is the overload, not a dead
      dependency). Expected: the liveness probe failing and killing webui; resource exhaustion of webui under load also accepted.
      Decoys: a teastore-recommender restart two days ago, the registry's routine heartbeat logs.
    `,
    workloads: {
      'teastore-webui': {
        containers: { 'teastore-webui': { livenessProbe: LIVENESS } },
        pods: [{
          node: 'tea-worker-2',
          containers: { 'teastore-webui': cs.restartedRunning({ restarts: 4, startedAt: T.iso(-8.1), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-14.5), finishedAt: T.iso(-8.2) } }) },
          readyTransition: T.iso(-8.1),
        }],
        endpointsChanged: -8.1,
      },
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 11), finishedAt: T.iso(-60 * 49 - 0.3) } }) } }],
      },
    },
    events: [
      { on: 'pod:teastore-webui#0', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:8080/tools.descartes.teastore.webui/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', type: 'Warning', fieldPath: 'spec.containers{teastore-webui}', first: -28.0, last: -0.4, count: 17 },
      { on: 'pod:teastore-webui#0', reason: 'Killing', message: 'Container teastore-webui failed liveness probe, will be restarted', fieldPath: 'spec.containers{teastore-webui}', first: KILLS[0], last: KILLS[3], count: 4 },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 812ms (812ms including waiting). Image size: 268231644 bytes.', fieldPath: 'spec.containers{teastore-webui}', first: KILLS[0] + 0.1, last: KILLS[3] + 0.1, count: 4 },
      { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', fieldPath: 'spec.containers{teastore-webui}', first: KILLS[0] + 0.1, last: KILLS[3] + 0.1, count: 4 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [
        ...startup(-8.1, 38211),
        jersey(-4.6, 'http://10.244.3.41:8080/tools.descartes.teastore.image/rest/image/getProductImages'),
        jersey(-2.2, 'http://10.244.1.27:8080/tools.descartes.teastore.persistence/rest/products?category=2&start=0&max=20'),
        jersey(-0.9, 'http://10.244.3.41:8080/tools.descartes.teastore.image/rest/image/getProductImages'),
      ],
      'teastore-webui#0/teastore-webui/previous': [
        ...startup(-14.5, 35120),
        jersey(-10.4, 'http://10.244.3.41:8080/tools.descartes.teastore.image/rest/image/getProductImages'),
        jersey(-9.1, 'http://10.244.1.27:8080/tools.descartes.teastore.persistence/rest/categories?start=-1&max=-1'),
        ...shutdown(-8.2),
      ],
      'teastore-persistence#0/teastore-persistence': [
        ...startup(-60 * 24 * 9, 24410).slice(1).map((l) => l.replaceAll('webui', 'persistence')),
      ],
      'teastore-registry#0/teastore-registry': [
        ...startup(-60 * 24 * 9, 9120).slice(1).map((l) => l.replaceAll('tools.descartes.teastore.webui', 'tools.descartes.teastore.registry')),
        tc(-8.1 + 0.65, 'INFO', 'http-nio-8080-exec-4', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Registered teastore-webui:8080 for service webui'),
        tc(-14.5 + 0.6, 'INFO', 'http-nio-8080-exec-9', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Registered teastore-webui:8080 for service webui'),
      ].sort((a, b) => a.localeCompare(b)),
    },
  },
];
