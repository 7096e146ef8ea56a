// Batch s55a (blind dev): one Bank of Anthos scenario for the kit — no fault: sessions end after an hour because the JWT
// (and its cookie) expire after TOKEN_EXPIRY_SECONDS=3600; system from scripts/kit-systems/bank-of-anthos.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-05-20T15:40:00Z');
const us = system.workloads.find((w) => w.name === 'userservice');

const front = [];
const F = (min, sev, fn, msg) => front.push(plog(T, min, sev, fn, msg));
const U = [];
const u = (min, sev, fn, msg) => U.push(plog(T, min, sev, fn, msg));
// a normal hour of the web banking frontend: logins, payments, deposits, a few sessions that outlived their token
const pattern = [
  [-58.7, 'INFO', '_login_helper', 'Successfully logged in.'],
  [-57.9, 'INFO', 'payment', 'Payment initiated successfully.'],
  [-55.2, 'ERROR', 'verify_token', 'Error validating token: Signature has expired'],
  [-52.4, 'INFO', '_login_helper', 'Successfully logged in.'],
  [-49.0, 'INFO', 'deposit', 'Deposit submitted successfully.'],
  [-46.3, 'ERROR', 'payment', 'Error submitting payment: user is not authenticated.'],
  [-45.8, 'INFO', '_login_helper', 'Successfully logged in.'],
  [-41.1, 'INFO', 'payment', 'Payment initiated successfully.'],
  [-37.5, 'ERROR', 'payment', 'Error submitting payment: insufficient balance'],
  [-33.2, 'INFO', '_login_helper', 'Successfully logged in.'],
  [-30.8, 'ERROR', 'verify_token', 'Error validating token: Signature has expired'],
  [-27.6, 'ERROR', '_login_helper', 'Error logging in: 401 Client Error: UNAUTHORIZED for url: http://userservice:8080/login?username=alice&password=password1'],
  [-27.1, 'INFO', '_login_helper', 'Successfully logged in.'],
  [-22.4, 'INFO', 'payment', 'Payment initiated successfully.'],
  [-18.9, 'ERROR', 'deposit', 'Error submitting deposit: user is not authenticated.'],
  [-16.0, 'INFO', '_login_helper', 'Successfully logged in.'],
  [-12.3, 'INFO', 'deposit', 'Deposit submitted successfully.'],
  [-9.7, 'ERROR', 'payment', 'Error submitting payment: user is not authenticated.'],
  [-7.5, 'INFO', '_login_helper', 'Successfully logged in.'],
  [-4.1, 'INFO', 'payment', 'Payment initiated successfully.'],
  [-1.9, 'INFO', 'logout', 'Logging out.'],
];
for (const [m, s, fn, msg] of pattern) {
  F(m, s, fn, msg);
  if (fn === '_login_helper') {
    if (s === 'INFO') u(m - 0.004, 'INFO', 'login', 'Login Successful.');
    else u(m - 0.004, 'ERROR', 'login', 'Error logging in: invalid login');
  }
}

export const scenarios = [
  withDefaults({
    folder: 's55a-logged-out-after-an-hour-token-expiry',
    incidentTime: '2026-05-20T15:40:00Z',
    description: 'customers say the bank site logs them out after about an hour and the transfer they were typing fails w/ an error page. accounts team - is login / userservice flaky?',
    difficulty: 'hard',
    traits: ['no-fault', 'decoy', 'team-name', 'partial-name'],
    workloads: {
      userservice: {
        patch: { podAnnotations: { ...us.podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(-60 * 21 - 14) } },
        rollout: { at: -60 * 21 - 14, revision: 3, oldReplicas: 0, oldPatch: { podAnnotations: us.podAnnotations } },
      },
      'ledger-db': {
        pods: [{
          containers: {
            postgres: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 95),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 95.2) },
            }),
          },
        }],
      },
    },
    events: [],
    logs: {
      'frontend#0/front': front,
      'userservice#0/userservice': U,
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -57.9, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -49.0, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -41.1, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -22.4, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -12.3, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
        jlog(T, -4.1, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      ],
    },
    grounding: `
      No fault: expected behaviour. Bank of Anthos at d0af047: userservice signs each login's JWT with exp = iat +
      TOKEN_EXPIRY_SECONDS (3600 in userservice.yaml), and frontend.py sets the token cookie with max_age = exp - iat, so
      every session ends an hour after login; a form left open past that posts without a valid token and frontend's
      payment()/deposit() log "Error submitting payment: user is not authenticated." and abort(401) — the "error page" the
      customers see. verify_token() logs PyJWT's "Signature has expired" when a browser whose clock lags still sends the
      cookie. The same hour holds normal logins ("Successfully logged in." / userservice "Login Successful."), a mistyped
      password (userservice "Error logging in: invalid login", 401), payments and deposits accepted by ledgerwriter and one
      "Insufficient balance". Decoys: userservice rolled out 21 hours ago (kubectl rollout restart, revision 3, Ready), an
      OOMKill (137) of ledger-db-0 three days old. Deviation: ledgerwriter's messages are written in its log4j2 JSON shape,
      trimmed. A careful engineer answers: working as designed (raise TOKEN_EXPIRY_SECONDS or add refresh if the business
      wants longer sessions), nothing broken.
    `,
  }),
];
