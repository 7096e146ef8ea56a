// s25a blind dev scenario for TeaStore (kit system scripts/kit-systems/teastore.mjs): an image-pinning change gives the webui a
// tag that does not exist on Docker Hub (`v1.4.3`), and the overlay's Recreate strategy has already removed the old pod.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const I1 = '2026-04-21T14:52:00Z';
const T = clock(I1);
const BAD = 'descartesresearch/teastore-webui:v1.4.3';
const pullErr = `Failed to pull image "${BAD}": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/${BAD}": failed to resolve reference "docker.io/${BAD}": docker.io/${BAD}: not found`;
const recreate = { type: 'Recreate' };
// Tomcat 8.5 / TeaStore service startup lines as catalina prints them.
const tc = (min, lvl, cls, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+)/, (_, y, mo, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(mo) - 1]}-${y}`)} ${lvl} [main] ${cls} ${msg}`;

export const strategies = {
  's25a-webui-tag-not-found': Object.fromEntries(system.workloads.map((w) => [w.name, recreate])),
};

export const scenarios = [
  {
    folder: 's25a-webui-tag-not-found',
    incidentTime: I1,
    description: 'teastore completely down since 14:43, http://shop:30080 connection refused. nothing changed on our side afaik',
    expected: { component: 'webui', cause: 'image-pull' },
    difficulty: 'easy',
    traits: ['rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      kit system scripts/kit-systems/teastore.mjs (DescartesResearch/TeaStore teastore-clusterip.yaml): upstream pins no tag
      (:latest). The shop team moved to pinned tags in two steps of one PR: teastore-image and teastore-recommender to
      descartesresearch/teastore-*:1.4.3 at 13:41 (healthy, the decoy), then teastore-webui at 14:43 with a "v" prefix,
      descartesresearch/teastore-webui:v1.4.3 - Docker Hub's TeaStore tags carry no "v" (1.4.3), so containerd answers NotFound
      ("failed to resolve reference ... not found"), ErrImagePull then ImagePullBackOff. Their kustomize overlay sets
      strategy Recreate on every TeaStore Deployment (copied from a database template), so the old webui pod was deleted before
      the new one pulled: no webui pod runs, the NodePort Service has no endpoints and the shop refuses connections. The other
      services are healthy and idle. Deviations from upstream: pinned tags and the Recreate strategy.
    `,
    workloads: {
      'teastore-webui': {
        rollout: { at: -9, revision: 6, oldReplicas: 0, oldContainers: { 'teastore-webui': { image: 'descartesresearch/teastore-webui' } } },
        containers: { 'teastore-webui': { image: BAD } },
        unavailableSince: -9,
        endpointsChanged: -9,
        pods: [
          {
            node: 'tea-worker-2',
            phase: 'Pending',
            containers: { 'teastore-webui': cs.waiting('ImagePullBackOff', `Back-off pulling image "${BAD}"`) },
          },
        ],
        progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-8.9), lastTransitionTime: T.iso(-8.9), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
      },
      'teastore-image': {
        rollout: { at: -71, revision: 5, oldReplicas: 0, oldContainers: { 'teastore-image': { image: 'descartesresearch/teastore-image' } } },
        containers: { 'teastore-image': { image: 'descartesresearch/teastore-image:1.4.3' } },
      },
      'teastore-recommender': {
        rollout: { at: -70, revision: 5, oldReplicas: 0, oldContainers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender' } } },
        containers: { 'teastore-recommender': { image: 'descartesresearch/teastore-recommender:1.4.3' } },
      },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-image-%OLD% to 0 from 1', first: -71.1 },
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -71 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-recommender-%OLD% to 0 from 1', first: -70.1 },
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -70 },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled down replica set teastore-webui-%OLD% to 0 from 1', first: -9.1 },
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -9 },
      { on: 'pod:teastore-webui#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to tea-worker-2', first: -9, source: 'default-scheduler' },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: `Pulling image "${BAD}"`, first: -8.9, last: -3.2, count: 5 },
      { on: 'pod:teastore-webui#0', reason: 'Failed', message: pullErr, type: 'Warning', first: -8.9, last: -3.2, count: 5 },
      { on: 'pod:teastore-webui#0', reason: 'Failed', message: 'Error: ErrImagePull', type: 'Warning', first: -8.9, last: -3.2, count: 5 },
      { on: 'pod:teastore-webui#0', reason: 'BackOff', message: `Back-off pulling image "${BAD}"`, first: -8.8, last: -0.4, count: 37 },
      { on: 'pod:teastore-webui#0', reason: 'Failed', message: 'Error: ImagePullBackOff', type: 'Warning', first: -8.8, last: -0.4, count: 37 },
    ],
    logs: {
      'teastore-image#0/teastore-image': [
        tc(-70.6, 'INFO', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.100'),
        tc(-70.1, 'INFO', 'org.apache.catalina.startup.HostConfig.deployWAR', 'Deploying web application archive [/usr/local/tomcat/webapps/tools.descartes.teastore.image.war]'),
        tc(-69.4, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered at registry with host teastore-image and port 8080'),
        tc(-69.3, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 51873 ms'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        tc(-69.5, 'INFO', 'org.apache.catalina.startup.VersionLoggerListener.log', 'Server version name:   Apache Tomcat/8.5.100'),
        tc(-68.8, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.register', 'Registered at registry with host teastore-recommender and port 8080'),
        tc(-68.2, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Training recommender with 4000 orders and 13260 orderitems'),
        tc(-68.1, 'INFO', 'tools.descartes.teastore.recommender.algorithm.AbstractRecommender.train', 'Training recommender finished. Training took: 3914ms.'),
        tc(-67.9, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in 88412 ms'),
      ],
    },
  },
];
