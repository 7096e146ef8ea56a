// Blind held-out batch s84b: the Sock Shop scenario of this batch (spec for scripts/s2-scenario-kit.mjs).
// System: the system part of scripts/s2-scenarios/sock-shop.mjs as it is; only what differs is listed.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';

const T = clock('2026-07-14T08:40:00Z');
const kit = (min, kv) => `ts=${T.isoMs(min)} ${kv}`;

export const scenarios = [
  {
    folder: 's84b-one-customer-login',
    incidentTime: '2026-07-14T08:40:00Z',
    description: 'support ticket: customer says she cant log in to the sock shop since this morning, is user svc broken?',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name'],
    grounding: `
      Manifest facts (microservices-demo complete-demo.yaml): front-end calls user /login with basic auth, user answers
      401 for a wrong password and logs each Login through its go-kit logging middleware. No fault: one customer
      mistypes her password (401 for one username among many 200 logins); every pod is Ready and the other users log
      in. Decoy: carts was OOMKilled two days ago and has run since. Deviations from upstream: none.`,
    workloads: {
      carts: {
        pods: [{ containers: { carts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 47), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 47 - 0.2) } }) } }],
      },
    },
    events: [],
    logs: {
      'user#0/user': [
        kit(-95.2, 'method=Login took=2.871903ms'),
        kit(-71.4, 'method=Login took=3.104288ms'),
        kit(-52.0, 'method=Login took=1.982114ms'),
        kit(-51.6, 'method=Login took=2.210547ms'),
        kit(-33.9, 'method=Login took=2.455021ms'),
        kit(-12.3, 'method=Login took=2.019876ms'),
        kit(-4.8, 'method=Login took=2.733410ms'),
      ],
      'front-end#0/front-end': [
        'Received login request',
        'Login failed: 401 Unauthorized',
        'Received login request',
        'Login successful',
        'Received login request',
        'Login failed: 401 Unauthorized',
        'Received login request',
        'Login successful',
      ],
      'front-end#1/front-end': [
        'Received login request',
        'Login successful',
        'Received login request',
        'Login successful',
      ],
    },
  },
];
