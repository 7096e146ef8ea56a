// s27c blind dev scenario for TeaStore (kit system scripts/kit-systems/teastore.mjs): a liveness probe added to teastore-webui
// with a 1 s timeout on the full home page, which kills Tomcat over and over once lunchtime load slows the page down.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-05-12T12:41:00Z';
const T = clock(INC);
// Tomcat 10 / JULI OneLineFormatter as the TeaStore images print it (dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method msg).
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min, lvl, thread, cls, msg) => {
  const j = T.java(min); // YYYY-MM-DD HH:MM:SS.mmm
  const [d, t] = j.split(' ');
  const [Y, M, D] = d.split('-');
  return `${D}-${MON[Number(M) - 1]}-${Y} ${t} ${lvl} [${thread}] ${cls} ${msg}`;
};
const boot = (m) => [
  tc(m, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.1.19'),
  tc(m, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.22+7'),
  tc(m + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(m + 0.02, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  tc(m + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war]'),
  tc(m + 0.2, 'INFO', 'main', 'org.apache.jasper.servlet.TldScanner.scanJars', 'At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.'),
  tc(m + 0.25, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war] has finished in [14,208] ms'),
  tc(m + 0.26, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(m + 0.26, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [15102] milliseconds'),
];
const stop = (m) => [
  tc(m, 'INFO', 'Thread-4', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]'),
  tc(m, 'INFO', 'Thread-4', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
  tc(m + 0.01, 'WARNING', 'Thread-4', 'org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads', 'The web application [tools.descartes.teastore.webui] appears to have started a thread named [pool-2-thread-1] but has failed to stop it. This is very likely to create a memory leak.'),
  tc(m + 0.02, 'INFO', 'Thread-4', 'org.apache.coyote.AbstractProtocol.stop', 'Stopping ProtocolHandler ["http-nio-8080"]'),
];

const webuiLiveness = {
  httpGet: { path: '/tools.descartes.teastore.webui/', port: 8080, scheme: 'HTTP' },
  initialDelaySeconds: 30,
  timeoutSeconds: 1,
  periodSeconds: 10,
  successThreshold: 1,
  failureThreshold: 3,
};
const res = { requests: { cpu: '500m', memory: '1Gi' }, limits: { memory: '2Gi' } };

export const scenarios = [
  {
    folder: 's27c-webui-liveness-timeout',
    description: 'tea store keeps going down, 502/connection refused on the shop page on and off since lunch ~12:15',
    incidentTime: INC,
    expected: { component: 'webui', cause: 'probe-failure' },
    difficulty: 'medium',
    traits: ['time-expression', 'decoy'],
    grounding: `
      TeaStore as examples/kubernetes/teastore-clusterip.yaml deploys it (one teastore-webui replica, Service type NodePort,
      HOST_NAME/REGISTRY_HOST env, container port 8080), except that this team added requests/limits and a livenessProbe to
      teastore-webui six days before (revision 4): httpGet on the full home page /tools.descartes.teastore.webui/ with the
      kubelet default timeoutSeconds 1. The home page renders categories from persistence and icons from image, so under the
      lunchtime load (12:15) it takes more than a second; the kubelet's probe times out ("context deadline exceeded
      (Client.Timeout exceeded while awaiting headers)", the real prober text), kills Tomcat after three failures ("failed
      liveness probe, will be restarted"), exit 143 after SIGTERM, and Tomcat needs ~15 s to redeploy the WAR, so the one
      replica keeps dropping out: connection refused on the NodePort, shop down on and off. Everything downstream is healthy.
      A careful engineer names the liveness probe (too short a timeout on an expensive page) as the cause: probe-failure on
      webui. Decoy: teastore-image was rolled out 80 minutes earlier (tag pinned from latest to 1.4.3) and is healthy.
      Tomcat log lines follow the JULI OneLineFormatter of the tomcat base image of the TeaStore Dockerfiles.
    `,
    workloads: {
      'teastore-webui': {
        containers: { 'teastore-webui': { livenessProbe: webuiLiveness, resources: res } },
        rollout: { at: -60 * 24 * 6, revision: 4, oldContainers: { 'teastore-webui': { livenessProbe: undefined, resources: undefined } } },
        pods: [
          {
            node: 'tea-worker-2',
            created: T.iso(-60 * 24 * 6 + 0.5),
            containers: {
              'teastore-webui': cs.restartedRunning({
                restarts: 7,
                startedAt: T.iso(-1.2),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-5.9), finishedAt: T.iso(-1.9) },
              }),
            },
          },
        ],
        endpointsChanged: -0.9,
      },
      'teastore-image': {
        containers: { 'teastore-image': { image: 'descartesresearch/teastore-image:1.4.3' } },
        rollout: { at: -80, revision: 3, oldContainers: { 'teastore-image': { image: 'descartesresearch/teastore-image' } } },
      },
    },
    events: [
      { on: 'pod:teastore-webui#0', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: Get "http://%PODIP%:8080/tools.descartes.teastore.webui/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -26, last: -2.0, count: 24, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', type: 'Normal', reason: 'Killing', message: 'Container teastore-webui failed liveness probe, will be restarted', first: -25.7, last: -1.95, count: 7, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', type: 'Normal', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-webui"', first: -25.2, last: -1.3, count: 7, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', type: 'Normal', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 612ms (612ms including waiting). Image size: 214566413 bytes.', first: -25.2, last: -1.25, count: 7, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', type: 'Normal', reason: 'Created', message: 'Created container teastore-webui', first: -25.1, last: -1.2, count: 7, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', type: 'Normal', reason: 'Started', message: 'Started container teastore-webui', first: -25.1, last: -1.2, count: 7, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container teastore-webui in pod %POD%_teastore(%PODUID%)', first: -9, last: -1.5, count: 4, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -80, last: -80 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -79, last: -79 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': [...boot(-1.2)],
      'teastore-webui#0/teastore-webui/previous': [
        ...boot(-5.9),
        ...stop(-1.9),
      ],
    },
  },
];
