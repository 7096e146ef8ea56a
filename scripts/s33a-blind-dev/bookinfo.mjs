// Batch s33a (blind dev): one Bookinfo incident on the kit's Bookinfo system (scripts/kit-systems/bookinfo.mjs).
// The Google Books API behind details-v2 answers 429 (daily quota exhausted); every product page loses its details panel.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INC = '2026-05-12T15:42:00Z';
const T = clock(INC);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// WEBrick's CommonLog time: [12/May/2026:15:31:07 UTC]
const webrick = (min) => {
  const iso = T.iso(min);
  return `${iso.slice(8, 10)}/${MON[Number(iso.slice(5, 7)) - 1]}/${iso.slice(0, 4)}:${iso.slice(11, 19)} UTC`;
};
const ISBN = '0486424618';

const detailsLog = [
  `[${T.iso(-60 * 20).replace('T', ' ').replace('Z', '')}] INFO  WEBrick 1.8.1`,
  `[${T.iso(-60 * 20).replace('T', ' ').replace('Z', '')}] INFO  ruby 3.3.1 (2024-04-23) [x86_64-linux]`,
  `[${T.iso(-60 * 20).replace('T', ' ').replace('Z', '')}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
];
const proxyLog = [];
const ppLog = [];
for (let m = -60; m < 0; m += 1.5) {
  const bad = m >= -33;
  const ms = 90 + Math.round((m * 7) % 40);
  detailsLog.push(`%IPOF:productpage-v1#0% - - [${webrick(m)}] "GET /details/0 HTTP/1.1" ${bad ? 400 : 200} ${bad ? 66 : 178}`);
  detailsLog.push('- -> /details/0');
  proxyLog.push(
    `[${T.isoMs(m - 0.002)}] "GET /books/v1/volumes?q=isbn:${ISBN} HTTP/1.1" ${bad ? 429 : 200} - via_upstream - "-" 0 ${bad ? 389 : 2143} ${ms} ${ms - 1} "-" "Ruby" "${['3f1c', '9a07', 'c2d4', '5e8b'][Math.abs(Math.round(m)) % 4]}e0b1-7d2a-9c4e-8f13-${String(Math.abs(Math.round(m * 10))).padStart(6, '0')}a1b2c3" "www.googleapis.com" "142.250.191.74:443" outbound|80||www.googleapis.com %PODIP%:49212 142.250.191.74:80 %PODIP%:51822 - default`,
  );
  proxyLog.push(
    `[${T.isoMs(m - 0.003)}] "GET /details/0 HTTP/1.1" ${bad ? 400 : 200} - via_upstream - "-" 0 ${bad ? 66 : 178} ${ms + 4} ${ms + 3} "-" "python-requests/2.32.3" "${['7b21', '0c9e'][Math.abs(Math.round(m)) % 2]}a0f3-4d1e-9a8b-b7c6-${String(Math.abs(Math.round(m * 10))).padStart(6, '0')}d4e5f6" "details:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:41587 %PODIP%:9080 %IPOF:productpage-v1#0%:39214 outbound_.9080_._.details.bookinfo.svc.cluster.local default`,
  );
  ppLog.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`);
  ppLog.push(`send: b'GET /details/0 HTTP/1.1\\r\\nHost: details:9080\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\n\\r\\n'`);
  ppLog.push(bad ? `reply: 'HTTP/1.1 400 Bad Request\\r\\n'` : `reply: 'HTTP/1.1 200 OK\\r\\n'`);
  ppLog.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" ${bad ? 400 : 200} ${bad ? 66 : 178}`);
  ppLog.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${m % 3 ? 358 : 295}`);
}
const ratingsLog = [];
for (let m = -48; m < 0; m += 2.2) ratingsLog.push(`GET /ratings/0`);

export const scenarios = [
  bookinfoScenario({
    folder: 's33a-details-google-books-quota',
    incidentTime: INC,
    description: 'bookinfo product page: "Sorry, product details are currently unavailable for this book" on every book since ~15:10, reviews still show',
    expected: { component: 'google-books', cause: 'external-dependency' },
    alsoAcceptable: [{ component: 'details', cause: 'external-dependency' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'external-dependency-failure', 'callers-only', 'time-expression', 'decoy'],
    grounding: `
      Bookinfo with details-v2 (bookinfo-details-v2.yaml, DO_NOT_ENCRYPT=true) taking all traffic for the details Service (a
      VirtualService routes to subset v2; details-v1 stays deployed) and the upstream egress setup (ServiceEntry www.googleapis.com
      port 80, TLS originated by the sidecar: outbound|80||www.googleapis.com). details.rb fetch_details_from_external_service calls
      GET https://www.googleapis.com/books/v1/volumes?q=isbn:<isbn> and reads json['items'][0]['volumeInfo'] without checking the
      status; when the Google Books API project runs out of its daily "Queries per day" quota it answers 429 RESOURCE_EXHAUSTED, the
      body has no items, the NoMethodError is rescued and WEBrick answers 400 {"error": ...}. productpage.py then renders "Sorry,
      product details are currently unavailable for this book." (its requests/http.client debug logging shows the 400). The
      only place the 429 is visible is the details-v2 sidecar's access log (Istio default TEXT format, meshConfig accessLogFile
      /dev/stdout). All pods are Ready, no Warning event. Decoys: a ratings-v1 rollout 50 minutes earlier (healthy) and a
      reviews-v2 container restart three days ago. Known-issue basis: public reports of the Books API 429 "Quota exceeded for
      quota metric 'Queries' and limit 'Queries per day'" for unauthenticated or low-quota projects.
    `,
    workloads: {
      'ratings-v1': {
        rollout: { at: -50, oldContainers: { ratings: { image: 'docker.io/istio/examples-bookinfo-ratings-v1:1.19.1' } } },
      },
      'reviews-v2': {
        pods: [
          {
            containers: {
              reviews: {
                state: { running: { startedAt: T.iso(-60 * 24 * 3) } },
                lastState: { terminated: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2), containerID: '%CID%' } },
                ready: true, started: true, restartCount: 1,
              },
            },
          },
        ],
      },
      'details-v2': { since: -60 * 20 },
    },
    events: [
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -50 },
      { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -49 },
      { on: 'pod:ratings-v1#0', reason: 'Pulled', message: 'Successfully pulled image "docker.io/istio/examples-bookinfo-ratings-v1:1.20.1" in 3.184s (3.184s including waiting). Image size: 61530114 bytes.', first: -49.8, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container ratings', first: -49.7, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: {
      'details-v2#0/details': detailsLog,
      'details-v2#0/istio-proxy': [
        `${T.isoMs(-60 * 20)}\tinfo\tFLAG: --concurrency="2"`,
        `${T.isoMs(-60 * 20 + 0.05)}\tinfo\tEnvoy proxy is ready`,
        ...proxyLog,
      ],
      'productpage-v1#0/productpage': ppLog,
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080', ...ratingsLog],
      'reviews-v2#0/reviews': [
        `[${T.java(-60 * 24 * 3)}] [AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 11.204 seconds.`,
      ],
    },
  }),
];
