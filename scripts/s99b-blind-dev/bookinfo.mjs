// Batch s99b (blind dev): bookinfo spec module for the scenario kit (scripts/s2-scenario-kit.mjs).
// The ratings Service's port renamed from "http" to "http2": Istio speaks h2c to a Node HTTP/1.1 server.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const I = '2026-11-19T09:37:00Z';
const T = clock(I);
const acc = (min, method, path, code, flags, details, upstream, dur, host, up, peer) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} ${details} - "-" 0 ${code === 200 ? 358 : 95} ${dur} - "-" "Apache-CXF/3.1.18" "${(h8(min) + 'a3f1-4c2e-9b7d-5e1f0a2c6d83')}" "ratings:9080" "${up}" outbound|9080||ratings.bookinfo.svc.cluster.local ${host} ${peer}:9080 ${host.split(':')[0]}:${40000 + Math.round(-min * 113) % 9000} - default`;
const h8 = (min) => (Math.abs(Math.round(min * 7919)) % 0xffffffff).toString(16).padStart(8, '0') + '-';

const reviewsLog = (v) => {
  const out = [
    '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
    '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 1.843 seconds.',
    '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.127 seconds.',
  ];
  for (let m = -18; m < -0.3; m += 0.7) out.push('Error: unable to contact http://ratings:9080/ratings got status of 503');
  return out;
};
const proxyLog = (self) => {
  const out = [`${T.isoMs(-60 * 24 * 5)}\tinfo\tEnvoy proxy is ready`];
  for (let m = -18; m < -0.3; m += 0.7)
    out.push(acc(m, 'GET', '/ratings/0', 503, 'UPE', 'upstream_reset_before_response_started{protocol_error}', '', Math.round(3 + (-m % 3)), `${self}:0`, '%IPOF:ratings-v1#0%:9080', '10.100.0.1'));
  return out;
};

export const scenarios = [
  bookinfoScenario({
    folder: 's99b-ratings-port-renamed-http2',
    incidentTime: I,
    description: 'stars gone from the reviews on productpage since this morning, it says ratings service is currently unavailable. ratings pods look fine??',
    expected: { component: 'ratings', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'ratings', cause: 'config-error' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'callers-only', 'time-expression'],
    grounding: `
      Manifest facts (istio/istio samples/bookinfo platform/kube/bookinfo.yaml): the ratings Service exposes port 9080
      named "http"; ratings-v1 is a Node.js http (HTTP/1.1 only) server; reviews v2/v3 call http://ratings:9080/ratings/<id>
      and print "Error: unable to contact <url> got status of <code>" when the answer is not 200 (reviews-application
      LibertyRestEndpoint.java), and productpage then shows "Ratings service is currently unavailable".
      Fault: a platform-team kustomize patch renamed the ratings Service port from "http" to "http2" ("enable HTTP/2
      for the mesh"). Istio's protocol selection takes the port-name prefix (istio.io docs "Protocol Selection": http2
      -> HTTP/2), so both the caller's sidecar and ratings' inbound sidecar speak HTTP/2 prior-knowledge (h2c) to the
      Node server, which closes the connection on the "PRI * HTTP/2.0" preface: Envoy answers 503 with response flag
      UPE / upstream_reset_before_response_started{protocol_error} (istio/istio issues on port naming http2 against
      HTTP/1.1 backends). ratings pods stay Running and Ready (the kubelet probes go around the sidecar), Endpoints
      are full, ratings' own log shows nothing because no request reaches the app; the callers (reviews, its
      istio-proxy) are loud. Deviation from upstream: only the Service port name; the Service keeps its creation time
      (the patch was an update). Access-log peer addresses are illustrative.
    `,
    workloads: {
      'ratings-v2-mysql': { servicePorts: [{ name: 'http2', port: 9080, targetPort: 9080 }] },
    },
    events: [],
    logs: {
      'reviews-v2#0/reviews': reviewsLog('v2'),
      'reviews-v3#0/reviews': reviewsLog('v3'),
      'reviews-v2#0/istio-proxy': proxyLog('%PODIP%'),
      'reviews-v3#0/istio-proxy': proxyLog('%PODIP%'),
      'reviews-v1#0/reviews': [
        '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.311 seconds.',
      ],
      'ratings-v1#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'productpage-v1#0/productpage': Array.from({ length: 20 }, (_, i) =>
        `INFO:werkzeug:::ffff:127.0.0.6 - - [19/Nov/2026 ${T.go(-18 + i * 0.85).slice(11)}] "GET /productpage HTTP/1.1" 200 -`),
    },
  }),
];
