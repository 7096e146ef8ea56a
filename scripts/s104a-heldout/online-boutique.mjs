// Blind held-out batch s104a: one Online Boutique scenario (split test) for the scenario kit (scripts/s2-scenario-kit.mjs).
// System: the session-2 definition in scripts/s2-scenarios/online-boutique.mjs (release/kubernetes-manifests.yaml at 34ffea9).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';

export { system };
const I = '2026-06-03T15:41:00Z';
const T = clock(I);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fe = system.workloads.find((w) => w.name === 'frontend').containers[0];
// the release: image v0.10.7 and a kustomize patch that renamed CURRENCY_SERVICE_ADDR to CURRENCY_SVC_ADDR
const newEnv = fe.env.map((e) => (e.name === 'CURRENCY_SERVICE_ADDR' ? { name: 'CURRENCY_SVC_ADDR', value: e.value } : e));
const line = (min, sev, msg, extra = '') => JSON.stringify({ ...(extra ? { 'http.req.id': extra.id, 'http.req.method': 'GET', 'http.req.path': extra.path, 'http.resp.bytes': extra.bytes, 'http.resp.status': 200, 'http.resp.took_ms': extra.ms } : {}), message: msg, session: extra ? extra.session : undefined, severity: sev, timestamp: T.isoMs(min) });
const boot = (min) => [
  JSON.stringify({ message: 'Tracing disabled.', severity: 'info', timestamp: T.isoMs(min) }),
  JSON.stringify({ message: 'Profiling disabled.', severity: 'info', timestamp: T.isoMs(min + 0.001) }),
  'panic: environment variable "CURRENCY_SERVICE_ADDR" not set',
  '',
  'goroutine 1 [running]:',
  'main.mustMapEnv(0xc000196198, {0xb9a1f6, 0x15})',
  '\t/src/main.go:223 +0x99',
  'main.main()',
  '\t/src/main.go:134 +0x68c',
];
const oldLogs = [];
for (let m = -40; m < -0.5; m += 2.5) {
  oldLogs.push(line(m, 'debug', 'request started', { id: `5e1c${Math.round(-m * 10)}a0-4b1f-4e9a-9d3c-7f0b2a6c1e88`, path: '/product/OLJCESPC7Z', session: '3f6b1c2e-9a84-4d0e-b7c5-1e2d3f4a5b6c' }));
  oldLogs.push(line(m + 0.01, 'debug', 'request complete', { id: `5e1c${Math.round(-m * 10)}a0-4b1f-4e9a-9d3c-7f0b2a6c1e88`, path: '/product/OLJCESPC7Z', session: '3f6b1c2e-9a84-4d0e-b7c5-1e2d3f4a5b6c', bytes: 8112, ms: 41 }));
}

export const scenarios = [
  {
    folder: 's104a-frontend-deploy-stuck',
    incidentTime: I,
    description: 'frontend deploy (v0.10.7) has been hanging in the pipeline for ~25 min and timed out, the shop itself looks fine?? storefront team',
    expected: { component: 'frontend', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [
      { component: 'frontend', cause: 'crash-loop' },
      { component: 'frontend', cause: 'config-error' },
      { component: 'frontend', cause: 'config-missing' },
    ],
    difficulty: 'easy',
    traits: ['rollout-regression', 'time-expression', 'team-name'],
    grounding: `
      Upstream frontend (src/frontend/main.go) reads every *_SERVICE_ADDR with mustMapEnv, which panics with
      'environment variable "X" not set' when one is empty; the Deployment has replicas 2 here and the default RollingUpdate
      (maxSurge 25% -> 1, maxUnavailable 25% -> 0), so the old ReplicaSet keeps both pods serving while the new pod crash-loops.
      Fault: release v0.10.7 shipped with a kustomize patch that renamed the env var CURRENCY_SERVICE_ADDR to CURRENCY_SVC_ADDR;
      the new pod panics at start (exit code 2, Go's exit code for an unrecovered panic), CrashLoopBackOff, and after 600 s the
      Deployment reports ProgressDeadlineExceeded. The old and new ReplicaSet templates differ in the image tag and that env name.
      Deviations from upstream: frontend replicas 2 (as the kit system has it); image tag v0.10.7 is the release under test.`,
    workloads: {
      frontend: {
        containers: { server: { image: `${REG}/frontend:v0.10.7`, env: newEnv } },
        rollout: { at: -26, revision: 6, oldReplicas: 2, oldContainers: { server: { image: `${REG}/frontend:v0.10.6`, env: fe.env } } },
        rsReplicas: 1,
        pods: [{ containers: { server: cs.crashLoop({ restarts: 9, exitCode: 2, startedAt: T.iso(-3.2), finishedAt: T.iso(-3.2), container: 'server' }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-15.5), lastTransitionTime: T.iso(-15.5), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -26 },
      { on: 'pod:frontend#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -25.9 },
      { on: 'pod:frontend#0', reason: 'Pulled', message: `Container image "${REG}/frontend:v0.10.7" already present on machine`, first: -25.8, last: -3.2, count: 10 },
      { on: 'pod:frontend#0', reason: 'Created', message: 'Created container server', first: -25.8, last: -3.2, count: 10 },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container server', first: -25.8, last: -3.2, count: 10 },
      { on: 'pod:frontend#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', first: -25.5, last: -0.6, count: 118 },
    ],
    logs: {
      'frontend#0/server': boot(-3.2),
      'frontend#0/server/previous': boot(-8.3),
      'frontend#old0/server': oldLogs,
      'frontend#old1/server': oldLogs.map((l) => l.replace('OLJCESPC7Z', '66VCHSJNUP')),
    },
  },
];
