// Held-out scenario of blind batch s54b for Istio Bookinfo (sidecar-injected), on the kit system
// scripts/kit-systems/bookinfo.mjs through its `bookinfoScenario` selectors; built by scripts/s54b-build.mjs (split: test).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export { system };

const INC = '2026-04-22T09:48:00Z';
const T = clock(INC);
const DEL = -52;
const MYSQL_IMG = 'docker.io/istio/examples-bookinfo-mysqldb:1.20.1';
const PROXY = 'docker.io/istio/proxyv2:1.23.2';
const ERR_BODY = JSON.stringify({ error: 'could not connect to ratings database' }).length;
const OK_BODY = JSON.stringify({ id: 0, ratings: { Reviewer1: 5, Reviewer2: 4 } }).length;

const rid = (n) => {
  const x = ((n * 2654435761) >>> 0).toString(16).padStart(8, '0');
  const y = ((n * 40503 + 97) >>> 0).toString(16).padStart(8, '0');
  return `${x}-${y.slice(0, 4)}-9${y.slice(4, 7)}-b${x.slice(1, 4)}-${x}${y.slice(0, 4)}`;
};
const ts = (min) => T.isoMs(min);
// Istio's default TEXT access-log format (meshConfig.accessLogFile=/dev/stdout).
const outRatings = (min, n, toV2, self) => {
  const code = toV2 ? 500 : 200;
  const upstream = toV2 ? '%IPOF:ratings-v2-mysql#0%' : '%IPOF:ratings-v1#0%';
  const dur = toV2 ? 4 + (n % 3) : 2 + (n % 2);
  return `[${ts(min)}] "GET /ratings/0 HTTP/1.1" ${code} - via_upstream - "-" 0 ${toV2 ? ERR_BODY : OK_BODY} ${dur} ${dur - 1} "-" "Apache-CXF/3.1.18" "${rid(n)}" "ratings:9080" "${upstream}:9080" outbound|9080||ratings.bookinfo.svc.cluster.local ${self}:${40000 + ((n * 37) % 20000)} %SVCIP:ratings%:9080 ${self}:${30000 + ((n * 53) % 20000)} - default`;
};
const reviewsProxy = (seed) => {
  const out = [`${ts(seed === 3 ? -60 * 22 - 13.4 : -60 * 24 * 9 + 0.5)}\tinfo\tEnvoy proxy is ready`];
  let n = seed * 1000;
  for (let m = -95 + seed * 0.3; m < -0.3; m += 0.4 + (n % 5) * 0.17, n++) {
    // ratings selects app: ratings -> ratings-v1 and ratings-v2-mysql, round robin.
    out.push(outRatings(m, n, m > DEL + 0.5 && n % 2 === 1, '%PODIP%'));
  }
  return out;
};
const ratingsV2Proxy = () => {
  const out = [`${ts(-60 * 24 * 9 + 0.5)}\tinfo\tEnvoy proxy is ready`];
  let n = 5000;
  for (let m = -95; m < -0.3; m += 0.4 + (n % 5) * 0.17, n++) {
    if (m > DEL + 0.5) {
      out.push(
        `[${ts(m)}] "- - -" 0 UH - - "-" 0 0 0 - "-" "-" "-" "-" "-" outbound|3306||mysqldb.bookinfo.svc.cluster.local - %SVCIP:mysqldb%:3306 %PODIP%:${33000 + ((n * 71) % 20000)} - -`,
      );
      out.push(
        `[${ts(m - 0.0001)}] "GET /ratings/0 HTTP/1.1" 500 - via_upstream - "-" 0 ${ERR_BODY} 3 2 "-" "Apache-CXF/3.1.18" "${rid(n)}" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${41000 + ((n * 13) % 9000)} %PODIP%:9080 %IPOF:reviews-v${2 + (n % 2)}#0%:${50000 + ((n * 17) % 9000)} outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`,
      );
    } else {
      out.push(
        `[${ts(m)}] "- - -" 0 - - - "-" 311 ${180 + (n % 3)} 2 - "-" "-" "-" "-" "192.168.72.118:3306" outbound|3306||mysqldb.bookinfo.svc.cluster.local %PODIP%:${52000 + ((n * 29) % 9000)} %SVCIP:mysqldb%:3306 %PODIP%:${33000 + ((n * 71) % 20000)} - -`,
      );
      out.push(
        `[${ts(m - 0.0001)}] "GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 ${OK_BODY} 5 4 "-" "Apache-CXF/3.1.18" "${rid(n)}" "ratings:9080" "%PODIP%:9080" inbound|9080|| 127.0.0.6:${41000 + ((n * 13) % 9000)} %PODIP%:9080 %IPOF:reviews-v${2 + (n % 2)}#0%:${50000 + ((n * 17) % 9000)} outbound_.9080_._.ratings.bookinfo.svc.cluster.local default`,
      );
    }
  }
  return out;
};
const ratingsV2App = () => [
  'Server listening on: http://0.0.0.0:9080',
  ...Array.from({ length: 180 }, (_, i) => (i % 9 === 8 ? 'GET /health' : 'GET /ratings/0')),
];
const mysqlProxy = () => [
  `${ts(DEL + 0.2)}\tinfo\tFLAG: --concurrency="0"`,
  `${ts(DEL + 0.2)}\tinfo\tFLAG: --domain="bookinfo.svc.cluster.local"`,
  `${ts(DEL + 0.2)}\tinfo\tVersion 1.23.2-6e3c9e8b7b4f1ed2e8b5d2bd1c4de0fbd5b3bb7c-Clean`,
  `${ts(DEL + 0.22)}\tinfo\tProxy role\tips=[%PODIP%] type=sidecar id=%POD%.bookinfo domain=bookinfo.svc.cluster.local`,
  `${ts(DEL + 0.25)}\tinfo\tsds\tSDS server for workload certificates started, listening on "var/run/secrets/workload-spiffe-uds/socket"`,
  `${ts(DEL + 0.27)}\tinfo\tads\tADS: new connection for node:%POD%.bookinfo-1`,
  `${ts(DEL + 0.27)}\tinfo\tcache\tgenerated new workload certificate\tresourceName=default latency=118.402577ms ttl=23h59m59.881420914s`,
  `${ts(DEL + 0.3)}\tinfo\tReadiness succeeded in 1.204559311s`,
  `${ts(DEL + 0.3)}\tinfo\tEnvoy proxy is ready`,
];

