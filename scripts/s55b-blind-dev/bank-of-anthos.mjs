// Blind dev batch s55b, Bank of Anthos: one scenario spec for the scenario kit (scripts/s2-scenario-kit.mjs), built by
// scripts/s55b-build.mjs — an accounts-db StatefulSet update asking 16Gi of memory: the recreated pod stays Pending (unschedulable).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INCIDENT = '2026-05-26T10:19:00Z';
const T = clock(INCIDENT);
const L = (min, sev, fn, msg) => jlog(T, min, sev, fn, msg);
const BG = '(Background on this error at: https://sqlalche.me/e/14/e3q8)';
const REFUSED = `(psycopg2.OperationalError) connection to server at "accounts-db" (%SVCIP:accounts-db%), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n\n${BG}`;
const CLOSED = (user) =>
  `(psycopg2.OperationalError) server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.\n\n[SQL: SELECT users.accountid, users.username, users.passhash, users.firstname, users.lastname, users.birthday, users.timezone, users.address, users.state, users.zip, users.ssn \nFROM users \nWHERE users.username = %(username_1)s]\n[parameters: {'username_1': '${user}'}]\n${BG}`;
const FAIL_AT = -16.2; // accounts-db-0 deleted by the StatefulSet controller
const USERS = ['testuser', 'alice', 'bob', 'eve', 'testuser'];

const gunicorn = (min, app) => [
  L(min, 'INFO', 'info', 'Starting gunicorn 22.0.0'),
  L(min, 'INFO', 'info', 'Listening at: http://0.0.0.0:8080 (1)'),
  L(min, 'INFO', 'info', 'Using worker: gthread'),
  L(min, 'INFO', 'info', 'Booting worker with pid: 7'),
  L(min + 0.01, 'INFO', 'create_app', `Starting ${app}.`),
  L(min + 0.01, 'INFO', 'create_app', '✅ Tracing enabled.'),
];

function userserviceLog() {
  const lines = gunicorn(-60 * 24 * 9 + 0.4, 'userservice');
  let k = 0;
  for (let m = -42; m < -0.3; m += 0.55, k++) {
    const user = USERS[k % USERS.length];
    if (m < FAIL_AT) lines.push(L(m, 'INFO', 'login', 'Login Successful.'));
    else if (m < FAIL_AT + 1.2) lines.push(L(m, 'ERROR', 'login', `Error logging in: ${CLOSED(user)}`));
    else lines.push(L(m, 'ERROR', 'login', `Error logging in: ${REFUSED}`));
    if (k % 6 === 3) {
      if (m < FAIL_AT) lines.push(L(m + 0.1, 'INFO', 'create_user', 'Successfully created user.'));
      else lines.push(L(m + 0.1, 'ERROR', 'create_user', `Error creating new user: ${REFUSED}`));
    }
  }
  return lines;
}
function contactsLog() {
  const lines = gunicorn(-60 * 24 * 9 + 0.4, 'contacts service').map((l) => l.replace('Starting contacts service..', 'Starting contacts service.'));
  for (let m = FAIL_AT + 0.3, k = 0; m < -0.3; m += 1.1, k++)
    lines.push(L(m, 'ERROR', 'get_contacts', `Error retrieving contacts list: ${k === 0 ? CLOSED('alice').replace(/\[SQL:[\s\S]*?\]\n\[parameters:[^\n]*\n/, '[SQL: SELECT contacts.username, contacts.label, contacts.account_num, contacts.routing_num, contacts.is_external \nFROM contacts \nWHERE contacts.username = %(username_1)s]\n[parameters: {\'username_1\': \'alice\'}]\n') : REFUSED}`));
  return lines;
}
function frontendLog() {
  const lines = [
    L(-60 * 24 * 9 + 0.4, 'INFO', 'info', 'Starting gunicorn 22.0.0'),
    L(-60 * 24 * 9 + 0.4, 'INFO', 'info', 'Listening at: http://0.0.0.0:8080 (1)'),
    L(-60 * 24 * 9 + 0.4, 'INFO', 'info', 'Using worker: gthread'),
    L(-60 * 24 * 9 + 0.4, 'INFO', 'info', 'Booting worker with pid: 7'),
    L(-60 * 24 * 9 + 0.41, 'INFO', 'create_app', 'Starting frontend service.'),
    L(-60 * 24 * 9 + 0.41, 'INFO', 'create_app', '✅ Tracing enabled.'),
    L(-60 * 24 * 9 + 0.41, 'INFO', 'create_app', "Platform is set to 'gcp'"),
  ];
  let k = 0;
  for (let m = -42; m < -0.3; m += 0.55, k++) {
    const user = USERS[k % USERS.length];
    if (m < FAIL_AT) lines.push(L(m + 0.002, 'INFO', '_login_helper', 'Successfully logged in.'));
    else lines.push(L(m + 0.002, 'ERROR', '_login_helper', `Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=${user}&password=bankofanthos`));
    // sessions already holding a JWT keep working against the ledger services
    if (k % 2 === 0) lines.push(L(m + 0.2, 'INFO', 'payment', 'Payment initiated successfully.'));
    if (k % 5 === 1) lines.push(L(m + 0.3, 'INFO', 'deposit', 'Deposit submitted successfully.'));
    if (k % 6 === 3) {
      if (m < FAIL_AT) lines.push(L(m + 0.102, 'INFO', 'signup', 'New user created.'));
      else lines.push(L(m + 0.102, 'ERROR', 'signup', 'Error creating new user: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/users'));
    }
  }
  return lines;
}

