// Blind held-out batch s64a (split test): one Bank of Anthos scenario, built by scripts/s64a-build.mjs with the kit and
// the kit system definition scripts/kit-systems/bank-of-anthos.mjs (withDefaults, ConfigMaps, JSON log helpers).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const N = system.nodes.map((n) => n.name);
const T = clock('2026-03-26T10:58:00Z');
const refused = (path) =>
  `HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: ${path} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f2b6c1d4e50>: Failed to establish a new connection: [Errno 111] Connection refused'))`;

export const scenarios = [
  withDefaults({
    folder: 's64a-userservice-jwt-secret-gone-after-reschedule',
    incidentTime: '2026-03-26T10:58:00Z',
    description: 'nobody can log in to the bank app since ~10:40, login page just says error. accounts team pls look, already logged-in ppl seem fine',
    expected: { component: 'userservice', cause: 'config-missing' },
    alsoAcceptable: [{ component: 'userservice', cause: 'storage-unavailable' }],
    difficulty: 'medium',
    traits: ['louder-dependents', 'team-name', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts (kubernetes-manifests/ at d0af047): userservice (one replica) mounts the Secret jwt-key
      (keys jwtRS256.key, jwtRS256.key.pub) at /tmp/.ssh as volume \`keys\` to sign tokens; frontend, contacts and the ledger
      services mount its public key; the README creates jwt-key by hand (openssl + kubectl create secret), there is no
      controller that recreates it. frontend calls USERSERVICE_API_ADDR (userservice:8080) /login and logs errors through
      logging.conf's JSON layout.
      Fault: a key-rotation runbook deleted jwt-key and failed before creating the new one; running pods keep the
      files they already mounted, so nothing broke until the cluster autoscaler removed the node that hosted userservice at
      10:40 and the ReplicaSet's replacement pod cannot mount \`keys\` (kubelet: MountVolume.SetUp failed ... secret
      "jwt-key" not found). The pod stays ContainerCreating, the userservice Service has no endpoints, and the frontend's
      /login calls are refused, while sessions with a valid token keep working (the frontend still holds the public key).
      No secrets.json exists in a snapshot, so the missing Secret shows only in the kubelet's events.
      Decoy: balancereader was restarted by its liveness probe two days ago.
      Deviations from upstream: the node names/IPs are invented; the removed node no longer appears in the snapshot.
    `,
    workloads: {
      userservice: { pods: [{ node: N[0], creating: true, created: T.iso(-17.6) }], unavailableSince: -17.6, endpointsChanged: -17.7 },
      balancereader: {
        pods: [
          {
            containers: {
              balancereader: cs.restartedRunning({
                restarts: 1, startedAt: T.iso(-60 * 24 * 2 + 0.1),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:userservice#0', reason: 'Scheduled', source: 'default-scheduler', message: `Successfully assigned bank-of-anthos/%POD% to ${N[0]}`, first: -17.6 },
      { on: 'pod:userservice#0', type: 'Warning', reason: 'FailedMount', message: 'MountVolume.SetUp failed for volume "keys" : secret "jwt-key" not found', first: -17.6, last: -0.4, count: 17 },
    ],
    logs: {
      'frontend#0/front': [
        plog(T, -19.5, 'INFO', '_login_helper', 'Successfully logged in.'),
        plog(T, -17.2, 'ERROR', '_login_helper', `Error logging in: ${refused('/login?username=testuser&password=bankofanthos')}`),
        plog(T, -14.9, 'ERROR', '_login_helper', `Error logging in: ${refused('/login?username=testuser&password=bankofanthos')}`),
        plog(T, -11.3, 'ERROR', '_login_helper', `Error logging in: ${refused('/login?username=jdoe&password=Winter2026!')}`),
        plog(T, -8.0, 'INFO', 'payment', 'Payment initiated successfully.'),
        plog(T, -5.6, 'ERROR', 'signup', `Error creating new user: ${refused('/users')}`),
        plog(T, -2.4, 'ERROR', '_login_helper', `Error logging in: ${refused('/login?username=testuser&password=bankofanthos')}`),
        plog(T, -0.6, 'ERROR', '_login_helper', `Error logging in: ${refused('/login?username=testuser&password=bankofanthos')}`),
      ],
    },
  }),
];

/** Fix-up after the kit: StatefulSet pods' generateName is `<sts>-`. */
export function post(dir, read, write) {
  const pods = read('pods.json');
  for (const p of pods.items) if (p.metadata.ownerReferences[0].kind === 'StatefulSet') p.metadata.generateName = `${p.metadata.ownerReferences[0].name}-`;
  write('pods.json', pods);
}
