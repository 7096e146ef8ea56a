// Blind dev scenario s23b for Bank of Anthos (kit system scripts/kit-systems/bank-of-anthos.mjs): a jwt-key rotation whose new
// private key is in OpenSSH format, read by userservice after a manual rollout restart, so every new login fails.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as boa, withDefaults, plog } from '../kit-systems/bank-of-anthos.mjs';

export const system = boa;

const IT = '2026-04-14T10:58:00Z';
const T = clock(IT);
const ISTIO = { 'proxy.istio.io/config': '{ "holdApplicationUntilProxyStarts": true }' };
const RESTART = { ...ISTIO, 'kubectl.kubernetes.io/restartedAt': '2026-04-14T10:36:41Z' };
const gun = (min, pid, lvl, msg) => {
  const p = T.java(min);
  return `[${p.slice(0, 19)} +0000] [${pid}] [${lvl}] ${msg}`;
};

const traceback = [
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.12/site-packages/jwt/algorithms.py", line 346, in prepare_key',
  '    return cast(RSAPrivateKey, load_pem_private_key(key_bytes, password=None))',
  '                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  "ValueError: ('Could not deserialize key data. The data may be in an incorrect format, the provided password may be incorrect, it may be encrypted with an unsupported algorithm, or it may be an unsupported key type (e.g. EC curves with explicit parameters).', [<OpenSSLError(code=503841036, lib=60, reason=524556, reason_text=unsupported)>])",
  '',
  'During handling of the above exception, another exception occurred:',
  '',
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 1473, in wsgi_app',
  '    response = self.full_dispatch_request()',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 882, in full_dispatch_request',
  '    rv = self.handle_user_exception(e)',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 880, in full_dispatch_request',
  '    rv = self.dispatch_request()',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 865, in dispatch_request',
  '    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]',
  '  File "/app/userservice.py", line 171, in login',
  "    token = jwt.encode(payload, app.config['PRIVATE_KEY'], algorithm='RS256')",
  '  File "/usr/local/lib/python3.12/site-packages/jwt/api_jwt.py", line 73, in encode',
  '    return api_jws.encode(',
  '  File "/usr/local/lib/python3.12/site-packages/jwt/api_jws.py", line 160, in encode',
  '    key = alg_obj.prepare_key(key)',
  '  File "/usr/local/lib/python3.12/site-packages/jwt/algorithms.py", line 351, in prepare_key',
  '    raise InvalidKeyError("Could not parse the provided public key.")',
  'jwt.exceptions.InvalidKeyError: Could not parse the provided public key.',
];
const USERS = ['testuser', 'alice', 'bob', 'eve', 'testuser', 'alice', 'mkowalski', 'testuser'];

const userLog = [
  gun(-21.3, 1, 'INFO', 'Starting gunicorn 22.0.0'),
  gun(-21.3, 1, 'INFO', 'Listening at: http://0.0.0.0:8080 (1)'),
  gun(-21.3, 1, 'INFO', 'Using worker: gthread'),
  gun(-21.2, 7, 'INFO', 'Booting worker with pid: 7'),
  gun(-21.2, 8, 'INFO', 'Booting worker with pid: 8'),
  plog(T, -21.1, 'INFO', 'create_app', 'Starting userservice.'),
  plog(T, -21.1, 'INFO', 'db', 'Attempting to connect to accounts-db'),
];
const frontLog = [
  plog(T, -30.4, 'INFO', 'payment', 'Payment initiated successfully.'),
  plog(T, -26.8, 'INFO', '_login_helper', 'Login successful.'),
  plog(T, -24.1, 'INFO', 'deposit', 'Deposit submitted successfully.'),
];
let m = -20.4;
for (let i = 0; i < 16; i++) {
  const u = USERS[i % USERS.length];
  userLog.push(plog(T, m, 'ERROR', 'log_exception', 'Exception on /login [GET]'), ...traceback);
  frontLog.push(
    plog(T, m + 0.01, 'ERROR', '_login_helper', `Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: http://userservice:8080/login?username=${u}&password=bankofanthos`),
  );
  if (i % 3 === 1) frontLog.push(plog(T, m + 0.4, 'INFO', 'payment', 'Payment initiated successfully.'));
  if (i % 5 === 2) userLog.push(plog(T, m + 0.6, 'ERROR', 'login', 'Error logging in: invalid login'));
  m += 1.2;
}
frontLog.sort();

