// Blind held-out batch s70b: one Sock Shop scenario (split: test) for the scenario kit (scripts/s2-scenario-kit.mjs).
// Built by scripts/s70b-build.mjs with the session-2 Sock Shop system definition (scripts/s2-scenarios/sock-shop.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/sock-shop.mjs';

export { system };

const INCIDENT = '2026-07-09T19:46:00Z';
const T = clock(INCIDENT);
// go-kit logfmt as catalogue prints it (DefaultTimestampUTC, RFC3339Nano).
const kit = (min, kv) => `ts=${T.isoMs(min).replace('Z', '') + '4821Z'} ${kv}`;
const took = (min, k) => {
  if (min < -36) return `${(1.2 + (k % 7) * 0.4).toFixed(3)}ms`;
  return `${(0.9 + ((k * 37) % 23) / 10).toFixed(6).replace(/0+$/, '')}s`;
};
const tags = ['', 'blue', 'formal', 'sport', 'geek', ''];
const catalogueLines = (from, to) => {
  const out = [kit(from, 'transport=HTTP port=80')];
  for (let m = from + 0.05, k = 0; m < to; m += m < -36 ? 0.9 : 0.17, k++) {
    if (k % 5 === 0) out.push(kit(m, `caller=logging.go:79 method=Count tags=${tags[k % 6]} result=9 err=null took=${took(m, k)}`));
    else if (k % 5 === 3) out.push(kit(m, `caller=logging.go:71 method=Get id=${['03fef6ac-1896-4ce8-bd69-b798f85c6e0b', '3395a43e-2d88-40de-b95f-e00e1502085b', 'a0a4f044-b040-410d-8ead-4de0446aec7e', '837ab141-399e-4c1f-9abc-bace40296bac'][k % 4]} sock=${['03fef6ac-1896-4ce8-bd69-b798f85c6e0b', '3395a43e-2d88-40de-b95f-e00e1502085b', 'a0a4f044-b040-410d-8ead-4de0446aec7e', '837ab141-399e-4c1f-9abc-bace40296bac'][k % 4]} err=null took=${took(m, k)}`));
    else if (k % 5 === 4 && m > -36) out.push(kit(m, `caller=logging.go:111 method=Health result=2 took=${took(m, k + 3)}`));
    else out.push(kit(m, `caller=logging.go:51 method=List tags=${tags[k % 6]} order=id pageNum=1 pageSize=${k % 2 ? 6 : 3} result=${k % 2 ? 6 : 3} err=null took=${took(m, k)}`));
  }
  return out;
};

// front-end (Node/Express, morgan "dev"): catalogue calls go through request() with no timeout.
const fe = [];
for (let m = -60, k = 0; m < -0.3; m += m < -36 ? 0.8 : 0.25, k++) {
  const slow = m >= -36;
  const down = slow && (k % 7 === 2 || (m > -2.2));
  const path = ['/catalogue?size=5', '/catalogue?page=1&size=6', '/catalogue/size?tags=', '/tags', '/catalogue/3395a43e-2d88-40de-b95f-e00e1502085b'][k % 5];
  if (k % 6 === 5) fe.push(`GET /cart 200 ${(8 + (k % 9)).toFixed(3)} ms - 2`);
  else if (k % 11 === 7) fe.push(`GET /customers/57a98d98e4b00679b4a830b2 200 ${(11 + (k % 5)).toFixed(3)} ms - 211`);
  else if (down) fe.push(`GET ${path} 500 ${(1.5 + (k % 4)).toFixed(3)} ms - 134`);
  else fe.push(`GET ${path} 200 ${slow ? (1100 + ((k * 53) % 2900)).toFixed(3) : (6 + (k % 8)).toFixed(3)} ms - ${k % 5 === 3 ? 19 : 1428}`);
}

const IP = '%PODIP%';
const probeMsg = (kind) => `${kind} probe failed: Get "http://%PODIP%:80/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`;

