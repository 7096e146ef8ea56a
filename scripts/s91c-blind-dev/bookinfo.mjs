// Blind dev batch s91c: Istio Bookinfo scenario (spec for scripts/s2-scenario-kit.mjs, built by scripts/s91c-build.mjs).
// details-v2 released with DO_NOT_ENCRYPT=true (copied from the egress TLS-origination task) where no origination exists.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };
const IT = '2026-06-03T16:27:00Z';
const T = clock(IT);
const rb = (min) => { const d = new Date(Date.parse(IT) + min * 60000); return d.toISOString().replace('T', ' ').slice(0, 19) + ' +0000'; };
const clf = (min) => { const d = new Date(Date.parse(IT) + min * 60000); const M = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; return `${String(d.getUTCDate()).padStart(2, '0')}/${M}/${d.getUTCFullYear()}:${d.toISOString().slice(11, 19)} +0000`; };
const MINS = [-13.8, -11.9, -10.2, -8.7, -7.1, -5.4, -3.9, -2.6, -1.2];
const envoy = (min, code, up, host, dur) => `[${T.isoMs(min)}] "GET /details/0 HTTP/1.1" ${code} - via_upstream - "-" 0 ${code === 200 ? 178 : 0} ${dur} ${dur - 1} "-" "python-requests/2.31.0" "6b8f3c2e-91a4-9d0e-b7c1-3e5a2f81d4c9" "details:9080" "${up}" ${host} - default`;

export const scenarios = [
  bookinfoScenario({
    folder: 's91c-details-do-not-encrypt',
    description: 'product page says "Error fetching product details!" on every book since about 4pm. reviews + stars still show fine. was there a deploy of detials?',
    incidentTime: IT,
    expected: { component: 'details', cause: 'config-error' },
    alsoAcceptable: [{ component: 'details', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'typo', 'time-expression', 'callers-only', 'decoy'],
    grounding: `
      Manifest facts: bookinfo-details-v2.yaml runs details-v2 (image built with ENABLE_EXTERNAL_BOOK_SERVICE=true) behind the
      details Service; details.rb uses port 80 and no TLS when DO_NOT_ENCRYPT is "true" ("HTTP (true) or HTTPS (false, default)"),
      which is only correct together with the Istio egress TLS-origination ServiceEntry/DestinationRule of the
      "Egress TLS Origination" task (istio.io/latest/docs/tasks/traffic-management/egress/egress-tls-origination/).
      Fault: at 15:58 a release of details-v2 added DO_NOT_ENCRYPT=true (copied from that task) to a mesh with
      outboundTrafficPolicy ALLOW_ANY and no origination rule; plain HTTP to www.googleapis.com:80 is answered 403
      {"error":{"code":403,"message":"SSL is required to perform this operation.",...,"reason":"sslRequired"}}, the body has no
      "items", and details.rb raises NoMethodError, so WEBrick answers 500 and productpage shows "Error fetching product
      details!". Pods stay Ready (the image has no health check that calls Google). Google Books itself is healthy.
      The old and new ReplicaSet templates differ exactly by that env var (the kit's system carries it, the old revision not).
      Decoys: reviews-v2 rolled out two days ago (healthy); ratings-v1 has old Envoy "upstream connect error" lines from last week's
      node upgrade. Deviations: none beyond the env var and the missing origination rule (not a kind the snapshot lists).`,
    workloads: {
      'details-v2': {
        rollout: { at: -29, revision: 3, oldContainers: { details: { env: undefined } } },
      },
      'reviews-v2': { since: -60 * 24 * 2 },
    },
    events: [
      { on: 'deploy:details-v2', reason: 'ScalingReplicaSet', message: 'Scaled up replica set details-v2-%NEW% to 1', first: -29 },
      { on: 'deploy:details-v2', reason: 'ScalingReplicaSet', message: 'Scaled down replica set details-v2-%OLD% to 0 from 1', first: -28 },
      { on: 'pod:details-v2#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -28.5 },
      { on: 'pod:details-v2#0', reason: 'Started', message: 'Started container details', fieldPath: 'spec.containers{details}', first: -28.3 },
      { on: 'pod:details-v2#0', reason: 'Started', message: 'Started container istio-proxy', fieldPath: 'spec.containers{istio-proxy}', first: -28.3 },
    ],
    logs: {
      'details-v2#0/details': [
        `[${rb(-28.3)}] INFO  WEBrick 1.4.2`,
        `[${rb(-28.3)}] INFO  ruby 2.7.1 (2020-03-31) [x86_64-linux]`,
        `[${rb(-28.3)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
        ...MINS.flatMap((m) => [
          `[${rb(m)}] ERROR NoMethodError: undefined method \`[]' for nil:NilClass`,
          `\t/opt/microservices/details.rb:98:in \`fetch_details_from_external_service'`,
          `\t/opt/microservices/details.rb:73:in \`get_book_details'`,
          `\t/opt/microservices/details.rb:60:in \`block in <main>'`,
          `\t/usr/local/lib/ruby/2.7.0/webrick/httpservlet/prochandler.rb:38:in \`do_GET'`,
          `\t/usr/local/lib/ruby/2.7.0/webrick/httpserver.rb:140:in \`service'`,
          `\t/usr/local/lib/ruby/2.7.0/webrick/server.rb:307:in \`block in start_thread'`,
          `127.0.0.6 - - [${clf(m)}] "GET /details/0 HTTP/1.1" 500 318`,
        ]),
      ],
      'details-v2#0/istio-proxy': [
        `${T.isoMs(-28.2)}\tinfo\tsds\tSDS: PUSH request for node:details-v2.bookinfo resources:1 size:4.0kB resource:default`,
        `${T.isoMs(-28.1)}\tinfo\tReadiness succeeded in 512.118ms`,
        `${T.isoMs(-28.1)}\tinfo\tEnvoy proxy is ready`,
      ],
      'productpage-v1#0/productpage': [
        ...MINS.flatMap((m) => [
          `DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 500 318`,
          `DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 379`,
          `INFO:werkzeug:127.0.0.6 - - [${clf(m).replace(' +0000', '')}] "GET /productpage HTTP/1.1" 200 -`,
        ]),
      ],
      'productpage-v1#0/istio-proxy': MINS.map((m) => envoy(m, 500, 'details:9080', '%IPOF:details-v2#0%:9080', 214)),
      'ratings-v1#0/istio-proxy': [
        `${T.isoMs(-60 * 24 * 6)}\twarning\tenvoy config external/envoy/source/common/config/grpc_stream.h:191\tStreamAggregatedResources gRPC config stream to xds-grpc closed since 42s ago: 14, upstream connect error or disconnect/reset before headers. reset reason: connection termination\tthread=13`,
      ],
    },
  }),
];
