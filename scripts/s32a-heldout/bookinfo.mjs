// Batch s32a held-out scenario for Istio Bookinfo (split: test), written blind; built by scripts/s32a-build.mjs with the kit
// and the kit system definition scripts/kit-systems/bookinfo.mjs reduced to the workloads of the MySQL-backed ratings install.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

// This install: bookinfo.yaml with ratings-v2-mysql and bookinfo-mysql.yaml instead of ratings-v1 and details-v2.
const KEEP = ['details-v1', 'ratings-v2-mysql', 'reviews-v1', 'reviews-v2', 'reviews-v3', 'productpage-v1', 'mysqldb-v1'];
export const system = {
  ...base,
  workloads: base.workloads
    .filter((w) => KEEP.includes(w.name))
    .map((w) => (w.name === 'details-v1' ? { ...w, service: { name: 'details', ports: [{ name: 'http', port: 9080, targetPort: 9080 }] } } : w)),
};

const T = clock('2026-05-19T10:41:00Z');
// Envoy access log (Istio default TEXT format, meshConfig.accessLogFile=/dev/stdout).
const acc = (min, method, path, code, flags, dur, ua, auth, upstream, cluster, src, dst) =>
  `[${T.isoMs(min)}] "${method} ${path} HTTP/1.1" ${code} ${flags} via_upstream - "-" 0 ${code === 200 ? 358 : 59} ${dur} ${dur - 1} "-" "${ua}" "${['6f1c', '9a2e', '3b7d', 'c418'][Math.floor(min * 7) & 3]}e2a4-71d0-9c3b-a5f6-0e8d2b4c${String(Math.abs(Math.round(min * 100))).padStart(4, '0')}" "${auth}" "${upstream}" ${cluster} ${src} ${dst} - default`;
const tcpUH = (min) =>
  `[${T.isoMs(min)}] "- - -" 0 UH - - "-" 0 0 0 - "-" "-" "-" "-" "-" outbound|3306||mysqldb.bookinfo.svc.cluster.local - %SVCIP:mysqldb%:3306 %PODIP%:${40000 + Math.abs(Math.round(min * 97)) % 20000} - -`;

const reviewsLog = (ip) => {
  const out = [];
  for (let m = -60; m < -27; m += 4.3) out.push(acc(m, 'GET', '/ratings/0', 200, '-', 4, 'Apache-CXF/3.1.18', 'ratings:9080', `${ip}:9080`, 'outbound|9080||ratings.bookinfo.svc.cluster.local', '%PODIP%:51832', '%SVCIP:ratings%:9080'));
  for (let m = -26.6; m < -0.2; m += 1.9) out.push(acc(m, 'GET', '/ratings/0', 500, '-', 3, 'Apache-CXF/3.1.18', 'ratings:9080', `${ip}:9080`, 'outbound|9080||ratings.bookinfo.svc.cluster.local', '%PODIP%:51832', '%SVCIP:ratings%:9080'));
  return out;
};
const ratingsProxy = () => {
  const out = [];
  for (let m = -26.6; m < -0.2; m += 0.95) out.push(tcpUH(m));
  return out;
};

