// s67a blind dev scenario for Stan's Robot Shop (kit system scripts/kit-systems/robot-shop.mjs): an in-house cart release that
// asks catalogue for /api/product/<sku>, a route catalogue does not have; built by scripts/s67a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, defaultPvcs, pino } from '../kit-systems/robot-shop.mjs';

export { system, defaultPvcs };

const INC = '2026-04-21T08:50:00Z';
const T = clock(INC);
const NEW = '611908224736.dkr.ecr.eu-west-1.amazonaws.com/robot-shop/rs-cart:2.1.0-ci.214';
const OLD = 'robotshop/rs-cart:2.1.0';
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const SKUS = ['Watson', 'EMM', 'SHCE', 'EPE', 'CNA', 'RED', 'Ewooid', 'HPTD'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ngx = (min, client, req, status, bytes, ref = 'http://shop.robots.example/') => {
  const j = T.java(min);
  return `${client} - - [${j.slice(8, 10)}/${MON[Number(j.slice(5, 7)) - 1]}/${j.slice(0, 4)}:${j.slice(11, 19)} +0000] "${req} HTTP/1.1" ${status} ${bytes} "${ref}" "${UA}" "${client}"`;
};
let rid = 0;
const httpLine = (min, host, url, hostHdr, remote, status, ctype, len, rt) => {
  rid += 1;
  const req = `"req":{"id":${rid},"method":"GET","url":"${url}","headers":{"host":"${hostHdr}","connection":"close"${hostHdr === 'cart:8080' ? `,"x-real-ip":"10.1.0.5","x-forwarded-for":"10.1.0.5","user-agent":"${UA}"` : ''}},"remoteAddress":"::ffff:${remote}","remotePort":${40000 + ((rid * 137) % 20000)}},`;
  const res = `"res":{"statusCode":${status},"headers":{"x-powered-by":"Express","access-control-allow-origin":"*","timing-allow-origin":"*","content-type":"${ctype}","content-length":"${len}"${status === 200 || url.startsWith('/add') ? `,"etag":"W/\\"${len.toString(16)}-${(rid * 7919).toString(36)}\\""` : ''}}},"responseTime":${rt},`;
  return pino(T, min, 'info', host, 'request completed', req + res);
};

// Add-to-cart attempts after the 08:17 release (and healthy ones before it), one visitor session each.
const adds = [-31.6, -29.9, -27.2, -24.8, -22.5, -19.7, -17.1, -14.6, -12.2, -9.5, -7.4, -5.1, -2.8, -0.9];
const views = [-44.2, -40.5, -37.8, -35.1, -30.4, -26.3, -21.6, -16.2, -11.1, -6.3, -1.8];

const cartLog = () => {
  const out = [pino(T, -32.4, 'info', '%POD%', 'Redis READY'), pino(T, -32.4, 'info', '%POD%', 'Started on port')];
  adds.forEach((m, i) => {
    const url = `/add/anonymous-${3000 + i * 17}/${SKUS[i % SKUS.length]}/1`;
    out.push(pino(T, m + 0.0002, 'info', '%POD%', 'got product', `"req":{"id":${i * 2 + 1},"method":"GET","url":"${url}","headers":{"host":"cart:8080","connection":"close"},"remoteAddress":"::ffff:%IPOF:web#0%","remotePort":${41000 + i}},`));
    out.push(httpLine(m + 0.0003, '%POD%', url, 'cart:8080', '%IPOF:web#0%', 404, 'text/html; charset=utf-8', 17, 6 + (i % 4)));
  });
  return out;
};
const catalogueLog = () => {
  const rows = [
    [-60 * 24 * 9 + 0.2, pino(T, -60 * 24 * 9 + 0.2, 'info', '%POD%', 'Started on port')],
    [-60 * 24 * 9 + 0.21, pino(T, -60 * 24 * 9 + 0.21, 'info', '%POD%', 'MongoDB connected')],
  ];
  views.forEach((m, i) => {
    rows.push([m, httpLine(m, '%POD%', '/categories', 'catalogue:8080', '%IPOF:web#0%', 200, 'application/json; charset=utf-8', 44, 3)]);
    rows.push([m + 0.002, httpLine(m + 0.002, '%POD%', '/products/Robot', 'catalogue:8080', '%IPOF:web#0%', 200, 'application/json; charset=utf-8', 1874, 4)]);
    rows.push([m + 0.01, httpLine(m + 0.01, '%POD%', `/product/${SKUS[i % SKUS.length]}`, 'catalogue:8080', '%IPOF:web#0%', 200, 'application/json; charset=utf-8', 246, 2)]);
  });
  [-40.8, -36.0].forEach((m, i) => rows.push([m, httpLine(m, '%POD%', `/product/${SKUS[i + 2]}`, 'catalogue:8080', '10.1.2.231', 200, 'application/json; charset=utf-8', 231, 2)]));
  adds.forEach((m, i) => rows.push([m + 0.0001, httpLine(m + 0.0001, '%POD%', `/api/product/${SKUS[i % SKUS.length]}`, 'catalogue:8080', '%IPOF:cart#0%', 404, 'text/html; charset=utf-8', 160 + SKUS[i % SKUS.length].length, 1)]));
  return rows.sort((a, b) => a[0] - b[0]).map((r) => r[1]);
};
const webLog = () => {
  const rows = [];
  views.forEach((m, i) => {
    rows.push([m, ngx(m, '10.1.0.5', 'GET /api/catalogue/categories', 200, 44)]);
    rows.push([m + 0.002, ngx(m + 0.002, '10.1.0.5', 'GET /api/catalogue/products/Robot', 200, 1874)]);
    rows.push([m + 0.01, ngx(m + 0.01, '10.1.0.5', `GET /api/catalogue/product/${SKUS[i % SKUS.length]}`, 200, 246)]);
    rows.push([m + 0.011, ngx(m + 0.011, '10.1.0.5', `GET /api/ratings/api/fetch/${SKUS[i % SKUS.length]}`, 200, 31)]);
  });
  [-40.8, -36.0].forEach((m, i) => rows.push([m, ngx(m, '10.1.0.5', `GET /api/cart/add/anonymous-${2900 + i}/${SKUS[i + 2]}/1`, 200, 190)]));
  adds.forEach((m, i) => rows.push([m + 0.0004, ngx(m + 0.0004, '10.1.0.5', `GET /api/cart/add/anonymous-${3000 + i * 17}/${SKUS[i % SKUS.length]}/1`, 404, 17)]));
  return rows.sort((a, b) => a[0] - b[0]).map((r) => r[1]);
};

export const scenarios = [
  withDefaults({
    folder: 's67a-cart-catalogue-api-prefix',
    description: 'robot shop: since ~08:20 "add to cart" fails for every robot with "product not found". product pages + catalogue load fine. catalog team pls check, their logs are full of 404s',
    incidentTime: INC,
    expected: { component: 'cart', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Fault: the basket team rolled out an in-house cart build (${NEW}, replacing ${OLD}) at 08:17. Its getProduct() asks
      http://catalogue:8080/api/product/<sku> - the path as the browser sees it behind web's nginx (/api/catalogue/...) -
      instead of http://catalogue:8080/product/<sku> (cart/server.js upstream). catalogue has no such Express route and answers
      404 (express-pino-logger logs "request completed" with statusCode 404); cart's getProduct() resolves null on any non-200,
      and /add/:id/:sku/:qty answers 404 "product not found" (17 bytes), which web's nginx passes to the browser. The cart pod
      is Running and Ready (no probes upstream) and logs nothing at error level; its "got product" lines carry no product.
      The ReplicaSets differ only in the cart image. catalogue keeps serving /product/<sku>, /products/<cat> and /categories
      with 200 to web - the product pages work - so the 404s in catalogue's log are a decoy that points at the wrong team.
      Manifests: instana/robot-shop K8s/helm at 55292e2 (kit system); code read: cart/server.js (getProduct, /add route),
      catalogue/server.js routes, web/default.conf.template (nginx proxy_pass per service, default access log).
      Decoy: shipping's JVM was OOMKilled three days ago (restart count 1, Running since).
      Deviations: the in-house image and its registry are invented; pino-http request ids and ports are synthetic.
    `,
    workloads: {
      cart: {
        rollout: { at: -33, revision: 6, oldContainers: { cart: { image: OLD } }, oldReplicas: 0 },
        containers: { cart: { image: NEW, imagePullPolicy: 'IfNotPresent' } },
        pods: [{}],
      },
      shipping: {
        pods: [{
          containers: {
            shipping: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 47),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3 - 47.05) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled up replica set cart-%NEW% to 1 from 0', first: -33 },
      { on: 'pod:cart#0', reason: 'Scheduled', message: 'Successfully assigned robot-shop/%POD% to %NODE%', source: 'default-scheduler', first: -32.5 },
      { on: 'pod:cart#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: -32.5, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 2.907s (2.907s including waiting). Image size: 58213941 bytes.`, first: -32.45, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Created', message: 'Created container cart', first: -32.44, fieldPath: 'spec.containers{cart}' },
      { on: 'pod:cart#0', reason: 'Started', message: 'Started container cart', first: -32.44, fieldPath: 'spec.containers{cart}' },
      { on: 'deploy:cart', reason: 'ScalingReplicaSet', message: 'Scaled down replica set cart-%OLD% to 0 from 1', first: -32.3 },
    ],
    logs: {
      'cart#0/cart': cartLog(),
      'catalogue#0/catalogue': catalogueLog(),
      'web#0/web': webLog(),
    },
  }),
];
