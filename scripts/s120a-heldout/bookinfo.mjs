// Blind held-out batch s120a: one Bookinfo scenario (split: test) on the kit system scripts/kit-systems/bookinfo.mjs.
// Written without reading the engine, the rule packs or other scenarios; built by scripts/s120a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';
export { system };

const IT = '2026-02-17T09:40:00Z';
const T = clock(IT);
const acc = (min, path, code, ms) => `INFO:werkzeug:127.0.0.6 - - [${T.go(min).replace(/^(\d+)\/(\d+)\/(\d+) /, (_, y, m, d) => `${d}/${['Jan', 'Feb', 'Mar'][Number(m) - 1]}/${y} `)}] "GET ${path} HTTP/1.1" ${code} -`;

export const scenarios = [
  bookinfoScenario({
    folder: 's120a-old-restart-no-fault',
    incidentTime: IT,
    description: 'saw a "details restarted" notification in #bookinfo-alerts this morning, is productpage ok? pls check before the 10:00 demo',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'partial-name', 'team-name'],
    grounding: `Istio samples/bookinfo/platform/kube/bookinfo.yaml workloads as the kit system defines them. No fault: the only
      odd thing is details-v1's single restart two days ago (exit 137, OOMKilled, during a load test that was since stopped); it
      has run without restarts since. The restart notification the reporter saw is that old event replayed by a digest. Every pod is
      Ready, every Service has endpoints, productpage serves 200s. No deviation from upstream.`,
    workloads: {
      'details-v1': {
        pods: [{ containers: { details: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49) } }) } }],
      },
    },
    events: [],
    logs: {
      'productpage-v1#0/productpage': [
        acc(-9, '/productpage', 200), acc(-6, '/productpage?u=normal', 200), acc(-4, '/static/bootstrap/css/bootstrap.min.css', 200),
        acc(-2, '/productpage', 200), acc(-1, '/api/v1/products/0/reviews', 200),
      ],
      'details-v1#0/details': [
        `[${T.java(-60 * 49).replace(' ', ' ').slice(0, 19)}] INFO  WEBrick 1.4.2`,
        `[${T.java(-60 * 49).slice(0, 19)}] INFO  ruby 2.7.1 (2020-03-31) [x86_64-linux]`,
        `[${T.java(-60 * 49).slice(0, 19)}] INFO  WEBrick::HTTPServer#start: pid=1 port=9080`,
        `127.0.0.6 - - [${T.go(-2).replace(/^(\d+)\/(\d+)\/(\d+) /, (_, y, m, d) => `${d}/Feb/${y}:`)} UTC] "GET /details/0 HTTP/1.1" 200 178 0.0005`,
      ],
    },
  }),
];
