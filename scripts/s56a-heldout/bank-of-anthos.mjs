// Blind held-out batch s56a: one Bank of Anthos scenario (split test) as a spec for scripts/s2-scenario-kit.mjs,
// on the kit system definition scripts/kit-systems/bank-of-anthos.mjs (withDefaults, jlog); built by scripts/s56a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { jlog, system, withDefaults } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-05-12T09:41:00Z';
const T = clock(INC);

// Usernames a credential-stuffing list tries (mostly absent from accounts-db), and the demo users that exist.
const TRIED = ['jdoe1987', 'maria.k', 'admin', 'test01', 'mike_w', 'sarah88', 'j.smith', 'support', 'kevin.b', 'anna1990', 'root', 'paul77', 'lisa_m', 'info', 'daniel.r', 'emma_j'];
const REAL = ['testuser', 'alice', 'bob', 'eve'];

function userserviceLog() {
  const out = [
    jlog(T, -60 * 24 * 9 + 0.4, 'INFO', 'create_app', 'Starting userservice.'),
    jlog(T, -60 * 24 * 9 + 0.4, 'INFO', 'create_app', '✅ Tracing enabled.'),
  ];
  // Normal traffic: the load generator's and a few people's logins, every few minutes.
  for (let m = -58; m < -26; m += 1.7) {
    out.push(jlog(T, m, 'INFO', 'login', 'Login Successful.'));
    if (Math.round(m) % 5 === 0) out.push(jlog(T, m + 0.4, 'INFO', 'create_user', 'Successfully created user.'));
  }
  out.push(jlog(T, -27.1, 'ERROR', 'login', 'Error logging in: invalid login'));
  out.push(jlog(T, -26.5, 'INFO', 'login', 'Login Successful.'));
  // From -25.5: a flood of /login calls with leaked username/password pairs; each one costs a bcrypt check (or a lookup).
  let i = 0;
  for (let m = -25.5; m < -0.3; m += 0.02) {
    const u = TRIED[i % TRIED.length] + (i % 7 === 3 ? String(i % 100) : '');
    if (i % 5 === 2) out.push(jlog(T, m, 'ERROR', 'login', 'Error logging in: invalid login'));
    else if (i % 97 === 11) out.push(jlog(T, m, 'INFO', 'login', 'Login Successful.'));
    else out.push(jlog(T, m, 'ERROR', 'login', `Error logging in: user ${u} does not exist`));
    i++;
  }
  return out;
}

function frontendLog() {
  const out = [];
  for (let m = -58; m < -26; m += 1.7) {
    out.push(jlog(T, m + 0.02, 'INFO', '_login_helper', 'Successfully logged in.'));
    if (Math.round(m) % 3 === 0) out.push(jlog(T, m + 0.3, 'INFO', 'payment', 'Payment initiated successfully.'));
    if (Math.round(m) % 4 === 0) out.push(jlog(T, m + 0.5, 'INFO', 'deposit', 'Deposit submitted successfully.'));
  }
  let k = 0;
  for (let m = -24.8; m < -0.2; m += 0.19) {
    if (k % 9 === 4) out.push(jlog(T, m, 'INFO', 'payment', 'Payment initiated successfully.'));
    else if (k % 13 === 6) out.push(jlog(T, m, 'INFO', 'logout', 'Logging out.'));
    else if (k % 11 === 1) out.push(jlog(T, m, 'INFO', 'deposit', 'Deposit submitted successfully.'));
    else if (k % 17 === 8) out.push(jlog(T, m, 'ERROR', '_login_helper', "Error logging in: 401 Client Error: UNAUTHORIZED for url: http://userservice:8080/login?username=kevin.b&password=Summer2024%21"));
    else out.push(jlog(T, m, 'ERROR', '_login_helper', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Read timed out. (read timeout=8)"));
    k++;
  }
  return out;
}

const ledgerReady = (svc, at = -60 * 24 * 9) => [
  jlog(T, at + 0.5, 'INFO', 'logStarted', `Started ${svc} in 41.207 seconds (process running for 44.913)`),
  jlog(T, at + 0.6, 'INFO', 'startWithCallback', 'Starting background thread.'),
];

export const scenarios = [
  withDefaults({
    folder: 's56a-logins-time-out-transfers-ok',
    description: "ppl can't log in to the bank site since ~09:15, they just get 'Login Failed' after a long wait. anyone already logged in can still send transfers fine",
    incidentTime: INC,
    expected: { component: 'userservice', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (kubernetes-manifests/userservice.yaml and src/accounts/userservice at d0af047): userservice runs one pod
      with a 500m CPU limit and gunicorn \`--threads 2\` (one gthread worker, two threads); /login looks the user up in accounts-db
      and checks the password with bcrypt.checkpw (cost-12 hashes from bcrypt.gensalt()), logging "Error logging in: user X does
      not exist" (LookupError, 404), "Error logging in: invalid login" (PermissionError, 401) or "Login Successful." in the JSON
      shape of logging.conf. The frontend's _login_helper calls it with timeout BACKEND_TIMEOUT*2 = 8 s and logs "Error logging
      in: %s" with the requests exception, then redirects to /login?msg=Login Failed.
      Fault (public pattern: credential-stuffing bursts against a login endpoint that hashes with bcrypt; OWASP "Credential
      stuffing" and the many reports of bcrypt login endpoints pinned at their CPU limit): from 09:15 a flood of logins with
      leaked username/password pairs hits the public frontend; every attempt costs userservice a bcrypt check or a lookup, the
      pod sits at its CPU limit and its two threads queue requests for longer than the frontend's 8 s read timeout, so almost
      every new login fails while token-holding users (frontend verifies the JWT locally, ledgerwriter and balancereader never
      call userservice) keep working. The readiness probe (/ready, timeout 10 s) queues behind the logins too and fails
      intermittently; the pod flaps but is Ready at the snapshot, never restarts. The fault is CPU exhaustion of userservice.
      Decoy: transactionhistory's container was OOMKilled three days ago and has run cleanly since.
      Deviations from upstream: none in the manifests; traffic, usernames and the old OOM are invented. No CPU metrics are
      included (no Datadog payload), as when the cluster's metrics are not at hand.`,
    workloads: {
      userservice: {
        pods: [{ readyTransition: T.iso(-1.2) }],
      },
      transactionhistory: {
        pods: [{
          containers: {
            transactionhistory: cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(-60 * 24 * 3 - 37),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(-60 * 24 * 3 - 37.4) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'pod:userservice#0', type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{userservice}', first: -21.5, last: -1.6, count: 37 },
    ],
    logs: {
      'userservice#0/userservice': userserviceLog(),
      'frontend#0/front': frontendLog(),
      'transactionhistory#0/transactionhistory': [...ledgerReady('TransactionHistoryApplication', -60 * 24 * 3 - 37)],
      'balancereader#0/balancereader': [...ledgerReady('BalanceReaderApplication')],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -60 * 24 * 9 + 0.5, 'INFO', 'logStarted', 'Started LedgerWriterApplication in 38.552 seconds (process running for 41.775)'),
        ...[-19.4, -14.2, -9.8, -4.1, -1.3].map((m) => jlog(T, m, 'INFO', 'addTransaction', 'Submitted transaction successfully')),
      ],
    },
  }),
];
