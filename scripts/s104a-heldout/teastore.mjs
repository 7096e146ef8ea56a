// Blind held-out batch s104a: one TeaStore scenario (split test) for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/teastore.mjs (DescartesResearch/TeaStore examples/kubernetes/teastore-clusterip.yaml at 5ab1188).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';

export { system };
const I = '2026-07-08T14:32:00Z';
const T = clock(I);
const img = system.workloads.find((w) => w.name === 'teastore-image').containers[0];
const jvm = ['Error occurred during initialization of VM', 'Too small maximum heap'];
const tomcatLog = (min, lvl, cls, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+) /, (_, y, m, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}-${y} `)} ${lvl} [${cls.t}] ${cls.c} ${msg}`;

export const scenarios = [
  {
    folder: 's104a-image-rollout-heap',
    incidentTime: I,
    description: 'teastore img service rollout (heap tuning) not finishing since 14:10, kubectl rollout status just hangs',
    expected: { component: 'image', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'image', cause: 'bad-deploy-rollout' },
      { component: 'image', cause: 'crash-loop' },
    ],
    difficulty: 'easy',
    traits: ['rollout-regression', 'partial-name', 'time-expression'],
    grounding: `
      Upstream teastore-image is a Tomcat webapp (descartesresearch/teastore-image, no probes, no resources, replicas 1 with the default
      RollingUpdate, so maxUnavailable 0 keeps the old pod serving). Fault: a heap-tuning change added CATALINA_OPTS=-Xmx512 (the unit
      "m" forgotten: 512 bytes); the HotSpot JVM refuses to start with "Error occurred during initialization of VM / Too small maximum
      heap" and exits 1, so the new pod crash-loops and the rollout never completes. The old and new ReplicaSet templates differ only by
      that env var. Deviations from upstream: the CATALINA_OPTS env var is the operator's change.`,
    workloads: {
      'teastore-image': {
        containers: { 'teastore-image': { env: [...img.env, { name: 'CATALINA_OPTS', value: '-Xmx512' }] } },
        rollout: { at: -22, revision: 5, oldReplicas: 1, oldContainers: { 'teastore-image': { env: img.env } } },
        pods: [{ containers: { 'teastore-image': cs.crashLoop({ restarts: 8, exitCode: 1, startedAt: T.iso(-4.1), finishedAt: T.iso(-4.1), container: 'teastore-image' }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-22), lastTransitionTime: T.iso(-22), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
      },
    },
    events: [
      { on: 'deploy:teastore-image', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-image-%NEW% to 1', first: -22 },
      { on: 'pod:teastore-image#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', source: 'default-scheduler', first: -21.9 },
      { on: 'pod:teastore-image#0', reason: 'Pulling', message: 'Pulling image "descartesresearch/teastore-image"', first: -21.8, last: -4.2, count: 9 },
      { on: 'pod:teastore-image#0', reason: 'Pulled', message: 'Successfully pulled image "descartesresearch/teastore-image" in 612ms (612ms including waiting). Image size: 243186532 bytes.', first: -4.2, last: -4.2 },
      { on: 'pod:teastore-image#0', reason: 'Created', message: 'Created container teastore-image', first: -21.7, last: -4.1, count: 9 },
      { on: 'pod:teastore-image#0', reason: 'Started', message: 'Started container teastore-image', first: -21.7, last: -4.1, count: 9 },
      { on: 'pod:teastore-image#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container teastore-image in pod %POD%_teastore(%PODUID%)', first: -21.5, last: -0.4, count: 96 },
    ],
    logs: {
      'teastore-image#0/teastore-image': jvm,
      'teastore-image#0/teastore-image/previous': jvm,
      'teastore-image#old0/teastore-image': [
        tomcatLog(-60 * 24 * 6 + 0.5, 'INFO', { t: 'main', c: 'org.apache.catalina.startup.Catalina.start' }, 'Server startup in [8214] milliseconds'),
        tomcatLog(-60 * 24 * 6 + 0.6, 'INFO', { t: 'pool-1-thread-1', c: 'tools.descartes.teastore.registryclient.RegistryClient.register' }, 'Registered with registry at teastore-registry:8080'),
      ],
    },
  },
];
