// Batch s52a (held-out, split: test): one blind Online Boutique scenario for the kit (scripts/s2-scenario-kit.mjs),
// on the session-2 system definition; expected answer fixed in the spec before the snapshot was generated.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;

const I1 = '2026-11-27T19:05:00Z';
const T1 = clock(I1);
const N = system.nodes.map((n) => n.name);
const FRONT_IMG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/frontend:v0.10.6';

// frontend's logrus JSON lines (http.req.* fields, severity, RFC3339 nano timestamp).
const req = (min, id, path, session) =>
  JSON.stringify({ 'http.req.id': id, 'http.req.method': 'GET', 'http.req.path': path, message: 'request started', session, severity: 'debug', timestamp: T1.isoMs(min) });
const done = (min, id, path, session, took, status = 200, bytes = 9870) =>
  JSON.stringify({ 'http.req.id': id, 'http.req.method': 'GET', 'http.req.path': path, 'http.resp.bytes': bytes, 'http.resp.status': status, 'http.resp.took_ms': took, message: 'request complete', session, severity: 'debug', timestamp: T1.isoMs(min) });
const hex = (i) => `${(0x3a1f0c00 + i * 7919).toString(16)}-5d2e-4b7a-9c31-${(0x1e2f3a4b5c6d + i * 104729).toString(16).padStart(12, '0')}`;
const sess = (i) => `${(0x6c2d9e10 + i * 31).toString(16)}-0f4b-4d2a-8e17-5a9c3b7e${(0x1000 + i).toString(16)}`;
const paths = ['/', '/product/OLJCESPC7Z', '/product/66VCHSJNUP', '/cart', '/product/1YMWWN1N4O', '/', '/product/L9ECAV7KIM', '/product/2ZYFJ3GM2N'];
function frontLog(from, to, stepSec, slowFrom, seed) {
  const out = [];
  let i = 0;
  for (let m = from; m < to; m += stepSec / 60, i++) {
    const id = hex(seed * 1000 + i), s = sess(seed * 50 + (i % 40)), p = paths[i % paths.length];
    const slow = m >= slowFrom;
    const took = slow ? 1400 + ((i * 373) % 2900) : 38 + ((i * 17) % 90);
    out.push(req(m, id, p, s));
    out.push(done(m + took / 60000, id, p, s, took));
  }
  return out;
}

