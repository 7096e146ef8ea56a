// Held-out scenario of blind batch s54b for TeaStore, on the kit system scripts/kit-systems/teastore.mjs;
// built by scripts/s54b-build.mjs (split: test).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INC = '2026-08-05T11:20:00Z';
const T = clock(INC);
const ROLL = -141;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter (catalina.sh run): dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const tc = (min, level, thread, where, msg) => {
  const d = new Date(Date.parse(INC) + Math.round(min * 60000));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${where} ${msg}`;
};
const tomcatBoot = (s, app, ms) => [
  'NOTE: Picked up JDK_JAVA_OPTIONS:  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED',
  tc(
    s,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'Server version name:   Apache Tomcat/10.0.27',
  ),
  tc(
    s,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'Server built:          Oct 3 2022 14:18:12 UTC',
  ),
  tc(
    s,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'Server version number: 10.0.27.0',
  ),
  tc(
    s,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'OS Name:               Linux',
  ),
  tc(
    s,
    'INFO',
    'main',
    'org.apache.catalina.startup.VersionLoggerListener.log',
    'JVM Version:           11.0.16.1+1',
  ),
  tc(
    s + 0.01,
    'INFO',
    'main',
    'org.apache.coyote.AbstractProtocol.init',
    'Initializing ProtocolHandler ["http-nio-8080"]',
  ),
  tc(
    s + 0.01,
    'INFO',
    'main',
    'org.apache.catalina.startup.Catalina.load',
    'Server initialization in [812] milliseconds',
  ),
  tc(
    s + 0.02,
    'INFO',
    'main',
    'org.apache.catalina.core.StandardService.startInternal',
    'Starting service [Catalina]',
  ),
  tc(
    s + 0.02,
    'INFO',
    'main',
    'org.apache.catalina.core.StandardEngine.startInternal',
    'Starting Servlet engine: [Apache Tomcat/10.0.27]',
  ),
  tc(
    s + 0.03,
    'INFO',
    'main',
    'org.apache.catalina.startup.HostConfig.deployWAR',
    `Deploying web application archive [/usr/local/tomcat/webapps/${app}.war]`,
  ),
  tc(
    s + 0.2,
    'INFO',
    'main',
    'org.apache.jasper.servlet.TldScanner.scanJars',
    'At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.',
  ),
  tc(
    s + ms / 60000,
    'INFO',
    'main',
    'org.apache.catalina.startup.HostConfig.deployWAR',
    `Deployment of web application archive [/usr/local/tomcat/webapps/${app}.war] has finished in [${ms - 310}] ms`,
  ),
  tc(
    s + ms / 60000,
    'INFO',
    'main',
    'org.apache.coyote.AbstractProtocol.start',
    'Starting ProtocolHandler ["http-nio-8080"]',
  ),
  tc(
    s + ms / 60000,
    'INFO',
    'main',
    'org.apache.catalina.startup.Catalina.start',
    `Server startup in [${ms}] milliseconds`,
  ),
];

export const scenarios = [
  {
    folder: 's54b-ui-sluggish-after-deploy',
    incidentTime: INC,
    description:
      'teastore web ui feels sluggish since the webui deploy this morning?? shop frontend team wants to know if we should roll back',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 (kit system
      scripts/kit-systems/teastore.mjs): seven Deployments, no probes, no resources, untagged images pulled Always.
      No fault: a complaint about perceived slowness after a routine webui rollout (the team's weekly redeploy of :latest,
      rolled 141 minutes before the incident) that completed cleanly - new ReplicaSet available, Progressing
      NewReplicaSetAvailable, Tomcat 10.0.27 started in about 21 s, every Endpoints object ready, no warning Events in the
      last hour. The answer a careful engineer gives is that nothing in the cluster is wrong.
      Decoys: the rollout itself (Normal ScalingReplicaSet/Pulling/Pulled events), and teastore-recommender's one restart four
      days ago (OOMKilled by the kernel: upstream sets no memory limit, a node-level OOM kill still reports OOMKilled).
      Deviations from upstream: the weekly redeploy habit and the old OOM kill are invented; Tomcat log lines follow
      catalina.sh run with the OneLineFormatter as in the dockerbase image.
    `,
    workloads: {
      'teastore-webui': {
        rollout: { at: ROLL, revision: 6 },
      },
      'teastore-recommender': {
        pods: [
          {
            containers: {
              'teastore-recommender': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 4 - 212),
                last: {
                  exitCode: 137,
                  reason: 'OOMKilled',
                  startedAt: T.iso(-60 * 24 * 9),
                  finishedAt: T.iso(-60 * 24 * 4 - 212.2),
                },
              }),
            },
          },
        ],
      },
    },
    events: [
      {
        on: 'deploy:teastore-webui',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set teastore-webui-%NEW% to 1 from 0',
        source: 'deployment-controller',
        first: ROLL,
      },
      {
        on: 'pod:teastore-webui#0',
        reason: 'Scheduled',
        message: 'Successfully assigned teastore/%POD% to %NODE%',
        source: 'default-scheduler',
        first: ROLL + 0.5,
      },
      {
        on: 'pod:teastore-webui#0',
        reason: 'Pulling',
        message: 'Pulling image "descartesresearch/teastore-webui"',
        fieldPath: 'spec.containers{teastore-webui}',
        first: ROLL + 0.52,
      },
      {
        on: 'pod:teastore-webui#0',
        reason: 'Pulled',
        message:
          'Successfully pulled image "descartesresearch/teastore-webui" in 1.317s (1.317s including waiting). Image size: 287645113 bytes.',
        fieldPath: 'spec.containers{teastore-webui}',
        first: ROLL + 0.55,
      },
      {
        on: 'pod:teastore-webui#0',
        reason: 'Created',
        message: 'Created container teastore-webui',
        fieldPath: 'spec.containers{teastore-webui}',
        first: ROLL + 0.56,
      },
      {
        on: 'pod:teastore-webui#0',
        reason: 'Started',
        message: 'Started container teastore-webui',
        fieldPath: 'spec.containers{teastore-webui}',
        first: ROLL + 0.57,
      },
      {
        on: 'deploy:teastore-webui',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1',
        source: 'deployment-controller',
        first: ROLL + 0.9,
      },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': tomcatBoot(ROLL + 0.6, 'tools.descartes.teastore.webui', 21388),
      'teastore-recommender#0/teastore-recommender': tomcatBoot(
        -60 * 24 * 4 - 212,
        'tools.descartes.teastore.recommender',
        24112,
      ),
    },
  },
];
