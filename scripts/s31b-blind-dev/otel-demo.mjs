// Batch s31b (blind dev): one OpenTelemetry demo incident on the kit system definition (opentelemetry-demo.yaml 2.1.3).
// A load test raised to 50 users pushes checkout (Go, 20Mi limit, GOMEMLIMIT 16MiB) past its limit: OOM-killed over and over.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const T = clock('2026-05-22T16:05:00Z');
const NODE_B = 'gke-astro-prod-default-pool-5f2c1a7e-9xwl';
// Runs of checkout's container [start, OOM kill] (minutes before the incident) once the load test ramped up; the
// kubelet's back-off doubles from 10s to its 5m cap between them, so checkout is down for longer and longer.
const RUNS = [[-60 * 24 * 6, -37], [-36.8, -33.5], [-33.2, -29.6], [-28.9, -24.8], [-23.5, -18.2], [-15.5, -10.9], [-5.9, -3.4]];
const KILLS = RUNS.map((r) => r[1]);
const isDown = (m) => RUNS.some(([, k], i) => m >= k && m < (RUNS[i + 1]?.[0] ?? 10));
const LOADTEST = -47;

const jl = (min, sev, msg) => `{"message":"${msg.replaceAll('"', '\\"')}","severity":"${sev}","timestamp":"${T.isoMs(min).replace('Z', '')}123Z"}`;
const uids = ['c7b2a1e4-6f0d-4d7c-9b1e-2a8f3c5d7e90', '0f3e9d8c-1b2a-4c5d-8e7f-6a5b4c3d2e1f', '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'];

function checkoutPrev() {
  const [start, end] = RUNS[RUNS.length - 2];
  const out = [
    jl(start, 'info', 'service config: &{cartSvcAddr:cart:8080 currencySvcAddr:currency:8080 emailSvcAddr:http://email:8080 paymentSvcAddr:payment:8080 productCatalogSvcAddr:product-catalog:8080 shippingSvcAddr:http://shipping:8080 kafkaBrokerSvcAddr:kafka:9092}'),
    jl(start + 0.01, 'info', 'starting to listen on tcp: "[::]:8080"'),
  ];
  for (let m = start + 0.1, i = 0; m < end - 0.01; m += 0.13, i++) {
    out.push(jl(m, 'info', `[PlaceOrder] user_id="${uids[i % 3]}" user_currency="${['USD', 'EUR', 'CAD'][i % 3]}"`));
    out.push(jl(m + 0.01, 'info', `payment went through (transaction_id: ${(0x1f3a9c + i * 7919).toString(16)}-2b4e-4c1d-9f8a-${(0x51e2d0b7c3a4 + i).toString(16)})`));
    if (i % 2 === 0) out.push(jl(m + 0.02, 'info', 'sending to postProcessor'));
  }
  return out; // no last words: the kernel's SIGKILL leaves none
}
function checkoutCur() {
  const [start, end] = RUNS[RUNS.length - 1];
  const out = [
    jl(start, 'info', 'service config: &{cartSvcAddr:cart:8080 currencySvcAddr:currency:8080 emailSvcAddr:http://email:8080 paymentSvcAddr:payment:8080 productCatalogSvcAddr:product-catalog:8080 shippingSvcAddr:http://shipping:8080 kafkaBrokerSvcAddr:kafka:9092}'),
    jl(start + 0.01, 'info', 'starting to listen on tcp: "[::]:8080"'),
  ];
  for (let m = start + 0.1, i = 0; m < end - 0.01; m += 0.15, i++) {
    out.push(jl(m, 'info', `[PlaceOrder] user_id="${uids[(i + 1) % 3]}" user_currency="${['EUR', 'USD', 'CHF'][i % 3]}"`));
    out.push(jl(m + 0.01, 'info', `payment went through (transaction_id: ${(0x2c4b1d + i * 6007).toString(16)}-7a1e-4f2b-8c3d-${(0x9d1e2f3a4b5c + i).toString(16)})`));
  }
  return out;
}

