// Held-out batch s130b, Bank of Anthos.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, plog, image } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;
const T = clock('2026-07-09T19:31:00Z');
const pg = (min, pid, lvl, msg) => `${T.java(min).slice(0, 23)} UTC [${pid}] ${lvl}:  ${msg}`;
const tooMany = (min, k) => [
  plog(T, min, 'ERROR', 'login', `Error generating token: (psycopg2.OperationalError) connection to server at "accounts-db" (%SVCIP:accounts-db%), port 5432 failed: FATAL:  sorry, too many clients already`),
  '',
  '(Background on this error at: https://sqlalche.me/e/14/e3q8)',
].slice(0, k ? 3 : 1);
const contactsErr = (min) => plog(T, min, 'ERROR', 'get_contacts', 'Error retrieving contacts list: (psycopg2.OperationalError) connection to server at "accounts-db" (%SVCIP:accounts-db%), port 5432 failed: FATAL:  sorry, too many clients already');

export const scenarios = [
  withDefaults({
    folder: 's130b-boa-login-failing',
    incidentTime: '2026-07-09T19:31:00Z',
    description: 'bank app: users getting "Login failed" / contacts page erroring intermittently, last ~15 min. payments team says ledger side is ok',
    expected: { component: 'accounts-db', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Bank of Anthos v0.6.10: userservice and contacts (Python, Flask + SQLAlchemy/psycopg2) reach accounts-db through
      ACCOUNTS_DB_URI (postgresql://...@accounts-db:5432/accounts-db in accounts-db-config); accounts-db is a single
      postgres StatefulSet with the default max_connections=100. The fault is PostgreSQL connection-slot exhaustion as the
      PostgreSQL docs and countless reports describe it: the server refuses new backends with "FATAL: sorry, too many
      clients already" while existing sessions keep working, so logins and contacts fail intermittently; the database pod
      stays Running and Ready (no probes upstream) and only its own log and the callers' errors show it. Here the slots are
      held by idle-in-transaction sessions that piled up during a burst of traffic. Decoys: balancereader had a healthy
      rollout two days ago, and ledger-db restarted once four days ago (OOMKilled). Deviations: the connection pile-up
      numbers are invented.
    `,
    workloads: {
      'accounts-db': {},
      'ledger-db': {
        pods: [{
          containers: {
            postgres: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4 + 0.5), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 12), finishedAt: T.iso(-60 * 24 * 4 + 0.4) } }),
          },
        }],
      },
      balancereader: {
        rollout: { at: -60 * 24 * 2, revision: 5, oldContainers: { balancereader: { image: image('balancereader').replace(/:v0\.6\.10@.*$/, ':v0.6.9') } } },
      },
    },
    logs: {
      'accounts-db#0/accounts-db': [
        pg(-60 * 24 * 12, 1, 'LOG', 'starting PostgreSQL 16.4 (Debian 16.4-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit'),
        pg(-60 * 24 * 12, 1, 'LOG', 'listening on IPv4 address "0.0.0.0", port 5432'),
        pg(-60 * 24 * 12, 1, 'LOG', 'database system is ready to accept connections'),
        pg(-16.4, 8841, 'FATAL', 'sorry, too many clients already'),
        pg(-15.9, 8843, 'FATAL', 'sorry, too many clients already'),
        pg(-12.2, 8870, 'FATAL', 'sorry, too many clients already'),
        pg(-9.7, 8902, 'FATAL', 'sorry, too many clients already'),
        pg(-6.1, 8931, 'FATAL', 'sorry, too many clients already'),
        pg(-3.3, 8957, 'FATAL', 'sorry, too many clients already'),
        pg(-1.0, 8989, 'FATAL', 'sorry, too many clients already'),
      ],
      'userservice#0/userservice': [
        plog(T, -22, 'INFO', 'login', 'Getting token for username [testuser]'),
        plog(T, -22, 'INFO', 'login', 'Login Successful'),
        ...tooMany(-16.4, 1),
        plog(T, -14, 'INFO', 'login', 'Getting token for username [alice]'),
        plog(T, -14, 'INFO', 'login', 'Login Successful'),
        ...tooMany(-12.2, 1), ...tooMany(-6.1, 0), ...tooMany(-1.0, 1),
      ],
      'contacts#0/contacts': [
        plog(T, -20, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        contactsErr(-15.9), contactsErr(-9.7), contactsErr(-3.3),
      ],
      'frontend#0/front': [
        plog(T, -16.4, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'),
        plog(T, -15.9, 'ERROR', 'home', 'Couldn\'t retrieve contacts: 500 Server Error: INTERNAL SERVER ERROR for url: http://contacts:8080/contacts/testuser'),
        plog(T, -12.2, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'),
        plog(T, -8, 'INFO', 'home', 'Displaying home.'),
        plog(T, -6.1, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'),
        plog(T, -1.0, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'),
      ],
    },
  }),
];
