// Batch s85c (blind dev): one Bank of Anthos scenario on the kit system definition (scripts/kit-systems/bank-of-anthos.mjs).
// Fault: an in-house rebuild of contacts pulls itsdangerous 2.1 under Flask 1.x; the new pod crash-loops at import, the old one keeps serving.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, image, plog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const INC = '2026-12-05T11:20:00Z';
const T = clock(INC);
const NEW = 'europe-west1-docker.pkg.dev/acme-bank-platform/boa/contacts:v0.6.10-acme.3';
const base = system.workloads.find((w) => w.name === 'contacts').containers[0];
const newEnv = base.env.map((e) => (e.name === 'VERSION' ? { ...e, value: 'v0.6.10-acme.3' } : e));
const AT = -23;
const PY = '/usr/local/lib/python3.7/site-packages';
const gts = (min) => `[${T.java(min).slice(0, 19)} +0000]`;
const crashRun = (min) => [
  `${gts(min)} [1] [INFO] Starting gunicorn 20.1.0`,
  `${gts(min)} [1] [INFO] Listening at: http://0.0.0.0:8080 (1)`,
  `${gts(min)} [1] [INFO] Using worker: gthread`,
  `${gts(min + 0.002)} [7] [INFO] Booting worker with pid: 7`,
  `${gts(min + 0.01)} [7] [ERROR] Exception in worker process`,
  'Traceback (most recent call last):',
  `  File "${PY}/gunicorn/arbiter.py", line 589, in spawn_worker`,
  '    worker.init_process()',
  `  File "${PY}/gunicorn/workers/gthread.py", line 92, in init_process`,
  '    super().init_process()',
  `  File "${PY}/gunicorn/workers/base.py", line 134, in init_process`,
  '    self.load_wsgi()',
  `  File "${PY}/gunicorn/workers/base.py", line 146, in load_wsgi`,
  '    self.wsgi = self.app.wsgi()',
  `  File "${PY}/gunicorn/app/base.py", line 67, in wsgi`,
  '    self.callable = self.load()',
  `  File "${PY}/gunicorn/app/wsgiapp.py", line 58, in load`,
  '    return self.load_wsgiapp()',
  `  File "${PY}/gunicorn/app/wsgiapp.py", line 48, in load_wsgiapp`,
  '    return util.import_app(self.app_uri)',
  `  File "${PY}/gunicorn/util.py", line 359, in import_app`,
  '    mod = importlib.import_module(module)',
  '  File "/usr/local/lib/python3.7/importlib/__init__.py", line 127, in import_module',
  '    return _bootstrap._gcd_import(name[level:], package, level)',
  '  File "<frozen importlib._bootstrap>", line 1006, in _gcd_import',
  '  File "<frozen importlib._bootstrap>", line 983, in _find_and_load',
  '  File "<frozen importlib._bootstrap>", line 967, in _find_and_load_unlocked',
  '  File "<frozen importlib._bootstrap>", line 677, in _load_unlocked',
  '  File "<frozen importlib._bootstrap_external>", line 728, in exec_module',
  '  File "<frozen importlib._bootstrap>", line 219, in _call_with_frames_removed',
  '  File "/app/contacts.py", line 25, in <module>',
  '    from flask import Flask, jsonify, request',
  `  File "${PY}/flask/__init__.py", line 19, in <module>`,
  '    from . import json',
  `  File "${PY}/flask/json/__init__.py", line 15, in <module>`,
  '    from itsdangerous import json as _json',
  `ImportError: cannot import name 'json' from 'itsdangerous' (${PY}/itsdangerous/__init__.py)`,
  `${gts(min + 0.011)} [7] [INFO] Worker exiting (pid: 7)`,
  `${gts(min + 0.02)} [1] [INFO] Shutting down: Master`,
  `${gts(min + 0.02)} [1] [INFO] Reason: Worker failed to boot.`,
];

