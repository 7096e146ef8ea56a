// Batch s91a (blind dev): one Istio Bookinfo scenario on the kit system scripts/kit-systems/bookinfo.mjs (bookinfoScenario).
// An in-house details-v1 build (Ready, no restarts) raises NoMethodError for books without a publisher; productpage is louder.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const IT = '2026-07-09T19:47:00Z';
const T = clock(IT);
const wb = (min) => T.java(min).slice(0, 19);
const envoy = (min, method, path, code, flags, up, dur, host) => `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} via_upstream - "-" 0 ${code === 200 ? 178 : 0} ${dur} ${dur - 1} "-" "python-requests/2.31.0" "${'7f3c2a1e-4b9d-9e6a-b0c8-2d51f7e43a9' + (min < 0 ? Math.abs(Math.round(min * 10)) % 10 : 0)}" "${host}" "${up}:9080" outbound|9080||${host}.bookinfo.svc.cluster.local 192.168.8.41:48812 ${up}:9080 192.168.8.41:51140 - default`;

const details = [
  `[${wb(-23)}] INFO  WEBrick 1.8.1`,
  `[${wb(-23)}] INFO  ruby 3.3.4 (2024-07-09) [x86_64-linux]`,
  `[${wb(-23)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
];
const pp = [];
for (let i = 0; i < 12; i++) {
  const m = -21 + i * 1.7;
  if (i % 2 === 0) {
    details.push(`[${wb(m)}] ERROR NoMethodError: undefined method \`[]' for nil`,
      "\t/opt/microservices/details.rb:138:in `get_book_details'",
      "\t/opt/microservices/details.rb:111:in `block in <main>'",
      "\t/usr/local/lib/ruby/gems/3.3.0/gems/webrick-1.8.1/lib/webrick/httpservlet/prochandler.rb:38:in `do_GET'",
      "\t/usr/local/lib/ruby/gems/3.3.0/gems/webrick-1.8.1/lib/webrick/httpserver.rb:140:in `service'",
      "\t/usr/local/lib/ruby/gems/3.3.0/gems/webrick-1.8.1/lib/webrick/httpserver.rb:96:in `run'",
      "\t/usr/local/lib/ruby/gems/3.3.0/gems/webrick-1.8.1/lib/webrick/server.rb:310:in `block in start_thread'");
    pp.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 500 340`,
      `INFO:werkzeug:127.0.0.6 - - [${T.java(m).slice(8, 10)}/Jul/2026 ${T.java(m).slice(11, 19)}] "GET /productpage HTTP/1.1" 200 -`);
  } else {
    pp.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`,
      `INFO:werkzeug:127.0.0.6 - - [${T.java(m).slice(8, 10)}/Jul/2026 ${T.java(m).slice(11, 19)}] "GET /productpage HTTP/1.1" 200 -`);
  }
  pp.splice(pp.length - 1, 0, `DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`, `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${i % 3 ? 358 : 295}`);
}
const proxy = Array.from({ length: 12 }, (_, i) => envoy(-21 + i * 1.7, 'GET', '/details/0', i % 2 ? 200 : 500, '-', i % 2 ? '%IPOF:details-v2#0%' : '%IPOF:details-v1#0%', 4 + (i % 3), 'details'));

export const scenarios = [
  bookinfoScenario({
    folder: 's91a-details-v1-release-nomethoderror',
    incidentTime: IT,
    description: 'bookinfo product page shows "Error fetching product details!" on roughly every other refresh since the 19:20 deploy. reviews/stars still fine',
    expected: { component: 'details', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'time-expression'],
    grounding: `
      Manifest facts: istio/istio samples/bookinfo/platform/kube (bookinfo.yaml, bookinfo-details-v2.yaml) as the kit system,
      sidecar-injected (Istio 1.23): the details Service selects app=details, so details-v1 and details-v2 both serve
      /details/<id>; productpage (Flask, requests with DEBUG urllib3 logging) calls http://details:9080/details/0 and renders
      "Error fetching product details!" when the call is not 200. details-v1 is Ruby WEBrick (samples/bookinfo/src/details/details.rb).
      Fault: an in-house details-v1 release (image tag 1.20.1 -> 1.20.1-acme.2; only the image differs between the two
      ReplicaSets) reads the publisher from a new nested field and calls [] on nil for the book the demo serves; WEBrick
      catches the NoMethodError per request, logs it with its backtrace at ERROR and answers 500; the process never
      exits, the pod has no probes besides the sidecar's and stays Ready. With details-v2 healthy behind the same
      Service, about half of the page loads fail (Envoy round robin). Nothing restarts, no Warning events.
      Deviations from upstream: the acme.2 tag and its code change are invented; line numbers of details.rb are illustrative.`,
    workloads: {
      'details-v1': {
        rollout: { at: -24, revision: 3, oldContainers: { details: { image: 'docker.io/istio/examples-bookinfo-details-v1:1.20.1' } } },
        containers: { details: { image: 'docker.io/istio/examples-bookinfo-details-v1:1.20.1-acme.2' } },
      },
    },
    events: [
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set details-v1-%NEW% to 1', first: -24, last: -24 },
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set details-v1-%OLD% to 0 from 1', first: -23.3, last: -23.3 },
      { on: 'pod:details-v1#0', reason: 'Pulled', message: 'Successfully pulled image "docker.io/istio/examples-bookinfo-details-v1:1.20.1-acme.2" in 2.871s (2.871s including waiting). Image size: 70411382 bytes.', fieldPath: 'spec.containers{details}', first: -23.6, last: -23.6 },
      { on: 'pod:details-v1#0', reason: 'Started', message: 'Started container details', fieldPath: 'spec.containers{details}', first: -23.5, last: -23.5 },
      { on: 'pod:details-v1#0', reason: 'Started', message: 'Started container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: -23.5, last: -23.5 },
    ],
    logs: {
      'details-v1#0/details': details,
      'productpage-v1#0/productpage': pp,
      'productpage-v1#0/istio-proxy': proxy,
      'details-v2#0/details': [`[${wb(-60 * 24 * 5)}] INFO  WEBrick 1.8.1`, `[${wb(-60 * 24 * 5)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`],
    },
  }),
];
