// Blind dev batch s115d (no-fault incidents): Robot Shop spec module for scripts/s115d-build.mjs.
// One no-fault scenario: newly added robots show no rating because nobody has voted yet; ratings rolled fine.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;
const T = clock('2026-05-16T16:20:00Z');
const ng = (min, path, code, ms) => `10.1.1.9 - - [16/May/2026:${T.hm(min)}:07 +0000] "GET ${path} HTTP/1.1" ${code} ${code === 200 ? 58 : 0} "https://shop.example.com/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15"`;

export const scenarios = [
  withDefaults({
    folder: 's115d-ratings-zero-new-products',
    incidentTime: '2026-05-16T16:20:00Z',
    description: 'merch team: the new robots we added today all show 0 stars / no rating on robot shop. did ratings break after the deploy at 4pm?',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'team-name', 'time-expression'],
    workloads: {
      ratings: { rollout: { at: -19, revision: 4, oldContainers: { ratings: { image: 'robotshop/rs-ratings:2.0.1' } } } },
    },
    events: [
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-%NEW% to 1', first: -19 },
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-%OLD% to 0 from 1', first: -18.2 },
      { on: 'pod:ratings#0', reason: 'Started', message: 'Started container ratings', first: -18.6 },
      { on: 'pod:ratings#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:80/_health": dial tcp %PODIP%:80: connect: connection refused', first: -18.5, last: -18.4, count: 2 },
    ],
    logs: {
      'ratings#0/ratings': [
        `[16-May-2026 16:01:25] NOTICE: fpm is running, pid 8`,
        `[16-May-2026 16:01:25] NOTICE: ready to handle connections`,
        `10.1.2.44 - 16/May/2026:16:06:51 +0000 "GET /index.php" 200`,
        `10.1.2.44 - 16/May/2026:16:07:02 +0000 "GET /index.php" 200`,
        `10.1.2.44 - 16/May/2026:16:12:30 +0000 "PUT /index.php" 200`,
      ],
      'web#0/web': [
        ng(-15, '/api/ratings/api/fetch/RD-10', 200), ng(-14, '/api/ratings/api/fetch/RD-11', 200),
        ng(-8, '/api/ratings/api/fetch/Watson', 200), ng(-7.5, '/api/ratings/api/rate/Watson/5', 204 ),
        ng(-3, '/api/ratings/api/fetch/RD-12', 200),
      ],
      'catalogue#0/catalogue': [
        `{"level":"info","time":${Date.parse(T.isoMs(-21))},"pid":1,"hostname":"%POD%","req":{"id":41,"method":"GET","url":"/products"},"res":{"statusCode":200},"responseTime":6,"msg":"request completed","v":1}`,
      ],
    },
    grounding: `No fault. Robot Shop's ratings service (PHP, rs-ratings) answers /api/fetch/<sku> with {"avg_rating":0,"rating_count":0}
      for a SKU nobody has rated yet — the page shows no stars for the robots the merch team added today; a rating
      submitted for an existing robot (PUT, 204 at the web proxy) is stored. Expected behaviour. Decoy in the window:
      ratings rolled 2.0.1 -> 2.1.0 at 16:01 (image tag only), two readiness failures while php-fpm started, then Ready.
      Deviation from upstream: the previous ratings tag 2.0.1.`,
  }),
];
