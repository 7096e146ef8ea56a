// Blind held-out batch s84a: one Bank of Anthos scenario (split test), on the kit system definition
// scripts/kit-systems/bank-of-anthos.mjs (withDefaults, image, plog); built by scripts/s84a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, image, plog, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2025-08-21T10:58:00Z';
const T = clock(INC);
const OLD = image('contacts');
const NEW = OLD.replace(/:v0\.6\.10@sha256:[0-9a-f]+$/, ':v0.6.11@sha256:4be07c1d92a6e3f58b0d7a14c9e62f3d5a8b1c07e4f96d2a3b5c8e1f07d4a962');
const base = system.workloads.find((w) => w.name === 'contacts').containers[0];
const newEnv = base.env.map((e) => (e.name === 'VERSION' ? { name: 'VERSION', value: 'v0.6.11' } : e));
const SP = '/usr/local/lib/python3.12/site-packages';
const boot = (m) => [
  plog(T, m, 'INFO', 'run', 'Starting gunicorn 21.2.0'),
  plog(T, m, 'INFO', 'start', 'Listening at: http://0.0.0.0:8080 (1)'),
  plog(T, m, 'INFO', 'start', 'Using worker: gthread'),
  plog(T, m, 'INFO', 'spawn_worker', 'Booting worker with pid: 7'),
  plog(T, m + 0.02, 'ERROR', 'spawn_worker', 'Exception in worker process'),
  'Traceback (most recent call last):',
  `  File "${SP}/gunicorn/arbiter.py", line 609, in spawn_worker`,
  '    worker.init_process()',
  `  File "${SP}/gunicorn/workers/gthread.py", line 95, in init_process`,
  '    super().init_process()',
  `  File "${SP}/gunicorn/workers/base.py", line 134, in init_process`,
  '    self.load_wsgi()',
  `  File "${SP}/gunicorn/workers/base.py", line 146, in load_wsgi`,
  '    self.wsgi = self.app.wsgi()',
  `  File "${SP}/gunicorn/app/base.py", line 67, in wsgi`,
  '    self.callable = self.load()',
  `  File "${SP}/gunicorn/app/wsgiapp.py", line 58, in load`,
  '    return self.load_wsgiapp()',
  `  File "${SP}/gunicorn/app/wsgiapp.py", line 48, in load_wsgiapp`,
  '    return util.import_app(self.app_uri)',
  `  File "${SP}/gunicorn/util.py", line 371, in import_app`,
  '    mod = importlib.import_module(module)',
  '  File "/usr/local/lib/python3.12/importlib/__init__.py", line 90, in import_module',
  '    return _bootstrap._gcd_import(name[level:], package, level)',
  '  File "<frozen importlib._bootstrap>", line 1387, in _gcd_import',
  '  File "<frozen importlib._bootstrap>", line 1360, in _find_and_load',
  '  File "<frozen importlib._bootstrap>", line 1331, in _find_and_load_unlocked',
  '  File "<frozen importlib._bootstrap>", line 935, in _load_unlocked',
  '  File "<frozen importlib._bootstrap_external>", line 995, in exec_module',
  '  File "<frozen importlib._bootstrap>", line 488, in _call_with_frames_removed',
  '  File "/app/contacts.py", line 26, in <module>',
  '    from flask import Flask, jsonify, request',
  `  File "${SP}/flask/__init__.py", line 5, in <module>`,
  '    from .app import Flask as Flask',
  `  File "${SP}/flask/app.py", line 28, in <module>`,
  '    from werkzeug.urls import url_quote',
  `ImportError: cannot import name 'url_quote' from 'werkzeug.urls' (${SP}/werkzeug/urls.py)`,
  plog(T, m + 0.03, 'INFO', 'handle_exit', 'Worker exiting (pid: 7)'),
  plog(T, m + 0.05, 'ERROR', 'reap_workers', 'Worker (pid:7) exited with code 3'),
  plog(T, m + 0.05, 'ERROR', 'reap_workers', 'Worker (pid:7) was sent SIGTERM!'),
  plog(T, m + 0.06, 'INFO', 'halt', 'Shutting down: Master'),
  plog(T, m + 0.06, 'INFO', 'halt', 'Reason: Worker failed to boot.'),
];

export const scenarios = [
  withDefaults({
    folder: 's84a-contacts-release-crash',
    incidentTime: INC,
    description: 'accounts team: contacts 0.6.11 rollout has been hanging since ~10:15, argo says progressing forever. address book in the app still loads',
    expected: { component: 'contacts', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'contacts', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'pods-ready', 'team-name', 'time-expression'],
    grounding: `
      Bank of Anthos kubernetes-manifests/contacts.yaml (d0af047): one replica, gunicorn with --log-config logging.conf (JSON
      "funcName | message" lines), RollingUpdate 25%/25% so the old pod stays Ready. Fault follows the Flask/Werkzeug break
      of 30 Sep 2023 (pallets/werkzeug 3.0.0 removed werkzeug.urls.url_quote; Flask < 2.3 imports it, reported in
      pallets/flask issues as "ImportError: cannot import name 'url_quote' from 'werkzeug.urls'"): the v0.6.11 image was
      rebuilt from a requirements file that pins Flask but not Werkzeug, so the gunicorn worker fails to import the app,
      gunicorn exits with "Reason: Worker failed to boot." (exit 3) and the new pod crash-loops. The old and new
      ReplicaSet templates differ in the image and the VERSION env only. Deviation from upstream: the v0.6.11 tag and
      its digest are invented.
    `,
    workloads: {
      contacts: {
        containers: { contacts: { image: NEW, env: newEnv } },
        rollout: { at: -43, oldReplicas: 1, oldContainers: { contacts: { image: OLD, env: base.env } } },
        pods: [{ containers: { contacts: cs.crashLoop({ restarts: 11, exitCode: 3, startedAt: T.iso(-3.9), finishedAt: T.iso(-3.8), container: 'contacts' }) } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-33), lastTransitionTime: T.iso(-33), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: -43, source: 'deployment-controller' },
      { on: 'pod:contacts#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: -42.9, source: 'default-scheduler' },
      { on: 'pod:contacts#0', reason: 'Pulled', message: `Container image "${NEW}" already present on machine`, first: -42.5, last: -3.9, count: 12, fieldPath: 'spec.containers{contacts}' },
      { on: 'pod:contacts#0', reason: 'Created', message: 'Created container contacts', first: -42.5, last: -3.9, count: 12, fieldPath: 'spec.containers{contacts}' },
      { on: 'pod:contacts#0', reason: 'Started', message: 'Started container contacts', first: -42.5, last: -3.9, count: 12, fieldPath: 'spec.containers{contacts}' },
      { on: 'pod:contacts#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container contacts in pod %POD%_bank-of-anthos(%PODUID%)', first: -42.2, last: -0.3, count: 187, fieldPath: 'spec.containers{contacts}' },
    ],
    logs: {
      'contacts#0/contacts': boot(-3.9),
      'contacts#0/contacts/previous': boot(-9.1),
      'contacts#old0/contacts': [
        plog(T, -17.4, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        plog(T, -6.2, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
      ],
      'frontend#0/front': [
        plog(T, -17.4, 'INFO', 'home', 'Displaying home.'),
        plog(T, -6.2, 'INFO', 'payment', 'Payment initiated'),
        plog(T, -6.1, 'INFO', 'payment', 'Payment accepted.'),
      ],
      'ledgerwriter#0/ledgerwriter': [
        jlog(T, -6.1, 'INFO', 'addTransaction', 'Submitted transaction successfully'),
      ],
    },
  }),
];
