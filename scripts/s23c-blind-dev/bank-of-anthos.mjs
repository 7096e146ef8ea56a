// Batch s23c blind dev scenario for Bank of Anthos (kit system scripts/kit-systems/bank-of-anthos.mjs): a credential-stuffing
// burst pins userservice's bcrypt checks at its 500m CPU limit, so logins time out; written blind, split dev.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const T = clock('2026-07-01T08:12:00Z');
const ISTIO = { 'proxy.istio.io/config': '{ "holdApplicationUntilProxyStarts": true }' };

// userservice: gunicorn + Flask through /logging.conf ("%(funcName)s | %(message)s"); gunicorn's own lines carry its Logger's method name.
const us = [
  plog(T, -60 * 24 * 6 + 0.5, 'INFO', 'info', 'Starting gunicorn 22.0.0'),
  plog(T, -60 * 24 * 6 + 0.5, 'INFO', 'info', 'Listening at: http://0.0.0.0:8080 (1)'),
  plog(T, -60 * 24 * 6 + 0.5, 'INFO', 'info', 'Using worker: gthread'),
  plog(T, -60 * 24 * 6 + 0.5, 'INFO', 'info', 'Booting worker with pid: 7'),
  plog(T, -60 * 24 * 6 + 0.6, 'INFO', 'create_app', 'Starting userservice.'),
];
[-40, -35.5, -31.2, -28.0].forEach((m) => us.push(plog(T, m, 'INFO', 'login', 'Login Successful.')));
let pid = 7;
const stuffing = [-24.1, -23.9, -23.6, -23.2, -22.8, -22.1, -21.5, -20.7, -19.8, -18.4, -17.0, -15.3, -13.9, -12.2, -10.6, -9.1, -7.7, -6.0, -4.4, -2.9, -1.3];
stuffing.forEach((m, i) => {
  us.push(plog(T, m, 'ERROR', 'login', 'Error logging in: invalid login'));
  if (i % 4 === 1) us.push(plog(T, m + 0.05, 'ERROR', 'login', 'Error logging in: invalid login'));
  if (i % 7 === 3) us.push(plog(T, m + 0.1, 'INFO', 'login', 'Login Successful.'));
  if (i % 6 === 5) {
    us.push(plog(T, m + 0.2, 'CRITICAL', 'critical', `WORKER TIMEOUT (pid:${pid})`));
    us.push(plog(T, m + 0.21, 'ERROR', 'error', `Worker (pid:${pid}) was sent SIGKILL! Perhaps out of memory?`));
    pid = 40 + i;
    us.push(plog(T, m + 0.3, 'INFO', 'info', `Booting worker with pid: ${pid}`));
  }
});

const fe = [];
[-39.8, -35.3, -31.0, -27.8].forEach((m) => { fe.push(plog(T, m, 'INFO', 'login', 'Login successful.')); fe.push(plog(T, m + 0.02, 'INFO', 'home', 'Displaying home.')); });
[-23.4, -22.0, -20.1, -18.9, -17.6, -16.0, -14.4, -12.9, -11.1, -9.6, -8.0, -6.4, -4.9, -3.3, -1.8, -0.6].forEach((m, i) => {
  fe.push(plog(T, m, 'ERROR', 'login', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Read timed out. (read timeout=4)"));
  if (i % 5 === 2) fe.push(plog(T, m + 0.1, 'ERROR', 'login', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=testuser&password=*** (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c1a2b9d50>: Failed to establish a new connection: [Errno 111] Connection refused'))"));
  if (i % 3 === 0) fe.push(plog(T, m + 0.3, 'INFO', 'home', 'Displaying home.'));
});

export const scenarios = [
  withDefaults({
    folder: 's23c-userservice-login-cpu-throttled',
    incidentTime: '2026-07-01T08:12:00Z',
    description: 'customers cant log in to online banking since ~7:50, login spins and then shows an error. people already logged in seem ok',
    expected: { component: 'userservice', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'louder-dependents', 'decoy', 'time-expression'],
    grounding: `
      userservice (kubernetes-manifests/userservice.yaml: requests 260m, limits 500m CPU, readiness /ready with a 10 s timeout every
      5 s, no liveness probe) checks passwords with bcrypt (userservice.py login: bcrypt.checkpw against the stored hash, salted with
      bcrypt.gensalt()'s default 12 rounds), a deliberately CPU-bound check of a few hundred milliseconds per call. At 07:48 a
      credential-stuffing burst (public OWASP automated-threat pattern: many passwords against few user names) starts hitting
      /login; userservice, one gunicorn gthread worker, is held at its 500m CFS quota, requests queue, gunicorn kills the worker for
      WORKER TIMEOUT and, since 20.1, adds "Worker (pid:N) was sent SIGKILL! Perhaps out of memory?" (a misleading line: there is no
      OOM kill, the container never restarts). The readiness probe times out under throttling (kubelet "context deadline exceeded
      (Client.Timeout exceeded while awaiting headers)"), so the pod flaps between Ready and NotReady (Ready at the snapshot); frontend's
      requests to USERSERVICE_API_ADDR userservice:8080 hit its BACKEND_TIMEOUT of 4 s ("Read timed out. (read timeout=4)") or,
      while the endpoint is out of the Service, connection refused. Logged-in users keep working: balances and history come from
      ledger services and JWT checks are local. accounts-db is idle and healthy. Decoy: a kubectl rollout restart of contacts 55
      minutes earlier (healthy). The snapshot has no metrics: the throttling shows as the worker timeouts, probe timeouts and the
      limit. Expected: resource exhaustion (CPU) on userservice; the attack traffic itself has no component.`,
    workloads: {
      userservice: {
        pods: [{ readyTransition: T.iso(-1.4) }],
      },
      contacts: {
        patch: { podAnnotations: { ...ISTIO, 'kubectl.kubernetes.io/restartedAt': T.iso(-55) } },
        rollout: { at: -55, revision: 5, oldPatch: { podAnnotations: ISTIO } },
      },
    },
    events: [
      { on: 'pod:userservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', fieldPath: 'spec.containers{userservice}', first: -22.6, last: -1.9, count: 58 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -55, last: -55 },
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled down replica set contacts-%OLD% to 0 from 1', first: -54.6, last: -54.6 },
    ],
    logs: {
      'userservice#0/userservice': us,
      'frontend#0/front': fe,
      'contacts#0/contacts': [
        plog(T, -54.7, 'INFO', 'info', 'Starting gunicorn 22.0.0'),
        plog(T, -54.7, 'INFO', 'create_app', 'Starting contacts service.'),
        plog(T, -30.2, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        plog(T, -6.8, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
      ],
      'accounts-db#0/accounts-db': [
        `${T.java(-60 * 24 * 6).slice(0, 19)}.412 UTC [1] LOG:  database system is ready to accept connections`,
        `${T.java(-60 * 4).slice(0, 19)}.208 UTC [27] LOG:  checkpoint starting: time`,
        `${T.java(-60 * 4 + 0.1).slice(0, 19)}.911 UTC [27] LOG:  checkpoint complete: wrote 14 buffers (0.1%); 0 WAL file(s) added, 0 removed, 0 recycled; write=1.318 s, sync=0.004 s, total=1.344 s; sync files=11, longest=0.002 s, average=0.001 s; distance=61 kB, estimate=102 kB`,
      ],
    },
  }),
];
