// Blind dev batch s121c: one Bookinfo scenario (config-error on productpage: DETAILS_HOSTNAME misspelt in a kustomize
// patch), on the kit's bookinfo system through bookinfoScenario for the upstream selectors.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const IT = '2026-05-16T08:12:00Z';
const T = clock(IT);
const pp = system.workloads.find((w) => w.name === 'productpage-v1').containers[0];
const py = (m) => T.java(m).replace('.', ',');
const ppLog = [];
for (let m = -26; m < -0.5; m += 1.1) {
  ppLog.push(`INFO:root:start request: GET /productpage`);
  ppLog.push(`${py(m)} ERROR Error fetching http://detials:9080/details/0: HTTPConnectionPool(host='detials', port=9080): Max retries exceeded with url: /details/0 (Caused by NameResolutionError("<urllib3.connection.HTTPConnection object at 0x7f3c1a2b9e50>: Failed to resolve 'detials' ([Errno -2] Name or service not known)"))`);
  ppLog.push(`INFO:werkzeug:127.0.0.6 - - [${new Date(Date.parse(T.isoMs(m))).toUTCString().slice(5, 25).replace(/ /, '/').replace(/ /, '/').replace(' ', ':')}] "GET /productpage HTTP/1.1" 200 -`);
}
const reviews = [];
for (let m = -26; m < -0.5; m += 2.2) reviews.push(`[${T.java(m).replace(' ', 'T')}Z] [INFO] SRVE0242I: [reviews-app] [/] [com.ibm.ws.jaxrs20.web.JaxRsServlet]: Initialization successful.`.replace(/Initialization successful\./, 'Initialization successful.'));

export const scenarios = [
  bookinfoScenario({
    folder: 's121c-productpage-details-hostname-typo',
    incidentTime: IT,
    description: 'bookinfo prod page: "Sorry, product details are currently unavailable for this book." since around 7:45. reviews still show',
    expected: { component: 'productpage', cause: 'config-error' },
    alsoAcceptable: [{ component: 'productpage', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'time-expression', 'typo'],
    workloads: {
      'productpage-v1': {
        containers: { productpage: { env: [{ name: 'DETAILS_HOSTNAME', value: 'detials' }] } },
        rollout: { at: -27, revision: 2, oldContainers: { productpage: { env: undefined } }, oldReplicas: 0 },
      },
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: -27, source: 'deployment-controller' },
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1', first: -26.3, source: 'deployment-controller' },
    ],
    logs: { 'productpage-v1#0/productpage': ppLog },
    grounding: `
      Manifest facts (istio/istio samples/bookinfo/platform/kube/bookinfo.yaml): productpage.py reads DETAILS_HOSTNAME
      (default "details") and builds http://<host>:9080/details/<id>; on error it renders "Sorry, product details are
      currently unavailable for this book." and still answers 200. Fault: a kustomize patch adding DETAILS_HOSTNAME for a
      multi-namespace test spelt it "detials"; urllib3 fails name resolution for every request; reviews are unaffected.
      productpage stays Ready. Deviation: the env entry and a second ReplicaSet differing only by it.`,
  }),
];
