// Blind dev batch s123d (no-fault incidents): one Bank of Anthos scenario on the kit system definition (withDefaults, jlog).
// Users are sent back to login: their JWTs expire an hour after login (TOKEN_EXPIRY_SECONDS=3600), as designed.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, image } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-05-16T13:20:00Z');
const front = [jlog(T, -39.5, 'INFO', '<module>', 'Starting frontend service.'), jlog(T, -39.4, 'INFO', '<module>', 'Frontend service started.')];
for (let m = -39; m < -1; m += 0.9) {
  front.push(jlog(T, m, 'INFO', 'home', 'Displaying home.'));
  if (Math.abs(Math.round(m * 10)) % 4 === 0) front.push(jlog(T, m + 0.1, 'ERROR', 'verify_token', 'Error validating token: Signature has expired'), jlog(T, m + 0.15, 'INFO', 'login_page', 'Displaying login page.'));
  if (Math.abs(Math.round(m * 10)) % 5 === 0) front.push(jlog(T, m + 0.3, 'INFO', 'login', 'Successfully logged in.'));
}
const oldImg = 'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/frontend:v0.6.9@sha256:5d2b7c0e19a84f3b6e0c7d1a92f48b3e6c5a0d17f2e94b8c3a61d07e5f9b2c48';

export const scenarios = [
  withDefaults({
    folder: 's123d-users-kicked-to-login',
    incidentTime: '2026-05-16T13:20:00Z',
    description: 'several users say the bank app kicks them back to the login page "randomly" since after lunch. frontend flaky again after todays deploy?',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'time-expression'],
    workloads: {
      frontend: {
        rollout: { at: -40, revision: 4, oldReplicas: 0, oldContainers: { front: { image: oldImg } } },
        pods: [{ readyTransition: T.iso(-38.6) }],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -40 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -38.5 },
      { on: 'pod:frontend#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": dial tcp %PODIP%:8080: connect: connection refused', fieldPath: 'spec.containers{front}', first: -39.6, last: -39.2, count: 2 },
    ],
    logs: { 'frontend#0/front': front },
    grounding: `
      No fault. Bank of Anthos' userservice signs each login JWT with exp = now + TOKEN_EXPIRY_SECONDS (3600 in
      kubernetes-manifests/userservice.yaml); the frontend's verify_token rejects an expired token (PyJWT "Signature has
      expired") and sends the user to the login page. Users who logged in before lunch are logged out an hour later: designed.
      Decoy, loud and inside the hour: a frontend rollout 40 minutes ago (image v0.6.9 -> v0.6.10, the only template change)
      whose new pod failed its readiness probe twice while gunicorn started; it has been Ready since. Tokens are verified
      with the public key, so the rollout does not invalidate sessions.
      Deviations: the previous image digest is invented; frontend log wording follows its logging.conf JSON shape, approximated.
    `,
  }),
];