export const scenarios = [
  {
    folder: 's52a-frontend-liveness-under-load',
    split: 'test',
    description: 'storefront keeps dropping out since ~18:40, black friday traffic, users seeing 502s from the LB',
    incidentTime: I1,
    expected: { component: 'frontend', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'frontend', cause: 'resource-exhaustion' }],
    difficulty: 'medium',
    traits: ['cpu-starvation', 'time-expression', 'decoy'],
    grounding: `
      Upstream release/kubernetes-manifests.yaml (v0.10.6): frontend has cpu limit 200m / memory 128Mi, and a livenessProbe
      httpGet /_healthz on 8080 with timeoutSeconds 1 (the default), periodSeconds 10, failureThreshold 3; the same handler
      serves the shop. Deviation: frontend runs 2 replicas (as in the session-2 system), no HPA. Fault: Black Friday
      traffic pushes both frontend pods to their 200m CFS quota; throttled, the Go server answers /_healthz in more than
      1s, the kubelet logs "Liveness probe failed: Get ... context deadline exceeded (Client.Timeout exceeded while awaiting
      headers)" and restarts the container ("failed liveness probe, will be restarted"); the Go binary is PID 1 and exits 2
      on SIGTERM. Each restart drops the pod out of the Service, the remaining pod gets all the traffic and soon follows:
      the GCLB answers 502. The frontend's own request logs show request latencies rising from ~60ms to 1.5-4s from
      ~18:38. Common pattern in GKE post-mortems and the Kubernetes docs' warning about tight liveness timeouts under
      CPU limits. Decoy: currencyservice OOMKilled two days earlier (a different, old incident); backends quiet.
    `,
    workloads: {
      frontend: {
        pods: [
          {
            node: N[0],
            containers: {
              server: cs.restartedRunning({
                restarts: 5,
                startedAt: T1.iso(-3.2),
                last: { exitCode: 2, reason: 'Error', startedAt: T1.iso(-8.9), finishedAt: T1.iso(-3.3) },
              }),
            },
          },
          {
            node: N[1],
            containers: {
              server: cs.restartedRunning({
                restarts: 6,
                startedAt: T1.iso(-0.3),
                ready: false,
                last: { exitCode: 2, reason: 'Error', startedAt: T1.iso(-5.6), finishedAt: T1.iso(-0.4) },
              }),
            },
            readyTransition: T1.iso(-0.4),
          },
        ],
      },
      currencyservice: {
        pods: [
          {
            containers: {
              server: cs.restartedRunning({
                restarts: 1,
                startedAt: T1.iso(-60 * 49),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T1.iso(-60 * 24 * 9), finishedAt: T1.iso(-60 * 49 - 0.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:frontend#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', first: -24, last: -3.4, count: 17, message: 'Liveness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' },
      { on: 'pod:frontend#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', first: -24.5, last: -3.3, count: 22, message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' },
      { on: 'pod:frontend#0', reason: 'Killing', fieldPath: 'spec.containers{server}', first: -22, last: -3.4, count: 5, message: 'Container server failed liveness probe, will be restarted' },
      { on: 'pod:frontend#0', reason: 'Pulled', fieldPath: 'spec.containers{server}', first: -21.8, last: -3.2, count: 5, message: `Container image "${FRONT_IMG}" already present on machine` },
      { on: 'pod:frontend#0', reason: 'Started', fieldPath: 'spec.containers{server}', first: -21.8, last: -3.2, count: 5, message: 'Started container server' },
      { on: 'pod:frontend#1', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', first: -25, last: -0.6, count: 20, message: 'Liveness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' },
      { on: 'pod:frontend#1', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{server}', first: -25.2, last: -0.1, count: 27, message: 'Readiness probe failed: Get "http://%PODIP%:8080/_healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' },
      { on: 'pod:frontend#1', reason: 'Killing', fieldPath: 'spec.containers{server}', first: -23, last: -0.5, count: 6, message: 'Container server failed liveness probe, will be restarted' },
      { on: 'pod:frontend#1', reason: 'Started', fieldPath: 'spec.containers{server}', first: -22.7, last: -0.3, count: 6, message: 'Started container server' },
    ],
    logs: {
      'frontend#0/server/previous': [
        JSON.stringify({ message: 'starting server on :8080', severity: 'info', timestamp: T1.isoMs(-8.88) }),
        ...frontLog(-8.8, -3.35, 9, -9, 1),
      ],
      'frontend#0/server': [
        JSON.stringify({ message: 'starting server on :8080', severity: 'info', timestamp: T1.isoMs(-3.18) }),
        ...frontLog(-3.1, -0.05, 7, -4, 2),
      ],
      'frontend#1/server/previous': [
        JSON.stringify({ message: 'starting server on :8080', severity: 'info', timestamp: T1.isoMs(-5.58) }),
        ...frontLog(-5.5, -0.45, 8, -6, 3),
      ],
      'frontend#1/server': [JSON.stringify({ message: 'starting server on :8080', severity: 'info', timestamp: T1.isoMs(-0.28) })],
      'productcatalogservice#0/server': Array.from({ length: 6 }, (_, i) => JSON.stringify({ message: 'successfully parsed product catalog json', severity: 'info', timestamp: T1.isoMs(-30 + i * 5) })),
      'currencyservice#0/server': Array.from({ length: 6 }, (_, i) => `{"severity":"info","time":${Date.parse(T1.isoMs(-12 + i * 2))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"conversion request successful"}`),
      'loadgenerator#0/main': [
        `[${T1.java(-20).replace('.', ',')}] %POD%/ERROR/locust.runners: Request failed: GET / ConnectionError(ProtocolError('Connection aborted.', RemoteDisconnected('Remote end closed connection without response')))`,
        `[${T1.java(-9).replace('.', ',')}] %POD%/ERROR/locust.runners: Request failed: GET /product/66VCHSJNUP ConnectionError(MaxRetryError("HTTPConnectionPool(host='frontend', port=80): Max retries exceeded with url: /product/66VCHSJNUP (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f2a4c1e9d50>: Failed to establish a new connection: [Errno 111] Connection refused'))"))`,
        `[${T1.java(-0.4).replace('.', ',')}] %POD%/ERROR/locust.runners: Request failed: GET /cart ConnectionError(ProtocolError('Connection aborted.', RemoteDisconnected('Remote end closed connection without response')))`,
      ],
    },
  },
];
