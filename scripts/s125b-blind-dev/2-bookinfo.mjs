// Batch s125b (blind dev): Bookinfo, Google Books API answering 403 without `items` to details-v2.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system } from '../kit-systems/bookinfo.mjs';

const INC = '2026-05-21T09:47:00Z';
const T = clock(INC);
const web = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${String(d.getUTCDate()).padStart(2, '0')}/${mon}/${d.getUTCFullYear()}:${T.iso(min).slice(11, 19)} UTC`;
};
const details = [], proxy = [], product = [];
details.push(`[${T.iso(-60 * 24 * 9).replace('T', ' ').replace('Z', '')}] INFO  WEBrick 1.8.1`, `[${T.iso(-60 * 24 * 9).replace('T', ' ').replace('Z', '')}] INFO  ruby 3.1.2 (2022-04-12) [x86_64-linux]`, `[${T.iso(-60 * 24 * 9).replace('T', ' ').replace('Z', '')}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`);
for (let m = -50; m < -0.5; m += 0.9) {
  const bad = m > -27;
  details.push(`127.0.0.6 - - [${web(m)}] "GET /details/0 HTTP/1.1" ${bad ? 400 : 200} ${bad ? 71 : 178} 0.${bad ? 1 : 2}${Math.abs(Math.round(m * 13)) % 90 + 10}`);
  proxy.push(`[${T.isoMs(m - 0.002)}] "GET /books/v1/volumes?q=isbn:0486424618 HTTP/1.1" ${bad ? 403 : 200} - via_upstream - "-" 0 ${bad ? 312 : 2847} ${bad ? 118 : 164} ${bad ? 117 : 163} "-" "Ruby" "${['0f3c9a71', '5e2b8d04', 'c7a1f6e9'][Math.abs(Math.round(m)) % 3]}-3d1e-9b4a-a8f2-6e0c5d7b1f92" "www.googleapis.com" "142.250.190.74:443" outbound|443||www.googleapis.com ${'%PODIP%'}:4${Math.abs(Math.round(m * 100)) % 9000 + 1000} 142.250.190.74:443 %PODIP%:5${Math.abs(Math.round(m * 77)) % 9000 + 1000} - default`);
  proxy.push(`[${T.isoMs(m)}] "GET /details/0 HTTP/1.1" ${bad ? 400 : 200} - via_upstream - "-" 0 ${bad ? 71 : 178} ${bad ? 121 : 168} ${bad ? 120 : 167} "-" "python-requests/2.31.0" "${['0f3c9a71', '5e2b8d04', 'c7a1f6e9'][Math.abs(Math.round(m)) % 3]}-3d1e-9b4a-a8f2-6e0c5d7b1f92" "details:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:4${Math.abs(Math.round(m * 31)) % 9000 + 1000} %PODIP%:9080 %IPOF:productpage-v1#0%:3${Math.abs(Math.round(m * 53)) % 9000 + 1000} outbound_.9080_._.details.bookinfo.svc.cluster.local default`);
  if (bad && Math.round(m * 10) % 2 === 0) {
    product.push(`ERROR:root:Error: Sorry, product details are currently unavailable for this book. status 400 from http://details:9080/details/0`);
  }
  product.push(`INFO:werkzeug:127.0.0.6 - - [${web(m + 0.01)}] "GET /productpage HTTP/1.1" 200 -`);
}
export const scenarios = [
  bookinfoScenario({
    folder: 's125b-google-books-quota-403-details',
    incidentTime: INC,
    description: 'bookinfo product page: book details box says "product details are currently unavailable" on roughly half the loads, started ~9:20. reviews look fine. catalog team pls check',
    expected: { component: 'google-books', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'details', cause: 'external-dependency' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'external-dependency-failure', 'callers-only', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Istio Bookinfo (istio/istio samples/bookinfo/platform/kube): details-v2 (bookinfo-details-v2.yaml, image built with
      ENABLE_EXTERNAL_BOOK_SERVICE=true, DO_NOT_ENCRYPT=true, TLS originated by the mesh through the googleapis
      ServiceEntry/DestinationRule of samples/bookinfo/networking/egress-rule-google-apis.yaml) fetches
      https://www.googleapis.com/books/v1/volumes?q=isbn:... and details.rb does json['items'][0]['volumeInfo'];
      its mount_proc rescues any error and answers 400 {"error": ...}, which productpage turns into "Sorry, product
      details are currently unavailable for this book." The fault follows the widely reported Google Books behaviour of
      answering unauthenticated (no API key) volume queries from a shared egress IP with 403 "dailyLimitExceededUnreg" /
      "Daily Limit for Unauthenticated Use Exceeded" once Google tightens the anonymous quota: the provider changed what
      it answers, nothing in the cluster changed. The details-v2 sidecar's access log shows 403 from www.googleapis.com;
      the Ruby app logs only 400 access lines. details-v1 (no external call) serves the other half of the requests fine.
      All pods Running and Ready. Decoys: a reviews-v2 container OOM-killed four days ago, and a healthy ratings-v1
      rollout 90 minutes earlier. Deviations: productpage's error log line is condensed from its logging output.
    `,
    workloads: {
      'reviews-v2': {
        pods: [{ containers: { reviews: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.2) } }) } }],
      },
      'ratings-v1': { rollout: { at: -90, oldContainers: { ratings: { image: 'docker.io/istio/examples-bookinfo-ratings-v1:1.20.0' } } } },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -90 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -89 },
      { on: 'pod:ratings-v1#0', reason: 'Pulling', message: 'Pulling image "docker.io/istio/examples-bookinfo-ratings-v1:1.20.1"', first: -89.8 },
      { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container ratings', first: -89.5 },
    ],
    logs: {
      'details-v2#0/details': details,
      'details-v2#0/istio-proxy': proxy,
      'productpage-v1#0/productpage': product,
    },
  }),
];
