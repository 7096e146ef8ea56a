// Held-out scenario of batch s28a for Bank of Anthos (split: test), written blind: the kit system definition
// scripts/kit-systems/bank-of-anthos.mjs and one incident, built by scripts/s28a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, configMaps, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };
export const scenarios = [];

{
  const incidentTime = '2026-12-09T14:37:00Z';
  const T = clock(incidentTime);
  const REG = 'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos';
  const v11 = (n) => `${REG}/${n}:v0.6.11`;
  const missing = 'configmap "accounts-db-config" not found';
  const orig = (n) => system.workloads.find((w) => w.name === n).containers[0];
  const stuck = (name) => ({
    rollout: { at: -19, oldReplicas: 1, oldContainers: { [name]: { image: orig(name).image, env: orig(name).env } } },
    containers: { [name]: { image: v11(name), env: undefined } },
    pods: [{ phase: 'Pending', containers: { [name]: cs.waiting('CreateContainerConfigError', missing) } }],
    deployStatus: {
      observedGeneration: 7, replicas: 2, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1, unavailableReplicas: 1,
      conditions: [
        { type: 'Available', status: 'True', lastUpdateTime: T.iso(-60 * 24 * 9), lastTransitionTime: T.iso(-60 * 24 * 9), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
        { type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-8.9), lastTransitionTime: T.iso(-8.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${name}-%NEWRS%" has timed out progressing.` },
      ],
    },
  });
  const base = system.workloads;
  const envOf = (n) => base.find((w) => w.name === n).containers[0].env.map((e) => (e.name === 'VERSION' ? { ...e, value: 'v0.6.11' } : e));
  const us = stuck('userservice');
  us.containers.userservice.env = envOf('userservice');
  const ct = stuck('contacts');
  ct.containers.contacts.env = envOf('contacts');
  const sqlRefused = (ip) =>
    `(psycopg2.OperationalError) connection to server at "accounts-db" (${ip}), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n\n(Background on this error at: https://sqlalche.me/e/14/e3q8)`;
  const sqlClosed =
    '(psycopg2.OperationalError) server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.\n\n(Background on this error at: https://sqlalche.me/e/14/e3q8)';
  scenarios.push(
    withDefaults({
      folder: 's28a-accounts-db-configmap-pruned',
      incidentTime,
      description: 'bank: nobody can log in, every attempt bounces back to the login page with "Login Failed". since about 14:20',
      expected: { component: 'accounts-db', cause: 'config-missing' },
      difficulty: 'medium',
      traits: ['louder-dependents', 'time-expression'],
      configMaps: configMaps.filter((c) => c.name !== 'accounts-db-config'),
      grounding: `Bank of Anthos kubernetes-manifests: accounts-db is a StatefulSet whose postgres container takes POSTGRES_DB/USER/PASSWORD
        from envFrom configMapRef accounts-db-config (no optional flag); userservice and contacts read ACCOUNTS_DB_URI from the same
        ConfigMap and keep SQLAlchemy pools to accounts-db:5432. Incident pattern from Argo CD users' reports: a repository restructure
        moved the accounts team's ConfigMap into a shared config application that had not been synced yet, and the accounts application,
        synced with pruning at 14:18 while bumping its images to v0.6.11, deleted accounts-db-config. The StatefulSet update deleted
        accounts-db-0 (emptyDir data, reseeded on start) and its replacement cannot create its container: kubelet "Error: configmap
        \"accounts-db-config\" not found" (CreateContainerConfigError); the new userservice and contacts ReplicaSets fail the same way
        while their old pods keep serving (maxSurge 1, maxUnavailable 0 for one replica) but every query fails: psycopg2 "server closed
        the connection unexpectedly" then "Connection refused" on the accounts-db ClusterIP (no endpoints). The frontend's login helper
        gets 500 from userservice /login and redirects with "Login Failed". Deviation from upstream: tag v0.6.11 (no digest pin).`,
      workloads: {
        'accounts-db': {
          containers: { 'accounts-db': { image: v11('accounts-db') } },
          pods: [{ created: T.iso(-18.9), phase: 'Pending', containers: { 'accounts-db': cs.waiting('CreateContainerConfigError', missing) } }],
          unavailableSince: -18.9,
        },
        userservice: us,
        contacts: ct,
      },
      events: [
        { on: 'sts:accounts-db', reason: 'SuccessfulDelete', message: 'delete Pod accounts-db-0 in StatefulSet accounts-db successful', first: -19, last: -19 },
        { on: 'sts:accounts-db', reason: 'SuccessfulCreate', message: 'create Pod accounts-db-0 in StatefulSet accounts-db successful', first: -18.9, last: -18.9 },
        { on: 'pod:accounts-db#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/accounts-db-0 to %NODE%', source: 'default-scheduler', first: -18.9, last: -18.9 },
        { on: 'pod:accounts-db#0', reason: 'Pulling', message: `Pulling image "${v11('accounts-db')}"`, fieldPath: 'spec.containers{accounts-db}', first: -18.8, last: -18.8 },
        { on: 'pod:accounts-db#0', reason: 'Pulled', message: `Successfully pulled image "${v11('accounts-db')}" in 6.412s (6.412s including waiting). Image size: 152318870 bytes.`, fieldPath: 'spec.containers{accounts-db}', first: -18.7, last: -18.7 },
        { on: 'pod:accounts-db#0', reason: 'Failed', message: `Error: ${missing}`, type: 'Warning', fieldPath: 'spec.containers{accounts-db}', first: -18.7, last: -0.4, count: 88 },
        { on: 'pod:accounts-db#0', reason: 'Pulled', message: `Container image "${v11('accounts-db')}" already present on machine`, fieldPath: 'spec.containers{accounts-db}', first: -18.5, last: -0.4, count: 87 },
        { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% to 1', first: -19, last: -19 },
        { on: 'pod:userservice#0', reason: 'Failed', message: `Error: ${missing}`, type: 'Warning', fieldPath: 'spec.containers{userservice}', first: -18.8, last: -0.6, count: 86 },
        { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -19, last: -19 },
        { on: 'pod:contacts#0', reason: 'Failed', message: `Error: ${missing}`, type: 'Warning', fieldPath: 'spec.containers{contacts}', first: -18.8, last: -0.7, count: 86 },
      ],
      logs: {
                'frontend#0/front': [
          plog(T, -31, 'INFO', 'login', 'Successfully logged in.'),
          plog(T, -18.6, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'),
          plog(T, -18.2, 'ERROR', 'home', 'Couldn\'t retrieve contacts: 500 Server Error: INTERNAL SERVER ERROR for url: http://contacts:8080/contacts/testuser'),
          plog(T, -15.4, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'),
          plog(T, -11.0, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=alice&password=bankofanthos'),
          plog(T, -6.3, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'),
          plog(T, -1.9, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=bankofanthos'),
        ],
        'balancereader#0/balancereader': [
          plog(T, -3, 'INFO', 'getBalance', 'Balance cache hit for account 1011226111'),
        ],
      },
      oldPodLogs: {
        userservice: [
          plog(T, -18.6, 'ERROR', 'login', `Error logging in: ${sqlClosed}`),
          plog(T, -15.4, 'ERROR', 'login', `Error logging in: ${sqlRefused('%SVCIP:accounts-db%')}`),
          plog(T, -6.3, 'ERROR', 'login', `Error logging in: ${sqlRefused('%SVCIP:accounts-db%')}`),
        ],
        contacts: [
          plog(T, -18.2, 'ERROR', 'get_contacts', `Error retrieving contacts list: ${sqlClosed}`),
        ],
      },
    }),
  );
}