function frontendLog() {
  const out = [];
  for (let m = -50; m < 0; m += 0.7) {
    if (isDown(m)) {
      out.push(`Error: 14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED %SVCIP:checkout%:8080 (${T.isoMs(m)})`);
      out.push('    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)');
      out.push('    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)');
      out.push('    at /app/node_modules/@grpc/grpc-js/build/src/call-interface.js:78:35 {');
      out.push('  code: 14,');
      out.push(`  details: 'No connection established. Last error: connect ECONNREFUSED %SVCIP:checkout%:8080 (${T.isoMs(m)})',`);
      out.push("  metadata: Metadata { internalRepr: Map(0) {}, options: {} }");
      out.push('}');
    }
    const killedNow = KILLS.slice(1).find((k) => m >= k - 0.7 && m < k);
    if (killedNow !== undefined) {
      out.push('Error: 14 UNAVAILABLE: Connection dropped');
      out.push('    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)');
      out.push('    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76) {');
      out.push('  code: 14,');
      out.push("  details: 'Connection dropped',");
      out.push("  metadata: Metadata { internalRepr: Map(0) {}, options: {} }");
      out.push('}');
    }
  }
  return out;
}

function proxyLog() {
  const out = [];
  let i = 0;
  for (let m = -50; m < 0; m += 0.35, i++) {
    const down = isDown(m) || KILLS.some((k) => m >= k - 0.3 && m < k);
    const rid = `${(0x3e1a + i * 131).toString(16)}a2c1-5b7d-4e9f-a1c3-${(0x7d2e9f0a1b2c + i).toString(16)}`;
    const ua = m >= LOADTEST ? 'python-requests/2.32.3' : 'python-requests/2.32.3';
    out.push(`[${T.isoMs(m)}] "GET /api/products/${['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM'][i % 4]} HTTP/1.1" 200 - 0 ${1180 + (i % 9) * 13} ${4 + (i % 5)} ${3 + (i % 5)} "-" "${ua}" "${rid}" "frontend-proxy:8080" "%IPOF:frontend#0%:8080"`);
    if (i % 3 === 0) {
      const code = down ? 500 : 200;
      out.push(`[${T.isoMs(m + 0.05)}] "POST /api/checkout?currencyCode=${['USD', 'EUR', 'CHF'][i % 3]} HTTP/1.1" ${code} - 812 ${down ? 68 : 1893} ${down ? 3 + (i % 4) : 180 + (i % 40)} ${down ? 2 + (i % 4) : 178 + (i % 40)} "-" "${ua}" "${rid}x" "frontend-proxy:8080" "%IPOF:frontend#0%:8080"`);
    }
  }
  return out;
}

