// Blind held-out batch s78b: the Online Boutique scenario (system part of scripts/s2-scenarios/online-boutique.mjs).
// Built by scripts/s78b-build.mjs with the session-2 scenario kit; expected answer (none: no fault) fixed before generation.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };

const T = clock('2026-06-18T08:25:00Z');
const FRONT_IMG = system.workloads.find((w) => w.name === 'frontend').containers[0].image;

// logrus JSONFormatter (FieldMap timestamp/severity/message, keys sorted) as src/frontend/main.go sets it up.
const front = (min, severity, message, f = {}) => {
  const o = { ...f, message, severity, timestamp: T.isoMs(min).replace('Z', '') + '123Z' };
  return JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1))));
};
const SESS = ['4f7c2a19-8b0e-4d52-a3c6-1e9f5d7b2c80', 'c2e91b7d-3a4f-4e68-9d15-7b0c6a2f8e43', '0a5d8e3c-61f2-47b9-b8e0-d4c3a9f71e26'];
const rid = (i) => `${(0x3f1a9c20 + i * 7919).toString(16)}-2b7e-4c1d-9a58-${(0x6e0f3b1d2c44 + i * 104729).toString(16).padStart(12, '0')}`;
const page = (min, i, path, currency, status = 200, bytes = 14823) => {
  const base = { 'http.req.id': rid(i), 'http.req.method': 'GET', 'http.req.path': path, session: SESS[i % 3] };
  return [
    front(min, 'debug', 'request started', base),
    ...(path === '/' ? [front(min + 0.001, 'info', 'home', { ...base, currency })] : [front(min + 0.001, 'debug', 'serving product page', { ...base, currency, id: 'OLJCESPC7Z' })]),
    front(min + 0.002, 'debug', 'request complete', { ...base, 'http.resp.bytes': bytes, 'http.resp.status': status, 'http.resp.took_ms': 41 + (i % 5) * 7 }),
  ];
};
const setCur = (min, i, from, to) => {
  const base = { 'http.req.id': rid(i), 'http.req.method': 'POST', 'http.req.path': '/setCurrency', session: SESS[i % 3] };
  return [
    front(min, 'debug', 'request started', base),
    front(min + 0.001, 'debug', 'setting currency', { ...base, 'curr.new': to, 'curr.old': from }),
    front(min + 0.001, 'debug', 'request complete', { ...base, 'http.resp.bytes': 0, 'http.resp.status': 302, 'http.resp.took_ms': 0 }),
  ];
};
// pino with messageKey 'message' and the level as `severity` (src/currencyservice/server.js).
const cur = (min, message) => `{"severity":"info","time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"${message}"}`;

const frontendLog = (offset) => [
  ...[-14, -11.5, -9, -6.5, -4, -1.5].flatMap((m, i) => page(m + offset, i * 2, '/', ['USD', 'JPY', 'EUR'][i % 3])),
  ...[-12.8, -7.7, -2.6].flatMap((m, i) => page(m + offset, i * 2 + 1, '/product/OLJCESPC7Z', 'JPY', 200, 9874)),
  ...setCur(-10.2 + offset, 40, 'USD', 'JPY'),
].sort((a, b) => (JSON.parse(a).timestamp < JSON.parse(b).timestamp ? -1 : 1));

const currencyLog = [
  cur(-60 * 24 * 9, 'Profiler disabled.'),
  cur(-60 * 24 * 9, 'Tracing disabled.'),
  cur(-60 * 24 * 9, 'Starting gRPC server on port 7000...'),
  cur(-60 * 24 * 9 + 0.01, 'CurrencyService gRPC server started on port 7000'),
  ...Array.from({ length: 26 }, (_, k) => -15 + k * 0.55).flatMap((m, k) =>
    k % 4 === 0 ? [cur(m, 'Getting supported currencies...'), cur(m + 0.001, 'conversion request successful')] : [cur(m, 'conversion request successful')],
  ),
];

export const scenarios = [
  {
    folder: 's78b-jpy-prices-static-rates',
    incidentTime: '2026-06-18T08:25:00Z',
    description: 'marketing says the JPY prices on the boutique look way off vs todays rate (like 20-25% too cheap), noticed this morning. is currencysvc broken??',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'time-expression'],
    grounding: `
      No fault. src/currencyservice/server.js at 34ffea9 converts from the static file data/currency_conversion.json
      (euro reference rates frozen years ago: JPY 126.40 and USD 1.1305 per EUR); it never fetches live rates, so JPY
      prices in the shop are far below what today's market rate gives. That is how the demo is built, not a failure:
      every conversion succeeds ("conversion request successful" in its pino log), the frontend renders pages in JPY
      with status 200, all pods are Ready and no Event is a warning.
      Benign noise on purpose: the frontend was rolled from v0.10.5 to v0.10.6 three hours earlier (image tag only,
      both replicas Ready since), and recommendationservice was OOMKilled two days ago and has been running since.
      Deviations from upstream: the release tag of the earlier frontend revision. A careful engineer answers that the
      cluster is healthy and the rates are static demo data.
    `,
    workloads: {
      frontend: {
        rollout: { at: -190, oldReplicas: 0, oldContainers: { server: { image: FRONT_IMG.replace(':v0.10.6', ':v0.10.5') } } },
      },
      recommendationservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 50),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 50 - 0.1) },
              }),
            },
          },
        ],
      },
    },
    logs: {
      'frontend#0/server': frontendLog(0),
      'frontend#1/server': frontendLog(0.27),
      'currencyservice#0/server': currencyLog,
    },
  },
];
