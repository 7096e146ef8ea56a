// Blind dev batch s101c, Bookinfo: a productpage rebuild that pulls Werkzeug 3 under Flask 2.2, so the new pods'
// gunicorn workers fail to boot (ImportError url_quote) and the rollout stalls (bad-deploy-rollout).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };
const IT = '2026-04-14T08:37:00Z';
const T = clock(IT);
const NEW = '381492776605.dkr.ecr.us-east-2.amazonaws.com/bookinfo/productpage:1.20.1-b47';
const OLD = 'docker.io/istio/examples-bookinfo-productpage-v1:1.20.1';
const g = (min, pid, lvl, msg) => `[${T.java(min).slice(0, 19)} +0000] [${pid}] [${lvl}] ${msg}`;
const boot = (min) => [
  g(min, 1, 'INFO', 'Starting gunicorn 21.2.0'),
  g(min, 1, 'INFO', 'Listening at: http://[::]:9080 (1)'),
  g(min, 1, 'INFO', 'Using worker: gevent'),
  g(min, 8, 'INFO', 'Booting worker with pid: 8'),
  g(min, 8, 'ERROR', 'Exception in worker process'),
  'Traceback (most recent call last):',
  '  File "/usr/local/lib/python3.11/site-packages/gunicorn/arbiter.py", line 609, in spawn_worker',
  '    worker.init_process()',
  '  File "/usr/local/lib/python3.11/site-packages/gunicorn/workers/ggevent.py", line 146, in init_process',
  '    super().init_process()',
  '  File "/usr/local/lib/python3.11/site-packages/gunicorn/workers/base.py", line 134, in init_process',
  '    self.load_wsgi()',
  '  File "/usr/local/lib/python3.11/site-packages/gunicorn/workers/base.py", line 146, in load_wsgi',
  '    self.wsgi = self.app.wsgi()',
  '  File "/usr/local/lib/python3.11/site-packages/gunicorn/util.py", line 371, in import_app',
  '    mod = importlib.import_module(module)',
  '  File "/opt/microservices/productpage.py", line 23, in <module>',
  '    from flask import Flask, request, session, render_template, redirect',
  '  File "/usr/local/lib/python3.11/site-packages/flask/__init__.py", line 5, in <module>',
  '    from .app import Flask as Flask',
  '  File "/usr/local/lib/python3.11/site-packages/flask/app.py", line 30, in <module>',
  '    from werkzeug.urls import url_quote',
  "ImportError: cannot import name 'url_quote' from 'werkzeug.urls' (/usr/local/lib/python3.11/site-packages/werkzeug/urls.py)",
  g(min, 8, 'INFO', 'Worker exiting (pid: 8)'),
  g(min + 0.02, 1, 'ERROR', 'Worker (pid:8) exited with code 3'),
  g(min + 0.02, 1, 'ERROR', 'Shutting down: Master'),
  g(min + 0.02, 1, 'ERROR', 'Reason: Worker failed to boot.'),
];
const RO = -26;
export const scenarios = [
  bookinfoScenario({
    folder: 's101c-productpage-werkzeug3-rollout',
    incidentTime: IT,
    description: 'prodpage deploy from the web team pipeline stuck >20min (argo says progressing/degraded). site still serving i think',
    expected: { component: 'productpage', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [{ component: 'productpage', cause: 'crash-loop' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'decoy', 'team-name', 'partial-name', 'typo'],
    grounding: `
      Manifest: productpage-v1 (1 replica, RollingUpdate 25%/25%, so the old pod keeps serving while the new one
      fails), gunicorn on [::]:9080 with gevent workers (samples/bookinfo/src/productpage Dockerfile).
      Fault: the team rebuilt the image into their ECR (tag 1.20.1-b47) from requirements without an upper bound on
      Werkzeug; Werkzeug 3.0 removed werkzeug.urls.url_quote, which Flask 2.2 imports, so every worker dies with
      "ImportError: cannot import name 'url_quote' from 'werkzeug.urls'" and gunicorn exits 3 ("Worker failed to boot")
      — the widely reported break of 30 Sep 2023 (pallets/werkzeug#2788-style reports, Stack Overflow 77213053).
      Only the image changes between the ReplicaSets. Decoy: reviews-v2 rolled out an hour earlier (STAR_COLOR env
      added) and is healthy. Deviation from upstream: the ECR image and the reviews-v2 env.`,
    workloads: {
      'productpage-v1': {
        containers: { productpage: { image: NEW } },
        rollout: { at: RO, oldReplicas: 1, oldContainers: { productpage: { image: OLD } } },
        unavailableSince: RO,
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(RO + 10), lastTransitionTime: T.iso(RO + 10), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
        pods: [{
          containers: {
            productpage: cs.crashLoop({ restarts: 9, exitCode: 3, startedAt: T.iso(-3.6), finishedAt: T.iso(-3.5), container: 'productpage' }),
            'istio-proxy': cs.running(T.iso(RO + 0.6)),
          },
        }],
      },
      'reviews-v2': {
        containers: { reviews: { env: [{ name: 'LOG_DIR', value: '/tmp/logs' }, { name: 'STAR_COLOR', value: 'black' }] } },
        rollout: { at: -85, oldReplicas: 0, oldContainers: { reviews: { env: [{ name: 'LOG_DIR', value: '/tmp/logs' }] } } },
      },
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', source: 'deployment-controller', first: RO, last: RO },
      { on: 'deploy:reviews-v2', reason: 'ScalingReplicaSet', message: 'Scaled down replica set reviews-v2-%OLD% to 0 from 1', source: 'deployment-controller', first: -84, last: -84 },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: `Successfully pulled image "${NEW}" in 2.113s (2.113s including waiting). Image size: 71934218 bytes.`, fieldPath: 'spec.containers{productpage}', first: RO + 0.3, last: RO + 0.3 },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container productpage', fieldPath: 'spec.containers{productpage}', count: 10, first: RO + 0.4, last: -3.6 },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: `Container image "${NEW}" already present on machine`, fieldPath: 'spec.containers{productpage}', count: 9, first: RO + 0.6, last: -3.6 },
      { on: 'pod:productpage-v1#0', reason: 'BackOff', message: 'Back-off restarting failed container productpage in pod %POD%_bookinfo(%PODUID%)', fieldPath: 'spec.containers{productpage}', type: 'Warning', count: 112, first: RO + 0.7, last: -0.4 },
    ],
    logs: {
      'productpage-v1#0/productpage': boot(-3.6),
      'productpage-v1#0/productpage/previous': boot(-9.1),
      'productpage-v1#old0/productpage': [
        g(-60 * 24 * 6, 1, 'INFO', 'Starting gunicorn 21.2.0'),
        g(-60 * 24 * 6, 1, 'INFO', 'Listening at: http://[::]:9080 (1)'),
        g(-60 * 24 * 6, 8, 'INFO', 'Booting worker with pid: 8'),
        `INFO:root:start at port 9080`,
      ],
      'productpage-v1#0/istio-proxy': [
        `${T.isoMs(RO + 0.5)}\tinfo\tFIPS mode disabled`,
        `${T.isoMs(RO + 0.55)}\tinfo\tads\tADS: new connection for node:sidecar~%PODIP%~%POD%.bookinfo~bookinfo.svc.cluster.local-1`,
        `${T.isoMs(RO + 0.6)}\twarn\tEnvoy proxy is NOT ready: config received from XDS server, but listener not yet warmed`,
        `${T.isoMs(RO + 0.7)}\tinfo\tEnvoy proxy is ready`,
      ],
    },
  }),
];
