// Blind held-out batch s88b: one Online Boutique scenario (split test) as a spec of the scenario kit.
// System from the system part of scripts/s2-scenarios/online-boutique.mjs; built by scripts/s88b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const INC = '2026-06-02T16:48:00Z';
const T = clock(INC);
const frontLine = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'c1a8f0de-3b1e-4c57-9d6a-2f4b9e7a1c03', 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: extra.session ?? '9b2f64c7-0e2a-4c39-b4d1-6a3c2e19f8d0', severity, timestamp: T.isoMs(min) });
const dialErr = 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp %SVCIP:shippingservice%:50051: connect: connection refused"';
const goLog = (min, sev, msg) => JSON.stringify({ message: msg, severity: sev, timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's88b-cart-page-500-after-canary-prep',
    description: 'cart page 500s for everyone since ~16:30, browsing products fine. shiping svc pods look green tho',
    incidentTime: INC,
    expected: { component: 'shippingservice', cause: 'no-endpoints' },
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'typo', 'partial-name', 'time-expression', 'decoy'],
    grounding: `
      Manifests: release/kubernetes-manifests.yaml at 34ffea9 (Service shippingservice selects app: shippingservice, port 50051;
      frontend and checkoutservice dial SHIPPING_SERVICE_ADDR shippingservice:50051).
      Fault: while preparing a canary, an engineer applied a Service patch adding version: v2 to the shippingservice
      selector; no pod carries that label, so the Endpoints object is emptied (the endpoints controller writes no subsets)
      while both the Deployment and its pod stay healthy and Ready. kube-proxy rejects connections to a Service without
      endpoints, so gRPC callers see connect: connection refused: the frontend fails every cart view with
      "failed to get shipping quote" and checkoutservice fails PlaceOrder with "shipping quote failure" (texts of
      src/frontend/handlers.go and src/checkoutservice/main.go). Product pages do not call shipping and keep working.
      Decoy: recommendationservice was OOMKilled once three days ago.
      Deviation from upstream: the extra selector key on the Service.`,
    workloads: {
      shippingservice: { serviceSelector: { app: 'shippingservice', version: 'v2' }, endpointsChanged: -18.5 },
      recommendationservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 72), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 72 - 0.1) } }) } }],
      },
    },
    events: [],
    logs: {
      'frontend#0/server': [
        frontLine(-19, 'info', 'request complete', { path: '/cart' }),
        frontLine(-17.9, 'error', 'request error', { path: '/cart', error: `failed to get shipping quote: ${dialErr}` }),
        frontLine(-12.2, 'info', 'request complete', { path: '/product/OLJCESPC7Z', id: '5d2e9a71-8c14-4f0b-a3e6-19b7c0d4f258' }),
        frontLine(-9.4, 'error', 'request error', { path: '/cart/checkout', method: 'POST', id: '0e7c4b93-2a6f-4d18-9b5e-c81f3a6d7e20', error: `failed to complete the order: rpc error: code = Internal desc = failed to prepare order: shipping quote failure: ${dialErr}` }),
        frontLine(-1.2, 'error', 'request error', { path: '/cart', id: '7a3f1e08-64b2-4c9d-8e51-2d0b9f6c3a47', error: `failed to get shipping quote: ${dialErr}` }),
        frontLine(-0.8, 'info', 'request complete', { path: '/', id: 'e4b82c16-9d3a-4f70-b5e2-6a1c8d0f3b95' }),
      ],
      'frontend#1/server': [
        frontLine(-3.3, 'error', 'request error', { path: '/cart', id: 'b19d6f2e-7c04-4a83-9e5b-3f8a0c2d6e71', error: `failed to get shipping quote: ${dialErr}` }),
      ],
      'checkoutservice#0/server': [
        goLog(-20.5, 'info', '[PlaceOrder] user_id="2f1a0c3e-55b7-4b8e-9d2a-6c4f1e7b0a93" user_currency="USD"'),
        goLog(-20.4, 'info', 'payment went through (transaction_id: 4b5f0f3c-91d4-4a8e-bb6e-3a2d7c9e1f05)'),
        goLog(-9.4, 'info', '[PlaceOrder] user_id="8c6d2e4a-13f9-4b75-a0e8-5d7b3c1f9e26" user_currency="EUR"'),
      ],
      'shippingservice#0/server': [
        goLog(-22, 'info', '[GetQuote] received request'),
        goLog(-22, 'info', '[GetQuote] completed request'),
        goLog(-19.2, 'info', '[GetQuote] received request'),
        goLog(-19.2, 'info', '[GetQuote] completed request'),
      ],
    },
  },
];
