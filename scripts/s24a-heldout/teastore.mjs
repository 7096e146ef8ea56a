// Blind held-out scenario (batch s24a, split: test) for TeaStore: no fault. A routine recommender restart at 09:38 cost the
// webui a handful of 500s while the registry still listed the old instance; everything has been healthy since. Built by scripts/s24a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const INCIDENT = '2026-07-08T09:52:00Z';
const T = clock(INCIDENT);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const cat = (min, level, thread, logger, msg) => {
  const j = T.java(min);
  return `${j.slice(8, 10)}-${MON[Number(j.slice(5, 7)) - 1]}-${j.slice(0, 4)} ${j.slice(11)} ${level} [${thread}] ${logger} ${msg}`;
};
const ROLL = -14; // 09:38

const webui = [];
webui.push(cat(-60 * 24 * 11, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 13877 ms'));
const refused = [ROLL + 0.15, ROLL + 0.22, ROLL + 0.31, ROLL + 0.4, ROLL + 0.52, ROLL + 0.61];
refused.forEach((m, i) => {
  webui.push(cat(m, 'SEVERE', `http-nio-8080-exec-${3 + i}`, 'org.apache.catalina.core.StandardWrapperValve.invoke', `Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.${i % 2 ? 'CartServlet' : 'ProductServlet'}] in context with path [/tools.descartes.teastore.webui] threw exception`));
  webui.push('\tjavax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused (Connection refused)');
  webui.push('\t\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)');
  webui.push('\t\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)');
  webui.push('\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedRecommenderOperations.getRecommendations(LoadBalancedRecommenderOperations.java:55)');
  webui.push('\tCaused by: java.net.ConnectException: Connection refused (Connection refused)');
});

export const scenarios = [
  {
    folder: 's24a-recommender-restart-blip',
    incidentTime: INCIDENT,
    description: 'teastore webui threw a bunch of 500s around 9:40, is something still broken?',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      TeaStore examples/kubernetes/teastore-clusterip.yaml (DescartesResearch/TeaStore): untagged descartesresearch/teastore-*
      images pulled Always, no probes, every Tomcat service registering itself with teastore-registry under HOST_NAME and the
      webui load-balancing over the instances the registry lists (the registry drops an instance only after missed heartbeats).
      At 09:38 the team ran a rollout restart of teastore-recommender to pick up a rebuilt :latest image; the old pod's address
      stayed in the registry for a few seconds, so six webui requests for product and cart pages (the pages that ask for
      recommendations) failed with javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused inside 30
      seconds. The new recommender started cleanly (Tomcat "Server startup", training on the persistence orders), and for the
      twelve minutes since every pod is Running and Ready, the webui serves normally and no component logs errors. The engineer
      asks whether anything is still broken: nothing is. The rollout and the six stack traces are the decoys.
    `,
    workloads: {
      'teastore-recommender': { rollout: { at: ROLL } },
    },
    events: [
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% from 0 to 1', first: ROLL },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% from 1 to 0', first: ROLL + 0.4 },
      { on: 'pod:teastore-recommender#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: ROLL + 0.01 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', first: ROLL + 0.02 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 3.214s (3.214s including waiting). Image size: 287103242 bytes.', first: ROLL + 0.08 },
      { on: 'pod:teastore-recommender#0', reason: 'Created', message: 'Created container: teastore-recommender', first: ROLL + 0.09 },
      { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', first: ROLL + 0.1 },
    ],
    logs: {
      'teastore-webui#0/teastore-webui': webui,
      'teastore-recommender#0/teastore-recommender': [
        cat(ROLL + 0.12, 'INFO', 'main', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.100'),
        cat(ROLL + 0.13, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.init', 'Initializing ProtocolHandler ["http-nio-8080"]'),
        cat(ROLL + 0.15, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war]'),
        cat(ROLL + 0.33, 'INFO', 'main', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war] has finished in [10,412] ms'),
        cat(ROLL + 0.34, 'INFO', 'main', 'org.apache.coyote.AbstractProtocol.start', 'Starting ProtocolHandler ["http-nio-8080"]'),
        cat(ROLL + 0.34, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 11208 ms'),
        `${T.java(ROLL + 0.4).slice(11)} [pool-2-thread-1] INFO  t.d.t.r.servlet.TrainingSynchronizer - Retrieved 48213 orders and 190822 order items, training the SlopeOne recommender.`,
        `${T.java(ROLL + 0.9).slice(11)} [pool-2-thread-1] INFO  t.d.t.r.servlet.TrainingSynchronizer - Recommender finished training.`,
      ],
      'teastore-registry#0/teastore-registry': [
        cat(-60 * 24 * 11, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 4121 ms'),
      ],
    },
  },
];
