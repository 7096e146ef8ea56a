// Blind held-out batch s100b: one Robot Shop scenario (split test), built by scripts/s100b-build.mjs with the scenario
// kit; the system is scripts/kit-systems/robot-shop.mjs (instana/robot-shop helm chart), spec passed through withDefaults.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;

const IT = '2026-05-26T08:47:00Z';
const T = clock(IT);
export const NEW_IMAGE = 'ghcr.io/acme-robots/rs-cart:2.1.1';
const PULL = `failed to pull and unpack image "${NEW_IMAGE}": failed to resolve reference "${NEW_IMAGE}": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aacme-robots%2Frs-cart%3Apull&service=ghcr.io: 403 Forbidden`;
const ROLL = -24;

export const scenarios = [
  withDefaults({
    folder: 's100b-cart-deploy-stuck',
    incidentTime: IT,
    description: 'deploy of cart 2.1.1 has been hanging in the pipeline for ~20 min and then timed out, shop itself seems up. can someone look',
    expected: { component: 'cart', cause: 'image-pull' },
    alsoAcceptable: [{ component: 'cart', cause: 'bad-deploy-rollout' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'bad-credentials', 'time-expression'],
    workloads: {
      cart: {
        rollout: { at: ROLL, revision: 7, oldReplicas: 1, oldContainers: { cart: { image: 'robotshop/rs-cart:2.1.0' } } },
        containers: { cart: { image: NEW_IMAGE } },
        pods: [{ containers: { cart: cs.waiting('ImagePullBackOff', `Back-off pulling image "${NEW_IMAGE}"`) } }],
        rsReplicas: 1,
        unavailableSince: ROLL,
        deployStatus: {
          observedGeneration: 7, replicas: 2, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1, unavailableReplicas: 1,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 6), lastTransitionTime: T.iso(-60 * 24 * 6), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'False', lastUpdateTime: T.iso(ROLL + 10.1), lastTransitionTime: T.iso(ROLL + 10.1), reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "%NEWRS%" has timed out progressing.' },
          ],
        },
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'pod:cart#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: ROLL + 0.1, last: ROLL + 0.1 },
      { on: 'pod:cart#0', reason: 'Pulling', message: `Pulling image "${NEW_IMAGE}"`, first: ROLL + 0.2, last: -1.4, count: 9, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Failed', type: 'Warning', message: `Failed to pull image "${NEW_IMAGE}": ${PULL}`, first: ROLL + 0.25, last: -1.3, count: 9, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: ROLL + 0.25, last: -1.3, count: 9, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'BackOff', message: `Back-off pulling image "${NEW_IMAGE}"`, first: ROLL + 0.4, last: -0.6, count: 96, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: ROLL + 0.4, last: -0.6, count: 96, fieldPath: 'spec.containers{cart}' },
    ],
    logs: {
      'cart#old0/cart': [
        pino(T, -60 * 24 * 6 + 0.5, 'info', '%POD%', 'connected to redis'),
        pino(T, -60 * 24 * 6 + 0.51, 'info', '%POD%', 'started on port 8080'),
        pino(T, -15, 'info', '%POD%', 'request completed', '"req":{"id":10233,"method":"GET","url":"/cart/e6c1a6a3-9c1f-4b7c-8f0e-2a1d3b4c5e6f","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":3,'),
        pino(T, -4, 'info', '%POD%', 'request completed', '"req":{"id":10290,"method":"GET","url":"/add/e6c1a6a3-9c1f-4b7c-8f0e-2a1d3b4c5e6f/RED/1","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":11,'),
      ],
    },
    grounding: `
      instana/robot-shop helm chart (55292e2): cart is one replica of robotshop/rs-cart:2.1.0 (Node, pino logs) with the
      default RollingUpdate strategy, so a new pod that never starts leaves the old one serving. Deviation: revision 7,
      24 minutes before the incident, moves cart to a private GHCR image (ghcr.io/acme-robots/rs-cart:2.1.1) and adds
      imagePullSecrets ghcr-pull to the pod template (old and new templates differ in exactly those two fields; the build
      script adds the imagePullSecrets). The fault follows the public GHCR behaviour for a pull secret whose personal
      access token has expired or lost read:packages: the token endpoint answers 403 Forbidden and containerd reports
      "failed to authorize: failed to fetch oauth token". The Deployment reports ProgressDeadlineExceeded after 600 s.
      Event texts follow kubelet 1.30 / containerd 1.7.
    `,
  }),
];
