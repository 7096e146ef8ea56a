// Blind dev batch s61c, Bank of Anthos: one no-fault scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// "Customers get signed out mid-session": the one-hour JWT and cookie lifetime working as configured; ERROR lines are benign.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-02-24T11:20:00Z';
const T = clock(INC);

const frontendLog = () => {
  const out = [];
  let n = 0;
  for (let m = -58; m < -0.1; m += 0.19, n++) {
    const k = n % 11;
    if (k === 0 || k === 6) out.push(plog(T, m, 'INFO', '_login_helper', 'Successfully logged in.'));
    else if (k === 2 || k === 8) out.push(plog(T, m, 'INFO', 'payment', 'Payment initiated successfully.'));
    else if (k === 4) out.push(plog(T, m, 'INFO', 'deposit', 'Deposit submitted successfully.'));
    else if (k === 9) out.push(plog(T, m, 'INFO', 'logout', 'Logging out.'));
  }
  // Sessions that outlive their one-hour cookie: the browser drops the cookie, the next form post carries no token.
  for (const m of [-51.3, -37.8, -22.4, -9.6]) out.push(plog(T, m, 'ERROR', 'payment', 'Error submitting payment: user is not authenticated.'));
  for (const m of [-44.1, -15.2]) out.push(plog(T, m, 'ERROR', 'verify_token', 'Error validating token: Signature has expired'));
  return out.sort();
};
const userserviceLog = () => {
  const out = [];
  let n = 0;
  for (let m = -58; m < -0.1; m += 0.95, n++) {
    out.push(plog(T, m, 'INFO', 'login', 'Login Successful.'));
    if (n % 9 === 4) out.push(plog(T, m + 0.3, 'INFO', 'create_user', 'Successfully created user.'));
  }
  for (const m of [-40.2, -12.7]) out.push(plog(T, m, 'ERROR', 'login', 'Error logging in: invalid login'));
  return out.sort();
};

export const scenarios = [
  withDefaults({
    folder: 's61c-nofault-sessions-expire-after-an-hour',
    incidentTime: INC,
    description:
      'customers say the bank app keeps signing them out mid-session and they have to log in again, a couple said a payment "failed" right when it happened. all morning apparently - accounts team can someone look at userservice?',
    difficulty: 'medium',
    traits: ['no-fault', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Nothing in the cluster is wrong. Upstream userservice.yaml sets TOKEN_EXPIRY_SECONDS=3600: userservice signs each JWT with exp =
      iat + 3600 ("Login Successful."), and the frontend's _login_helper sets the token cookie with max_age = exp - iat, so every
      session ends one hour after sign-in by design. A customer who keeps the page open past that hour is sent back to the login page
      at the next navigation, and a payment form posted after the cookie expired reaches frontend.payment without a token: it logs
      "Error submitting payment: user is not authenticated." at ERROR and answers 401 (four such lines in the hour). Requests racing
      the expiry second log "verify_token | Error validating token: Signature has expired" (PyJWT's ExpiredSignatureError), and two
      mistyped passwords give "Error logging in: invalid login" in userservice: ERROR lines that are the system working as designed.
      Every pod is Running and Ready, logins, payments and deposits succeed all hour, userservice has not been changed or restarted.
      Decoy: the loadgenerator (Locust, 1Gi limit) was OOMKilled two days ago and has run since. The right answer is that there is no
      fault; the complaint is the configured session length (a product decision, not an incident).
      Deviations from upstream: the loadgenerator restart.
    `,
    workloads: {
      loadgenerator: {
        pods: [
          {
            containers: {
              loadgenerator: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 318), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 318.2) } }),
            },
          },
        ],
      },
    },
    logs: {
      'frontend#0/front': frontendLog(),
      'userservice#0/userservice': userserviceLog(),
    },
  }),
];
