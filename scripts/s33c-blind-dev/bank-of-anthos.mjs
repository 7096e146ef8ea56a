// Batch s33c blind dev scenario for Bank of Anthos (system: scripts/kit-systems/bank-of-anthos.mjs): the jwt-key Secret is
// rotated with an OpenSSH-format private key; userservice, restarted to pick it up, fails every login with InvalidKeyError.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, withDefaults, jlog, plog } from '../kit-systems/bank-of-anthos.mjs';

export const system = base;

const INC = '2026-04-14T14:37:00Z';
const T = clock(INC);
const ISTIO = base.workloads.find((w) => w.name === 'userservice').podAnnotations;

const gunicorn = (min, pid) => {
  const ts = `[${T.java(min).slice(0, 19)} +0000]`;
  return [
    `${ts} [1] [INFO] Starting gunicorn 22.0.0`,
    `${ts} [1] [INFO] Listening at: http://0.0.0.0:8080 (1)`,
    `${ts} [1] [INFO] Using worker: gthread`,
    `${ts} [${pid}] [INFO] Booting worker with pid: ${pid}`,
  ];
};
const loginFail = (min) => [
  plog(T, min, 'ERROR', 'log_exception', 'Exception on /login [GET]'),
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.12/site-packages/jwt/algorithms.py", line 338, in prepare_key',
  '    return cast(RSAPrivateKey, load_pem_private_key(key_bytes, password=None))',
  '  File "/usr/local/lib/python3.12/site-packages/cryptography/hazmat/primitives/serialization/base.py", line 25, in load_pem_private_key',
  '    return rust_openssl.keys.load_pem_private_key(',
  "ValueError: ('Could not deserialize key data. The data may be in an incorrect format, the provided password may be incorrect, it may be encrypted with an unsupported algorithm, or it may be an unsupported key type (e.g. EC curves with explicit parameters).', [<OpenSSLError(code=503841036, lib=60, reason=524556, reason_text=unsupported)>])",
  '',
  'During handling of the above exception, another exception occurred:',
  '',
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 880, in full_dispatch_request',
  '    rv = self.dispatch_request()',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 865, in dispatch_request',
  '    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]',
  '  File "/userservice.py", line 168, in login',
  "    token = jwt.encode(payload, app.config['PRIVATE_KEY'], algorithm='RS256')",
  '  File "/usr/local/lib/python3.12/site-packages/jwt/api_jwt.py", line 78, in encode',
  '    return api_jws.encode(',
  '  File "/usr/local/lib/python3.12/site-packages/jwt/api_jws.py", line 170, in encode',
  '    key = alg_obj.prepare_key(key)',
  '  File "/usr/local/lib/python3.12/site-packages/jwt/algorithms.py", line 343, in prepare_key',
  '    raise InvalidKeyError("Could not parse the provided public key.") from None',
  'jwt.exceptions.InvalidKeyError: Could not parse the provided public key.',
];
const frontFail = (min, user) =>
  plog(T, min, 'ERROR', 'login', `Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=${user}&password=%2A%2A%2A%2A`);

