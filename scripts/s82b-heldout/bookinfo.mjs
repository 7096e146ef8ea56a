// Blind held-out batch s82b: one Istio Bookinfo scenario as a spec for the scenario kit (scripts/s2-scenario-kit.mjs),
// on scripts/kit-systems/bookinfo.mjs reduced to the workloads bookinfo.yaml deploys (details-v1, ratings-v1 own their Services).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as full, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

const HTTP = { ports: [{ name: 'http', port: 9080, targetPort: 9080 }] };
const KEEP = ['details-v1', 'ratings-v1', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1'];
export const system = {
  ...full,
  workloads: full.workloads
    .filter((w) => KEEP.includes(w.name))
    .map((w) =>
      w.name === 'details-v1' ? { ...w, service: { name: 'details', ...HTTP } } : w.name === 'ratings-v1' ? { ...w, service: { name: 'ratings', ...HTTP } } : w,
    ),
};

const INCIDENT = '2026-05-20T14:52:00Z';
const T = clock(INCIDENT);
const gstamp = (min) => {
  const p = T.java(min).slice(0, 19);
  return `[${p} +0000]`;
};
const PY = '/usr/local/lib/python3.12/site-packages';
const bootFail = (min, pid) => [
  `${gstamp(min)} [1] [INFO] Starting gunicorn 22.0.0`,
  `${gstamp(min)} [1] [INFO] Listening at: http://[::]:9080 (1)`,
  `${gstamp(min)} [1] [INFO] Using worker: gevent`,
  `${gstamp(min + 0.002)} [${pid}] [INFO] Booting worker with pid: ${pid}`,
  `${gstamp(min + 0.003)} [${pid + 1}] [INFO] Booting worker with pid: ${pid + 1}`,
  `${gstamp(min + 0.02)} [${pid}] [ERROR] Exception in worker process`,
  'Traceback (most recent call last):',
  `  File "${PY}/gunicorn/arbiter.py", line 609, in spawn_worker`,
  '    worker.init_process()',
  `  File "${PY}/gunicorn/workers/ggevent.py", line 146, in init_process`,
  '    super().init_process()',
  `  File "${PY}/gunicorn/workers/base.py", line 134, in init_process`,
  '    self.load_wsgi()',
  `  File "${PY}/gunicorn/workers/base.py", line 146, in load_wsgi`,
  '    self.wsgi = self.app.wsgi()',
  '                ^^^^^^^^^^^^^^^',
  `  File "${PY}/gunicorn/app/base.py", line 67, in wsgi`,
  '    self.callable = self.load()',
  '                    ^^^^^^^^^^^',
  `  File "${PY}/gunicorn/app/wsgiapp.py", line 58, in load`,
  '    return self.load_wsgiapp()',
  '           ^^^^^^^^^^^^^^^^^^^',
  `  File "${PY}/gunicorn/app/wsgiapp.py", line 48, in load_wsgiapp`,
  '    return util.import_app(self.app_uri)',
  '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  `  File "${PY}/gunicorn/util.py", line 371, in import_app`,
  '    mod = importlib.import_module(module)',
  '          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "/usr/local/lib/python3.12/importlib/__init__.py", line 90, in import_module',
  '    return _bootstrap._gcd_import(name[level:], package, level)',
  '           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  '  File "<frozen importlib._bootstrap>", line 1387, in _gcd_import',
  '  File "<frozen importlib._bootstrap>", line 1360, in _find_and_load',
  '  File "<frozen importlib._bootstrap>", line 1331, in _find_and_load_unlocked',
  '  File "<frozen importlib._bootstrap>", line 935, in _load_unlocked',
  '  File "<frozen importlib._bootstrap_external>", line 995, in exec_module',
  '  File "<frozen importlib._bootstrap>", line 488, in _call_with_frames_removed',
  '  File "/opt/microservices/productpage.py", line 62, in <module>',
  '    flood_factor = 0 if (os.environ.get("FLOOD_FACTOR") is None) else int(os.environ.get("FLOOD_FACTOR"))',
  '                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
  "ValueError: invalid literal for int() with base 10: 'false'",
  `${gstamp(min + 0.021)} [${pid}] [INFO] Worker exiting (pid: ${pid})`,
  `${gstamp(min + 0.03)} [1] [ERROR] Worker (pid:${pid}) exited with code 3`,
  `${gstamp(min + 0.031)} [1] [ERROR] Worker (pid:${pid + 1}) was sent SIGTERM!`,
  `${gstamp(min + 0.04)} [1] [ERROR] Shutting down: Master`,
  `${gstamp(min + 0.04)} [1] [ERROR] Reason: Worker failed to boot.`,
];

const ROLL = -23;
const envoy = (min, msg) => `${T.isoMs(min).replace('Z', '000Z')}\t${msg}`;

export const scenarios = [
  bookinfoScenario({
    folder: 's82b-productpage-release-stuck',
    incidentTime: INCIDENT,
    description: 'product page deploy from 14:29 never finished, pipeline timed out waiting for rollout. site still loads for me',
    expected: { component: 'productpage', cause: 'bad-deploy-rollout' },
    alsoAcceptable: [
      { component: 'productpage', cause: 'config-error' },
      { component: 'productpage', cause: 'crash-loop' },
    ],
    difficulty: 'medium',
    traits: ['rollout-regression', 'pods-ready', 'time-expression', 'decoy'],
    grounding: `
      Manifests: istio/istio samples/bookinfo/platform/kube/bookinfo.yaml (images 1.20.1) with sidecar injection (Istio
      1.23), as in the kit system definition reduced to the bookinfo.yaml workloads. The release added FLOOD_FACTOR=false to
      productpage-v1 (meant as "off"); upstream productpage.py reads it at import time as
      int(os.environ.get("FLOOD_FACTOR")), so under gunicorn (the image's CMD, gevent workers) every worker raises
      ValueError, gunicorn halts with "Reason: Worker failed to boot." and exit code 3, and the new pod crash-loops while
      its istio-proxy stays up. With one replica and 25% maxSurge/maxUnavailable the old pod keeps serving, so the site
      works; after progressDeadlineSeconds (600) the Deployment reports ProgressDeadlineExceeded. The old and new
      ReplicaSets differ only in that env var. Decoy: reviews-v2 restarted once four days ago (exit 143 during a node
      maintenance) and has been Ready since. Deviations: FLOOD_FACTOR is set by the operator's release.
    `,
    workloads: {
      'productpage-v1': {
        containers: {
          productpage: {
            env: [{ name: 'FLOOD_FACTOR', value: 'false' }],
          },
        },
        rollout: { at: ROLL, oldReplicas: 1, oldContainers: { productpage: { env: undefined } } },
        rsReplicas: 1,
        pods: [
          {
            containers: {
              productpage: cs.crashLoop({ restarts: 9, exitCode: 3, reason: 'Error', startedAt: T.iso(-2.6), finishedAt: T.iso(-2.58), backoff: '5m0s', container: 'productpage' }),
            },
          },
        ],
        progressing: (rsName) => ({
          type: 'Progressing', status: 'False', lastUpdateTime: T.iso(ROLL + 10.1), lastTransitionTime: T.iso(ROLL + 10.1),
          reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.`,
        }),
      },
      'reviews-v2': {
        pods: [
          {
            containers: {
              reviews: cs.restartedRunning({
                restarts: 1,
                startedAt: T.iso(-60 * 24 * 4 - 31),
                last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 31.5) },
              }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:productpage-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set productpage-v1-%NEW% to 1', first: ROLL, source: 'deployment-controller' },
      { on: 'pod:productpage-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: ROLL + 0.5, source: 'default-scheduler' },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: ROLL + 0.52, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container istio-init', first: ROLL + 0.53, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container istio-init', first: ROLL + 0.55, fieldPath: 'spec.initContainers{istio-init}' },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-productpage-v1:1.20.1" already present on machine', first: ROLL + 0.6, last: -2.7, count: 10, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container productpage', first: ROLL + 0.61, last: -2.65, count: 10, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container productpage', first: ROLL + 0.62, last: -2.6, count: 10, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: ROLL + 0.63, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:productpage-v1#0', reason: 'Created', message: 'Created container istio-proxy', first: ROLL + 0.64, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:productpage-v1#0', reason: 'Started', message: 'Started container istio-proxy', first: ROLL + 0.66, fieldPath: 'spec.containers{istio-proxy}' },
      { on: 'pod:productpage-v1#0', reason: 'BackOff', message: 'Back-off restarting failed container productpage in pod %POD%_bookinfo(%PODUID%)', type: 'Warning', first: ROLL + 0.9, last: -0.4, count: 97, fieldPath: 'spec.containers{productpage}' },
      { on: 'pod:productpage-v1#0', reason: 'Unhealthy', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', type: 'Warning', first: ROLL + 0.7, last: ROLL + 0.7, fieldPath: 'spec.containers{istio-proxy}' },
    ],
    logs: {
      'productpage-v1#0/productpage/previous': bootFail(-7.6, 8),
      'productpage-v1#0/productpage': bootFail(-2.6, 8),
      'productpage-v1#0/istio-proxy': [
        envoy(ROLL + 0.66, 'info\tFLAG: --concurrency="0"'),
        envoy(ROLL + 0.67, 'info\tVersion 1.23.2-7bd2d5a8cb2ff32c30f13a8dbd0a8c8bce10c1a5-Clean'),
        envoy(ROLL + 0.7, 'info\tads\tADS: new connection for node:%POD%.bookinfo-1'),
        envoy(ROLL + 0.71, 'info\tcache\tgenerated new workload certificate\tlatency=97.1ms ttl=23h59m59.9s'),
        envoy(ROLL + 0.75, 'info\tReadiness succeeded in 1.04s'),
        envoy(ROLL + 0.75, 'info\tEnvoy proxy is ready'),
      ],
      'productpage-v1#old0/productpage': [
        ...bootFail(-60 * 24 * 6 + 0.4, 8).slice(0, 5),
      ],
      'reviews-v3#0/reviews': [
        `[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 14.382 seconds.`,
      ],
    },
  }),
];
