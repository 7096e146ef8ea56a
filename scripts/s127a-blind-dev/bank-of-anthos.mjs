// Blind dev batch s127a: Bank of Anthos. Written without reading rule packs, engine source or other scenarios.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;
const INC = '2026-05-14T09:47:00Z';
const T = clock(INC);
const glog = (min, level, msg) => `[${T.java(min).replace('.', ',').slice(0, 23)}] [${level}] ${msg}`;
const uslog = (min, sev, fn, msg) => `{"timestamp": "${T.java(min).slice(0, 19)}", "message": "${fn} | ${msg}", "severity": "${sev}"}`;

const usLines = (seedMin, n) => {
  const out = [];
  for (let i = 0; i < n; i++) {
    const m = seedMin + i * 0.9;
    out.push(uslog(m, 'INFO', 'login', 'Getting the user data.'));
    out.push(uslog(m + 0.01, 'INFO', 'login', 'Validating the password.'));
    out.push(uslog(m + 0.3, 'ERROR', 'login', 'Error logging in: invalid password'));
  }
  return out;
};

export const scenarios = [
  withDefaults({
    folder: 's127a-userservice-bcrypt-login-flood',
    incidentTime: INC,
    description: 'bank login super slow / timing out for everyone since around 9:25, frontend shows "Login failed". balances + payments for already logged in ppl seem ok. accounts team pls look',
    expected: { component: 'userservice', cause: 'resource-exhaustion' },
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression', 'decoy', 'cpu-starvation'],
    grounding: `
      Bank of Anthos v0.6.10 (kubernetes-manifests at d0af047): userservice is a single replica of a Flask app under gunicorn
      (Dockerfile: one gthread worker with --threads 4) with cpu limit 500m; /login looks the user up in accounts-db and
      runs bcrypt.checkpw on every attempt (userservice.py). bcrypt is deliberately CPU-expensive (cost 12 is ~250 ms of a
      full core), so a credential-stuffing burst of wrong-password logins from the public LoadBalancer occupies all four
      gunicorn threads; genuine logins and /ready queue behind them, the frontend's 'requests.get(..., timeout=TIMEOUT)'
      to USERSERVICE_API_ADDR times out, and the kubelet's readiness probe (timeout 10s) fails intermittently (Unhealthy
      events) while the pod mostly stays Ready. The resource used up is userservice's worker threads / its CPU at the 500m
      limit; no HPA exists upstream. This follows OWASP's credential-stuffing description and the common gunicorn
      'all threads busy' saturation pattern. accounts-db is healthy (cheap indexed SELECTs). Deviations: none in the
      manifests; the attack traffic is invented. Decoy: contacts logged a transient accounts-db 'connection refused' during
      the accounts-db restart 2 days ago, and loadgenerator keeps logging its usual errors.
    `,
    workloads: {
      contacts: {},
    },
    events: [
      { on: 'pod:userservice#0', reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -21, last: -1.5, count: 37, fieldPath: 'spec.containers{userservice}' },
      { on: 'pod:frontend#0', reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -60 * 24 * 6, last: -60 * 24 * 6, count: 1, fieldPath: 'spec.containers{front}' },
    ],
    logs: {
      'userservice#0/userservice': [
        glog(-60 * 24 * 9 + 0.1, 'INFO', 'Starting gunicorn 20.1.0'),
        glog(-60 * 24 * 9 + 0.1, 'INFO', 'Listening at: http://0.0.0.0:8080 (1)'),
        glog(-60 * 24 * 9 + 0.1, 'INFO', 'Using worker: gthread'),
        glog(-60 * 24 * 9 + 0.1, 'INFO', 'Booting worker with pid: 8'),
        uslog(-30, 'INFO', 'login', 'Getting the user data.'),
        uslog(-30, 'INFO', 'login', 'Validating the password.'),
        uslog(-30, 'INFO', 'login', 'Creating jwt token.'),
        uslog(-30, 'INFO', 'login', 'Login Successful.'),
        ...usLines(-22, 22),
        uslog(-2, 'INFO', 'login', 'Getting the user data.'),
        uslog(-1.9, 'INFO', 'login', 'Validating the password.'),
        uslog(-1.2, 'INFO', 'login', 'Login Successful.'),
      ],
      'frontend#0/front': [
        uslog(-31, 'INFO', 'login', 'Logging in user testuser'),
        uslog(-30, 'INFO', 'login', 'Successfully logged in.'),
        uslog(-20, 'INFO', 'login', 'Logging in user alice'),
        uslog(-19.8, 'ERROR', 'login', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Read timed out. (read timeout=4)"),
        uslog(-14, 'INFO', 'home', 'Displaying home.'),
        uslog(-14, 'INFO', 'home', 'Home page: balance and transactions retrieved.'),
        uslog(-12, 'INFO', 'login', 'Logging in user testuser'),
        uslog(-11.9, 'ERROR', 'login', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Read timed out. (read timeout=4)"),
        uslog(-7, 'INFO', 'login', 'Logging in user bob'),
        uslog(-6.9, 'ERROR', 'login', "Error logging in: HTTPConnectionPool(host='userservice', port=8080): Read timed out. (read timeout=4)"),
        uslog(-4, 'INFO', 'signup', 'Creating new user.'),
        uslog(-3.9, 'ERROR', 'signup', "Error creating new user: HTTPConnectionPool(host='userservice', port=8080): Read timed out. (read timeout=4)"),
        uslog(-1.1, 'INFO', 'home', 'Displaying home.'),
      ],
      'contacts#0/contacts': [
        uslog(-60 * 48, 'ERROR', 'get_contacts', 'Error retrieving contacts list: (psycopg2.OperationalError) could not connect to server: Connection refused'),
        uslog(-60 * 47.9, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        uslog(-8, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -10, 'INFO', 'getBalance', 'Retrieved balance for account 1011226111'),
        jlog(T, -1.4, 'INFO', 'getBalance', 'Retrieved balance for account 1033623433'),
      ],
    },
  }),
];
