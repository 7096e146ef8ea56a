// Blind dev batch s67c (no-fault incidents): one Bank of Anthos scenario, built by scripts/s67c-build.mjs with the
// scenario kit; the system is scripts/kit-systems/bank-of-anthos.mjs (kubernetes-manifests/ at d0af047, v0.6.10).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-04-17T08:47:00Z');
const us = system.workloads.find((w) => w.name === 'userservice').containers[0];

// frontend (frontend.py at d0af047, LOG_LEVEL info): logins, payments, deposits, logouts; "Signature has expired" from
// verify_token() for browsers that still send a token past its exp (the cookie's max_age is exp - iat = 3600 s).
const fe = [];
for (let i = 0; i < 40; i++) {
  const m = -58 + i * 1.45;
  const kind = ['login', 'pay', 'dep', 'login', 'pay', 'expired', 'pay', 'logout'][i % 8];
  if (kind === 'login') fe.push(plog(T, m, 'INFO', '_login_helper', 'Successfully logged in.'));
  if (kind === 'pay') fe.push(plog(T, m, 'INFO', 'payment', 'Payment initiated successfully.'));
  if (kind === 'dep') fe.push(plog(T, m, 'INFO', 'deposit', 'Deposit submitted successfully.'));
  if (kind === 'logout') fe.push(plog(T, m, 'INFO', 'logout', 'Logging out.'));
  if (kind === 'expired') {
    fe.push(plog(T, m, 'ERROR', 'verify_token', 'Error validating token: Signature has expired'));
    fe.push(plog(T, m + 0.4, 'INFO', '_login_helper', 'Successfully logged in.'));
  }
}
fe.push(plog(T, -31.2, 'ERROR', 'payment', 'Error submitting payment: 400 Client Error: BAD REQUEST for url: http://ledgerwriter:8080/transactions'));

const usLog = [
  plog(T, -60 * 19 - 51.6, 'INFO', 'create_app', 'Starting userservice.'),
  plog(T, -60 * 19 - 51.59, 'INFO', 'create_app', '✅ Tracing enabled.'),
  ...Array.from({ length: 20 }, (_, i) => plog(T, -57.9 + i * 2.9, 'INFO', 'login', 'Login Successful.')),
  plog(T, -36.4, 'ERROR', 'login', 'Error logging in: invalid login'),
  plog(T, -12.7, 'ERROR', 'login', 'Error logging in: invalid login'),
].sort((a, b) => a.slice(15, 34).localeCompare(b.slice(15, 34)));

export const scenarios = [
  withDefaults({
    folder: 's67c-logged-out-every-hour',
    description: 'several customers say the bank site "logs them out randomly", back to the login page roughly every hour. started after yesterdays userservice deploy? accounts team',
    incidentTime: '2026-04-17T08:47:00Z',
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'team-name', 'time-expression'],
    workloads: {
      // Yesterday's userservice release: CPU limit 500m -> 750m, nothing else (TOKEN_EXPIRY_SECONDS stays 3600).
      userservice: {
        rollout: { at: -60 * 19 - 52, revision: 5, oldContainers: { userservice: { resources: us.resources } } },
        containers: { userservice: { resources: { limits: { cpu: '750m', 'ephemeral-storage': '256Mi', memory: '256Mi' }, requests: { cpu: '260m', 'ephemeral-storage': '256Mi', memory: '128Mi' } } } },
      },
      // balancereader: killed by its liveness probe two days ago during a long GC pause, Ready since.
      balancereader: { pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 75), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 75.2) } }) } }] },
    },
    events: [
      { on: 'pod:transactionhistory#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -22, last: -22, fieldPath: 'spec.containers{transactionhistory}' },
    ],
    logs: {
      'frontend#0/front': fe.sort((a, b) => a.slice(15, 34).localeCompare(b.slice(15, 34))),
      'userservice#0/userservice': usLog,
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -31.21, 'ERROR', 'addTransaction', 'Error submitting transaction: insufficient balance'),
        ...Array.from({ length: 8 }, (_, i) => jlog(T, -56 + i * 7, 'INFO', 'addTransaction', 'Submitted transaction successfully')),
      ].sort((a, b) => a.slice(15, 34).localeCompare(b.slice(15, 34))),
    },
    grounding: `
      No fault: expected behaviour. userservice signs every JWT with exp = iat + TOKEN_EXPIRY_SECONDS, which the upstream
      manifest sets to 3600, and the frontend sets the token cookie with max_age = exp - iat (frontend.py _login_helper),
      so every session ends after one hour and the next page load goes back to /login; browsers whose clock lags keep
      the cookie a little longer and the frontend logs "Error validating token: Signature has expired" (verify_token,
      PyJWT ExpiredSignatureError) before the user logs in again. Logins, payments and deposits succeed throughout.
      Healthy noise: two wrong passwords ("Error logging in: invalid login"), one payment refused for insufficient
      balance (ledgerwriter 400), a transactionhistory readiness blip 22 minutes ago.
      Decoys: yesterday's userservice rollout (only the CPU limit 500m -> 750m; TOKEN_EXPIRY_SECONDS=3600 in both
      ReplicaSets' templates), balancereader restarted two days ago after a liveness kill (exit 143), the frontend's ERROR
      lines.
      Deviations: the customers' complaints and the userservice resource change are this operator's; frontend and
      userservice lines use the JSON layout of logging.conf as the kit helper prints it.
    `,
  }),
];
