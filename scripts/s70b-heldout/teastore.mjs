// Blind held-out batch s70b: one TeaStore scenario (split: test) for the scenario kit (scripts/s2-scenario-kit.mjs).
// Built by scripts/s70b-build.mjs with the kit system scripts/kit-systems/teastore.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INCIDENT = '2026-06-03T14:22:00Z';
const T = clock(INCIDENT);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat's OneLineFormatter: dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message
const tc = (min, level, thread, where, msg) => {
  const s = T.java(min);
  return `${s.slice(8, 10)}-${MON[Number(s.slice(5, 7)) - 1]}-${s.slice(0, 4)} ${s.slice(11)} ${level} [${thread}] ${where} ${msg}`;
};
const tomcatStart = (at, ctx, ms) => [
  tc(at, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/9.0.85'),
  tc(at, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'OS Name:               Linux'),
  tc(at, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Architecture:          amd64'),
  tc(at + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(at + 0.02, 'INFO', 'main', 'org.apache.catalina.core.StandardService.startInternal', 'Starting service [Catalina]'),
  tc(at + 0.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${ctx}.war]`),
  tc(at + ms / 60000 - 0.01, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deployment of web application archive [/usr/local/tomcat/webapps/${ctx}.war] has finished in [${ms - 412}] ms`),
  tc(at + ms / 60000, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(at + ms / 60000, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', `Server startup in [${ms}] milliseconds`),
];

const webui = [...tomcatStart(-54.4, 'tools.descartes.teastore.webui', 14873)];
const recommender = [
  ...tomcatStart(-60 * 24 * 12, 'tools.descartes.teastore.recommender', 21907),
  `[localhost-startStop-1] INFO tools.descartes.teastore.recommender.servlet.RecommenderStartup - Recommender loop time not set. Disabling periodic retraining.`,
];
const registry = tomcatStart(-60 * 24 * 12 - 2, 'tools.descartes.teastore.registry', 6211);

export const scenarios = [
  {
    folder: 's70b-webui-feels-slow',
    incidentTime: INCIDENT,
    description: 'teastore webui feels slow?? product pages took like 3s for me since lunch. is the recomender ok',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'typo', 'time-expression'],
    grounding: `
      Manifests: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188 through
      scripts/kit-systems/teastore.mjs. No fault: a real kind of complaint (one person's page loads feel slow, from their own
      network) while every TeaStore pod is Running and Ready, every Service has its endpoints, no Event warns and no log
      errs. Decoy: teastore-webui was rolled out 55 minutes earlier (the team added CPU and memory requests to its container,
      which upstream leaves without resources); the new ReplicaSet is available, the old one is scaled to 0, and Tomcat's
      startup log is the only thing the new pod printed. The recommender, which the description suspects, has been up
      for 12 days and logs only its start-up (RecommenderStartup's "Recommender loop time not set" line, as upstream's
      default without recommenderLoopTime). Deviations: the Tomcat version string is assumed (TeaStore's images build on
      a Tomcat base image); the webui requests are an invented, benign change.
    `,
    workloads: {
      'teastore-webui': {
        rollout: { at: -55, oldContainers: { 'teastore-webui': { resources: {} } } },
        containers: { 'teastore-webui': { resources: { requests: { cpu: '500m', memory: '1Gi' } } } },
      },
      'teastore-recommender': { since: -60 * 24 * 12 },
      'teastore-registry': { since: -60 * 24 * 12 - 2 },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -55 },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: -54.2 },
      { on: 'pod:teastore-webui#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -54.5, source: 'default-scheduler' },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-webui"', first: -54.5, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-webui" in 1.118s (1.118s including waiting). Image size: 301874655 bytes.', first: -54.45, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Created', message: 'Created container teastore-webui', first: -54.45, fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Started', message: 'Started container teastore-webui', first: -54.42, fieldPath: 'spec.containers{teastore-webui}' },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webui,
      'teastore-recommender#0/teastore-recommender': recommender,
      'teastore-registry#0/teastore-registry': registry,
    },
  },
];
