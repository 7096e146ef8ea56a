// Blind held-out scenario (batch s24b, split: test) for Bank of Anthos, in the kit's spec format (scripts/s2-scenario-kit.mjs):
// an in-house contacts build on SQLAlchemy 2.0 that 500s on every contacts list while its pods stay Ready (bad-deploy-rollout).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, image, jlog, withDefaults } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-05-20T16:49:00Z');
const ROLL = -38;
const NEW_IMAGE = 'us-central1-docker.pkg.dev/boa-prod/bank/contacts:v0.6.11-3f2c9e1@sha256:5b7e0c2a91d4f36e8a0c7d1b2e49f58a6c3d0e7f19b2a4c8d5e6f70a1b2c3d4e';
const USERS = ['testuser', 'alice', 'bob', 'eve', 'testuser', 'alice'];

const tb = (user) => [
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 1511, in wsgi_app',
  '    response = self.full_dispatch_request()',
  '               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 919, in full_dispatch_request',
  '    rv = self.handle_user_exception(e)',
  '         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 917, in full_dispatch_request',
  '    rv = self.dispatch_request()',
  '         ^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 902, in dispatch_request',
  '    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]',
  '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/app/contacts.py", line 117, in get_contacts',
  `    contacts_list = contacts_db.get_contacts(username)`,
  '                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/app/db.py", line 84, in get_contacts',
  '    "label": row["label"],',
  '             ~~~^^^^^^^^^',
  'TypeError: tuple indices must be integers or slices, not str',
].map((l) => l.replace('%USER%', user));

const contactsLog = () => {
  const out = [
    jlog(T, ROLL + 0.6, 'INFO', 'start', 'Starting gunicorn 22.0.0'),
    jlog(T, ROLL + 0.6, 'INFO', 'start', 'Listening at: http://0.0.0.0:8080 (1)'),
    jlog(T, ROLL + 0.6, 'INFO', 'start', 'Using worker: gthread'),
    jlog(T, ROLL + 0.6, 'INFO', 'spawn_worker', 'Booting worker with pid: 7'),
    jlog(T, ROLL + 0.65, 'INFO', 'create_app', 'Starting contacts service.'),
  ];
  let i = 0;
  for (let m = ROLL + 1.4; m < -0.3; m += 1.15, i++) {
    const u = USERS[i % USERS.length];
    out.push(jlog(T, m, 'ERROR', 'log_exception', `Exception on /contacts/${u} [GET]`), ...tb(u));
    if (i % 6 === 2) out.push(jlog(T, m + 0.3, 'INFO', 'add_contact', `Adding new contact for ${u}.`), jlog(T, m + 0.31, 'INFO', 'add_contact', 'Successfully added new contact.'));
  }
  return out;
};

const frontendLog = () => {
  const out = [];
  let i = 0;
  for (let m = -55; m < -0.3; m += 2.3, i++) {
    if (i % 3 === 0) out.push(jlog(T, m, 'INFO', 'payment', 'Payment initiated successfully.'));
    else if (i % 3 === 1) out.push(jlog(T, m, 'INFO', '_login_helper', 'Login Successful.'));
    else out.push(jlog(T, m, 'INFO', 'deposit', 'Deposit submitted successfully.'));
  }
  return out;
};

const ledgerwriterLog = () => {
  const out = [];
  for (let m = -50; m < -0.3; m += 2.9) {
    out.push(jlog(T, m, 'INFO', 'addTransaction', `Submitted transaction successfully`));
  }
  return out;
};

export const scenarios = [
  withDefaults({
    folder: 's24b-contacts-sqlalchemy2-rollout',
    incidentTime: '2026-05-20T16:49:00Z',
    description: 'customers saying their saved payees are gone in the bank app - send payment dropdown empty, started a bit after 4pm. payments team pls look',
    expected: { component: 'contacts', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      bank-of-anthos kubernetes-manifests (d0af047) as the kit system has it: contacts (Flask under gunicorn, JSON log
      lines "%(funcName)s | %(message)s") reads the contacts table of accounts-db through SQLAlchemy; its readiness probe
      GET /ready never touches the database. Upstream src/accounts/contacts/db.py reads rows by key (row["label"]),
      which SQLAlchemy 2.0 no longer allows (Row is tuple-like: "TypeError: tuple indices must be integers or slices,
      not str"). Incident: at 16:11 the accounts team rolled out an in-house contacts build v0.6.11-3f2c9e1 whose
      dependency bump pulled SQLAlchemy 2.0; inserts still work, every GET /contacts/<user> raises TypeError, which
      contacts' handler (it catches only SQLAlchemyError) leaves to Flask: "Exception on /contacts/<user> [GET]" plus
      traceback, HTTP 500. The frontend reads contacts with "if response:" and silently renders an empty list, so it
      logs nothing; balances, history, payments and logins work. The pod is Running and Ready with no restart.
      Decoys: the description asks the payments team (ledgerwriter is healthy), an old loadgenerator OOM kill.
      Expected: contacts bad-deploy-rollout.`,
    workloads: {
      contacts: {
        rollout: { at: ROLL, revision: 5, oldContainers: { contacts: { image: image('contacts') } } },
        containers: { contacts: { image: NEW_IMAGE } },
      },
      loadgenerator: {
        pods: [{ containers: { loadgenerator: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 3 - 40), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 - 40.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: ROLL },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: ROLL + 0.5 },
      { on: 'pod:contacts#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', source: 'default-scheduler', first: ROLL },
      { on: 'pod:contacts#0', reason: 'Pulling', message: `Pulling image "${NEW_IMAGE}"`, first: ROLL + 0.02, fieldPath: 'spec.containers{contacts}' },
      { on: 'pod:contacts#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMAGE}" in 4.318s (4.318s including waiting). Image size: 71837466 bytes.`, first: ROLL + 0.1, fieldPath: 'spec.containers{contacts}' },
      { on: 'pod:contacts#0', reason: 'Created', message: 'Created container contacts', first: ROLL + 0.1, fieldPath: 'spec.containers{contacts}' },
      { on: 'pod:contacts#0', reason: 'Started', message: 'Started container contacts', first: ROLL + 0.1, fieldPath: 'spec.containers{contacts}' },
    ],
    logs: {
      'contacts#0/contacts': contactsLog(),
      'frontend#0/front': frontendLog(),
      'ledgerwriter#0/ledgerwriter': ledgerwriterLog(),
    },
  }),
];
