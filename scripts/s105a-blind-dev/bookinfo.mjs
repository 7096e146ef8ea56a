// Blind dev batch s105a, Bookinfo: one scenario (mesh outbound policy REGISTRY_ONLY black-holes details-v2's Google Books calls).
// Spec for scripts/s2-scenario-kit.mjs build() through bookinfoScenario; system from scripts/kit-systems/bookinfo.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const I = '2026-05-22T08:30:00Z';
const T = clock(I);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => { const d = new Date(Date.parse(T.iso(min))); return `${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${T.go(min).slice(11)} UTC`; };
const details = ['[' + T.java(-60 * 24 * 4).slice(0, 19) + '] INFO  WEBrick 1.8.1', '[' + T.java(-60 * 24 * 4).slice(0, 19) + '] INFO  ruby 3.3.4 (2024-07-09) [x86_64-linux]', '[' + T.java(-60 * 24 * 4).slice(0, 19) + '] INFO  WEBrick::HTTPServer#start: pid=1 port=9080'];
const envoyD = [], envoyP = [], pp = [];
for (let k = 0; k < 8; k++) {
  const m = -28 + k * 3.5;
  details.push(`%IPOF:productpage-v1#0% - - [${clf(m)}] "GET /details/0 HTTP/1.1" 400 ${k % 2 ? 93 : 74}`);
  details.push(`- -> /details/0`);
  envoyD.push(`[${T.isoMs(m)}] "- - -" 0 UH - - "-" 0 0 0 - "-" "-" "-" "-" "-" BlackHoleCluster - 142.250.${180 + (k % 3)}.${74 + k}:443 %PODIP%:${46100 + k * 7} - -`);
  envoyD.push(`[${T.isoMs(m)}] "GET /details/0 HTTP/1.1" 400 - via_upstream - "-" 0 ${k % 2 ? 93 : 74} 3 2 "-" "python-requests/2.32.3" "${(k + 1) * 1111}e1c2-7d9a-9b3e-a1f4-0c6b2d8e5f71" "details:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${37000 + k} %PODIP%:9080 %IPOF:productpage-v1#0%:${52100 + k} outbound_.9080_._.details.default.svc.cluster.local default`);
  pp.push(`INFO:root:start at ${T.java(m).replace(' ', ' ')}`);
  pp.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 400 ${k % 2 ? 93 : 74}`);
  pp.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${k % 3 ? 358 : 295}`);
  pp.push(`INFO:werkzeug:127.0.0.6 - - [${clf(m).replace(' UTC', '')}] "GET /productpage HTTP/1.1" 200 -`);
}
details.splice(5, 0, `[${T.java(-28).slice(0, 19)}] ERROR EOFError: end of file reached\n\t/usr/local/lib/ruby/3.3.0/net/protocol.rb:237:in 'Net::BufferedIO#rbuf_fill'\n\t/usr/local/lib/ruby/3.3.0/net/http.rb:2370:in 'Net::HTTP#transport_request'\n\t/opt/microservices/details.rb:98:in 'fetch_details_from_external_service'`);
envoyD.unshift(`${T.isoMs(-34)}\tinfo\tads\tADS: "@" details-v2-%POD% resources:112 size:96.4kB`, `${T.isoMs(-34)}\twarning\tenvoy config external/envoy/source/common/config/grpc_stream.h:152\tStreamAggregatedResources gRPC config stream to xds-grpc closed since 1802s ago: 0, \tthread=20`);
export const scenarios = [
  bookinfoScenario({
    folder: 's105a-details-egress-blackhole-registry-only',
    incidentTime: I,
    description: 'bookinfo: "Error fetching product details" box on every product page since ~8am. reviews/stars still render. platform did mesh hardening last night',
    expected: { component: 'details', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'google-books', cause: 'network-fault' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'callers-only', 'time-expression', 'team-name', 'decoy'],
    grounding: `Istio Bookinfo (samples/bookinfo/platform/kube/bookinfo-details-v2.yaml, samples/bookinfo/networking/egress-rule-google-apis.yaml):
      details-v2 fetches book data from www.googleapis.com and, with DO_NOT_ENCRYPT=true, relies on a ServiceEntry plus
      DestinationRule for TLS origination. Istio's "Accessing External Services" task: with meshConfig.outboundTrafficPolicy
      mode REGISTRY_ONLY, traffic to hosts not in the registry goes to BlackHoleCluster (access log response flag UH, 502/reset).
      Last night's mesh hardening switched the mesh to REGISTRY_ONLY and pruned ServiceEntries it did not recognise, including
      googleapis; details-v2's outbound connection is reset, details.rb rescues and answers 400 with the error, productpage
      shows "Error fetching product details". Nothing restarts, every pod stays Ready; the proxy's BlackHoleCluster log on the
      details pod is the clue. Decoy: a routine "StreamAggregatedResources ... closed" warning on details' sidecar. Kubernetes
      objects hold no mesh config (MeshConfig, ServiceEntry are not in the snapshot). The details-v2 log lines are paraphrased
      in WEBrick's format (with DO_NOT_ENCRYPT=true details.rb sends plain HTTP to port 443 and the sidecar originates TLS; the
      black-holed connection is closed, which Ruby's Net::HTTP reports as EOFError). Deviations from upstream: none in the workloads; the fault lives in mesh config.`,
    workloads: {},
    events: [],
    logs: {
      'details-v2#0/details': details,
      'details-v2#0/istio-proxy': envoyD,
      'productpage-v1#0/productpage': pp,
    },
  }),
];