const unschedMsg = '0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';

const scenario = withDefaults({
  folder: 's55b-accounts-db-sts-update-16gi-pending',
  description:
    'cant log in to the bank app since ~10:05, just "Login Failed". people who were already logged in still see balances and can send payments. accounts team pls look',
  incidentTime: INCIDENT,
  expected: { component: 'accounts-db', cause: 'unschedulable' },
  alsoAcceptable: [{ component: 'accounts-db', cause: 'bad-deploy-rollout' }],
  difficulty: 'medium',
  traits: ['louder-dependents', 'rollout-regression', 'decoy', 'typo', 'team-name', 'time-expression'],
  workloads: {
    'accounts-db': {
      containers: { 'accounts-db': { resources: { limits: { cpu: '2', memory: '16Gi' }, requests: { cpu: '1', memory: '16Gi' } } } },
      pods: [{ created: T.iso(-15.9), unscheduled: unschedMsg }],
      endpointsChanged: FAIL_AT,
    },
    // decoy: balancereader restarted three days ago (liveness during a node maintenance window), Ready since
    balancereader: {
      pods: [{
        containers: {
          balancereader: cs.restartedRunning({
            restarts: 1, startedAt: T.iso(-60 * 24 * 3),
            last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(-60 * 24 * 3 - 0.05) },
          }),
        },
      }],
    },
  },
  events: [
    { on: 'sts:accounts-db', reason: 'SuccessfulDelete', message: 'delete Pod accounts-db-0 in StatefulSet accounts-db successful', first: FAIL_AT },
    { on: 'sts:accounts-db', reason: 'SuccessfulCreate', message: 'create Pod accounts-db-0 in StatefulSet accounts-db successful', first: -15.9 },
    { on: 'pod:accounts-db#0', reason: 'FailedScheduling', type: 'Warning', source: 'default-scheduler', message: unschedMsg, first: -15.9, last: -0.9, count: 6 },
    { on: 'pod:accounts-db#0', reason: 'NotTriggerScaleUp', source: 'cluster-autoscaler', message: "pod didn't trigger scale-up: 1 Insufficient memory", first: -15.6, last: -0.4, count: 16 },
  ],
  logs: {
    'userservice#0/userservice': userserviceLog(),
    'contacts#0/contacts': contactsLog(),
    'frontend#0/front': frontendLog(),
    'balancereader#0/balancereader': [
      L(-60 * 24 * 3 + 0.6, 'INFO', 'logStartupInfo', 'Started BalanceReaderApplication in 41.327 seconds (process running for 44.961)'),
      L(-60 * 24 * 3 + 0.62, 'INFO', 'startWithCallback', 'Initializing ledger reader'),
    ],
  },
  grounding: `
    Manifests: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests at d0af047 as the kit system has it — accounts-db is a
    StatefulSet (1 replica, RollingUpdate, emptyDir data, requests 100m/128Mi, limits 250m/512Mi) behind the ClusterIP Service
    accounts-db:5432; userservice and contacts reach it through ACCOUNTS_DB_URI (accounts-db-config). Code: src/accounts/userservice
    userservice.py (login: SQLAlchemyError -> "Error logging in: <err>", 500 "failed to retrieve user information"; create_user the
    same), contacts.py (get_contacts: "Error retrieving contacts list: <err>"), logging.conf (JSON-looking format
    "%(funcName)s | %(message)s" that does not escape newlines, so psycopg2's multi-line messages span lines; gunicorn's own lines come
    from its logger's info()), frontend.py (_login_helper logs "Error logging in: <HTTPError>", which includes the query string with
    the password; home() silently shows no contacts on a 500; payment/deposit go to ledgerwriter with the JWT and never touch
    accounts-db). SQLAlchemy 1.4 / psycopg2 (libpq 16) error texts.
    Fault: at 10:02 a PR "give accounts-db postgres headroom" applied requests/limits memory 16Gi (meant 1.6Gi) and cpu 1/2 to the
    accounts-db StatefulSet. A StatefulSet rolling update deletes accounts-db-0 before creating its replacement (SuccessfulDelete,
    SuccessfulCreate), and the new pod cannot be placed on any e2-standard-4 node (~13.3Gi allocatable): FailedScheduling "3
    Insufficient memory", and the cluster autoscaler's NotTriggerScaleUp because a new node of the pool would not fit it either. With
    no pod the Service has no endpoint: userservice's pooled connections die ("server closed the connection unexpectedly"), then every
    new connection is refused; logins and sign-ups fail (frontend "Login Failed"), contacts lists come back empty. Existing sessions
    keep working because balances, history and transfers use ledger-db only.
    Cause named: unschedulable on accounts-db; the update that introduced the spec is also accepted as bad-deploy-rollout.
    Decoys: userservice, contacts and the frontend are Ready and are the only ones logging errors (accounts-db has no running
    container and no log); balancereader restarted three days ago and has been Ready since; payments keep succeeding.
    Deviations from upstream: the accounts-db resources (the fault); cluster autoscaling enabled on pool-1; demo users alice, bob and
    eve beside testuser.
  `,
});

export const scenarios = [scenario];
