// Batch s33a (blind dev): one Bank of Anthos incident on the kit's system (scripts/kit-systems/bank-of-anthos.mjs).
// An in-house userservice build expects a users.mfa_enabled column its migration never added; the pods are Ready, every login fails.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-05-20T09:52:00Z';
const T = clock(INC);
const AT = -21; // userservice rollout
const NEW_IMG = 'us-central1-docker.pkg.dev/boa-prod/bank/userservice:v0.6.11-mfa.3@sha256:5be2c0917f4a8d63e1c9b74f02a6d85e3c1f7a90b4d2e6c8f1a3b5d7e9c0f2a4';
const base = system.workloads.find((w) => w.name === 'userservice').containers[0];
const newEnv = base.env.map((v) => (v.name === 'VERSION' ? { ...v, value: 'v0.6.11-mfa.3' } : v));

const COLS = 'users.accountid, users.username, users.passhash, users.firstname, users.lastname, users.birthday, users.timezone, users.address, users.state, users.zip, users.ssn, users.mfa_enabled';
const USERS = ['testuser', 'alice', 'bob', 'eve', 'testuser', 'charlie'];
const pg = (min, pid, u) => [
  `${T.java(min)} UTC [${pid}] ERROR:  column users.mfa_enabled does not exist at character 172`,
  `${T.java(min)} UTC [${pid}] STATEMENT:  SELECT ${COLS} `,
  `\tFROM users `,
  `\tWHERE users.username = '${u}'`,
];
const us = [];
const fe = [];
const db = [
  `${T.java(-60 * 24 * 9)} UTC [1] LOG:  database system is ready to accept connections`,
];
for (let m = -50; m < AT; m += 2.5) {
  const u = USERS[Math.round(-m) % USERS.length];
  fe.push(plog(T, m, 'INFO', 'login', 'Logging in.'));
  fe.push(plog(T, m + 0.005, 'INFO', 'home', 'Displaying home.'));
}
let pid = 4412;
for (let m = AT + 0.8; m < 0; m += 0.75) {
  const u = USERS[Math.round(-m * 4) % USERS.length];
  us.push(
    `{"timestamp": "${T.java(m).slice(0, 19)}", "message": "login | Error logging in: (psycopg2.errors.UndefinedColumn) column users.mfa_enabled does not exist`,
    `LINE 1: ...ers.address, users.state, users.zip, users.ssn, users.mfa_enab...`,
    `                                                             ^`,
    ``,
    `[SQL: SELECT ${COLS} `,
    `FROM users `,
    `WHERE users.username = %(username_1)s]`,
    `[parameters: {'username_1': '${u}'}]`,
    `(Background on this error at: https://sqlalche.me/e/14/f405)", "severity": "ERROR"}`,
  );
  fe.push(plog(T, m + 0.01, 'INFO', 'login', 'Logging in.'));
  fe.push(plog(T, m + 0.012, 'ERROR', 'login', `Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=${u}&password=bankofanthos`));
  db.push(...pg(m, pid++, u));
  if (Math.round(m * 4) % 5 === 0) {
    us.push(plog(T, m + 0.3, 'ERROR', 'create_user', `Error creating new user: (psycopg2.errors.UndefinedColumn) column "mfa_enabled" of relation "users" does not exist`));
    fe.push(plog(T, m + 0.31, 'ERROR', 'signup', 'Error creating new user: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/users'));
  }
  if (Math.round(m * 4) % 3 === 0) fe.push(plog(T, m + 0.2, 'INFO', 'home', 'Displaying home.'));
}

export const scenarios = [
  withDefaults({
    folder: 's33a-userservice-mfa-column',
    incidentTime: INC,
    description: 'bank: nobody can log in, "Login Failed" on the frontend. people already logged in seem ok',
    expected: { component: 'userservice', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy'],
    grounding: `
      Bank of Anthos v0.6.10 manifests (userservice: Python/Flask + SQLAlchemy on accounts-db, readinessProbe GET /ready that
      does not touch the database, ACCOUNTS_DB_URI from accounts-db-config; frontend GETs USERSERVICE_API_ADDR/login with the
      username and password as query parameters and logs "Error logging in: <requests error>" then shows "Login Failed").
      Deviation: the bank deploys an in-house userservice build (v0.6.11-mfa.3 from its own Artifact Registry) whose users
      table model adds an mfa_enabled column; the schema change lives in a migration job that was not run against
      accounts-db (whose schema comes from the 0-accounts-schema.sql init script). Every login and signup fails with
      psycopg2 UndefinedColumn (SQLAlchemy error code f405), accounts-db logs the failing statements, existing JWT sessions
      keep working because balancereader/transactionhistory only verify the token. The rollout completes (pod Ready) so no
      Warning event. Pattern: the common "code deployed before its schema migration" regression. Decoys: contacts
      OOM-killed once three days ago (old), Normal pull events of the rollout.
    `,
    workloads: {
      userservice: {
        containers: { userservice: { image: NEW_IMG, env: newEnv } },
        rollout: { at: AT, oldContainers: { userservice: { image: base.image, env: base.env } } },
      },
      contacts: {
        pods: [
          {
            containers: {
              contacts: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 0.1) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% from 0 to 1', first: AT },
      { on: 'rs:userservice', reason: 'SuccessfulCreate', message: 'Created pod: userservice-%RS%', first: AT },
      { on: 'pod:userservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: AT + 0.5 },
      { on: 'pod:userservice#0', reason: 'Pulling', message: `Pulling image "${NEW_IMG}"`, first: AT + 0.52, fieldPath: 'spec.containers{userservice}' },
      { on: 'pod:userservice#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMG}" in 4.871s (4.871s including waiting). Image size: 58411203 bytes.`, first: AT + 0.6, fieldPath: 'spec.containers{userservice}' },
      { on: 'pod:userservice#0', reason: 'Created', message: 'Created container: userservice', first: AT + 0.61, fieldPath: 'spec.containers{userservice}' },
      { on: 'pod:userservice#0', reason: 'Started', message: 'Started container userservice', first: AT + 0.62, fieldPath: 'spec.containers{userservice}' },
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set userservice-%OLD% from 1 to 0', first: AT + 0.8 },
    ],
    logs: {
      'userservice#0/userservice': [
        `[${T.java(AT + 0.65).slice(0, 19)} +0000] [1] [INFO] Starting gunicorn 22.0.0`,
        `[${T.java(AT + 0.65).slice(0, 19)} +0000] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)`,
        `[${T.java(AT + 0.66).slice(0, 19)} +0000] [1] [INFO] Using worker: gthread`,
        plog(T, AT + 0.7, 'INFO', 'create_app', 'Starting userservice.'),
        ...us,
      ],
      'frontend#0/front': fe,
      'accounts-db#0/accounts-db': db,
    },
  }),
];
