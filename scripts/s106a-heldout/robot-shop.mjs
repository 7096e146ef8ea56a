// Blind held-out batch s106a: one Stan's Robot Shop scenario for the scenario kit (scripts/s2-scenario-kit.mjs).
// System as scripts/kit-systems/robot-shop.mjs (withDefaults, pino, defaultPvcs used as meant); grounding in the scenario.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs, withDefaults, pino } from '../kit-systems/robot-shop.mjs';
export { system, defaultPvcs };

const INC = '2026-05-21T09:27:00Z';
const T = clock(INC);
const agentEnv = [{ name: 'INSTANA_AGENT_HOST', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } }];
const payEnv = [
  ...agentEnv,
  { name: 'PAYMENT_GATEWAY', value: 'https://www.paypal.com/' },
  { name: 'REQUESTS_CA_BUNDLE', value: '/etc/ssl/certs/ca-certificates.crt' },
];
const NEW = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/rs-payment:2.1.0-slim';
const OLD = 'robotshop/rs-payment:2.1.0';
const flaskTs = (min) => T.java(min).replace('.', ',');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const ngx = (min) => { const d = new Date(T.isoMs(min)); const [, , , hms] = T.java(min).match(/^(\d+)-(\d+)-(\d+) (\d+:\d+:\d+)/); return `${String(d.getUTCDate()).padStart(2, '0')}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${hms} +0000`; };
const uw = (min) => { const d = new Date(T.isoMs(min)); return `${DAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${T.java(min).slice(11, 19)} ${d.getUTCFullYear()}`; };

const traceback = (min, id) => [
  `[${flaskTs(min)}] ERROR in app: Exception on /pay/${id} [POST]`,
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 1473, in wsgi_app',
  '    response = self.full_dispatch_request()',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 882, in full_dispatch_request',
  '    rv = self.handle_user_exception(e)',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 880, in full_dispatch_request',
  '    rv = self.dispatch_request()',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 865, in dispatch_request',
  '    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]',
  '  File "/app/payment.py", line 78, in pay',
  '    req = requests.get(PAYMENT_GATEWAY)',
  '  File "/usr/local/lib/python3.12/site-packages/requests/api.py", line 73, in get',
  '    return request("get", url, params=params, **kwargs)',
  '  File "/usr/local/lib/python3.12/site-packages/requests/sessions.py", line 589, in request',
  '    resp = self.send(prep, **send_kwargs)',
  '  File "/usr/local/lib/python3.12/site-packages/requests/adapters.py", line 667, in send',
  '    resp = conn.urlopen(',
  '  File "/usr/local/lib/python3.12/site-packages/requests/adapters.py", line 320, in cert_verify',
  '    raise OSError(',
  'OSError: Could not find a suitable TLS CA certificate bundle, invalid path: /etc/ssl/certs/ca-certificates.crt',
  `[pid: 7|app: 0|req: ${Math.round(60 + min * -3)}/${Math.round(120 + min * -6)}] %IPOF:web#0% () {34 vars in 512 bytes} [${uw(min)}] POST /pay/${id} => generated 265 bytes in 14 msecs (HTTP/1.1 500) 2 headers in 87 bytes (1 switches on core 0)`,
];

