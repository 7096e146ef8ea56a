// Batch s129c (blind dev): Online Boutique. System from scripts/s2-scenarios/online-boutique.mjs (its system only).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../s2-scenarios/online-boutique.mjs';

export const system = base;
const I = '2026-05-14T16:20:00Z';
const T = clock(I);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fl = (min, sev, msg, extra = {}) => JSON.stringify({ ...extra, message: msg, severity: sev, timestamp: T.isoMs(min) });
const panicRun = (at) => [
  fl(at, 'info', 'setting up profiler is disabled'),
  fl(at + 0.01, 'info', 'Tracing disabled.'),
  'panic: template: home.html:52: function "renderCurrencyLogo" not defined',
  '',
  'goroutine 1 [running]:',
  'html/template.Must(...)',
  '\t/usr/local/go/src/html/template/template.go:368',
  'main.init()',
  '\t/src/handlers.go:58 +0x2c5',
];

export const scenarios = [
  {
    folder: 's129c-frontend-template-panic-rollout',
    description: 'fronted v0.10.7 rollout hanging for 15min, argo says Progressing forever. one new pod restarting, the shop itself seems ok',
    incidentTime: I,
    expected: { component: 'frontend', cause: 'crash-loop' },
    alsoAcceptable: [{ component: 'frontend', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'typo', 'partial-name', 'time-expression', 'decoy'],
    workloads: {
      frontend: {
        rollout: { at: -15, revision: 9, oldReplicas: 2, oldContainers: { server: { image: `${REG}/frontend:v0.10.6` } } },
        containers: { server: { image: `${REG}/frontend:v0.10.7` } },
        rsReplicas: 1,
        pods: [{ containers: { server: cs.crashLoop({ restarts: 7, exitCode: 2, startedAt: T.iso(-2.1), finishedAt: T.iso(-2.1), container: 'server' }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-14.5), lastTransitionTime: T.iso(-14.5), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
      },
      adservice: { rollout: { at: -60 * 26, revision: 4, oldReplicas: 0, oldContainers: { server: { image: `${REG}/adservice:v0.10.5` } } } },
      cartservice: { pods: [{}, { containers: { server: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2) } }) } }] },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -15 },
      { on: 'pod:frontend#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -14.5 },
      { on: 'pod:frontend#0', reason: 'Pulled', message: `Container image "${REG}/frontend:v0.10.7" already present on machine`, fieldPath: 'spec.containers{server}', first: -14, last: -2.1, count: 8 },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -14, last: -2.1, count: 8 },
      { on: 'pod:frontend#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{server}', first: -13.5, last: -0.3, count: 64 },
      { on: 'deploy:adservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set adservice-%OLD% to 0 from 1', first: -60 * 26 + 1 },
    ],
    logs: {
      'frontend#0/server/previous': panicRun(-2.1),
      'frontend#old0/server': [
        fl(-5, 'info', 'request started', { 'http.req.id': '0c9f7e11-5a3d-4b2e-8f61-2d7c4a9e3b10', 'http.req.method': 'GET', 'http.req.path': '/', session: 'a41c0e2b-77d9-4f3a-9e1b-c52d8f0a6e34' }),
        fl(-4.99, 'debug', 'request complete', { 'http.req.id': '0c9f7e11-5a3d-4b2e-8f61-2d7c4a9e3b10', 'http.req.method': 'GET', 'http.req.path': '/', 'http.resp.status': 200, session: 'a41c0e2b-77d9-4f3a-9e1b-c52d8f0a6e34' }),
      ],
    },
    grounding: `
      Online Boutique frontend (Go; templates parsed in handlers.go with template.Must at package init) as in
      scripts/s2-scenarios/online-boutique.mjs. Fault: release v0.10.7 references a template function renderCurrencyLogo that
      the FuncMap does not register; html/template.Must panics at init, the Go runtime exits 2 before the HTTP server binds,
      so the new pod crash-loops while maxUnavailable 25% of 2 replicas (0) keeps both v0.10.6 pods serving. Decoys: a healthy
      adservice rollout 26 h ago and a cartservice OOMKill 2 days ago. Deviations: v0.10.7 and renderCurrencyLogo are invented.
    `,
  },
];
