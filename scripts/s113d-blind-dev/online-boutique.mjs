// Blind dev batch s113d (no-fault incidents), Online Boutique: a confirmation email a customer never got.
// The address was mistyped by the shopper and the upstream emailservice only logs (DummyEmailService); nothing is wrong.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/online-boutique.mjs';

const T = clock('2026-05-12T15:40:00Z');
const co = (min, msg) => JSON.stringify({ message: msg, severity: 'info', timestamp: T.isoMs(min) });
const em = (min, sev, msg) => JSON.stringify({ timestamp: T.isoMs(min).replace('Z', '412Z'), severity: sev, name: 'emailservice-server', message: msg });
const fe = (min, sev, msg, path, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? 'b3f0c2de-71a4-4e0b-9c55-1f2e8a7d6c40', 'http.req.method': extra.method ?? 'GET', 'http.req.path': path, ...(extra.error ? { error: extra.error } : {}), message: msg, session: extra.session ?? '4e7d2a91-0c6b-4f38-a2d5-93b1c7e6f0a2', severity: sev, timestamp: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's113d-confirmation-email-typo',
    incidentTime: '2026-05-12T15:40:00Z',
    description: 'cust support: customer placed order ~30min ago, checkout worked but no confirmation email. is emailsvc down?',
    difficulty: 'medium',
    traits: ['no-fault', 'partial-name', 'time-expression', 'decoy'],
    workloads: {
      emailservice: { pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.1) } }) } }] },
    },
    events: [
      { on: 'pod:frontend#1', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -47, last: -47, fieldPath: 'spec.containers{server}' },
    ],
    logs: {
      'checkoutservice#0/server': [
        co(-33.2, '[PlaceOrder] user_id="7c1e5b20-4a8d-4f0e-b6a3-2d9c81e47f55" user_currency="EUR"'),
        co(-33.1, 'payment went through (transaction_id: 3d6f0a1e-8b27-4c94-a5e1-7f2b0c9d4e68)'),
        co(-33.1, 'order confirmation email sent to "m.kowalski@gmial.com"'),
        co(-21.4, '[PlaceOrder] user_id="a91f04c3-2e6b-4d77-8c10-5b3e9f2a7d14" user_currency="USD"'),
        co(-21.3, 'payment went through (transaction_id: 9e2b7c41-0f5d-4a83-b6e2-1c8d3a5f7e90)'),
        co(-21.3, 'order confirmation email sent to "someone@example.com"'),
        co(-6.8, '[PlaceOrder] user_id="0b4d8e27-6c1a-4f92-9e35-a7c2f1d04b83" user_currency="USD"'),
        co(-6.7, 'payment went through (transaction_id: 5a0c3e9f-2d71-4b68-8f14-e6b9d2c07a35)'),
        co(-6.7, 'order confirmation email sent to "someone@example.com"'),
      ],
      'emailservice#0/server': [
        em(-60 * 24 * 2 + 0.1, 'INFO', 'starting the email service in dummy mode.'),
        em(-60 * 24 * 2 + 0.1, 'INFO', 'Profiler disabled.'),
        em(-60 * 24 * 2 + 0.1, 'INFO', 'Tracing disabled.'),
        em(-60 * 24 * 2 + 0.2, 'INFO', 'listening on port: 8080'),
        em(-33.1, 'INFO', 'A request to send order confirmation email to m.kowalski@gmial.com has been received.'),
        em(-21.3, 'INFO', 'A request to send order confirmation email to someone@example.com has been received.'),
        em(-6.7, 'INFO', 'A request to send order confirmation email to someone@example.com has been received.'),
      ],
      'frontend#0/server': [
        fe(-33.3, 'info', 'request started', '/cart/checkout', { method: 'POST', session: '7c1e5b20-4a8d-4f0e-b6a3-2d9c81e47f55' }),
        fe(-33.0, 'debug', 'request complete', '/cart/checkout', { method: 'POST', session: '7c1e5b20-4a8d-4f0e-b6a3-2d9c81e47f55' }),
        fe(-18.2, 'error', 'request error', '/product/9SIQT8TOJQ', { id: '0f7a3c19-5e2d-4b86-a1c4-8d6e2b9f3a70', error: 'failed to retrieve product: rpc error: code = Canceled desc = context canceled' }),
        fe(-12.9, 'error', 'request error', '/product/ZZZZZZZZZ', { id: '6b2e9d04-1a7c-4f35-b8e0-c3d5a9f16e27', error: 'failed to retrieve product: rpc error: code = NotFound desc = no product with ID ZZZZZZZZZ' }),
      ],
      'frontend#1/server': [
        fe(-47.2, 'error', 'request error', '/cart', { id: '2c8f1b7e-9d3a-4e60-a5b2-7f0e4c1d8a96', error: 'failed to get cart: rpc error: code = Canceled desc = context canceled' }),
        fe(-21.5, 'info', 'request started', '/cart/checkout', { method: 'POST', session: 'a91f04c3-2e6b-4d77-8c10-5b3e9f2a7d14' }),
      ],
    },
    grounding: `
      Upstream emailservice (release/kubernetes-manifests.yaml at 34ffea9, src/emailservice/email_server.py) runs
      DummyEmailService unless a real sender is configured: it only logs "A request to send order confirmation email to
      <address> has been received." The checkoutservice log shows the customer's order placed, paid and its email handed
      to emailservice for "m.kowalski@gmial.com" (a mistyped domain); emailservice received it. Nothing in the cluster is
      wrong: the shopper mistyped the address (and the demo never delivers mail anyway). Decoys: an OOMKilled restart of
      emailservice two days ago, a frontend readiness probe timeout 47 minutes ago, routine context-canceled and NotFound
      product lines. Deviation from upstream: none beyond the restart history.`,
  },
];
