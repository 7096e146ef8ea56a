// Blind held-out batch s98a: one Bookinfo scenario for the scenario kit (scripts/s2-scenario-kit.mjs),
// on the system definition of scripts/kit-systems/bookinfo.mjs (bookinfoScenario); built by scripts/s98a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = base;
const IT = '2026-05-27T16:05:00Z';
const T = clock(IT);
const gu = (min, pid, lvl, msg) => `[${T.java(min).slice(0, 19)} +0000] [${pid}] [${lvl}] ${msg}`;
const crash = (m) => [
  gu(m, 1, 'INFO', 'Starting gunicorn 22.0.0'),
  gu(m, 1, 'INFO', 'Listening at: http://[::]:9080 (1)'),
  gu(m, 1, 'INFO', 'Using worker: gevent'),
  gu(m + 0.01, 7, 'INFO', 'Booting worker with pid: 7'),
  gu(m + 0.03, 7, 'ERROR', 'Exception in worker process'),
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/arbiter.py", line 609, in spawn_worker',
  '    worker.init_process()',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/workers/ggevent.py", line 146, in init_process',
  '    super().init_process()',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/workers/base.py", line 134, in init_process',
  '    self.load_wsgi()',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/workers/base.py", line 146, in load_wsgi',
  '    self.wsgi = self.app.wsgi()',
  '                ^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/app/wsgiapp.py", line 58, in load',
  '    return self.load_wsgiapp()',
  '           ^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/site-packages/gunicorn/util.py", line 371, in import_app',
  '    mod = importlib.import_module(module)',
  '          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "<frozen importlib._bootstrap>", line 1387, in _gcd_import',
  '  File "<frozen importlib._bootstrap_external>", line 995, in exec_module',
  '  File "<frozen importlib._bootstrap>", line 488, in _call_with_frames_removed',
  '  File "/opt/microservices/productpage.py", line 61, in <module>',
  '    flood_factor = 0 if (os.environ.get("FLOOD_FACTOR") is None) else int(os.environ.get("FLOOD_FACTOR"))',
  '                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  "ValueError: invalid literal for int() with base 10: '0.5'",
  gu(m + 0.03, 7, 'INFO', 'Worker exiting (pid: 7)'),
  gu(m + 0.05, 1, 'ERROR', 'Worker (pid:7) exited with code 3'),
  gu(m + 0.05, 1, 'ERROR', 'Shutting down: Master'),
  gu(m + 0.05, 1, 'ERROR', 'Reason: Worker failed to boot.'),
];
const PP = 'docker.io/istio/examples-bookinfo-productpage-v1:1.20.1';

export const scenarios = [
  bookinfoScenario({
    folder: 's98a-productpage-rollout',
    incidentTime: IT,
    description: 'productpage deploy from the storefront team (load-test tweak) hasnt finished in 15 min, new pod restarting. site still up on the old one',
    expected: { component: 'productpage', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [
      { component: 'productpage', cause: 'crash-loop' },
      { component: 'productpage', cause: 'config-error' },
    ],
    difficulty: 'easy',
    traits: ['rollout-regression', 'team-name', 'time-expression', 'partial-name'],
    grounding: `
      istio/istio samples/bookinfo (bookinfo.yaml, productpage-v1 image examples-bookinfo-productpage-v1:1.20.1, run
      by gunicorn with gevent workers): productpage.py reads FLOOD_FACTOR at import time with
      int(os.environ.get("FLOOD_FACTOR")). The release (revision 4) adds env FLOOD_FACTOR=0.5 to productpage-v1 and
      nothing else; int('0.5') raises ValueError while the worker imports the app, gunicorn exits 3
      ("Worker failed to boot."), the new pod crash-loops and the rollout stalls (maxSurge 1, maxUnavailable 0), the
      old pod keeps serving. Python 3.12 traceback layout and the productpage.py line number are assumed for the image.
      Named as the rollout that introduced a version that does not become healthy.
    `,
    workloads: {
      'productpage-v1': {
        containers: { productpage: { env: [{ name: 'FLOOD_FACTOR', value: '0.5' }] } },
        rollout: { at: -16, revision: 4, oldReplicas: 1, oldContainers: { productpage: { env: undefined } } },
        pods: [{
          containers: {
            productpage: cs.crashLoop({ restarts: 7, exitCode: 3, reason: 'Error', startedAt: T.iso(-2.6), finishedAt: T.iso(-2.55), container: 'productpage' }),
            'istio-proxy': cs.running(T.iso(-15.4)),
          },
        }],
        progressing: (rs) => ({ type: 'Progressing', status: 'True', lastUpdateTime: T.iso(-15.5), lastTransitionTime: T.iso(-15.5), reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rs}" is progressing.` }),
      },
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: -16, last: -16 },
      { on: 'pod:productpage-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -15.9 },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: `Container image "${PP}" already present on machine`, fieldPath: 'spec.containers{productpage}', first: -15.4, last: -2.6, count: 8 },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container productpage', fieldPath: 'spec.containers{productpage}', first: -15.4, last: -2.6, count: 8 },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container productpage', fieldPath: 'spec.containers{productpage}', first: -15.4, last: -2.6, count: 8 },
      { on: 'pod:productpage-v1#0', reason: 'BackOff', message: 'Back-off restarting failed container productpage in pod %POD%_bookinfo(%PODUID%)', type: 'Warning', fieldPath: 'spec.containers{productpage}', first: -15, last: -0.3, count: 66 },
    ],
    logs: {
      'productpage-v1#0/productpage/previous': crash(-2.6),
      'productpage-v1#0/istio-proxy': [
        `${T.isoMs(-15.4).replace('Z', '000Z')}\tinfo\tFLAG: --concurrency="0"`,
        `${T.isoMs(-15.3).replace('Z', '000Z')}\tinfo\tReadiness succeeded in 1.004s`,
        `${T.isoMs(-15.3).replace('Z', '000Z')}\tinfo\tEnvoy proxy is ready`,
      ],
    },
  }),
];
