// Blind dev batch s127b: Bookinfo scenario (Google Books answering slowly, details-v2 read timeouts).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;
const T = clock('2026-02-17T09:44:00Z');
const MON = ['Jan', 'Feb', 'Mar'];
const p2 = (n) => String(n).padStart(2, '0');
const web = (min) => { const d = new Date(Date.parse(T.isoMs(min))); return `${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} UTC`; };
const wb = (min) => { const d = new Date(Date.parse(T.isoMs(min))); return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`; };

const details = [`[${wb(-60 * 24 * 12)}] INFO  WEBrick 1.4.2`, `[${wb(-60 * 24 * 12)}] INFO  ruby 2.7.1 (2020-03-31) [x86_64-linux]`, `[${wb(-60 * 24 * 12)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`];
const dproxy = [];
const pproxy = [];
const rid = (m) => `${Math.abs(Math.round(m * 7919)).toString(16)}a1-4c2e-9b7d-8e3f-0a6b5c4d3e2f`;
for (let m = -70; m < -20; m += 3) {
  details.push(`127.0.0.6 - - [${web(m)}] "GET /details/0 HTTP/1.1" 200 178 0.6210`);
  dproxy.push(`[${T.isoMs(m)}] "GET /books/v1/volumes?q=isbn:0486424618 HTTP/1.1" 200 - via_upstream - "-" 0 2875 598 597 "-" "Ruby" "${rid(m)}" "www.googleapis.com" "142.250.191.106:443" outbound|443||www.googleapis.com 192.168.45.201:51822 142.250.191.106:443 192.168.45.201:40116 - -`);
  pproxy.push(`[${T.isoMs(m)}] "GET /details/0 HTTP/1.1" 200 - via_upstream - "-" 0 178 624 623 "-" "python-requests/2.31.0" "${rid(m)}" "details:9080" "%IPOF:details-v2#0%:9080" outbound|9080||details.bookinfo.svc.cluster.local 192.168.11.93:42318 10.100.61.38:9080 192.168.11.93:55410 - default`);
}
for (let m = -19.5; m < -0.2; m += 0.9) {
  const ok = Math.round(m * 10) % 5 === 0;
  if (ok) {
    details.push(`127.0.0.6 - - [${web(m)}] "GET /details/0 HTTP/1.1" 200 178 4.3817`);
    dproxy.push(`[${T.isoMs(m)}] "GET /books/v1/volumes?q=isbn:0486424618 HTTP/1.1" 200 - via_upstream - "-" 0 2875 4371 4370 "-" "Ruby" "${rid(m)}" "www.googleapis.com" "142.250.191.106:443" outbound|443||www.googleapis.com 192.168.45.201:51822 142.250.191.106:443 192.168.45.201:40116 - -`);
  } else {
    details.push(`[${wb(m + 0.085)}] ERROR Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>`);
    details.push(`\t/usr/local/lib/ruby/2.7.0/net/protocol.rb:217:in \`rbuf_fill'`);
    details.push(`\t/usr/local/lib/ruby/2.7.0/net/http.rb:1511:in \`transport_request'`);
    details.push(`\t/opt/microservices/details.rb:105:in \`fetch_details_from_external_service'`);
    details.push(`127.0.0.6 - - [${web(m + 0.085)}] "GET /details/0 HTTP/1.1" 500 78 5.0047`);
    dproxy.push(`[${T.isoMs(m)}] "GET /books/v1/volumes?q=isbn:0486424618 HTTP/1.1" 0 DC downstream_remote_disconnect - "-" 0 0 5001 - "-" "Ruby" "${rid(m)}" "www.googleapis.com" "142.250.191.106:443" outbound|443||www.googleapis.com 192.168.45.201:51822 142.250.191.106:443 192.168.45.201:40116 - -`);
  }
  pproxy.push(`[${T.isoMs(m)}] "GET /details/0 HTTP/1.1" 0 DC downstream_remote_disconnect - "-" 0 0 3001 - "-" "python-requests/2.31.0" "${rid(m)}" "details:9080" "%IPOF:details-v2#0%:9080" outbound|9080||details.bookinfo.svc.cluster.local 192.168.11.93:42318 10.100.61.38:9080 192.168.11.93:55410 - default`);
  pproxy.push(`[${T.isoMs(m + 0.06)}] "GET /reviews/0 HTTP/1.1" 200 - via_upstream - "-" 0 358 41 40 "-" "python-requests/2.31.0" "${rid(m)}" "reviews:9080" "%IPOF:reviews-v3#0%:9080" outbound|9080||reviews.bookinfo.svc.cluster.local 192.168.11.93:39502 10.100.12.7:9080 192.168.11.93:47780 - default`);
}
const reviews = [`[${T.java(-60 * 24 * 3).replace(' ', 'T')}Z] [INFO    ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.512 seconds.`];

export const scenarios = [bookinfoScenario({
  folder: 's127b-googlebooks-slow-readtimeout',
  incidentTime: T.iso(0),
  description: "bookinfo product page takes forever + 'Sorry, product details are currently unavailable' for most loads since ~09:25. reviews/ratings show fine. detials pods are up",
  expected: { component: 'google-books', cause: 'external-dependency' },
  alsoAcceptable: [{ component: 'details', cause: 'external-dependency' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'external-dependency-failure', 'network-latency', 'louder-dependents', 'decoy', 'typo', 'time-expression'],
  grounding: `
    Bookinfo with details-v2 (bookinfo-details-v2.yaml: DO_NOT_ENCRYPT=true, TLS to www.googleapis.com originated by the
    mesh through a ServiceEntry/DestinationRule, Istio 1.23, mesh access logging on). Upstream details.rb calls
    https://www.googleapis.com/books/v1/volumes?q=isbn:... with Net::HTTP read_timeout 5 s and answers 500 on error;
    productpage gives details 3 s (timeout=3.0) and then shows "Sorry, product details are currently unavailable for
    this book." Fault outside the cluster: a partial slowdown of the Google Books API front ends serving us-east-2 since
    ~09:25 (answers take 4-6 s or more, no error status), so most details calls hit Net::ReadTimeout while a few succeed
    slowly. Pods all Ready, no restarts. Decoys: a productpage-v1 rollout 70 minutes before (healthy, image tag bump) and
    a reviews-v2 restart three days ago. Deviations: Envoy access-log lines and WEBrick log lines written by hand in
    their default formats; upstream istio-proxy access logs are off unless meshConfig.accessLogFile is set.`,
  workloads: {
    'productpage-v1': { rollout: { at: -70, revision: 3, oldContainers: { productpage: { image: 'docker.io/istio/examples-bookinfo-productpage-v1:1.20.0' } } } },
    'reviews-v2': { pods: [{ containers: { reviews: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }] },
  },
  events: [
    { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: -70, last: -70 },
    { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productpage-v1-%OLD% to 0 from 1', first: -69, last: -69 },
  ],
  logs: {
    'details-v2#0/details': details,
    'details-v2#0/istio-proxy': dproxy,
    'productpage-v1#0/istio-proxy': pproxy,
    'reviews-v2#0/reviews': reviews,
  },
})];
