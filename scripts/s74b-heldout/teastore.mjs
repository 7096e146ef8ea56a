// Blind held-out batch s74b: one TeaStore scenario (split: test), as a compact spec for the scenario kit
// (scripts/s2-scenario-kit.mjs) on scripts/kit-systems/teastore.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-03-26T14:52:00Z';
const T = clock(INC);
const cat = (min, level, cls, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [main] ${cls} ${msg}`;
};
const liveness = {
  httpGet: { path: '/tools.descartes.teastore.webui/', port: 8080, scheme: 'HTTP' },
  initialDelaySeconds: 30,
  timeoutSeconds: 1,
  periodSeconds: 10,
  successThreshold: 1,
  failureThreshold: 3,
};
const boot = (t0, ms) => [
  cat(t0, 'INFO', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.1.31'),
  cat(t0 + 0.01, 'INFO', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(t0 + 0.02, 'INFO', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  cat(t0 + 0.1, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war]'),
  cat(t0 + 0.3, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war] has finished in [${ms}] ms`),
  cat(t0 + 0.31, 'INFO', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  cat(t0 + 0.32, 'INFO', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${ms + 412}] milliseconds`),
];
const stop = (t) => [
  cat(t + 0.001, 'INFO', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]'),
  cat(t + 0.002, 'INFO', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
  cat(t + 0.02, 'WARNING', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads', 'The web application [tools.descartes.teastore.webui] appears to have started a thread named [RegistryClient heartbeat] but has failed to stop it. This is very likely to create a memory leak.'),
  cat(t + 0.03, 'INFO', 'org.apache.coyote.AbstractProtocol.stop', 'Stopping ProtocolHandler ["http-nio-8080"]'),
];

export const scenarios = [
  {
    folder: 's74b-teastore-web-restarting-under-campaign-load',
    description: 'tea store web keeps dropping every few minutes since the newsletter went out (~14:15), shop frontend team pls look. persistence + db look fine',
    incidentTime: INC,
    expected: { component: 'webui', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'webui', cause: 'crash-loop' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'decoy', 'time-expression', 'team-name', 'partial-name'],
    grounding: `
      Manifest facts (examples/kubernetes/teastore-clusterip.yaml at 5ab1188): upstream sets no probes on any TeaStore container;
      teastore-webui renders its index page (/tools.descartes.teastore.webui/) by calling persistence (categories) and image
      (preview images) through the registry, so the page's latency follows the backends' load. Public shape: a liveness probe on
      an endpoint that depends on downstream calls, with a 1s timeout, kills a healthy but busy server (the Kubernetes probe
      docs' warning, and many post-mortems of "liveness probe checks dependencies" restart storms). Fault: two days before the
      incident the shop-frontend team rolled a liveness probe onto teastore-webui (httpGet on the index page, timeoutSeconds 1,
      periodSeconds 10, failureThreshold 3) — the only template change of that rollout, quiet at normal load. Since the
      newsletter traffic at ~14:15 the index takes over a second, the probe times out three times in a row, the kubelet kills
      Tomcat (exit 143) and, with imagePullPolicy Always on :latest, pulls and restarts it; restarts are now in back-off. The
      container is Running and Ready between kills (no readiness probe), so the pod shows Ready with a high restart count.
      Decoy: teastore-image restarted once five days ago; persistence and the database are healthy. Deviations from upstream:
      the liveness probe itself (the fault) and Tomcat 10.1.31 startup lines in the catalina format.`,
    workloads: {
      'teastore-webui': {
        containers: { 'teastore-webui': { livenessProbe: liveness } },
        rollout: { at: -60 * 24 * 2, revision: 2, oldContainers: { 'teastore-webui': { livenessProbe: undefined } } },
        pods: [
          {
            created: T.iso(-60 * 24 * 2 + 0.5),
            readyTransition: T.iso(-1.4),
            containers: {
              'teastore-webui': cs.restartedRunning({ restarts: 8, startedAt: T.iso(-1.6), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-5.9), finishedAt: T.iso(-3.1) } }),
            },
          },
        ],
      },
      'teastore-image': {
        pods: [
          {
            containers: {
              'teastore-image': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 5 - 0.2) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:teastore-webui#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: Get "http://%PODIP%:8080/tools.descartes.teastore.webui/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -36, last: -0.3, count: 27, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Killing', message: 'Container teastore-webui failed liveness probe, will be restarted', first: -34, last: -3.2, count: 8, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-webui"', first: -33.6, last: -1.7, count: 9, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 812ms (812ms including waiting). Image size: 293441518 bytes.', first: -33.5, last: -1.65, count: 9, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Created', message: 'Created container teastore-webui', first: -33.5, last: -1.62, count: 9, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', first: -33.5, last: -1.6, count: 9, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container teastore-webui in pod %POD%_teastore(%PODUID%)', first: -12.1, last: -2.9, count: 6, fieldPath: 'spec.containers{teastore-webui}' },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': boot(-1.58, 9810),
      'teastore-webui#0/teastore-webui/previous': [...boot(-5.88, 10244), ...stop(-3.15)],
      'teastore-persistence#0/teastore-persistence': [
        cat(-60 * 24 * 9, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18422] milliseconds'),
      ],
    },
  },
];
