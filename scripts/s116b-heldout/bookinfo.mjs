// Blind held-out batch s116b: one Istio Bookinfo scenario for the kit (scripts/s2-scenario-kit.mjs),
// system and selectors from scripts/kit-systems/bookinfo.mjs (istio/istio samples/bookinfo, Istio 1.23 sidecars).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const T = clock('2026-08-18T15:07:00Z');
const pp = (min, msg) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `INFO:${''}root:${msg}`.replace('INFO:root:', `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())},${p(d.getUTCMilliseconds(), 3)} INFO root: `);
};
const ppLogs = [];
for (let m = -40; m < -1; m += 2.3) ppLogs.push(pp(m, `Request: GET /productpage`), pp(m + 0.01, `127.0.0.6 - - [${new Date(Date.parse(T.isoMs(m))).toUTCString().slice(5, 25).replace(/ /, '/').replace(/ /, '/')} +0000] "GET /productpage HTTP/1.1" 200 5293 "-" "Mozilla/5.0"`));
const liberty = (min, msg) => `[${new Date(Date.parse(T.isoMs(min))).toISOString().replace('T', ' ').replace('Z', '')}] 00000027 id=00000000 ${msg}`;

export const scenarios = [
  bookinfoScenario({
    folder: 's116b-productpage-slow-once',
    incidentTime: '2026-08-18T15:07:00Z',
    description: 'bookinfo product page took ~8s to load for me once around 14:50, cant reproduce now. anything wrong on our side?',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts: the Bookinfo Deployments, Services and Istio 1.23 sidecars as in scripts/kit-systems/bookinfo.mjs (istio/istio
      samples/bookinfo/platform/kube). Every pod is Running and Ready, every Service has ready endpoints, no Warning Event in the
      last hour, and productpage's access log shows only 200s over the window the engineer names.
      No fault: a single slow page load reported by one person, not reproducible, with nothing wrong in the cluster (a client-side
      or network-path delay outside the cluster). Decoy: reviews-v2 was OOM-killed once three days ago (lastState OOMKilled exit 137,
      restartCount 1) and has run cleanly since.
      Deviations from upstream: none beyond the decoy's old restart.`,
    workloads: {
      'reviews-v2': {
        pods: [{ containers: { reviews: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 72 - 10), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 72 - 10.3) } }) } }],
      },
    },
    events: [],
    logs: {
      'productpage-v1#0/productpage': ppLogs,
      'reviews-v2#0/reviews': [liberty(-60 * 72 - 9, 'com.ibm.ws.kernel.feature.internal.FeatureManager            A CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 9.214 seconds.')],
    },
  }),
];
