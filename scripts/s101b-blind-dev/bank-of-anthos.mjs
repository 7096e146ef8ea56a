// Blind dev batch s101b, Bank of Anthos: one config-error scenario (JWT key pair re-created, userservice signs with
// the new private key while every verifier still holds the old public key). Built by scripts/s101b-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const T = clock('2026-05-12T09:40:00Z');
const gun = (min, lvl, msg) => `[${T.java(min).replace(' ', ' ').slice(0, 19)} +0000] [7] [${lvl}] ${msg}`;
export const scenarios = [withDefaults({
  folder: 's101b-jwt-keypair-recreated',
  incidentTime: '2026-05-12T09:40:00Z',
  description: 'cant log in to the bank app since ~9:20, login page just reloads. no errors on the login itself, userservice looks fine',
  expected: { component: 'userservice', cause: 'config-error' },
  alsoAcceptable: [{ component: 'frontend', cause: 'config-error' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
  grounding: `
    Bank of Anthos manifests: userservice mounts jwt-key keys jwtRS256.key (PRIV_KEY_PATH) and jwtRS256.key.pub;
    frontend, contacts, balancereader, transactionhistory and ledgerwriter mount only jwtRS256.key.pub (PUB_KEY_PATH) and
    read it once at start. The README recreates the Secret with openssl genrsa + kubectl create secret generic jwt-key.
    Fault: the jwt-key Secret was re-created at 09:14 with a fresh key pair (a second "kubectl create secret" after a
    delete, as in the setup steps) and userservice was restarted (kubectl rollout restart, identical template) at 09:18,
    so it signs tokens with the new private key; every verifier still holds the old public key in memory. Login returns
    a token (userservice logs 200), the frontend fails to verify it (PyJWT InvalidSignatureError) and redirects to login.
    userservice's template is unchanged (plain restart: old and new ReplicaSet templates identical).
    Decoy: balancereader restarted once three days ago (OOMKilled) and runs fine since.`,
  workloads: {
    userservice: { rollout: { at: -22, revision: 3 }, deployAnnotations: {} },
    balancereader: { pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.2) } }) } }] },
  },
  events: [
    { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% to 1', first: -22, last: -22 },
    { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set userservice-%OLD% to 0 from 1', first: -21, last: -21 },
    { on: 'pod:userservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/userservice:v0.6.10@sha256:d8c4412edc46ab105000f721788b73301651cc43b19cee7e7302739f81882dcc" already present on machine', first: -21.5, last: -21.5 },
    { on: 'pod:userservice#0', reason: 'Created', message: 'Created container userservice', first: -21.5, last: -21.5 },
    { on: 'pod:userservice#0', reason: 'Started', message: 'Started container userservice', first: -21.4, last: -21.4 },
  ],
  logs: {
    'userservice#0/userservice': [
      gun(-21.3, 'INFO', 'Starting gunicorn 22.0.0'),
      gun(-21.3, 'INFO', 'Listening at: http://0.0.0.0:8080 (7)'),
      gun(-21.3, 'INFO', 'Using worker: gthread'),
      jlog(T, -21.2, 'INFO', 'create_app', 'Starting userservice.'),
      ...[-18, -15, -12, -9, -6, -3, -1].flatMap((m) => [
        jlog(T, m, 'INFO', 'login', 'Getting the login token.'),
        jlog(T, m, 'INFO', 'login', 'Login successful.'),
      ]),
    ],
    'frontend#0/front': [
      jlog(T, -30, 'INFO', 'home', 'Displaying home.'),
      ...[-18, -15, -12, -9, -6, -3, -1].flatMap((m) => [
        jlog(T, m, 'INFO', 'login', 'Logging in.'),
        jlog(T, m, 'INFO', 'login', 'Successfully logged in.'),
        jlog(T, m + 0.02, 'ERROR', 'verify_token', 'Error validating token: Signature verification failed'),
        jlog(T, m + 0.02, 'INFO', 'root', 'Redirecting to login.'),
      ]),
    ],
    'balancereader#0/balancereader': [
      jlog(T, -8, 'ERROR', 'getBalance', 'Failed to verify JWT: The Token\'s Signature resulted invalid when verified using the Algorithm: SHA256withRSA'),
      jlog(T, -2, 'ERROR', 'getBalance', 'Failed to verify JWT: The Token\'s Signature resulted invalid when verified using the Algorithm: SHA256withRSA'),
    ],
    'contacts#0/contacts': [
      jlog(T, -8, 'ERROR', 'get_contacts', 'Error validating authentication token: Signature verification failed'),
    ],
  },
})];
