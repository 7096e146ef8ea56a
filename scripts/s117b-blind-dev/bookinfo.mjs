// Blind dev batch s117b: one Bookinfo scenario (NodeLocal DNSCache down on one node: productpage there cannot resolve).
// Spec for scripts/s2-scenario-kit.mjs build(); system and bookinfoScenario from scripts/kit-systems/bookinfo.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };
const incidentTime = '2026-05-28T17:05:00Z';
const T = clock(incidentTime);
const BAD = 'ip-192-168-45-130.us-east-2.compute.internal';
const GOOD = 'ip-192-168-77-9.us-east-2.compute.internal';
const py = (m, lvl, msg) => `${lvl}:root:${msg}`;
const resolveErr = (svc) => `HTTPConnectionPool(host='${svc}', port=9080): Max retries exceeded with url: /${svc === 'details' ? 'details/0' : 'reviews/0'} (Caused by NameResolutionError("<urllib3.connection.HTTPConnection object at 0x7f3c2a1e4d90>: Failed to resolve '${svc}' ([Errno -3] Temporary failure in name resolution)"))`;
const access = (m, code) => `::ffff:127.0.0.6 - - [${T.go(m).replace(/^(\d+)\/(\d+)\/(\d+)/, (_, y, mo, d) => `${d}/${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(mo) - 1]}/${y}`).replace(' ', ':')}] "GET /productpage HTTP/1.1" ${code} -`;
export const scenarios = [
  bookinfoScenario({
    folder: 's117b-nodelocaldns-down-one-node',
    description: 'product page half the time says "Error fetching product details" + reviews unavailable, refresh and it works. since 16:40ish',
    incidentTime,
    expected: { component: 'productpage', cause: 'network-fault', node: BAD },
    alsoAcceptable: [{ component: 'productpage', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'node-level', 'callers-only', 'time-expression'],
    grounding: `
      Manifest facts: productpage (Python, requests) calls details:9080 and reviews:9080 by Service name; the kubelets of this
      EKS node group point pods' resolv.conf at NodeLocal DNSCache (169.254.20.10, the node-local-dns DaemonSet in
      kube-system, a documented Kubernetes add-on). Fault (the NodeLocal DNSCache failure mode: each node's pods depend on that
      node's cache pod; when it stops answering, only that node's pods lose DNS): node-local-dns on ${BAD} stopped answering
      after its iptables NOTRACK rules were flushed by a node hardening agent, so lookups from that node time out with
      "Temporary failure in name resolution". productpage runs two replicas, one on that node: about half the page loads show
      "Error fetching product details" and "Sorry, product reviews are currently unavailable"; the other replica, details,
      reviews and ratings are healthy, every pod Ready, no event in the bookinfo namespace. Deviations from upstream:
      productpage at two replicas (the team scaled it), the kube-system DaemonSet is not in the snapshot.
    `,
    workloads: {
      'productpage-v1': { replicas: 2, pods: [{ node: BAD }, { node: GOOD }] },
    },
    logs: {
      'productpage-v1#0/productpage': [
        py(-26, 'INFO', 'start at port 9080'),
        access(-26.5, 200),
        py(-24.8, 'ERROR', `Error fetching product details: ${resolveErr('details')}`),
        py(-24.8, 'ERROR', `Error fetching product reviews: ${resolveErr('reviews')}`),
        access(-24.8, 200),
        py(-8.2, 'ERROR', `Error fetching product details: ${resolveErr('details')}`),
        py(-8.2, 'ERROR', `Error fetching product reviews: ${resolveErr('reviews')}`),
        access(-8.2, 200),
        py(-0.9, 'ERROR', `Error fetching product details: ${resolveErr('details')}`),
        py(-0.9, 'ERROR', `Error fetching product reviews: ${resolveErr('reviews')}`),
        access(-0.9, 200),
      ].filter((l, i) => i !== 0),
      'productpage-v1#1/productpage': [access(-8.0, 200), access(-0.8, 200)],
      'productpage-v1#0/istio-proxy': [
        `${T.isoMs(-30)}	warning	envoy config external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:152	StreamAggregatedResources gRPC config stream to xds-grpc closed since 1798s ago: 13, 	thread=14`,
      ],
      'reviews-v3#0/reviews': [
        `[${T.java(-0.8).slice(0, 19).replace(' ', 'T')}] 00000029 SystemOut                                                    O Request from productpage`,
      ],
    },
  }),
];
