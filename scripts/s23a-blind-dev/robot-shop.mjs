// Batch s23a (blind dev): a Robot Shop no-fault incident for the accuracy corpus, written without knowledge of the engine.
// Uses the kit system definition scripts/kit-systems/robot-shop.mjs (withDefaults, default PVCs); built by scripts/s23a-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// nginx "combined" access log.
const ngx = (T, min, ip, req, status, bytes, ref, ua) => {
  const d = new Date(T.isoMs(min));
  return `${ip} - - [${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${T.java(min).slice(11, 19)} +0000] "${req} HTTP/1.1" ${status} ${bytes} "${ref}" "${ua}"`;
};
const UA = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
];

const S1 = (() => {
  const T = clock('2026-11-18T09:52:00Z');
  const host = 'catalogue-%POD%';
  const webLines = [];
  const catLines = [
    pino(T, -60 * 24 * 9 + 0.3, 'info', '%POD%', 'Started on port 8080'),
    pino(T, -60 * 24 * 9 + 0.3, 'info', '%POD%', 'MongoDB connected'),
  ];
  let reqId = 48211;
  const news = 'https://robotshop.example/?utm_source=newsletter&utm_campaign=stan-nov';
  // Ordinary browsing, then the newsletter's lowercase product link from ~09:05: 404 "SKU not found" for stan-1 only.
  const ok = [-55.2, -48.9, -41.7, -36.3, -30.4, -22.8, -16.1, -9.7, -4.2, -1.3];
  const bad = [-46.5, -44.8, -43.9, -41.2, -39.6, -37.0, -33.3, -29.1, -25.4, -21.9, -18.6, -14.4, -11.8, -8.2, -6.5, -3.1, -0.8];
  const ev = [...ok.map((m) => [m, 'ok']), ...bad.map((m) => [m, 'bad'])].sort((a, b) => a[0] - b[0]);
  ev.forEach(([m, kind], i) => {
    const ip = `10.1.${(i % 3) + 1}.${40 + (i * 7) % 180}`;
    const ua = UA[i % 3];
    const sku = kind === 'ok' ? ['Watson', 'EMM', 'SHCE', 'RED', 'STAN-1'][i % 5] : 'stan-1';
    const status = kind === 'ok' ? 200 : 404;
    webLines.push(ngx(T, m, ip, `GET /product/${sku}`, 200, 2317, kind === 'ok' ? 'https://robotshop.example/' : news, ua));
    webLines.push(ngx(T, m + 0.005, ip, `GET /api/catalogue/product/${sku}`, status, status === 200 ? 412 : 13, `https://robotshop.example/product/${sku}`, ua));
    webLines.push(ngx(T, m + 0.006, ip, `GET /api/ratings/api/fetch/${sku}`, 200, kind === 'ok' ? 37 : 35, `https://robotshop.example/product/${sku}`, ua));
    catLines.push(pino(T, m + 0.005, 'info', '%POD%', 'request completed', `"req":{"id":${reqId++},"method":"GET","url":"/product/${sku}","headers":{"host":"catalogue:8080","user-agent":"${ua}","x-forwarded-for":"${ip}"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${40000 + i * 13}},"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","content-type":"${status === 200 ? 'application/json' : 'text/html'}; charset=utf-8"}},"responseTime":${3 + (i % 5)},`));
  });
  void host;
  return {
    folder: 's23a-newsletter-lowercase-sku',
    description: 'robot shop product page empty for customers since ~9am, catalogue issue? web was redeployed this morning',
    incidentTime: '2026-11-18T09:52:00Z',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Stan's Robot Shop from its helm chart on EKS (kit system). The catalogue service (Node.js, Express, pino) answers
      GET /product/:sku with collection.findOne({sku}) and 404 "SKU not found" when nothing matches; SKUs are upper case
      (STAN-1). The 09:00 marketing newsletter links to /product/stan-1: the Angular page loads (200) but its
      /api/catalogue/product/stan-1 call gets 404 and the page renders empty, and ratings answers 200 with no ratings.
      Every other product page works, the catalogue is Running and Ready, MongoDB is fine, and no component fails:
      the cause is a wrong link in an e-mail, not the cluster (no-fault). Decoy: the web Deployment the description
      mentions was rollout-restarted at 07:40 and is healthy. Log formats: nginx combined access log in web, pino 5
      JSON with express-pino-logger's "request completed" lines in catalogue.`,
    workloads: {
      web: {
        rollout: { at: -132, revision: 4, oldPatch: { podAnnotations: undefined } },
        patch: { podAnnotations: { 'kubectl.kubernetes.io/restartedAt': T.iso(-132.05) } },
      },
    },
    logs: {
      'web#0/web': webLines,
      'catalogue#0/catalogue': catLines,
    },
  };
})();

export const scenarios = [withDefaults(S1)];
