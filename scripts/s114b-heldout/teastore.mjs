// Blind held-out batch s114b: one TeaStore scenario (split: test), on the kit system definition.
// Built by scripts/s114b-build.mjs with the scenario kit; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/teastore.mjs';

export const system = base;
const IT = '2026-06-03T09:40:00Z';
const T = clock(IT);
const NEW = 'harbor.tea.lab/teastore/teastore-auth:1.4.3';
const exp = '2026-06-03T00:00:00Z';
const pullErr = `Failed to pull image "${NEW}": failed to pull and unpack image "${NEW}": failed to resolve reference "${NEW}": failed to do request: Head "https://harbor.tea.lab/v2/teastore/teastore-auth/manifests/1.4.3": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time %NOW% is after ${exp}`;
const tc = (min, level, cls, msg) => `${T.java(min).replace(' ', ' ').replace(/(\d{4})-(\d{2})-(\d{2})/, (_, y, m, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}-${y}`)} ${level} [${cls}] ${msg}`;

export const scenarios = [
  {
    folder: 's114b-teastore-auth-release-stuck',
    incidentTime: IT,
    description: 'teastore auth 1.4.3 release hasnt rolled out since 9:10, new pod stuck. login still works on the old one',
    expected: { component: 'auth', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'auth', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'time-expression', 'partial-name', 'tls-misconfig'],
    workloads: {
      'teastore-auth': {
        rollout: { at: -30, oldReplicas: 1, oldContainers: { 'teastore-auth': { image: 'descartesresearch/teastore-auth' } } },
        containers: { 'teastore-auth': { image: NEW } },
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-20), lastTransitionTime: T.iso(-20), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
        pods: [{ containers: { 'teastore-auth': cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW}"`) } }],
      },
    },
    events: [
      { on: 'deploy:teastore-auth', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-auth-%NEW% to 1', first: -30, last: -30 },
      { on: 'pod:teastore-auth#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -29.9, last: -29.9 },
      { on: 'pod:teastore-auth#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, fieldPath: 'spec.containers{teastore-auth}', first: -29.8, last: -2.6, count: 9 },
      { on: 'pod:teastore-auth#0', reason: 'Failed', type: 'Warning', message: pullErr.replace('%NOW%', T.iso(-2.6)), fieldPath: 'spec.containers{teastore-auth}', first: -29.8, last: -2.6, count: 9 },
      { on: 'pod:teastore-auth#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', fieldPath: 'spec.containers{teastore-auth}', first: -29.8, last: -2.6, count: 9 },
      { on: 'pod:teastore-auth#0', reason: 'BackOff', message: `Back-off pulling image "${NEW}"`, fieldPath: 'spec.containers{teastore-auth}', first: -29.7, last: -0.4, count: 121 },
      { on: 'pod:teastore-auth#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', fieldPath: 'spec.containers{teastore-auth}', first: -29.7, last: -0.4, count: 121 },
    ],
    logs: {
      'teastore-auth#old0/teastore-auth': [
        tc(-60 * 24 * 6 + 0.5, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start Server startup in [14211] milliseconds'),
        tc(-60 * 24 * 6 + 0.6, 'INFO', 'pool-1-thread-1', 'tools.descartes.teastore.registryclient.RegistryClient.registerOnce Registered teastore-auth:8080 with registry.'),
      ],
      'teastore-webui#0/teastore-webui': [
        tc(-12, 'INFO', 'http-nio-8080-exec-4', 'tools.descartes.teastore.webui.servlet.LoginActionServlet.handlePOSTRequest login user=user12'),
      ],
    },
    grounding: `
      Manifest: examples/kubernetes/teastore-clusterip.yaml (5ab1188): teastore-auth is one replica of
      descartesresearch/teastore-auth behind the Service teastore-auth:8080, default RollingUpdate strategy.
      Fault: the 1.4.3 release moved the image to the team's private Harbor registry, whose TLS certificate expired at
      midnight; containerd refuses the registry (x509: certificate has expired), the new pod stays in ImagePullBackOff, the
      Deployment reports ProgressDeadlineExceeded, and the old pod keeps serving (maxUnavailable rounds to 0).
      The old and new ReplicaSets differ only in image (and the pull policy that the tagged image defaults to).
      Deviation: the private registry, its host name and the release tag are the scenario's; upstream pulls from Docker Hub.
    `,
  },
];
