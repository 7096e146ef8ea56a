// Batch s37a (blind dev): one Bank of Anthos scenario, written without reading the engine, the rules or other scenarios.
// No fault: an uptime check flapped once during a routine frontend rollout restart; everything has been healthy since.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-02-10T16:12:00Z');
const ISTIO = { 'proxy.istio.io/config': '{ "holdApplicationUntilProxyStarts": true }' };
const gunicorn = (min, lvl, msg) => `[${T.java(min).slice(0, 19)} +0000] [1] [${lvl}] ${msg}`;

export const scenarios = [
  withDefaults({
    folder: 's37a-frontend-restart-uptime-blip',
    incidentTime: '2026-02-10T16:12:00Z',
    description: 'uptime check on the bank frontend went red for a minute around 15:48, is something broken?',
    expected: null,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Manifests: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests/ (v0.6.10): frontend is one replica (gunicorn/Flask,
      port 8080, readiness /ready after 10 s, liveness /ready after 60 s, terminationGracePeriodSeconds 5) behind a LoadBalancer
      Service; the Deployment's RollingUpdate (25% / 25%) with one replica surges a new pod before removing the old one.
      What happened: at 15:48 the frontend team ran kubectl rollout restart deployment/frontend to pick up a rotated
      oauth-config (the pod template gains kubectl.kubernetes.io/restartedAt). The new pod logged one readiness failure while
      gunicorn was booting, became Ready, and the old pod was terminated; the external L4 load balancer's health check lagged
      the endpoint change by a few seconds, so one probe of the synthetic uptime check failed and it recovered on the next.
      Everything is Ready since, with normal request logs in the frontend and the backends; the only other oddities are old:
      a contacts OOMKill three days ago (128Mi limit) and a readiness-probe Unhealthy event of the new frontend pod during its boot.
      Nothing to fix: a careful engineer closes it as a rollout blip.
    `,
    workloads: {
      frontend: {
        patch: { podAnnotations: { ...ISTIO, 'kubectl.kubernetes.io/restartedAt': T.iso(-24.2).replace('Z', '+00:00') } },
        rollout: { at: -24, oldPatch: { podAnnotations: ISTIO } },
      },
      contacts: {
        pods: [{
          containers: {
            contacts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% from 0 to 1', first: -24, last: -24 },
      { on: 'pod:frontend#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -24, last: -24 },
      { on: 'pod:frontend#0', reason: 'Pulled', fieldPath: 'spec.containers{front}', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/frontend:v0.6.10@sha256:076294ce717309f711743fa3b72a9809c7f156edf1c4fa58505fd9f436d65345" already present on machine', first: -23.9, last: -23.9 },
      { on: 'pod:frontend#0', reason: 'Started', fieldPath: 'spec.containers{front}', message: 'Started container front', first: -23.9, last: -23.9 },
      { on: 'pod:frontend#0', type: 'Warning', reason: 'Unhealthy', fieldPath: 'spec.containers{front}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', first: -23.7, last: -23.7 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% from 1 to 0', first: -23.4, last: -23.4 },
    ],
    logs: {
      'frontend#0/front': [
        gunicorn(-23.8, 'INFO', 'Starting gunicorn 22.0.0'),
        gunicorn(-23.8, 'INFO', 'Listening at: http://0.0.0.0:8080 (1)'),
        gunicorn(-23.8, 'INFO', 'Using worker: gthread'),
        gunicorn(-23.7, 'INFO', 'Booting worker with pid: 7'),
        plog(T, -23.6, 'INFO', 'create_app', 'Starting frontend service.'),
        plog(T, -21.3, 'INFO', 'login', 'Login Successful.'),
        plog(T, -21.2, 'INFO', 'home', 'Displaying home.'),
        plog(T, -15.0, 'INFO', 'payment', 'Payment initiated.'),
        plog(T, -14.9, 'INFO', 'payment', 'Payment accepted.'),
        plog(T, -9.4, 'INFO', 'home', 'Displaying home.'),
        plog(T, -3.1, 'INFO', 'deposit', 'Deposit accepted.'),
        plog(T, -0.6, 'INFO', 'home', 'Displaying home.'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -14.9, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -3.1, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -14.8, 'INFO', 'processTransaction', 'Processing new transaction'),
        jlog(T, -3.0, 'INFO', 'processTransaction', 'Processing new transaction'),
      ],
      'userservice#0/userservice': [
        plog(T, -21.3, 'INFO', 'login', 'Login Successful.'),
      ],
    },
  }),
];