export const scenarios = [
  {
    folder: 's31b-checkout-oom-under-loadtest',
    incidentTime: '2026-05-22T16:05:00Z',
    description: 'astronomy shop: place order keeps failing on and off for the last ~30 min, users see an error page',
    expected: { component: 'checkout', cause: 'oom-killed' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      opentelemetry-demo.yaml 2.1.3: checkout (Go) runs with a 20Mi memory limit and GOMEMLIMIT=16MiB; the frontend calls it
      over gRPC at checkout:8080 and frontend-proxy (Envoy) routes /api/checkout to the frontend. The demo's tiny Go limits
      are a known source of OOMKilled reports when the load generator is raised (open-telemetry/opentelemetry-demo issues
      about checkout/shipping OOMKilled under load). Here an engineer rolled load-generator with LOCUST_USERS 10 -> 50 for
      a sale rehearsal at 15:18; from 15:28 checkout's live heap under concurrent PlaceOrder calls outgrows the 20Mi cgroup
      (GOMEMLIMIT is a soft target, it cannot keep the resident set below the hard limit) and the kernel kills it every 4-6
      minutes at first: restartCount 7, lastState OOMKilled/137, GKE node-problem-detector's OOMKilling events on the Node.
      The kubelet's back-off doubles to its 5m cap, so checkout is down longer each time and is in CrashLoopBackOff now;
      while it runs its logrus JSON shows normal PlaceOrder lines and no last words (SIGKILL).
      The frontend (Next.js, @grpc/grpc-js) logs "14 UNAVAILABLE: Connection dropped" at each kill and "No connection
      established ... ECONNREFUSED <clusterIP>:8080" while the Service has no ready endpoint; frontend-proxy's Envoy access
      log shows POST /api/checkout 500 in those windows and 200 otherwise. (The Envoy and frontend lines are the defaults of
      those runtimes; the demo also exports them over OTLP.)
      Decoys: the load-generator rollout itself (healthy; it is the trigger, not the fault) and a fraud-detection restart
      two days ago.
    `,
    workloads: {
      checkout: {
        pods: [
          {
            node: NODE_B,
            created: T.iso(-60 * 24 * 6),
            containers: {
              checkout: cs.crashLoop({
                restarts: KILLS.length,
                exitCode: 137,
                reason: 'OOMKilled',
                startedAt: T.iso(RUNS[RUNS.length - 1][0]),
                finishedAt: T.iso(RUNS[RUNS.length - 1][1]),
                backoff: '5m0s',
                container: 'checkout',
              }),
            },
          },
        ],
        endpointsChanged: KILLS[KILLS.length - 1] + 0.05,
        unavailableSince: KILLS[KILLS.length - 1] + 0.05,
      },
      'load-generator': {
        rollout: { at: LOADTEST, oldContainers: { 'load-generator': { env: system.workloads.find((w) => w.name === 'load-generator').containers[0].env } } },
        containers: {
          'load-generator': {
            env: system.workloads
              .find((w) => w.name === 'load-generator')
              .containers[0].env.map((x) => (x.name === 'LOCUST_USERS' ? { name: 'LOCUST_USERS', value: '50' } : x)),
          },
        },
      },
      'fraud-detection': {
        pods: [
          {
            containers: {
              'fraud-detection': cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 2 - 214),
                last: { exitCode: 1, reason: 'Error', startedAt: T.iso(-60 * 24 * 6), finishedAt: T.iso(-60 * 24 * 2 - 214.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      ...KILLS.slice(-4).map((k) => ({
        on: `node:${NODE_B}`,
        reason: 'OOMKilling',
        type: 'Warning',
        source: 'kernel-monitor',
        message: `Memory cgroup out of memory: Killed process ${412000 + Math.round(-k * 37)} (checkout) total-vm:1262820kB, anon-rss:19876kB, file-rss:1140kB, shmem-rss:0kB, UID:1000 pgtables:172kB oom_score_adj:999`,
        first: k,
      })),
      { on: 'pod:checkout#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-checkout" already present on machine', first: RUNS[1][0] - 0.01, last: RUNS[RUNS.length - 1][0] - 0.01, count: KILLS.length - 1, fieldPath: 'spec.containers{checkout}' },
      { on: 'pod:checkout#0', reason: 'Created', message: 'Created container: checkout', first: RUNS[1][0] - 0.01, last: RUNS[RUNS.length - 1][0] - 0.01, count: KILLS.length - 1, fieldPath: 'spec.containers{checkout}' },
      { on: 'pod:checkout#0', reason: 'Started', message: 'Started container checkout', first: RUNS[1][0], last: RUNS[RUNS.length - 1][0], count: KILLS.length - 1, fieldPath: 'spec.containers{checkout}' },
      { on: 'pod:checkout#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container checkout in pod %POD%_otel-demo(%PODUID%)', first: KILLS[1] + 0.01, last: -0.2, count: 19, fieldPath: 'spec.containers{checkout}' },
      { on: 'deploy:load-generator', reason: 'ScalingReplicaSet', message: 'Scaled up replica set load-generator-%NEW% from 0 to 1', first: LOADTEST },
      { on: 'deploy:load-generator', reason: 'ScalingReplicaSet', message: 'Scaled down replica set load-generator-%OLD% from 1 to 0', first: LOADTEST + 0.6 },
    ],
    logs: {
      'checkout#0/checkout': checkoutCur(),
      'checkout#0/checkout/previous': checkoutPrev(),
      'frontend#0/frontend': frontendLog(),
      'frontend-proxy#0/frontend-proxy': proxyLog(),
      'load-generator#0/load-generator': [
        `[${T.java(LOADTEST + 0.4).replace('.', ',')}] %POD%/INFO/locust.main: Starting web interface at http://0.0.0.0:8089`,
        `[${T.java(LOADTEST + 0.41).replace('.', ',')}] %POD%/INFO/locust.main: Starting Locust 2.31.8`,
        `[${T.java(LOADTEST + 0.5).replace('.', ',')}] %POD%/INFO/locust.runners: Ramping to 50 users at a rate of 1.00 per second`,
        `[${T.java(LOADTEST + 1.4).replace('.', ',')}] %POD%/INFO/locust.runners: All users spawned: {"WebsiteUser": 50} (50 total users)`,
      ],
    },
  },
];
