// Held-out batch s86a (split: test): one Online Boutique scenario on the session-2 system definition.
// Written blind (see docs/scenarios.md, batch s86a); built by scripts/s86a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../s2-scenarios/online-boutique.mjs';
export { system };

const INC = '2026-05-12T15:47:00Z';
const T = clock(INC);
const REG = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';
const fe = system.workloads.find((w) => w.name === 'frontend').containers[0];
const newEnv = fe.env.map((e) => (e.name === 'SHIPPING_SERVICE_ADDR' ? { name: 'SHIPPING_SERVICE_ADDRESS', value: e.value } : e));
const j = (min, severity, message, extra = {}) => JSON.stringify({ ...extra, message, severity, timestamp: T.isoMs(min) });
const req = (min, path, status, ms) => j(min, 'debug', 'request complete', { 'http.req.id': `5d1c${Math.abs(Math.round(min * 100)).toString(16).padStart(4, '0')}-7a2e-4f1b-9c3d-0e8b2f6a4c11`, 'http.req.method': 'GET', 'http.req.path': path, 'http.resp.bytes': 7430, 'http.resp.status': status, 'http.resp.took_ms': ms, session: '3f6e1b2a-9c4d-4e7f-8a15-2b7c0d9e6f34' });
const panicLog = (start) => [
  j(start, 'info', 'Tracing disabled.'),
  j(start + 0.001, 'info', 'Profiling disabled.'),
  'panic: environment variable "SHIPPING_SERVICE_ADDR" not set',
  '',
  'goroutine 1 [running]:',
  'main.mustMapEnv(0xc0001c8060, {0xb9a2f5, 0x15})',
  '\t/src/main.go:214 +0x125',
  'main.main()',
  '\t/src/main.go:133 +0x5d2',
];
const oldLogs = (min0) => {
  const out = [];
  for (let m = -40; m < -0.5; m += 3.7) {
    out.push(req(m, '/', 200, 41), req(m + 0.4, '/product/OLJCESPC7Z', 200, 33), req(m + 0.9, '/cart', 200, 28));
  }
  return [j(min0, 'info', 'starting server on :8080'), ...out];
};

export const scenarios = [
  {
    folder: 's86a-storefront-release-stuck',
    incidentTime: INC,
    description: 'storefront release v0.10.7 still not rolled out, CD job timed out around 15:35. shop itself seems fine?',
    expected: { component: 'frontend', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [
      { component: 'frontend', cause: 'config-missing' },
      { component: 'frontend', cause: 'config-error' },
      { component: 'frontend', cause: 'crash-loop' },
    ],
    difficulty: 'easy',
    traits: ['rollout-regression', 'team-name', 'time-expression', 'pods-ready'],
    workloads: {
      frontend: {
        containers: { server: { image: `${REG}/frontend:v0.10.7`, env: newEnv } },
        rollout: { at: -26, oldReplicas: 2, oldContainers: { server: { image: `${REG}/frontend:v0.10.6`, env: fe.env } } },
        rsReplicas: 1,
        pods: [
          { containers: { server: cs.crashLoop({ restarts: 9, exitCode: 2, startedAt: T.iso(-3.1), finishedAt: T.iso(-3.05), container: 'server' }) }, readyTransition: T.iso(-25.5) },
        ],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-16), lastTransitionTime: T.iso(-16), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -26 },
      { on: 'pod:frontend#0', reason: 'Scheduled', message: 'Successfully assigned boutique/%POD% to %NODE%', source: 'default-scheduler', first: -25.9 },
      { on: 'pod:frontend#0', reason: 'Pulling', message: `Pulling image "${REG}/frontend:v0.10.7"`, fieldPath: 'spec.containers{server}', first: -25.8 },
      { on: 'pod:frontend#0', reason: 'Pulled', message: `Successfully pulled image "${REG}/frontend:v0.10.7" in 3.412s (3.412s including waiting). Image size: 18457032 bytes.`, fieldPath: 'spec.containers{server}', first: -25.7 },
      { on: 'pod:frontend#0', reason: 'Pulled', message: `Container image "${REG}/frontend:v0.10.7" already present on machine`, fieldPath: 'spec.containers{server}', first: -25.2, last: -3.1, count: 9 },
      { on: 'pod:frontend#0', reason: 'Created', message: 'Created container server', fieldPath: 'spec.containers{server}', first: -25.7, last: -3.1, count: 10 },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container server', fieldPath: 'spec.containers{server}', first: -25.7, last: -3.1, count: 10 },
      { on: 'pod:frontend#0', reason: 'BackOff', message: 'Back-off restarting failed container server in pod %POD%_boutique(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{server}', first: -25.5, last: -0.4, count: 118 },
    ],
    logs: {
      'frontend#0/server': panicLog(-3.1),
      'frontend#0/server/previous': panicLog(-8.2),
      'frontend#old0/server': oldLogs(-60 * 24 * 6),
      'frontend#old1/server': oldLogs(-60 * 24 * 6),
    },
    grounding: `
      Manifest: release/kubernetes-manifests.yaml at 34ffea9 (frontend Deployment, 2 replicas here, env *_SERVICE_ADDR).
      Code: src/frontend/main.go reads every address with mustMapEnv, which panics with 'environment variable %q not set' (exit 2).
      Fault: a release overlay bumps the image to v0.10.7 and renames SHIPPING_SERVICE_ADDR; the new pod crash-loops, the rollout
      (maxSurge 1, maxUnavailable 0 for 2 replicas) keeps both old pods serving and hits progressDeadlineSeconds.
      Deviations from upstream: frontend replicas 2; a v0.10.7 tag; the renamed env var. Line numbers in the stack are illustrative.
    `,
  },
];
