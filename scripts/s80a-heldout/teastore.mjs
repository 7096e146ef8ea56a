// Blind held-out batch s80a: one TeaStore scenario (split test) on the kit system definition
// scripts/kit-systems/teastore.mjs (examples/kubernetes/teastore-clusterip.yaml at 5ab1188); built by scripts/s80a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-07-15T10:06:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat 8.5 (tomcat:8.5-jre8, the teastore-base image) OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method msg
const tc = (min, level, thread, where, msg) => {
  const d = new Date(T.isoMs(min));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${where} ${msg}`;
};
const boot = (t0, app, ms) => [
  '[AppClassLoader@18b4aac2] info AspectJ Weaver Version 1.8.13 built on Wednesday Nov 15, 2017 at 19:26:44 GMT',
  '[AppClassLoader@18b4aac2] info register classloader sun.misc.Launcher$AppClassLoader@18b4aac2',
  '[AppClassLoader@18b4aac2] info using configuration file:/usr/local/tomcat/lib/aop.xml',
  tc(t0, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version:        Apache Tomcat/8.5.32'),
  tc(t0 + 0.001, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           1.8.0_181-8u181-b13-1~deb9u1-b13'),
  tc(t0 + 0.02, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(t0 + 0.03, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.load', 'Initialization processed in 1204 ms'),
  tc(t0 + 0.04, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  tc(t0 + 0.05, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`),
  tc(t0 + ms / 60000 - 0.01, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${app}.war] has finished in [${ms - 900}] ms`),
  tc(t0 + ms / 60000, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(t0 + ms / 60000 + 0.001, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in ${ms} ms`),
];
const WEBUI = 'tools.descartes.teastore.webui';
const PROBE = { httpGet: { path: `/${WEBUI}/`, port: 8080, scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
const probeFail = (kind) => `${kind} probe failed: Get "http://%PODIP%:8080/${WEBUI}/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`;

export const scenarios = [
  {
    folder: 's80a-storefront-drops-out-every-few-min',
    incidentTime: '2026-07-15T10:06:00Z',
    description: 'teastore storefront keeps dropping out for a minute or two (connection refused on :30080) since the 9:30 sale mail went out. shop-frontend team pls check',
    expected: { component: 'webui', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'webui', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (teastore-clusterip.yaml at 5ab1188): one teastore-webui replica behind the NodePort Service
      (30080), no probes and no resources upstream; the image runs Tomcat 8.5 (teastore-base: tomcat:8.5-jre8) from a
      shell-form CMD, so /bin/sh is PID 1 and SIGTERM never reaches the JVM: a stopped container is SIGKILLed after the
      30 s grace period (exit 137, reason Error). The home page /tools.descartes.teastore.webui/ renders categories from
      persistence and images from image.
      Fault: the shop-frontend team added a livenessProbe and readinessProbe on the home page (timeoutSeconds 1,
      periodSeconds 10, failureThreshold 3; readiness initialDelaySeconds 30, liveness 60) three weeks ago. Under the
      sale traffic since 09:30Z the page takes longer than 1 s, the liveness probe fails three times, the kubelet kills
      the container ("failed liveness probe, will be restarted"), the only replica drops out of the Service, NodePort
      clients get connection refused, and the restarted Tomcat meets the same load: seven restarts in 25 minutes.
      Grounded in the well-known failure of liveness probes that exercise a dependency-heavy page with a tight timeout
      (Kubernetes docs "Configure Liveness, Readiness and Startup Probes" cautions). Decoy: recommender was SIGKILLed
      once five days ago (exit 137) and has run since. Deviations from upstream: the probes, and the image's
      Tomcat/JVM versions as the teastore-base Dockerfile pins them.
    `,
    workloads: {
      'teastore-webui': {
        since: -60 * 24 * 21,
        containers: { 'teastore-webui': { readinessProbe: { ...PROBE, initialDelaySeconds: 30 }, livenessProbe: { ...PROBE, initialDelaySeconds: 60 } } },
        unavailableSince: -1.9,
        pods: [{
          readyTransition: T.iso(-1.9),
          containers: {
            'teastore-webui': cs.restartedRunning({ restarts: 7, startedAt: T.iso(-1.4), ready: false, last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-5.9), finishedAt: T.iso(-1.5) } }),
          },
        }],
      },
      'teastore-recommender': {
        pods: [{
          containers: {
            'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5 + 0.1), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5) } }),
          },
        }],
      },
    },
    events: [
      { on: 'pod:teastore-webui#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{teastore-webui}', message: probeFail('Liveness'), first: -28.3, last: -2.0, count: 22 },
      { on: 'pod:teastore-webui#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{teastore-webui}', message: probeFail('Readiness'), first: -28.6, last: -0.3, count: 39 },
      { on: 'pod:teastore-webui#0', reason: 'Killing', fieldPath: 'spec.containers{teastore-webui}', message: 'Container teastore-webui failed liveness probe, will be restarted', first: -27.9, last: -2.0, count: 7 },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-webui}', message: 'Pulling image "descartesresearch/teastore-webui"', first: -27.3, last: -1.45, count: 7 },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-webui}', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 1.108s (1.108s including waiting). Image size: 278815641 bytes.', first: -27.3, last: -1.42, count: 7 },
      { on: 'pod:teastore-webui#0', reason: 'Created', fieldPath: 'spec.containers{teastore-webui}', message: 'Created container teastore-webui', first: -27.3, last: -1.41, count: 7 },
      { on: 'pod:teastore-webui#0', reason: 'Started', fieldPath: 'spec.containers{teastore-webui}', message: 'Started container teastore-webui', first: -27.3, last: -1.4, count: 7 },
      { on: 'pod:teastore-webui#0', type: 'Warning', reason: 'BackOff', fieldPath: 'spec.containers{teastore-webui}', message: 'Back-off restarting failed container teastore-webui in pod %POD%_teastore(%PODUID%)', first: -13.6, last: -6.1, count: 3 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui/previous': boot(-5.9, WEBUI, 41230),
      'teastore-webui#0/teastore-webui': boot(-1.4, WEBUI, 39871),
      'teastore-persistence#0/teastore-persistence': boot(-60 * 24 * 9 + 0.3, 'tools.descartes.teastore.persistence', 52114),
      'teastore-image#0/teastore-image': boot(-60 * 24 * 9 + 0.3, 'tools.descartes.teastore.image', 47760),
    },
  },
];
