// Blind held-out batch s78b: the TeaStore scenario (kit system scripts/kit-systems/teastore.mjs).
// Built by scripts/s78b-build.mjs with the session-2 scenario kit; expected answer fixed before generation.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat 10 console (OneLineFormatter) as `catalina.sh run` prints it.
const tc = (T, min, level, thread, cls, msg) => {
  const d = new Date(T.isoMs(min));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  const ts = `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
  return `${ts} ${level} [${thread}] ${cls} ${msg}`;
};
const WAR = '/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war';
// One Tomcat start of the webui; `done` (seconds) finishes the deployment, otherwise the log stops mid-deployment.
const tomcatStart = (T, t0, { done, loader = '5a4041cc' } = {}) => {
  const s = (sec) => t0 + sec / 60;
  const out = [
    `NOTE: Picked up JDK_JAVA_OPTIONS:  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED`,
    tc(T, s(1.2), 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
    tc(T, s(1.2), 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server built:          Oct 3 2022 14:16:10 UTC'),
    tc(T, s(1.2), 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version number: 10.0.27.0'),
    tc(T, s(1.2), 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'OS Name:               Linux'),
    tc(T, s(1.2), 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'OS Version:            5.15.0-119-generic'),
    tc(T, s(1.2), 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Architecture:          amd64'),
    tc(T, s(1.2), 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Java Home:             /opt/java/openjdk'),
    tc(T, s(1.2), 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.17+8'),
    tc(T, s(1.2), 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Command line argument: -javaagent:/kieker/agent/agent.jar'),
    tc(T, s(1.2), 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Command line argument: -Dkieker.monitoring.configuration=/kieker/config/kieker.monitoring.properties'),
    tc(T, s(1.2), 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Command line argument: -Daj.weaving.verbose=true'),
    tc(T, s(1.3), 'INFO', 'main', 'org.apache.catalina.core.AprLifecycleListener.lifecycleEvent', 'The Apache Tomcat Native library which allows using OpenSSL was not found on the java.library.path: [/usr/local/tomcat/native-jni-lib]'),
    tc(T, s(2.0), 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
    tc(T, s(2.1), 'INFO', 'main', 'org.apache.catalina.startup.Catalina.load', 'Server initialization in [1846] milliseconds'),
    tc(T, s(2.2), 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
    tc(T, s(2.2), 'INFO', 'main', 'org.apache.catalina.core.StandardEngine.startInternal', 'Starting Servlet engine: [Apache Tomcat/10.0.27]'),
    tc(T, s(2.3), 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [${WAR}]`),
    `[ParallelWebappClassLoader@${loader}] info AspectJ Weaver Version 1.8.13 built on Wednesday Nov 15, 2017 at 19:26:44 GMT`,
    `[ParallelWebappClassLoader@${loader}] info register classloader org.apache.catalina.loader.ParallelWebappClassLoader@${loader}`,
    `[ParallelWebappClassLoader@${loader}] info using configuration file:/usr/local/tomcat/lib/aop.xml`,
    `[ParallelWebappClassLoader@${loader}] info register aspect kieker.monitoring.probe.aspectj.operationExecution.OperationExecutionAspectFull`,
  ];
  if (done) {
    out.push(
      tc(T, s(done - 1.4), 'INFO', 'main', 'org.apache.jasper.servlet.TldScanner.scanJars', 'At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.'),
      tc(T, s(done), 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [${WAR}] has finished in [${Math.round((done - 2.3) * 1000).toLocaleString('en-US')}] ms`),
      tc(T, s(done + 0.1), 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
      tc(T, s(done + 0.2), 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${Math.round((done - 2.0) * 1000)}] milliseconds`),
    );
  }
  return out;
};

const probeOn = (initialDelaySeconds, periodSeconds) => ({
  httpGet: { path: '/tools.descartes.teastore.webui/', port: 8080, scheme: 'HTTP' },
  initialDelaySeconds,
  timeoutSeconds: 3,
  periodSeconds,
  successThreshold: 1,
  failureThreshold: 3,
});

const T1 = clock('2026-04-21T09:47:00Z');

