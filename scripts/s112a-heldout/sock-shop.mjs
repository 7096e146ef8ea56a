// Blind held-out batch s112a: one Sock Shop scenario (split test) on the session-2 system definition.
// Built by scripts/s112a-build.mjs with scripts/s2-scenario-kit.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
export { system } from '../s2-scenarios/sock-shop.mjs';

const I = '2026-05-21T19:34:00Z';
const T = clock(I);
const oom = (restarts, s, f) => cs.restartedRunning({ restarts, startedAt: T.iso(s), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(f - 9), finishedAt: T.iso(f) } });
export const scenarios = [
  {
    folder: 's112a-frontend-leak-oom',
    incidentTime: I,
    description: 'socks site throwing 502s on and off this evening and customers keep getting logged out, web team pls look',
    expected: { component: 'front-end', cause: 'oom-killed' },
    alsoAcceptable: [{ component: 'front-end', cause: 'resource-exhaustion' }],
    difficulty: 'easy',
    traits: ['team-name', 'time-expression', 'partial-name'],
    grounding: `complete-demo.yaml: front-end (Node.js, weaveworksdemos/front-end:0.3.12) with a 1000Mi memory limit. Its
      resident memory grows under the evening load until the kernel's cgroup OOM killer ends it (OOMKilled, exit 137),
      then it restarts and Node's startup lines reappear; each kill drops in-flight requests (the 502s at the load
      balancer). Both replicas show the same pattern. Manifests as upstream.`,
    workloads: {
      'front-end': {
        pods: [
          { containers: { 'front-end': oom(4, -6.2, -6.3) } },
          { containers: { 'front-end': oom(3, -13.4, -13.5) } },
        ],
      },
    },
    events: [],
    logs: {
      'front-end#0/front-end': [`App now running in production mode on port 8079`, `Using redis for session store`],
      'front-end#0/front-end/previous': [
        `App now running in production mode on port 8079`,
        `Using redis for session store`,
        `GET /catalogue?size=5 200 41.203 ms - 1913`,
        `GET /catalogue/3395a43e-2d88-40de-b95f-e00e1502085b 200 12.884 ms - 350`,
        `POST /cart 201 88.120 ms - -`,
      ],
      'front-end#1/front-end': [`App now running in production mode on port 8079`, `Using redis for session store`, `GET /cart 200 22.410 ms - 2`],
    },
  },
];
