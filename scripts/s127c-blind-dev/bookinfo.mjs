// Blind dev batch s127c: Bookinfo scenarios (system from scripts/kit-systems/bookinfo.mjs, Istio 1.23 sidecars).
import { clock } from '../s2-scenario-kit.mjs';
import { system as bi, bookinfoScenario } from '../kit-systems/bookinfo.mjs';

export const system = bi;
const base = (n) => bi.workloads.find((w) => w.name === n);
const envoy = (T, min, line) => `[${T.isoMs(min)}] ${line}`;

// --- 3: ratings-v1 re-deployed without the sidecar while the mesh originates ISTIO_MUTUAL to it ---
const T3 = clock('2026-03-03T11:10:00Z');
const r1 = base('ratings-v1');
const wrongVer = 'upstream_reset_before_response_started{connection_failure,TLS_error:|268435703:SSL_routines:OPENSSL_internal:WRONG_VERSION_NUMBER:TLS_error_end}';
const s3 = bookinfoScenario({
  folder: 's127c-ratings-v1-sidecar-dropped-mtls',
  incidentTime: '2026-03-03T11:10:00Z',
  description: 'stars missing on about half the product pages, "Ratings service is currently unavailable" since 10:50ish. reviews looks ok in grafana',
  expected: { component: 'ratings', cause: 'network-fault' },
  alsoAcceptable: [{ component: 'ratings', cause: 'bad-deploy-rollout' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'tls-misconfig', 'louder-dependents', 'time-expression'],
  grounding: `Bookinfo on Istio 1.23 with the samples' destination-rule-all-mtls.yaml (DestinationRule ratings: trafficPolicy.tls.mode
  ISTIO_MUTUAL). At 10:49 ratings-v1 was re-deployed with the pod annotation sidecar.istio.io/inject: "false" (copied from a debug
  overlay), so its new pods have no istio-init/istio-proxy and serve plain HTTP on 9080, while the reviews sidecars still originate
  mTLS to every ratings endpoint. Envoy then fails the upstream TLS handshake with WRONG_VERSION_NUMBER and answers 503 UF
  (Istio docs "Traffic Management Problems: 503 errors after setting destination rule" / the common "mTLS to a pod without
  sidecar" report). ratings-v2-mysql behind the same Service keeps its sidecar and answers, so only part of the requests fail.
  Pods stay Ready (upstream has no probes). Deviations: the annotation and the mtls DestinationRule (not in the snapshot) are the
  scenario's; the DestinationRule is named in this grounding only.`,
  workloads: {
    'ratings-v1': {
      patch: {
        initContainers: undefined,
        containers: [r1.containers[0]],
        volumes: undefined,
        podAnnotations: { 'sidecar.istio.io/inject': 'false', 'prometheus.io/scrape': 'false' },
      },
      rollout: { at: -21, oldReplicas: 0, oldPatch: { initContainers: r1.initContainers, containers: r1.containers, volumes: r1.volumes, podAnnotations: r1.podAnnotations } },
    },
  },
  events: [
    { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled up replica set ratings-v1-%NEW% to 1', first: -21 },
    { on: 'deploy:ratings-v1', reason: 'ScalingReplicaSet', message: 'Scaled down replica set ratings-v1-%OLD% to 0 from 1', first: -20.6 },
    { on: 'pod:ratings-v1#0', reason: 'Scheduled', message: 'Successfully assigned bookinfo/%POD% to %NODE%', source: 'default-scheduler', first: -20.9 },
    { on: 'pod:ratings-v1#0', reason: 'Pulled', message: 'Container image "docker.io/istio/examples-bookinfo-ratings-v1:1.20.1" already present on machine', first: -20.8, fieldPath: 'spec.containers{ratings}' },
    { on: 'pod:ratings-v1#0', reason: 'Created', message: 'Created container ratings', first: -20.8, fieldPath: 'spec.containers{ratings}' },
    { on: 'pod:ratings-v1#0', reason: 'Started', message: 'Started container ratings', first: -20.7, fieldPath: 'spec.containers{ratings}' },
  ],
  logs: {
    'ratings-v1#0/ratings': ['Server listening on: 9080'],
    'reviews-v2#0/istio-proxy': [
      envoy(T3, -26, `"GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 4 3 "-" "Apache-CXF/3.1.18" "3f8a1c52-7d0e-9b4e-a1f6-2c5d8e7b9a04" "ratings:9080" "%IPOF:ratings-v2-mysql#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %PODIP%:48212 %SVCIP:ratings%:9080 %PODIP%:55630 - default`),
      ...[-18.2, -14.7, -11.3, -7.9, -4.4, -1.6].map((m, i) => envoy(T3, m, `"GET /ratings/0 HTTP/1.1" 503 UF ${wrongVer} - "-" 0 ${i % 2 ? 190 : 195} 2 - "-" "Apache-CXF/3.1.18" "9c2e47d1-${1000 + i}-4b7a-8e5f-0d3a6c9b2e71" "ratings:9080" "%IPOF:ratings-v1#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local - %SVCIP:ratings%:9080 %PODIP%:5${5640 + i} - default`)),
      envoy(T3, -9.5, `"GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 5 4 "-" "Apache-CXF/3.1.18" "7b0d3e96-2a4c-4f1e-b8d7-5e6a9c1f3b28" "ratings:9080" "%IPOF:ratings-v2-mysql#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %PODIP%:48230 %SVCIP:ratings%:9080 %PODIP%:55702 - default`),
    ],
    'reviews-v2#0/reviews': [
      '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 6.113 seconds.',
      ...[-18.2, -11.3, -4.4].map(() => 'Error: unable to contact http://ratings:9080/ratings/0 got status of 503'),
    ],
    'reviews-v3#0/reviews': [
      '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.874 seconds.',
      ...[-14.7, -7.9, -1.6].map(() => 'Error: unable to contact http://ratings:9080/ratings/0 got status of 503'),
    ],
    'productpage-v1#0/productpage': [
      `INFO:werkzeug:::ffff:127.0.0.6 - - [${T3.iso(-2).slice(8, 10)}/Mar/2026 ${T3.hm(-2)}:11] "GET /productpage HTTP/1.1" 200 -`,
    ],
  },
});

// --- 4: mysqldb Service port renamed to an http-* name: Istio treats MySQL (server-first) as HTTP ---
const T4 = clock('2026-03-12T16:30:00Z');
const hsTimeout = (min) => [
  '{ Error: Handshake inactivity timeout',
  '    at Handshake.<anonymous> (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:160:17)',
  '    at Handshake.emit (events.js:182:13)',
  '    at Handshake._onTimeout (/opt/microservices/node_modules/mysql/lib/protocol/sequences/Sequence.js:124:8)',
  '    at Timer._onTimeout (/opt/microservices/node_modules/mysql/lib/protocol/Timer.js:32:23)',
  '    at ontimeout (timers.js:436:11)',
  '    at tryOnTimeout (timers.js:300:5)',
  '    at listOnTimeout (timers.js:263:5)',
  '    at Timer.processTimers (timers.js:223:10)',
  '    --------------------',
  '    at Protocol._enqueue (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:144:48)',
  '    at Protocol.handshake (/opt/microservices/node_modules/mysql/lib/protocol/Protocol.js:51:23)',
  '    at Connection.connect (/opt/microservices/node_modules/mysql/lib/Connection.js:119:18)',
  '    at /opt/microservices/ratings.js:156:20',
  "  code: 'PROTOCOL_SEQUENCE_TIMEOUT',",
  '  fatal: true,',
  '  timeout: 10000 }',
];
const s4 = bookinfoScenario({
  folder: 's127c-mysqldb-port-name-http-protocol',
  incidentTime: '2026-03-12T16:30:00Z',
  description: 'ratings flaky since ~16:05 — reviews shows "unavailable" for some books. db pod is up, no restarts. data platform changed something on mysql svc?',
  expected: { component: 'mysqldb', cause: 'network-fault' },
  alsoAcceptable: [{ component: 'mysqldb', cause: 'config-error' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'partial-name', 'team-name', 'time-expression'],
  grounding: `bookinfo-mysql.yaml names the mysqldb Service port "tcp" (3306) so Istio proxies it as opaque TCP. At 16:03 a
  "port naming convention" change renamed it to "http-mysql"; Istio selects the protocol from the port name, so the ratings-v2
  sidecar now runs an HTTP listener for mysqldb:3306. MySQL is a server-first protocol (Istio docs "Protocol Selection" /
  "Server First Protocols"): the client waits for the server greeting, Envoy waits for an HTTP request, and the mysql driver of
  ratings-v2 fails with "Handshake inactivity timeout" (PROTOCOL_SEQUENCE_TIMEOUT) after 10 s; ratings answers 500 "could not
  connect to ratings database" and reviews shows "Ratings service is currently unavailable". mysqldb's pod stays Ready and logs
  nothing. ratings-v1 behind the same Service still answers, so it is partial. Deviations: the rename is the scenario's; upstream
  keeps "tcp".`,
  workloads: {
    'mysqldb-v1': { servicePorts: [{ name: 'http-mysql', port: 3306, targetPort: 3306 }] },
  },
  events: [],
  logs: {
    'ratings-v2-mysql#0/ratings': [
      'Server listening on: 9080',
      ...[-22, -14, -6].flatMap((m) => hsTimeout(m)),
    ],
    'mysqldb-v1#0/mysqldb': [
      `${T4.iso(-60 * 24 * 9).replace("T", " ").replace("Z", "")} 0 [Note] mysqld (mysqld 10.3.38-MariaDB-0ubuntu0.20.04.1) starting as process 1 ...`,
      `${T4.iso(-60 * 24 * 9).replace("T", " ").replace("Z", "")} 0 [Note] InnoDB: Buffer pool(s) load completed at ${T4.iso(-60 * 24 * 9).slice(2, 10).replaceAll('-', '')} ${T4.hm(-60 * 24 * 9)}:02`,
      `${T4.iso(-60 * 24 * 9).replace("T", " ").replace("Z", "")} 0 [Note] mysqld: ready for connections.`,
      "Version: '10.3.38-MariaDB-0ubuntu0.20.04.1'  socket: '/run/mysqld/mysqld.sock'  port: 3306  Ubuntu 20.04",
    ],
    'reviews-v3#0/reviews': [
      '[AUDIT   ] CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server started in 5.874 seconds.',
      ...[-22, -14, -6].map(() => 'Error: unable to contact http://ratings:9080/ratings/0 got status of 500'),
    ],
    'reviews-v2#0/istio-proxy': [
      envoy(T4, -13.8, `"GET /ratings/0 HTTP/1.1" 500 - via_upstream - "-" 0 51 10012 10011 "-" "Apache-CXF/3.1.18" "e41b7c09-6d2a-4f83-9a5e-1c0d7b3f2e96" "ratings:9080" "%IPOF:ratings-v2-mysql#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %PODIP%:51184 %SVCIP:ratings%:9080 %PODIP%:60212 - default`),
      envoy(T4, -8.1, `"GET /ratings/0 HTTP/1.1" 200 - via_upstream - "-" 0 48 3 3 "-" "Apache-CXF/3.1.18" "0a6f2d81-3c9e-4b57-8e1d-7f4a2c6b9d03" "ratings:9080" "%IPOF:ratings-v1#0%:9080" outbound|9080||ratings.bookinfo.svc.cluster.local %PODIP%:51190 %SVCIP:ratings%:9080 %PODIP%:60244 - default`),
    ],
  },
});

export const scenarios = [s3, s4];
