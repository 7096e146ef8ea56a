// Held-out batch s112b (blind): one Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/kit-systems/bookinfo.mjs (istio/istio samples/bookinfo, images 1.20.1, Istio 1.23).
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const IT = '2026-05-14T11:05:00Z';
const T = clock(IT);

export const scenarios = [
  bookinfoScenario({
    folder: 's112b-details-priorityclass-missing',
    incidentTime: IT,
    description: 'deploy of detials v1 hangs in argo for 25 min, new pods never show up. site seems fine',
    expected: { component: 'details', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'details', cause: 'config-missing' }, { component: 'details', cause: 'config-error' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'typo', 'time-expression'],
    grounding: `
      Manifest facts: details-v1 (Ruby, :9080) with the Istio sidecar, Service details (samples/bookinfo/platform/kube/bookinfo.yaml).
      Fault follows the Priority admission plugin's refusal (kubernetes/kubernetes plugin/pkg/admission/priority):
      a release added priorityClassName: bookinfo-critical to the pod template, but the PriorityClass was only created
      in the staging cluster. Every pod create of the new ReplicaSet is refused with
      'pods "details-v1-<hash>-" is forbidden: no PriorityClass with name bookinfo-critical was found', so the
      ReplicaSet has 0 pods, the Deployment's rollout stalls (ReplicaFailure / FailedCreate) and the old pod keeps serving.
      Deviations: the kit writes no priorityClassName field in the template; the template difference recorded here is
      the version env the release bumped (DETAILS_RELEASE), and the PriorityClass appears only in the events.
    `,
    workloads: {
      'details-v1': {
        rollout: { at: -26, revision: 5, oldReplicas: 1, oldContainers: { details: { env: [{ name: 'DETAILS_RELEASE', value: '2026.05.1' }] } } },
        containers: { details: { env: [{ name: 'DETAILS_RELEASE', value: '2026.05.2' }] } },
        pods: [],
        rsReplicas: 1,
      },
    },
    events: [
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set details-v1-%NEW% to 1', first: -26 },
      { on: 'rs:details-v1', source: 'replicaset-controller', reason: 'FailedCreate', type: 'Warning', message: 'Error creating: pods "details-v1-%RS%" is forbidden: no PriorityClass with name bookinfo-critical was found', first: -26, last: -0.8, count: 19 },
    ],
    logs: {
      'details-v1#old0/details': [
        `[${T.java(-60 * 24 * 6).slice(0, 19)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
        `127.0.0.6 - - [${T.iso(-3)}] "GET /details/0 HTTP/1.1" 200 178 0.0006`,
        `127.0.0.6 - - [${T.iso(-1)}] "GET /details/0 HTTP/1.1" 200 178 0.0005`,
      ],
      'productpage-v1#0/productpage': [
        `INFO:werkzeug:127.0.0.6 - - [${T.iso(-1)}] "GET /productpage HTTP/1.1" 200 -`,
      ],
    },
  }),
];
