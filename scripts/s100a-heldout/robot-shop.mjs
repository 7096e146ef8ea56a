// Blind held-out batch s100a: one Robot Shop scenario (split: test), as a spec of the scenario kit.
// System from scripts/kit-systems/robot-shop.mjs (upstream K8s/helm at 55292e2, images robotshop/rs-*:2.1.0).
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const TIME = '2026-08-11T16:05:00Z';
const T = clock(TIME);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const clf = (min) => {
  const d = new Date(Date.parse(TIME) + min * 60000);
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
};
const apache = (min, ip, req, code, bytes, ua = '-') => `${ip} - - [${clf(min)}] "${req} HTTP/1.1" ${code} ${bytes} "-" "${ua}"`;
const nginx = (min, req, code, bytes) => `%IPOF:web#0% - - [${clf(min)}] "${req} HTTP/1.1" ${code} ${bytes} "http://shop.robot-shop.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"`;

export const scenarios = [
  withDefaults({
    folder: 's100a-new-product-zero-rating',
    incidentTime: TIME,
    description: 'product team says ratings are broken - the new robot we added this afternoon shows 0 stars / no votes on its page. can someone from platform check ratings',
    difficulty: 'medium',
    traits: ['no-fault', 'team-name'],
    grounding: `
      No fault. Upstream ratings (robotshop/rs-ratings:2.1.0, PHP/Apache, K8s/helm at 55292e2) answers
      GET /api/fetch/<sku> with {"avg_rating":0,"rating_count":0} for a SKU nobody has rated yet, and the web UI draws that as
      zero stars; a product added to the catalogue the same afternoon has no votes. Every pod is Running and Ready, the
      readiness probe /_health answers 200, the access logs show 200 for the fetch of the new SKU and successful votes on
      other products. Deviation from upstream: a catalogue document was added (catalogue logs the new SKU being served).`,
    logs: {
      'ratings#0/ratings': [
        apache(-14.2, '%IPOF:web#0%', 'GET /api/fetch/RED', 200, 44),
        apache(-14.1, '%IPOF:web#0%', 'PUT /api/rate/RED/4', 204, 0),
        apache(-9.5, '%IPOF:web#0%', 'GET /api/fetch/HAL-2', 200, 38),
        apache(-8.8, '%IPOF:web#0%', 'GET /api/fetch/SPX-9', 200, 34),
        apache(-6.3, '%IPOF:web#0%', 'GET /api/fetch/Watson', 200, 45),
        apache(-6.2, '%IPOF:web#0%', 'PUT /api/rate/Watson/5', 204, 0),
        apache(-3.1, '%IPOF:web#0%', 'GET /api/fetch/HAL-2', 200, 38),
        apache(-1.2, '%IPOF:web#0%', 'GET /api/fetch/SPX-9', 200, 34),
      ],
      'catalogue#0/catalogue': [
        pino(T, -9.5, 'info', '%POD%', 'request completed', '"req":{"id":412,"method":"GET","url":"/product/HAL-2","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":3,'),
        pino(T, -8.8, 'info', '%POD%', 'request completed', '"req":{"id":421,"method":"GET","url":"/product/SPX-9","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":2,'),
        pino(T, -3.1, 'info', '%POD%', 'request completed', '"req":{"id":437,"method":"GET","url":"/product/HAL-2","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":2,'),
      ],
      'web#0/web': [
        nginx(-9.5, 'GET /api/catalogue/product/HAL-2', 200, 221),
        nginx(-9.5, 'GET /api/ratings/api/fetch/HAL-2', 200, 38),
        nginx(-8.8, 'GET /api/catalogue/product/SPX-9', 200, 236),
        nginx(-8.8, 'GET /api/ratings/api/fetch/SPX-9', 200, 34),
        nginx(-3.1, 'GET /api/ratings/api/fetch/HAL-2', 200, 38),
        nginx(-1.2, 'GET /api/ratings/api/fetch/SPX-9', 200, 34),
      ],
    },
  }),
];