// Datadog (optional payloads, docs/scenarios.md): the catalogue container's CPU and CFS throttling around the incident.
const series = (metric, scope, unit, pts) => ({ metric, scope, display_name: metric, unit: [unit, null], pointlist: pts, expression: `avg:${metric}{${scope}}`, aggr: 'avg', interval: 60, length: pts.length, start: pts[0][0], end: pts[pts.length - 1][0], tag_set: [] });
function datadog(dir) {
  const from = Date.parse(T.iso(-90)), to = Date.parse(T.iso(-1));
  const pts = (f) => { const out = []; for (let t = from; t <= to; t += 60000) out.push([t, f((t - Date.parse(INCIDENT)) / 60000)]); return out; };
  const scope = 'kube_namespace:sock-shop,kube_deployment:catalogue';
  const q = (metric, unit, f) => ({
    query: `avg:${metric}{${scope}}`,
    response: { status: 'ok', res_type: 'time_series', resp_version: 1, query: `avg:${metric}{${scope}}`, message: '', group_by: [], from_date: from, to_date: to, series: [series(metric, scope, unit, pts(f))] },
  });
  const body = [
    q('kubernetes.cpu.usage.total', { family: 'cpu', name: 'nanocore', short_name: 'ncores', plural: 'nanocores', scale_factor: 1e-9, id: 121 }, (m) => (m < -37 ? 21e6 + Math.abs(Math.sin(m)) * 9e6 : 196e6 + Math.abs(Math.sin(m)) * 4e6)),
    q('kubernetes.cpu.limits', { family: 'cpu', name: 'core', short_name: null, plural: 'cores', scale_factor: 1, id: 120 }, () => 0.2),
    q('kubernetes.cpu.cfs.throttled.seconds', { family: 'time', name: 'second', short_name: 's', plural: 'seconds', scale_factor: 1, id: 11 }, (m) => (m < -37 ? 0 : 2.4 + Math.abs(Math.cos(m)) * 1.1)),
  ];
  mkdirSync(join(dir, 'datadog'), { recursive: true });
  writeFileSync(join(dir, 'datadog', 'metrics.json'), JSON.stringify(body, null, 2) + '\n');
}

export const scenarios = [
  {
    folder: 's70b-catalog-slow-after-promo',
    incidentTime: INCIDENT,
    description: 'sock shop catalouge page erroring / really slow since the promo email went out ~19:10. cart and login are fine',
    expected: { component: 'catalogue', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'catalogue', cause: 'probe-failure' }],
    difficulty: 'hard',
    traits: ['cpu-starvation', 'louder-dependents', 'typo', 'time-expression'],
    grounding: `
      Manifests: microservices-demo/microservices-demo deploy/kubernetes/complete-demo.yaml at 9dff06f through the
      session-2 Sock Shop system definition (catalogue: one replica, requests 100m, limit cpu 200m, liveness and readiness
      on /health with timeoutSeconds 1, periodSeconds 3, initial delays 300 s and 180 s; front-end calls it for every
      catalogue and tag page). Fault shape: CPU limit throttling under a traffic spike, as in Buffer's public write-up on
      removing CPU limits and the Kubernetes issue on CFS quota throttling (kubernetes/kubernetes#67577): after a promotion the catalogue container sits at its 200m quota, CFS throttles it every period, request latency
      climbs from milliseconds to seconds, the 1 s liveness probe times out three times in a row and the kubelet restarts the
      container (Go as PID 1 exits 2 on SIGTERM); each restart takes the only endpoint out of the Service for minutes, which the
      front-end shows as 500s. The nodes have CPU to spare; only the container's limit is exhausted. Optional Datadog metrics
      show the catalogue at its limit with CFS throttling since ~19:09. Deviations: the traffic spike, the throttling figures
      and the Datadog account are invented; go-kit's caller line numbers are approximate.
    `,
    workloads: {
      catalogue: {
        since: -60 * 24 * 6,
        unavailableSince: -2.1,
        endpointsChanged: -2.1,
        pods: [
          {
            readyTransition: T.iso(-2.1),
            containers: {
              catalogue: cs.restartedRunning({
                restarts: 5,
                startedAt: T.iso(-1.9),
                ready: false,
                last: { exitCode: 2, reason: 'Error', startedAt: T.iso(-7.4), finishedAt: T.iso(-2.0) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:catalogue#0', reason: 'Unhealthy', message: probeMsg('Readiness'), type: 'Warning', first: -34.2, last: -2.2, count: 58, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Unhealthy', message: probeMsg('Liveness'), type: 'Warning', first: -33.9, last: -2.1, count: 17, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Killing', message: 'Container catalogue failed liveness probe, will be restarted', first: -33.8, last: -2.05, count: 5, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Pulled', message: 'Container image "weaveworksdemos/catalogue:0.3.5" already present on machine', first: -33.7, last: -1.95, count: 5, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Created', message: 'Created container catalogue', first: -33.7, last: -1.95, count: 5, fieldPath: 'spec.containers{catalogue}' },
      { on: 'pod:catalogue#0', reason: 'Started', message: 'Started container catalogue', first: -33.65, last: -1.9, count: 5, fieldPath: 'spec.containers{catalogue}' },
    ],
    logs: {
      'catalogue#0/catalogue': catalogueLines(-1.9, -0.3),
      'catalogue#0/catalogue/previous': catalogueLines(-7.4, -2.05),
      'front-end#0/front-end': fe,
    },
    post: datadog,
  },
];
void IP;
