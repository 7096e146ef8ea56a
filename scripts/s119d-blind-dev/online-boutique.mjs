// Batch s119d (blind, dev): one Online Boutique no-fault scenario — an order email held by the customer's own mail filter.
// System part copied from scripts/s2-scenarios/online-boutique.mjs (GoogleCloudPlatform/microservices-demo 34ffea9, v0.10.6).
import { clock, cs } from '../s2-scenario-kit.mjs';

const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const grpcProbe = (port) => ({ grpc: { port, service: '' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
const sec = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, privileged: false, readOnlyRootFilesystem: true };
const res = (rc, rm, lc, lm) => ({ requests: { cpu: rc, memory: rm }, limits: { cpu: lc, memory: lm } });
const svc = (name, port, env = [], r = res('100m', '64Mi', '200m', '128Mi'), extra = {}) => ({
  name,
  containers: [{ name: 'server', image: `${REG}/${name}:v0.10.6`, ports: [{ containerPort: port }], env: [{ name: 'PORT', value: String(port) }, ...env], readinessProbe: grpcProbe(port), livenessProbe: grpcProbe(port), resources: r, securityContext: sec }],
  service: { ports: [{ name: 'grpc', port: extra.svcPort ?? port, targetPort: port }] },
  serviceAccountName: name,
  terminationGracePeriodSeconds: 5,
  podSecurityContext: { fsGroup: 1000, runAsGroup: 1000, runAsNonRoot: true, runAsUser: 1000 },
  ...extra,
});
const ADDR = {
  pc: { name: 'PRODUCT_CATALOG_SERVICE_ADDR', value: 'productcatalogservice:3550' },
  cur: { name: 'CURRENCY_SERVICE_ADDR', value: 'currencyservice:7000' },
  cart: { name: 'CART_SERVICE_ADDR', value: 'cartservice:7070' },
  rec: { name: 'RECOMMENDATION_SERVICE_ADDR', value: 'recommendationservice:8080' },
  ship: { name: 'SHIPPING_SERVICE_ADDR', value: 'shippingservice:50051' },
  co: { name: 'CHECKOUT_SERVICE_ADDR', value: 'checkoutservice:5050' },
  ad: { name: 'AD_SERVICE_ADDR', value: 'adservice:9555' },
  pay: { name: 'PAYMENT_SERVICE_ADDR', value: 'paymentservice:50051' },
  email: { name: 'EMAIL_SERVICE_ADDR', value: 'emailservice:5000' },
};
const httpProbe = (path, cookie) => ({ httpGet: { path, port: 8080, scheme: 'HTTP', httpHeaders: [{ name: 'Cookie', value: cookie }] }, initialDelaySeconds: 10, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });

export const system = {
  id: 'online-boutique',
  namespace: 'boutique',
  labels: (name) => ({ app: name }),
  nodeLabels: (n) => ({ 'cloud.google.com/gke-nodepool': 'default-pool', 'node.kubernetes.io/instance-type': 'e2-standard-4', 'topology.kubernetes.io/zone': n.zone }),
  kernel: '6.1.100+', osImage: 'Container-Optimized OS from Google', kubelet: 'v1.30.5-gke.1014001',
  nodes: [
    { name: 'gke-boutique-prod-default-pool-4f2a9c1e-7kqx', ip: '10.128.0.14', podCidr: '10.8.0', zone: 'us-central1-a' },
    { name: 'gke-boutique-prod-default-pool-4f2a9c1e-m2dt', ip: '10.128.0.15', podCidr: '10.8.1', zone: 'us-central1-a' },
    { name: 'gke-boutique-prod-default-pool-9b31d0a7-wz5c', ip: '10.128.0.22', podCidr: '10.8.2', zone: 'us-central1-b' },
  ],
  workloads: [
    {
      name: 'frontend',
      containers: [{ name: 'server', image: `${REG}/frontend:v0.10.6`, ports: [{ containerPort: 8080 }], env: [{ name: 'PORT', value: '8080' }, ADDR.pc, ADDR.cur, ADDR.cart, ADDR.rec, ADDR.ship, ADDR.co, ADDR.ad, { name: 'SHOPPING_ASSISTANT_SERVICE_ADDR', value: 'shoppingassistantservice:80' }, { name: 'ENABLE_PROFILER', value: '0' }], readinessProbe: httpProbe('/_healthz', 'shop_session-id=x-readiness-probe'), livenessProbe: httpProbe('/_healthz', 'shop_session-id=x-liveness-probe'), resources: res('100m', '64Mi', '200m', '128Mi'), securityContext: sec }],
      service: { ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
      serviceAccountName: 'frontend', podAnnotations: { 'sidecar.istio.io/rewriteAppHTTPProbers': 'true' }, replicas: 2,
    },
    svc('checkoutservice', 5050, [ADDR.pc, ADDR.ship, ADDR.pay, ADDR.email, ADDR.cur, ADDR.cart]),
    svc('cartservice', 7070, [{ name: 'REDIS_ADDR', value: 'redis-cart:6379' }], res('200m', '64Mi', '300m', '128Mi'), { replicas: 2 }),
    {
      name: 'redis-cart',
      containers: [{ name: 'redis', image: 'redis:alpine', ports: [{ containerPort: 6379 }], readinessProbe: { tcpSocket: { port: 6379 }, periodSeconds: 5, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 }, livenessProbe: { tcpSocket: { port: 6379 }, periodSeconds: 5, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 }, volumeMounts: [{ mountPath: '/data', name: 'redis-data' }], resources: res('70m', '200Mi', '125m', '256Mi'), securityContext: sec }],
      volumes: [{ name: 'redis-data', emptyDir: {} }],
      service: { ports: [{ name: 'tcp-redis', port: 6379, targetPort: 6379 }] },
      podSecurityContext: { fsGroup: 1000, runAsGroup: 1000, runAsNonRoot: true, runAsUser: 1000 },
    },
    svc('productcatalogservice', 3550, [{ name: 'DISABLE_PROFILER', value: '1' }], undefined, { replicas: 2 }),
    svc('currencyservice', 7000, [{ name: 'DISABLE_PROFILER', value: '1' }]),
    svc('paymentservice', 50051, [{ name: 'DISABLE_PROFILER', value: '1' }]),
    svc('shippingservice', 50051, [{ name: 'DISABLE_PROFILER', value: '1' }]),
    svc('emailservice', 8080, [{ name: 'DISABLE_PROFILER', value: '1' }, { name: 'SENDGRID_API_HOST', value: 'api.sendgrid.com' }], undefined, { svcPort: 5000, service: { ports: [{ name: 'grpc', port: 5000, targetPort: 8080 }] } }),
    svc('recommendationservice', 8080, [ADDR.pc, { name: 'DISABLE_PROFILER', value: '1' }], res('100m', '220Mi', '200m', '450Mi')),
    svc('adservice', 9555, [], res('200m', '180Mi', '300m', '300Mi')),
    {
      name: 'loadgenerator',
      containers: [{ name: 'main', image: `${REG}/loadgenerator:v0.10.6`, env: [{ name: 'FRONTEND_ADDR', value: 'frontend:80' }, { name: 'USERS', value: '10' }, { name: 'RATE', value: '1' }], resources: res('300m', '256Mi', '500m', '512Mi'), securityContext: sec }],
      serviceAccountName: 'loadgenerator',
    },
  ],
};

const frontLine = (T, min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min) });


const T = clock('2026-05-12T10:40:00Z');
const emailOld = { server: { env: [{ name: 'PORT', value: '8080' }, { name: 'DISABLE_PROFILER', value: '1' }, { name: 'SENDGRID_API_HOST', value: 'api.sendgrid.com' }], resources: res('100m', '64Mi', '200m', '128Mi') } };
const emailNew = { env: [{ name: 'PORT', value: '8080' }, { name: 'DISABLE_PROFILER', value: '1' }, { name: 'SENDGRID_API_HOST', value: 'api.sendgrid.com' }], resources: res('100m', '96Mi', '200m', '192Mi') };
const coLog = (min, level, msg, extra = {}) => JSON.stringify({ message: msg, severity: level, timestamp: T.isoMs(min), ...extra });
const emLog = (min, msg, level = 'INFO') => JSON.stringify({ timestamp: Date.parse(T.isoMs(min)) / 1000, severity: level, name: 'emailservice-server', message: msg });

export const scenarios = [
  {
    folder: 's119d-order-email-never-arrived',
    incidentTime: '2026-05-12T10:40:00Z',
    description: 'cust says they placed an order ~10:15 and never got the confirmation email, checked spam too. did the email svc break during this mornings deploy?',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'time-expression', 'partial-name'],
    workloads: {
      emailservice: {
        containers: { server: emailNew },
        rollout: { at: -48, revision: 5, oldContainers: emailOld },
        pods: [{
          containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-45.5), last: { exitCode: 137, reason: 'Error', startedAt: T.iso(-47.5), finishedAt: T.iso(-45.6) } }) },
          readyTransition: T.iso(-45.2),
        }],
      },
      cartservice: { pods: [{}, { containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }] },
    },
    events: [
      { on: 'deploy:emailservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set emailservice-%NEW% to 1', first: -48 },
      { on: 'deploy:emailservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set emailservice-%OLD% to 0 from 1', first: -45 },
      { on: 'pod:emailservice#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -48 },
      { on: 'pod:emailservice#0', reason: 'Pulled', message: `Container image "${REG}/emailservice:v0.10.6" already present on machine`, fieldPath: 'spec.containers{server}', first: -47.6, last: -45.6, count: 2 },
      { on: 'pod:emailservice#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -47.5, last: -45.5, count: 2 },
      { on: 'pod:emailservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: timeout: failed to connect service ":8080" within 1s', fieldPath: 'spec.containers{server}', first: -47.3, last: -46.0, count: 8 },
      { on: 'pod:emailservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Liveness probe failed: timeout: failed to connect service ":8080" within 1s', fieldPath: 'spec.containers{server}', first: -46.8, last: -45.9, count: 3 },
      { on: 'pod:emailservice#0', reason: 'Killing', message: 'Container server failed liveness probe, will be restarted', fieldPath: 'spec.containers{server}', first: -45.7 },
    ],
    logs: {
      'emailservice#0/server/previous': [
        emLog(-47.4, 'starting the email service in dummy mode.'),
        emLog(-46.2, 'Profiler disabled.'),
      ],
      'emailservice#0/server': [
        emLog(-45.4, 'starting the email service in dummy mode.'),
        emLog(-45.3, 'Profiler disabled.'),
        emLog(-45.2, 'listening on port: 8080'),
        emLog(-38.1, 'A request to send order confirmation email to leah.okafor@example.org has been received.'),
        emLog(-29.7, 'A request to send order confirmation email to m.kowalczyk@contoso.co has been received.'),
        emLog(-24.6, 'A request to send order confirmation email to dan.brightwater@fastmail.example has been received.'),
        emLog(-11.0, 'A request to send order confirmation email to someone@example.com has been received.'),
      ],
      'checkoutservice#0/server': [
        coLog(-50.3, 'info', '[PlaceOrder] user_id="5e1f4f0c-1a8d-4e0b-9f0c-2b7d1f6a0e31" user_currency="USD"'),
        coLog(-50.2, 'info', 'payment went through (transaction_id: 3f6a2d8e-0b71-4d6c-9a15-7e2c4b9d8f10)'),
        coLog(-50.2, 'info', 'order confirmation email sent to "j.tran@example.net"'),
        ...[-47.4, -47.1, -46.8, -46.6, -46.3, -46.0, -45.8].flatMap((m, i) => [
          coLog(m, 'info', `[PlaceOrder] user_id="${['8c2d', '41aa', '9e07', '2b5f', 'd310', '77c4', 'a0e8'][i]}6e1b-3f0a-4c2e-8d7b-1a9f5c3e2d40" user_currency="${i % 2 ? 'EUR' : 'USD'}"`),
          coLog(m + 0.02, 'info', `payment went through (transaction_id: ${['b1', 'c7', '0d', '5e', 'f2', '93', '6a'][i]}4e2f7a-8c1d-4b3e-9f60-2d7a1c5e8b94)`),
          coLog(m + 0.05, 'warning', `failed to send order confirmation to "buyer${i + 3}@example.com": rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:emailservice%:5000: connect: connection refused"`),
        ]),
        coLog(-38.1, 'info', '[PlaceOrder] user_id="0f3b7c2e-5d91-4a6e-b8c4-7e2a1d9f3b50" user_currency="USD"'),
        coLog(-38.1, 'info', 'payment went through (transaction_id: 7c1e9a4d-2f6b-4e8a-b3d0-5a9e1c7f2b64)'),
        coLog(-38.1, 'info', 'order confirmation email sent to "leah.okafor@example.org"'),
        coLog(-29.7, 'info', '[PlaceOrder] user_id="6a2e8d1f-4c7b-4f9e-a0b3-9d5c2e7a1f86" user_currency="EUR"'),
        coLog(-29.7, 'info', 'payment went through (transaction_id: 2d8f5b1c-9e3a-4c7d-8f2b-6e1a4d9c7b35)'),
        coLog(-29.7, 'info', 'order confirmation email sent to "m.kowalczyk@contoso.co"'),
        coLog(-24.6, 'info', '[PlaceOrder] user_id="c4d1a7e9-3b2f-4e6a-9c8d-1f5b7a2e4d93" user_currency="USD"'),
        coLog(-24.6, 'info', 'payment went through (transaction_id: 9a3f6c2e-7d1b-4a8e-b5c9-4e2d8f1a6c07)'),
        coLog(-24.6, 'info', 'order confirmation email sent to "dan.brightwater@fastmail.example"'),
        coLog(-11.0, 'info', '[PlaceOrder] user_id="e8b2c5d7-1a4f-4c3e-9b6a-2d7f1e5c8a49" user_currency="USD"'),
        coLog(-11.0, 'info', 'payment went through (transaction_id: 5b7e1d3a-8c2f-4d9b-a6e4-3f1c9a7d2e58)'),
        coLog(-11.0, 'info', 'order confirmation email sent to "someone@example.com"'),
      ],
      'frontend#0/server': [
        frontLine(T, -47.4, 'error', 'request error', { path: '/cart/checkout', method: 'POST', id: '1e6c9b2a-4f7d-4a3e-8b5c-9d2f1a7e6c30', error: 'rpc error: code = Canceled desc = context canceled' }),
        frontLine(T, -24.6, 'info', 'request complete', { path: '/cart/checkout', method: 'POST', id: '8d4a2f6e-1c9b-4e7a-b3d5-2a8f6c1e9d47' }),
        frontLine(T, -11.0, 'info', 'request complete', { path: '/cart/checkout', method: 'POST', id: '3a9e7c1d-5b2f-4d8a-9e6c-7b1a4f2d8e05' }),
      ],
    },
    grounding: `
      No fault in the cluster. Online Boutique's emailservice (src/emailservice/email_server.py at v0.10.6) runs in dummy
      mode: it logs "A request to send order confirmation email to <addr> has been received." and never hands mail to a
      relay from this deployment; checkoutservice logs "order confirmation email sent to" after the RPC succeeds and only
      warns (order still placed) when SendOrderConfirmation fails. The customer's 10:15 order (checkout at 10:15:24) is
      logged by both sides after the rollout finished, so the message left the cluster; the reason it was not seen is the
      recipient's own mail filtering, outside the cluster. Decoy in the window: an emailservice rollout at 09:52 (memory
      request/limit raised 64Mi/128Mi -> 96Mi/192Mi, the only template change) whose first container failed its gRPC
      readiness/liveness probes while starting and was restarted once (exit 137 after the liveness kill), with
      checkoutservice logging seven "failed to send order confirmation ... connection refused" warnings during those two
      minutes; an old cartservice OOM three days ago. Deviations from upstream: emailservice resources in the new
      revision; customer addresses invented.`,
  },
];
