// Blind dev batch s79c, TeaStore: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// A readiness probe added to teastore-persistence without the WAR's context path: 404, rollout stuck past its deadline.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-03-30T09:15:00Z';
const T = clock(INC);
const ROLL = -26;
const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter as `catalina.sh run` prints it.
const tc = (min, lvl, thread, src, msg) => {
  const j = T.java(min); // YYYY-MM-DD hh:mm:ss.mmm
  return `${j.slice(8, 10)}-${mon[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${lvl} [${thread}] ${src} ${msg}`;
};
const startup = (t0, war) => [
  `NOTE: Picked up JDK_JAVA_OPTIONS:  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED`,
  tc(t0, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  tc(t0, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server built:          Oct 3 2022 14:18:48 UTC'),
  tc(t0, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version number: 10.0.27.0'),
  tc(t0, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.16.1+1'),
  tc(t0 + 0.005, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(t0 + 0.006, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.load', 'Server initialization in [612] milliseconds'),
  tc(t0 + 0.007, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  tc(t0 + 0.007, 'INFO', 'main', 'org.apache.catalina.core.StandardEngine.startInternal', 'Starting Servlet engine: [Apache Tomcat/10.0.27]'),
  tc(t0 + 0.008, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${war}.war]`),
  tc(t0 + 0.12, 'INFO', 'main', 'org.apache.jasper.servlet.TldScanner.scanJars', 'At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.'),
  tc(t0 + 0.21, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${war}.war] has finished in [12,344] ms`),
  tc(t0 + 0.21, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(t0 + 0.21, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [12411] milliseconds'),
];

const newPersistence = startup(ROLL + 0.6, 'tools.descartes.teastore.persistence');
const oldPersistence = [];
// The recommender and image provider show only their (old) Tomcat startup.
const recommender = [
  ...startup(-60 * 24 * 9 + 1, 'tools.descartes.teastore.recommender'),
];
const image = startup(-60 * 17 + 0.6, 'tools.descartes.teastore.image');

export const scenarios = [
  {
    folder: 's79c-persistence-probe-context-path',
    incidentTime: INC,
    description: 'teastore-persistence deploy stuck in the pipeline ~25 min (argo: progressing / degraded). shop-core can someone look, shop itself seems fine',
    expected: { component: 'persistence', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'persistence', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'decoy', 'team-name', 'time-expression', 'partial-name'],
    workloads: {
      'teastore-persistence': {
        containers: {
          'teastore-persistence': {
            readinessProbe: {
              httpGet: { path: '/rest/ready/isready', port: 8080, scheme: 'HTTP' },
              initialDelaySeconds: 30,
              timeoutSeconds: 1,
              periodSeconds: 10,
              successThreshold: 1,
              failureThreshold: 3,
            },
          },
        },
        rollout: { at: ROLL, oldReplicas: 1, oldContainers: { 'teastore-persistence': { readinessProbe: undefined } } },
        pods: [
          {
            containers: {
              'teastore-persistence': { state: { running: { startedAt: T.iso(ROLL + 0.6) } }, ready: false, started: true, restartCount: 0, lastState: {} },
            },
            readyTransition: T.iso(ROLL + 0.5),
          },
        ],
        progressing: (rsName) => ({
          type: 'Progressing',
          status: 'False',
          lastUpdateTime: T.iso(ROLL + 10.2),
          lastTransitionTime: T.iso(ROLL + 10.2),
          reason: 'ProgressDeadlineExceeded',
          message: `ReplicaSet "${rsName}" has timed out progressing.`,
        }),
      },
      // Benign: the image provider was restarted by a rollout yesterday (same template) and has served since.
      'teastore-image': { rollout: { at: -60 * 17 } },
    },
    events: [
      { on: 'deploy:teastore-persistence', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-persistence-%NEW% to 1', first: ROLL },
      { on: 'pod:teastore-persistence#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-persistence}', message: 'Pulling image "descartesresearch/teastore-persistence"', first: ROLL + 0.52 },
      { on: 'pod:teastore-persistence#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-persistence}', message: 'Successfully pulled image "descartesresearch/teastore-persistence" in 1.183s (1.183s including waiting). Image size: 251376433 bytes.', first: ROLL + 0.55 },
      { on: 'pod:teastore-persistence#0', reason: 'Created', fieldPath: 'spec.containers{teastore-persistence}', message: 'Created container teastore-persistence', first: ROLL + 0.56 },
      { on: 'pod:teastore-persistence#0', reason: 'Started', fieldPath: 'spec.containers{teastore-persistence}', message: 'Started container teastore-persistence', first: ROLL + 0.6 },
      { on: 'pod:teastore-persistence#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{teastore-persistence}', message: 'Readiness probe failed: HTTP probe failed with statuscode: 404', first: ROLL + 1.1, last: -0.1, count: 150 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -60 * 17 },
    ].filter((e) => e.first > -60),
    logs: {
      'teastore-persistence#0/teastore-persistence': newPersistence,
      'teastore-recommender#0/teastore-recommender': recommender,
      'teastore-image#0/teastore-image': image,
    },
    grounding: `
      Manifest facts (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188): one replica per
      service, no probes upstream, the Deployment default RollingUpdate (maxSurge 25%, maxUnavailable 25%, so with one
      replica the old pod keeps serving until the new one is Ready) and progressDeadlineSeconds 600; every service is a WAR
      deployed in Tomcat 10 under its context path (/tools.descartes.teastore.persistence/...), and the ready endpoint is
      <context>/rest/ready/isready (ReadyRest.java). Fault: a "add readiness probes" change rolled out 26 minutes before the
      incident gave teastore-persistence a readiness probe on /rest/ready/isready, without the context path; Tomcat answers
      404, the new pod starts cleanly (normal Tomcat startup log) but never becomes Ready, the rollout stalls with the old
      pod still serving and the Deployment's Progressing condition is False/ProgressDeadlineExceeded. The shop keeps
      working; the complaint is the stuck pipeline. The old and new ReplicaSet templates differ only by that probe. The
      common mistake of probing a servlet app without its context path is the public shape followed (Kubernetes probe docs,
      many Tomcat/Spring Boot context-path Q&As). Decoy: teastore-image was restarted by a rollout 17 hours ago (identical
      template), healthy since. Deviations from upstream: the probe itself; Tomcat startup timings.`,
  },
];
void oldPersistence;
