// Blind dev batch s99c: Robot Shop scenario spec (ratings' CATALOGUE_URL switched to https against plain-HTTP catalogue).
// Uses scripts/kit-systems/robot-shop.mjs (system, defaultPvcs, withDefaults, pino); built by scripts/s99c-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';

export const system = base;
export const defaultPvcs = pvcs;
const I = '2026-06-02T15:22:00Z';
const T = clock(I);
const sf = (min) => { const d = new Date(Date.parse(I) + min * 60000); return d.toISOString().replace('Z', '000+00:00').replace(/\.(\d{3})000/, '.$1412'); };
const apache = (min) => { const d = new Date(Date.parse(I) + min * 60000); const M = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.getUTCMonth()]; const p = (n) => String(n).padStart(2, '0'); return `${p(d.getUTCDate())}/${M}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`; };
const SKUS = ['Watson', 'EMM', 'SHCE', 'RED', 'Ewooid', 'HPTD'];
const ratings = [], web = [], cat = [];
let k = 0;
for (let m = -37; m < 0; m += 2.3, k++) {
  const sku = SKUS[k % SKUS.length];
  ratings.push(`[${sf(m)}] app.ERROR: failed to connect to catalogue [] []`);
  ratings.push(`[${sf(m)}] request.CRITICAL: Uncaught PHP Exception Exception: "Failed to connect to catalogue" at /var/www/html/src/Service/CatalogueService.php line 32 {"exception":"[object] (Exception(code: 0): Failed to connect to catalogue at /var/www/html/src/Service/CatalogueService.php:32)"} []`);
  ratings.push(`%IPOF:web#0% - - [${apache(m)}] "PUT /api/rate/${sku}/${(k % 5) + 1} HTTP/1.0" 500 1182 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"`);
  ratings.push(`%IPOF:web#0% - - [${apache(m + 0.4)}] "GET /api/fetch/${sku} HTTP/1.0" 200 41 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"`);
  ratings.push(`${base.nodes[1].ip} - - [${apache(m + 0.5)}] "GET /_health HTTP/1.1" 200 2 "-" "kube-probe/1.30+"`);
  web.push(`10.1.0.${40 + (k % 9)} - - [${apache(m)}] "PUT /api/ratings/api/rate/${sku}/${(k % 5) + 1} HTTP/1.1" 500 1182 "http://shop.example.net/product.html?sku=${sku}" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"`);
  web.push(`10.1.0.${40 + (k % 9)} - - [${apache(m + 0.4)}] "GET /api/catalogue/product/${sku} HTTP/1.1" 200 286 "http://shop.example.net/product.html?sku=${sku}" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36"`);
  cat.push(pino(T, m + 0.4, 'info', '%POD%', 'request completed', `"req":{"id":${300 + k},"method":"GET","url":"/product/${sku}","remoteAddress":"::ffff:%IPOF:web#0%"},"res":{"statusCode":200},"responseTime":3,`));
}
export const scenarios = [
  withDefaults({
    folder: 's99c-ratings-catalogue-url-https',
    incidentTime: I,
    description: "people can't vote on robots any more - clicking the stars gives an error. product pages, cart and checkout are fine. last 40 mins or so",
    expected: { component: 'ratings', cause: 'config-error' },
    alsoAcceptable: [{ component: 'ratings', cause: 'network-fault' }, { component: 'ratings', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'tls-misconfig', 'time-expression'],
    grounding: `
      Manifest facts (instana/robot-shop K8s/helm at 55292e2): ratings (robotshop/rs-ratings:2.1.0, PHP Symfony under Apache)
      checks that a SKU exists by calling catalogue over HTTP (catalogue Service port 8080, plain HTTP Node/Express) before it
      stores a vote; its CATALOGUE_URL defaults to http://catalogue:8080/; readiness is GET /_health, which does not call
      catalogue; web (nginx) proxies /api/ratings/ to it. Fault: a "TLS everywhere" values change (revision 4, 38 minutes before)
      gave ratings CATALOGUE_URL=https://catalogue:8080/; curl's TLS handshake against the plain-HTTP port fails, so every vote
      (PUT /api/rate) is a 500 "Failed to connect to catalogue" while fetching ratings still works. ratings stays Ready; web's
      500s are the louder signal; catalogue logs nothing wrong (the ClientHello never becomes a request). Deviations: the upstream
      chart sets no CATALOGUE_URL env (the code default is used); the exception's line number is approximate.`,
    workloads: {
      ratings: {
        containers: { ratings: { env: [{ name: 'CATALOGUE_URL', value: 'https://catalogue:8080/' }] } },
        rollout: { at: -38, oldContainers: { ratings: { env: undefined } } },
      },
    },
    events: [
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-%NEW% to 1', first: -38 },
      { on: 'deploy:ratings', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-%OLD% to 0 from 1', first: -37.2 },
      { on: 'pod:ratings#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -38 },
      { on: 'pod:ratings#0', reason: 'Pulled', message: 'Container image "robotshop/rs-ratings:2.1.0" already present on machine', first: -37.8, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings#0', reason: 'Created', message: 'Created container ratings', first: -37.8, fieldPath: 'spec.containers{ratings}' },
      { on: 'pod:ratings#0', reason: 'Started', message: 'Started container ratings', first: -37.7, fieldPath: 'spec.containers{ratings}' },
    ],
    logs: { 'ratings#0/ratings': ratings, 'web#0/web': web, 'catalogue#0/catalogue': cat },
  }),
];
