// s17 blind dev scenarios (author b) for Online Boutique: a paymentservice ingress policy that bites only when checkout's
// restart opens new connections, and a no-fault GKE node upgrade whose drain blip had recovered; session-2 system definition.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const NODES = system.nodes.map((n) => n.name);
const every = (from, to, step, f) => {
  const out = [];
  for (let m = from, i = 0; m < to; m += step, i++) out.push(f(m, i));
  return out;
};
// frontend: logrus JSONFormatter with the FieldMap of src/frontend/main.go (keys sorted).
const frontLine = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min) });
const rid = (n) => { const x = ((n + 7) * 2654435761) >>> 0; const hx = x.toString(16).padStart(8, '0'); return `${hx}-${hx.slice(0, 4)}-4${hx.slice(1, 4)}-9${hx.slice(2, 5)}-${hx}${hx.slice(0, 4)}`; };
// checkoutservice: logrus JSONFormatter (timestamp, severity, message).
const goJson = (T, min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
// paymentservice: pino with messageKey 'message' and a severity formatter (src/paymentservice/logger.js).
const pino = (T, min, pod, msg, sev = 'info') => JSON.stringify({ severity: sev, time: Date.parse(T.isoMs(min)), pid: 1, hostname: pod, name: 'paymentservice-server', message: msg });
const CARDS = [['visa', '0454'], ['mastercard', '8813'], ['visa', '1111'], ['amex', '0005']];

// ---------------------------------------------------------------------------------------------------------------
// 1. A NetworkPolicy on paymentservice allowing only the frontend; harmless until checkoutservice reconnects.
const T1 = clock('2026-11-26T10:24:00Z');
const paymentPolicy = {
  folder: 's17-payment-ingress-policy-after-checkout-restart',
  incidentTime: '2026-11-26T10:24:00Z',
  description: 'checkout broken since ~10:06, place order hangs ~20s then 500. checkout team restarted checkoutservice right before, roll back?',
  expected: { component: 'paymentservice', cause: 'network-fault' },
  difficulty: 'hard',
  traits: ['network-policy', 'pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
  grounding: `
    microservices-demo release/kubernetes-manifests.yaml at 34ffea9: checkoutservice dials PAYMENT_SERVICE_ADDR
    paymentservice:50051 once at start (mustConnGRPC) and keeps the HTTP/2 connection; chargeCard errors are returned as
    status Internal "failed to charge card: could not charge the card: %+v" (src/checkoutservice/main.go) and the frontend
    logs them as "request error" with "failed to complete the order: ..." (handlers.go renderHTTPError).
    Fault: at 09:31 a security hardening change added NetworkPolicy paymentservice-allow-frontend (podSelector
    app=paymentservice, ingress only from app=frontend on 50051) - the wrong caller: paymentservice is called by
    checkoutservice. GKE network policy enforcement (Calico / Dataplane V2) tracks connections, so checkout's established
    connection kept working and nothing broke. At 10:05 the checkout team ran kubectl rollout restart on checkoutservice
    (routine, for a rotated pull secret); the new pods' SYNs to paymentservice are dropped, gRPC reports
    "transport: Error while dialing: dial tcp <ClusterIP>:50051: i/o timeout" after its 20 s connect timeout, and every
    order fails. paymentservice stays Running and Ready and simply stops logging "Transaction processed".
    The checkout restart is the decoy the description points at (rolling it back reconnects from new pods again and fails
    the same way). Expected paymentservice network-fault (its ingress policy drops its only caller).
  `,
  networkPolicies: [
    { name: 'paymentservice-allow-frontend', created: -53, spec: { podSelector: { matchLabels: { app: 'paymentservice' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { app: 'frontend' } } }], ports: [{ protocol: 'TCP', port: 50051 }] }] } },
  ],
  workloads: {
    checkoutservice: {
      rollout: { at: -19, revision: 6 },
      patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T1.iso(-19) } },
    },
  },
  events: [
    { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set checkoutservice-%NEW% to 1', first: -19 },
    { on: 'deploy:checkoutservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set checkoutservice-%OLD% to 0 from 1', first: -18.6 },
    { on: 'pod:checkoutservice#0', reason: 'Scheduled', message: `Successfully assigned boutique/%POD% to %NODE%`, first: -19, source: 'default-scheduler' },
    { on: 'pod:checkoutservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/checkoutservice:v0.10.6" already present on machine', first: -18.9, fieldPath: 'spec.containers{server}' },
    { on: 'pod:checkoutservice#0', reason: 'Created', message: 'Created container server', first: -18.9, fieldPath: 'spec.containers{server}' },
    { on: 'pod:checkoutservice#0', reason: 'Started', message: 'Started container server', first: -18.9, fieldPath: 'spec.containers{server}' },
  ],
  logs: {
    'checkoutservice#0/server': [
      goJson(T1, -18.9, 'info', 'Tracing disabled.'),
      goJson(T1, -18.9, 'info', 'Profiling disabled.'),
      goJson(T1, -18.9, 'info', 'service config: &{productCatalogSvcAddr:productcatalogservice:3550 productCatalogSvcConn:0xc0001b8000 cartSvcAddr:cartservice:7070 cartSvcConn:0xc0001b8400 currencySvcAddr:currencyservice:7000 currencySvcConn:0xc0001b8600 shippingSvcAddr:shippingservice:50051 shippingSvcConn:0xc0001b8200 emailSvcAddr:emailservice:5000 emailSvcConn:0xc0001b8800 paymentSvcAddr:paymentservice:50051 paymentSvcConn:0xc0001b8a00}'),
      goJson(T1, -18.9, 'info', 'starting to listen on tcp: "[::]:5050"'),
      ...every(-18.2, -0.3, 0.8, (m, i) => goJson(T1, m, 'info', `[PlaceOrder] user_id="${rid(i + 300)}" user_currency="${['USD', 'EUR', 'USD', 'CAD', 'JPY'][i % 5]}"`)),
    ],
    'paymentservice#0/server': [
      ...every(-60, -18.8, 0.8, (m, i) => pino(T1, m, '%POD%', `Transaction processed: ${CARDS[i % 4][0]} ending ${CARDS[i % 4][1]}     Amount: ${['USD', 'EUR', 'USD', 'CAD', 'JPY'][i % 5]}${(19.99 + (i * 37) % 180).toFixed(2)}`)),
    ],
    'frontend#0/server': [
      ...every(-40, -0.2, 0.15, (m, i) => frontLine(T1, m, 'debug', 'request complete', { id: rid(i), path: ['/', '/product/OLJCESPC7Z', '/cart', '/product/66VCHSJNUP', '/setCurrency', '/product/1YMWWN1N4O'][i % 6], method: i % 6 === 4 ? 'POST' : 'GET', session: rid(i % 17 + 900) })),
      ...every(-40, -19, 1.6, (m, i) => frontLine(T1, m + 0.05, 'info', 'order placed', { id: rid(i + 5000), path: '/cart/checkout', method: 'POST', session: rid(i % 17 + 900) })),
      ...every(-18.1, -0.3, 1.6, (m, i) => frontLine(T1, m + 0.34, 'error', 'request error', { id: rid(i + 7000), path: '/cart/checkout', method: 'POST', session: rid(i % 17 + 900), error: `failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:paymentservice%:50051: i/o timeout"` })),
    ].sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp)),
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 2. No fault: a GKE node auto-upgrade drained one node 30 minutes ago; a short error blip, everything has recovered.
const T2 = clock('2026-12-02T10:58:00Z');
const upgraded = NODES[2];
const moved = (node, at) => ({ node, created: T2.iso(at), readyTransition: T2.iso(at + 0.4) });
const nodeUpgradeBlip = {
  folder: 's17-node-upgrade-drain-blip',
  incidentTime: '2026-12-02T10:58:00Z',
  description: 'got paged for boutique frontend 5xx around 10:30, alert auto-resolved but can someone check if checkout/currency is still broken?',
  difficulty: 'medium',
  traits: ['no-fault', 'decoy', 'time-expression'],
  grounding: `
    microservices-demo at 34ffea9 on GKE: every service runs one replica except frontend, cartservice and
    productcatalogservice (2), so draining a node briefly leaves single-replica services without endpoints.
    What happened: GKE node auto-upgrade (surge) cordoned and drained ${upgraded} at 10:27 and recreated the VM under the
    same name; currencyservice, emailservice, one cartservice and one productcatalogservice replica and the loadgenerator
    were evicted and rescheduled on the other nodes within a minute; the node came back Ready at 10:35 and was uncordoned.
    For about 50 seconds currencyservice had no ready endpoint, so the frontend logged "could not retrieve currencies"
    (connection refused on the ClusterIP), and its new pod failed its first gRPC readiness probe while Node.js started.
    The alert fired on that blip and cleared. At 10:58 every pod is Running and Ready, no container has restarted, the
    frontend has served normally for 25 minutes. Nothing to fix: no-fault.
  `,
  nodes: {
    [upgraded]: { conditions: { Ready: { type: 'Ready', status: 'True', lastHeartbeatTime: T2.iso(-0.4), lastTransitionTime: T2.iso(-23), reason: 'KubeletReady', message: 'kubelet is posting ready status' } } },
  },
  workloads: {
    cartservice: { pods: [moved(NODES[1], -30.6), {}] },
    productcatalogservice: { pods: [{}, moved(NODES[0], -30.6)] },
    currencyservice: { pods: [moved(NODES[1], -30.5)], endpointsChanged: -29.7 },
    emailservice: { pods: [moved(NODES[0], -30.5)] },
    loadgenerator: { pods: [moved(NODES[1], -30.4)] },
  },
  events: [
    { on: `node:${upgraded}`, reason: 'NodeNotSchedulable', message: `Node ${upgraded} status is now: NodeNotSchedulable`, first: -31.2 },
    { on: `node:${upgraded}`, reason: 'Starting', message: 'Starting kubelet.', first: -23.6 },
    { on: `node:${upgraded}`, reason: 'NodeAllocatableEnforced', message: 'Updated Node Allocatable limit across pods', first: -23.6 },
    { on: `node:${upgraded}`, reason: 'NodeReady', message: `Node ${upgraded} status is now: NodeReady`, first: -23 },
    { on: `node:${upgraded}`, reason: 'NodeSchedulable', message: `Node ${upgraded} status is now: NodeSchedulable`, first: -22.4 },
    { on: 'pod:currencyservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -30.5, source: 'default-scheduler' },
    { on: 'pod:currencyservice#0', reason: 'Pulling', message: 'Pulling image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/currencyservice:v0.10.6"', first: -30.5, fieldPath: 'spec.containers{server}' },
    { on: 'pod:currencyservice#0', reason: 'Pulled', message: 'Successfully pulled image "us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/currencyservice:v0.10.6" in 6.912s (6.912s including waiting). Image size: 63121418 bytes.', first: -30.4, fieldPath: 'spec.containers{server}' },
    { on: 'pod:currencyservice#0', reason: 'Created', message: 'Created container server', first: -30.3, fieldPath: 'spec.containers{server}' },
    { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', first: -30.3, fieldPath: 'spec.containers{server}' },
    { on: 'pod:currencyservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s', first: -30.1, count: 1, fieldPath: 'spec.containers{server}' },
    { on: 'pod:emailservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -30.5, source: 'default-scheduler' },
    { on: 'pod:cartservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -30.6, source: 'default-scheduler' },
    { on: 'pod:productcatalogservice#1', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -30.6, source: 'default-scheduler' },
    { on: 'pod:loadgenerator#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: -30.4, source: 'default-scheduler' },
    { on: 'rs:currencyservice', reason: 'SuccessfulCreate', message: 'Created pod: currencyservice-%RS%', first: -30.5 },
    { on: 'rs:emailservice', reason: 'SuccessfulCreate', message: 'Created pod: emailservice-%RS%', first: -30.5 },
  ],
  logs: {
    'currencyservice#0/server': [
      JSON.stringify({ severity: 'info', time: Date.parse(T2.isoMs(-30.25)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'Profiler disabled.' }),
      JSON.stringify({ severity: 'info', time: Date.parse(T2.isoMs(-30.25)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'Tracing disabled.' }),
      JSON.stringify({ severity: 'info', time: Date.parse(T2.isoMs(-29.9)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'Starting gRPC server on port 7000...' }),
      ...every(-29.6, -0.2, 0.35, (m, i) => JSON.stringify({ severity: 'info', time: Date.parse(T2.isoMs(m)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: i % 3 ? 'conversion request successful' : 'Getting supported currencies...' })),
    ],
    'frontend#0/server': [
      ...every(-45, -0.2, 0.2, (m, i) => frontLine(T2, m, 'debug', 'request complete', { id: rid(i), path: ['/', '/product/OLJCESPC7Z', '/cart', '/product/9SIQT8TOJO', '/product/L9ECAV7KIM'][i % 5], session: rid(i % 13 + 400) })),
      ...every(-30.55, -29.7, 0.09, (m, i) => frontLine(T2, m + 0.01, 'error', 'request error', { id: rid(i + 3000), path: ['/', '/product/OLJCESPC7Z', '/cart'][i % 3], session: rid(i % 13 + 400), error: `could not retrieve currencies: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused"` })),
    ].sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp)),
  },
};

export const scenarios = [paymentPolicy, nodeUpgradeBlip];
