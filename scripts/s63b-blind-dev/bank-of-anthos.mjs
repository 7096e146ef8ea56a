// Batch s63b (blind dev): one Bank of Anthos scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// userservice's TOKEN_EXPIRY_SECONDS cut from 3600 to 60: logins succeed, sessions die within a minute.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INCIDENT = '2026-08-20T11:15:00Z';
const T = clock(INCIDENT);
const ROLL = -48; // 10:27
const base = system.workloads.find((w) => w.name === 'userservice').containers[0].env;
const withExpiry = (v) => base.map((e) => (e.name === 'TOKEN_EXPIRY_SECONDS' ? { ...e, value: v } : e));

const USERS = ['testuser', 'alice', 'bob', 'eve', 'testuser', 'mkhan', 'jsmith'];
const userserviceLog = () => {
  const st = ROLL + 0.7;
  const out = [
    `[${T.iso(st).slice(0, 10)} ${T.iso(st).slice(11, 19)} +0000] [1] [INFO] Starting gunicorn 20.0.4`,
    `[${T.iso(st).slice(0, 10)} ${T.iso(st).slice(11, 19)} +0000] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)`,
    `[${T.iso(st).slice(0, 10)} ${T.iso(st).slice(11, 19)} +0000] [1] [INFO] Using worker: gthread`,
    `[${T.iso(st).slice(0, 10)} ${T.iso(st).slice(11, 19)} +0000] [7] [INFO] Booting worker with pid: 7`,
    plog(T, st + 0.02, 'INFO', 'create_app', 'Starting userservice.'),
    plog(T, st + 0.02, 'INFO', 'create_app', '✅ Tracing enabled.'),
  ];
  // logins before the change happened hourly per user; after it, every user logs in again every minute or two
  for (let k = 0; k < 70; k++) {
    const min = ROLL + 1.2 + k * 0.66;
    out.push(plog(T, min, 'INFO', 'login', 'Login Successful.'));
  }
  return out;
};
const frontLog = (i) => {
  const out = [plog(T, -60 * 24 * 9 + 0.5, 'INFO', 'create_app', 'Starting frontend service.'), plog(T, -60 * 24 * 9 + 0.5, 'INFO', 'create_app', '✅ Tracing enabled.')];
  const ev = [];
  for (let k = 0; k < 6; k++) ev.push({ min: -75 + k * 4.5 + i, msg: ['_login_helper', 'Successfully logged in.'], sev: 'INFO' });
  for (let k = 0; k < 9; k++) ev.push({ min: -74 + k * 3.1 + i, msg: ['deposit', 'Deposit submitted successfully.'], sev: 'INFO' });
  for (let k = 0; k < 36; k++) {
    const min = ROLL + 1.5 + k * 1.28 + i * 0.3;
    ev.push({ min, msg: ['_login_helper', 'Successfully logged in.'], sev: 'INFO' });
    if (k % 3 === 0) ev.push({ min: min + 0.45, msg: ['payment', 'Payment initiated successfully.'], sev: 'INFO' });
    if (k % 2 === 1) ev.push({ min: min + 1.05, msg: ['deposit', 'Error submitting deposit: user is not authenticated.'], sev: 'ERROR' });
    if (k % 4 === 2) ev.push({ min: min + 1.1, msg: ['payment', 'Error submitting payment: user is not authenticated.'], sev: 'ERROR' });
    if (k % 5 === 4) ev.push({ min: min + 0.99, msg: ['verify_token', 'Error validating token: Signature has expired'], sev: 'ERROR' });
  }
  ev.sort((a, b) => a.min - b.min);
  for (const e of ev) if (e.min < -0.05) out.push(plog(T, e.min, e.sev, e.msg[0], e.msg[1]));
  return out;
};
const balLog = () => {
  const out = [jlog(T, -60 * 24 * 9 + 1.1, 'INFO', 'main', 'Started BalanceReaderApplication in 38.911 seconds (JVM running for 41.204)')];
  const ev = [];
  for (let k = 0; k < 8; k++) ev.push({ min: -70 + k * 8.6, m: ['processTransaction', 'Processing transaction'] });
  ev.push({ min: ROLL + 14.3, m: ['getBalance', 'Failed to retrieve account balance: not authorized'], sev: 'ERROR' });
  ev.push({ min: ROLL + 31.8, m: ['getBalance', 'Failed to retrieve account balance: not authorized'], sev: 'ERROR' });
  ev.sort((a, b) => a.min - b.min);
  for (const e of ev) out.push(jlog(T, e.min, e.sev ?? 'INFO', e.m[0], e.m[1]));
  return out;
};

