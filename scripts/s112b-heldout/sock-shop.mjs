// Held-out batch s112b (blind): one Sock Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System from scripts/s2-scenarios/sock-shop.mjs (microservices-demo complete-demo.yaml at 9dff06f).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';
export { system };

const IT = '2026-05-16T08:15:00Z';
const T = clock(IT);

export const scenarios = [
  {
    folder: 's112b-old-user-restart-alert',
    incidentTime: IT,
    description: 'got paged overnight: "user pod restarted" in sock shop. logins fine now? pls check nothing is broken',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name'],
    grounding: `
      Manifest facts: user (Go, :80) with liveness /health (initialDelaySeconds 300) against user-db, complete-demo.yaml at 9dff06f.
      No fault: the page fired on a restart-count alert for a restart three days old (the user container was OOMKilled
      once during a load test and has run cleanly since); every pod is Ready, Endpoints are full, the user log shows
      healthy /health and /login traffic. Decoy: the old OOMKilled lastState (its Events have long expired).
    `,
    workloads: {
      user: {
        pods: [{ containers: { user: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }],
      },
    },
    events: [],
    logs: {
      'user#0/user': [
        `ts=${T.isoMs(-3)} caller=logging.go:44 method=Health result=2 took=2.1ms`,
        `ts=${T.isoMs(-2.5)} caller=logging.go:21 method=Login username=Eve_Berger took=11.3ms`,
        `ts=${T.isoMs(-1)} caller=logging.go:44 method=Health result=2 took=1.9ms`,
      ],
      'front-end#0/front-end': [`GET /login 200 14.221 ms - 2`, `GET /catalogue?size=5 200 9.012 ms - 1791`],
    },
  },
];
