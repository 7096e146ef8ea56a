// Batch s51b blind dev scenario for Bank of Anthos (kit system scripts/kit-systems/bank-of-anthos.mjs, manifests at d0af047):
// a frontend release whose home template reads a field transactionhistory does not return; pods Ready, /home 500s.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, image, plog, jlog } from '../kit-systems/bank-of-anthos.mjs';
export { system };

const T = clock('2026-11-21T10:05:00Z');
const front = system.workloads.find((w) => w.name === 'frontend').containers[0];
const NEW_IMAGE = image('frontend').replace(':v0.6.10@sha256:076294ce717309f711743fa3b72a9809c7f156edf1c4fa58505fd9f436d65345', ':v0.6.11@sha256:5e2b8a04c1f97d36e8b1a0c4d27f95e3b6a81c0d4f2e97b35c6d1a08e4f7b92c');
const PY = '/usr/local/lib/python3.12/site-packages';
const homeFail = (min) => [
  plog(T, min, 'ERROR', 'log_exception', 'Exception on /home [GET]'),
  'Traceback (most recent call last):',
  `  File "${PY}/flask/app.py", line 1473, in wsgi_app`,
  '    response = self.full_dispatch_request()',
  '               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  `  File "${PY}/flask/app.py", line 882, in full_dispatch_request`,
  '    rv = self.handle_user_exception(e)',
  '         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  `  File "${PY}/flask/app.py", line 880, in full_dispatch_request`,
  '    rv = self.dispatch_request()',
  '         ^^^^^^^^^^^^^^^^^^^^^^^',
  `  File "${PY}/flask/app.py", line 865, in dispatch_request`,
  '    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]',
  '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/app/frontend.py", line 214, in home',
  "    return render_template('index.html',",
  "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
  `  File "${PY}/flask/templating.py", line 150, in render_template`,
  '    return _render(app, template, context)',
  '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  `  File "${PY}/flask/templating.py", line 131, in _render`,
  '    rv = template.render(context)',
  '         ^^^^^^^^^^^^^^^^^^^^^^^^',
  `  File "${PY}/jinja2/environment.py", line 1304, in render`,
  '    self.environment.handle_exception()',
  `  File "${PY}/jinja2/environment.py", line 939, in handle_exception`,
  '    raise rewrite_traceback_stack(source=source)',
  '  File "/app/templates/index.html", line 187, in top-level template code',
  "    <td class=\"transaction-label\">{{ t.label.strip() }}</td>",
  `  File "${PY}/jinja2/utils.py", line 92, in from_obj`,
  "    if hasattr(obj, \"jinja_pass_arg\"):",
  "jinja2.exceptions.UndefinedError: 'dict object' has no attribute 'label'",
];

export const scenarios = [
  withDefaults({
    folder: 's51b-frontend-release-template-500',
    description: 'bank site: users get an error page right after login since about 9:45, login itself works',
    incidentTime: '2026-11-21T10:05:00Z',
    expected: { component: 'frontend', cause: 'bad-deploy-rollout' },
    difficulty: 'medium',
    traits: ['rollout-regression', 'pods-ready', 'time-expression', 'decoy'],
    grounding: `
      Bank of Anthos kubernetes-manifests: frontend is one replica (Flask under gunicorn, readiness and liveness on /ready,
      which only returns "ok" and touches no backend), JSON log lines from its logging.conf ("%(funcName)s | %(message)s").
      /home fetches the balance from balancereader, the history from transactionhistory and contacts, then renders
      templates/index.html.
      Fault: at 09:44 the frontend was rolled out from v0.6.10 to v0.6.11 (new image digest), a release whose index.html shows a
      transaction label ({{ t.label.strip() }}) that only a not-yet-deployed transactionhistory returns. Jinja2's default
      Undefined raises on the method call, so every /home after login fails: Flask logs "Exception on /home [GET]" with the
      traceback ending in jinja2.exceptions.UndefinedError: 'dict object' has no attribute 'label' and answers 500. /login and
      /ready still answer, the new pod is Ready, the Deployment completed its rollout and the backends are healthy and quiet.
      Decoy: balancereader was restarted by its liveness probe two days ago (exit 143) and has been fine since.
      Expected: frontend, bad-deploy-rollout (roll back to v0.6.10).
    `,
    workloads: {
      frontend: {
        rollout: { at: -21, revision: 5, oldContainers: { front: { image: front.image } } },
        containers: { front: { image: NEW_IMAGE, env: front.env.map((e) => (e.name === 'VERSION' ? { ...e, value: 'v0.6.11' } : e)) } },
      },
      balancereader: {
        pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2 + 0.2), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -21 },
      { on: 'pod:frontend#0', reason: 'Pulling', message: `Pulling image "${NEW_IMAGE}"`, first: -20.9 },
      { on: 'pod:frontend#0', reason: 'Pulled', message: `Successfully pulled image "${NEW_IMAGE}" in 6.412s (6.412s including waiting). Image size: 61834211 bytes.`, first: -20.8 },
      { on: 'pod:frontend#0', reason: 'Created', message: 'Created container front', first: -20.8 },
      { on: 'pod:frontend#0', reason: 'Started', message: 'Started container front', first: -20.8 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -20.4 },
    ],
    logs: {
      'frontend#0/front': [
        plog(T, -20.8, 'INFO', 'info', 'Starting gunicorn 22.0.0'),
        plog(T, -20.8, 'INFO', 'info', 'Listening at: http://0.0.0.0:8080 (1)'),
        plog(T, -20.8, 'INFO', 'info', 'Using worker: gthread'),
        plog(T, -20.8, 'INFO', 'info', 'Booting worker with pid: 7'),
        plog(T, -20.7, 'INFO', 'create_app', 'Starting frontend service.'),
        plog(T, -19.3, 'INFO', 'login', 'Successfully logged in.'),
        ...homeFail(-19.3),
        plog(T, -15.8, 'INFO', 'login', 'Successfully logged in.'),
        ...homeFail(-15.8),
        ...homeFail(-12.1),
        plog(T, -8.9, 'INFO', 'login', 'Successfully logged in.'),
        ...homeFail(-8.9),
        ...homeFail(-4.4),
        plog(T, -1.7, 'INFO', 'login', 'Successfully logged in.'),
        ...homeFail(-1.7),
      ],
      'transactionhistory#0/transactionhistory': [
        jlog(T, -60 * 24 * 9 + 1.2, 'INFO', 'pollTransactions', 'Started polling for new transactions.'),
        jlog(T, -15.8, 'INFO', 'getTransactions', 'Retrieved 18 transactions for account 1011226111 (cache hit).'),
        jlog(T, -8.9, 'INFO', 'getTransactions', 'Retrieved 18 transactions for account 1011226111 (cache hit).'),
      ],
      'balancereader#0/balancereader': [
        jlog(T, -60 * 24 * 2 + 1.5, 'INFO', 'initializeCache', 'Initialized cache with 7261 accounts.'),
        jlog(T, -12.1, 'INFO', 'getBalance', 'Balance for account 1011226111 served from cache.'),
      ],
    },
  }),
];