export const scenarios = [
  withDefaults({
    folder: 's63b-userservice-token-expiry-60s',
    incidentTime: INCIDENT,
    description: 'ppl on the bank app get kicked back to the sign in page every minute or so since ~10:30. login itself works, balances fine when they get in',
    expected: { component: 'userservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'userservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    workloads: {
      userservice: {
        rollout: { at: ROLL, revision: 5, oldContainers: { userservice: { env: withExpiry('3600') } } },
        containers: { userservice: { env: withExpiry('60') } },
      },
      loadgenerator: {
        pods: [{
          containers: {
            loadgenerator: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 - 200), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(-60 * 24 * 2 - 200.2) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% to 1', first: ROLL },
      { on: 'pod:userservice#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: ROLL + 0.5, source: 'default-scheduler' },
      { on: 'pod:userservice#0', reason: 'Pulled', message: `Container image "${base && system.workloads.find((w) => w.name === 'userservice').containers[0].image}" already present on machine`, first: ROLL + 0.52, fieldPath: 'spec.containers{userservice}' },
      { on: 'pod:userservice#0', reason: 'Created', message: 'Created container userservice', first: ROLL + 0.53, fieldPath: 'spec.containers{userservice}' },
      { on: 'pod:userservice#0', reason: 'Started', message: 'Started container userservice', first: ROLL + 0.55, fieldPath: 'spec.containers{userservice}' },
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set userservice-%OLD% to 0 from 1', first: ROLL + 0.8 },
    ],
    logs: {
      'userservice#0/userservice': userserviceLog(),
      'frontend#0/front': frontLog(0),
      'balancereader#0/balancereader': balLog(),
    },
    grounding: `
      Manifests: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests at d0af047 (SOURCES.md): userservice sets
      TOKEN_EXPIRY_SECONDS=3600 as a literal env; the frontend reads the JWT public key and verifies every request.
      Code: userservice.py (create_app: EXPIRY_SECONDS = int(TOKEN_EXPIRY_SECONDS), any positive integer is accepted; login
      signs exp = now + EXPIRY_SECONDS and logs "Login Successful."); frontend.py (_login_helper sets the cookie with
      max_age = exp - iat; verify_token returns False silently for a missing cookie and logs "Error validating token:
      Signature has expired" for an expired one; /deposit and /payment log "Error submitting ...: user is not
      authenticated." and answer 401); the Java services reject the same expired JWT.
      Fault: a "normalise token lifetimes to minutes" change applied to the userservice Deployment at 10:27 set
      TOKEN_EXPIRY_SECONDS to 60 (meant: 60 minutes). userservice starts, is Ready, and every login succeeds — it logs
      nothing but successes, only far more of them; sessions die after a minute, so users and the load generator are
      bounced to /login and their deposits/payments fail with 401 at the frontend, which is the loud one.
      The old and the new userservice ReplicaSet differ only in that env value (3600 -> 60).
      Decoy: loadgenerator OOMKilled two days ago (one restart). balancereader logs two 401s for tokens that expired
      between the frontend's check and its own.
      Expected: userservice / config-error (a wrong value it reads and accepts); a careful engineer would also accept
      userservice / bad-deploy-rollout (the 10:27 rollout introduced it).
    `,
  }),
];
