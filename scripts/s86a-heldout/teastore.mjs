// Held-out batch s86a (split: test): one TeaStore scenario (no fault) on the kit system definition.
// Written blind (see docs/scenarios.md, batch s86a); built by scripts/s86a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/teastore.mjs';
export { system };

const INC = '2026-04-21T09:41:00Z';
const T = clock(INC);
const cat = (min, level, cls, msg) => `${T.java(min).replace(/^(\d+)-(\d+)-(\d+)/, (_, y, m, d) => `${d}-${['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][Number(m) - 1]}-${y}`)} ${level} [main] ${cls} ${msg}`;

export const scenarios = [
  {
    folder: 's86a-tea-slow-morning',
    incidentTime: INC,
    description: 'couple of customers said the tea shop was slow loading pages around 9:10 this morning, seems ok now? pls confirm nothing is broken',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    workloads: {
      'teastore-recommender': {
        pods: [{ containers: { 'teastore-recommender': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) }, readyTransition: T.iso(-60 * 24 * 3 + 0.5) }],
      },
      'teastore-image': {
        rollout: { at: -60 * 24 * 2 },
      },
    },
    events: [],
    logs: {
      'teastore-webui#0/teastore-webui': [
        cat(-60 * 24 * 9, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [14122] milliseconds'),
        cat(-60 * 24 * 5, 'WARNING', 'org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom', 'Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [212] milliseconds.'),
      ],
      'teastore-image#0/teastore-image': [
        cat(-60 * 24 * 2 + 0.6, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [9870] milliseconds'),
      ],
      'teastore-recommender#0/teastore-recommender': [
        cat(-60 * 24 * 3 + 0.4, 'INFO', 'org.apache.catalina.startup.Catalina.start', 'Server startup in [11240] milliseconds'),
      ],
    },
    grounding: `
      Manifest: examples/kubernetes/teastore-clusterip.yaml at 5ab1188 (no probes, no resources, :latest images).
      No fault: every Deployment is available at the incident time, no Warning events in the last hour. Decoys: one
      recommender restart three days old (OOMKilled, exit 137, recovered since), and a plain restart of the image provider two
      days ago (identical pod template). A passing slowness report of this kind is what a real on-call sees most days.
      Deviations from upstream: none beyond the kit's (3 nodes, one replica each).
    `,
  },
];
