// Blind dev batch s81c: one TeaStore scenario (teastore-auth rollout adding a liveness probe that fires before Tomcat has
// deployed the webapp: the new pod is killed in a loop, the rollout stalls); built by scripts/s81c-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const incidentTime = '2026-03-20T14:40:00Z';
const T = clock(incidentTime);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min, level, thread, cls, msg) => {
  const j = T.java(min); // YYYY-MM-DD hh:mm:ss.mmm
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${level} [${thread}] ${cls} ${msg}`;
};
const WAR = 'tools.descartes.teastore.auth';
const probePath = `/${WAR}/rest/ready/isready`;
const probe = (initialDelaySeconds, periodSeconds) => ({
  httpGet: { path: probePath, port: 8080, scheme: 'HTTP' },
  initialDelaySeconds,
  timeoutSeconds: 1,
  periodSeconds,
  successThreshold: 1,
  failureThreshold: 3,
});

const boot = (m, { killedAfter } = {}) => {
  const out = [
    'NOTE: Picked up JDK_JAVA_OPTIONS:  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED',
    tc(m + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
    tc(m + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server built:          Oct 3 2022 14:18:51 UTC'),
    tc(m + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version number: 10.0.27.0'),
    tc(m + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'OS Name:               Linux'),
    tc(m + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'OS Version:            5.15.0-119-generic'),
    tc(m + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Architecture:          amd64'),
    tc(m + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Java Home:             /opt/java/openjdk'),
    tc(m + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.16.1+1'),
    tc(m + 0.03, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
    tc(m + 0.035, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.load', 'Server initialized in [1187] milliseconds'),
    tc(m + 0.036, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
    tc(m + 0.036, 'INFO', 'main', 'org.apache.catalina.core.StandardEngine.startInternal', 'Starting Servlet engine: [Apache Tomcat/10.0.27]'),
    tc(m + 0.037, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${WAR}.war]`),
  ];
  if (killedAfter) {
    out.push(
      tc(m + killedAfter, 'INFO', 'Thread-1', 'org.apache.coyote.AbstractProtocol.pause', 'Pausing ProtocolHandler ["http-nio-8080"]'),
      tc(m + killedAfter + 0.001, 'INFO', 'Thread-1', 'org.apache.catalina.core.StandardService.stopInternal', 'Stopping service [Catalina]'),
    );
  } else {
    out.push(
      tc(m + 0.62, 'INFO', 'main', 'org.apache.jasper.servlet.TldScanner.scanJars', 'At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.'),
      tc(m + 1.01, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${WAR}.war] has finished in [58,412] ms`),
      tc(m + 1.02, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
      tc(m + 1.02, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [59654] milliseconds'),
    );
  }
  return out;
};

const rollAt = -24;
// Each attempt runs ~45 s (20 s initial delay + 3 failures 10 s apart, then SIGTERM), back-off 10 s, 20 s ... 5 m.
const starts = [0, 55, 120, 205, 330, 535, 880, 1225].map((s) => rollAt + 0.1 + s / 60);
const last = starts[7];

export const scenarios = [
  {
    folder: 's81c-auth-liveness-before-webapp-deploy',
    incidentTime,
    description:
      'teastore-auth deploy hanging in argo since the healthcheck PR merged (~25min), new pod keeps restarting. login on the shop still works',
    expected: { component: 'auth', cause: 'probe-failure' },
    alsoAcceptable: [
      { component: 'auth', cause: 'bad-deploy-rollout' },
      { component: 'auth', cause: 'crash-loop' },
    ],
    difficulty: 'easy',
    traits: ['rollout-regression', 'partial-name', 'time-expression', 'decoy'],
    workloads: {
      'teastore-auth': {
        rollout: {
          at: rollAt,
          oldReplicas: 1,
          oldContainers: { 'teastore-auth': { livenessProbe: undefined, readinessProbe: undefined } },
        },
        containers: { 'teastore-auth': { livenessProbe: probe(20, 10), readinessProbe: probe(20, 5) } },
        progressing: (rs) => ({
          type: 'Progressing',
          status: 'False',
          lastUpdateTime: T.iso(rollAt + 10),
          lastTransitionTime: T.iso(rollAt + 10),
          reason: 'ProgressDeadlineExceeded',
          message: `ReplicaSet "${rs}" has timed out progressing.`,
        }),
        pods: [
          {
            created: T.iso(rollAt + 0.02),
            readyTransition: T.iso(rollAt + 0.1),
            containers: {
              'teastore-auth': cs.crashLoop({
                restarts: 8,
                exitCode: 143,
                startedAt: T.iso(last),
                finishedAt: T.iso(last + 0.76),
                container: 'teastore-auth',
              }),
            },
          },
        ],
      },
      'teastore-image': {
        pods: [
          {
            containers: {
              'teastore-image': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 4 - 7),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 7.5) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: rollAt },
      { on: 'pod:teastore-auth#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: rollAt + 0.02 },
      { on: 'pod:teastore-auth#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-auth}', message: 'Pulling image "descartesresearch/teastore-auth"', first: rollAt + 0.03, last, count: 9 },
      { on: 'pod:teastore-auth#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-auth}', message: 'Successfully pulled image "descartesresearch/teastore-auth" in 1.084s (1.084s including waiting). Image size: 263184523 bytes.', first: rollAt + 0.08, last, count: 9 },
      { on: 'pod:teastore-auth#0', reason: 'Created', fieldPath: 'spec.containers{teastore-auth}', message: 'Created container teastore-auth', first: rollAt + 0.09, last, count: 9 },
      { on: 'pod:teastore-auth#0', reason: 'Started', fieldPath: 'spec.containers{teastore-auth}', message: 'Started container teastore-auth', first: rollAt + 0.1, last, count: 9 },
      { on: 'pod:teastore-auth#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{teastore-auth}', message: `Readiness probe failed: Get "http://%PODIP%:8080${probePath}": dial tcp %PODIP%:8080: connect: connection refused`, first: rollAt + 0.45, last: last + 0.74, count: 41 },
      { on: 'pod:teastore-auth#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{teastore-auth}', message: `Liveness probe failed: Get "http://%PODIP%:8080${probePath}": dial tcp %PODIP%:8080: connect: connection refused`, first: rollAt + 0.43, last: last + 0.75, count: 24 },
      { on: 'pod:teastore-auth#0', reason: 'Killing', fieldPath: 'spec.containers{teastore-auth}', message: 'Container teastore-auth failed liveness probe, will be restarted', first: rollAt + 0.76, last: last + 0.75, count: 8 },
      { on: 'pod:teastore-auth#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{teastore-auth}', message: 'Back-off restarting failed container teastore-auth in pod %POD%_teastore(%PODUID%)', first: rollAt + 0.8, last: -0.3, count: 52 },
    ],
    logs: {
      'teastore-auth#0/teastore-auth/previous': boot(starts[6], { killedAfter: 0.75 }),
      'teastore-auth#0/teastore-auth': boot(last, { killedAfter: 0.75 }),
      'teastore-auth#old0/teastore-auth': boot(-60 * 24 * 6 + 0.45),
    },
    grounding: `
      Fault: the auth team's "add health checks" change gave teastore-auth (examples/kubernetes/teastore-clusterip.yaml: no probes,
      no resources, image descartesresearch/teastore-auth:latest) an httpGet readiness and liveness probe on
      /tools.descartes.teastore.auth/rest/ready/isready (the TeaStore services' readiness endpoint) with the liveness probe at
      initialDelaySeconds 20, periodSeconds 10, failureThreshold 3. Tomcat 10.0.27 (dockerbase) opens the HTTP connector only after
      the webapp is deployed, which the running old pod's own log shows takes ~60 s ("Server startup in [59654] milliseconds"), so
      the kubelet kills every new container after ~45 s with connection refused (exit 143 after the SIGTERM shutdown hook's
      "Pausing ProtocolHandler"), CrashLoopBackOff, restartCount 8. A classic liveness-before-startup mistake (Kubernetes docs
      "Configure Liveness, Readiness and Startup Probes": use a startupProbe for slow starters). With replicas 1, maxSurge 25% and
      maxUnavailable 25% (rounds to 0) the old ReplicaSet's pod keeps serving, so login works; the Deployment reports
      ProgressDeadlineExceeded after 600 s. The old and new ReplicaSets differ only by the two probes. Decoy: teastore-image
      restarted once four days ago (exit 143, node maintenance), Ready since. Deviations from upstream: the probes themselves
      (the change under investigation); kubelet event counts are approximate.
    `,
  },
];
