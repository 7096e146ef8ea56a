// Blind dev batch s135c, TeaStore (system as scripts/kit-systems/teastore.mjs).
import { clock } from '../s2-scenario-kit.mjs';
import { system as ts } from '../kit-systems/teastore.mjs';

export const system = ts;
const T = clock('2026-08-19T19:42:00Z');
const recOld = ts.workloads.find((w) => w.name === 'teastore-recommender').containers[0].env;
const recNew = [...recOld, { name: 'RECOMMENDER_ALGORITHM', value: 'SlopeOneRecommender' }];
const cat = (min, lvl, cls, msg) => `${T.java(min).replace(/(\d+)-(\d+)-(\d+) /, (_, y, mo, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(mo) - 1]}-${y} `)} ${lvl} [http-nio-8080-exec-${Math.abs(Math.round(min)) % 9 + 1}] ${cls} ${msg}`;
const s5 = {
  folder: 's135c-recommender-algorithm-name',
  incidentTime: '2026-08-19T19:42:00Z',
  description: 'teastore product pages erroring since ~19:20 ("Oops, something went wrong" on product detail), category pages ok. webui looks up',
  expected: { component: 'recommender', cause: 'config-error' },
  alsoAcceptable: [{ component: 'recommender', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'rollout-regression', 'time-expression', 'decoy'],
  grounding: `TeaStore's recommender selects its algorithm from the RECOMMENDER_ALGORITHM env (documented values Popularity,
    SlopeOne, PreprocessedSlopeOne, DummyRecommender, OrderBased; teastore-clusterip.yaml does not set it, so the default
    is used). A change at ~19:18 rolled teastore-recommender with RECOMMENDER_ALGORITHM=SlopeOneRecommender (the class
    name, not the key). The service starts and registers with the registry, trains nothing, and every
    /tools.descartes.teastore.recommender/rest/recommend call answers 500; the WebUI product page calls the
    recommender and renders its error page, so the WebUI is louder. Pods stay Ready (no probes upstream). Old ReplicaSet
    has the upstream env. Decoy: teastore-image was rolled to a new :latest two days ago and is healthy.
    Deviations: the exact exception text of the recommender on an unknown algorithm is representative, not quoted.`,
  workloads: {
    'teastore-recommender': {
      containers: { 'teastore-recommender': { env: recNew } },
      rollout: { at: -24, revision: 3, oldContainers: { 'teastore-recommender': { env: recOld } } },
    },
    'teastore-image': { rollout: { at: -60 * 24 * 2, revision: 4 } },
  },
  events: [
    { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -24 },
    { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -23 },
    { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', first: -23.5 },
    { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 1.204s (1.204s including waiting). Image size: 312442171 bytes.', first: -23.4 },
    { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', first: -23.4 },
  ],
  logs: {
    'teastore-recommender#0/teastore-recommender': [
      cat(-23.3, 'INFO', '[main] org.apache.catalina.startup.Catalina.start', 'Server startup in [8412] milliseconds'),
      cat(-23.2, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered teastore-recommender:8080 with registry'),
      cat(-23.1, 'WARN', 'tools.descartes.teastore.recommender.servlet.RecommenderStartup.contextInitialized', "Recommender algorithm 'SlopeOneRecommender' is not known; no recommender was trained"),
      ...[-19, -15, -11, -8, -5, -2].flatMap((m) => [
        cat(m, 'SEVERE', 'org.apache.catalina.core.StandardWrapperValve.invoke', 'Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.recommender] threw exception'),
        'java.lang.NullPointerException: Cannot invoke "tools.descartes.teastore.recommender.algorithm.IRecommender.recommendProducts(java.lang.Long, java.util.List)" because the return value of "tools.descartes.teastore.recommender.algorithm.RecommenderSelector.getInstance()" is null',
        '\tat tools.descartes.teastore.recommender.rest.RecommendEndpoint.recommend(RecommendEndpoint.java:62)',
        '\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
        '\tat org.glassfish.jersey.server.model.internal.ResourceMethodInvocationHandlerFactory.lambda$static$0(ResourceMethodInvocationHandlerFactory.java:52)',
      ]),
    ],
    'teastore-webui#0/teastore-webui': [-19, -15, -11, -8, -5, -2].flatMap((m) => [
      cat(m + 0.01, 'WARN', 'tools.descartes.teastore.registryclient.rest.RestUtil.readThrowAndOrClose', 'Service teastore-recommender answered 500 Internal Server Error for POST /tools.descartes.teastore.recommender/rest/recommend'),
      cat(m + 0.02, 'SEVERE', 'tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest', 'tools.descartes.teastore.registryclient.rest.InternalServerErrorException: HTTP 500 Internal Server Error'),
      cat(m + 0.3, 'INFO', 'tools.descartes.teastore.webui.servlet.CategoryServlet.handleGETRequest', 'GET /category?category=2&page=1 200'),
    ]),
  },
};

export const scenarios = [s5];
