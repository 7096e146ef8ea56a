// Batch s32b held-out scenario for Istio Bookinfo (split: test), written blind on the kit system definition
// scripts/kit-systems/bookinfo.mjs reduced to the workloads bookinfo.yaml deploys; expanded by scripts/s32b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

// bookinfo.yaml deploys details-v1, ratings-v1, reviews-v1..v3 and productpage-v1 (no details-v2, ratings-v2-mysql, mysqldb);
// details-v1 and ratings-v1 then own the details and ratings Services.
const KEEP = ['details-v1', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1'];
const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
export const system = {
  ...base,
  workloads: base.workloads
    .filter((w) => KEEP.includes(w.name))
    .map((w) =>
      w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w.name === 'ratings-v1' ? { ...w, service: { name: 'ratings', ...HTTP } } : w,
    ),
};

// No fault: expected answer fixed before generation as none (noFault).
const INC = '2026-08-18T11:07:00Z';
const T = clock(INC);
const ROLL = -38; // reviews-v2 brought from 1.19.1 to the 1.20.1 the other Deployments run, at 10:29

const pp = [];
let n = 0;
for (let m = -30; m < 0; m += 0.35) {
  n++;
  const v = ['v1', 'v2', 'v3'][n % 3];
  pp.push(`send: b'GET /details/0 HTTP/1.1\\r\\nHost: details:9080\\r\\nuser-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nx-request-id: ${(n * 2654435761 >>> 0).toString(16)}-7c1e-9a4b-8f21-3d5e${(n * 40503 >>> 0).toString(16).padStart(8, '0')}\\r\\n\\r\\n'`);
  pp.push("reply: 'HTTP/1.1 200 OK\\r\\n'");
  pp.push('header: content-type: application/json');
  pp.push(`header: x-envoy-upstream-service-time: ${2 + (n % 4)}`);
  pp.push(`send: b'GET /reviews/0 HTTP/1.1\\r\\nHost: reviews:9080\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\n\\r\\n'`);
  pp.push("reply: 'HTTP/1.1 200 OK\\r\\n'");
  pp.push('header: content-type: application/json');
  pp.push(`header: x-envoy-upstream-service-time: ${v === 'v1' ? 9 + (n % 5) : 21 + (n % 9)}`);
  pp.push(`INFO:werkzeug:127.0.0.6 - - [${T.java(m).slice(8, 10)}/Aug/2026 ${T.java(m).slice(11, 19)}] "GET /productpage HTTP/1.1" 200 -`);
}

const liberty = (m) => [
  'Launching defaultServer (Open Liberty 24.0.0.4/wlp-1.0.88.cl240420240402-1901) on Eclipse OpenJ9 VM, version 17.0.11+9 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 1.932 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.1, jsonp-1.1, servlet-4.0].',
  `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in ${m === 0 ? '5.871' : '6.204'} seconds.`,
];

export const scenarios = [
  bookinfoScenario({
    folder: 's32b-stars-come-and-go',
    split: 'test',
    description: 'bookinfo productpage: review stars show up sometimes, sometimes black sometimes red, sometimes none?? is reviews broken',
    incidentTime: INC,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy'],
    grounding: `
      istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (1.20.1 images) with sidecar injection: three reviews
      Deployments (v1 without ratings, v2 black stars, v3 red stars) share the reviews Service selecting app=reviews, and no
      VirtualService pins a version, so successive page loads round-robin between them. This is the behaviour the Istio
      traffic-management tasks describe before "Request Routing" is applied; engineers new to the demo regularly report it as a
      bug. Nothing is broken: every pod is Ready, productpage gets 200 from details and reviews (http.client debug output and
      werkzeug lines as productpage prints them), reviews-v1 answers faster because it does not call ratings.
      Decoys: a reviews-v2 rollout 38 minutes earlier (1.19.1 to 1.20.1 like the other Deployments, healthy and Ready, Liberty started normally) and
      a ratings restart three days ago.`,
    workloads: {
      'reviews-v2': {
        rollout: { at: ROLL, revision: 3, oldReplicas: 0, oldContainers: { reviews: { image: 'docker.io/istio/examples-bookinfo-reviews-v2:1.19.1' } } },
      },
      'ratings-v1': {
        pods: [
          {
            containers: {
              ratings: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 - 17),
                last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 17.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v2-%NEW% to 1', first: ROLL },
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v2-%OLD% to 0 from 1', first: ROLL + 0.9 },
      { on: 'pod:reviews-v2#0', reason: 'Pulled', message: 'Successfully pulled image "docker.io/istio/examples-bookinfo-reviews-v2:1.20.1" in 6.418s (6.418s including waiting). Image size: 296483532 bytes.', first: ROLL + 0.2, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v2#0', reason: 'Started', message: 'Started container reviews', first: ROLL + 0.3, fieldPath: 'spec.containers{reviews}' },
    ],
    logs: {
      'productpage-v1#0/productpage': pp,
      'reviews-v2#0/reviews': liberty(ROLL),
      'reviews-v3#0/reviews': liberty(0),
    },
  }),
];
