// Blind dev batch s115a, TeaStore: a recommender release that is Ready but throws on every request with a cart.
// Spec module for scripts/s2-scenario-kit.mjs (built by scripts/s115a-build.mjs).
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const tc = (T, min) => { const j = T.java(min); const [d, t] = j.split(' '); const [y, m, dd] = d.split('-'); return `${dd}-${MON[Number(m) - 1]}-${y} ${t}`; };

const T = clock('2025-03-11T14:20:00Z');
const recErr = (min, thread) => [
  `${tc(T, min)} SEVERE [http-nio-8080-exec-${thread}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.recommender] threw exception [java.lang.IndexOutOfBoundsException: Index 4 out of bounds for length 4] with root cause`,
  '\tjava.lang.IndexOutOfBoundsException: Index 4 out of bounds for length 4',
  '\t\tat java.base/jdk.internal.util.Preconditions.outOfBounds(Preconditions.java:64)',
  '\t\tat java.base/java.util.ArrayList.get(ArrayList.java:427)',
  '\t\tat tools.descartes.teastore.recommender.algorithm.AbstractRecommender.filterRecommendations(AbstractRecommender.java:141)',
  '\t\tat tools.descartes.teastore.recommender.algorithm.AbstractRecommender.recommend(AbstractRecommender.java:118)',
  '\t\tat tools.descartes.teastore.recommender.rest.RecommendEndpoint.recommend(RecommendEndpoint.java:71)',
];
const webErr = (min, thread) => [
  `${tc(T, min)} SEVERE [http-nio-8080-exec-${thread}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [CartServlet] in context with path [/tools.descartes.teastore.webui] threw exception`,
  '\tjavax.ws.rs.InternalServerErrorException: HTTP 500 Internal Server Error',
  '\t\tat org.glassfish.jersey.client.JerseyInvocation.convertToException(JerseyInvocation.java:1098)',
  '\t\tat tools.descartes.teastore.registryclient.rest.LoadBalancedRecommenderOperations.getRecommendations(LoadBalancedRecommenderOperations.java:64)',
  '\t\tat tools.descartes.teastore.webui.servlet.CartServlet.handleGETRequest(CartServlet.java:72)',
  '\t\tat tools.descartes.teastore.webui.servlet.AbstractUIServlet.doGet(AbstractUIServlet.java:217)',
];

export const scenarios = [
  {
    folder: 's115a-recommender-release-index-out-of-bounds',
    incidentTime: '2025-03-11T14:20:00Z',
    description: 'teastore: cart page and product pages 500 for anyone with something in the cart since after lunch, browsing empty-handed still works. webui logs full of InternalServerErrorException',
    expected: { component: 'recommender', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts: teastore-clusterip.yaml (5ab1188) runs one Tomcat pod per service with HOST_NAME/REGISTRY_HOST env,
      no probes, no resources; the WebUI asks the recommender (via the registry client) for recommendations on the cart
      and product pages, passing the cart's order items.
      Fault: the team pins image tags (deviation from upstream :latest); teastore-recommender was rolled from 1.4.1 to
      1.4.2 at 12:45 UTC and the new filterRecommendations indexes one past the end of the list whenever the request
      carries order items, so POST /rest/recommend answers HTTP 500 (Tomcat SEVERE with IndexOutOfBoundsException) while
      the pod stays Running/Ready (no probes) and empty-cart requests work. WebUI is the loud one (CartServlet /
      ProductServlet InternalServerErrorException from LoadBalancedRecommenderOperations).
      Decoys: teastore-image restarted two days ago after an OOMKilled (exit 137) and is healthy now; registry logs
      routine heartbeats. Old and new ReplicaSets differ only in the recommender image tag.`,
    workloads: {
      'teastore-recommender': {
        containers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.2' } },
        rollout: { at: -95, oldContainers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.1' } } },
      },
      'teastore-image': {
        pods: [{ containers: { 'teastore-image': { state: { running: { startedAt: T.iso(-60 * 49) } }, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.2), containerID: '%CID%' } }, ready: true, started: true, restartCount: 1 } } }],
      },
    },
    events: [
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -95 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -94 },
      { on: 'pod:teastore-recommender#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -94.5 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender:1.4.2"', fieldPath: 'spec.containers{teastore-recommender}', first: -94.5 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender:1.4.2" in 6.312s (6.312s including waiting). Image size: 243785210 bytes.', fieldPath: 'spec.containers{teastore-recommender}', first: -94.4 },
      { on: 'pod:teastore-recommender#0', reason: 'Created', message: 'Created container teastore-recommender', fieldPath: 'spec.containers{teastore-recommender}', first: -94.4 },
      { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', fieldPath: 'spec.containers{teastore-recommender}', first: -94.3 },
    ],
    logs: {
      'teastore-recommender#0/teastore-recommender': [
        `${tc(T, -94)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/8.5.100`,
        `${tc(T, -93.8)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war]`,
        `${tc(T, -93.2)} INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deployment of web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.recommender.war] has finished in [5,912] ms`,
        `${tc(T, -93.1)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in 6204 ms`,
        `${tc(T, -92.5)} INFO [pool-2-thread-1] tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain Retrieved 4912 orders and 19838 orderitems from persistence; training took 1841 ms`,
        ...recErr(-61.2, 3), ...recErr(-22.7, 9), ...recErr(-4.1, 2), ...recErr(-1.3, 6),
      ],
      'teastore-webui#0/teastore-webui': [
        `${tc(T, -30)} INFO [http-nio-8080-exec-1] tools.descartes.teastore.registryclient.RegistryClient.updateLoadbalancer Updated load balancer for service recommender: 1 instance(s)`,
        ...webErr(-22.6, 4), ...webErr(-4.0, 8), ...webErr(-1.2, 5),
      ],
      'teastore-registry#0/teastore-registry': [
        `${tc(T, -95.2)} INFO [http-nio-8080-exec-2] tools.descartes.teastore.registry.rest.RegistryREST.unregister Unregistered teastore-recommender:8080 (service recommender)`,
        `${tc(T, -93)} INFO [http-nio-8080-exec-5] tools.descartes.teastore.registry.rest.RegistryREST.register Registered teastore-recommender:8080 (service recommender)`,
      ],
    },
  },
];
