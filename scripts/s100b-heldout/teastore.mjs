// Blind held-out batch s100b: one TeaStore scenario (split test), built by scripts/s100b-build.mjs with the scenario
// kit; the system is scripts/kit-systems/teastore.mjs (upstream teastore-clusterip.yaml).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const IT = '2026-05-21T18:05:00Z';
const T = clock(IT);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cat = (min, level, thread, cls, msg) => {
  const d = new Date(Date.parse(IT) + Math.round(min * 60000));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${cls} ${msg}`;
};
const boot = (m0) => [
  cat(m0, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
  cat(m0 + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(m0 + 0.05, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war]'),
  cat(m0 + 0.35, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war] has finished in [17,412] ms'),
  cat(m0 + 0.36, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  cat(m0 + 0.37, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 21874 ms'),
];
const shutdown = (m) => [
  cat(m, 'INFO', 'Thread-5', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]'),
  cat(m + 0.001, 'INFO', 'Thread-5', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
  cat(m + 0.01, 'WARNING', 'localhost-startStop-2', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads', 'The web application [tools.descartes.teastore.webui] appears to have started a thread named [pool-2-thread-1] but has failed to stop it. This is very likely to create a memory leak.'),
  cat(m + 0.02, 'INFO', 'Thread-5', 'org.apache.coyote.AbstractProtocol.stop', 'Stopping ProtocolHandler ["http-nio-8080"]'),
];
const probe = {
  httpGet: { path: '/tools.descartes.teastore.webui/', port: 8080, scheme: 'HTTP' },
  initialDelaySeconds: 30, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3,
};

export const scenarios = [
  {
    folder: 's100b-webui-evening-restarts',
    incidentTime: IT,
    description: 'tea store web shop keeps dropping out for a minute at a time during the evening peak (since ~17:30). persistence and the db look healthy',
    expected: { component: 'webui', cause: 'probe-failure' },
    alsoAcceptable: [
      { component: 'webui', cause: 'bad-deploy-rollout' },
      { component: 'webui', cause: 'config-error' },
    ],
    difficulty: 'hard',
    traits: ['rollout-regression', 'time-expression', 'partial-name'],
    workloads: {
      'teastore-webui': {
        rollout: { at: -60 * 26, revision: 4, oldContainers: { 'teastore-webui': { livenessProbe: undefined } } },
        containers: { 'teastore-webui': { livenessProbe: probe } },
        pods: [{
          containers: {
            'teastore-webui': cs.restartedRunning({ restarts: 7, startedAt: T.iso(-2.6), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-9.1), finishedAt: T.iso(-2.7) } }),
          },
          readyTransition: T.iso(-2.6),
        }],
      },
    },
    events: [
      { on: 'pod:teastore-webui#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: Get "http://%PODIP%:8080/tools.descartes.teastore.webui/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -34, last: -2.8, count: 23, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Killing', message: 'Container teastore-webui failed liveness probe, will be restarted', first: -33, last: -2.75, count: 7, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-webui"', first: -32.9, last: -2.7, count: 7, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 412ms (412ms including waiting). Image size: 291470512 bytes.', first: -32.8, last: -2.68, count: 7, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Created', message: 'Created container teastore-webui', first: -32.8, last: -2.66, count: 7, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', first: -32.8, last: -2.65, count: 7, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -60 * 26, last: -60 * 26 },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: -60 * 26 + 0.8, last: -60 * 26 + 0.8 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui/previous': [...boot(-9.1), ...shutdown(-2.72)],
      'teastore-webui#0/teastore-webui': [...boot(-2.6)],
      'teastore-persistence#0/teastore-persistence': [
        cat(-60 * 24 * 9 + 0.4, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 30112 ms'),
        cat(-40, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.heartbeat', 'Sent heartbeat to registry for teastore-persistence:8080'),
        cat(-10, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.heartbeat', 'Sent heartbeat to registry for teastore-persistence:8080'),
      ],
      'teastore-registry#0/teastore-registry': [
        cat(-33.2, 'INFO', 'pool-3-thread-1', 'tools.descartes.teastore.registry.rest.Registry.unregister', 'Unregistered webui@teastore-webui:8080 (heartbeat expired)'),
        cat(-32.3, 'INFO', 'http-nio-8080-exec-6', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Registered webui@teastore-webui:8080'),
        cat(-2.9, 'INFO', 'pool-3-thread-1', 'tools.descartes.teastore.registry.rest.Registry.unregister', 'Unregistered webui@teastore-webui:8080 (heartbeat expired)'),
        cat(-2.2, 'INFO', 'http-nio-8080-exec-2', 'tools.descartes.teastore.registry.rest.RegistryREST.register', 'Registered webui@teastore-webui:8080'),
      ],
    },
    grounding: `
      Upstream TeaStore teastore-clusterip.yaml (5ab1188) sets no probes on any container and no resources; the WebUI is a
      Tomcat webapp whose home page (/tools.descartes.teastore.webui/) is rendered from persistence, image and recommender
      calls. Deviation: a release 26 h before the incident (revision 4) added only a livenessProbe on that home page with
      timeoutSeconds 1 (old and new ReplicaSet templates differ only in the probe). The fault follows the liveness-probe
      anti-pattern reported in many public post-mortems (a liveness check on a page that depends on downstream calls and
      a 1 s timeout): at the evening traffic peak the page takes more than a second, the kubelet kills Tomcat (SIGTERM, exit
      143) and the shop drops out while the JVM redeploys the WAR. Event texts are the kubelet's (Go http client
      "context deadline exceeded (Client.Timeout exceeded while awaiting headers)"). Registry and persistence log lines are
      synthetic in the Tomcat JULI format.
    `,
  },
];
