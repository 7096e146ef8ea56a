// Blind dev batch s109b: OpenTelemetry demo scenario (image-provider's nginx out of worker_connections, pods Ready;
// frontend-proxy's Envoy 503s on every product image louder). Built by scripts/s109b-build.mjs with the kit.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };
const incidentTime = '2026-06-03T09:32:00Z';
const T = clock(incidentTime);
const ngx = (min) => T.go(min);
const IMGS = ['NationalParkFoundationExplorascope.jpg', 'StarsenseExplorer.jpg', 'SolarSystemColorImager.jpg', 'RedFlashlight.jpg', 'LensCleaningKit.jpg', 'RoofBinoculars.jpg', 'OpticalTubeAssembly.jpg', 'EclipsmartTravelRefractorTelescope.jpg'];
const ua = '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"';
const envoy = (min, path, code, flags, dur, host) =>
  `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${code} ${flags} 0 ${code === 200 ? 31844 : 91} ${dur} ${code === 200 ? 3 : '-'} "10.132.0.9" ${ua} "${(Math.abs(min * 1e6) | 0).toString(16).padStart(8, '0')}-5c1e-4b7a-9d2f-0a6c3e${String(Math.abs(Math.round(min * 100)) % 1000000).padStart(6, '0')}" "shop.astro-prod.example.com" "${host}"`;
const proxyLog = [];
for (let i = 0; i < 36; i++) {
  const m = -40 + i * 1.1;
  const img = `/images/products/${IMGS[i % IMGS.length]}`;
  const bad = m > -19;
  proxyLog.push(envoy(m, '/api/products?currencyCode=USD', 200, '-', 21, '%IPOF:frontend#0%:8080').replace(' 31844 ', ' 4811 '));
  proxyLog.push(bad ? envoy(m + 0.2, img, 503, 'UF', 5002, '%IPOF:image-provider#0%:8081').replace('"%IPOF', '"%IPOF') : envoy(m + 0.2, img, 200, '-', 4, '%IPOF:image-provider#0%:8081'));
  if (bad && i % 3 === 0) proxyLog.push(envoy(m + 0.3, `/_next/image?url=%2Fimages%2Fproducts%2F${IMGS[(i + 3) % IMGS.length]}&w=3840&q=75`, 500, '-', 5031, '%IPOF:frontend#0%:8080'));
}
const nginxLog = [
  `/docker-entrypoint.sh: Configuration complete; ready for start up`,
  `${ngx(-60 * 24 * 6)} [notice] 1#1: using the "epoll" event method`,
  `${ngx(-60 * 24 * 6)} [notice] 1#1: nginx/1.27.2`,
  `${ngx(-60 * 24 * 6)} [notice] 1#1: start worker processes`,
  `${ngx(-60 * 24 * 6)} [notice] 1#1: start worker process 29`,
  ...Array.from({ length: 14 }, (_, i) => `${ngx(-20.4 + i * 1.45)} [alert] 29#29: 1024 worker_connections are not enough`),
];
const nextErr = (min, img) => `⨯ upstream image response failed for http://image-provider:8081/images/products/${img} 503`;
const frontendLog = [
  '  ▲ Next.js 15.2.4',
  '  - Local:        http://localhost:8080',
  '  - Network:      http://0.0.0.0:8080',
  '',
  ' ✓ Starting...',
  ' ✓ Ready in 412ms',
  ...Array.from({ length: 8 }, (_, i) => nextErr(-18 + i * 2, IMGS[i % IMGS.length])),
];
const locust = (min, lvl, msg) => `[${T.java(min).replace('.', ',')}] ${'%POD%'}/${lvl}/locust.runners: ${msg}`;
const loadLog = [
  locust(-60 * 24 * 6 + 1, 'INFO', 'Ramping to 10 users at a rate of 1.00 per second'),
  locust(-60 * 24 * 6 + 1.2, 'INFO', "All users spawned: {\"WebsiteBrowserUser\": 2, \"WebsiteUser\": 8} (10 total users)"),
  locust(-14, 'ERROR', 'Page.goto: net::ERR_ABORTED; maybe frame was detached? (call log: navigating to "http://frontend-proxy:8080/product/OLJCESPC7Z")'),
];
const adLog = [
  `${T.java(-118).slice(0, 19)} - ad - Ad service starting. trace_id= span_id= trace_flags=`,
  `${T.java(-117.8).slice(0, 19)} - ad - Ad service started, listening on 8080 trace_id= span_id= trace_flags=`,
  `${T.java(-11).slice(0, 19)} - ad - Targeted ad request received for [telescopes] trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7 trace_flags=01`,
];

export const scenarios = [
  {
    folder: 's109b-otel-image-provider-worker-connections',
    description: 'astronomy shop: product images broken / grey boxes since about 9:10 UTC, checkout + cart still work. frontend-proxy full of 503s',
    incidentTime,
    expected: { component: 'image-provider', cause: 'dependency-down' },
    alsoAcceptable: [{ component: 'image-provider', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      The OpenTelemetry demo 2.1.3 manifest: image-provider is an nginx (port 8081, memory limit 50Mi, no probes) that
      frontend-proxy's Envoy routes /images/ to (IMAGE_PROVIDER_HOST/PORT), and the Next.js frontend's image optimiser
      (/_next/image) fetches from too. Fault after nginx's "worker_connections are not enough" alert (ngx_event_accept, seen in many
      public reports of keep-alive clients holding every slot): a newsletter drove browser traffic whose idle keep-alive
      connections (keepalive_timeout 65s) held all 1024 connections of the single worker; nginx stops accepting, the listen
      backlog fills and Envoy's upstream connects time out (503 UF after its 5 s connect_timeout). The image-provider pod stays
      Running and Ready with no restarts; only its error log has the alerts. Callers are louder: frontend-proxy access log 503 UF on
      every image, the frontend's "upstream image response failed", a locust browser user aborting. Decoy: ad rolled out two hours
      earlier (image 2.1.2 -> 2.1.3, healthy). Deviations from upstream: the image-provider nginx's worker_processes 1 /
      worker_connections 1024 are stated, not read from the image; the ad image was 2.1.2 before the rollout.`,
    workloads: {
      ad: { rollout: { at: -120, oldContainers: { ad: { image: 'ghcr.io/open-telemetry/demo:2.1.2-ad' } } } },
    },
    events: [
      { on: 'deploy:ad', source: 'deployment-controller', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ad-%NEW% from 0 to 1', first: -120, last: -120 },
      { on: 'deploy:ad', source: 'deployment-controller', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ad-%OLD% from 1 to 0', first: -119, last: -119 },
    ],
    logs: {
      'image-provider#0/image-provider': nginxLog,
      'frontend-proxy#0/frontend-proxy': proxyLog,
      'frontend#0/frontend': frontendLog,
      'load-generator#0/load-generator': loadLog,
      'ad#0/ad': adLog,
    },
  },
];
