// Blind held-out batch s86b: one Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system definition scripts/kit-systems/bookinfo.mjs; grounding notes in the scenario.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const INC = '2026-03-19T09:41:00Z';
const T = clock(INC);
const IMG = (t) => `docker.io/istio/examples-bookinfo-details-v1:${t}`;
const web = (min, path) => `${T.iso(min).replace('T', ' ').replace('Z', '')} +0000  ${path}`;

export const scenarios = [
  bookinfoScenario({
    folder: 's86b-details-planned-bump',
    description: 'saw the detials pods in bookinfo get replaced around 9:05, is something broken? product page looks ok to me',
    incidentTime: INC,
    difficulty: 'easy',
    traits: ['no-fault', 'decoy', 'typo', 'time-expression'],
    grounding: `
      Manifest facts: istio/istio samples/bookinfo/platform/kube/bookinfo.yaml: details-v1 (Ruby WEBrick, port 9080) with the Istio sidecar.
      No fault: a planned image bump of details-v1 (examples-bookinfo-details-v1 1.20.1 -> 1.20.2, nothing else changed) rolled out at
      09:05 and completed: the new pod is Ready, the old ReplicaSet is scaled to 0. The only warning is the istio-proxy readiness probe
      failing twice while Envoy was still receiving its configuration, which is normal at sidecar start.
      Nothing in the cluster is wrong; the engineer is asking whether the replacement they noticed is a problem.
      Deviations from upstream: the image tag of details-v1.
    `,
    workloads: {
      'details-v1': {
        containers: { details: { image: IMG('1.20.2') } },
        rollout: { at: -36, oldContainers: { details: { image: IMG('1.20.1') } } },
      },
    },
    events: [
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set details-v1-%NEW% to 1', first: -36 },
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set details-v1-%OLD% to 0 from 1', first: -35 },
      { on: 'rs:details-v1', reason: 'SuccessfulCreate', message: 'Created pod: details-v1-%RS%', first: -36 },
      { on: 'pod:details-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -35.5 },
      { on: 'pod:details-v1#0', reason: 'Pulling', message: `Pulling image "${IMG('1.20.2')}"`, fieldPath: 'spec.containers{details}', first: -35.4 },
      { on: 'pod:details-v1#0', reason: 'Pulled', message: `Successfully pulled image "${IMG('1.20.2')}" in 4.212s (4.212s including waiting). Image size: 32781463 bytes.`, fieldPath: 'spec.containers{details}', first: -35.3 },
      { on: 'pod:details-v1#0', reason: 'Started', message: 'Started container details', fieldPath: 'spec.containers{details}', first: -35.3 },
      { on: 'pod:details-v1#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', fieldPath: 'spec.containers{istio-proxy}', first: -35.3, last: -35.2, count: 2 },
    ],
    logs: {
      'details-v1#0/details': [
        `[${T.iso(-35.3).replace('T', ' ').replace('Z', '')}] INFO  WEBrick 1.8.1`,
        `[${T.iso(-35.3).replace('T', ' ').replace('Z', '')}] INFO  ruby 3.3.0 (2023-12-25) [x86_64-linux]`,
        `[${T.iso(-35.3).replace('T', ' ').replace('Z', '')}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
        `%IPOF:productpage-v1#0% - - [${T.iso(-20).replace('T', ' ').replace('Z', '')}] "GET /details/0 HTTP/1.1" 200 178 0.0007`,
        `%IPOF:productpage-v1#0% - - [${T.iso(-2).replace('T', ' ').replace('Z', '')}] "GET /details/0 HTTP/1.1" 200 178 0.0006`,
      ],
      'productpage-v1#0/productpage': [
        `INFO:root:start at port 9080`,
        `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
        `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 358`,
        `INFO:werkzeug:127.0.0.6 - - [${T.iso(-2).replace('T', ' ').replace('Z', '')}] "GET /productpage HTTP/1.1" 200 -`,
      ],
    },
  }),
];
