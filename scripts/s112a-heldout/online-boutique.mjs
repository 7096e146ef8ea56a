// Blind held-out batch s112a: one Online Boutique scenario (split test) on the session-2 system definition.
// Built by scripts/s112a-build.mjs with scripts/s2-scenario-kit.mjs.
import { clock } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/online-boutique.mjs';

const I = '2026-05-19T15:05:00Z';
const T = clock(I);
const fl = (min, severity, message, extra = {}) => JSON.stringify({ 'http.req.id': extra.id ?? `3e9b1c27-8a4d-4f60-b2e1-${String(1000 + Math.round(min * 10 + 700)).padStart(12, '0')}`, 'http.req.method': extra.method ?? 'GET', 'http.req.path': extra.path ?? '/', ...(extra.error ? { error: extra.error } : {}), message, session: 'a71f0c52-94be-4d1a-8c3e-5f27b6d9e014', severity, timestamp: T.isoMs(min) });
const lines = [];
for (let m = -14; m < -0.5; m += 0.5) {
  lines.push(fl(m, 'debug', 'request started', { path: '/product/OLJCESPC7Z' }));
  lines.push(fl(m + 0.01, 'debug', 'request complete', { path: '/product/OLJCESPC7Z' }));
}
lines.push(fl(-9.2, 'error', 'request error', { path: '/cart/checkout', method: 'POST', error: 'failed to complete the order: rpc error: code = Canceled desc = context canceled' }));
lines.sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp));
export const scenarios = [
  {
    folder: 's112a-frontend-one-canceled-checkout',
    incidentTime: I,
    description: 'got a single 5xx page alert on the boutique frontend ~10 min ago, auto-resolved. anything broken?',
    expected: null,
    difficulty: 'hard',
    traits: ['no-fault', 'partial-name', 'time-expression'],
    grounding: `No fault: the frontend logged one "request error" for a checkout POST whose client (the loadgenerator's
      locust user) went away, so the gRPC call was canceled (code = Canceled, context canceled) — an error the
      frontend's logging middleware prints for a client abort, not a backend failure. Every pod Ready, no restarts,
      no Warning events. Manifests as upstream release/kubernetes-manifests.yaml v0.10.6.`,
    events: [],
    logs: { 'frontend#0/server': lines },
  },
];
