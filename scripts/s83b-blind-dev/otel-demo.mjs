// Blind dev batch s83b, OpenTelemetry demo: one bad-deploy-rollout scenario (an in-house payment build with a newer card
// validator that returns "Visa", rejected by the lower-case check; pods Ready, checkout loud). Kit-built.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };
const INC = '2026-05-15T10:20:00Z';
const T = clock(INC);
const NEW = 'europe-docker.pkg.dev/astro-prod/otel-demo/payment:2.1.3-astro.2';
const pay = (min, lvl, msg, extra = '') => `{"level":${lvl},"time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"%POD%","service.name":"payment",${extra}"msg":"${msg}"}`;
const p = [pay(-33.4, 30, 'payment gRPC server started on port 8080')];
const co = [];
for (let m = -32; m < -0.3; m += 1.7) {
  p.push(pay(m, 30, 'Charge request received.', '"request":{"amount":{"currencyCode":"USD","units":{"low":' + (40 + Math.round(-m)) + ',"high":0,"unsigned":false},"nanos":990000000}},'));
  p.push(pay(m + 0.001, 50, 'Sorry, we cannot process Visa credit cards. Only VISA or MasterCard is accepted.'));
  co.push(`{"time":"${T.isoMs(m + 0.002)}","level":"ERROR","msg":"failed to charge card: could not charge the card: rpc error: code = Unknown desc = Sorry, we cannot process Visa credit cards. Only VISA or MasterCard is accepted."}`);
}
const proxy = [];
for (let m = -31.5; m < -0.3; m += 2.2) proxy.push(`[${T.isoMs(m)}] "POST /api/checkout?currencyCode=USD HTTP/1.1" 500 - via_upstream - "-" 412 93 61 60 "-" "python-requests/2.32.3" "b1c7e0f4-3a2d-4c8e-9d55-7f0a1e6c2b9${Math.round(-m) % 10}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080" frontend %PODIP%:41882 %PODIP%:8080 %IPOF:load-generator#0%:50212 - -`);

export const scenarios = [{
  folder: 's83b-payment-card-type-case',
  incidentTime: INC,
  description: 'checkout broken in the astro shop for ~30 min, every order "could not charge the card". payments team deployed this morning but says pods are healthy',
  expected: { component: 'payment', cause: 'bad-deploy-rollout' },
  difficulty: 'medium',
  traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
  grounding: `
    OpenTelemetry demo 2.1.3 (kubernetes/opentelemetry-demo.yaml at a8a3ea2): checkout calls payment (PAYMENT_ADDR payment:8080)
    for every order; payment's charge.js validates the card with simple-card-validator and throws "Sorry, we cannot process
    \${cardType} credit cards. Only VISA or MasterCard is accepted." unless the type is 'visa' or 'mastercard'. The fault
    follows the common regression of a dependency bump that changes a returned string's case: the team's in-house build
    (image 2.1.3-astro.2, rolled out 34 minutes before the incident, the only template difference is the image) pulls a
    validator that returns "Visa", so every charge is rejected. Payment pods are Running and Ready, no restart; checkout's
    and frontend-proxy's 500s are the loud part. Decoy: checkout restarted once three days ago (OOMKilled at its 20Mi limit).
    Deviations: the in-house image and registry are invented; checkout's log line is written as Go slog JSON. Expected cause
    fixed before generation.`,
  workloads: {
    payment: {
      rollout: { at: -34, oldContainers: { payment: { image: 'ghcr.io/open-telemetry/demo:2.1.3-payment' } } },
      containers: { payment: { image: NEW } },
    },
    checkout: {
      pods: [{ containers: { checkout: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }],
    },
  },
  events: [
    { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: -34 },
    { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: -33.3 },
  ],
  logs: { 'payment#0/payment': p, 'checkout#0/checkout': co, 'frontend-proxy#0/frontend-proxy': proxy },
}];
