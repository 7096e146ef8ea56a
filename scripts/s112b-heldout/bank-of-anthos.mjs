// Held-out batch s112b (blind): one Bank of Anthos scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/bank-of-anthos.mjs (GoogleCloudPlatform/bank-of-anthos v0.6.10 manifests).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog, image } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const IT = '2026-05-15T16:30:00Z';
const T = clock(IT);
const NEW = 'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/contacts:v0.6.11';
const msg = 'container has runAsNonRoot and image will run as root (pod: "%POD%_bank-of-anthos(%PODUID%)", container: contacts)';

export const scenarios = [
  withDefaults({
    folder: 's112b-contacts-runasnonroot-root-image',
    incidentTime: IT,
    description: 'contacts rollout v0.6.11 stuck, pipeline timed out after 15m. app still up',
    expected: { component: 'contacts', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'contacts', cause: 'config-error' }],
    difficulty: 'easy',
    traits: ['pods-ready', 'rollout-regression'],
    grounding: `
      Manifest facts: contacts (Python, :8080) with pod securityContext runAsNonRoot/runAsUser 1000 in v0.6.10.
      Fault follows the kubelet's runAsNonRoot verification (pkg/kubelet/kuberuntime/security_context_others.go,
      "container has runAsNonRoot and image will run as root"): release v0.6.11 rebuilt the image from a base without
      a USER line and the same change dropped runAsUser from the pod securityContext, so the new pod stays in
      CreateContainerConfigError; the old ReplicaSet keeps its pod (maxUnavailable 25 % of 1 rounds to 0).
      Deviation: only the image tag and the pod securityContext differ between the two templates.
    `,
    workloads: {
      contacts: {
        rollout: { at: -18, revision: 4, oldReplicas: 1, oldPatch: { podSecurityContext: { fsGroup: 1000, runAsGroup: 1000, runAsNonRoot: true, runAsUser: 1000 } }, oldContainers: { contacts: { image: image('contacts') } } },
        patch: { podSecurityContext: { fsGroup: 1000, runAsGroup: 1000, runAsNonRoot: true } },
        containers: { contacts: { image: NEW } },
        pods: [{ containers: { contacts: cs.waiting('CreateContainerConfigError', msg) } }],
        rsReplicas: 1,
      },
    },
    events: [
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -18 },
      { on: 'pod:contacts#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -17.9 },
      { on: 'pod:contacts#0', reason: 'Pulled', message: `Container image "${NEW}" already present on machine`, first: -17, last: -0.5, count: 80, fieldPath: 'spec.containers{contacts}' },
      { on: 'pod:contacts#0', reason: 'Failed', type: 'Warning', message: `Error: ${msg}`, first: -17, last: -0.5, count: 80, fieldPath: 'spec.containers{contacts}' },
    ],
    logs: {
      'contacts#old0/contacts': [
        plog(T, -5, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        plog(T, -1, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
      ],
    },
  }),
];