export const scenarios = [
  withDefaults({
    folder: 's85c-contacts-rebuild-itsdangerous',
    incidentTime: INC,
    description: 'accounts team: contacts deploy (acme.3) hung in the pipeline, rollout status timed out after 10m ~11:07. prod looks ok?',
    expected: { component: 'contacts', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'contacts', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'team-name', 'time-expression'],
    workloads: {
      contacts: {
        rollout: { at: AT, oldReplicas: 1, oldContainers: { contacts: { image: base.image, env: base.env } } },
        containers: { contacts: { image: NEW, env: newEnv } },
        pods: [{
          containers: {
            contacts: cs.crashLoop({ restarts: 9, exitCode: 3, reason: 'Error', startedAt: T.iso(-2.3), finishedAt: T.iso(-2.28), container: 'contacts' }),
          },
        }],
        unavailableSince: AT + 0.5,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(AT + 10.5), lastTransitionTime: T.iso(AT + 10.5), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:contacts', reason: 'ScalingReplicaSet', message: 'Scaled up replica set contacts-%NEW% to 1', first: AT },
      { on: 'pod:contacts#0', reason: 'Scheduled', message: 'Successfully assigned bank-of-anthos/%POD% to %NODE%', first: AT + 0.5, source: 'default-scheduler' },
      { on: 'pod:contacts#0', reason: 'Pulling', message: `Pulling image "${NEW}"`, first: AT + 0.5, fieldPath: 'spec.containers{contacts}' },
      { on: 'pod:contacts#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 4.87s (4.87s including waiting). Image size: 71830442 bytes.`, first: AT + 0.6, fieldPath: 'spec.containers{contacts}' },
      { on: 'pod:contacts#0', reason: 'Created', message: 'Created container contacts', first: AT + 0.6, last: -2.3, count: 10, fieldPath: 'spec.containers{contacts}' },
      { on: 'pod:contacts#0', reason: 'Started', message: 'Started container contacts', first: AT + 0.6, last: -2.3, count: 10, fieldPath: 'spec.containers{contacts}' },
      { on: 'pod:contacts#0', reason: 'Pulled', message: `Container image "${NEW}" already present on machine`, first: AT + 0.7, last: -2.3, count: 9, fieldPath: 'spec.containers{contacts}' },
      { on: 'pod:contacts#0', reason: 'BackOff', type: 'Warning', message: 'Back-off restarting failed container contacts in pod %POD%_bank-of-anthos(%PODUID%)', first: AT + 0.7, last: -0.4, count: 96, fieldPath: 'spec.containers{contacts}' },
    ],
    logs: {
      'contacts#0/contacts': crashRun(-2.3),
      'contacts#0/contacts/previous': crashRun(-7.4),
      'contacts#old0/contacts': [
        plog(T, -14.2, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        plog(T, -9.8, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
        plog(T, -3.5, 'INFO', 'get_contacts', 'Successfully retrieved contacts.'),
      ],
    },
    grounding: `
      Manifest facts: Bank of Anthos kubernetes-manifests at d0af047: contacts is one replica (Flask under gunicorn, port
      8080, readiness /ready), Deployment strategy RollingUpdate 25%/25% so a one-replica rollout surges one new pod and keeps
      the old pod until the new one is Ready. Fault, following the widely reported itsdangerous 2.1.0 release (March 2022,
      removed itsdangerous.json) that broke Flask 1.x at import: the team's rebuilt image v0.6.10-acme.3 (unpinned
      itsdangerous under Flask 1.1) fails to import Flask; gunicorn's worker fails to boot and the master exits 3 ("Worker
      failed to boot"), CrashLoopBackOff; the Deployment reports ProgressDeadlineExceeded after 600 s. The old ReplicaSet's
      pod still serves, so users see nothing; the cause is the rollout. Deviations from upstream: the image is an in-house
      rebuild in a private registry (upstream pins its requirements); the new template differs from the old one in the image
      and the VERSION env value only.
    `,
  }),
];
