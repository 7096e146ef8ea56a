// Blind held-out batch s94a: one TeaStore scenario (split test), on scripts/kit-systems/teastore.mjs.
// Built by scripts/s94a-build.mjs with the scenario kit; grounding in the scenario's `grounding`.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const I = '2026-05-06T15:38:00Z';
const T = clock(I);
const MSG = "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";
const cat = (min, lvl, cls, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+)/, (_, y, m, d) => `${d}-${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'][Number(m) - 1]}-${y}`)} ${lvl} [main] ${cls} ${msg}`;

export const scenarios = [
  {
    folder: 's94a-webui-rollout-stuck',
    incidentTime: I,
    description: 'new teastore UI build still not live, rollout of webui hanging since 15:10 — old version is what customers see',
    expected: { component: 'webui', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'webui', cause: 'bad-deploy-rollout' }, { component: 'webui', cause: 'config-error' }],
    difficulty: 'easy',
    traits: ['time-expression', 'partial-name'],
    grounding: `
      TeaStore examples/kubernetes/teastore-clusterip.yaml: teastore-webui is one replica with no nodeSelector; the kit's
      three kubeadm workers carry node-role.kubernetes.io/worker and topology.kubernetes.io/zone only.
      Fault: the release of teastore-webui added nodeSelector nodepool=frontend (copied from another cluster whose nodes
      carry that label); no node here has it, so the surge pod stays Pending with the scheduler's FailedScheduling
      "didn't match Pod's node affinity/selector" text, the Deployment reports ProgressDeadlineExceeded after 600 s and,
      with maxUnavailable 0 for one replica, the old pod keeps serving the old UI. Old and new ReplicaSet templates differ
      exactly by that nodeSelector (image stays :latest). Deviation from upstream: that nodeSelector.
    `,
    workloads: {
      'teastore-webui': {
        patch: { nodeSelector: { nodepool: 'frontend' } },
        rollout: { at: -28, oldPatch: { nodeSelector: undefined }, oldReplicas: 1 },
        pods: [{ unscheduled: MSG, created: T.iso(-28) }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-18), lastTransitionTime: T.iso(-18), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -28 },
      { on: 'pod:teastore-webui#0', reason: 'FailedScheduling', message: MSG, type: 'Warning', first: -28, last: -3, count: 9, source: 'default-scheduler' },
    ],
    logs: {
      'teastore-webui#old0/teastore-webui': [
        cat(-60 * 24 * 6 + 0.5, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [8412] milliseconds'),
        cat(-60 * 24 * 6 + 0.6, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', 'Registered teastore-webui:8080 at registry'),
        cat(-42, 'INFO', 'tools.descartes.teastore.registryclient.loadbalancers.ServiceLoadBalancer', 'Updated load balancer for service auth: 1 instance(s)'),
      ],
      'teastore-registry#0/teastore-registry': [
        cat(-60 * 24 * 9 + 0.5, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [3120] milliseconds'),
      ],
    },
  },
];
