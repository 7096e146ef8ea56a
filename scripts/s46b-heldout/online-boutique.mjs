// Batch s46b held-out scenario for Online Boutique (split: test), written blind against the kit and the session-2 system
// definition; see each scenario's grounding.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const T = clock('2026-06-03T22:17:00Z');
const front = (min, severity, message, extra = {}) => JSON.stringify({
  'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/',
  ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min),
});
const co = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const refused = 'failed to complete the order: rpc error: code = Internal desc = failed to charge card: could not charge the card: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:paymentservice%:50051: connect: connection refused"';
const ids = ['4d0c7b1e-91a2-4f6b-8c3e-0b7d2a5f9e14', 'a73e2c90-5b1d-4e8f-9a06-3c2b8d7e1f45', '1f9b6e2a-0c3d-47a8-b5e1-8d4c7a2f3b60', '6c2e8a1d-7f4b-4390-a2d5-e9b1c3f07a28', 'e05b3d7c-2a9f-4c16-8e4b-71d0a6c2f9b3', '92d4f1a6-3e7b-4c05-b8a2-5f1c9e0d6b37'];

export const scenarios = [
  {
    folder: 's46b-payment-scaled-to-zero',
    description: 'boutique checkout broken - place order gives 500 for everyone since ~22:00',
    incidentTime: '2026-06-03T22:17:00Z',
    expected: { component: 'paymentservice', cause: 'no-endpoints' },
    alsoAcceptable: [{ component: 'paymentservice', cause: 'dependency-down' }],
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents', 'decoy'],
    grounding: `
      Manifest facts: paymentservice (Node.js gRPC on 50051, one replica) is reached by checkoutservice at paymentservice:50051
      (PAYMENT_SERVICE_ADDR); checkout's PlaceOrder returns "failed to charge card: could not charge the card: %+v" and the frontend
      logs it as "request error" wrapped in "failed to complete the order" (src/frontend/handlers.go, src/checkoutservice/main.go).
      Fault: kube-downscaler (hjacobs/kube-downscaler, a common cost-saving controller) scales paymentservice to 0 at 22:00 UTC
      because a staging overlay copied into the production kustomization set the annotation downscaler/downtime
      "Mon-Fri 22:00-06:00 UTC" on that one Deployment; kube-downscaler writes downscaler/original-replicas "1". The Deployment is
      Available with 0 replicas, its ReplicaSet is at 0 and the paymentservice Endpoints have no addresses, so kube-proxy rejects
      the ClusterIP and checkout's dial gets "connection refused". The expected answer is no-endpoints on paymentservice (a
      Service scaled to zero); dependency-down on paymentservice is also accepted.
      Callers: frontend's request errors on POST /cart/checkout (louder), checkout's PlaceOrder lines; browsing, cart and
      currency keep working. Decoys: adservice OOMKilled three days ago (restart count 1), a healthy recommendationservice
      rollout at 20:40.`,
    workloads: {
      paymentservice: {
        replicas: 0,
        pods: [],
        rsReplicas: 0,
        endpointsChanged: -17,
        deployAnnotations: { 'downscaler/downtime': 'Mon-Fri 22:00-06:00 UTC', 'downscaler/original-replicas': '1' },
        deployStatus: {
          observedGeneration: 9,
          conditions: [
            { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
            { type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 30), reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "paymentservice-%RS%" has successfully progressed.' },
          ],
        },
      },
      adservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
      },
      recommendationservice: { rollout: { at: -97, revision: 5 } },
    },
    events: [
      { on: 'deploy:paymentservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set paymentservice-%NEW% to 0 from 1', first: -17.1 },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set recommendationservice-%NEW% to 1', first: -97 },
      { on: 'deploy:recommendationservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set recommendationservice-%OLD% to 0 from 1', first: -96.2 },
    ],
    logs: {
      'frontend#0/server': [
        front(-19.2, 'debug', 'request complete', { path: '/product/OLJCESPC7Z', id: ids[0] }),
        front(-16.4, 'debug', 'placing order', { method: 'POST', path: '/cart/checkout', id: ids[1] }),
        front(-16.4, 'error', 'request error', { method: 'POST', path: '/cart/checkout', id: ids[1], error: refused }),
        front(-12.8, 'debug', 'placing order', { method: 'POST', path: '/cart/checkout', id: ids[2] }),
        front(-12.8, 'error', 'request error', { method: 'POST', path: '/cart/checkout', id: ids[2], error: refused }),
        front(-9.1, 'debug', 'request complete', { path: '/cart', id: ids[3] }),
        front(-5.5, 'debug', 'placing order', { method: 'POST', path: '/cart/checkout', id: ids[4] }),
        front(-5.5, 'error', 'request error', { method: 'POST', path: '/cart/checkout', id: ids[4], error: refused }),
        front(-1.3, 'debug', 'placing order', { method: 'POST', path: '/cart/checkout', id: ids[5] }),
        front(-1.3, 'error', 'request error', { method: 'POST', path: '/cart/checkout', id: ids[5], error: refused }),
      ],
      'frontend#1/server': [
        front(-18.5, 'debug', 'request complete', { path: '/', id: '3b8e1f72-6d0a-49c5-a1e7-2c9f5b4d8e06' }),
        front(-14.7, 'debug', 'placing order', { method: 'POST', path: '/cart/checkout', id: '7a1c4e9b-2f6d-4b83-9e05-d6a3f1c8b272' }),
        front(-14.7, 'error', 'request error', { method: 'POST', path: '/cart/checkout', id: '7a1c4e9b-2f6d-4b83-9e05-d6a3f1c8b272', error: refused }),
        front(-7.9, 'debug', 'placing order', { method: 'POST', path: '/cart/checkout', id: 'c4f0a2d8-9b1e-4e67-83c5-1a7d0e6b9f31' }),
        front(-7.9, 'error', 'request error', { method: 'POST', path: '/cart/checkout', id: 'c4f0a2d8-9b1e-4e67-83c5-1a7d0e6b9f31', error: refused }),
        front(-3.2, 'debug', 'request complete', { path: '/product/66VCHSJNUP', id: 'f18d6b3a-4c2e-4a90-b7d1-5e9c0a3f2b84' }),
      ],
      'checkoutservice#0/server': [
        co(-24.3, 'info', '[PlaceOrder] user_id="6f8e3a1c-b2d4-4f09-9a7e-1c5d3b8f0e62" user_currency="USD"'),
        co(-24.3, 'info', 'payment went through (transaction_id: 8d2e4b1f-6a3c-4e97-b0d5-7f1a9c3e2b48)'),
        co(-24.2, 'info', 'order confirmation email sent to "someone@example.com"'),
        co(-16.4, 'info', '[PlaceOrder] user_id="9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0" user_currency="USD"'),
        co(-14.7, 'info', '[PlaceOrder] user_id="2d7c1e9a-4b3f-4a68-8e0d-6f5b2a1c9d37" user_currency="EUR"'),
        co(-12.8, 'info', '[PlaceOrder] user_id="9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0" user_currency="USD"'),
        co(-7.9, 'info', '[PlaceOrder] user_id="5e0a9d3c-7b1f-4c26-a8e4-3d9b6f2c1a75" user_currency="JPY"'),
        co(-5.5, 'info', '[PlaceOrder] user_id="9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0" user_currency="USD"'),
        co(-1.3, 'info', '[PlaceOrder] user_id="9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0" user_currency="USD"'),
      ],
      'recommendationservice#0/server': [
        '{"timestamp": 1780519231.118205, "severity": "INFO", "name": "recommendationservice-server", "message": "listening on port: 8080"}',
        '{"timestamp": 1780524898.420611, "severity": "INFO", "name": "recommendationservice-server", "message": "[Recv ListRecommendations] product_ids=[\'0PUK6V6EV0\', \'L9ECAV7KIM\', \'2ZYFJ3GM2N\', \'9SIQT8TOJO\', \'LS4PSXUNUM\']"}',
      ],
    },
  },
];
