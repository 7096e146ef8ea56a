// Blind dev batch s117d (no-fault incidents): Online Boutique scenario spec for scripts/s2-scenario-kit.mjs.
// A shopper's exchange-rate complaint about static conversion data; decoys: a currencyservice OOM restart and a frontend rollout in the window.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const INC = '2026-05-12T14:30:00Z';
const T = clock(INC);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fe = (min, sev, msg, extra = '') => `{"http.req.id":"${(min * 1e6).toString(16).replace('-', 'a').slice(0, 8)}-3b1e-4c57-9d6a-2f4b9e7a1c03","http.req.method":"GET","http.req.path":"/","message":"${msg}","session":"6b1f7a2c-0e4d-4f11-9b8a-5c2d3e9f1a07","severity":"${sev}","timestamp":"${T.isoMs(min)}"${extra}}`;
const cur = (min, msg, lvl = 30) => `{"level":${lvl},"time":${Date.parse(T.isoMs(min))},"pid":1,"hostname":"%POD%","name":"currencyservice-server","message":"${msg}"}`;
const feLogs = [];
for (let m = -40; m < -0.5; m += 1.5) {
  if (m > -23 && m < -21) continue;
  feLogs.push(fe(m, 'debug', 'request started'), fe(m + 0.01, 'debug', 'request complete', ',"http.resp.bytes":7431,"http.resp.status":200,"http.resp.took_ms":38'));
}
for (let i = 0; i < 24; i++) feLogs.push(fe(-22.6 + i * 0.05, 'error', 'request error', `,"error":"could not retrieve currencies: rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial tcp %SVCIP:currencyservice%:7000: connect: connection refused\\""`));
feLogs.push(fe(-3.2, 'info', 'setting currency', ',"currency":"JPY"'), fe(-3.1, 'debug', 'request complete', ',"http.resp.bytes":7690,"http.resp.status":200,"http.resp.took_ms":41'));
feLogs.sort((a, b) => JSON.parse(a).timestamp.localeCompare(JSON.parse(b).timestamp));

export const scenarios = [
  {
    folder: 's117d-jpy-rate-differs-from-google',
    incidentTime: INC,
    description: 'customer says JPY prices on the botique dont match googles exchange rate today (off by ~4%). is currency svc broken? it restarted earlier',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'partial-name', 'typo'],
    workloads: {
      currencyservice: {
        pods: [{
          containers: {
            server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-22.4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-22.7) } }),
          },
          readyTransition: T.iso(-22.1),
        }],
      },
      frontend: {
        rollout: { at: -47, revision: 6, oldReplicas: 0, oldContainers: { server: { image: `${REG}/frontend:v0.10.5` } } },
      },
    },
    events: [
      { on: 'pod:currencyservice#0', reason: 'Pulled', message: `Container image "${REG}/currencyservice:v0.10.6" already present on machine`, first: -22.5 },
      { on: 'pod:currencyservice#0', reason: 'Created', message: 'Created container: server', first: -22.5 },
      { on: 'pod:currencyservice#0', reason: 'Started', message: 'Started container server', first: -22.4 },
      { on: 'pod:currencyservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: timeout: failed to connect service ":7000" within 1s: context deadline exceeded', first: -22.3 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set frontend-%NEW% from 0 to 1', first: -47 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled down replica set frontend-%OLD% from 2 to 1', first: -46.3 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled up replica set frontend-%NEW% from 1 to 2', first: -46.3 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', source: 'deployment-controller', message: 'Scaled down replica set frontend-%OLD% from 1 to 0', first: -45.6 },
    ],
    logs: {
      'frontend#0/server': feLogs,
      'currencyservice#0/server/previous': [cur(-60 * 24 * 9 + 0.2, 'Listening on 7000'), cur(-40, 'Getting supported currencies...'), cur(-30, 'conversion request successful'), cur(-23, 'conversion request successful')],
      'currencyservice#0/server': [cur(-22.3, 'Listening on 7000'), cur(-22, 'Getting supported currencies...'), cur(-15, 'conversion request successful'), cur(-3.2, 'Getting supported currencies...'), cur(-3.1, 'conversion request successful'), cur(-1, 'conversion request successful')],
    },
    grounding: `No fault. currencyservice (src/currencyservice/server.js) converts with the static data/currency_conversion.json baked into the image
      (EUR-based rates from one ECB snapshot, never refreshed), so a JPY price differing a few percent from today's market rate is expected
      behaviour of the demo, not a cluster fault; the shopper's JPY conversion at 14:27 succeeded. Decoys inside the hour: currencyservice was
      OOMKilled once at 14:07 (the Node process at its 128Mi limit, a known upstream issue) and has been Ready since 14:08, with frontend logging
      a burst of "could not retrieve currencies" Unavailable errors for about a minute; frontend rolled out v0.10.5 -> v0.10.6 at 13:43 (only
      the image tag differs) and is healthy. Deviation from upstream: the frontend ran v0.10.5 before this rollout.`,
  },
];
