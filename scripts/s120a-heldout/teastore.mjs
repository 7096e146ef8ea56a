// Blind held-out batch s120a: one TeaStore scenario (split: test) on the kit system scripts/kit-systems/teastore.mjs.
// Written without reading the engine, the rule packs or other scenarios; built by scripts/s120a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const IT = '2026-05-06T10:25:00Z';
const T = clock(IT);
const tl = (min, lvl, cls, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+) /, (_, y, m, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun'][Number(m) - 1]}-${y} `)} ${lvl} [http-nio-8080-exec-${Math.abs(Math.round(min)) % 9 + 1}] ${cls} ${msg}`;

export const scenarios = [
  {
    folder: 's120a-recommender-cpu-request-pending',
    incidentTime: IT,
    description: 'teastore recomender change we shipped at 9am still not live?? deploy pipeline says timed out, shop itself works fine',
    expected: { component: 'recommender', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'recommender', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['pods-ready', 'rollout-regression', 'typo', 'partial-name', 'time-expression'],
    grounding: `TeaStore examples/kubernetes/teastore-clusterip.yaml (5ab1188) sets no resources on any container. Fault: the 09:14
      change added resources to teastore-recommender with a CPU request of "4" where 400m was meant; every worker has 4 CPUs and
      3920m allocatable, so the scheduler reports "Insufficient cpu" on all three nodes and the new pod stays Pending. With one
      replica and maxUnavailable 25% (rounded down to 0) the old ReplicaSet's pod keeps serving, so the shop works; after
      progressDeadlineSeconds the Deployment reports ProgressDeadlineExceeded, which is what the pipeline timed out on. The two
      ReplicaSets' templates differ only in the resources block. Deviation from upstream: the recommender's resources.`,
    workloads: {
      'teastore-recommender': {
        containers: { 'teastore-recommender': { resources: { requests: { cpu: '4', memory: '512Mi' }, limits: { cpu: '4', memory: '1Gi' } } } },
        rollout: { at: -71, oldReplicas: 1, oldContainers: { 'teastore-recommender': { resources: {} } } },
        pods: [{ unscheduled: '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.' }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-61), lastTransitionTime: T.iso(-61), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -71 },
      { on: 'pod:teastore-recommender#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.', first: -71, last: -2, count: 15 },
    ],
    logs: {
      'teastore-recommender#old0/teastore-recommender': [
        tl(-40, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient.lambda$0', 'Registry heartbeat ok'),
        tl(-12, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training. Recommender is ready.'),
      ],
      'teastore-webui#0/teastore-webui': [
        tl(-5, 'INFO', 'tools.descartes.teastore.webui.servlet.ProductServlet.handleGETRequest', 'Serving product 114 with 3 recommendations'),
      ],
    },
  },
];
