// Blind dev batch s105a, TeaStore: one scenario (recommender switched to non-preprocessed SlopeOne by an env value).
// Spec for scripts/s2-scenario-kit.mjs build(); the system is scripts/kit-systems/teastore.mjs as it is.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const I = '2026-05-12T15:40:00Z';
const T = clock(I);
const cat = (min, lvl, cls, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+) /, (_, y, m, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}-${y} `)} ${lvl} [${cls.split(' ')[0]}] ${cls.split(' ').slice(1).join(' ')} ${msg}`;
const webuiLines = [];
for (let k = 0; k < 8; k++) {
  const m = -21 + k * 2.5;
  webuiLines.push(cat(m, 'WARNING', 'http-nio-8080-exec-' + (3 + k) + ' tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer.loadBalanceRESTOperation', 'Service recommender at teastore-recommender:8080 did not answer within 10000 ms, trying next instance'));
  webuiLines.push(cat(m + 0.01, 'SEVERE', 'http-nio-8080-exec-' + (3 + k) + ' org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [ProductServlet] in context with path [] threw exception\njavax.ws.rs.ProcessingException: java.net.SocketTimeoutException: Read timed out\n\tat org.glassfish.jersey.client.internal.HttpUrlConnector.apply(HttpUrlConnector.java:261)\n\tat org.glassfish.jersey.client.ClientRuntime.invoke(ClientRuntime.java:296)\n\tat tools.descartes.teastore.registryclient.rest.LoadBalancedRecommenderOperations.getRecommendations(LoadBalancedRecommenderOperations.java:62)\n\tat tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest(ProductServlet.java:74)\nCaused by: java.net.SocketTimeoutException: Read timed out\n\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)'));
}
export const scenarios = [
  {
    folder: 's105a-recommender-slopeone-unpreprocessed',
    incidentTime: I,
    description: 'tea store product pages hang ~10s then error, category + cart pages still fine. started after the 15:10 config push',
    expected: { component: 'recommender', cause: 'config-error' },
    alsoAcceptable: [{ component: 'recommender', cause: 'resource-exhaustion' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `TeaStore (DescartesResearch/TeaStore): webui's ProductServlet asks the recommender for "recommended for you" items
      on every product page through the registry client's load balancer; the recommender's algorithm is chosen by the
      RECOMMENDER_ALGORITHM environment variable (TeaStore GET_STARTED/README: Popularity, SlopeOne, PreprocessedSlopeOne,
      OrderBased, PreprocessedOrderBased, Dummy). The value is accepted at start: SlopeOne is valid but computes its
      difference matrix over the whole order history on every request, whereas the Preprocessed variants do it once at
      training. A config push at 15:10 set RECOMMENDER_ALGORITHM=SlopeOne (intended: PreprocessedSlopeOne), restarting the
      recommender (a plain rollout whose only template change is that env var). The recommender stays Running/Ready (upstream
      sets no probes), logs long request times; webui is the loud one with Jersey read timeouts. Decoy: teastore-image
      OOMKilled three days ago (no limit is set upstream; the deviation is an added 512Mi limit on teastore-image).
      Deviations from upstream: the RECOMMENDER_ALGORITHM env on teastore-recommender, the memory limit on teastore-image.`,
    workloads: {
      'teastore-recommender': {
        containers: { 'teastore-recommender': { env: [{ name: 'HOST_NAME', value: 'teastore-recommender' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }, { name: 'RECOMMENDER_ALGORITHM', value: 'SlopeOne' }] } },
        rollout: { at: -30, oldContainers: { 'teastore-recommender': { env: [{ name: 'HOST_NAME', value: 'teastore-recommender' }, { name: 'REGISTRY_HOST', value: 'teastore-registry' }, { name: 'RECOMMENDER_ALGORITHM', value: 'PreprocessedSlopeOne' }] } } },
      },
      'teastore-image': {
        containers: { 'teastore-image': { resources: { limits: { memory: '512Mi' }, requests: { memory: '512Mi' } } } },
        pods: [{ containers: { 'teastore-image': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -30 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -29 },
      { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', first: -29.9, fieldPath: 'spec.containers{teastore-recommender}' },
      { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', first: -29.6, fieldPath: 'spec.containers{teastore-recommender}' },
    ],
    logs: {
      'teastore-recommender#0/teastore-recommender': [
        cat(-29.4, 'INFO', 'main org.apache.catalina.startup.Catalina.start', 'Server startup in 9824 ms'),
        cat(-29.2, 'INFO', 'pool-2-thread-1 tools.descartes.teastore.recommender.servicehandler.RecommenderStartup.contextInitialized', 'Recommender algorithm set to SlopeOne'),
        cat(-29.1, 'INFO', 'pool-2-thread-1 tools.descartes.teastore.recommender.algorithm.RecommenderSelector', 'Training recommender with 52061 orders and 5000 users'),
        cat(-28.9, 'INFO', 'pool-2-thread-1 tools.descartes.teastore.recommender.algorithm.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, took 4120 ms (no preprocessing for SlopeOne)'),
        ...Array.from({ length: 10 }, (_, k) => cat(-22 + k * 2, 'INFO', `http-nio-8080-exec-${k + 2} tools.descartes.teastore.recommender.rest.RecommendEndpoint.recommend`, `Recommendation for user ${1000 + k * 37} took ${14000 + k * 730} ms`)),
      ],
      'teastore-webui#0/teastore-webui': webuiLines,
      'teastore-image#0/teastore-image': [cat(-60 * 24 * 3 + 0.5, 'INFO', 'main org.apache.catalina.startup.Catalina.start', 'Server startup in 12031 ms'), cat(-5, 'INFO', 'http-nio-8080-exec-4 tools.descartes.teastore.image.ImageProvider.getProductImages', 'Served 24 product images from cache')],
      'teastore-persistence#0/teastore-persistence': [cat(-12, 'INFO', 'http-nio-8080-exec-7 tools.descartes.teastore.persistence.rest.OrderEndpoint', 'Listing all orders (recommender training data) start=-1 max=-1')],
    },
  },
];
