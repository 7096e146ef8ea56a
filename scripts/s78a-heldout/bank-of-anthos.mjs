// Blind held-out batch s78a: one Bank of Anthos scenario as a spec for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the kit system scripts/kit-systems/bank-of-anthos.mjs; built by scripts/s78a-build.mjs (which adds the restart annotation).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const incidentTime = '2026-03-05T14:58:00Z';
const T = clock(incidentTime);
export const RESTART = -23; // `kubectl rollout restart deployment/userservice` (14:35)
export const restartedAt = T.iso(RESTART);

const USERS = ['testuser', 'alice.m', 'jpereira', 'kwame.o', 'li.na', 'testuser', 'dmitri_v', 'sofia.r'];
const BAD = 'Signature verification failed';

// frontend (gunicorn, logging.conf JSON): before the restart logins land on /home and payments go through;
// after it every fresh token fails verification against the public key the frontend loaded at start.
const front = [
  plog(T, -60 * 24 * 9 + 0.2, 'INFO', 'create_app', 'Starting frontend service.'),
  plog(T, -60 * 24 * 9 + 0.2, 'INFO', 'create_app', '✅ Tracing enabled.'),
  plog(T, -60 * 24 * 9 + 0.2, 'INFO', 'create_app', 'ENV_PLATFORM environment variable is not set'),
];
const user = [
  plog(T, RESTART + 0.6, 'INFO', 'create_app', 'Starting userservice.'),
  plog(T, RESTART + 0.6, 'INFO', 'create_app', '✅ Tracing enabled.'),
];
const userOld = [];
for (let m = -90, i = 0; m < -0.3; m += 1.9, i++) {
  const u = USERS[i % USERS.length];
  const after = m > RESTART + 0.9;
  (after ? user : userOld).push(plog(T, m, 'INFO', 'login', 'Login Successful.'));
  front.push(plog(T, m + 0.01, 'INFO', '_login_helper', 'Successfully logged in.'));
  if (!after) {
    if (i % 3 === 0) front.push(plog(T, m + 0.4, 'INFO', 'payment', 'Payment initiated successfully.'));
    if (i % 4 === 1) front.push(plog(T, m + 0.5, 'INFO', 'deposit', 'Deposit submitted successfully.'));
    if (i % 5 === 2) front.push(plog(T, m + 0.6, 'INFO', 'logout', 'Logging out.'));
  } else {
    front.push(plog(T, m + 0.012, 'ERROR', 'verify_token', `Error validating token: ${BAD}`));
    front.push(plog(T, m + 0.014, 'ERROR', 'verify_token', `Error validating token: ${BAD}`));
    if (i % 2 === 0) {
      // the user tries again from the login page
      front.push(plog(T, m + 0.3, 'INFO', '_login_helper', 'Successfully logged in.'));
      front.push(plog(T, m + 0.302, 'ERROR', 'verify_token', `Error validating token: ${BAD}`));
      front.push(plog(T, m + 0.304, 'ERROR', 'verify_token', `Error validating token: ${BAD}`));
      user.push(plog(T, m + 0.299, 'INFO', 'login', 'Login Successful.'));
    }
    void u;
  }
}
const byTs = (a, b) => a.slice(15, 34).localeCompare(b.slice(15, 34));
front.sort(byTs);
user.sort(byTs);

// ledger services: quiet apart from their own polling noise; nothing reaches them after 14:35
const balance = [
  jlog(T, -60 * 24 * 9 + 1.5, 'INFO', 'startWithCallback', 'Starting background thread.'),
];
const history = [jlog(T, -60 * 24 * 9 + 1.6, 'INFO', 'startWithCallback', 'Starting background thread.')];
const contacts = [
  plog(T, -60 * 24 * 4 + 0.2, 'INFO', 'create_app', 'Starting contacts service.'),
  plog(T, -60 * 24 * 4 + 0.2, 'INFO', 'create_app', '✅ Tracing enabled.'),
  plog(T, -60 * 24 * 2 + 13, 'INFO', 'add_contact', 'Successfully added new contact.'),
  plog(T, -95, 'INFO', 'add_contact', 'Successfully added new contact.'),
];

export const scenarios = [
  withDefaults({
    folder: 's78a-login-bounces-back-after-restart',
    description: 'bank app login loop: people sign in OK but land straight back on the sign-in page, no error shown. since ~14:35. accts team bounced usersvc around then (SEC-2291)',
    incidentTime,
    expected: { component: 'userservice', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'frontend', cause: 'config-error' },
      { component: 'userservice', cause: 'bad-deploy-rollout' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'bad-credentials', 'louder-dependents', 'partial-name', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (GoogleCloudPlatform/bank-of-anthos kubernetes-manifests at d0af047): userservice mounts both keys of the Secret
      jwt-key (jwtRS256.key as /tmp/.ssh/privatekey) and signs login tokens with it (userservice.py reads PRIV_KEY_PATH once in
      create_app); frontend and the ledger/contacts services mount only jwtRS256.key.pub and read it once at start (frontend.py
      app.config['PUBLIC_KEY'], the Java services' JWTVerifierGenerator). frontend's /home calls verify_token and redirects to the login
      page when jwt.decode raises InvalidTokenError, logging "Error validating token: ..."; _login_helper only decodes the token without
      verifying it, so the login itself "succeeds".
      Fault: the jwt-key Secret was regenerated for a key-rotation ticket and only userservice was restarted (kubectl rollout restart at
      14:35: the new ReplicaSet's template differs from the old one only by the kubectl.kubernetes.io/restartedAt annotation).
      userservice now signs with the new private key, while frontend (and the backends) still hold the old public key in memory, so
      every new token fails PyJWT's signature check ("Signature verification failed") and the user is sent back to /login. Every pod is
      Running and Ready; the only loud component is frontend. Public sources: PyJWT's InvalidSignatureError ("Signature verification
      failed"), the Kubernetes Secrets documentation (mounted Secrets are updated in place; an application that reads a key once at
      start keeps the old one until it restarts).
      Decoy: contacts was OOMKilled four days ago and has run since.
      Deviations from upstream: the Secret itself is not part of a snapshot; log lines are the ones the code prints at INFO/ERROR,
      abbreviated; the kit writes no startupProbe.
    `,
    workloads: {
      userservice: { rollout: { at: RESTART, revision: 5, oldReplicas: 0 }, endpointsChanged: RESTART + 0.9 },
      contacts: {
        pods: [{
          containers: {
            contacts: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 4 + 0.1),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 4) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% to 1', first: RESTART, source: 'deployment-controller' },
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set userservice-%OLD% to 0 from 1', first: RESTART + 0.95, source: 'deployment-controller' },
      { on: 'pod:userservice#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: RESTART + 0.5, source: 'default-scheduler' },
      { on: 'pod:userservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/userservice:v0.6.10@sha256:d8c4412edc46ab105000f721788b73301651cc43b19cee7e7302739f81882dcc" already present on machine', first: RESTART + 0.52, fieldPath: 'spec.containers{userservice}' },
      { on: 'pod:userservice#0', reason: 'Created', message: 'Created container userservice', first: RESTART + 0.53, fieldPath: 'spec.containers{userservice}' },
      { on: 'pod:userservice#0', reason: 'Started', message: 'Started container userservice', first: RESTART + 0.54, fieldPath: 'spec.containers{userservice}' },
    ],
    logs: {
      'frontend#0/front': front,
      'userservice#0/userservice': user,
      'balancereader#0/balancereader': balance,
      'transactionhistory#0/transactionhistory': history,
      'contacts#0/contacts': contacts,
    },
  }),
];
