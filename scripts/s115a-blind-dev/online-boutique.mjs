// Blind dev batch s115a, Online Boutique: a host firewall on one GKE node drops forwarded traffic to the cartservice pod there.
// Spec module for scripts/s2-scenario-kit.mjs (built by scripts/s115a-build.mjs).
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/online-boutique.mjs';

const T = clock('2025-05-20T16:05:00Z');
const N1 = 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx';
const N2 = 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt';
const N3 = 'gke-boutique-prod-default-pool-9b31d0a7-wz5c';
const fl = (min, severity, message, path, id, error) => JSON.stringify({ 'http.req.id': id, 'http.req.method': 'GET', 'http.req.path': path, ...(error ? { error } : {}), message, session: '4e1c0a9b-77d2-4f5e-a1c3-9d8b2e6f0a14', severity, timestamp: T.isoMs(min) });
const cartErr = 'failed to get cart: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:cartservice%:7070: i/o timeout"';

export const scenarios = [
  {
    folder: 's115a-node-firewall-drops-cartservice',
    incidentTime: '2025-05-20T16:05:00Z',
    description: 'boutique: about half of cart views hang ~20s then error since the infra hardening run this afternoon. cartsvc pods green, redis fine',
    expected: { component: 'cartservice', cause: 'network-fault', node: N2 },
    alsoAcceptable: [{ component: 'cartservice', cause: 'dependency-down', node: N2 }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'node-level', 'partial-name', 'time-expression'],
    grounding: `
      Manifest facts: microservices-demo v0.10.6 cartservice (.NET, 2 replicas here) behind ClusterIP cartservice:7070 with
      gRPC readiness/liveness probes that the kubelet sends from the node itself; the frontend dials CART_SERVICE_ADDR.
      Fault (follows public reports of node hardening/CIS nftables runs setting a default-drop forward policy, e.g. the
      Kubernetes docs on br_netfilter/forwarding requirements): a hardening job at 14:30 UTC on node ${N2} left an nftables
      forward chain dropping packets arriving on ens4 for the pod range, so the cartservice replica on that node is
      unreachable from other nodes while kubelet probes (host-local) still pass and it stays Ready. Frontend (on another
      node) logs i/o timeouts dialing cartservice for roughly half the connections; redis-cart and the other replica are fine.
      Decoys: redis-cart logs routine background saves; checkoutservice keeps placing orders (its cart calls landed on the healthy replica).
      No Kubernetes object changed; no rollout.`,
    workloads: {
      cartservice: { pods: [{ node: N3 }, { node: N2 }] },
      frontend: { pods: [{ node: N1 }] },
    },
    events: [],
    logs: {
      'frontend#0/server': [
        fl(-40, 'debug', 'request started', '/', 'a0c7e1f2-11b4-4c9d-8e2a-5f6b3c7d9e01'),
        fl(-40, 'debug', 'request complete', '/', 'a0c7e1f2-11b4-4c9d-8e2a-5f6b3c7d9e01'),
        fl(-21.4, 'debug', 'request started', '/cart', 'b81d3e4f-2a6c-47e1-9b0d-3c5e7f9a1b22'),
        fl(-21.0, 'error', 'request error', '/cart', 'b81d3e4f-2a6c-47e1-9b0d-3c5e7f9a1b22', cartErr),
        fl(-14.2, 'debug', 'request started', '/cart', 'c3e5f7a9-4b6d-48f0-a2c4-e6f8a0b2c4d6'),
        fl(-14.2, 'debug', 'request complete', '/cart', 'c3e5f7a9-4b6d-48f0-a2c4-e6f8a0b2c4d6'),
        fl(-3.3, 'debug', 'request started', '/cart', 'd4f6a8b0-5c7e-49a1-b3d5-f7a9b1c3d5e7'),
        fl(-2.9, 'error', 'request error', '/cart', 'd4f6a8b0-5c7e-49a1-b3d5-f7a9b1c3d5e7', cartErr),
      ],
      'checkoutservice#0/server': [
        JSON.stringify({ message: `payment went through (transaction_id: 6d0f3b7e-1a2c-4e5f-8b9d-0c1e2f3a4b5c)`, severity: 'info', timestamp: T.isoMs(-33) }),
        JSON.stringify({ message: `[PlaceOrder] user_id="4e1c0a9b-77d2-4f5e-a1c3-9d8b2e6f0a14" user_currency="EUR"`, severity: 'info', timestamp: T.isoMs(-8.1) }),
      ],
      'cartservice#1/server': [
        'info: Microsoft.Hosting.Lifetime[14]',
        '      Now listening on: http://0.0.0.0:7070',
        'info: Microsoft.Hosting.Lifetime[0]',
        '      Application started. Press Ctrl+C to shut down.',
        'GetCartAsync called with userId=3f2b9d61-8c4e-4a07-b5d1-2e9f7c6a0b83',
      ],
      'cartservice#0/server': [
        'info: Microsoft.Hosting.Lifetime[14]',
        '      Now listening on: http://0.0.0.0:7070',
        'GetCartAsync called with userId=4e1c0a9b-77d2-4f5e-a1c3-9d8b2e6f0a14',
        'AddItemAsync called with userId=4e1c0a9b-77d2-4f5e-a1c3-9d8b2e6f0a14, productId=66VCHSJNUP, quantity=1',
      ],
      'redis-cart#0/redis': [
        `1:M ${T.java(-47).replace(/^(\d+)-(\d+)-(\d+) /, (_, y, m, d) => `${d} ${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]} ${y} `)} * 100 changes in 300 seconds. Saving...`,
        `1:M ${T.java(-46.9).replace(/^(\d+)-(\d+)-(\d+) /, (_, y, m, d) => `${d} ${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]} ${y} `)} * Background saving terminated with success`,
      ],
    },
  },
];
