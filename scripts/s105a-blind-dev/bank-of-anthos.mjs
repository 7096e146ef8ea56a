// Blind dev batch s105a, Bank of Anthos: one scenario (contacts release on SQLAlchemy 2.0 silently rolls back new contacts).
// Spec for scripts/s2-scenario-kit.mjs build() through withDefaults; system from scripts/kit-systems/bank-of-anthos.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, image, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const I = '2026-05-20T13:50:00Z';
const T = clock(I);
const NEW = image('contacts').replace(/:v0\.6\.10@sha256:.*/, ':v0.6.11');
const contactsLog = [
  plog(T, -118, 'INFO', '<module>', 'Starting contacts service.'),
  plog(T, -118, 'INFO', 'create_app', 'Tracing enabled.'),
  '[' + T.java(-118).slice(0, 19) + ' +0000] [1] [INFO] Starting gunicorn 22.0.0',
  '[' + T.java(-118).slice(0, 19) + ' +0000] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)',
  '[' + T.java(-118).slice(0, 19) + ' +0000] [1] [INFO] Using worker: gthread',
  '[' + T.java(-118).slice(0, 19) + ' +0000] [7] [INFO] Booting worker with pid: 7',
];
for (let k = 0; k < 6; k++) {
  const m = -90 + k * 15;
  const u = ['testuser', 'alice', 'bob', 'eve', 'testuser', 'alice'][k];
  contactsLog.push(plog(T, m, 'INFO', 'get_contacts', `Successfully retrieved contacts for ${u}`));
  contactsLog.push(plog(T, m + 1, 'INFO', 'add_contact', `Successfully added new contact: {'label': '${['Landlord', 'Mom', 'Gym', 'Nanny', 'Plumber', 'Dad'][k]}', 'account_num': '${4000000000 + k * 1234567}', 'routing_num': '883745000', 'is_external': True}`));
  contactsLog.push(plog(T, m + 1.2, 'INFO', 'get_contacts', `Successfully retrieved contacts for ${u}`));
}
const frontLog = [];
for (let k = 0; k < 6; k++) {
  const m = -90 + k * 15;
  frontLog.push(plog(T, m + 1, 'INFO', 'add_contact', 'Adding new contact.'));
  frontLog.push(plog(T, m + 1.1, 'INFO', 'add_contact', 'Contact added successfully.'));
  frontLog.push(plog(T, m + 1.3, 'INFO', 'payment', 'Creating payment.'));
  frontLog.push(plog(T, m + 1.31, 'ERROR', 'payment', "Error submitting payment: invalid recipient, account not in contacts"));
}
export const scenarios = [
  withDefaults({
    folder: 's105a-contacts-sqlalchemy2-no-commit',
    incidentTime: I,
    description: 'boa: customers add a new payee, get "contact added", but it never shows in the list and the transfer to it fails. existing payees + deposits still work. since late morning',
    expected: { component: 'contacts', cause: 'bad-deploy-rollout' },
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'partial-name', 'time-expression'],
    grounding: `Bank of Anthos (GoogleCloudPlatform/bank-of-anthos src/accounts/contacts/db.py, v0.6.10): ContactsDb.add_contact runs
      an INSERT through "with self.engine.connect() as conn: conn.execute(statement)" and relies on SQLAlchemy 1.x library-level
      autocommit. SQLAlchemy 2.0 removed autocommit (migration guide "Library-level (but not driver level) autocommit removed"):
      the transaction begun on first execute is rolled back when the connection is returned, without error or warning. The
      v0.6.11 contacts image (the only template change: image tag, digest dropped) pins sqlalchemy==2.0.x. Every add
      "succeeds" (200, logged as added) yet no row persists; reads are unaffected, so the pods stay Ready and nothing
      restarts. The frontend's later transfer to the payee fails its contact check. accounts-db shows nothing unusual.
      Deviations from upstream: the v0.6.11 contacts image and its SQLAlchemy pin. The frontend error message is paraphrased.`,
    workloads: {
      contacts: {
        containers: { contacts: { image: NEW } },
        rollout: { at: -119, oldContainers: { contacts: { image: image('contacts') } } },
      },
    },
    events: [],
    logs: {
      'contacts#0/contacts': contactsLog,
      'frontend#0/front': frontLog,
    },
  }),
];
