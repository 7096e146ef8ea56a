// Blind held-out batch s124b: one Robot Shop scenario (split test) on the kit system scripts/kit-systems/robot-shop.mjs.
// Built by scripts/s124b-build.mjs with the scenario kit; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };
const T = clock('2026-05-21T08:50:00Z');
const apache = (min, line) => `10.1.1.${min < -100 ? 91 : 92} - - [${T.java(min).slice(8, 10)}/May/2026:${T.java(min).slice(11, 19)} +0000] ${line}`;

export const scenarios = [
  withDefaults({
    folder: 's124b-ratings-old-restart-nofault',
    incidentTime: '2026-05-21T08:50:00Z',
    description: 'saw ratings restarted overnight in the dashboard, anything broken? ratings still load fine for me',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'pods-ready', 'time-expression'],
    workloads: {
      ratings: {
        pods: [{ containers: { ratings: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 9.5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 9.5 - 0.1) } }) }, readyTransition: T.iso(-60 * 9.5 + 0.2) }],
      },
    },
    events: [],
    logs: {
      'ratings#0/ratings': [
        apache(-60 * 9.5 + 0.1, '"GET /_health HTTP/1.1" 200 2'),
        apache(-12, '"GET /api/rate/Watson HTTP/1.1" 200 36'),
        apache(-4, '"PUT /api/rate/K9/5 HTTP/1.1" 204 0'),
        apache(-0.6, '"GET /_health HTTP/1.1" 200 2'),
      ],
      'catalogue#0/catalogue': [
        pino(T, -20, 'info', '%POD%', 'MongoDB connected'),
        pino(T, -3, 'info', '%POD%', 'request completed', '"req":{"id":812,"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":7,'),
      ],
    },
    grounding: `
      Manifest facts: instana/robot-shop K8s/helm at 55292e2 — ratings (PHP/Apache, rs-ratings:2.1.0) with limits 200m/100Mi,
      readiness /_health on 80.
      No fault: ratings was OOM-killed once about nine and a half hours ago (a nightly rating batch; restartCount 1,
      lastState OOMKilled 137), restarted and has served since; it is Ready, its Endpoints are ready and its access log
      shows 200/204 answers minutes before the report. No Warning Events remain in the window. The person asking can
      load ratings. Nothing to fix now (a limit review is follow-up work, not an incident).
      Deviations from upstream: none besides the old restart.`,
  }),
];
