// Batch s52b held-out scenario for Bank of Anthos (split: test), written blind; built by scripts/s52b-build.mjs with
// the kit system definition scripts/kit-systems/bank-of-anthos.mjs (withDefaults, ConfigMaps, log helper).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, withDefaults, jlog } from '../kit-systems/bank-of-anthos.mjs';

export { system };

const TI = '2026-05-19T09:31:00Z';
const T = clock(TI);
const NEW = 'us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/frontend:v0.6.11@sha256:5c2e9a71d04f3b86e1a7c9d2f0b4e6a8c3d5f7e9b1a2c4d6e8f0a1b3c5d7e9f2';
const gts = (min) => `[${T.java(min).slice(0, 19)} +0000]`;
const crash = (min, pid) => [
  `${gts(min)} [1] [INFO] Starting gunicorn 22.0.0`,
  `${gts(min)} [1] [INFO] Listening at: http://0.0.0.0:8080 (1)`,
  `${gts(min)} [1] [INFO] Using worker: gthread`,
  `${gts(min)} [${pid}] [INFO] Booting worker with pid: ${pid}`,
  `${gts(min + 0.01)} [${pid}] [ERROR] Exception in worker process`,
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/arbiter.py", line 609, in spawn_worker',
  '    worker.init_process()',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/workers/gthread.py", line 95, in init_process',
  '    super().init_process()',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/workers/base.py", line 134, in init_process',
  '    self.load_wsgi()',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/workers/base.py", line 146, in load_wsgi',
  '    self.wsgi = self.app.wsgi()',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/app/base.py", line 67, in wsgi',
  '    self.callable = self.load()',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/app/wsgiapp.py", line 58, in load',
  '    return self.load_wsgiapp()',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/app/wsgiapp.py", line 48, in load_wsgiapp',
  '    return util.import_app(self.app_uri)',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/util.py", line 371, in import_app',
  '    mod = importlib.import_module(module)',
  '  File "/app/frontend.py", line 28, in <module>',
  '    from flask import Flask, abort, jsonify, make_response, redirect, \\',
  '  File "/usr/local/lib/python3.12/site-packages/flask/__init__.py", line 5, in <module>',
  '    from .app import Flask as Flask',
  '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 30, in <module>',
  '    from werkzeug.urls import url_quote',
  "ImportError: cannot import name 'url_quote' from 'werkzeug.urls' (/usr/local/lib/python3.12/site-packages/werkzeug/urls.py)",
  `${gts(min + 0.01)} [${pid}] [INFO] Worker exiting (pid: ${pid})`,
  `${gts(min + 0.02)} [1] [ERROR] Worker (pid:${pid}) exited with code 3`,
  `${gts(min + 0.02)} [1] [ERROR] Shutting down: Master`,
  `${gts(min + 0.02)} [1] [ERROR] Reason: Worker failed to boot.`,
];

export const scenarios = [
  withDefaults({
    folder: 's52b-frontend-rollout-werkzeug-import',
    description: 'frontend deploy v0.6.11 never finishes, CD pipeline timed out waiting for rollout',
    incidentTime: TI,
    expected: { component: 'frontend', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'frontend', cause: 'crash-loop' }],
    difficulty: 'easy',
    traits: ['rollout-regression', 'decoy'],
    grounding: `
      Bank of Anthos kubernetes-manifests/frontend.yaml (v0.6.10): one replica of the Flask frontend under gunicorn on
      8080, readiness /ready after 10s, liveness after 60s, default RollingUpdate (maxSurge 25%, maxUnavailable 25% of
      one replica rounds down to 0, so the old pod keeps serving). A v0.6.11 image was rebuilt without pinned
      dependencies and picked up Werkzeug 3.0, which removed werkzeug.urls.url_quote that Flask 2.2 imports: the
      widely reported "ImportError: cannot import name 'url_quote' from 'werkzeug.urls'" of 30 September 2023. The
      gunicorn worker fails to import the app, the master exits with "Worker failed to boot." (exit code 3) and the new
      pod crash-loops; after progressDeadlineSeconds 600 the Deployment reports ProgressDeadlineExceeded, while the old
      v0.6.10 pod stays Ready and users are unaffected. Decoy: balancereader restarted once two days ago (liveness
      during a ledger-db restart), healthy since.
    `,
    workloads: {
      frontend: {
        rollout: { at: -17, oldReplicas: 1 },
        containers: { front: { image: NEW, env: system.workloads[0].containers[0].env.map((e) => (e.name === 'VERSION' ? { ...e, value: 'v0.6.11' } : e)) } },
        pods: [
          { containers: { front: cs.crashLoop({ restarts: 7, exitCode: 3, startedAt: T.iso(-2.4), finishedAt: T.iso(-2.3), container: 'front' }) } },
        ],
        rsReplicas: 1,
        unavailableSince: -17,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-6.9), lastTransitionTime: T.iso(-6.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      balancereader: {
        pods: [{ containers: { balancereader: cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 2), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 2 - 0.2) } }) } }],
      },
    },
    events: [
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -17, last: -17 },
      { on: 'pod:frontend#0', reason: 'Pulling', fieldPath: 'spec.containers{front}', message: `Pulling image "${NEW}"`, first: -16.9, last: -16.9 },
      { on: 'pod:frontend#0', reason: 'Pulled', fieldPath: 'spec.containers{front}', message: `Successfully pulled image "${NEW}" in 4.812s (4.812s including waiting). Image size: 61848211 bytes.`, first: -16.8, last: -16.8 },
      { on: 'pod:frontend#0', reason: 'Pulled', fieldPath: 'spec.containers{front}', message: `Container image "${NEW}" already present on machine`, first: -16.6, last: -2.4, count: 6 },
      { on: 'pod:frontend#0', reason: 'Created', fieldPath: 'spec.containers{front}', message: 'Created container: front', first: -16.8, last: -2.4, count: 8 },
      { on: 'pod:frontend#0', reason: 'Started', fieldPath: 'spec.containers{front}', message: 'Started container front', first: -16.8, last: -2.4, count: 8 },
      { on: 'pod:frontend#0', type: 'Warning', reason: 'BackOff', fieldPath: 'spec.containers{front}', message: 'Back-off restarting failed container front in pod %POD%_bank-of-anthos(%PODUID%)', first: -16.5, last: -0.4, count: 71 },
    ],
    logs: {
      'frontend#0/front': crash(-2.4, 8),
      'frontend#0/front/previous': crash(-5.1, 8),
      'frontend#old0/front': [
        jlog(T, -3.2, 'INFO', 'home', 'Displaying home.'),
        jlog(T, -3.1, 'INFO', 'login', 'Login Success.'),
        jlog(T, -1.4, 'INFO', 'home', 'Displaying home.'),
      ],
    },
  }),
];
