// Blind held-out batch s118b: one TeaStore scenario (split test) for the s2 scenario kit.
// Built by scripts/s118b-build.mjs; system definition from scripts/kit-systems/teastore.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const IT = '2026-05-12T13:47:00Z';
const T = clock(IT);
const BAD = 'DescartesResearch/teastore-webui:1.4.3';
const MSG = `Failed to apply default image tag "${BAD}": couldn't parse image name "${BAD}": invalid reference format: repository name (DescartesResearch/teastore-webui) must be lowercase`;
const cat = (min, lvl, cls, msg) => `${T.java(min)} ${lvl} [http-nio-8080-exec-3] ${cls} ${msg}`;

export const scenarios = [
  {
    folder: 's118b-webui-rollout-stuck',
    incidentTime: IT,
    description: 'webui deploy stuck in the pipeline since ~13:20, rollout status just hangs. shop itself still loads fine',
    expected: { component: 'webui', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'webui', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'partial-name', 'time-expression', 'pods-ready'],
    grounding: `Manifest: teastore-clusterip.yaml (kit-systems/teastore.mjs); upstream pins no tag on any image.
      Fault: the CD pipeline set the webui image to "DescartesResearch/teastore-webui:1.4.3" (the GitHub org spelling,
      upper case). containerd/kubelet refuse it before any pull: container waiting InvalidImageName, Event InspectFailed
      "Failed to apply default image tag ... invalid reference format: repository name ... must be lowercase" (kubelet
      kuberuntime_image.go text). With one replica, maxUnavailable 25% rounds to 0, so the old ReplicaSet's pod keeps
      serving and the Deployment waits (Progressing True, ReplicaSetUpdated) — the shop works, the rollout never ends.
      Deviation from upstream: explicit tags (1.4.2 running, 1.4.3 new) instead of :latest. The build script writes the
      new pod's status image as the spec spelling (the kit would normalise it).`,
    workloads: {
      'teastore-webui': {
        containers: { 'teastore-webui': { image: BAD, imagePullPolicy: 'IfNotPresent' } },
        rollout: { at: -27, revision: 6, oldReplicas: 1, oldContainers: { 'teastore-webui': { image: 'descartesresearch/teastore-webui:1.4.2', imagePullPolicy: 'IfNotPresent' } } },
        rsReplicas: 1,
        pods: [{ ready: false, containers: { 'teastore-webui': cs.waiting('InvalidImageName', MSG) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-26.5), lastTransitionTime: T.iso(-26.5), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
        unavailableSince: -26,
      },
    },
    events: [
      { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -27 },
      { on: 'pod:teastore-webui#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -26.9, source: 'default-scheduler' },
      { on: 'pod:teastore-webui#0', reason: 'InspectFailed', message: MSG, first: -26.8, last: -0.6, count: 118, type: 'Warning', fieldPath: 'spec.containers{teastore-webui}' },
      { on: 'pod:teastore-webui#0', reason: 'Failed', message: 'Error: InvalidImageName', first: -26.8, last: -0.6, count: 118, type: 'Warning', fieldPath: 'spec.containers{teastore-webui}' },
    ],
    logs: {
      'teastore-webui#old0/teastore-webui': [
        `${T.java(-40)} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [9121] milliseconds`,
        cat(-12, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', 'Updated teastore-image service list: [10.244.2.37:8080]'),
        cat(-3, 'INFO', 'tools.descartes.teastore.registryclient.RegistryClient', 'Updated teastore-auth service list: [10.244.1.52:8080]'),
      ],
      'teastore-registry#0/teastore-registry': [
        `${T.java(-20)} INFO [http-nio-8080-exec-7] tools.descartes.teastore.registry.rest.RegistryREST Heartbeat from teastore-webui at %IPOF:teastore-webui#old0%:8080`,
      ],
    },
  },
];
