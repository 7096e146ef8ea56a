// Blind dev batch s115c: Online Boutique (session-2 system definition) with one config-error scenario,
// emailservice's SENDGRID_API_HOST switched to the EU regional host for a key of a global account.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const T = clock('2026-03-27T11:30:00Z');
const emailEnv = (host) => ({ server: { env: [{ name: 'PORT', value: '8080' }, { name: 'DISABLE_PROFILER', value: '1' }, { name: 'SENDGRID_API_HOST', value: host }] } });
const py = (min, level, msg) => JSON.stringify({ timestamp: T.isoMs(min).replace('T', ' ').replace('Z', ''), severity: level, name: 'emailservice-server', message: msg });
const orders = [-14 * 60 - 20, -9 * 60, -3 * 60 - 12, -47, -18, -6];
const chk = (min, level, msg) => JSON.stringify({ message: msg, severity: level, timestamp: T.isoMs(min) });
export const scenarios = [
  {
    folder: 's115c-emailservice-sendgrid-eu-host',
    incidentTime: '2026-03-27T11:30:00Z',
    description: 'no order confirmation emails since yesterday evening?? checkout itself works fine, orders go through',
    expected: { component: 'emailservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'emailservice', cause: 'external-dependency' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'bad-credentials', 'external-dependency-failure', 'louder-dependents', 'rollout-regression', 'time-expression'],
    grounding: `
      This shop's emailservice sends the confirmation through SendGrid (SENDGRID_API_HOST, an addition to upstream's
      dummy email mode, present in the kit system). SendGrid's EU data-residency subusers use api.eu.sendgrid.com and an API
      key of a global account is refused there with 401 "The provided authorization grant is invalid, expired, or revoked".
      A change meant for the EU region set SENDGRID_API_HOST=api.eu.sendgrid.com on the shared Deployment yesterday 21:05:
      emailservice stays Ready and logs each 401, checkoutservice only warns "failed to send order confirmation" and the
      order completes, so nothing pages. The ReplicaSets differ only in SENDGRID_API_HOST. Deviation from upstream: the
      SendGrid mode of emailservice and this value.
    `,
    workloads: {
      emailservice: { rollout: { at: -14 * 60 - 25, oldContainers: emailEnv('api.sendgrid.com') }, containers: emailEnv('api.eu.sendgrid.com') },
    },
    events: [],
    logs: {
      'emailservice#0/server': [
        py(-14 * 60 - 24.5, 'INFO', 'starting the email service in sendgrid mode.'),
        py(-14 * 60 - 24.5, 'INFO', 'Profiler disabled.'),
        py(-14 * 60 - 24.5, 'INFO', 'Tracing disabled.'),
        py(-14 * 60 - 24.5, 'INFO', 'listening on port: 8080'),
        ...orders.flatMap((m, i) => [
          py(m, 'INFO', `A request to send order confirmation email to customer${i + 11}@example.com has been received.`),
          py(m + 0.01, 'ERROR', `An error occurred when sending the email: HTTP Error 401: Unauthorized (POST https://api.eu.sendgrid.com/v3/mail/send: {"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]})`),
        ]),
      ],
      'checkoutservice#0/server': [
        ...orders.flatMap((m, i) => [
          chk(m - 0.02, 'info', `[PlaceOrder] user_id="${['b9e1', '0f3c', '77a2', 'c41d', '5e08', 'a3b6'][i]}-4f2e-9d8a-6c1e7f30b2a4" user_currency="USD"`),
          chk(m - 0.01, 'info', `payment went through (transaction_id: ${['8c1f', '2ad9', 'e70b', '4b53', '9f16', 'd2c8'][i]}e3a1-7c4d-4e0b-b1f2-5a6d9c3e8f10)`),
          chk(m + 0.02, 'warning', `failed to send order confirmation to "customer${i + 11}@example.com": rpc error: code = Internal desc = An error occurred when sending the email.`),
        ]),
      ],
    },
  },
];
