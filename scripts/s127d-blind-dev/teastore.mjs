// Blind dev batch s127d: TeaStore scenario (system from scripts/kit-systems/teastore.mjs).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

// 5. no-fault: anonymous visitors get popularity-based recommendations; decoy = recommender rollout restart.
const T = clock('2026-05-18T10:15:00Z');
const jl = (min, level, thread, logger, msg) => `${T.java(min).replace(/\.\d+$/, '').replace(' ', ' ')} [${thread}] ${level} ${logger} - ${msg}`;
const cat = (min, msg, lvl = 'INFO') => `${T.java(min).slice(0, 19).replace(/-/g, '-')}.${T.java(min).slice(20)} ${lvl} [main] org.apache.catalina.startup.Catalina.${msg}`;
const recs = {
  folder: 's127d-same-recommendations-anonymous',
  description: 'teastore "you might also like" shows the exact same teas for everyone since the recomender restart ~9:40, marketing tested in 3 browsers. is recommender broken?',
  incidentTime: '2026-05-18T10:15:00Z',
  difficulty: 'hard',
  traits: ['no-fault', 'decoy', 'typo', 'time-expression'],
  workloads: {
    'teastore-recommender': {
      patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-36) } },
      rollout: { at: -36, revision: 4, oldPatch: { podAnnotations: undefined } },
    },
  },
  events: [
    { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -36 },
    { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -35.2 },
    { on: 'pod:teastore-recommender#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-recommender"', fieldPath: 'spec.containers{teastore-recommender}', first: -35.5 },
    { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender" in 1.204s (1.204s including waiting). Image size: 245311872 bytes.', fieldPath: 'spec.containers{teastore-recommender}', first: -35.5 },
    { on: 'pod:teastore-recommender#0', reason: 'Started', message: 'Started container teastore-recommender', fieldPath: 'spec.containers{teastore-recommender}', first: -35.45 },
  ],
  logs: {
    'teastore-recommender#0/teastore-recommender': [
      cat(-35.4, 'load Server initialization in [612] milliseconds'),
      jl(-35.1, 'INFO', 'localhost-startStop-1', 'tools.descartes.teastore.registryclient.RegistryClient', 'Service recommender with hostname %PODIP%:8080 registered'),
      jl(-34.9, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer', 'Retrieving orders and orderitems from persistence for training'),
      jl(-34.2, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.algorithm.AbstractRecommender', 'Training recommender finished. Training took: 1821ms.'),
      jl(-34.2, 'INFO', 'pool-2-thread-1', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer', 'Recommender trained with 4872 orderitems of 1207 orders.'),
      cat(-34.1, 'start Server startup in [78412] milliseconds'),
    ],
    'teastore-webui#0/teastore-webui': [
      jl(-40, 'INFO', 'http-nio-8080-exec-3', 'tools.descartes.teastore.webui.servlet.ProductServlet', 'GET /tools.descartes.teastore.webui/product?id=212'),
      jl(-35.3, 'WARN', 'http-nio-8080-exec-7', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', 'No instance of service recommender available, returning empty recommendations'),
      jl(-35.1, 'WARN', 'http-nio-8080-exec-2', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', 'No instance of service recommender available, returning empty recommendations'),
      jl(-34.6, 'WARN', 'http-nio-8080-exec-9', 'tools.descartes.teastore.registryclient.rest.NonBalancedCRUDOperations', 'javax.ws.rs.ServiceUnavailableException: HTTP 503 Service Unavailable (recommender not trained yet)'),
      jl(-20, 'INFO', 'http-nio-8080-exec-5', 'tools.descartes.teastore.webui.servlet.ProductServlet', 'GET /tools.descartes.teastore.webui/product?id=88'),
      jl(-6, 'INFO', 'http-nio-8080-exec-1', 'tools.descartes.teastore.webui.servlet.CartServlet', 'GET /tools.descartes.teastore.webui/cart'),
    ],
  },
  grounding: `No fault. TeaStore's recommender (services/tools.descartes.teastore.recommender) trains on all order items
    at start-up and, for a request without a known user or without that user's order history, falls back to the
    popularity-based recommender: every anonymous visitor (marketing's fresh browsers, not logged in) sees the same
    most-ordered teas, which is designed behaviour and was so before the restart. The decoy is the named service's
    own event 36 minutes before the report: a kubectl rollout restart of teastore-recommender (old ReplicaSet without
    the restartedAt annotation, scaled to 0; image :latest re-pulled, same digest), during which the webui logged a
    burst of "no instance of service recommender" warnings and one 503 while the new pod registered and trained; it
    trained on 1207 orders and has served normally since. Deviations: upstream sets no probes; log wording of the
    registry client and training lines is approximated.`,
};

export const scenarios = [recs];
