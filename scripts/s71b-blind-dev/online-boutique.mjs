// Blind dev batch s71b: one Online Boutique scenario (frontend release whose CURRENCY_SERVICE_ADDR has a port typo),
// built on the system of scripts/s2-scenarios/online-boutique.mjs by scripts/s71b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const front = base.workloads.find((w) => w.name === 'frontend');
const oldEnv = front.containers[0].env;
const newEnv = oldEnv.map((e) => (e.name === 'CURRENCY_SERVICE_ADDR' ? { ...e, value: 'currencyservice:70000' } : e));

const incidentTime = '2026-05-12T16:40:00Z';
const T = clock(incidentTime);
const ROLL = -27;
const fl = (min, severity, message, extra = {}) =>
  JSON.stringify({
    ...(extra.error ? { error: extra.error } : {}),
    'http.req.id': extra.id ?? '4c1e9a02-7b3d-4f58-a1c6-0d2e8b5f9a17',
    'http.req.method': extra.method ?? 'GET',
    'http.req.path': extra.path ?? '/',
    ...(extra.status ? { 'http.resp.bytes': extra.bytes ?? 1873, 'http.resp.status': extra.status, 'http.resp.took_ms': extra.took ?? 3 } : {}),
    message,
    session: extra.session ?? 'b8e1c6f2-3a9d-4e07-8c51-2f6d0a4b9e33',
    severity,
    timestamp: T.isoMs(min),
  });
const plain = (min, severity, message) => JSON.stringify({ message, severity, timestamp: T.isoMs(min) });
const DIAL = 'could not retrieve currencies: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp: address 70000: invalid port"';
const paths = ['/', '/product/OLJCESPC7Z', '/', '/cart', '/product/66VCHSJNUP', '/', '/product/1YMWWN1N4O', '/product/L9ECAV7KIM', '/'];
const frontLogs = (offset) => {
  const out = [
    plain(ROLL + 0.6 + offset, 'info', 'Tracing disabled.'),
    plain(ROLL + 0.6 + offset, 'info', 'Profiling disabled.'),
    plain(ROLL + 0.61 + offset, 'info', 'starting server on :8080'),
  ];
  for (let m = ROLL + 1.5 + offset, k = 0; m < -0.3; m += 0.73, k++) {
    const path = paths[k % paths.length];
    const id = `${(0x4c1e9a02 + k * 7919 + offset * 13).toString(16).padStart(8, '0')}-7b3d-4f58-a1c6-0d2e8b5f9a17`;
    if (k % 6 === 2) {
      out.push(fl(m, 'debug', 'request started', { id, path: '/_healthz' }));
      out.push(fl(m + 0.001, 'debug', 'request complete', { id, path: '/_healthz', status: 200, bytes: 2, took: 0 }));
      continue;
    }
    out.push(fl(m, 'debug', 'request started', { id, path }));
    out.push(fl(m + 0.002, 'error', 'request error', { id, path, error: DIAL }));
    out.push(fl(m + 0.003, 'debug', 'request complete', { id, path, status: 500, bytes: 1873, took: 2 }));
  }
  return out;
};
const currencyLogs = [];
for (let m = -60 * 3 + 2; m < -60 * 3 + 4; m += 0.5) currencyLogs.push(JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(m)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'conversion request successful' }));
for (let m = -60; m < ROLL; m += 0.4) {
  currencyLogs.push(JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(m)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'Getting supported currencies...' }));
  if (Math.round(m * 10) % 4 === 0) currencyLogs.push(JSON.stringify({ severity: 'info', time: Date.parse(T.isoMs(m + 0.01)), pid: 1, hostname: '%POD%', name: 'currencyservice-server', message: 'conversion request successful' }));
}
const checkoutLogs = [];
for (let m = -58; m < ROLL; m += 4.3)
  checkoutLogs.push(JSON.stringify({ message: '[PlaceOrder] user_id="b8e1c6f2-3a9d-4e07-8c51-2f6d0a4b9e33" user_currency="EUR"', severity: 'info', timestamp: T.isoMs(m) }),
    JSON.stringify({ message: `payment went through (transaction_id: 6f1c${Math.round(-m * 97).toString(16)}-2a4e-4b8d-9c31-7e0a5d2f8b64)`, severity: 'info', timestamp: T.isoMs(m + 0.01) }),
    JSON.stringify({ message: 'order confirmation email sent to "someone@example.com"', severity: 'info', timestamp: T.isoMs(m + 0.02) }));

