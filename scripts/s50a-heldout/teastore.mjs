// s50a held-out scenario for TeaStore (split: test), written blind: the kit system definition and one no-fault incident.
// Built by scripts/s50a-build.mjs with the kit (scripts/s2-scenario-kit.mjs).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;

const T = clock('2026-03-19T11:24:00Z');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Tomcat 8.5 OneLineFormatter (catalina output on stdout).
const tc = (min, level, thread, cls, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (x, w = 2) => String(x).padStart(w, '0');
  return `${p(d.getUTCDate())}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [${thread}] ${cls} ${msg}`;
};
const tomcatStart = (min, war) => [
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.24'),
  tc(min, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'JVM Version:           1.8.0_151-8u151-b12-1~deb9u1-b12'),
  tc(min + 0.01, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
  tc(min + 0.02, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', `Deploying web application archive [/usr/local/tomcat/webapps/${war}.war]`),
];

export const scenarios = [
  {
    folder: 's50a-webui-slow-after-image-restart',
    split: 'test',
    description: 'teastore webui was slow / some product images missing around 11:00, is something broken?',
    incidentTime: '2026-03-19T11:24:00Z',
    expected: null,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      TeaStore teastore-clusterip.yaml: every service a Tomcat 8.5 webapp registering with teastore-registry, no probes, no
      resources, images without a tag. At 10:58 the team pinned teastore-image to descartesresearch/teastore-image:1.4.3
      (a tag the project publishes); the rollout completed. Without readiness probes the new pod receives traffic while its
      Tomcat is still deploying the WAR and the image provider regenerates its preview images, so for about a minute the webui
      logged a few failed image fetches and slow pages, then everything recovered. It is the complaint the on-call engineer
      relays 25 minutes later. Decoys: teastore-auth's OOMKill five days ago (node memory, no limits), recommender retraining
      messages. All pods are Running and Ready, every Service has endpoints, no Warning event is current: no fault.`,
    workloads: {
      'teastore-image': {
        rollout: { at: -26, revision: 3, oldContainers: { 'teastore-image': { image: 'descartesresearch/teastore-image' } } },
        containers: { 'teastore-image': { image: 'descartesresearch/teastore-image:1.4.3' } },
        endpointsChanged: -25.5,
      },
      'teastore-auth': {
        pods: [{ containers: { 'teastore-auth': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 5 + 0.4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 5) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -26 },
      { on: 'rs:teastore-image', reason: 'SuccessfulCreate', message: 'Created pod: teastore-image-%RS%', first: -26 },
      { on: 'pod:teastore-image#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -25.9 },
      { on: 'pod:teastore-image#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-image:1.4.3"', first: -25.9, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image:1.4.3" in 14.218s (14.218s including waiting). Image size: 312448671 bytes.', first: -25.6, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Created', message: 'Created container teastore-image', first: -25.6, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', first: -25.5, fieldPath: 'spec.containers{teastore-image}' },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -25.5 },
    ],
    logs: {
      'teastore-image#0/teastore-image': [
        ...tomcatStart(-25.45, 'tools.descartes.teastore.image'),
        tc(-24.9, 'INFO', 'localhost-startStop-1', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.image.war] has finished in [33,412] ms'),
        tc(-24.89, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
        tc(-24.88, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 34127 ms'),
      ],
      'teastore-webui#0/teastore-webui': [
        tc(-60 * 24 * 6, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 21984 ms'),
        tc(-25.4, 'WARNING', 'http-nio-8080-exec-14', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service image at teastore-image:8080 unreachable, retrying with next instance: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)'),
        tc(-25.3, 'WARNING', 'http-nio-8080-exec-3', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service image at teastore-image:8080 unreachable, retrying with next instance: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)'),
        tc(-25.1, 'WARNING', 'http-nio-8080-exec-22', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service image at teastore-image:8080 unreachable, retrying with next instance: javax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        tc(-60 * 24 * 6, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 19411 ms'),
        tc(-44, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Retraining recommender with 5761 orders and 28843 order items.'),
        tc(-43.8, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.algorithm.AbstractRecommender.train', 'Training recommender finished. Training took: 11204ms.'),
        tc(-14, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Retraining recommender with 5790 orders and 28991 order items.'),
        tc(-13.8, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.algorithm.AbstractRecommender.train', 'Training recommender finished. Training took: 10987ms.'),
      ],
    },
  },
];
