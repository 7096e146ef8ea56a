// Batch s137a (blind dev): Online Boutique scenarios on the system of scripts/s2-scenarios/online-boutique.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const N3 = 'gke-boutique-prod-default-pool-9b31d0a7-wz5c';
const N1 = 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx';
const N2 = 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt';
const fl = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? '5d1e2f3a-77b0-4c1a-9a8e-0c6b2f4d9e1' + (Math.abs(Math.round(min * 10)) % 10), 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '3f7a9c2e-1b4d-4e8f-a6c0-d2e5b8f1a7c4', severity, timestamp: T.isoMs(min) });

const T1 = clock('2026-05-12T14:31:00Z');
const T2 = clock('2026-05-19T09:47:00Z');

export const scenarios = [
  {
    folder: 's137a-currency-node-mtu-blackhole',
    incidentTime: '2026-05-12T14:31:00Z',
    description: 'storefront pages hanging / timing out for most users since ~14:10, some page loads fine. nothing restarted as far as i can see, currency svc pods look green',
    expected: { component: 'currencyservice', cause: 'network-fault', node: N3 },
    alsoAcceptable: [{ component: 'currencyservice', cause: 'network-fault' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'node-level', 'decoy', 'time-expression', 'partial-name'],
    grounding: `
      Follows the MTU-mismatch failures reported for GKE and Calico clusters (kubernetes/kubernetes and projectcalico issues about
      cross-node pod traffic black-holing when a node's interface MTU no longer matches the overlay): small packets (TCP handshake,
      kubelet gRPC probes from the same node) pass, full-size segments from pods on other nodes are dropped, so gRPC calls to the
      pod hang until the caller's deadline. Here node ${N3} was live-migrated at ~14:08 and came back with a 1500-byte MTU on its
      gVNIC while the VPC and the other nodes use 1460; currencyservice (single replica, as upstream) runs on it. The currency pod
      stays Ready (its kubelet probe is node-local) and logs nothing useful; the frontend (both replicas, on the other nodes) and
      checkoutservice log DeadlineExceeded on CurrencyService calls. Decoy: adservice's JVM was OOM-killed three days ago and has
      run since. Deviation from upstream: the MTU change and the live migration are invented; manifests are v0.10.6 as upstream.`,
    nodes: {},
    workloads: {
      frontend: { pods: [{ node: N1 }, { node: N2 }] },
      checkoutservice: { pods: [{ node: N1 }] },
      currencyservice: { pods: [{ node: N3, created: T1.iso(-60 * 24 * 6) }] },
      adservice: { pods: [{ node: N2, containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T1.iso(-60 * 24 * 3 - 40), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 8), finishedAt: T1.iso(-60 * 24 * 3 - 41) } }) } }] },
    },
    events: [
      { on: 'node:' + N3, reason: 'NodeHasSufficientMemory', message: `Node ${N3} status is now: NodeHasSufficientMemory`, first: -23, last: -23 },
      { on: 'pod:frontend#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -19, last: -4, count: 3 },
    ],
    logs: {
      'frontend#0/server': [
        fl(T1, -24, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }),
        fl(T1, -24, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }),
        fl(T1, -21.7, 'debug', 'request started', { path: '/' }),
        fl(T1, -21.6, 'error', 'request error', { path: '/', error: 'could not retrieve currencies: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
        fl(T1, -18.2, 'debug', 'request started', { path: '/product/9SIQT8TOJO' }),
        fl(T1, -18.1, 'error', 'request error', { path: '/product/9SIQT8TOJO', error: 'failed to convert currency for product #9SIQT8TOJO: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
        fl(T1, -12.4, 'debug', 'request started', { path: '/cart' }),
        fl(T1, -12.3, 'error', 'request error', { path: '/cart', error: 'could not retrieve currencies: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
        fl(T1, -6.0, 'error', 'request error', { path: '/', error: 'could not retrieve currencies: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
        fl(T1, -2.2, 'debug', 'request started', { path: '/_healthz' }),
        fl(T1, -2.2, 'debug', 'request complete', { path: '/_healthz' }),
      ],
      'frontend#1/server': [
        fl(T1, -20.9, 'error', 'request error', { path: '/product/L9ECAV7KIM', error: 'failed to convert currency for product #L9ECAV7KIM: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
        fl(T1, -14.0, 'debug', 'request started', { path: '/setCurrency', method: 'POST' }),
        fl(T1, -13.9, 'error', 'request error', { path: '/setCurrency', method: 'POST', error: 'could not retrieve currencies: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
        fl(T1, -3.1, 'error', 'request error', { path: '/', error: 'could not retrieve currencies: rpc error: code = DeadlineExceeded desc = context deadline exceeded' }),
      ],
      'checkoutservice#0/server': [
        `{"message":"[PlaceOrder] user_id=\\"3f7a9c2e-1b4d-4e8f-a6c0-d2e5b8f1a7c4\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T1.isoMs(-16.5)}"}`,
        `{"message":"failed to convert price of \\"66VCHSJNUP\\" to EUR: rpc error: code = DeadlineExceeded desc = context deadline exceeded","severity":"warning","timestamp":"${T1.isoMs(-16.4)}"}`,
        `{"message":"[PlaceOrder] user_id=\\"c0a1d9e4-6f2b-4a17-8e3c-59b7d1f0a2e6\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T1.isoMs(-7.2)}"}`,
        `{"message":"failed to convert price of \\"1YMWWN1N4O\\" to USD: rpc error: code = DeadlineExceeded desc = context deadline exceeded","severity":"warning","timestamp":"${T1.isoMs(-7.1)}"}`,
      ],
      'currencyservice#0/server': [
        `{"severity":"info","time":${Date.parse(T1.iso(-30))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"Getting supported currencies..."}`,
        `{"severity":"info","time":${Date.parse(T1.iso(-29.5))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"conversion request successful"}`,
        `{"severity":"info","time":${Date.parse(T1.iso(-9))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"Getting supported currencies..."}`,
      ],
    },
  },
  {
    folder: 's137a-payment-tls-listener-plaintext-checkout',
    incidentTime: '2026-05-19T09:47:00Z',
    description: 'checkout broken, every place order fails w/ "failed to charge card" since the 9:30 deploy window. payment pods are up and ready. team checkout pls look',
    expected: { component: 'paymentservice', cause: 'network-fault' },
    alsoAcceptable: [{ component: 'paymentservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'tls-misconfig', 'rollout-regression', 'louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      paymentservice is the Node.js gRPC server of upstream src/paymentservice (server.js binds with
      grpc.ServerCredentials.createInsecure()); checkoutservice dials PAYMENT_SERVICE_ADDR with grpc.WithTransportCredentials(insecure).
      Invented release 09:31: the payments team shipped paymentservice v0.10.6-tls1 which reads GRPC_TLS_CERT/GRPC_TLS_KEY and
      serves createSsl() only, and switched its probes to tcpSocket because the kubelet's gRPC probe cannot speak TLS. The pods
      become Ready, but the plaintext HTTP/2 client in checkoutservice now gets the TLS alert back, which grpc-go reports as
      "connection closed before server preface received" (the error grpc-go users report for plaintext-vs-TLS mismatches).
      Old ReplicaSet keeps v0.10.6 with the upstream grpc probes. Decoy: a healthy productcatalogservice rollout an hour earlier.
      Deviation: the TLS release and the probe change are invented; everything else as upstream v0.10.6.`,
    workloads: {
      paymentservice: {
        rollout: { at: -16, revision: 5, oldContainers: { server: { image: `${REG}/paymentservice:v0.10.6`, env: [{ name: 'PORT', value: '50051' }, { name: 'DISABLE_PROFILER', value: '1' }] } } },
        containers: { server: {
          image: `${REG}/paymentservice:v0.10.6-tls1`,
          env: [{ name: 'PORT', value: '50051' }, { name: 'DISABLE_PROFILER', value: '1' }, { name: 'GRPC_TLS_CERT', value: '/etc/grpc-tls/tls.crt' }, { name: 'GRPC_TLS_KEY', value: '/etc/grpc-tls/tls.key' }],
          readinessProbe: { tcpSocket: { port: 50051 }, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 },
          livenessProbe: { tcpSocket: { port: 50051 }, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 },
          volumeMounts: [{ mountPath: '/etc/grpc-tls', name: 'grpc-tls', readOnly: true }],
        } },
        patch: { volumes: [{ name: 'grpc-tls', secret: { secretName: 'paymentservice-grpc-tls', defaultMode: 420 } }] },
      },
      productcatalogservice: {
        rollout: { at: -75, revision: 9, oldContainers: { server: { image: `${REG}/productcatalogservice:v0.10.5` } } },
        pods: [{}, {}],
      },
    },
    events: [
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set paymentservice-%NEW% to 1', first: -16, last: -16 },
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set paymentservice-%OLD% to 0 from 1', first: -15, last: -15 },
      { on: 'pod:paymentservice#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', message: `Successfully pulled image "${REG}/paymentservice:v0.10.6-tls1" in 2.841s (2.841s including waiting). Image size: 52113408 bytes.`, first: -15.7, last: -15.7 },
      { on: 'pod:paymentservice#0', reason: 'Started', fieldPath: 'spec.containers{server}', message: 'Started container server', first: -15.6, last: -15.6 },
      { on: 'deploy:productcatalogservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set productcatalogservice-%OLD% to 0 from 1', first: -74, last: -74 },
    ],
    logs: {
      'paymentservice#0/server': [
        `{"severity":"info","time":${Date.parse(T2.iso(-15.5))},"pid":1,"hostname":"%POD%","name":"paymentservice-server","message":"Loading TLS credentials from /etc/grpc-tls"}`,
        `{"severity":"info","time":${Date.parse(T2.iso(-15.5))},"pid":1,"hostname":"%POD%","name":"paymentservice-server","message":"PaymentService gRPC server started on port 50051 (tls)"}`,
      ],
      'checkoutservice#0/server': [
        `{"message":"[PlaceOrder] user_id=\\"8e21c5a7-3d9f-4b60-a1e2-7c4f0b9d6a35\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T2.isoMs(-19)}"}`,
        `{"message":"payment went through (transaction_id: 4b1f0e7c-2a9d-4c83-b5e6-91d0f3a7c248)","severity":"info","timestamp":"${T2.isoMs(-18.9)}"}`,
        `{"message":"order confirmation email sent to \\"someone@example.com\\"","severity":"info","timestamp":"${T2.isoMs(-18.9)}"}`,
        `{"message":"[PlaceOrder] user_id=\\"0d4b7e19-a2c6-4f35-9e81-b3f6c0d2a7e4\\" user_currency=\\"EUR\\"","severity":"info","timestamp":"${T2.isoMs(-12.3)}"}`,
        `{"error":"failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection closed before server preface received","message":"failed to place order","severity":"error","timestamp":"${T2.isoMs(-12.2)}"}`,
        `{"message":"[PlaceOrder] user_id=\\"5a9c3e1f-7b2d-4086-8f4a-c1e7d9b30f52\\" user_currency=\\"USD\\"","severity":"info","timestamp":"${T2.isoMs(-5.8)}"}`,
        `{"error":"failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection closed before server preface received","message":"failed to place order","severity":"error","timestamp":"${T2.isoMs(-5.7)}"}`,
      ],
      'frontend#0/server': [
        fl(T2, -12.4, 'debug', 'request started', { path: '/cart/checkout', method: 'POST' }),
        fl(T2, -12.2, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: 'failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection closed before server preface received' }),
        fl(T2, -8.0, 'debug', 'request started', { path: '/product/66VCHSJNUP' }),
        fl(T2, -8.0, 'debug', 'request complete', { path: '/product/66VCHSJNUP' }),
        fl(T2, -5.7, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: 'failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection closed before server preface received' }),
      ],
    },
  },
];
