// Blind dev batch s111a: TeaStore spec (system from scripts/kit-systems/teastore.mjs).
// One scenario: a teastore-auth release that is Ready but cannot serialise orders (Jersey JSON writer missing).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const INC = '2026-03-19T10:34:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const j = T.java(min); return `${String(d.getUTCDate()).padStart(2, '0')}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()} ${j.slice(11)}`; };
const NEW = 'ghcr.io/teastore-shop/teastore-auth:1.5.0';

export const scenarios = [
  {
    folder: 's111a-auth-release-order-writer-missing',
    incidentTime: INC,
    description: 'checkout broken in the tea shop since about 10:20 - place order gives error page, login and browsing still work. shop core deployed something this morning?',
    expected: { component: 'auth', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      TeaStore (DescartesResearch/TeaStore teastore-clusterip.yaml at 5ab1188): the WebUI places an order through the auth
      service (useractions/placeorder), which POSTs the order and its OrderItems to persistence as JSON with the Jersey client.
      Fault shape follows the common Jersey failure "MessageBodyWriter not found for media type=application/json" logged by
      WriterInterceptorExecutor when jersey-media-json-jackson is left out of a rebuilt war (many public Jersey bug reports):
      GETs that use the reader paths of the kept modules keep working, the POST of an order fails with a 500.
      Deviation from upstream: teastore-auth is rolled from the unpinned upstream image to an in-house build
      ghcr.io/teastore-shop/teastore-auth:1.5.0 at 10:18; only the image differs between the two ReplicaSets.
      Pods stay Ready (upstream sets no probes). The webui logs the 500s loudest. Decoy: teastore-recommender restarted
      three days ago after an OOMKill and has been fine since.`,
    workloads: {
      'teastore-auth': {
        rollout: { at: -16, revision: 4, oldContainers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth' } } },
        containers: { 'teastore-auth': { image: NEW } },
      },
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -16, last: -16 },
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-auth-%OLD% to 0 from 1', first: -15.2, last: -15.2 },
      { on: 'pod:teastore-auth#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 4.212s (4.212s including waiting). Image size: 212844113 bytes.`, first: -15.8 },
      { on: 'pod:teastore-auth#0', reason: 'Created', message: 'Created container teastore-auth', first: -15.7 },
      { on: 'pod:teastore-auth#0', reason: 'Started', message: 'Started container teastore-auth', first: -15.7 },
    ],
    logs: {
      'teastore-auth#0/teastore-auth': [
        `${tc(-15.6)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/10.1.19`,
        `${tc(-15.5)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.auth.war]`,
        `${tc(-15.1)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.auth.war] has finished in [21,407] ms`,
        `${tc(-15.1)} INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]`,
        `${tc(-15.0)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [21544] milliseconds`,
        ...[-13.2, -11.9, -9.4, -7.7, -5.1, -3.3, -1.6].map((m, i) => `${tc(m)} SEVERE [http-nio-8080-exec-${3 + i}] org.glassfish.jersey.message.internal.WriterInterceptorExecutor$TerminalWriterInterceptor.invokeWriteTo MessageBodyWriter not found for media type=application/json, type=class tools.descartes.teastore.entities.Order, genericType=class tools.descartes.teastore.entities.Order.`),
      ],
      'teastore-webui#0/teastore-webui': [
        `${tc(-40)} INFO [http-nio-8080-exec-2] tools.descartes.teastore.registryclient.Registry.updateServiceList Updated service list for auth, image, persistence, recommender`,
        ...[-13.2, -11.9, -9.4, -7.7, -5.1, -3.3, -1.6].flatMap((m, i) => [
          `${tc(m + 0.01)} SEVERE [http-nio-8080-exec-${11 + i}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [tools.descartes.teastore.webui.servlet.OrderServlet] in context with path [/tools.descartes.teastore.webui] threw exception`,
          `\tjakarta.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error`,
          `\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedStoreOperations.placeOrder(LoadBalancedStoreOperations.java:214)`,
          `\t\tat tools.descartes.teastore.webui.servlet.OrderServlet.handlePOSTRequest(OrderServlet.java:96)`,
        ]),
      ],
      'teastore-persistence#0/teastore-persistence': [
        `${tc(-60 * 24 * 9 + 2)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [38120] milliseconds`,
        `${tc(-30)} INFO [pool-2-thread-1] tools.descartes.teastore.persistence.daemons.InitialDataGenerationDaemon.run Database already populated, skipping generation`,
      ],
      'teastore-recommender#0/teastore-recommender': [
        `${tc(-60 * 24 * 3 + 1)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [29877] milliseconds`,
        `${tc(-60 * 24 * 3 + 2)} INFO [pool-1-thread-1] tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain Finished training, ready for recommendation.`,
      ],
    },
  },
];