export const scenarios = [
  bookinfoScenario({
    folder: 's32a-mysqldb-secret-missing',
    split: 'test',
    incidentTime: '2026-05-19T10:41:00Z',
    description: 'bookinfo: star ratings gone on product page since ~10:15, reviews say "Ratings service is currently unavailable"',
    expected: { component: 'mysqldb', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['louder-dependents', 'time-expression', 'decoy'],
    grounding: `
      istio/istio samples/bookinfo: bookinfo-ratings-v2-mysql.yaml (ratings v2, DB_TYPE=mysql, MYSQL_DB_HOST=mysqldb) and
      bookinfo-mysql.yaml (mysqldb-v1, MYSQL_ROOT_PASSWORD from secretKeyRef mysql-credentials/rootpasswd, emptyDir data).
      Fault: the Secret mysql-credentials was deleted in a cleanup of "unused" secrets; the running mysqldb pod was unaffected
      (env is resolved at container creation) until a developer deleted the pod at 10:14 to reset the ratings data. The
      replacement pod's mysqldb container stays in CreateContainerConfigError (kubelet: Error: secret "mysql-credentials" not
      found), its istio-proxy is Running, so the pod is not Ready and the mysqldb Service has no endpoints.
      ratings.js (v2, mysql) calls connection.connect() without a callback and answers 500 {"error":"could not connect to
      ratings database"} without logging; its sidecar logs TCP UH (no healthy upstream) to mysqldb:3306; reviews' sidecars log
      500 from ratings; the reviews page shows "Ratings service is currently unavailable".
      Decoy: a routine kubectl rollout restart of details-v1 50 minutes earlier (healthy; one readiness probe failure of the
      new pod's sidecar while it started).`,
    workloads: {
      'details-v1': {
        serviceSelector: { app: 'details' },
        rollout: { at: -50, revision: 6 },
        pods: [{ created: T.iso(-49.6) }],
      },
      'mysqldb-v1': {
        endpointsChanged: -26.9,
        unavailableSince: -26.9,
        pods: [
          {
            created: T.iso(-26.9),
            containers: {
              mysqldb: cs.waiting('CreateContainerConfigError', 'secret "mysql-credentials" not found'),
              'istio-proxy': cs.running(T.iso(-26.7)),
            },
          },
        ],
      },
    },
    events: [
      { on: 'pod:mysqldb-v1#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned bookinfo/%POD% to %NODE%', first: -26.9 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', fieldPath: 'spec.initContainers{istio-init}', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: -26.85 },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', fieldPath: 'spec.initContainers{istio-init}', message: 'Created container istio-init', first: -26.85 },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', fieldPath: 'spec.initContainers{istio-init}', message: 'Started container istio-init', first: -26.8 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', fieldPath: 'spec.containers{mysqldb}', message: 'Container image "docker.io/istio/examples-bookinfo-mysqldb:1.20.1" already present on machine', first: -26.75, last: -0.4, count: 118 },
      { on: 'pod:mysqldb-v1#0', reason: 'Failed', type: 'Warning', fieldPath: 'spec.containers{mysqldb}', message: 'Error: secret "mysql-credentials" not found', first: -26.75, last: -0.4, count: 118 },
      { on: 'pod:mysqldb-v1#0', reason: 'Pulled', fieldPath: 'spec.containers{istio-proxy}', message: 'Container image "docker.io/istio/proxyv2:1.23.2" already present on machine', first: -26.75 },
      { on: 'pod:mysqldb-v1#0', reason: 'Created', fieldPath: 'spec.containers{istio-proxy}', message: 'Created container istio-proxy', first: -26.75 },
      { on: 'pod:mysqldb-v1#0', reason: 'Started', fieldPath: 'spec.containers{istio-proxy}', message: 'Started container istio-proxy', first: -26.7 },
      { on: 'rs:mysqldb-v1', reason: 'SuccessfulCreate', message: 'Created pod: mysqldb-v1-%RS%', first: -26.9 },
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set details-v1-%NEW% to 1', first: -50 },
      { on: 'deploy:details-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set details-v1-%OLD% to 0 from 1', first: -49.3 },
      { on: 'pod:details-v1#0', reason: 'Unhealthy', type: 'Warning', fieldPath: 'spec.containers{istio-proxy}', message: 'Readiness probe failed: Get "http://%PODIP%:15021/healthz/ready": dial tcp %PODIP%:15021: connect: connection refused', first: -49.5 },
    ],
    logs: {
      'ratings-v2-mysql#0/ratings': ['Server listening on: http://0.0.0.0:9080'],
      'ratings-v2-mysql#0/istio-proxy': [
        `${T.isoMs(-60 * 24 * 9 + 0.4)}\tinfo\tEnvoy proxy is ready`,
        ...ratingsProxy(),
      ],
      'reviews-v2#0/istio-proxy': [`${T.isoMs(-60 * 24 * 9 + 0.5)}\tinfo\tEnvoy proxy is ready`, ...reviewsLog('%IPOF:ratings-v2-mysql#0%')],
      'reviews-v3#0/istio-proxy': [`${T.isoMs(-60 * 24 * 9 + 0.5)}\tinfo\tEnvoy proxy is ready`, ...reviewsLog('%IPOF:ratings-v2-mysql#0%')],
      'reviews-v3#0/reviews': [
        '[AUDIT   ] CWWKE0001I: The server defaultServer has been launched.',
        '[AUDIT   ] CWWKZ0001I: Application reviews-app started in 2.311 seconds.',
        '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.904 seconds.',
        ...Array.from({ length: 14 }, () => 'Error: unable to contact http://ratings:9080/ratings got status of 500'),
      ],
      'mysqldb-v1#0/istio-proxy': [
        `${T.isoMs(-26.7)}\tinfo\tFLAG: --concurrency="0"`,
        `${T.isoMs(-26.6)}\tinfo\tcache\tgenerated new workload certificate\tlatency=88.412031ms ttl=23h59m59.011938711s`,
        `${T.isoMs(-26.5)}\tinfo\tEnvoy proxy is ready`,
      ],
      'productpage-v1#0/productpage': [
        `INFO:root:start at port 9080`,
        `[${T.go(-60 * 24 * 9 + 0.5).replaceAll('/', '-')} +0000] [1] [INFO] Starting gunicorn 22.0.0`,
      ],
    },
  }),
];
