// Blind held-out scenario of batch s36a for TeaStore (examples/kubernetes/teastore-clusterip.yaml at 5ab1188), split: test.
// Kit spec with the kit system definition scripts/kit-systems/teastore.mjs; built by scripts/s36a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const C = '2026-09-15T11:04:00Z';
const TC = clock(C);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const tc = (T, min, lvl, thread, where, msg) => {
  const j = T.java(min);
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${lvl} [${thread}] ${where} ${msg}`;
};
const boot = (T, min) => [
  tc(T, min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.100'),
  tc(T, min + 0.01, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.16+8'),
  tc(T, min + 0.05, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war]'),
  tc(T, min + 0.55, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war] has finished in [29,884] ms'),
  tc(T, min + 0.56, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(T, min + 0.57, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 31207 ms'),
];
const stop = (T, min) => [
  tc(T, min, 'INFO', 'Thread-5', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]'),
  tc(T, min, 'INFO', 'Thread-5', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
  tc(T, min + 0.02, 'WARNING', 'Thread-5', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads', 'The web application [tools.descartes.teastore.webui] appears to have started a thread named [RegistryClientHeartbeat] but has failed to stop it. This is very likely to create a memory leak.'),
  tc(T, min + 0.03, 'INFO', 'Thread-5', 'org.apache.coyote.AbstractProtocol.stop', 'Stopping ProtocolHandler ["http-nio-8080"]'),
];
const probe = { httpGet: { path: '/tools.descartes.teastore.webui/', port: 8080, scheme: 'HTTP' }, initialDelaySeconds: 45, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
const sel = Object.fromEntries(system.workloads.map((w) => [w.name, { serviceSelector: { run: w.name } }]));
const url = '"http://%PODIP%:8080/tools.descartes.teastore.webui/"';

export const scenarios = [
  {
    folder: 's36a-webui-liveness-kills-under-load',
    description: 'teastore shop flapping, site completely down every few min, started about half an hour ago',
    incidentTime: C,
    expected: { component: 'webui', cause: 'probe-failure' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      Manifests: teastore-clusterip.yaml runs teastore-webui (descartesresearch/teastore-webui, Tomcat on 8080, context
      /tools.descartes.teastore.webui/) with no probes and no resources; this team scaled webui to 2 and added, weeks ago, a
      liveness and readiness probe on the shop's index page with timeoutSeconds 1 (deviation from upstream, stated here).
      The index page is rendered per request: the webui asks the registry and calls persistence (categories) and image over HTTP.
      Fault: a campaign doubles traffic from 10:30; the Tomcat worker pool queues requests and the probe's GET of the index page
      takes longer than one second, so three missed liveness probes kill a JVM that is alive (SIGTERM, exit 143) and the restart
      takes ~30 s of WAR deployment, during which the other replica takes all the load and misses its probes too: both pods restart
      in turn, both go through CrashLoopBackOff, and at moments the Service has no ready endpoint. The kubelet events "Liveness probe
      failed ... context deadline exceeded (Client.Timeout exceeded while awaiting headers)" and "failed liveness probe, will be
      restarted" are the evidence; the webui logs show Tomcat boot/stop cycles and no application error. Persistence, auth, image
      and the database are healthy. Decoys: a healthy teastore-image rollout two hours earlier, an old recommender restart.
      Expected: webui, probe-failure (a probe too strict for the page it checks, killing a slow but working service).`,
    workloads: {
      ...sel,
      'teastore-webui': {
        ...sel['teastore-webui'],
        replicas: 2,
        containers: { 'teastore-webui': { livenessProbe: probe, readinessProbe: probe } },
        pods: [
          { node: 'tea-worker-1', created: TC.iso(-60 * 24 * 16), containers: { 'teastore-webui': cs.crashLoop({ restarts: 7, exitCode: 143, startedAt: TC.iso(-2.9), finishedAt: TC.iso(-1.5), backoff: '2m40s', container: 'teastore-webui' }) }, readyTransition: TC.iso(-1.9) },
          { node: 'tea-worker-2', created: TC.iso(-60 * 24 * 16), containers: { 'teastore-webui': cs.restartedRunning({ restarts: 6, startedAt: TC.iso(-0.7), ready: false, last: { exitCode: 143, reason: 'Error', startedAt: TC.iso(-4.6), finishedAt: TC.iso(-0.9) } }) }, readyTransition: TC.iso(-1.3) },
        ],
        unavailableSince: -1.3,
        endpointsChanged: -0.7,
      },
      'teastore-image': { ...sel['teastore-image'], rollout: { at: -124, revision: 6, oldReplicas: 0 } },
      'teastore-recommender': {
        ...sel['teastore-recommender'],
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: TC.iso(-60 * 24 * 5), last: { exitCode: 137, reason: 'Error', startedAt: TC.iso(-60 * 24 * 12), finishedAt: TC.iso(-60 * 24 * 5 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'pod:teastore-webui#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{teastore-webui}', message: `Liveness probe failed: Get ${url}: context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, first: -31, last: -1.7, count: 22 },
      { on: 'pod:teastore-webui#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{teastore-webui}', message: `Readiness probe failed: Get ${url}: context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, first: -31.2, last: -1.8, count: 37 },
      { on: 'pod:teastore-webui#0', reason: 'Killing', fieldPath: 'spec.containers{teastore-webui}', message: 'Container teastore-webui failed liveness probe, will be restarted', first: -29.4, last: -1.6, count: 7 },
      { on: 'pod:teastore-webui#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{teastore-webui}', message: 'Back-off restarting failed container teastore-webui in pod %POD%_teastore(%PODUID%)', first: -14.2, last: -0.3, count: 11 },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-webui}', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 812ms (812ms including waiting). Image size: 311468712 bytes.', first: -2.95 },
      { on: 'pod:teastore-webui#1', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{teastore-webui}', message: `Liveness probe failed: Get ${url}: context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, first: -27.5, last: -1.0, count: 19 },
      { on: 'pod:teastore-webui#1', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{teastore-webui}', message: `Readiness probe failed: Get ${url}: dial tcp %PODIP%:8080: connect: connection refused`, first: -26.8, last: -0.2, count: 44 },
      { on: 'pod:teastore-webui#1', reason: 'Killing', fieldPath: 'spec.containers{teastore-webui}', message: 'Container teastore-webui failed liveness probe, will be restarted', first: -26.0, last: -0.95, count: 6 },
      { on: 'pod:teastore-webui#1', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{teastore-webui}', message: 'Back-off restarting failed container teastore-webui in pod %POD%_teastore(%PODUID%)', first: -11.0, last: -4.7, count: 5 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui/previous': [...boot(TC, -2.9), ...stop(TC, -1.52)],
      'teastore-webui#1/teastore-webui': boot(TC, -0.7).slice(0, 3),
      'teastore-webui#1/teastore-webui/previous': [...boot(TC, -4.6), ...stop(TC, -0.92)],
      'teastore-persistence#0/teastore-persistence': [
        tc(TC, -60 * 24 * 9, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 41872 ms'),
      ],
      'teastore-image#0/teastore-image': [
        ...boot(TC, -123.5).slice(0, 2),
        tc(TC, -123, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 27931 ms'),
      ],
    },
  },
];
