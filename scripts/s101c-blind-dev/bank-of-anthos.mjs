// Blind dev batch s101c, Bank of Anthos: a Chaos Mesh DNSChaos (action error) left on, so the accounts services
// cannot resolve accounts-db while the database, ledger and every pod stay healthy (network-fault).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };
const IT = '2026-04-07T15:42:00Z';
const T = clock(IT);
const NR = 'could not translate host name "accounts-db" to address: Temporary failure in name resolution';
const errs = (svc, method, base, n, fmt) => Array.from({ length: n }, (_, i) => jlog(T, base + i * 1.3, 'ERROR', method, fmt(i)));
export const scenarios = [
  withDefaults({
    folder: 's101c-dnschaos-accounts-db-lookup',
    incidentTime: IT,
    description: 'cant log in to the bank app since ~15:25, signup also 500s. balances/transfers for already logged in ppl still fine',
    expected: { component: 'accounts-db', cause: 'network-fault' },
    alsoAcceptable: [
      { component: 'userservice', cause: 'network-fault' },
      { component: 'contacts', cause: 'network-fault' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      Manifests: userservice and contacts read ACCOUNTS_DB_URI (postgresql://accounts-admin:…@accounts-db:5432/accounts-db)
      from accounts-db-config and connect with SQLAlchemy/psycopg2; ledger services use ledger-db only.
      Fault: a Chaos Mesh DNSChaos (action: error, patterns ["accounts-db*"], mode all) written for a game day and left
      running; chaos-dns-server answers SERVFAIL, so glibc getaddrinfo returns EAI_AGAIN and libpq prints
      'could not translate host name "accounts-db" to address: Temporary failure in name resolution'
      (chaos-mesh.org DNSChaos docs). The chaos objects live in the chaos-mesh namespace, outside the snapshot.
      accounts-db is healthy and quiet; userservice /ready does not touch the database, so every pod stays Ready.
      Decoy: loadgenerator OOMKilled two days ago (restarted once, running since). Deviation from upstream: none
      beyond the chaos experiment.`,
    workloads: {
      loadgenerator: {
        pods: [{ containers: { loadgenerator: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 50), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 50 - 0.2) } }) } }],
      },
    },
    events: [],
    logs: {
      'userservice#0/userservice': [
        jlog(T, -40, 'INFO', 'login', 'Getting user data.'),
        jlog(T, -40, 'INFO', 'login', 'Login Successful.'),
        jlog(T, -31, 'INFO', 'login', 'Getting user data.'),
        jlog(T, -31, 'INFO', 'login', 'Login Successful.'),
        ...errs('userservice', 'login', -16.5, 9, () => `Error logging in: (psycopg2.OperationalError) ${NR}`),
        jlog(T, -6.2, 'ERROR', 'create_user', `Error creating new user: (psycopg2.OperationalError) ${NR}`),
        ...errs('userservice', 'login', -4, 3, () => `Error logging in: (psycopg2.OperationalError) ${NR}`),
      ],
      'contacts#0/contacts': [
        jlog(T, -35, 'INFO', 'get_contacts', 'Successfully retrieved contacts list.'),
        ...errs('contacts', 'get_contacts', -15.8, 7, () => `Error retrieving contacts list: (psycopg2.OperationalError) ${NR}`),
      ],
      'frontend#0/front': [
        jlog(T, -31, 'INFO', 'login', 'Successfully logged in.'),
        ...errs('frontend', 'login', -16.4, 9, () => 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'),
        jlog(T, -12.1, 'ERROR', 'home', 'Couldn\'t retrieve contacts: 500 Server Error: INTERNAL SERVER ERROR for url: http://contacts:8080/contacts/testuser'),
        jlog(T, -6.1, 'ERROR', 'signup', 'Error creating new user: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/users'),
        jlog(T, -3.0, 'INFO', 'home', 'Displaying home.'),
      ],
      'accounts-db#0/accounts-db': [
        `${T.java(-60 * 24 * 9).slice(0, 19)}.412 UTC [1] LOG:  database system is ready to accept connections`,
        `${T.java(-60 * 3).slice(0, 19)}.007 UTC [27] LOG:  checkpoint starting: time`,
        `${T.java(-60 * 3 + 0.1).slice(0, 19)}.882 UTC [27] LOG:  checkpoint complete: wrote 12 buffers (0.1%); 0 WAL file(s) added, 0 removed, 0 recycled; write=1.108 s, sync=0.004 s, total=1.122 s; sync files=9, longest=0.002 s, average=0.001 s; distance=41 kB, estimate=88 kB`,
      ],
      'balancereader#0/balancereader': [
        jlog(T, -20, 'INFO', 'getBalance', 'Retrieving balance from cache'),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, -9, 'INFO', 'getTransactions', 'Retrieving transactions from cache'),
      ],
    },
  }),
];
