// Batch s89c (blind dev): one Bookinfo no-fault scenario on the kit system scripts/kit-systems/bookinfo.mjs.
// reviews-v2's istio-proxy prints routine "gRPC config stream to xds-grpc closed" warnings every ~30 min; reviews answer fine.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INC = '2026-07-14T11:20:00Z';
const T = clock(INC);
const us = (min) => T.isoMs(min).replace('Z', '') + '118Z';
const proxy = [];
for (let k = 0; k < 8; k++) {
  const m = -240 + k * 29.6;
  proxy.push(`${us(m)}\twarning\tenvoy config external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:155\tStreamAggregatedResources gRPC config stream to xds-grpc closed since ${1771 + (k * 7) % 29}s ago: 0, \tthread=21`);
  proxy.push(`${us(m + 0.001)}\tinfo\txdsproxy\tconnected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=${12 + k}`);
}
const wsgi = (min, path, status, len, took) => {
  const d = new Date(Date.parse(INC) + min * 60000);
  const p = (n) => String(n).padStart(2, '0');
  return `::ffff:127.0.0.6 - - [${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}] "GET ${path} HTTP/1.1" ${status} ${len} ${took.toFixed(6)}`;
};
const page = [];
for (let i = 0; i < 30; i++) {
  const m = -45 + i * 1.5;
  page.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): details:9080`);
  page.push(`DEBUG:urllib3.connectionpool:http://details:9080 "GET /details/0 HTTP/1.1" 200 178`);
  page.push(`DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): reviews:9080`);
  page.push(`DEBUG:urllib3.connectionpool:http://reviews:9080 "GET /reviews/0 HTTP/1.1" 200 ${i % 3 === 0 ? 358 : 379}`);
  page.push(wsgi(m, '/productpage', 200, 5293 + (i % 3) * 179, 0.031 + (i % 5) * 0.004));
}
const liberty = [
  '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
  '[AUDIT   ] CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/configDropins/defaults/keystore.xml',
  '[AUDIT   ] CWWKZ0058I: Monitoring dropins for applications.',
  '[AUDIT   ] CWWKT0016I: Web application available (default_host): http://%POD%:9080/',
  '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.874 seconds.',
  '[AUDIT   ] CWWKF0012I: The server installed the following features: [cdi-4.0, jaxrs-3.1, jsonb-3.0, jsonp-2.1, servlet-6.0].',
  '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 4.732 seconds.',
];

export const scenarios = [
  bookinfoScenario({
    folder: 's89c-reviews-proxy-xds-warnings',
    incidentTime: INC,
    description: 'community team: reviews-v2 sidecar logs full of warnings "gRPC config stream to xds-grpc closed" all morning, are reviews failing?? pls check',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'team-name', 'partial-name', 'time-expression'],
    grounding: `
      Upstream bookinfo.yaml with sidecar injection (Istio 1.23): productpage calls details:9080 and reviews:9080, the reviews
      Service selects every reviews version. Nothing is wrong: istiod closes each proxy's XDS stream after
      PILOT_MAX_CONNECTION_AGE (30 min by default, with jitter) to rebalance, and Envoy logs that at warning level as
      "StreamAggregatedResources gRPC config stream to xds-grpc closed since ...s ago: 0" (status 0 = OK), immediately
      followed by the agent's "connected to delta upstream XDS server" - the routine warning discussed in istio/istio issues
      about these messages. Every pod is Ready with no restarts, productpage's urllib3 debug lines show details and reviews
      answering 200 and every /productpage served 200, and reviews' Liberty log is its clean start. No deviation from upstream.
    `,
    workloads: {},
    events: [],
    logs: {
      'reviews-v2#0/istio-proxy': proxy,
      'reviews-v2#0/reviews': liberty,
      'productpage-v1#0/productpage': page,
    },
  }),
];
