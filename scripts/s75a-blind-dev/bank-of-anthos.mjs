// Blind dev batch s75a — Bank of Anthos spec: userservice re-deployed with TOKEN_EXPIRY_SECONDS=30 (meant as minutes), so every
// JWT it signs expires half a minute later; built by scripts/s75a-build.mjs with scripts/s2-scenario-kit.mjs and the kit system.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as boaSystem, withDefaults, plog, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = boaSystem;

const INCIDENT = '2026-03-19T15:28:00Z';
const T = clock(INCIDENT);
const us = system.workloads.find((w) => w.name === 'userservice').containers[0];
const envWith = (v) => us.env.map((e) => (e.name === 'TOKEN_EXPIRY_SECONDS' ? { ...e, value: v } : e));

// A Java Date as java-jwt's TokenExpiredException prints it ("The Token has expired on Thu Mar 19 15:09:41 UTC 2026.").
const jdate = (min) => {
  const d = new Date(Date.parse(T.isoMs(min)));
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${day} ${mon} ${String(d.getUTCDate()).padStart(2, '0')} ${T.java(min).slice(11, 19)} UTC ${d.getUTCFullYear()}`;
};

const frontendLog = () => {
  const out = [];
  for (let m = -45; m < -0.4; m += 1.1) {
    const after = m > -23;
    out.push(plog(T, m, 'INFO', 'login', 'Successfully logged in.'));
    out.push(plog(T, m + 0.05, 'INFO', 'home', 'Displaying home.'));
    if (after) {
      out.push(plog(T, m + 0.6, 'ERROR', 'verify_token', 'Error validating token: Signature has expired'));
      out.push(plog(T, m + 0.6, 'INFO', 'login_page', 'Displaying login page.'));
      if (Math.round(m * 10) % 3 === 0) {
        out.push(plog(T, m + 0.58, 'ERROR', 'payment', 'Error submitting payment: 401 Client Error:  for url: http://ledgerwriter:8080/transactions'));
      }
    } else {
      out.push(plog(T, m + 0.6, 'INFO', 'payment', 'Payment initiated successfully.'));
      out.push(plog(T, m + 0.62, 'INFO', 'home', 'Displaying home.'));
    }
  }
  return out;
};

const userserviceLog = () => {
  const out = [
    plog(T, -23.6, 'INFO', '<module>', 'Starting userservice.'),
    `[${T.java(-23.6).slice(0, 19)} +0000] [1] [INFO] Starting gunicorn 22.0.0`,
    `[${T.java(-23.6).slice(0, 19)} +0000] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)`,
    `[${T.java(-23.6).slice(0, 19)} +0000] [1] [INFO] Using worker: gthread`,
    `[${T.java(-23.5).slice(0, 19)} +0000] [8] [INFO] Booting worker with pid: 8`,
  ];
  for (let m = -22.6; m < -0.4; m += 1.1) out.push(plog(T, m, 'INFO', 'login', 'Login Successful.'));
  return out;
};

export const scenarios = [
  withDefaults({
    folder: 's75a-userservice-token-expiry-seconds',
    description: 'bank site keeps kicking users back to the login page right after they sign in, payments fail with 401 — started this afternoon around 15:05. login itself works',
    incidentTime: INCIDENT,
    expected: { component: 'userservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'userservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifest facts (kubernetes-manifests/userservice.yaml at d0af047): userservice (Python, Flask under gunicorn) signs the
      login JWT with PRIV_KEY_PATH and sets its exp from env TOKEN_EXPIRY_SECONDS (upstream 3600); the frontend, contacts,
      ledgerwriter, balancereader and transactionhistory verify the token with the jwt-key public key and reject expired tokens
      (PyJWT ExpiredSignatureError "Signature has expired", java-jwt TokenExpiredException "The Token has expired on …").
      Fault: the accounts team re-deployed userservice 24 minutes before the incident with TOKEN_EXPIRY_SECONDS=30 to meet an
      audit requirement of "30-minute sessions" (minutes typed into a seconds setting, the shape of many public "token expires
      immediately" reports). The value is a valid integer, so userservice starts, stays Ready and logs only "Login Successful.";
      each session dies half a minute later: the frontend logs "Error validating token: Signature has expired" and redirects to
      the login page, and the Java services answer 401 to requests carrying an expired token. The callers are the loud ones.
      Rollout: the old and the new ReplicaSet differ exactly by TOKEN_EXPIRY_SECONDS (3600 -> 30).
      Decoy: ledger-db's container OOMKilled three days ago (limit 1Gi as upstream) and restarted once.
      Deviations from upstream: the env value; log lines use the JSON layout of the kit's log helper.
    `,
    workloads: {
      userservice: {
        rollout: { at: -24, oldContainers: { userservice: { env: envWith('3600') } } },
        containers: { userservice: { env: envWith('30') } },
      },
      'ledger-db': {
        pods: [
          {
            containers: {
              postgres: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 - 40),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 3 - 40.3) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% to 1', first: -24 },
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set userservice-%OLD% to 0 from 1', first: -23.3 },
      { on: 'pod:userservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -23.9 },
      { on: 'pod:userservice#0', reason: 'Pulled', fieldPath: 'spec.containers{userservice}', message: `Container image "${us.image}" already present on machine`, first: -23.8 },
      { on: 'pod:userservice#0', reason: 'Created', fieldPath: 'spec.containers{userservice}', message: 'Created container userservice', first: -23.8 },
      { on: 'pod:userservice#0', reason: 'Started', fieldPath: 'spec.containers{userservice}', message: 'Started container userservice', first: -23.7 },
    ],
    logs: {
      'frontend#0/front': frontendLog(),
      'userservice#0/userservice': userserviceLog(),
      'balancereader#0/balancereader': (() => {
        const out = [];
        for (let m = -40; m < -0.4; m += 2.2) {
          if (m > -22 && Math.round(m * 10) % 2 === 0) out.push(jlog(T, m, 'ERROR', 'getBalance', `Error verifying token: The Token has expired on ${jdate(m - 0.1)}.`));
          else out.push(jlog(T, m, 'INFO', 'pollLedger', 'Processed 1 new transactions'));
        }
        return out;
      })(),
      'ledgerwriter#0/ledgerwriter': (() => {
        const out = [];
        for (let m = -44; m < -0.4; m += 1.1) {
          if (m > -23) {
            if (Math.round(m * 10) % 3 === 0) out.push(jlog(T, m + 0.58, 'ERROR', 'addTransaction', `Failed to create transaction: The Token has expired on ${jdate(m + 0.5)}.`));
          } else out.push(jlog(T, m + 0.6, 'INFO', 'addTransaction', 'Submitted transaction successfully'));
        }
        return out;
      })(),
      'transactionhistory#0/transactionhistory': (() => {
        const out = [];
        for (let m = -40; m < -0.4; m += 2.6) {
          if (m > -22 && Math.round(m * 10) % 2 === 0) out.push(jlog(T, m, 'ERROR', 'getTransactions', `Error verifying token: The Token has expired on ${jdate(m - 0.2)}.`));
          else out.push(jlog(T, m, 'INFO', 'pollLedger', 'Processed 1 new transactions'));
        }
        return out;
      })(),
      'ledger-db#0/postgres': [
        `${T.java(-60 * 24 * 3 - 39.8).slice(0, 19)}.413 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432`,
        `${T.java(-60 * 24 * 3 - 39.8).slice(0, 19)}.421 UTC [29] LOG:  database system was interrupted; last known up at ${T.java(-60 * 24 * 3 - 41).slice(0, 19)} UTC`,
        `${T.java(-60 * 24 * 3 - 39.7).slice(0, 19)}.102 UTC [29] LOG:  database system was not properly shut down; automatic recovery in progress`,
        `${T.java(-60 * 24 * 3 - 39.7).slice(0, 19)}.388 UTC [1] LOG:  database system is ready to accept connections`,
        `${T.java(-60 * 6).slice(0, 19)}.001 UTC [27] LOG:  checkpoint starting: time`,
        `${T.java(-60 * 6 + 1).slice(0, 19)}.842 UTC [27] LOG:  checkpoint complete: wrote 412 buffers (2.5%); 0 WAL file(s) added, 0 removed, 1 recycled; write=41.203 s, sync=0.012 s, total=41.240 s; sync files=38, longest=0.004 s, average=0.001 s; distance=3312 kB, estimate=3498 kB; lsn=0/4A1C2F8, redo lsn=0/4A0E1B0`,
      ],
    },
  }),
];
