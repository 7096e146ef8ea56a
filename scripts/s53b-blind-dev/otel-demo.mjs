// Blind dev batch s53b, OpenTelemetry demo: no fault — a burst of Envoy 503s during a healthy frontend rollout twenty minutes
// earlier, already over when the question is asked; built with the kit's otel-demo system by scripts/s53b-build.mjs.
import { createHash } from 'node:crypto';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;

const T = clock('2026-06-18T10:34:00Z');
const ROLL = -22.6; // helm upgrade: frontend memory limit 250Mi -> 300Mi
const SWAP = ROLL + 0.55; // new pod Ready, old pod gets SIGTERM
const PRODUCTS = ['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM', '2ZYFJ3GM2N', '0PUK6V6EV0', 'LS4PSXUNUM', '9SIQT8TOJO', '6E92ZMYYFZ', 'HQTGWGPNH4'];
const hex = (n, k) => createHash('sha256').update(`s53b/${n}/${k}`).digest('hex').slice(0, 8);
const rid = (i) => `${hex(i, 1)}-${hex(i, 2).slice(0, 4)}-4${hex(i, 3).slice(0, 3)}-a${hex(i, 4).slice(0, 3)}-${hex(i, 5)}${hex(i, 6).slice(0, 4)}`;

function envoyLine(min, i, path, status, flags, details, sent, dur) {
  const ok = status < 500;
  return `[${T.isoMs(min)}] "GET ${path} HTTP/1.1" ${status} ${flags} ${details} - "-" 0 ${sent} ${dur} ${ok ? Math.max(1, dur - 1) : '-'} "-" "python-requests/2.32.3" "${rid(i)}" "frontend-proxy:8080" "%SVCIP:frontend%:8080" frontend %PODIP%:${38000 + (i % 9000)} %PODIP%:8080 %IPOF:load-generator#0%:${50000 + ((i * 37) % 9000)} - -`;
}

function proxyLogs() {
  const L = [];
  let i = 0;
  for (let m = -40; m < -0.05; m += 0.09) {
    i++;
    const p = PRODUCTS[i % PRODUCTS.length];
    const path = i % 7 === 0 ? '/api/cart' : i % 5 === 0 ? `/api/recommendations?productIds=${p}` : i % 11 === 0 ? '/api/data/?contextKeys=binoculars' : `/api/products/${p}`;
    L.push(envoyLine(m, i, path, 200, '-', 'via_upstream', path.startsWith('/api/cart') ? 61 : path.startsWith('/api/recommendations') ? 2144 : 1021, 9 + (i % 13)));
    if (m > SWAP - 0.09 && m <= SWAP) {
      // the old pod's SIGTERM: in-flight and pooled requests through the ClusterIP are reset for ~2 s
      for (let k = 0; k < 9; k++) {
        const q = `/api/products/${PRODUCTS[(i + k) % PRODUCTS.length]}`;
        L.push(envoyLine(SWAP + k * 0.004, 90000 + k, k % 3 === 2 ? '/api/cart' : q, 503, 'UC', 'upstream_reset_before_response_started{connection_termination}', 95, 1 + (k % 4)));
      }
    }
  }
  return L;
}

const frontendLogs = [
  '   ▲ Next.js 16.2.3',
  `   - Local:        http://%POD%:8080`,
  '   - Network:      http://%PODIP%:8080',
  '',
  ' ✓ Starting...',
  ' ✓ Ready in 412ms',
];

const dotnet = (lvl, cat, id, msg) => [`${lvl}: ${cat}[${id}]`, `      ${msg}`];
function accountingLogs() {
  const L = [];
  for (let m = -40; m < -0.5; m += 2.3) {
    const id = `${hex(Math.round(m * 100), 7)}-${hex(Math.round(m * 100), 8).slice(0, 4)}-11f0-${hex(Math.round(m * 100), 9).slice(0, 4)}-${hex(Math.round(m * 100), 10)}${hex(1, 11).slice(0, 4)}`;
    L.push(...dotnet('info', 'Accounting.Consumer', 1216209043, `Order details: { "orderId": "${id}", "shippingTrackingId": "${rid(Math.round(-m * 10))}", "shippingCost": { "currencyCode": "USD", "units": "8", "nanos": 990000000 }, "shippingAddress": { "streetAddress": "1600 Amphitheatre Parkway", "city": "Mountain View", "state": "CA", "country": "United States", "zipCode": "94043" }, "items": [ { "item": { "productId": "${PRODUCTS[Math.round(-m) % PRODUCTS.length]}", "quantity": 1 }, "cost": { "currencyCode": "USD", "units": "101", "nanos": 960000000 } } ] }.`));
  }
  return L;
}

