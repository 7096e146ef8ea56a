// Batch s39c (blind dev, split: dev): one Bank of Anthos incident as a kit spec, on the kit system definition.
// A credential-stuffing burst against /login pins userservice's bcrypt checks at its 500m CPU limit; logins time out in the frontend.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-07-13T08:21:00Z');
const plog = (min, sev, fn, msg) => jlog(T, min, sev, fn, msg);
const LEAKED = ['mhernandez', 'j.wu', 'sarah_k', 'tdoyle', 'priya.n', 'alex1987', 'bkowalski', 'rsantos', 'emily.t', 'dmitri_v', 'lchen', 'kfarouk'];
const FE_TIMEOUT = "HTTPConnectionPool(host='userservice', port=8080): Read timed out. (read timeout=4)";

// userservice: every failed attempt on an existing username costs one bcrypt.checkpw; unknown usernames are cheap 404s.
const userLines = [];
for (let i = 0; i < 46; i++) {
  const min = -31 + i * 0.65;
  const u = LEAKED[i % LEAKED.length];
  userLines.push(plog(min, 'INFO', 'login', 'Getting the user data.'));
  userLines.push(i % 3 === 2
    ? plog(min + 0.01, 'ERROR', 'login', `Error logging in: user ${u}${i} does not exist`)
    : plog(min + 0.2, 'ERROR', 'login', 'Error logging in: invalid login'));
  if (i === 14 || i === 33) {
    userLines.push(plog(min + 0.3, 'CRITICAL', 'murder_workers', 'WORKER TIMEOUT (pid:9)'));
    userLines.push(plog(min + 0.35, 'INFO', 'spawn_worker', `Booting worker with pid: ${i === 14 ? 212 : 418}`));
    userLines.push(plog(min + 0.5, 'INFO', 'create_app', 'Starting userservice.'));
  }
  if (i % 9 === 4) userLines.push(plog(min + 0.4, 'INFO', 'login', 'Login Successful.'));
}

const feLines = [plog(-45, 'INFO', 'home', 'Displaying home.'), plog(-38.2, 'INFO', 'login', 'Login Successful.')];
for (let i = 0; i < 22; i++) {
  const min = -29.5 + i * 1.3;
  feLines.push(plog(min, 'ERROR', 'login', `Error logging in: ${i % 5 === 3 ? '401 Client Error: UNAUTHORIZED for url: http://userservice:8080/login?username=' + LEAKED[i % LEAKED.length] : FE_TIMEOUT}`));
  if (i % 4 === 1) feLines.push(plog(min + 0.3, 'INFO', 'home', 'Displaying home.'));
}

const scenarioStuffing = withDefaults({
  folder: 's39c-userservice-login-cpu-stuffing',
  description: 'bank of anthos: login hanging then "Login failed" for most users since ~07:50, already-logged-in users ok',
  incidentTime: '2026-07-13T08:21:00Z',
  expected: { component: 'userservice', cause: 'resource-exhaustion' },
  difficulty: 'hard',
  traits: ['pods-ready', 'cpu-starvation', 'time-expression', 'decoy'],
  grounding: `
    Manifests: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests/ at d0af047 as the kit system (userservice: one replica,
    requests 260m, limits 500m CPU / 256Mi, readinessProbe /ready with 10 s timeout, gunicorn with a thread pool; login
    runs bcrypt.checkpw on the stored hash, POST /login answers 404 for unknown users and 401 for a wrong password; the
    frontend calls it with BACKEND_TIMEOUT 4 s and logs "Error logging in: ..." with the requests exception).
    Fault: from ~07:50 a credential-stuffing run from a leaked list hits the public frontend's /login; every attempt on an
    existing username costs a bcrypt check, and the single userservice pod sits at its 500m CPU limit (CFS-throttled). Logins
    take longer than the frontend's 4 s read timeout (requests ReadTimeout "Read timed out. (read timeout=4)"), the gunicorn
    arbiter kills a starved worker twice (WORKER TIMEOUT, Booting worker), and the kubelet's /ready checks time out now and then
    (Readiness probe failed ... context deadline exceeded) without the pod staying NotReady. Users with a valid JWT cookie are
    not affected (balancereader, transactionhistory and contacts verify the token locally with the public key).
    The careful answer: userservice is CPU-exhausted (resource-exhaustion); the traffic is the trigger, not a component fault.
    Decoys: a balancereader rollout restart the evening before (Ready, normal cache warm-up), frontend readiness fine.
  `,
  workloads: {
    balancereader: { rollout: { at: -60 * 13, revision: 5 } },
  },
  events: [
    { on: 'pod:userservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -27.4, last: -3.1, count: 11, fieldPath: 'spec.containers{userservice}' },
    { on: 'deploy:balancereader', reason: 'ScalingReplicaSet', message: 'Scaled up replica set balancereader-%NEW% to 1', first: -60 * 13, last: -60 * 13 },
    { on: 'deploy:balancereader', reason: 'ScalingReplicaSet', message: 'Scaled down replica set balancereader-%OLD% to 0 from 1', first: -60 * 13 + 1.6, last: -60 * 13 + 1.6 },
    { on: 'pod:balancereader#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503', first: -60 * 13 + 1.1, last: -60 * 13 + 1.2, count: 2, fieldPath: 'spec.containers{balancereader}' },
  ],
  logs: {
    'userservice#0/userservice': [
      plog(-60 * 24 * 9, 'INFO', 'create_app', 'Starting userservice.'),
      plog(-40.3, 'INFO', 'login', 'Getting the user data.'),
      plog(-40.3, 'INFO', 'login', 'Login Successful.'),
      ...userLines,
    ],
    'frontend#0/front': feLines,
    'balancereader#0/balancereader': [
      plog(-60 * 13 + 0.6, 'INFO', 'main', 'Started BalanceReaderApplication in 21.412 seconds (JVM running for 23.208)'),
      plog(-60 * 13 + 0.7, 'INFO', 'pollTransactions', 'Initializing transaction cache...'),
      plog(-60 * 13 + 1.3, 'INFO', 'pollTransactions', 'Initialized transaction processor.'),
    ],
  },
});

export const scenarios = [scenarioStuffing];