export const scenarios = [
  withDefaults({
    folder: 's106a-payment-release-ca-bundle-path',
    incidentTime: INC,
    description: 'checkout broken on robot shop since the 9am deploy train? ppl get "payment failed" — cart and browse fine',
    expected: { component: 'payment', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [
      { component: 'payment', cause: 'config-error' },
      { component: 'payment', cause: 'network-fault' },
    ],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'tls-misconfig', 'time-expression', 'decoy'],
    grounding: `
      Manifests: instana/robot-shop K8s/helm payment-deployment.yaml (PAYMENT_GATEWAY from values payment.gateway) and payment/payment.py, which calls requests.get(PAYMENT_GATEWAY) for every /pay and only catches requests.exceptions.RequestException.
      Fault: the payment image was rebuilt by the team on a slim base without the ca-certificates package while the Deployment keeps REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt (a common corporate-proxy setting); requests raises "OSError: Could not find a suitable TLS CA certificate bundle, invalid path: ..." (psf/requests adapters.cert_verify) on every verified HTTPS call, which payment.py does not catch: Flask logs the traceback and answers 500. Pods stay Ready (no probe), cart/catalogue/user are healthy.
      The old and new ReplicaSet templates differ only in the payment image (robotshop/rs-payment:2.1.0 -> the team ECR rs-payment:2.1.0-slim); the env is the same in both.
      Decoy: rabbitmq restarted once four days ago (OOMKilled during a load test), long healed; a healthy ratings restart is not present.
      Deviations from upstream: REQUESTS_CA_BUNDLE and the ECR image are the team's; the upstream image does not set them.
    `,
    workloads: {
      payment: {
        containers: { payment: { image: NEW, env: payEnv } },
        rollout: { at: -29, revision: 6, oldReplicas: 0, oldContainers: { payment: { image: OLD } } },
      },
      rabbitmq: {
        pods: [
          {
            containers: {
              rabbitmq: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.2) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled up replica set payment-%NEW% to 1', first: -29 },
      { on: 'deploy:payment', reason: 'ScalingReplicaSet', message: 'Scaled down replica set payment-%OLD% to 0 from 1', first: -28.3 },
      { on: 'pod:payment#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned robot-shop/%POD% to %NODE%', first: -29 },
      { on: 'pod:payment#0', reason: 'Pulling', fieldPath: 'spec.containers{payment}', message: `Pulling image "${NEW}"`, first: -28.9 },
      { on: 'pod:payment#0', reason: 'Pulled', fieldPath: 'spec.containers{payment}', message: `Successfully pulled image "${NEW}" in 3.412s (3.412s including waiting). Image size: 51230417 bytes.`, first: -28.85 },
      { on: 'pod:payment#0', reason: 'Created', fieldPath: 'spec.containers{payment}', message: 'Created container payment', first: -28.8 },
      { on: 'pod:payment#0', reason: 'Started', fieldPath: 'spec.containers{payment}', message: 'Started container payment', first: -28.8 },
    ],
    logs: {
      'payment#0/payment': [
        `[uWSGI] getting INI configuration from payment.ini`,
        `*** Starting uWSGI 2.0.26 (64bit) on [${uw(-28.7)}] ***`,
        `spawned uWSGI master process (pid: 1)`,
        `spawned uWSGI worker 1 (pid: 7, cores: 1)`,
        `spawned uWSGI worker 2 (pid: 8, cores: 1)`,
        `[${flaskTs(-28.6)}] INFO in payment: Payment gateway https://www.paypal.com/`,
        ...traceback(-21.4, 'a1f3c29b'),
        ...traceback(-12.2, 'c07d4e51'),
        ...traceback(-3.1, '5e9b2f7a'),
      ],
      'cart#0/cart': [
        pino(T, -20, 'info', '%POD%', 'request completed', '"req":{"id":812,"method":"GET","url":"/cart/a1f3c29b"},"res":{"statusCode":200},"responseTime":4,'),
        pino(T, -3, 'info', '%POD%', 'request completed', '"req":{"id":977,"method":"GET","url":"/cart/5e9b2f7a"},"res":{"statusCode":200},"responseTime":3,'),
      ],
      'web#0/web': [
        `10.1.1.12 - - [${ngx(-21.4)}] "POST /api/payment/pay/a1f3c29b HTTP/1.1" 500 265 "http://robotshop.example.com/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`,
        `10.1.1.12 - - [${ngx(-3.1)}] "POST /api/payment/pay/5e9b2f7a HTTP/1.1" 500 265 "http://robotshop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"`,
      ],
    },
  }),
];
