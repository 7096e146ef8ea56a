// Blind dev batch s73c: one Bank of Anthos scenario (a credential-stuffing burst saturating userservice's CPU with
// bcrypt checks: gunicorn worker timeouts, logins time out), on scripts/kit-systems/bank-of-anthos.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const T = clock('2026-06-03T10:52:00Z');
const front = base.workloads.find((w) => w.name === 'frontend').containers[0];

const usLog = [];
let pid = 14;
for (let m = -40; m < -0.2; m += 0.25) {
  if (m < -13) {
    if (Math.round(-m * 4) % 3 === 0) usLog.push(jlog(T, m, 'INFO', 'login', 'Login Successful.'));
    if (Math.round(-m * 4) % 7 === 0) usLog.push(jlog(T, m + 0.05, 'ERROR', 'login', 'Error logging in: invalid login'));
  } else {
    for (let k = 0; k < 4; k++) usLog.push(jlog(T, m + k * 0.05, 'ERROR', 'login', 'Error logging in: invalid login'));
    if (Math.round(-m * 4) % 9 === 0) usLog.push(jlog(T, m + 0.2, 'INFO', 'login', 'Login Successful.'));
    if (Math.round(-m * 4) % 11 === 5) {
      usLog.push(jlog(T, m + 0.21, 'CRITICAL', 'critical', `WORKER TIMEOUT (pid:${pid})`));
      usLog.push(jlog(T, m + 0.22, 'ERROR', 'error', `Worker (pid:${pid}) was sent SIGKILL! Perhaps out of memory?`));
      pid += 3;
      usLog.push(jlog(T, m + 0.23, 'INFO', 'info', `Booting worker with pid: ${pid}`));
    }
  }
}

const feLog = [
  jlog(T, -189.4, 'INFO', 'create_app', 'Starting frontend service.'),
];
for (let m = -60; m < -0.2; m += 0.5) {
  feLog.push(jlog(T, m, 'INFO', 'home', 'Displaying home.'));
  if (m < -13) {
    if (Math.round(-m * 2) % 3 === 0) feLog.push(jlog(T, m + 0.1, 'INFO', 'login', 'Login successful.'));
  } else {
    feLog.push(jlog(T, m + 0.1, 'ERROR', 'login', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Read timed out. (read timeout=4)"));
    feLog.push(jlog(T, m + 0.2, 'ERROR', 'login', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Read timed out. (read timeout=4)"));
    if (Math.round(-m * 2) % 5 === 0) feLog.push(jlog(T, m + 0.3, 'ERROR', 'login', 'Error logging in: 401 Client Error: UNAUTHORIZED for url: http://userservice:8080/login?username=j.smith%40mailinator.example&password=********'));
  }
  if (Math.round(-m * 2) % 4 === 0) feLog.push(jlog(T, m + 0.4, 'INFO', 'payment', 'Payment initiated successfully.'));
}

const dbLog = [];
for (let m = -55; m < -1; m += 5) dbLog.push(`${T.java(m).slice(0, 23)} UTC [${27 + Math.round(-m)}] LOG:  checkpoint complete: wrote ${3 + (Math.round(-m) % 9)} buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.${Math.round(-m * 37) % 900 + 100} s, sync=0.004 s, total=0.${Math.round(-m * 37) % 900 + 112} s; sync files=${2 + (Math.round(-m) % 4)}, longest=0.002 s, average=0.002 s; distance=${12 + Math.round(-m)} kB, estimate=${40 + Math.round(-m)} kB`);

export const scenarios = [
  withDefaults({
    folder: 's73c-userservice-login-storm-cpu',
    incidentTime: '2026-06-03T10:52:00Z',
    description: "customers can't sign in to the bank since about 10:40, login spins then says Login Failed. ppl already logged in can still see balances/send money",
    expected: { component: 'userservice', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['cpu-starvation', 'pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: bank-of-anthos kubernetes-manifests at d0af047 — userservice (Python, gunicorn --threads 4 behind
      one worker, log format "%(funcName)s | %(message)s") has a CPU limit of 500m, a readiness probe on /ready and no
      liveness probe; /login checks the password with bcrypt.checkpw (about 0.25 s of a full core per check at the default
      cost 12) and logs "Error logging in: invalid login" for a wrong password. frontend calls userservice /login with
      BACKEND_TIMEOUT 4 s and logs "Error logging in: <error>".
      Fault: from 10:39 a credential-stuffing burst against the public /login (thousands of leaked username/password
      pairs) keeps userservice's single container at its 500m limit doing bcrypt checks (CFS throttling); requests
      queue, the frontend's reads time out after 4 s, gunicorn's arbiter kills the starved worker ("WORKER TIMEOUT",
      "was sent SIGKILL! Perhaps out of memory?" — gunicorn's own wording, not an OOM) and boots another. The pod stays
      Ready and never restarts: readiness fails only now and then (Unhealthy events). Sessions already holding a JWT
      keep working (balancereader, ledgerwriter and contacts verify the token locally). Credential stuffing against
      bcrypt-hashed logins exhausting CPU is a common post-mortem shape (OWASP "Credential stuffing", gunicorn issue
      threads on WORKER TIMEOUT under CPU limits).
      Decoy: frontend was rolled out three hours earlier (revision 4, only CYMBAL_LOGO=true added; old and new templates
      differ by that env) and is healthy; the loud component is frontend, not userservice.
      Deviations: the attack, the CYMBAL_LOGO rollout and the log volumes are invented; upstream runs no WAF.
    `,
    workloads: {
      frontend: {
        rollout: { at: -190, revision: 4, oldContainers: { front: { env: front.env } } },
        containers: { front: { env: [...front.env, { name: 'CYMBAL_LOGO', value: 'true' }] } },
      },
    },
    events: [
      { on: 'pod:userservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -11.5, last: -2.2, count: 7, fieldPath: 'spec.containers{userservice}' },
    ],
    logs: {
      'userservice#0/userservice': usLog,
      'frontend#0/front': feLog,
      'accounts-db#0/accounts-db': dbLog,
    },
  }),
];
