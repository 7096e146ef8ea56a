// Blind dev batch s107a: one Bank of Anthos scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// accounts-db's pg_hba.conf narrowed to one node's pod range and reloaded: contacts (other node) refused, userservice fine.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, image } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const T = clock('2026-05-16T14:35:00Z');
const pg = (min, lvl, msg) => `${T.java(min)} UTC [${200 + Math.round(-min * 7)}] ${lvl}:  ${msg}`;
const HBA = 'no pg_hba.conf entry for host \\"%IPOF:contacts#0%\\", user \\"accounts-admin\\", database \\"accounts-db\\", no encryption';

const dbLog = [
  `${T.java(-60 * 24 * 8)} UTC [1] LOG:  database system is ready to accept connections`,
  pg(-60 * 12, 'LOG', 'checkpoint complete: wrote 41 buffers (0.3%); 0 WAL file(s) added, 0 removed, 0 recycled; write=4.013 s, sync=0.004 s, total=4.031 s'),
  `${T.java(-24.2)} UTC [1] LOG:  received SIGHUP, reloading configuration files`,
];
for (let m = -23.5; m < -0.5; m += 1.3) dbLog.push(pg(m, 'FATAL', HBA.replaceAll('\\"', '"').replace('%IPOF:contacts#0%', '%IPOF:contacts#0%')));
const contacts = [
  jlog(T, -60 * 24 * 8, 'INFO', 'create_app', 'Starting contacts service.'),
];
for (let m = -40; m < -25; m += 3) contacts.push(jlog(T, m, 'INFO', 'get_contacts', `Retrieved ${2 + (Math.round(-m) % 3)} contacts for testuser`));
for (let m = -23.5; m < -0.5; m += 1.3)
  contacts.push(jlog(T, m + 0.01, 'ERROR', 'get_contacts', `Error retrieving contacts list: (psycopg2.OperationalError) connection to server at \\"accounts-db\\" (%SVCIP:accounts-db%), port 5432 failed: FATAL:  ${HBA}`));
const userservice = [jlog(T, -60 * 24 * 8, 'INFO', 'create_app', 'Starting userservice.')];
for (let m = -40; m < -0.5; m += 2.2) {
  userservice.push(jlog(T, m, 'INFO', 'login', 'Getting the user data.'), jlog(T, m + 0.01, 'INFO', 'login', 'Validating the password.'), jlog(T, m + 0.02, 'INFO', 'login', 'Creating jwt token.'), jlog(T, m + 0.03, 'INFO', 'login', 'Login Successful.'));
}
const frontend = [];
for (let m = -23.4; m < -0.5; m += 1.3)
  frontend.push(jlog(T, m, 'ERROR', 'home', 'Error retrieving contacts: 500 Server Error: INTERNAL SERVER ERROR for url: http://contacts:8080/contacts/testuser'));

export const scenarios = [
  withDefaults({
    folder: 's107a-accounts-db-hba-one-node',
    incidentTime: '2026-05-16T14:35:00Z',
    description: 'bank home page erroring + cant add payees since ~14:10. login still works so db is fine?? frontend rolled v0.6.11 friday',
    expected: { component: 'accounts-db', cause: 'config-error' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: userservice and contacts both reach accounts-db (ACCOUNTS_DB_URI from accounts-db-config, user
      accounts-admin, database accounts-db); with the kit's placement userservice runs on node h2xd (10.52.1.0/24) and
      contacts on w5tn (10.52.2.0/24). Fault follows the PostgreSQL docs on pg_hba.conf (a connection matching no line is
      refused with "no pg_hba.conf entry for host ..."; pg_hba.conf is re-read on SIGHUP/pg_reload_conf()) and the common
      hardening mistake of writing a pod range instead of the cluster range: at 14:10 an engineer replaced the image's
      "host all all all md5" line with "host all all 10.52.1.0/24 md5" (copied from the pod running psql) and reloaded.
      accounts-db logs the reload and then FATAL for every contacts connection; it stays Ready, no restart. userservice
      (same node as the allowed range) keeps logging in; contacts and the frontend home page are the loud ones.
      Deviations: the change was made by kubectl exec inside the pod (no template change); upstream pg_hba in the image
      allows all hosts. Decoy: frontend rolled from v0.6.10 to v0.6.11 two days earlier, healthy since.`,
    workloads: {
      frontend: { rollout: { at: -60 * 24 * 2, revision: 5, oldContainers: { front: { image: image('frontend') } } }, containers: { front: { image: image('frontend').replace(':v0.6.10@', ':v0.6.11@') } } },
    },
    logs: {
      'accounts-db#0/accounts-db': dbLog,
      'contacts#0/contacts': contacts,
      'userservice#0/userservice': userservice,
      'frontend#0/front': frontend,
    },
  }),
];
