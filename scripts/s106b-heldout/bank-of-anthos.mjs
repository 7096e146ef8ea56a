// Blind held-out batch s106b: one Bank of Anthos scenario (split test) for the scenario kit
// (scripts/s2-scenario-kit.mjs), system from scripts/kit-systems/bank-of-anthos.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INCIDENT = '2026-06-03T14:47:00Z';
const T = clock(INCIDENT);
const W5 = 'gke-boa-prod-pool-1-3f9a2c41-w5tn';
const refused = (acct) =>
  `Error getting account balance: HTTPConnectionPool(host='balancereader', port=8080): Max retries exceeded with url: /balances/${acct} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2e1b4d90>: Failed to establish a new connection: [Errno 111] Connection refused'))`;
const accts = ['1011226111', '1033623433', '1055757655', '1077441377'];
const front = [
  plog(T, -30, 'INFO', 'home', 'Displaying home.'),
  plog(T, -29.5, 'INFO', 'login', 'Login Success.'),
];
const lw = [jlog(T, -30.2, 'INFO', 'addTransaction', 'Submitted transaction successfully')];
for (let i = 0; i < 12; i++) {
  const m = -19.4 + i * 1.55;
  front.push(plog(T, m, 'INFO', 'home', 'Displaying home.'));
  front.push(plog(T, m + 0.01, 'ERROR', 'home', refused(accts[i % 4])));
  if (i % 3 === 1) {
    front.push(plog(T, m + 0.3, 'ERROR', 'deposit', 'Error submitting deposit: 500 Server Error: Internal Server Error for url: http://ledgerwriter:8080/transactions'));
    lw.push(jlog(T, m + 0.29, 'ERROR', 'addTransaction', `I/O error on GET request for "http://balancereader:8080/balances/${accts[i % 4]}": Connection refused; nested exception is java.net.ConnectException: Connection refused`));
  }
}
front.push(plog(T, -0.4, 'INFO', 'home', 'Displaying home.'));
front.push(plog(T, -0.39, 'ERROR', 'home', refused('1011226111')));

export const scenarios = [
  withDefaults({
    folder: 's106b-balancereader-jwt-secret-gone',
    description: 'ledger team: home page shows no balance for anyone and deposits error out since about 20 min ago. contacts + history still load',
    incidentTime: INCIDENT,
    expected: { component: 'balancereader', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'balancereader', cause: 'storage-unavailable' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'team-name', 'time-expression'],
    grounding: `
      bank-of-anthos kubernetes-manifests at d0af047: balancereader mounts the Secret jwt-key (item jwtRS256.key.pub) as the volume
      publickey at /tmp/.ssh; frontend reads BALANCES_API_ADDR=balancereader:8080 and ledgerwriter checks the balance through the
      same address before it writes a transaction. Fault follows the kubelet's FailedMount text for a missing Secret volume
      (MountVolume.SetUp failed for volume ... : secret "..." not found) in the common key-rotation mistake of deleting a Secret before
      recreating it: jwt-key was deleted about 20 minutes before, the single balancereader pod was deleted by hand and its replacement
      stays ContainerCreating; running pods of the other services keep the files they already mounted and stay Ready.
      The Secret is deleted (no secrets.json is ever in a snapshot). Deviations from upstream: none in the manifests; frontend and
      ledgerwriter log lines follow their logging.conf / log4j2 JSON layouts, the messages are paraphrased from the sources.
    `,
    workloads: {
      balancereader: { pods: [{ node: W5, creating: true, created: T.iso(-19.6) }], endpointsChanged: -19.7, unavailableSince: -19.6 },
    },
    events: [
      { on: 'pod:balancereader#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned bank-of-anthos/%POD% to ${W5}`, first: -19.6, last: -19.6 },
      { on: 'pod:balancereader#0', reason: 'FailedMount', type: 'Warning', count: 18, first: -19.5, last: -0.5, message: 'MountVolume.SetUp failed for volume "publickey" : secret "jwt-key" not found' },
    ],
    logs: {
      'frontend#0/front': front,
      'ledgerwriter#0/ledgerwriter': lw,
      'transactionhistory#0/transactionhistory': [
        jlog(T, -60 * 24 * 9 + 1.5, 'INFO', 'run', 'Initializing transaction cache'),
        jlog(T, -3.2, 'INFO', 'getTransactions', 'Retrieved 100 transactions for 1011226111'),
      ],
    },
  }),
];
