// Batch s37b blind dev scenario for the OpenTelemetry demo 2.1.3 (kubernetes/opentelemetry-demo.yaml), written without
// knowledge of the engine: a frontend-proxy values change points Envoy's frontend cluster at the old chart's Service name.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const T = clock('2026-06-03T16:24:00Z');
const proxyBase = system.workloads.find((w) => w.name === 'frontend-proxy').containers[0];
const badEnv = proxyBase.env.map((v) => (v.name === 'FRONTEND_HOST' ? { name: 'FRONTEND_HOST', value: 'opentelemetry-demo-frontend' } : v));

// Envoy's application log ([%Y-%m-%d %T.%e][thread][level][logger] [file:line] msg) and default access-log format.
const envoy = (min, lvl, logger, src, msg) => {
  const d = T.isoMs(min);
  return `[${d.slice(0, 10)} ${d.slice(11, 23)}][1][${lvl}][${logger}] [${src}] ${msg}`;
};
const acc = (min, method, path, code, flags, sent, dur, up, ua, id, upstream) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} 0 ${sent} ${dur} ${up} "-" "${ua}" "${id}" "frontend-proxy:8080" "${upstream}"`;
const rid = (i) => `${(0x5a17c3e0 + i * 104729).toString(16).slice(0, 8)}-2f4d-4e8a-9c${String(10 + (i % 89)).padStart(2, '0')}-7b3e${String(40000000 + i * 577).padStart(8, '0')}`;
const LOCUST = 'python-requests/2.32.4';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/138.0.0.0 Safari/537.36';
const PRODUCTS = ['0PUK6V6EV0', '1YMWWN1N4O', '2ZYFJ3GM2N', '66VCHSJNUP', '6E92ZMYYFZ', '9SIQT8TOJO', 'L9ECAV7KIM', 'LS4PSXUNUM', 'OLJCESPC7Z', 'HQTGWGPNH4'];

function newProxyLogs() {
  const out = [
    envoy(-13.6, 'info', 'main', 'source/server/server.cc:430', 'initializing epoch 0 (base id=0, hot restart version=11.104)'),
    envoy(-13.6, 'info', 'main', 'source/server/server.cc:432', 'statically linked extensions:'),
    envoy(-13.59, 'info', 'main', 'source/server/server.cc:977', 'runtime: {}'),
    envoy(-13.59, 'info', 'admin', 'source/server/admin/admin.cc:67', 'admin address: 0.0.0.0:10000'),
    envoy(-13.59, 'info', 'config', 'source/server/configuration_impl.cc:168', 'loading tracing configuration'),
    envoy(-13.59, 'info', 'config', 'source/server/configuration_impl.cc:124', 'loading 0 static secret(s)'),
    envoy(-13.59, 'info', 'config', 'source/server/configuration_impl.cc:130', 'loading 8 cluster(s)'),
    envoy(-13.58, 'info', 'config', 'source/server/configuration_impl.cc:138', 'loading 1 listener(s)'),
    envoy(-13.58, 'info', 'runtime', 'source/common/runtime/runtime_impl.cc:625', 'RTDS has finished initialization'),
    envoy(-13.58, 'info', 'upstream', 'source/common/upstream/cluster_manager_impl.cc:249', 'cm init: all clusters initialized'),
    envoy(-13.58, 'info', 'main', 'source/server/server.cc:958', 'all clusters initialized. initializing init manager'),
    envoy(-13.58, 'info', 'config', 'source/common/listener_manager/listener_manager_impl.cc:944', 'all dependencies initialized. starting workers'),
    envoy(-13.57, 'info', 'main', 'source/server/server.cc:977', 'starting main dispatch loop'),
  ];
  let i = 0;
  for (let m = -13.4; m < -0.2; m += 0.23, i++) {
    const p = PRODUCTS[i % PRODUCTS.length];
    const ua = i % 4 === 0 ? BROWSER : LOCUST;
    const paths = [['GET', '/'], ['GET', `/product/${p}`], ['GET', '/api/cart'], ['POST', '/api/cart'], ['GET', `/api/recommendations?productIds=${p}`], ['GET', '/api/data?contextKeys=telescopes'], ['POST', '/api/checkout']];
    const [method, path] = paths[i % paths.length];
    out.push(acc(m, method, path, 503, 'UH', 19, 0, '-', ua, rid(i), '-'));
    if (i % 2 === 0) out.push(acc(m + 0.01, 'GET', `/images/products/${['NationalParkFoundationExplorascope', 'StarsenseExplorer', 'RedFlashlight', 'SolarSystemColorImager', 'LensCleaningKit'][i % 5]}.jpg`, 200, '-', 41253 + (i % 7) * 1031, 3, 2, ua, rid(i + 5000), '%IPOF:image-provider#0%:8081'));
    if (i % 9 === 0) out.push(acc(m + 0.02, 'POST', '/flagservice/flagd.evaluation.v1.Service/ResolveAll', 200, '-', 2911, 4, 3, BROWSER, rid(i + 9000), '%IPOF:flagd#0%:8013'));
  }
  return out;
}

export const scenarios = [
  {
    folder: 's37b-frontend-proxy-stale-frontend-host',
    incidentTime: '2026-06-03T16:24:00Z',
    description: "astronomy shop is down, every page says 'no healthy upstream' — is frontend dead??",
    expected: { component: 'frontend-proxy', cause: 'config-error' },
    alsoAcceptable: [{ component: 'frontend-proxy', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy'],
    grounding: `
      Manifest: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml 2.1.3: frontend-proxy is Envoy whose
      envoy.tmpl.yaml is rendered from env at start (FRONTEND_HOST=frontend, FRONTEND_PORT=8080, IMAGE_PROVIDER_HOST, FLAGD_HOST …)
      into STRICT_DNS clusters; no probes. Before chart 0.31 the chart prefixed every Service with the release name
      (opentelemetry-demo-frontend). Fault: a platform values overlay carried over from the old chart sets
      FRONTEND_HOST=opentelemetry-demo-frontend on frontend-proxy; the rollout at 16:10 succeeds (Envoy starts, no probe), but the
      name does not resolve, so the frontend cluster has no hosts and Envoy answers every page, cart, checkout and API route with
      503 UH and the 19-byte "no healthy upstream" body (Envoy's default access-log format) while image-provider and flagd routes
      keep answering 200. frontend is healthy and simply receives no traffic. Decoys: ad restarted two days ago (OOMKilled at its
      300Mi limit during a game day) and a healthy recommendation rollout 95 minutes earlier.`,
    workloads: {
      'frontend-proxy': {
        rollout: { at: -14, revision: 6, oldContainers: { 'frontend-proxy': { env: proxyBase.env } }, oldReplicas: 0 },
        containers: { 'frontend-proxy': { env: badEnv } },
        endpointsChanged: -13.5,
      },
      recommendation: { rollout: { at: -95, revision: 4, oldReplicas: 0 } },
      ad: {
        pods: [{ containers: { ad: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 8), finishedAt: T.iso(-60 * 49 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:frontend-proxy', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-proxy-%NEW% from 0 to 1', first: -14 },
      { on: 'deploy:frontend-proxy', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-proxy-%OLD% from 1 to 0', first: -13.5 },
      { on: 'pod:frontend-proxy#0', reason: 'Scheduled', message: 'Successfully assigned otel-demo/%POD% to %NODE%', source: 'default-scheduler', first: -14 },
      { on: 'pod:frontend-proxy#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-frontend-proxy" already present on machine', first: -13.8, fieldPath: 'spec.containers{frontend-proxy}' },
      { on: 'pod:frontend-proxy#0', reason: 'Created', message: 'Created container: frontend-proxy', first: -13.7, fieldPath: 'spec.containers{frontend-proxy}' },
      { on: 'pod:frontend-proxy#0', reason: 'Started', message: 'Started container frontend-proxy', first: -13.7, fieldPath: 'spec.containers{frontend-proxy}' },
    ],
    logs: {
      'frontend-proxy#0/frontend-proxy': newProxyLogs(),
    },
  },
];
