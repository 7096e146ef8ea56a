// Blind dev batch s81c: one OpenTelemetry demo scenario with no fault (slowness from one office's network, a benign frontend
// memory-limit rollout as noise); built by scripts/s81c-build.mjs with scripts/kit-systems/otel-demo.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const incidentTime = '2026-03-22T10:41:00Z';
const T = clock(incidentTime);
const rollAt = -35;

const PATHS = [
  ['GET /api/products/OLJCESPC7Z?currencyCode=USD', 1284],
  ['GET /api/recommendations?productIds=OLJCESPC7Z&sessionId=%S&currencyCode=USD', 2417],
  ['GET /api/cart?sessionId=%S&currencyCode=USD', 311],
  ['GET /api/data?contextKeys=telescopes', 402],
  ['GET /', 18231],
  ['GET /api/products?currencyCode=USD', 9642],
  ['POST /api/cart?currencyCode=USD', 128],
  ['GET /images/products/NationalParkFoundationExplorascope.jpg', 125488],
];
const proxy = [];
for (let i = 0; i < 160; i++) {
  const m = -30 + i * (29.5 / 160);
  const [req, bytes] = PATHS[i % PATHS.length];
  const office = i % 5 === 2;
  const sid = `${(0x3c1f9a2b + i * 7919).toString(16)}-5e2d-4b7a-9c1e-${(0x5d4c3b2a1f00 + i * 104729).toString(16)}`;
  const path = req.replace('%S', sid);
  const dur = 8 + ((i * 37) % 53);
  const ua = office
    ? 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36'
    : 'python-requests/2.32.3';
  const xff = office ? '185.92.221.47' : '-';
  const upstream = path.startsWith('GET /images/') ? '%IPOF:image-provider#0%:8081' : '%IPOF:frontend#0%:8080';
  proxy.push(
    `[${T.isoMs(m)}] "${path} HTTP/1.1" 200 - 0 ${bytes} ${dur} ${dur - 1} "${xff}" "${ua}" "${sid.slice(0, 8)}-a1b2-4c3d-8e9f-${(0x1a2b3c4d5e6f + i).toString(16)}" "frontend-proxy:8080" "${upstream}"`,
  );
}

const frontend = [
  '   ▲ Next.js 15.2.1',
  '   - Local:        http://%POD%:8080',
  '   - Network:      http://0.0.0.0:8080',
  '',
  ' ✓ Starting...',
  ' ✓ Ready in 318ms',
];

const kafka = [];
for (let m = -50; m < -1; m += 9.5) {
  kafka.push(`[${T.java(m).replace('.', ',')}] INFO [Log partition=orders-0, dir=/tmp/kafka-logs] Rolled new log segment at offset ${41200 + Math.round((m + 60) * 37)} in 3 ms. (kafka.log.LocalLog)`);
  kafka.push(`[${T.java(m + 0.05).replace('.', ',')}] INFO [LocalLog partition=orders-0, dir=/tmp/kafka-logs] Deleting segment files LogSegment(baseOffset=${39800 + Math.round((m + 60) * 37)}, size=1048571, lastModifiedTime=${Date.parse(T.isoMs(m - 240))}, largestRecordTimestamp=${Date.parse(T.isoMs(m - 241))}) (kafka.log.LocalLog$)`);
}

export const scenarios = [
  {
    folder: 's81c-office-slowness-benign-frontend-rollout',
    incidentTime,
    description:
      'astronomy shop feels super sluggish from the Lisbon office since ~10:15, ppl at home say its fine?? anything on our side',
    expected: null,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    workloads: {
      frontend: {
        rollout: {
          at: rollAt,
          oldReplicas: 0,
          oldContainers: { frontend: { resources: { limits: { memory: '250Mi' } } } },
        },
        containers: { frontend: { resources: { limits: { memory: '300Mi' } } } },
        pods: [{ created: T.iso(rollAt + 0.05) }],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: rollAt },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: rollAt + 0.3 },
      { on: 'pod:frontend#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned otel-demo/%POD% to %NODE%', first: rollAt + 0.05 },
      { on: 'pod:frontend#0', reason: 'Pulled', fieldPath: 'spec.containers{frontend}', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-frontend" already present on machine', first: rollAt + 0.07 },
      { on: 'pod:frontend#0', reason: 'Created', fieldPath: 'spec.containers{frontend}', message: 'Created container: frontend', first: rollAt + 0.08 },
      { on: 'pod:frontend#0', reason: 'Started', fieldPath: 'spec.containers{frontend}', message: 'Started container frontend', first: rollAt + 0.09 },
    ],
    logs: {
      'frontend-proxy#0/frontend-proxy': proxy,
      'frontend#0/frontend': frontend,
      'kafka#0/kafka': kafka,
    },
    grounding: `
      No fault. A real complaint: the shop is slow from one office only (a congested office uplink / VPN breakout), which nothing in
      the cluster shows: every Deployment available, no restarts in the hour, frontend-proxy's Envoy access log (default format)
      shows 200s with 8-60 ms durations for the load generator and for the office's own requests (X-Forwarded-For 185.92.221.47),
      kafka rolls and deletes segments as usual. Noise: the web-experience team rolled frontend 35 minutes ago to raise its memory
      limit from 250Mi (opentelemetry-demo.yaml at a8a3ea2) to 300Mi; the new pod is Ready and serving, the old and new
      ReplicaSets differ only by that limit. Deviations from upstream: the frontend memory limit (the benign change); the office
      address and request mix are invented.
    `,
  },
];
