// Held-out batch s74a (split test), Bookinfo: one blind scenario on scripts/kit-systems/bookinfo.mjs (Istio samples
// bookinfo, sidecar-injected), through its bookinfoScenario selectors; built by scripts/s74a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as full, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

// The workloads bookinfo.yaml deploys (details-v1 and ratings-v1 own the details and ratings Services).
const KEEP = ['details-v1', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1'];
const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => KEEP.includes(w.name))
    .map((w) => (w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w.name === 'ratings-v1' ? { ...w, service: { name: 'ratings', ...HTTP } } : w)),
};

const incidentTime = '2026-03-26T11:37:00Z';
const T = clock(incidentTime);
const NEW_IMAGE = '514983721706.dkr.ecr.us-east-2.amazonaws.com/bookinfo/reviews-v3:1.20.1-ol24';
const OLD_IMAGE = 'docker.io/istio/examples-bookinfo-reviews-v3:1.20.1';

const libertyBoot = (failing) => [
  'Launching defaultServer (Open Liberty 24.0.0.2/wlp-1.0.86.cl240220240205-1901) on Eclipse OpenJ9 VM, version 11.0.22+7 (en_US)',
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/open-default-port.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  ...(failing
    ? [
        '[ERROR   ] CWWKZ0002E: An exception occurred while starting the application reviews-app. The exception message was: com.ibm.ws.container.service.state.StateChangeException: java.lang.NoClassDefFoundError: javax/json/Json',
        '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jsonp-2.1, jaxrs-3.1, restfulWS-3.1, servlet-6.0].',
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 7.318 seconds.',
      ]
    : [
        '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://reviews-v1:9080/',
        '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 1.204 seconds.',
        '[AUDIT   ] CWWKF0012I: The server installed the following features: [jaxrs-2.0, jsonp-1.0, servlet-3.1].',
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.882 seconds.',
      ]),
];

const ppLog = () => {
  const out = ['INFO:root:start at port 9080'];
  let k = 0;
  for (let m = -55; m < -0.3; m += 0.4) {
    const id = k % 2;
    const v = ['v1', 'v2', 'v3'][k % 3];
    k++;
    out.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`);
    out.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/${id} HTTP/1.1" 200 178`);
    out.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`);
    if (v === 'v3' && m > -41) out.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/${id} HTTP/1.1" 404 152`);
    else out.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/${id} HTTP/1.1" 200 ${v === 'v1' ? 358 : 437}`);
    out.push(`INFO:werkzeug:${`10.0.${(k % 3)}.${30 + (k % 9)}`} - - [${T.java(m).slice(8, 10)}/Mar/${T.java(m).slice(0, 4)} ${T.java(m).slice(11, 19)}] "GET /productpage HTTP/1.1" 200 -`);
  }
  return out;
};

export const scenarios = [
  bookinfoScenario({
    folder: 's74a-reviews-sometimes-missing',
    incidentTime,
    description: 'product page: "Sorry, product reviews are currently unavailable for this book" on roughly every 3rd refresh since this morning. details + stars look fine',
    expected: { component: 'reviews', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'callers-only', 'time-expression'],
    grounding: `
      Manifest facts (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml): the reviews Service selects app=reviews,
      so reviews-v1, -v2 and -v3 (one replica each) share its traffic; no application container has a readiness or
      liveness probe, only the injected istio-proxy has one (/healthz/ready on 15021), so a reviews pod is Ready whether or
      not its Liberty application started. productpage (Python, requests/urllib3 at DEBUG) calls http://reviews:9080/reviews/<id>
      and prints "Sorry, product reviews are currently unavailable for this book." for any non-200 answer.
      Fault: the community team rolled out a rebuilt reviews-v3 image (their Open Liberty 24 / Jakarta EE 10 migration)
      at 10:56; the server starts but the application fails with CWWKZ0002E ... NoClassDefFoundError: javax/json/Json (the
      javax-to-jakarta namespace break public Open Liberty migration reports show), so its context root does not exist and
      every /reviews/<id> request to the v3 pod gets a Liberty 404. The pod stays Running and Ready; only the callers see it,
      about one request in three. The new ReplicaSet's template differs from the old one only in the reviews image.
      Deviations from upstream: the image of reviews-v3 is the operator's own build in their ECR registry
      (${NEW_IMAGE}); details-v1 and ratings-v1 own the details and ratings Services as bookinfo.yaml has it.
    `,
    workloads: {
      'details-v1': { serviceSelector: { app: 'details' } },
      'ratings-v1': { serviceSelector: { app: 'ratings' } },
      'reviews-v3': {
        rollout: { at: -41, oldContainers: { reviews: { image: OLD_IMAGE } } },
        containers: { reviews: { image: NEW_IMAGE } },
      },
    },
    events: [
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reviews-v3-%NEW% to 1', first: -41 },
      { on: 'deploy:reviews-v3', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1', first: -40.4 },
      { on: 'pod:reviews-v3#0', reason: 'Pulling', message: `Pulling image "${NEW_IMAGE}"`, first: -40.9, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v3#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMAGE}" in 6.214s (6.214s including waiting). Image size: 287422918 bytes.`, first: -40.8, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v3#0', reason: 'Created', message: 'Created container reviews', first: -40.8, fieldPath: 'spec.containers{reviews}' },
      { on: 'pod:reviews-v3#0', reason: 'Started', message: 'Started container reviews', first: -40.8, fieldPath: 'spec.containers{reviews}' },
    ],
    logs: {
      'reviews-v3#0/reviews': libertyBoot(true),
      'reviews-v1#0/reviews': libertyBoot(false),
      'reviews-v2#0/reviews': libertyBoot(false).map((l) => l.replace('reviews-v1', 'reviews-v2')),
      'productpage-v1#0/productpage': ppLog(),
    },
  }),
];
