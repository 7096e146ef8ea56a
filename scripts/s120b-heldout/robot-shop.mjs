// Blind held-out batch s120b: one Robot Shop scenario on the kit system scripts/kit-systems/robot-shop.mjs.
// Written before any engine run; grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const T = clock('2026-05-19T10:15:00Z');
const ngx = (min, path, st, bytes) => `10.1.2.55 - - [19/May/2026:${T.hm(min)}:${String(Math.floor(Math.abs(min * 37) % 60)).padStart(2, '0')} +0000] "GET ${path} HTTP/1.1" ${st} ${bytes} "https://shop.example.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"`;
export const scenarios = [
  withDefaults({
    folder: 's120b-robot-images-one-customer',
    description: 'customer ticket: "product pictures dont load on my phone" since this morning. can someone check robotshop web?',
    incidentTime: '2026-05-19T10:15:00Z',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    workloads: {
      catalogue: { pods: [{ containers: { catalogue: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }) } }] },
    },
    logs: {
      'web#0/web': [
        ngx(-40, '/api/catalogue/products', 200, 1893),
        ngx(-40, '/images/Robbie.jpg', 200, 40211),
        ngx(-39, '/images/EMM.jpg', 499, 0),
        ngx(-39, '/images/Watson.jpg', 200, 38720),
        ngx(-22, '/images/HAL.jpg', 200, 51304),
        ngx(-21, '/api/cart/cart/anonymous-4821', 200, 96),
        ngx(-9, '/images/Robbie.jpg', 304, 0),
      ],
    },
    grounding: `
      Robot Shop helm chart at 55292e2: web (nginx) serves /images/ from the image itself and proxies /api/ to the
      services. No fault in the cluster: every pod Ready, the web access log shows the product images served with 200/304
      and a single 499 (the client closed the connection, as a phone on a poor network does). Decoy: catalogue was
      OOMKilled once three days ago and has been stable since. A real complaint with nothing wrong in the cluster.`,
  }),
];
