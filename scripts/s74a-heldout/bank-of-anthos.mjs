// Held-out batch s74a (split test), Bank of Anthos: one blind scenario on scripts/kit-systems/bank-of-anthos.mjs
// (kubernetes-manifests/ at d0af047), with its withDefaults and JSON log helper; built by scripts/s74a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const incidentTime = '2026-06-03T15:41:00Z';
const T = clock(incidentTime);
const refused = (url) =>
  `HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: ${url} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2a1d9e50>: Failed to establish a new connection: [Errno 111] Connection refused'))`;

const frontLog = () => {
  const out = [];
  for (let m = -60; m < -0.5; m += 1.7) {
    if (m < -17) {
      out.push(jlog(T, m, 'INFO', 'login', 'Logging in.'));
      out.push(jlog(T, m + 0.01, 'INFO', 'login', 'Login successful.'));
      out.push(jlog(T, m + 0.3, 'INFO', 'home', 'Displaying home.'));
    } else {
      out.push(jlog(T, m, 'INFO', 'login', 'Logging in.'));
      out.push(jlog(T, m + 0.01, 'ERROR', 'login', `Error logging in: ${refused('/login?username=testuser&password=bankofanthos')}`));
      if (Math.round(m) % 3 === 0) {
        out.push(jlog(T, m + 0.2, 'INFO', 'signup', 'Creating new user.'));
        out.push(jlog(T, m + 0.21, 'ERROR', 'signup', `Error creating new user: ${refused('/users')}`));
      }
    }
  }
  return out;
};

const javaLines = (svc, every, msgs, end = -0.5) => {
  const out = [];
  let k = 0;
  for (let m = -55; m < end; m += every) out.push(jlog(T, m, 'INFO', msgs[k % msgs.length][0], msgs[k++ % msgs.length][1]));
  return out;
};

export const scenarios = [
  withDefaults({
    folder: 's74a-cant-sign-in-afternoon',
    incidentTime,
    description: 'bank: nobody can log in since about 15:25, the login page just says error. accounts team did some key stuff today?',
    expected: { component: 'userservice', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'userservice', cause: 'storage-unavailable' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts (kubernetes-manifests/ at d0af047): userservice mounts the Secret jwt-key (keys jwtRS256.key and
      jwtRS256.key.pub) as the volume "keys" at /tmp/.ssh to sign login tokens; frontend, contacts and the ledger services
      mount only the public key from the same Secret (volume "publickey"); the upstream README creates jwt-key by hand with
      kubectl create secret generic before applying the manifests. userservice is a single replica; the frontend calls it
      for /login and /signup through USERSERVICE_API_ADDR=userservice:8080.
      Fault: a key rotation done as delete-then-recreate of the Secret, whose create step failed, so jwt-key no longer exists;
      the accounts engineer then deleted the userservice pod to pick up the new key (a plain pod deletion: same ReplicaSet,
      no new revision). The replacement pod stays in ContainerCreating with the kubelet's FailedMount
      'MountVolume.SetUp failed for volume "keys" : secret "jwt-key" not found' (the shape of the public reports of Secret
      volumes referencing a missing Secret, kubernetes/kubernetes issues on FailedMount for secret volumes); the Service has
      no endpoints, kube-proxy rejects connections to it, and the frontend logs every login as connection refused.
      Pods started before the deletion (frontend, contacts, ledgerwriter, balancereader, transactionhistory) keep the
      public key they already mounted and stay healthy.
      Deviations from upstream: none in the manifests; the Secret store is not part of the snapshot (there is never a
      secrets.json), so the missing Secret shows only through the kubelet's events.
    `,
    workloads: {
      userservice: {
        unavailableSince: -16.5,
        endpointsChanged: -16.5,
        pods: [{ creating: true, created: T.iso(-16.5) }],
      },
    },
    events: [
      { on: 'pod:userservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -16.5 },
      { on: 'pod:userservice#0', type: 'Warning', reason: 'FailedMount', message: 'MountVolume.SetUp failed for volume "keys" : secret "jwt-key" not found', first: -16.4, last: -1.2, count: 15 },
      { on: 'pod:userservice#0', type: 'Warning', reason: 'FailedMount', message: 'Unable to attach or mount volumes: unmounted volumes=[keys], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: -14.3, last: -1.9, count: 7 },
    ],
    logs: {
      'frontend#0/front': frontLog(),
      'contacts#0/contacts': javaLines('contacts', 3.1, [['get_contacts', 'Getting contacts for user.'], ['get_contacts', 'Successfully retrieved contacts.']]),
      'balancereader#0/balancereader': javaLines('balancereader', 2.2, [['getBalance', 'Balance cache hit for account 1011226111'], ['pollTransactions', 'Processed 1 new transaction(s)']]),
      'transactionhistory#0/transactionhistory': javaLines('transactionhistory', 2.6, [['getTransactions', 'Getting transaction history for account 1011226111'], ['processTransaction', 'Added transaction to history cache']]),
      'ledgerwriter#0/ledgerwriter': javaLines('ledgerwriter', 4.3, [['addTransaction', 'Received transaction request'], ['addTransaction', 'Submitted transaction successfully']], -13),
      'loadgenerator#0/loadgenerator': [
        `[${T.java(-16.1).replace('.', ',')}] %POD%/ERROR/locust.user.task: login failure with token None`,
        `[${T.java(-9.3).replace('.', ',')}] %POD%/ERROR/locust.user.task: signup failure: 500`,
      ],
    },
  }),
];
