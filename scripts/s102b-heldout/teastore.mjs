// Blind held-out batch s102b: one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System as in scripts/kit-systems/teastore.mjs (DescartesResearch/TeaStore teastore-clusterip.yaml at 5ab1188).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

// Deviation kept by this cluster's team: tags are pinned by CI (1.4.3) instead of upstream's implicit :latest.
export const system = {
  ...base,
  workloads: base.workloads.map((w) => ({ ...w, containers: w.containers.map((c) => ({ ...c, image: `${c.image}:1.4.3` })) })),
};

const INC = '2026-03-30T14:27:00Z';
const T = clock(INC);
const BAD = 'descartesresearch/teastore-auth:';
const MSG = `Failed to apply default image tag "${BAD}": couldn't parse image reference "${BAD}": invalid reference format`;
const tomcatLine = (min, level, cls, msg, thread = 'main') => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+) /, (_, y, m, d) => `${d}-${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1]}-${y} `)} ${level} [${thread}] ${cls} ${msg}`;

export const scenarios = [
  {
    folder: 's102b-auth-deploy-stuck',
    incidentTime: INC,
    description: 'auth deploy stuck since ~14:10, pipeline timed out. login still works tho',
    expected: { component: 'auth', cause: 'image-pull' },
    alsoAcceptable: [
      { component: 'auth', cause: 'bad-deploy-rollout' },
      { component: 'auth', cause: 'config-error' },
    ],
    difficulty: 'easy',
    traits: ['rollout-regression', 'pods-ready', 'partial-name', 'time-expression'],
    grounding: `
      Manifest facts (teastore-clusterip.yaml at 5ab1188): teastore-auth is one replica of descartesresearch/teastore-auth
      on 8080, registered with teastore-registry; the Deployment sets no strategy, so the default RollingUpdate
      (25% / 25%) keeps the old pod until a new one is available.
      Fault shape: a CI templating step rendered the image as "descartesresearch/teastore-auth:" (an empty tag
      variable). The API server accepts it (validation only rejects empty or whitespace names); the kubelet cannot
      parse it, emits InspectFailed "Failed to apply default image tag ... invalid reference format" and leaves the
      container Waiting with reason InvalidImageName (pkg/kubelet/kuberuntime/kuberuntime_image.go). The new
      ReplicaSet never becomes available, the Deployment reports ProgressDeadlineExceeded after 600 s, and the old
      pod keeps serving logins.
      Deviations from upstream: this cluster pins every TeaStore image to 1.4.3 (upstream pins no tag); the build
      script writes the unparsable image into the new pod's container status as the kubelet reports it.
    `,
    workloads: {
      'teastore-auth': {
        rollout: { at: -17, revision: 5, oldReplicas: 1, oldContainers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth:1.4.3' } } },
        containers: { 'teastore-auth': { image: BAD, imagePullPolicy: 'IfNotPresent' } },
        pods: [{ containers: { 'teastore-auth': cs.waiting('InvalidImageName', MSG) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-7), lastTransitionTime: T.iso(-7), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -17, last: -17, source: 'deployment-controller' },
      { on: 'rs:teastore-auth', reason: 'SuccessfulCreate', message: 'Created pod: teastore-auth-%RS%', first: -17, last: -17 },
      { on: 'pod:teastore-auth#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -16.9, last: -16.9, source: 'default-scheduler' },
      { on: 'pod:teastore-auth#0', type: 'Warning', reason: 'InspectFailed', message: MSG, first: -16.8, last: -0.6, count: 78, fieldPath: 'spec.containers{teastore-auth}' },
      { on: 'pod:teastore-auth#0', type: 'Warning', reason: 'Failed', message: 'Error: InvalidImageName', first: -16.8, last: -0.6, count: 78, fieldPath: 'spec.containers{teastore-auth}' },
    ],
    logs: {
      'teastore-auth#old0/teastore-auth': [
        tomcatLine(-60 * 24 * 6 + 0.8, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18342] milliseconds'),
      ],
      'teastore-webui#0/teastore-webui': [
        tomcatLine(-60 * 24 * 9 + 0.9, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [21877] milliseconds'),
      ],
      'teastore-registry#0/teastore-registry': [
        tomcatLine(-60 * 24 * 9 + 0.5, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [4211] milliseconds'),
      ],
    },
  },
];