export const scenarios = [
  withDefaults({
    folder: 's33c-userservice-jwt-key-format',
    incidentTime: INC,
    description: "bank app: nobody can log in, every login goes back to the login page with 'Login Failed'. people already logged in seem fine",
    expected: { component: 'userservice', cause: 'config-error' },
    difficulty: 'hard',
    traits: ['pods-ready', 'bad-credentials', 'decoy'],
    grounding: `
      Manifest facts (GoogleCloudPlatform/bank-of-anthos kubernetes-manifests at d0af047, v0.6.10): userservice (Python, Flask under
      gunicorn) mounts the Secret jwt-key (jwtRS256.key as /tmp/.ssh/privatekey, PRIV_KEY_PATH) and reads the private key into
      app.config at start; /login signs the session token with jwt.encode(..., algorithm='RS256') and catches only LookupError,
      PermissionError and SQLAlchemyError, so any other exception is a Flask 500 ("Exception on /login [GET]"). The frontend's login
      handler logs "Error logging in: <requests HTTPError>" and redirects with msg 'Login Failed'. The other services only read the
      public key, at start. The README's key generation is openssl genrsa (PKCS#1 PEM).
      Fault: the quarterly key rotation was done with ssh-keygen -t rsa -b 4096, whose default output since OpenSSH 7.8 is the
      "-----BEGIN OPENSSH PRIVATE KEY-----" format, and the jwt-key Secret was replaced at 14:14; userservice alone was then restarted
      (kubectl rollout restart, 14:17) to pick the new key up. It starts cleanly and stays Ready (/ready does not touch the key), but
      PyJWT's RSAAlgorithm.prepare_key cannot load an OpenSSH private key (cryptography's load_pem_private_key raises ValueError, and
      PyJWT re-raises it as the misleading InvalidKeyError "Could not parse the provided public key."), so every login and every
      signup's automatic login is a 500. Sessions issued before 14:17 carry tokens signed with the old key, which balancereader,
      transactionhistory, ledgerwriter and contacts still hold in memory, so logged-in users keep working. Secrets are not in the
      snapshot; the evidence is userservice's traceback, the restart minutes before the first failure, and the frontend's errors.
      A careful engineer concludes userservice is running with a signing key it cannot use (config-error). Decoys: a loadgenerator
      restart two days ago (OOMKilled) and a single balancereader readiness-probe timeout three hours ago.`,
    workloads: {
      userservice: {
        patch: { podAnnotations: { ...ISTIO, 'kubectl.kubernetes.io/restartedAt': T.iso(-20) } },
        rollout: { at: -20, revision: 4, oldPatch: { podAnnotations: ISTIO } },
      },
      loadgenerator: {
        pods: [
          {
            containers: {
              loadgenerator: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-2900),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-12000), finishedAt: T.iso(-2900.1) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% to 1', first: -20 },
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set userservice-%OLD% to 0 from 1', first: -19.2 },
      { on: 'pod:userservice#0', reason: 'Pulled', message: `Container image "${base.workloads.find((w) => w.name === 'userservice').containers[0].image}" already present on machine`, first: -19.9 },
      { on: 'pod:userservice#0', reason: 'Created', message: 'Created container: userservice', first: -19.9 },
      { on: 'pod:userservice#0', reason: 'Started', message: 'Started container userservice', first: -19.9 },
      { on: 'pod:balancereader#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{balancereader}', message: 'Readiness probe failed: Get "http://%PODIP%:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', first: -184 },
    ],
    logs: {
      'userservice#0/userservice': [
        ...gunicorn(-19.8, 7),
        plog(T, -19.7, 'INFO', 'create_app', 'Starting userservice.'),
        ...loginFail(-18.4),
        ...loginFail(-16.9),
        ...loginFail(-13.2),
        ...loginFail(-9.7),
        ...loginFail(-6.1),
        ...loginFail(-2.4),
        ...loginFail(-0.6),
      ],
      'frontend#0/front': [
        plog(T, -25.3, 'INFO', 'home', 'Displaying home.'),
        plog(T, -24.0, 'INFO', 'login', 'Login successful.'),
        frontFail(-18.4, 'testuser'),
        frontFail(-16.9, 'alice_w'),
        plog(T, -15.0, 'INFO', 'home', 'Displaying home.'),
        frontFail(-13.2, 'testuser'),
        frontFail(-9.7, 'dkowalski'),
        plog(T, -8.0, 'INFO', 'payment', 'Submitting payment.'),
        plog(T, -8.0, 'INFO', 'payment', 'Payment initiated successfully.'),
        frontFail(-6.1, 'testuser'),
        frontFail(-2.4, 'mreyes'),
        frontFail(-0.6, 'testuser'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -8.0, 'INFO', 'addTransaction', 'Received transaction from 1011226111 to 1033623433 for 2500 cents.'),
        jlog(T, -8.0, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -60 * 24 * 3, 'INFO', 'logStarted', 'Started BalanceReaderApplication in 41.32 seconds (process running for 44.107)'),
        jlog(T, -8.0, 'INFO', 'processTransaction', 'Processed transaction 8842 from 1011226111 to 1033623433 for 2500 cents.'),
      ],
    },
  }),
];
