// Blind dev batch s65c: one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// No fault: recommendations vanished for ~2 minutes during a recommender restart (it registers only after retraining); built by scripts/s65c-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INCIDENT = '2026-03-27T10:05:00Z';
const T = clock(INCIDENT);
const ROLL = -28; // 09:37

// Tomcat 10 JULI (catalina) lines and slf4j-simple lines (RegistryClient points simpleLogger at System.out).
const tc = (min, level, thread, cls, msg) => {
  const p = T.java(min); // YYYY-MM-DD hh:mm:ss.mmm
  const [d, t] = p.split(' ');
  const [Y, M, D] = d.split('-');
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(M) - 1];
  return `${D}-${mon}-${Y} ${t} ${level} [${thread}] ${cls} ${msg}`;
};
const s4j = (thread, level, logger, msg) => `[${thread}] ${level} ${logger} - ${msg}`;
const SLB = 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer';

const recLog = [
  tc(ROLL + 0.85, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  tc(ROLL + 0.85, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           11.0.16+8'),
  tc(ROLL + 0.87, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(ROLL + 0.88, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war]'),
  s4j('main', 'WARN', 'tools.descartes.teastore.registryclient.RegistryClient', 'useHostIP not set. Not using host ip as hostname.'),
  s4j('main', 'INFO', 'tools.descartes.teastore.recommender.servlet.RecommenderStartup', 'Recommender loop time not set. Disabling periodic retraining.'),
  tc(ROLL + 1.02, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war] has finished in [10,812] ms'),
  tc(ROLL + 1.03, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
  tc(ROLL + 1.03, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [11204] milliseconds'),
];

const BOOT = -60 * 24 * 9 + 0.4;
const webLog = [
  tc(BOOT, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/10.0.27'),
  tc(BOOT + 0.01, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.webui.war]'),
  s4j('main', 'WARN', 'tools.descartes.teastore.registryclient.RegistryClient', 'useHostIP not set. Not using host ip as hostname.'),
  tc(BOOT + 0.2, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [13876] milliseconds'),
  ...Array.from({ length: 11 }, (_, i) => s4j(`http-nio-8080-exec-${(i * 4) % 10 + 1}`, 'WARN', SLB, 'No Server registered for Service: tools.descartes.teastore.recommender')),
];

export const scenarios = [
  {
    folder: 's65c-recommender-restart-no-fault',
    incidentTime: INCIDENT,
    description: 'teastore product pages showed no "you may also like" recs for a couple of mins around 9:40 after the recommender redeploy. is anything still broken?',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      No fault. teastore-clusterip.yaml gives every TeaStore service one replica, no probes and the same HOST_NAME per Deployment, so
      the old and the new recommender pod both register as teastore-recommender:8080. The Discovery team's \`kubectl rollout restart
      deployment/teastore-recommender\` at 09:37 created a new ReplicaSet with an identical template; the new pod was Ready as soon
      as its container ran (no readiness probe), the old one was terminated and unregistered itself (RegistryClient.unregister on
      contextDestroyed), and RecommenderStartup registers the new instance only after TrainingSynchronizer.retrieveDataAndRetrain()
      has fetched every order from persistence and trained. For that gap the webui's ServiceLoadBalancer logged "No Server
      registered for Service: tools.descartes.teastore.recommender" and rendered product pages without recommendations — the
      designed behaviour of a single-replica, probe-less recommender restart, over by ~09:40. At 10:05 every pod is Running and
      Ready, no Warning event is current, the webui has stopped warning, and the new recommender's Tomcat started normally.
      Decoys: the recommender rollout itself (ScalingReplicaSet events, new ReplicaSet 28 minutes old) and the webui's WARN lines.
      Deviations: the webui's WARN lines carry no timestamp (slf4j-simple's default format), exactly as the image prints them.
    `,
    workloads: {
      'teastore-recommender': { rollout: { at: ROLL } },
    },
    events: [
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: ROLL + 1.05, last: ROLL + 1.05 },
      { on: 'pod:teastore-recommender#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: ROLL + 0.5, last: ROLL + 0.5 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', first: ROLL + 0.52, last: ROLL + 0.52, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 15.412s (15.412s including waiting). Image size 372115406 bytes.', first: ROLL + 0.78, last: ROLL + 0.78, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Created', message: 'Created container teastore-recommender', first: ROLL + 0.79, last: ROLL + 0.79, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', first: ROLL + 0.8, last: ROLL + 0.8, fieldPath: 'spec.containers{teastore-recommender}' },
    ],
    logs: {
      'teastore-recommender#0/teastore-recommender': recLog,
      'teastore-webui#0/teastore-webui': webLog,
    },
  },
];
