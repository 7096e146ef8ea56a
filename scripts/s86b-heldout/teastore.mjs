// Blind held-out batch s86b: one TeaStore scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system definition scripts/kit-systems/teastore.mjs; grounding notes in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const INC = '2026-04-21T11:02:00Z';
const T = clock(INC);
const H = 'harbor.tea.internal/teastore/teastore-webui';
const NEW = `${H}:1.4.3-p2`;
const ERR = `failed to pull and unpack image "${NEW}": failed to resolve reference "${NEW}": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://harbor.tea.internal/service/token?scope=repository%3Ateastore%2Fteastore-webui%3Apull&service=harbor-registry: 401 Unauthorized`;
const cat = (min, lvl, cls, msg) => `${new Date(Date.parse(T.isoMs(min))).toUTCString().slice(5, 25).replace(/ /g, '-').replace(/-(\d\d:)/, ' $1')}.${T.java(min).slice(20)} ${lvl} [main] ${cls} ${msg}`;

export const scenarios = [
  {
    folder: 's86b-webui-registry-robot-expired',
    description: 'webui release 1.4.3-p2 never went live?? shop still shows old footer since the 10:40 deploy. shop itself works',
    incidentTime: INC,
    expected: { component: 'webui', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'webui', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'pods-ready', 'time-expression', 'bad-credentials'],
    grounding: `
      Manifest facts: DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188: teastore-webui is one replica
      (Tomcat, port 8080) behind a NodePort Service; the Deployment strategy is the default RollingUpdate (maxSurge 25% -> 1,
      maxUnavailable 25% -> 0), so the old pod keeps serving while the new one is not ready.
      Fault: a pull credential rejected by a private registry, as Harbor robot-account expiry reports show (goharbor/harbor issues
      "robot account expired ... 401 Unauthorized" on pull; containerd "failed to fetch oauth token: unexpected status ... 401 Unauthorized").
      The team mirrors its patched webui into harbor.tea.internal and pulls with imagePullSecret harbor-pull; the robot account behind
      that Secret expired, so the 10:40 rollout (image 1.4.3-p1 -> 1.4.3-p2, nothing else changed) cannot pull: ErrImagePull,
      ImagePullBackOff, the Deployment exceeds its progress deadline; the old 1.4.3-p1 pod (pulled six days ago, already on its node)
      stays Ready and serves the shop.
      Expected image-pull on webui; bad-deploy-rollout on webui is also accepted.
      Deviations from upstream: webui image from a private Harbor mirror with a pinned tag and imagePullSecrets (post-processed into
      the pod, ReplicaSet and Deployment templates); upstream pulls descartesresearch/teastore-webui:latest.
    `,
    workloads: {
      'teastore-webui': {
        containers: { 'teastore-webui': { image: NEW } },
        rollout: { at: -22, oldReplicas: 1, oldContainers: { 'teastore-webui': { image: `${H}:1.4.3-p1` } } },
        pods: [{ node: 'tea-worker-3', containers: { 'teastore-webui': cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW}": ErrImagePull: ${ERR}`) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-11.9), lastTransitionTime: T.iso(-11.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
        deployStatus: null,
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -22 },
      { on: 'rs:teastore-webui', reason: 'SuccessfulCreate', message: 'Created pod: teastore-webui-%RS%', first: -22 },
      { on: 'pod:teastore-webui#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to tea-worker-3', source: 'default-scheduler', first: -21.5 },
      { on: 'pod:teastore-webui#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, fieldPath: 'spec.containers{teastore-webui}', first: -21.4, last: -1.6, count: 9 },
      { on: 'pod:teastore-webui#0', reason: 'Failed', type: 'Warning', message: `Failed to pull image "${NEW}": ${ERR}`, fieldPath: 'spec.containers{teastore-webui}', first: -21.4, last: -1.6, count: 9 },
      { on: 'pod:teastore-webui#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', fieldPath: 'spec.containers{teastore-webui}', first: -21.4, last: -1.6, count: 9 },
      { on: 'pod:teastore-webui#0', reason: 'BackOff', message: `Back-off pulling image "${NEW}"`, fieldPath: 'spec.containers{teastore-webui}', first: -21.3, last: -0.3, count: 88 },
      { on: 'pod:teastore-webui#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', fieldPath: 'spec.containers{teastore-webui}', first: -21.3, last: -0.3, count: 88 },
    ],
    logs: {
      'teastore-webui#old0/teastore-webui': [
        cat(-60 * 24 * 6 + 0.5, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [18342] milliseconds'),
        cat(-30, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', 'Updated Persistence loadbalancer with 1 services.'),
        cat(-3, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', 'Updated Image loadbalancer with 1 services.'),
      ],
      'teastore-persistence#0/teastore-persistence': [
        cat(-60 * 24 * 9 + 1, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [24117] milliseconds'),
      ],
    },
  },
];
