// Blind held-out batch s116b: one TeaStore scenario for the kit (scripts/s2-scenario-kit.mjs),
// system from scripts/kit-systems/teastore.mjs (DescartesResearch/TeaStore teastore-clusterip.yaml at 5ab1188).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };

const T = clock('2026-07-09T11:34:00Z');
const tc = (min, level, logger, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}-${mon}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)} ${level} [main] ${logger} ${msg}`;
};
const newRes = { requests: { cpu: '4', memory: '1Gi' }, limits: { cpu: '4', memory: '2Gi' } };
const oldRes = { requests: { cpu: '400m', memory: '1Gi' }, limits: { cpu: '1', memory: '2Gi' } };
const why = '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';

export const scenarios = [
  {
    folder: 's116b-recommender-rollout-hanging',
    incidentTime: '2026-07-09T11:34:00Z',
    description: 'teastore recomender deploy hanging since ~11:00, new pod just sits there. store itself seems ok',
    expected: { component: 'recommender', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'recommender', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'typo', 'time-expression', 'pods-ready'],
    grounding: `
      Manifest facts: teastore-recommender is one Tomcat replica behind a ClusterIP Service on 8080; the three kubeadm workers have
      4 CPUs (3920m allocatable) each (teastore-clusterip.yaml at 5ab1188, SOURCES.md).
      Fault: a change meant to raise the recommender's CPU request from 400m to a larger millicore value was written as cpu: "4"
      (request and limit), which no node can fit; the scheduler reports "0/3 nodes are available: 3 Insufficient cpu" with no
      preemption victims, the new ReplicaSet's pod stays Pending, and the old pod keeps serving recommendations, so the store works.
      Deviations from upstream: upstream sets no resources; this cluster's manifests add requests/limits to the recommender (old
      400m/1Gi, limit 1 CPU/2Gi), and the release changed only the cpu values.`,
    workloads: {
      'teastore-recommender': {
        rollout: { at: -36, oldReplicas: 1, oldContainers: { 'teastore-recommender': { resources: oldRes } } },
        containers: { 'teastore-recommender': { resources: newRes } },
        pods: [{ unscheduled: why, created: T.iso(-35.9) }],
        unavailableSince: -36,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-25.9), lastTransitionTime: T.iso(-25.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:teastore-recommender', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set teastore-recommender-%NEW% to 1', first: -36, last: -36 },
      { on: 'pod:teastore-recommender#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: why, first: -35.9, last: -1.4, count: 9 },
    ],
    logs: {
      'teastore-recommender#old0/teastore-recommender': [
        tc(-60 * 24 * 6 + 1, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [38214] milliseconds'),
        tc(-60 * 24 * 6 + 1.2, 'INFO', 'tools.descartes.teastore.recommender.servlet.TrainingSynchronizer.retrieveDataAndRetrain', 'Finished training, ready for recommendation.'),
      ],
      'teastore-webui#0/teastore-webui': [tc(-60 * 24 * 9 + 1, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [24517] milliseconds')],
    },
  },
];
void cs;