const v3 = system.workloads.find((w) => w.name === 'reviews-v3');

export const scenarios = [
  bookinfoScenario({
    folder: 's54b-stars-missing-half-the-time',
    incidentTime: INC,
    description:
      'bookinfo: star ratings missing on roughly every other product page load since ~08:55 ("Ratings service is currently unavailable"). community team says reviews pods are fine',
    expected: { component: 'mysqldb', cause: 'config-missing' },
    difficulty: 'hard',
    traits: ['louder-dependents', 'callers-only', 'decoy', 'time-expression', 'team-name'],
    grounding: `
      Manifest facts: istio/istio samples/bookinfo/platform/kube bookinfo-mysql.yaml (mysqldb-v1 takes MYSQL_ROOT_PASSWORD from
      secretKeyRef mysql-credentials/rootpasswd, no volume), bookinfo-ratings-v2-mysql.yaml (ratings-v2-mysql, MYSQL_DB_HOST=mysqldb)
      and bookinfo.yaml (Service ratings selects app: ratings, so ratings-v1 and ratings-v2-mysql share it round robin);
      kit system scripts/kit-systems/bookinfo.mjs, sidecar-injected.
      Code facts: samples/bookinfo/src/ratings/ratings.js (v2, DB_TYPE=mysql) opens a connection per GET /ratings and answers
      500 {"error":"could not connect to ratings database"} on a query error, logging only "GET /ratings/0"; reviews v2/v3
      show "Ratings service is currently unavailable" on a non-200.
      Fault: the data team moved the MySQL root password to a new Secret and deleted mysql-credentials, then deleted the
      mysqldb-v1 pod 52 minutes before the incident to "pick up" the new password; the Deployment still references
      mysql-credentials, so the replacement pod's mysqldb container sits in CreateContainerConfigError
      ('secret "mysql-credentials" not found', the kubelet's wording) while its istio-proxy runs, the mysqldb Service has no
      ready endpoint and Envoy in ratings-v2-mysql reports UH (no healthy upstream) for 3306. Only the half of the ratings
      calls that land on ratings-v2-mysql fail. Secrets are not part of a snapshot.
      Decoy: reviews-v3 was restarted (kubectl rollout restart) yesterday and is healthy.
      Deviations from upstream: the Secret rename and pod deletion are invented; Envoy access logging to stdout is enabled
      (meshConfig.accessLogFile); the reviews client User-Agent is assumed.
    `,
    workloads: {
      'mysqldb-v1': {
        pods: [
          {
            created: T.iso(DEL),
            readyTransition: T.iso(DEL + 0.1),
            containers: {
              mysqldb: cs.waiting('CreateContainerConfigError', 'secret "mysql-credentials" not found'),
              'istio-proxy': cs.running(T.iso(DEL + 0.2)),
            },
          },
        ],
        unavailableSince: DEL,
        endpointsChanged: DEL + 0.1,
      },
      'reviews-v3': {
        rollout: { at: -60 * 22 - 14, revision: 3 },
        patch: {
          podAnnotations: { ...v3.podAnnotations, 'kubectl.kubernetes.io/restartedAt': T.iso(-60 * 22 - 14) },
        },
      },
    },
    events: [
      {
        on: 'pod:mysqldb-v1#0',
        reason: 'Scheduled',
        message: 'Successfully assigned bookinfo/%POD% to %NODE%',
        source: 'default-scheduler',
        first: DEL,
      },
      {
        on: 'pod:mysqldb-v1#0',
        reason: 'Pulled',
        message: `Container image "${PROXY}" already present on machine`,
        fieldPath: 'spec.initContainers{istio-init}',
        first: DEL + 0.05,
      },
      {
        on: 'pod:mysqldb-v1#0',
        reason: 'Created',
        message: 'Created container istio-init',
        fieldPath: 'spec.initContainers{istio-init}',
        first: DEL + 0.05,
      },
      {
        on: 'pod:mysqldb-v1#0',
        reason: 'Started',
        message: 'Started container istio-init',
        fieldPath: 'spec.initContainers{istio-init}',
        first: DEL + 0.06,
      },
      {
        on: 'pod:mysqldb-v1#0',
        reason: 'Pulled',
        message: `Container image "${MYSQL_IMG}" already present on machine`,
        fieldPath: 'spec.containers{mysqldb}',
        count: 243,
        first: DEL + 0.1,
        last: -0.2,
      },
      {
        on: 'pod:mysqldb-v1#0',
        reason: 'Failed',
        type: 'Warning',
        message: 'Error: secret "mysql-credentials" not found',
        fieldPath: 'spec.containers{mysqldb}',
        count: 243,
        first: DEL + 0.1,
        last: -0.2,
      },
      {
        on: 'pod:mysqldb-v1#0',
        reason: 'Pulled',
        message: `Container image "${PROXY}" already present on machine`,
        fieldPath: 'spec.containers{istio-proxy}',
        first: DEL + 0.15,
      },
      {
        on: 'pod:mysqldb-v1#0',
        reason: 'Created',
        message: 'Created container istio-proxy',
        fieldPath: 'spec.containers{istio-proxy}',
        first: DEL + 0.15,
      },
      {
        on: 'pod:mysqldb-v1#0',
        reason: 'Started',
        message: 'Started container istio-proxy',
        fieldPath: 'spec.containers{istio-proxy}',
        first: DEL + 0.2,
      },
      {
        on: 'rs:mysqldb-v1',
        reason: 'SuccessfulCreate',
        message: 'Created pod: %MYSQLPOD%',
        source: 'replicaset-controller',
        first: DEL,
      },
      {
        on: 'deploy:reviews-v3',
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set reviews-v3-%NEW% to 1 from 0',
        source: 'deployment-controller',
        first: -60 * 22 - 14,
      },
      {
        on: 'deploy:reviews-v3',
        reason: 'ScalingReplicaSet',
        message: 'Scaled down replica set reviews-v3-%OLD% to 0 from 1',
        source: 'deployment-controller',
        first: -60 * 22 - 13,
      },
    ],
    configMaps: [
      { name: 'istio-ca-root-cert', keys: ['root-cert.pem'] },
      { name: 'kube-root-ca.crt', keys: ['ca.crt'] },
    ],
    logs: {
      'mysqldb-v1#0/istio-proxy': mysqlProxy(),
      'ratings-v2-mysql#0/ratings': ratingsV2App(),
      'ratings-v2-mysql#0/istio-proxy': ratingsV2Proxy(),
      'reviews-v2#0/istio-proxy': reviewsProxy(2),
      'reviews-v3#0/istio-proxy': reviewsProxy(3),
    },
  }),
];

// The replicaset-controller's event names the pod it created (the kit cannot say which one).
export function post({ read, write }) {
  const pods = read('pods.json');
  const pod = pods.items.find((p) => p.metadata.name.startsWith('mysqldb-v1-'));
  const ev = read('events.json');
  for (const e of ev.items) e.message = e.message.replace('%MYSQLPOD%', pod.metadata.name);
  write('events.json', ev);
  // A pod with a container that was never created is Pending (kubelet getPhase), though its sidecar runs; the Endpoints
  // controller still lists it under notReadyAddresses.
  pod.status.phase = 'Pending';
  write('pods.json', pods);
}