export const scenarios = [
  {
    folder: 's71b-frontend-currency-addr-port-typo',
    incidentTime,
    description: 'stoerfront throwing 500 on every page since ~16:15, even the home page. currency svc looks dead? nobody touched it',
    expected: { component: 'frontend', cause: 'config-error' },
    alsoAcceptable: [{ component: 'frontend', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'typo', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (release/kubernetes-manifests.yaml at 34ffea9): frontend reads CURRENCY_SERVICE_ADDR=currencyservice:7000 from its env and
      dials it with a non-blocking grpc.DialContext at start (mustConnGRPC), so a bad address is not rejected at start; every page handler
      (home, product, cart) calls getCurrencies first and renders HTTP 500 "could not retrieve currencies" on error, while /_healthz
      (both probes) answers "ok" without calling any backend, so the frontend pods stay Ready.
      Fault: a frontend rollout 27 minutes before the incident (revision 5) changed only CURRENCY_SERVICE_ADDR, to currencyservice:70000 (a
      port typo); Go's dialer fails every attempt with "dial tcp: address 70000: invalid port" (net.AddrError), surfaced by grpc-go as
      code = Unavailable. The old and new ReplicaSet templates differ only in that env value. Public pattern: config typos shipped through
      an env change are a recurring post-mortem theme (e.g. the "bad config push" class in Google SRE's postmortem collection).
      Decoys: currencyservice logs go silent at the rollout (no traffic reaches it) and it carries one restart from an OOMKill three days
      ago; checkoutservice logs only successful orders from before the rollout. Deviations from upstream: the snapshot's logs are trimmed.
    `,
    workloads: {
      frontend: {
        containers: { server: { env: newEnv } },
        rollout: { at: ROLL, revision: 5, oldContainers: { server: { env: oldEnv } } },
      },
      currencyservice: {
        pods: [{ containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 40), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 40.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1 from 0', first: ROLL, last: ROLL },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 1 from 2', first: ROLL + 0.5, last: ROLL + 0.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 2 from 1', first: ROLL + 0.5, last: ROLL + 0.5 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: ROLL + 1.1, last: ROLL + 1.1 },
      { on: 'pod:frontend#0', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: ROLL + 0.5, last: ROLL + 0.5 },
      { on: 'pod:frontend#0', reason: 'Pulled', message: `Container image "${front.containers[0].image}" already present on machine`, fieldPath: 'spec.containers{server}', first: ROLL + 0.55, last: ROLL + 0.55 },
      { on: 'pod:frontend#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: ROLL + 0.56, last: ROLL + 0.56 },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: ROLL + 0.58, last: ROLL + 0.58 },
      { on: 'pod:frontend#1', source: 'default-scheduler', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', first: ROLL + 1, last: ROLL + 1 },
      { on: 'pod:frontend#1', reason: 'Pulled', message: `Container image "${front.containers[0].image}" already present on machine`, fieldPath: 'spec.containers{server}', first: ROLL + 1.05, last: ROLL + 1.05 },
      { on: 'pod:frontend#1', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: ROLL + 1.06, last: ROLL + 1.06 },
      { on: 'pod:frontend#1', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: ROLL + 1.08, last: ROLL + 1.08 },
    ],
    logs: {
      'frontend#0/server': frontLogs(0),
      'frontend#1/server': frontLogs(0.5),
      'currencyservice#0/server': currencyLogs,
      'checkoutservice#0/server': checkoutLogs,
    },
  },
];
