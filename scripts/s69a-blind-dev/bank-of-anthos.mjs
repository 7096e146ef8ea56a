// Blind dev batch s69a: one Bank of Anthos scenario (bad-deploy-rollout) for the scenario kit, on the kit system definition
// scripts/kit-systems/bank-of-anthos.mjs (withDefaults, plog/jlog); built by scripts/s69a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, image, plog, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-04-22T13:55:00Z');
const ROLL = -42;
const NEW_TAG = 'v0.6.11-rc.2';
const NEW_IMAGE = `us-central1-docker.pkg.dev/boa-prod/accounts/contacts:${NEW_TAG}@sha256:3b9f0c6e21d84a7f5c0e9d1b6a2f47c83e5d09a1f6b2c4e8d7a3019f5e6c2b84`;
const contacts = system.workloads.find((w) => w.name === 'contacts').containers[0];
const newEnv = contacts.env.map((e) => (e.name === 'VERSION' ? { ...e, value: NEW_TAG } : e));

const tb = (user) => [
  plog(T, 0, 'ERROR', 'log_exception', `Exception on /contacts/${user} [GET]`),
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 1473, in wsgi_app',
  '    response = self.full_dispatch_request()',
  '               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 882, in full_dispatch_request',
  '    rv = self.handle_user_exception(e)',
  '         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 880, in full_dispatch_request',
  '    rv = self.dispatch_request()',
  '         ^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 865, in dispatch_request',
  '    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]',
  '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/app/contacts.py", line 103, in get_contacts',
  '    contacts_list = contacts_db.get_contacts(username)',
  '                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/app/db.py", line 80, in get_contacts',
  '    "label": row["label"],',
  '             ~~~^^^^^^^^^',
  'TypeError: tuple indices must be integers or slices, not str',
];
const at = (lines, min) => [lines[0].replace(/"timestamp": "[^"]+"/, `"timestamp": "${T.java(min).slice(0, 19)}"`), ...lines.slice(1)];

const start = ROLL + 0.6;
const contactsLog = [
  plog(T, start, 'INFO', 'info', 'Starting gunicorn 22.0.0'),
  plog(T, start, 'INFO', 'info', 'Listening at: http://0.0.0.0:8080 (1)'),
  plog(T, start, 'INFO', 'info', 'Using worker: gthread'),
  plog(T, start + 0.01, 'INFO', 'info', 'Booting worker with pid: 7'),
  plog(T, start + 0.05, 'INFO', 'create_app', 'Starting contacts service.'),
];
const users = ['testuser', 'alice', 'bob', 'eve'];
let k = 0;
for (let m = ROLL + 1.5; m < -0.3; m += 1.7) {
  contactsLog.push(...at(tb(users[k % 4]), m));
  if (k % 5 === 2) contactsLog.push(plog(T, m + 0.4, 'INFO', 'add_contact', `Successfully added contact for user ${users[(k + 1) % 4]}.`));
  k++;
}

const frontendLog = [];
for (let m = -58; m < -0.3; m += 2.9) {
  frontendLog.push(plog(T, m, 'INFO', '_login_helper', 'Successfully logged in.'));
  if (Math.round(m) % 2 === 0) frontendLog.push(plog(T, m + 0.6, 'INFO', 'payment', 'Payment initiated successfully.'));
  else frontendLog.push(plog(T, m + 0.6, 'INFO', 'deposit', 'Deposit submitted successfully.'));
  frontendLog.push(plog(T, m + 1.1, 'INFO', 'logout', 'Logging out.'));
}

const brStart = -60 * 24 * 3 + 0.2;
const balanceLog = [
  jlog(T, brStart, 'INFO', 'logStarting', 'Starting BalanceReaderApplication v0.6.10 using Java 17.0.12 with PID 1 (/app/classpath started by ? in /)'),
  jlog(T, brStart + 0.7, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 41.873 seconds (process running for 44.129)'),
  jlog(T, brStart + 0.8, 'INFO', 'initCache', 'Initialized cache with 1184 transactions'),
  jlog(T, brStart + 0.8, 'INFO', 'startProcessing', 'Starting ledger reader: polling every 100 ms'),
];

export const scenarios = [
  withDefaults({
    folder: 's69a-contacts-sqlalchemy2-row-keys',
    incidentTime: '2026-04-22T13:55:00Z',
    description: 'BoA: saved payees vanished from the "send payment" dropdown for every user since the accounts deploy around 13:10. typing a new recipient still works and balances look right',
    expected: { component: 'contacts', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'decoy', 'time-expression', 'team-name', 'partial-name'],
    grounding: `
      Manifest and source facts (bank-of-anthos kubernetes-manifests at d0af047; src/accounts/contacts/db.py, contacts.py;
      src/frontend/frontend.py): contacts' get_contacts reads each row by name (row["label"], row["account_num"], ...), its readiness
      probe /ready answers without touching the database, gunicorn runs with --log-config logging.conf so gunicorn's own lines come out
      in the same JSON layout; the frontend's home() does "if response: contacts = response.json()", so a 500 from contacts leaves the
      list empty without logging anything above debug.
      Fault, as the SQLAlchemy 2.0 migration notes and many public bug reports describe it ("TypeError: tuple indices must be
      integers or slices, not str" after an unpinned SQLAlchemy upgrade): the accounts team rolled out contacts ${NEW_TAG}, built from
      their own registry with SQLAlchemy 2.0; Row objects are tuple-like there (named access moved to row._mapping), so every GET
      /contacts/<user> raises TypeError, Flask logs "Exception on /contacts/<user> [GET]" with the traceback and answers 500.
      Inserts (POST, add_contact) still work, so payments and deposits to a typed-in recipient succeed. The pod is Ready, never
      restarts; the frontend stays quiet; only contacts logs the tracebacks. The new and old ReplicaSet templates differ exactly in
      the image and the VERSION env value.
      Decoy: balancereader was OOMKilled three days ago (exit 137, one restart, healthy since).
      Deviations from upstream: the in-house image and tag; line numbers in the traceback and the contacts/gunicorn info lines are
      written as Flask 3 / gunicorn 22 print them, not copied from a run.
    `,
    workloads: {
      contacts: {
        rollout: { at: ROLL, revision: 5, oldContainers: { contacts: { image: image('contacts'), env: contacts.env } } },
        containers: { contacts: { image: NEW_IMAGE, env: newEnv } },
      },
      balancereader: {
        pods: [
          {
            containers: {
              balancereader: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(brStart),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.3), finishedAt: T.iso(brStart - 0.05) },
              }),
            },
            readyTransition: T.iso(brStart + 1.1),
          },
        ],
      },
    },
    events: [
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: ROLL, last: ROLL },
      { on: 'pod:contacts#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: ROLL + 0.3, last: ROLL + 0.3 },
      { on: 'pod:contacts#0', reason: 'Pulling', message: `Pulling image "${NEW_IMAGE}"`, fieldPath: 'spec.containers{contacts}', first: ROLL + 0.35, last: ROLL + 0.35 },
      { on: 'pod:contacts#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMAGE}" in 4.871s (4.871s including waiting). Image size: 71204518 bytes.`, fieldPath: 'spec.containers{contacts}', first: ROLL + 0.5, last: ROLL + 0.5 },
      { on: 'pod:contacts#0', reason: 'Created', message: 'Created container contacts', fieldPath: 'spec.containers{contacts}', first: ROLL + 0.55, last: ROLL + 0.55 },
      { on: 'pod:contacts#0', reason: 'Started', message: 'Started container contacts', fieldPath: 'spec.containers{contacts}', first: ROLL + 0.58, last: ROLL + 0.58 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: ROLL + 0.9, last: ROLL + 0.9 },
    ],
    logs: {
      'contacts#0/contacts': contactsLog,
      'frontend#0/front': frontendLog,
      'balancereader#0/balancereader': balanceLog,
    },
  }),
];
