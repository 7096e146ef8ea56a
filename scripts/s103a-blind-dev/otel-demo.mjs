// Blind dev batch s103a, OpenTelemetry demo: one scenario (shipping's QUOTE_ADDR lost its http:// scheme in a values edit).
// System from scripts/kit-systems/otel-demo.mjs; built by scripts/s103a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };
const T = clock('2025-09-03T09:45:00Z');
const ship = system.workloads.find((w) => w.name === 'shipping').containers[0];
const newEnv = ship.env.map((e) => (e.name === 'QUOTE_ADDR' ? { name: 'QUOTE_ADDR', value: 'quote:8080' } : e));
const rust = (min, level, target, msg) => `${T.isoMs(min).replace('Z', '000Z')}  ${level.padStart(5)} ${target}: ${msg}`;
const goJ = (min, level, msg) => JSON.stringify({ level, msg, time: T.isoMs(min) });

export const scenarios = [
  {
    folder: 's103a-shipping-quote-addr-no-scheme',
    incidentTime: T.iso(0),
    description: 'astronomy shop checkout failing for everyone since about 9:20 — "failed to get shipping quote". quote service looks fine?',
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    expected: { component: 'shipping', cause: 'config-error' },
    alsoAcceptable: [{ component: 'shipping', cause: 'bad-deploy-rollout' }],
    workloads: {
      shipping: {
        containers: { shipping: { env: newEnv } },
        rollout: { at: -26, revision: 5, oldContainers: { shipping: { env: ship.env } } },
      },
    },
    events: [
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled up replica set shipping-%NEW% to 1', first: -26 },
      { on: 'deploy:shipping', reason: 'ScalingReplicaSet', message: 'Scaled down replica set shipping-%OLD% to 0 from 1', first: -25.4 },
      { on: 'pod:shipping#0', reason: 'Started', message: 'Started container shipping', first: -25.6, fieldPath: 'spec.containers{shipping}' },
    ],
    logs: {
      'shipping#0/shipping': [
        rust(-25.5, 'INFO', 'shipping', 'listening on 0.0.0.0:8080'),
        rust(-24.1, 'INFO', 'shipping::shipping_service', 'Received quote request'),
        rust(-24.1, 'ERROR', 'shipping::shipping_service::quote', 'Failed to request quote: builder error for url (quote:8080/getquote): URL scheme is not allowed'),
        rust(-9.3, 'INFO', 'shipping::shipping_service', 'Received quote request'),
        rust(-9.3, 'ERROR', 'shipping::shipping_service::quote', 'Failed to request quote: builder error for url (quote:8080/getquote): URL scheme is not allowed'),
        rust(-1.2, 'INFO', 'shipping::shipping_service', 'Received quote request'),
        rust(-1.2, 'ERROR', 'shipping::shipping_service::quote', 'Failed to request quote: builder error for url (quote:8080/getquote): URL scheme is not allowed'),
      ],
      'checkout#0/checkout': [
        goJ(-40, 'INFO', 'payment went through (transaction_id: 9f1e3b2a-6c4d-4e8f-a1b7-3d5c9e0f2a64)'),
        goJ(-40, 'INFO', 'order confirmation email sent to "ada@example.com"'),
        goJ(-24.1, 'ERROR', 'failed to prepare order: failed to get shipping quote: failed POST to shipping service: expected 200 response, got 500'),
        goJ(-9.3, 'ERROR', 'failed to prepare order: failed to get shipping quote: failed POST to shipping service: expected 200 response, got 500'),
        goJ(-1.2, 'ERROR', 'failed to prepare order: failed to get shipping quote: failed POST to shipping service: expected 200 response, got 500'),
      ],
      'quote#0/quote': [
        '[Wed Sep  3 08:59:58 2025] PHP 8.3.11 Development Server (http://0.0.0.0:8080) started',
        '{"message":"Calculated quote","context":{"total":17.4},"level":200,"level_name":"INFO","channel":"quote","datetime":"2025-09-03T09:18:44.102+00:00","extra":{}}',
      ],
    },
    grounding: `
      opentelemetry-demo 2.1.3: the shipping service (Rust, reqwest) builds its request as format!("{}/getquote", QUOTE_ADDR)
      and the chart renders QUOTE_ADDR=http://quote:8080. A values edit that shortened it to quote:8080 (like the other
      *_ADDR gRPC addresses) parses as a URL whose scheme is "quote", which reqwest refuses with "URL scheme is not
      allowed" on every request; shipping starts and stays Ready, checkout (Go) is the loud caller. Deviation: the
      rollout of revision 5 differs from revision 4 only in QUOTE_ADDR; log lines are abbreviated to the messages
      the services print. Decoy: the description points at quote, which is healthy.
    `,
  },
];
