// Blind held-out batch s70a: one Bank of Anthos scenario (split test) on the kit system scripts/kit-systems/bank-of-anthos.mjs.
// Built by scripts/s70a-build.mjs through the scenario kit (withDefaults, jlog helper); grounding in scenario.yaml.
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INCIDENT = '2026-05-04T09:12:00Z';
const T = clock(INCIDENT);
const SURGE = -23; // 08:49 — the Monday-morning login wave after the push campaign

// userservice: gunicorn (gthread, 2 threads, 1 worker) with logging.conf's JSON formatter
const us = [
  jlog(T, -60 * 24 * 9, 'INFO', 'start', 'Starting gunicorn 22.0.0'),
  jlog(T, -60 * 24 * 9, 'INFO', 'start', 'Listening at: http://0.0.0.0:8080 (1)'),
  jlog(T, -60 * 24 * 9, 'INFO', 'start', 'Using worker: gthread'),
  jlog(T, -60 * 24 * 9, 'INFO', 'spawn_worker', 'Booting worker with pid: 7'),
  jlog(T, -60 * 24 * 9 + 0.02, 'INFO', 'create_app', 'Starting userservice.'),
  jlog(T, -60 * 24 * 9 + 0.02, 'INFO', 'create_app', '✅ Tracing enabled.'),
];
const fe = [];
let k = 0;
// before the wave: a login every ~25 s, all quick
for (let m = -60; m < SURGE; m += 0.41) {
  k++;
  us.push(jlog(T, m, 'INFO', 'login', 'Login Successful.'));
  fe.push(jlog(T, m + 0.004, 'INFO', '_login_helper', 'Successfully logged in.'));
  if (k % 3 === 0) fe.push(jlog(T, m + 0.2, 'INFO', 'payment', 'Payment initiated successfully.'));
  if (k % 9 === 4) {
    us.push(jlog(T, m + 0.1, 'ERROR', 'login', 'Error logging in: invalid login'));
    fe.push(
      jlog(
        T,
        m + 0.101,
        'ERROR',
        '_login_helper',
        'Error logging in: 401 Client Error: UNAUTHORIZED for url: http://userservice:8080/login?username=jdoe&password=xxxxxxxx',
      ),
    );
  }
}
// the wave: userservice completes ~2 logins a second at its 500m CPU limit (bcrypt.checkpw), the rest queue behind
for (let m = SURGE; m < -0.05; m += 1 / 120) {
  k++;
  us.push(
    jlog(
      T,
      m,
      k % 23 === 0 ? 'ERROR' : 'INFO',
      'login',
      k % 23 === 0 ? 'Error logging in: invalid login' : 'Login Successful.',
    ),
  );
}
const users = ['testuser', 'alice', 'bob', 'eve', 'jdoe', 'mkhan', 'lperez', 'tnguyen', 'sokafor', 'rpatel'];
for (let m = SURGE + 1.2, j = 0; m < -0.05; m += 1 / 40, j++) {
  const u = users[j % users.length];
  if (j % 5 === 0) fe.push(jlog(T, m, 'INFO', '_login_helper', 'Successfully logged in.'));
  else if (j % 37 === 11)
    fe.push(
      jlog(
        T,
        m,
        'ERROR',
        '_login_helper',
        `Error logging in: HTTPConnectionPool(host='userservice', port=8080): Max retries exceeded with url: /login?username=${u}&password=bankofanthos (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2a${(0x1b40 + j * 16).toString(16)}>: Failed to establish a new connection: [Errno 111] Connection refused'))`,
      ),
    );
  else
    fe.push(
      jlog(
        T,
        m,
        'ERROR',
        '_login_helper',
        "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Read timed out. (read timeout=8)",
      ),
    );
  if (j % 6 === 3) fe.push(jlog(T, m + 0.005, 'INFO', 'payment', 'Payment initiated successfully.'));
}

fe.sort((a, b) => a.slice(15, 34).localeCompare(b.slice(15, 34)));

const contactsNew = {
  contacts: {
    env: [
      { name: 'VERSION', value: 'v0.6.10' },
      { name: 'PORT', value: '8080' },
      { name: 'ENABLE_TRACING', value: 'true' },
      { name: 'LOG_LEVEL', value: 'info' },
    ],
  },
};
const contactsOld = {
  contacts: {
    env: [
      { name: 'VERSION', value: 'v0.6.10' },
      { name: 'PORT', value: '8080' },
      { name: 'ENABLE_TRACING', value: 'true' },
      { name: 'LOG_LEVEL', value: 'debug' },
    ],
  },
};

export const scenarios = [
  withDefaults({
    folder: 's70a-login-failed-morning',
    incidentTime: INCIDENT,
    description:
      "lots of customers getting 'Login Failed' or the login page just hangs on the bank site since ~08:50. people who were already logged in can still pay",
    expected: { component: 'userservice', cause: 'resource-exhaustion' },
    alsoAcceptable: [{ component: 'userservice', cause: 'probe-failure' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'cpu-starvation', 'louder-dependents', 'decoy', 'time-expression'],
    workloads: {
      userservice: { pods: [{ readyTransition: T.iso(-0.9) }], endpointsChanged: -0.9 },
      // decoy: contacts rolled yesterday evening (debug logging switched off), healthy since
      contacts: {
        containers: contactsNew,
        rollout: { at: -60 * 15, revision: 4, oldContainers: contactsOld, oldReplicas: 0 },
      },
    },
    events: [
      {
        on: 'pod:userservice#0',
        reason: 'Unhealthy',
        type: 'Warning',
        message:
          'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
        first: -19.6,
        last: -1.2,
        count: 23,
        fieldPath: 'spec.containers{userservice}',
      },
    ],
    logs: {
      'userservice#0/userservice': us,
      'frontend#0/front': fe,
    },
    grounding: `
      System: GoogleCloudPlatform/bank-of-anthos kubernetes-manifests at d0af047 (kit system scripts/kit-systems/bank-of-anthos.mjs):
      userservice is one replica with cpu request 260m / limit 500m, readiness /ready every 5 s with a 10 s timeout, and
      runs gunicorn with --threads 2 (src/accounts/userservice/Dockerfile); /login checks the password with bcrypt.checkpw
      (userservice.py), which is CPU-bound (cost 12 from bcrypt.gensalt()). frontend's _login_helper calls
      http://userservice:8080/login with timeout BACKEND_TIMEOUT*2 = 8 s and shows "Login Failed" on any RequestException.
      Fault: from 08:49 a login wave (Monday morning after a push campaign) arrives far faster than userservice can hash at
      its 500m CPU limit: it keeps logging "Login Successful." at its ceiling while requests queue behind its two threads;
      frontend reads time out after 8 s, and /ready, served by the same threads, intermittently exceeds its 10 s timeout
      (23 Unhealthy events), which briefly drops the only endpoint (a few "Connection refused"). At the snapshot the pod is
      Ready again, never restarted and has no OOM. Users with a session still pay (ledgerwriter path not involved).
      The mechanism is CFS quota throttling of a container at its CPU limit (Kubernetes "Resource Management for Pods and
      Containers": a container is throttled, not killed, at its cpu limit).
      Decoy: contacts rolled out 15 hours earlier (LOG_LEVEL debug -> info), healthy.
      Deviations from upstream: the login volume and user names are invented; contacts' previous LOG_LEVEL=debug is invented;
      log lines are shortened; no CPU metrics are included (none are in the API snapshot).
    `,
  }),
];