export const scenarios = [
  {
    folder: 's78b-webui-liveness-kills-startup',
    incidentTime: '2026-04-21T09:47:00Z',
    description: 'webui deploy stuck in the pipeline since ~09:20, argo says degraded and the new pod keeps restarting. shop itself still loads fine. frontend team',
    expected: { component: 'webui', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'webui', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'partial-name', 'time-expression', 'team-name'],
    grounding: `
      Manifest facts: examples/kubernetes/teastore-clusterip.yaml at 5ab1188 runs teastore-webui as one replica with no
      probes and no resources, image descartesresearch/teastore-webui (untagged, pull Always), Service selecting run:
      teastore-webui; the default RollingUpdate strategy (maxSurge 25% -> 1, maxUnavailable 25% -> 0) keeps the old pod
      serving while the new one is not Ready, so the shop keeps working.
      The fault: a release (revision 4, 26 minutes before the incident) adds an httpGet liveness and readiness probe on
      /tools.descartes.teastore.webui/ with initialDelaySeconds 20, periodSeconds 10, failureThreshold 3 for liveness — the
      container is killed about 40 s after start. The webui needs about a minute to start: the Kieker AspectJ agent
      (-javaagent, -Daj.weaving.verbose=true in the dockerbase Dockerfile) weaves every class while Tomcat deploys the WAR,
      and the old pod's log shows "Server startup in [61...] milliseconds". Tomcat binds :8080 at init (bindOnInit), so the
      probes time out awaiting headers rather than being refused. The base image's CMD is shell form (sh -c "java -jar
      dockermemoryconfigurator ...; start.sh && catalina.sh run"), so PID 1 is sh, SIGTERM is not forwarded and the kubelet
      kills the container after the 30 s grace period: exit code 137, reason Error (not OOMKilled), and the log stops
      mid-deployment. The kubelet backs off between restarts; the rollout passes progressDeadlineSeconds 600 and the
      Deployment reports ProgressDeadlineExceeded. A careful engineer names the liveness probe (its delay shorter than the
      startup) as the cause; calling it a bad rollout is also right.
      Deviations from upstream: the probes are the release's change (upstream has none); the replica set diff is exactly
      the two probes. This is the probe budget against a slow start, not CPU starvation: no resources are set.
      Public reports: kubernetes/kubernetes issues and the Kubernetes docs on startupProbe ("liveness probes kill slow
      starting containers before they are up"), Tomcat's bindOnInit behaviour.
    `,
    workloads: {
      'teastore-webui': {
        containers: { 'teastore-webui': { livenessProbe: probeOn(20, 10), readinessProbe: probeOn(10, 5) } },
        rollout: {
          at: -26,
          oldReplicas: 1,
          oldContainers: { 'teastore-webui': { livenessProbe: undefined, readinessProbe: undefined } },
        },
        pods: [
          {
            created: T1.iso(-25.6),
            node: 'tea-worker-1',
            containers: {
              'teastore-webui': cs.crashLoop({
                restarts: 7,
                exitCode: 137,
                reason: 'Error',
                startedAt: T1.iso(-1.9),
                finishedAt: T1.iso(-0.7),
                backoff: '5m0s',
                container: 'teastore-webui',
              }),
            },
          },
        ],
        progressing: (rsName) => ({
          type: 'Progressing',
          status: 'False',
          lastUpdateTime: T1.iso(-16),
          lastTransitionTime: T1.iso(-16),
          reason: 'ProgressDeadlineExceeded',
          message: `ReplicaSet "${rsName}" has timed out progressing.`,
        }),
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -26, last: -26 },
      { on: 'pod:teastore-webui#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to tea-worker-1', first: -25.6, last: -25.6 },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-webui}', message: 'Pulling image "descartesresearch/teastore-webui"', first: -25.6, last: -1.95, count: 8 },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-webui}', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 912ms (912ms including waiting). Image size: 412370561 bytes.', first: -25.5, last: -1.93, count: 8 },
      { on: 'pod:teastore-webui#0', reason: 'Created', fieldPath: 'spec.containers{teastore-webui}', message: 'Created container teastore-webui', first: -25.5, last: -1.92, count: 8 },
      { on: 'pod:teastore-webui#0', reason: 'Started', fieldPath: 'spec.containers{teastore-webui}', message: 'Started container teastore-webui', first: -25.5, last: -1.9, count: 8 },
      { on: 'pod:teastore-webui#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{teastore-webui}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/tools.descartes.teastore.webui/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -25.3, last: -0.75, count: 97 },
      { on: 'pod:teastore-webui#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{teastore-webui}', message: 'Liveness probe failed: Get "http://%PODIP%:8080/tools.descartes.teastore.webui/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -25.15, last: -1.22, count: 24 },
      { on: 'pod:teastore-webui#0', reason: 'Killing', fieldPath: 'spec.containers{teastore-webui}', message: 'Container teastore-webui failed liveness probe, will be restarted', first: -24.95, last: -1.2, count: 8 },
      { on: 'pod:teastore-webui#0', reason: 'BackOff', type: 'Warning', fieldPath: 'spec.containers{teastore-webui}', message: 'Back-off restarting failed container teastore-webui in pod %POD%_teastore(%PODUID%)', first: -24.3, last: -0.3, count: 41 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': tomcatStart(T1, -1.9, { loader: '6f1d0a3e' }),
      'teastore-webui#0/teastore-webui/previous': tomcatStart(T1, -1.9, { loader: '6f1d0a3e' }),
      'teastore-webui#old0/teastore-webui': tomcatStart(T1, -60 * 24 * 6 + 0.4, { done: 61.4 }),
    },
  },
];
