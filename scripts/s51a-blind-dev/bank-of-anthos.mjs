// Batch s51a blind dev scenario for Bank of Anthos (kit system definition): the rotated jwt-key Secret holds a private key
// PyJWT cannot parse; userservice, restarted to pick it up, stays Ready but every login fails with a 500.
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';
import { clock, cs } from '../s2-scenario-kit.mjs';

export { system };

const T = clock('2026-07-08T14:51:00Z');
const ROLL = -22;
const ISTIO = { 'proxy.istio.io/config': '{ "holdApplicationUntilProxyStarts": true }' };
const gunicorn = (min, msg) => {
  const j = T.java(min);
  return `[${j.slice(0, 19)} +0000] [${msg[0]}] [INFO] ${msg[1]}`;
};
const SP = '/usr/local/lib/python3.12/site-packages';
const trace = [
  'Traceback (most recent call last):',
  `  File "${SP}/jwt/algorithms.py", line 350, in prepare_key`,
  '    return cast(RSAPrivateKey, load_pem_private_key(key_bytes, password=None))',
  '                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  "ValueError: ('Could not deserialize key data. The data may be in an incorrect format, the provided password may be incorrect, it may be encrypted with an unsupported algorithm, or it may be an unsupported key type (e.g. EC curves with explicit parameters).', [<OpenSSLError(code=503841036, lib=60, reason=524556, reason_text=unsupported)>])",
  '',
  'During handling of the above exception, another exception occurred:',
  '',
  'Traceback (most recent call last):',
  `  File "${SP}/flask/app.py", line 1473, in wsgi_app`,
  '    response = self.full_dispatch_request()',
  `  File "${SP}/flask/app.py", line 882, in full_dispatch_request`,
  '    rv = self.handle_user_exception(e)',
  `  File "${SP}/flask/app.py", line 880, in full_dispatch_request`,
  '    rv = self.dispatch_request()',
  `  File "${SP}/flask/app.py", line 865, in dispatch_request`,
  '    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]',
  '  File "/app/userservice.py", line 181, in login',
  "    token = jwt.encode(payload, app.config['PRIVATE_KEY'], algorithm='RS256')",
  `  File "${SP}/jwt/api_jwt.py", line 78, in encode`,
  '    return api_jws.encode(',
  `  File "${SP}/jwt/api_jws.py", line 170, in encode`,
  '    key = alg_obj.prepare_key(key)',
  `  File "${SP}/jwt/algorithms.py", line 355, in prepare_key`,
  '    raise InvalidKeyError("Could not parse the provided public key.")',
  'jwt.exceptions.InvalidKeyError: Could not parse the provided public key.',
];
const USERS = ['testuser', 'alice', 'testuser', 'bob', 'eve', 'testuser', 'alice', 'testuser', 'carol', 'testuser', 'bob'];
const FAILS = [-20.3, -18.7, -16.1, -14.4, -12.0, -10.2, -8.5, -6.1, -4.3, -2.6, -0.9];
const user = [
  gunicorn(ROLL + 0.6, ['1', 'Starting gunicorn 22.0.0']),
  gunicorn(ROLL + 0.6, ['1', 'Listening at: http://0.0.0.0:8080 (1)']),
  gunicorn(ROLL + 0.6, ['1', 'Using worker: gthread']),
  gunicorn(ROLL + 0.61, ['7', 'Booting worker with pid: 7']),
  jlog(T, ROLL + 0.62, 'INFO', 'create_app', 'Starting userservice.'),
  jlog(T, ROLL + 0.7, 'INFO', 'readiness', 'Database connection established. Ready.'),
  ...FAILS.flatMap((m, i) => [
    jlog(T, m, 'INFO', 'login', `Getting user data for ${USERS[i]}.`),
    jlog(T, m, 'ERROR', 'log_exception', 'Exception on /login [GET]'),
    ...trace,
  ]),
  jlog(T, -9.1, 'INFO', 'create_user', 'Creating new user.'),
  jlog(T, -9.1, 'INFO', 'create_user', 'Successfully created user.'),
];
const front = [
  jlog(T, -60 * 24 * 6, 'INFO', 'create_app', 'Starting frontend service.'),
  jlog(T, -31, 'INFO', 'home', 'Displaying home.'),
  jlog(T, -30.8, 'INFO', 'payment', 'Payment initiated successfully.'),
  ...FAILS.flatMap((m, i) => [
    jlog(T, m + 0.01, 'ERROR', 'login', `Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=${USERS[i]}&password=bankofanthos`),
  ]),
  jlog(T, -9.1, 'INFO', 'signup', 'Creating new user.'),
  jlog(T, -9.05, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=dan.k&password=bankofanthos'),
  jlog(T, -7.4, 'INFO', 'home', 'Displaying home.'),
  jlog(T, -7.3, 'INFO', 'deposit', 'Deposit submitted successfully.'),
];
const ledgerwriter = [
  jlog(T, -12.4, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
  jlog(T, -7.3, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
];

export const scenarios = [
  withDefaults({
    folder: 's51a-userservice-jwt-key-unparseable',
    incidentTime: '2026-07-08T14:51:00Z',
    description: 'bank app login failing for everyone since about 14:30 - "Login Failed" on the sign in page. people already logged in seem fine',
    expected: { component: 'userservice', cause: 'config-error' },
    difficulty: 'medium',
    traits: ['pods-ready', 'louder-dependents', 'bad-credentials', 'time-expression'],
    grounding: `
      A JWT key rotation: the jwt-key Secret (keys jwtRS256.key and jwtRS256.key.pub, mounted at /tmp/.ssh as privatekey and
      publickey, PRIV_KEY_PATH=/tmp/.ssh/privatekey) was re-synced from a secret store that kept the PEM with literal "\\n"
      escapes, and userservice was restarted (\`kubectl rollout restart\`, the kubectl.kubernetes.io/restartedAt annotation) to
      read it. userservice reads the key file at start without parsing it, and its /ready only checks the database, so the new
      pod is Ready; the first jwt.encode(..., algorithm='RS256') at /login fails in PyJWT's RSAAlgorithm.prepare_key
      (cryptography's "Could not deserialize key data", then PyJWT's "InvalidKeyError: Could not parse the provided public
      key."), Flask logs "Exception on /login [GET]" with the traceback and answers 500. The frontend's _login_helper calls
      raise_for_status, so its log shows "Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url:
      http://userservice:8080/login?..." (requests' HTTPError text with werkzeug's reason phrase) and users see "Login Failed".
      Sessions already issued keep working: the other services still verify tokens with the public key they read at their own
      start. Signup still succeeds (no token involved). Manifest facts (kubernetes-manifests/ at d0af047): userservice 260m/500m
      CPU, readiness /ready on 8080, the jwt-key Secret volume with items privatekey/publickey. The Secret itself is not in the
      snapshot (never is); the rollout restart is the only Kubernetes change.`,
    workloads: {
      userservice: {
        patch: { podAnnotations: { ...ISTIO, 'kubectl.kubernetes.io/restartedAt': T.iso(ROLL) } },
        rollout: { at: ROLL, revision: 6, oldPatch: { podAnnotations: ISTIO } },
      },
      // decoy: transactionhistory restarted once four days ago (liveness /healthy timed out during a ledger-db vacuum), fine since
      transactionhistory: { pods: [{ containers: { transactionhistory: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.2) } }) } }] },
    },
    events: [
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% to 1', first: ROLL },
      { on: 'pod:userservice#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: ROLL + 0.5 },
      { on: 'pod:userservice#0', reason: 'Pulled', fieldPath: 'spec.containers{userservice}', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/userservice:v0.6.10@sha256:d8c4412edc46ab105000f721788b73301651cc43b19cee7e7302739f81882dcc" already present on machine', first: ROLL + 0.52 },
      { on: 'pod:userservice#0', reason: 'Created', fieldPath: 'spec.containers{userservice}', message: 'Created container userservice', first: ROLL + 0.55 },
      { on: 'pod:userservice#0', reason: 'Started', fieldPath: 'spec.containers{userservice}', message: 'Started container userservice', first: ROLL + 0.57 },
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set userservice-%OLD% to 0 from 1', first: ROLL + 0.8 },
    ],
    logs: {
      'userservice#0/userservice': user,
      'frontend#0/front': front,
      'ledgerwriter#0/ledgerwriter': ledgerwriter,
    },
  }),
];
