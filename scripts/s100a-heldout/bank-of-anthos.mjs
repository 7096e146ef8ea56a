// Blind held-out batch s100a: one Bank of Anthos scenario (split: test), as a spec of the scenario kit.
// System from scripts/kit-systems/bank-of-anthos.mjs (upstream kubernetes-manifests/ at d0af047).
import { clock } from '../s2-scenario-kit.mjs';
import { system, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const TIME = '2026-07-15T13:26:00Z';
const T = clock(TIME);
const tb = [
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 1473, in wsgi_app',
  '    response = self.full_dispatch_request()',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 882, in full_dispatch_request',
  '    rv = self.handle_user_exception(e)',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 880, in full_dispatch_request',
  '    rv = self.dispatch_request()',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 865, in dispatch_request',
  '    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]',
  '  File "/app/userservice.py", line 165, in login',
  "    token = jwt.encode(payload, app.config['PRIVATE_KEY'], algorithm='RS256')",
  '  File "/usr/local/lib/python3.12/site-packages/jwt/api_jwt.py", line 78, in encode',
  '    return api_jws.encode(',
  '  File "/usr/local/lib/python3.12/site-packages/jwt/api_jws.py", line 170, in encode',
  '    key = alg_obj.prepare_key(key)',
  '  File "/usr/local/lib/python3.12/site-packages/jwt/algorithms.py", line 352, in prepare_key',
  '    RSAPrivateKey, load_pem_private_key(key_bytes, password=None)',
  'TypeError: Password was not given but private key is encrypted',
];
const login500 = (min) => [plog(T, min, 'ERROR', 'log_exception', 'Exception on /login [GET]'), ...tb];

export const scenarios = [
  withDefaults({
    folder: 's100a-userservice-encrypted-signing-key',
    incidentTime: TIME,
    description: 'nobody can log in to the bank app since lunch (~12:45), people who were already logged in can still see balances and send money',
    expected: { component: 'userservice', cause: 'config-error' },
    alsoAcceptable: [{ component: 'userservice', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'time-expression'],
    grounding: `
      Upstream userservice (kubernetes-manifests/userservice.yaml at d0af047) mounts the jwt-key Secret's jwtRS256.key as
      /tmp/.ssh/privatekey, reads it once at startup and signs login tokens with PyJWT RS256; the README creates the pair with
      openssl genrsa. PyJWT/cryptography refuse a passphrase-protected PEM with "TypeError: Password was not given but private
      key is encrypted" (pyca/cryptography and jpadilla/pyjwt issue threads). Its readiness probe (/ready) does not sign
      anything, so the pod stays Ready. Deviations from upstream: the Secret's private key was re-written as an AES-encrypted PEM
      (same key pair, so the public key the other services hold is unchanged) and userservice was restarted with
      kubectl rollout restart about 40 minutes before the incident; the pod template is otherwise unchanged. Existing sessions
      keep working; frontend logs the failed logins.`,
    workloads: {
      userservice: { rollout: { at: -41 } },
    },
    events: [
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% to 1', first: -41 },
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set userservice-%OLD% to 0 from 1', first: -40.3 },
      { on: 'pod:userservice#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', source: 'default-scheduler', first: -40.9 },
      { on: 'pod:userservice#0', reason: 'Pulled', message: 'Container image "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/userservice:v0.6.10@sha256:d8c4412edc46ab105000f721788b73301651cc43b19cee7e7302739f81882dcc" already present on machine', first: -40.8, fieldPath: 'spec.containers{userservice}' },
      { on: 'pod:userservice#0', reason: 'Created', message: 'Created container userservice', first: -40.8, fieldPath: 'spec.containers{userservice}' },
      { on: 'pod:userservice#0', reason: 'Started', message: 'Started container userservice', first: -40.7, fieldPath: 'spec.containers{userservice}' },
    ],
    logs: {
      'userservice#0/userservice': [
        plog(T, -40.7, 'INFO', 'create_app', 'Starting userservice.'),
        plog(T, -40.6, 'INFO', '<module>', 'Tracing enabled.'),
        '[2026-07-15 12:45:26 +0000] [1] [INFO] Starting gunicorn 22.0.0',
        '[2026-07-15 12:45:26 +0000] [1] [INFO] Listening at: http://0.0.0.0:8080 (1)',
        '[2026-07-15 12:45:26 +0000] [1] [INFO] Using worker: gthread',
        '[2026-07-15 12:45:26 +0000] [7] [INFO] Booting worker with pid: 7',
        ...login500(-31.2),
        ...login500(-18.5),
        ...login500(-9.1),
        ...login500(-2.4),
      ],
      'frontend#0/front': [
        plog(T, -31.2, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=alice&password=***'),
        plog(T, -20.3, 'INFO', 'home', 'Displaying home.'),
        plog(T, -18.5, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=***'),
        plog(T, -12.0, 'INFO', 'payment', 'Payment initiated successfully.'),
        plog(T, -9.1, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=bob&password=***'),
        plog(T, -2.4, 'ERROR', 'login', 'Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=testuser&password=***'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        plog(T, -12.0, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      ],
    },
  }),
];
