// TeaStore blind dev scenario of batch s41b (kit spec; built by scripts/s41b-build.mjs): no fault. A latency alert fired during
// the webui's routine weekly restart (cold Tomcat, JSP compilation) and resolved itself; everything is healthy now.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat 8.5 JULI OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const cat = (T, min, level, thread, src, msg) => {
  const i = T.isoMs(min);
  return `${i.slice(8, 10)}-${MON[Number(i.slice(5, 7)) - 1]}-${i.slice(0, 4)} ${i.slice(11, 23)} ${level} [${thread}] ${src} ${msg}`;
};
const tomcatBoot = (T, t0, svc, warMs) => [
  cat(T, t0, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.100'),
  cat(T, t0, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server built:          Mar 19 2024 13:54:42 UTC'),
  cat(T, t0, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.22+7'),
  cat(T, t0 + 0.004, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(T, t0 + 0.006, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.load', 'Initialization processed in 612 ms'),
  cat(T, t0 + 0.008, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  cat(T, t0 + 0.008, 'INFO', 'main', 'org.apache.catalina.core.StandardEngine.startInternal', 'Starting Servlet engine: [Apache Tomcat/8.5.100]'),
  cat(T, t0 + 0.009, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${svc}.war]`),
  cat(T, t0 + 0.009 + warMs / 60000 - 0.002, 'INFO', 'localhost-startStop-1', 'org.apache.jasper.servlet.TldScanner.scanJars', 'At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.'),
  cat(T, t0 + 0.009 + warMs / 60000, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.${svc}.war] has finished in [${warMs.toLocaleString('en-US')}] ms`),
  cat(T, t0 + 0.01 + warMs / 60000, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  cat(T, t0 + 0.0102 + warMs / 60000, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in ${warMs + 731} ms`),
];

const s1 = (() => {
  const incidentTime = '2026-05-12T14:31:00Z';
  const T = clock(incidentTime);
  const R = -25; // weekly rollout restart of the webui (14:06)
  const readiness = { tcpSocket: { port: 8080 }, initialDelaySeconds: 5, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 };
  return {
    folder: 's41b-webui-restart-latency-alert',
    incidentTime,
    description: 'teastore webui p95 latency alert fired ~14:08 and cleared by itself, is anything actually broken?',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      TeaStore (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml): images :latest (pull Always), no probes or
      limits upstream. Deviations: the team's overlay adds a tcpSocket readiness probe on 8080 to the webui, and a weekly CronJob
      runs "kubectl rollout restart deployment/teastore-webui" to pick up rebuilt :latest base images. Nothing is wrong: at 14:06
      the restart surges a new webui pod, which pulls the image, starts Tomcat 8.5 (deploying the WAR takes ~10 s; its readiness
      probe fails with connection refused three times meanwhile, a Warning event), becomes Ready and replaces the old pod; the
      first pages on a cold JVM with uncompiled JSPs are slow, which is what the p95 latency alert (5-minute window) caught before
      it cleared at ~14:13. All pods are Running and Ready, no container restarted in the last days except the recommender three
      days ago (a node-level restart, long healed), no Warning other than the startup readiness failures. Expected: no fault.`,
    workloads: {
      'teastore-webui': {
        rollout: { at: R, revision: 9, oldPatch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-60 * 24 * 7 + R) } } },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(R) } },
        containers: { 'teastore-webui': { readinessProbe: readiness } },
        pods: [{ containers: { 'teastore-webui': cs.running(T.iso(R + 0.05)) }, readyTransition: T.iso(R + 0.23) }],
      },
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.6), last: { exitCode: 255, reason: 'Unknown', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: R },
      { on: 'pod:teastore-webui#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: R + 0.01 },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-webui}', message: 'Pulling image "descartesresearch/teastore-webui"', first: R + 0.02 },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-webui}', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 1.118s (1.118s including waiting). Image size: 257342816 bytes.', first: R + 0.04 },
      { on: 'pod:teastore-webui#0', reason: 'Created', fieldPath: 'spec.containers{teastore-webui}', message: 'Created container teastore-webui', first: R + 0.045 },
      { on: 'pod:teastore-webui#0', reason: 'Started', fieldPath: 'spec.containers{teastore-webui}', message: 'Started container teastore-webui', first: R + 0.05 },
      { on: 'pod:teastore-webui#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{teastore-webui}', message: 'Readiness probe failed: dial tcp %PODIP%:8080: connect: connection refused', first: R + 0.14, last: R + 0.21, count: 3 },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: R + 0.24 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': tomcatBoot(T, R + 0.06, 'webui', 9874),
      'teastore-recommender#0/teastore-recommender': tomcatBoot(T, -60 * 24 * 3 + 0.62, 'recommender', 14211),
    },
  };
})();

export const scenarios = [s1];
