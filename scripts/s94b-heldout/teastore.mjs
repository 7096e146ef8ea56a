// Held-out batch s94b (blind): one TeaStore scenario on the kit system scripts/kit-systems/teastore.mjs.
// Spec for scripts/s2-scenario-kit.mjs; grounding in the scenario itself.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };
const T = clock('2026-05-19T09:52:00Z');
const IMG = 'harbor.lab.local/teastore/teastore-webui';
const err = `failed to pull and unpack image "${IMG}:1.4.1": failed to resolve reference "${IMG}:1.4.1": failed to do request: Head "https://harbor.lab.local/v2/teastore/teastore-webui/manifests/1.4.1": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time ${T.iso(-1)} is after 2026-05-19T00:00:00Z`;
const tc = (min, level, thread, logger, msg) => { const d = new Date(Date.parse(T.isoMs(min))); const mon = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; return `${String(d.getUTCDate()).padStart(2, '0')}-${mon}-${d.getUTCFullYear()} ${d.toISOString().slice(11, 23)} ${level} [${thread}] ${logger} ${msg}`; };
export const scenarios = [{
  folder: 's94b-webui-release-stuck',
  description: 'webui 1.4.1 release hangs in argo since 09:20, shop itself still works',
  incidentTime: '2026-05-19T09:52:00Z',
  expected: { component: 'webui', cause: 'image-pull' },
  alsoAcceptable: [{ component: 'webui', cause: 'external-dependency' }],
  difficulty: 'easy', traits: ['partial-name', 'time-expression', 'pods-ready'],
  grounding: `TeaStore teastore-clusterip.yaml (webui one replica, no probes). Fault follows public reports of containerd pulls from a
    self-hosted Harbor failing once its TLS certificate expires ("tls: failed to verify certificate: x509: certificate has
    expired or is not yet valid"): ErrImagePull then ImagePullBackOff on the new pod, while the old ReplicaSet's pod keeps
    serving (maxUnavailable rounds to 0). Deviations from upstream: the team mirrors the webui image into an internal
    Harbor with version tags (1.4.0 -> 1.4.1); only the image differs between the ReplicaSets.`,
  workloads: {
    'teastore-webui': {
      containers: { 'teastore-webui': { image: `${IMG}:1.4.1` } },
      rollout: { at: -32, oldContainers: { 'teastore-webui': { image: `${IMG}:1.4.0` } }, oldReplicas: 1 },
      pods: [{ containers: { 'teastore-webui': cs.waiting('ImagePullBackOff', `Back-off pulling image "${IMG}:1.4.1"`) } }],
      progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-31.5), lastTransitionTime: T.iso(-31.5), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
    },
  },
  events: [
    { on: 'deploy:teastore-webui', reason: 'ScalingReplicaSet', message: 'Scaled up replica set teastore-webui-%NEW% to 1', first: -32 },
    { on: 'pod:teastore-webui#0', reason: 'Scheduled', message: 'Successfully assigned teastore/%POD% to %NODE%', first: -31.5, source: 'default-scheduler' },
    { on: 'pod:teastore-webui#0', reason: 'Pulling', message: `Pulling image "${IMG}:1.4.1"`, first: -31.4, last: -2.2, count: 9, fieldPath: 'spec.containers{teastore-webui}' },
    { on: 'pod:teastore-webui#0', reason: 'Failed', message: `Failed to pull image "${IMG}:1.4.1": ${err}`, first: -31.3, last: -2.1, count: 9, type: 'Warning', fieldPath: 'spec.containers{teastore-webui}' },
    { on: 'pod:teastore-webui#0', reason: 'Failed', message: 'Error: ErrImagePull', first: -31.3, last: -2.1, count: 9, type: 'Warning', fieldPath: 'spec.containers{teastore-webui}' },
    { on: 'pod:teastore-webui#0', reason: 'BackOff', message: `Back-off pulling image "${IMG}:1.4.1"`, first: -31, last: -0.3, count: 131, fieldPath: 'spec.containers{teastore-webui}' },
    { on: 'pod:teastore-webui#0', reason: 'Failed', message: 'Error: ImagePullBackOff', first: -31, last: -0.3, count: 131, type: 'Warning', fieldPath: 'spec.containers{teastore-webui}' },
  ],
  logs: {
    'teastore-webui#old0/teastore-webui': [
      tc(-60 * 24 * 6 + 1, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [14211] milliseconds'),
    ],
    'teastore-persistence#0/teastore-persistence': [
      tc(-60 * 24 * 9 + 1, 'INFO', 'main', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [22840] milliseconds'),
    ],
  },
}];
