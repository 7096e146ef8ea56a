// Blind held-out batch s82a: one TeaStore scenario (split test), written as a spec for scripts/s2-scenario-kit.mjs
// on the kit system scripts/kit-systems/teastore.mjs; built by scripts/s82a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const I1 = '2026-08-18T10:46:00Z';
const T = clock(I1);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] source message
const cat = (min, level, thread, source, msg) => {
  const j = T.java(min); // YYYY-MM-DD hh:mm:ss.mmm
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${level} [${thread}] ${source} ${msg}`;
};
const lb = (min, thread, level, logger, msg) => `${T.java(min).slice(11)} [${thread}] ${level.padEnd(5)} ${logger} - ${msg}`;
const tomcatStart = (m, war) => [
  cat(m, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
  cat(m + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  cat(m + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.load', 'Initialization processed in 712 ms'),
  cat(m + 0.03, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${war}.war]`),
];

export const scenarios = [
  {
    folder: 's82a-slow-pictures-after-deploy',
    incidentTime: I1,
    description: 'product pics on teastore were crawling after the image svc deploy this morning (~10:05), is smth still broken?? - shop frontend',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression', 'team-name', 'partial-name'],
    grounding: `
      Manifest and code facts (DescartesResearch/TeaStore teastore-clusterip.yaml at 5ab1188; services/tools.descartes.
      teastore.image): the image provider keeps generated product images in an in-memory cache and, after a start,
      creates them in a background setup job once persistence answers; until then requests are served by generating
      images on demand, which is slow. A restart therefore makes pictures slow for some minutes by design.
      What happened: the Deployment teastore-image was rolled at 10:05 from the untagged image (latest, pull Always) to
      the pinned tag 1.4.3 (the pull policy defaults to IfNotPresent for a tagged image: the only template differences);
      the new pod has been Ready since 10:06, the setup finished at 10:13, and nothing has failed since. Nothing is wrong
      at 10:46: every pod is Ready with no restarts, webui and persistence log normal traffic.
      Deviations from upstream: the pinned tag is the team's choice; the image provider's log wording and Tomcat version
      lines are illustrative of the Tomcat OneLineFormatter and logback output.`,
    workloads: {
      'teastore-image': {
        containers: { 'teastore-image': { image: 'descartesresearch/teastore-image:1.4.3' } },
        rollout: { at: -41, oldReplicas: 0, oldContainers: { 'teastore-image': { image: 'descartesresearch/teastore-image' } } },
      },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -41 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -39.9 },
      { on: 'pod:teastore-image#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -40.9 },
      { on: 'pod:teastore-image#0', reason: 'Pulling', fieldPath: 'spec.containers{teastore-image}', message: 'Pulling image "descartesresearch/teastore-image:1.4.3"', first: -40.8 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', fieldPath: 'spec.containers{teastore-image}', message: 'Successfully pulled image "descartesresearch/teastore-image:1.4.3" in 9.871s (9.871s including waiting). Image size: 281754512 bytes.', first: -40.6 },
      { on: 'pod:teastore-image#0', reason: 'Created', fieldPath: 'spec.containers{teastore-image}', message: 'Created container teastore-image', first: -40.6 },
      { on: 'pod:teastore-image#0', reason: 'Started', fieldPath: 'spec.containers{teastore-image}', message: 'Started container teastore-image', first: -40.6 },
    ],
    logs: {
      'teastore-image#0/teastore-image': [
        ...tomcatStart(-40.5, 'tools.descartes.teastore.image'),
        lb(-40.2, 'localhost-startStop-1', 'INFO', 't.d.t.registryclient.RegistryClient', 'Registered teastore-image:8080 at registry teastore-registry:8080'),
        cat(-40.1, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 24183 ms'),
        lb(-39.8, 'pool-3-thread-1', 'INFO', 't.d.t.image.setup.SetupController', 'Waiting for persistence to answer before creating images'),
        lb(-39.5, 'pool-3-thread-1', 'INFO', 't.d.t.image.setup.SetupController', 'Creating images for 1470 products in 6 categories'),
        lb(-33.0, 'pool-3-thread-1', 'INFO', 't.d.t.image.setup.SetupController', 'Image creation finished: 1470 product images, 6 category images, cache filled'),
      ],
      'teastore-webui#0/teastore-webui': [
        ...tomcatStart(-60 * 24 * 9, 'tools.descartes.teastore.webui'),
        cat(-60 * 24 * 9 + 0.4, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 21544 ms'),
        lb(-40.4, 'http-nio-8080-exec-7', 'WARN', 't.d.t.registryclient.RegistryClient', 'Service teastore-image has changed instances; refreshing load balancer'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        ...tomcatStart(-60 * 24 * 9, 'tools.descartes.teastore.persistence'),
        cat(-60 * 24 * 9 + 0.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 30412 ms'),
      ],
    },
  },
];
