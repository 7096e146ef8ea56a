// Blind dev batch s121c: one TeaStore scenario (bad-deploy-rollout of the recommender: a build that throws on users
// without order history), on the kit's teastore system definition.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../kit-systems/teastore.mjs';

const IT = '2026-05-14T11:05:00Z';
const T = clock(IT);
const tc = (min) => { const d = new Date(Date.parse(T.isoMs(min))); const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; return `${String(d.getUTCDate()).padStart(2, '0')}-${mon}-${d.getUTCFullYear()} ${T.java(min).slice(11)}`; };
const rec = [
  `${tc(-47.8)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [18344] milliseconds`,
  `${tc(-47.5)} INFO [pool-1-thread-1] tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain Retrieved 9742 orderItems, starting retraining of recommendation engine.`,
  `${tc(-46.9)} INFO [pool-1-thread-1] tools.descartes.teastore.recommender.algorithm.AbstractRecommender.train Training recommendation algorithm finished.`,
];
const web = [];
for (let m = -44; m < -0.5; m += 1.7) {
  const n = (Math.round(-m * 10) % 8) + 1;
  rec.push(`${tc(m)} SEVERE [http-nio-8080-exec-${n}] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [jersey-serlvet] in context with path [/tools.descartes.teastore.recommender] threw exception [java.lang.NullPointerException: Cannot invoke "java.util.Map.get(Object)" because "this.userBuyingMatrix" is null] with root cause`,
    '\tjava.lang.NullPointerException: Cannot invoke "java.util.Map.get(Object)" because "this.userBuyingMatrix" is null',
    '\t\tat tools.descartes.teastore.recommender.algorithm.impl.cf.SlopeOneRecommender.execute(SlopeOneRecommender.java:142)',
    '\t\tat tools.descartes.teastore.recommender.algorithm.AbstractRecommender.recommendProducts(AbstractRecommender.java:91)',
    '\t\tat tools.descartes.teastore.recommender.rest.RecommendEndpoint.recommend(RecommendEndpoint.java:67)');
  web.push(`${tc(m + 0.01)} WARNING [http-nio-8080-exec-${n}] tools.descartes.teastore.registryclient.rest.LoadBalancedRecommenderOperations.getRecommendations Recommender returned HTTP 500 for user session, showing no recommendations`);
}
const auth = [];
for (let m = -40; m < -1; m += 5) auth.push(`${tc(m)} INFO [http-nio-8080-exec-2] tools.descartes.teastore.auth.rest.AuthUserActionsRest.login User login successful`);

export const scenarios = [
  {
    folder: 's121c-recommender-release-npe',
    incidentTime: IT,
    description: '"you may also like" box is empty on every product page since this morning, webui otherwise ok',
    expected: { component: 'recommender', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    workloads: {
      'teastore-recommender': {
        containers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.4-rc2' } },
        rollout: { at: -48.5, revision: 5, oldContainers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.3' } }, oldReplicas: 0 },
      },
      'teastore-auth': {
        containers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.3' } },
        rollout: { at: -180, revision: 4, oldContainers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.2' } }, oldReplicas: 0 },
      },
    },
    events: [
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -48.5, source: 'deployment-controller' },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -47.6, source: 'deployment-controller' },
      { on: 'pod:teastore-recommender#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-recommender:1.4.4-rc2" in 6.214s (6.214s including waiting). Image size: 251873922 bytes.', first: -48.3, fieldPath: 'spec.containers{teastore-recommender}' },
    ],
    logs: { 'teastore-recommender#0/teastore-recommender': rec, 'teastore-webui#0/teastore-webui': web, 'teastore-auth#0/teastore-auth': auth },
    grounding: `
      Manifest facts (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml): the webui asks the recommender
      (registered through teastore-registry) for recommendations on each product page and shows an empty box when it fails;
      upstream pins no tag, here the operators pin tags. Fault: an in-house 1.4.4-rc2 recommender build (SlopeOne default)
      whose training leaves its user matrix unset for the request path; every /recommend answers 500 with a Java 17 helpful
      NullPointerException while the pod stays Ready (no probes upstream). Old and new ReplicaSets differ only by image tag.
      Decoy: a benign teastore-auth rollout three hours before with healthy logins.`,
  },
];