export const scenarios = [
  withDefaults({
    folder: 's23b-userservice-jwt-key-openssh-format',
    split: 'dev',
    description: 'nobody can log in to the bank since ~10:37, "Login Failed" page. people already logged in seem ok',
    incidentTime: IT,
    expected: { component: 'userservice', cause: 'config-error' },
    difficulty: 'medium',
    traits: ['pods-ready', 'time-expression', 'decoy'],
    grounding: `
      Bank of Anthos kubernetes-manifests at d0af047: userservice mounts the jwt-key Secret (jwtRS256.key as privatekey) at
      /tmp/.ssh and, like every other service, reads the key file once at start-up (app.config['PRIVATE_KEY'] = open(...).read());
      it is only parsed when jwt.encode(..., algorithm='RS256') signs a token in /login. The upstream README creates the key with
      'ssh-keygen -t rsa -b 4096 -m PEM'; a quarterly key rotation regenerated it without '-m PEM', so the new private key is in
      OpenSSH format ('BEGIN OPENSSH PRIVATE KEY'), which cryptography's load_pem_private_key cannot read, and PyJWT 2 re-raises it as
      its confusing InvalidKeyError "Could not parse the provided public key." The rotator ran 'kubectl rollout restart
      deployment/userservice' at 10:36 (restartedAt annotation, new ReplicaSet, same image): from then every login is a Flask 500
      ("Exception on /login [GET]" with the traceback, gunicorn JSON log shape of logging.conf) and the frontend's _login_helper logs
      "Error logging in: 500 Server Error: INTERNAL SERVER ERROR for url: ..." and redirects to "Login Failed". Users holding a token
      signed by the old key keep working (frontend and ledger services still hold the old public key in memory), so payments and
      deposits continue. The pod stays Running and Ready (/ready does not touch the key). Rolling back the Deployment would not help:
      the bad value is in the Secret, so the cause is config-error on userservice, not the rollout. Decoy: balancereader's OOM kill
      three days earlier (JVM at its 512Mi limit during month-end) that has not recurred.`,
    workloads: {
      userservice: {
        patch: { podAnnotations: RESTART },
        rollout: { at: -21.6, revision: 5, oldPatch: { podAnnotations: ISTIO } },
      },
      balancereader: {
        pods: [
          {
            containers: {
              balancereader: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 3 + 1.5),
                last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 3 + 1.2) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled up replica set userservice-%NEW% to 1', first: -21.6 },
      { on: 'deploy:userservice', reason: 'ScalingReplicaSet', message: 'Scaled down replica set userservice-%OLD% to 0 from 1', first: -20.9 },
      { on: 'pod:userservice#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -21.6, source: 'default-scheduler' },
      { on: 'pod:userservice#0', reason: 'Pulled', message: `Container image "${boa.workloads.find((w) => w.name === 'userservice').containers[0].image}" already present on machine`, first: -21.5, fieldPath: 'spec.containers{userservice}' },
      { on: 'pod:userservice#0', reason: 'Created', message: 'Created container userservice', first: -21.5, fieldPath: 'spec.containers{userservice}' },
      { on: 'pod:userservice#0', reason: 'Started', message: 'Started container userservice', first: -21.4, fieldPath: 'spec.containers{userservice}' },
    ],
    logs: {
      'userservice#0/userservice': userLog,
      'frontend#0/front': frontLog,
      'balancereader#0/balancereader': [
        `{"timestamp": "${T.java(-40).slice(0, 19)}", "message": "pollTransactions | Polling for new transactions", "severity": "INFO"}`,
        `{"timestamp": "${T.java(-12).slice(0, 19)}", "message": "getBalance | Balance cache hit", "severity": "INFO"}`,
      ],
    },
  }),
];

/** Pod-template annotations of each ReplicaSet revision (the kit writes them only on the Deployment's template). */
export const rsTemplateAnnotations = { 's23b-userservice-jwt-key-openssh-format': { userservice: { 5: RESTART, 4: ISTIO } } };