export const scenarios = [
  {
    folder: 's53b-frontend-rollout-503-blip-no-fault',
    description: 'web-experience here: synthetic checks flagged a burst of 503s on the storefront around 10:12, looks fine again now — is something broken?',
    incidentTime: '2026-06-18T10:34:00Z',
    difficulty: 'medium',
    traits: ['no-fault', 'time-expression', 'team-name', 'decoy'],
    workloads: {
      frontend: {
        pods: [{ created: T.iso(ROLL + 0.005), readyTransition: T.iso(ROLL + 0.5) }],
        rollout: { at: ROLL, revision: 4, oldContainers: { frontend: { resources: { limits: { memory: '250Mi' } } } } },
        containers: { frontend: { resources: { limits: { memory: '300Mi' } } } },
      },
      'load-generator': { pods: [{ node: 'gke-astro-prod-default-pool-8b41d0c3-v7mt' }] },
      payment: { pods: [{ node: 'gke-astro-prod-default-pool-5f2c1a7e-2kqd' }] },
      accounting: {
        pods: [{ containers: { accounting: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }) } }],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% from 0 to 1', source: 'deployment-controller', first: ROLL },
      { on: 'pod:frontend#0', reason: 'Scheduled', message: 'Successfully assigned otel-demo/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.01 },
      { on: 'pod:frontend#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-frontend" already present on machine', fieldPath: 'spec.containers{frontend}', first: ROLL + 0.03 },
      { on: 'pod:frontend#0', reason: 'Created', message: 'Created container: frontend', fieldPath: 'spec.containers{frontend}', first: ROLL + 0.03 },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container frontend', fieldPath: 'spec.containers{frontend}', first: ROLL + 0.04 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% from 1 to 0', source: 'deployment-controller', first: SWAP },
    ],
    logs: {
      'frontend-proxy#0/frontend-proxy': proxyLogs(),
      'frontend#0/frontend': frontendLogs,
      'accounting#0/accounting': accountingLogs(),
    },
    grounding: `
      OpenTelemetry demo 2.1.3 as the kit's system (kubernetes/opentelemetry-demo.yaml at a8a3ea2). No fault. A helm upgrade at
      10:11 raised the frontend's memory limit (250Mi -> 300Mi): the Deployment rolled (maxSurge 25 % rounds up to 1,
      maxUnavailable to 0), the new pod became Ready, the old one got SIGTERM. The demo's frontend (Next.js standalone server) has
      no preStop hook, so for a couple of seconds frontend-proxy's Envoy still had pooled connections through the frontend
      ClusterIP to the terminating pod and answered 503 UC upstream_reset_before_response_started{connection_termination} (the
      well-known rolling-update race between endpoint removal and SIGTERM; Kubernetes docs on pod termination, Envoy response
      flags). Everything has been 200 since; every pod is Ready. The Envoy line format is the demo's envoy.tmpl.yaml access-log
      body (the demo ships it over OTLP; stdout printing is the SOURCES.md assumption). Decoys: the rollout itself (healthy,
      revision 4), an accounting OOMKill three days old. The load generator runs locust with --skip-log-setup, so its records go only to
      OTLP and its stdout is empty; accounting's lines follow src/accounting/Consumer.cs ("Order details: …") in the .NET console format.
      Expected answer: nothing wrong now; the 503 burst is the rollout's connection draining.
    `,
    post(dir, h) {
      const rs = h.read(dir, 'replicasets').items.filter((r) => r.metadata.name.startsWith('frontend-') && !r.metadata.name.startsWith('frontend-proxy-'));
      const old = rs.find((r) => r.spec.replicas === 0);
      h.edit(dir, 'events', (l) => {
        const pod = `${old.metadata.name}-x7kq2`;
        const ref = { kind: 'Pod', namespace: 'otel-demo', name: pod, uid: h.uid(`otel-demo/s53b/${pod}`), apiVersion: 'v1', resourceVersion: '9087211', fieldPath: 'spec.containers{frontend}' };
        l.items.push(h.event(`${pod}.17f2b4c6a9e0d312`, ref, 'Killing', 'Stopping container frontend', { component: 'kubelet', host: 'gke-astro-prod-default-pool-5f2c1a7e-9xwl' }, T.iso(SWAP), T.iso(SWAP), 1, 'Normal'));
      });
    },
  },
];
