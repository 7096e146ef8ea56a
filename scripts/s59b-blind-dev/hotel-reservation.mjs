// Blind dev batch s59b: one DeathStarBench hotelReservation scenario (network-fault, gRPC TLS) for the scenario kit, built by
// scripts/s59b-build.mjs with the session-3 system definition (scripts/s3-scenarios/hotel-reservation.mjs) and its default PVCs.
import { clock } from '../s2-scenario-kit.mjs';
import { system, defaultPvcs } from '../s3-scenarios/hotel-reservation.mjs';

export { system, defaultPvcs };

const INCIDENT = '2026-02-24T10:58:00Z';
const T = clock(INCIDENT);
const GO = ['frontend', 'search', 'geo', 'profile', 'rate', 'recommendation', 'user', 'reservation'];
const base = Object.fromEntries(system.workloads.map((w) => [w.name, w]));
// The platform team's TLS setup: TLS=1 on every Go service, x509/ (server cert and key from the service's cert-manager
// Secret, CA bundle from the hotelres-grpc-ca ConfigMap) projected where tls/options.go reads it (relative to /workspace).
const tlsVolume = (svc) => ({
  name: 'grpc-tls',
  projected: {
    defaultMode: 420,
    sources: [
      { secret: { name: `${svc}-grpc-tls`, items: [{ key: 'tls.crt', path: 'server_cert.pem' }, { key: 'tls.key', path: 'server_key.pem' }] } },
      { configMap: { name: 'hotelres-grpc-ca', items: [{ key: 'ca.crt', path: 'ca_cert.pem' }] } },
    ],
  },
});
const envOf = (svc, extra = []) => base[svc].containers[0].env.map((e) => (e.name === 'TLS' ? { name: 'TLS', value: '1' } : e)).concat(extra);
const container = (svc, extra) => ({
  [`hotel-reserv-${svc}`]: {
    env: envOf(svc, extra),
    volumeMounts: [...base[svc].containers[0].volumeMounts, { name: 'grpc-tls', mountPath: '/workspace/x509', readOnly: true }],
  },
});
const patch = (svc) => ({ volumes: [...base[svc].volumes, tlsVolume(svc)] });
const RELOADER = { name: 'STAKATER_GEO_GRPC_TLS_SECRET', value: '6c1f0e9b27d4a85e3f1b9c02d7a4e8f15b3c6d90' };
const GRPC_LOG = { name: 'GRPC_GO_LOG_SEVERITY_LEVEL', value: 'warning' };

const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const bootLines = (min, svc, port, db) => [
  zl(min, 'INF', 'tls/options.go:98', 'TLS enabled without specified cipher suite'),
  zl(min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
  ...(db ? [
    zl(min, 'INF', `cmd/${svc}/main.go:37`, `Read database URL: ${db}`),
    zl(min, 'INF', `cmd/${svc}/main.go:38`, 'Initializing DB connection...'),
    zl(min + 0.01, 'INF', `cmd/${svc}/db.go:29`, 'New session successfull...'),
    zl(min + 0.01, 'INF', `cmd/${svc}/main.go:40`, 'Successfull'),
  ] : []),
  zl(min + 0.01, 'INF', `cmd/${svc}/main.go:45`, `Read target port: ${port}`),
  zl(min + 0.01, 'INF', `cmd/${svc}/main.go:46`, 'Read consul address: consul:8500'),
  zl(min + 0.01, 'INF', `cmd/${svc}/main.go:47`, 'Read jaeger address: jaeger:6831'),
  zl(min + 0.01, 'INF', `cmd/${svc}/main.go:56`, `Initializing jaeger agent [service name: ${svc} | host: jaeger:6831]...`),
  zl(min + 0.02, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(min + 0.02, 'INF', `cmd/${svc}/main.go:61`, 'Jaeger agent initialized'),
  zl(min + 0.02, 'INF', `cmd/${svc}/main.go:63`, 'Initializing consul agent [host: consul:8500]...'),
  zl(min + 0.02, 'INF', `cmd/${svc}/main.go:68`, 'Consul agent initialized'),
  zl(min + 0.02, 'INF', `cmd/${svc}/main.go:80`, 'Starting server...'),
  zl(min + 0.03, 'INF', 'registry/registry.go:91', `Trying to register service [ name: srv-${svc}, id: ${['5e0b', '9a41', 'c7d2', '13f8'][svc.length % 4]}1c2a-8f3e-4d61-b07a-2e9c5d1f6a${String(port).slice(2)}, address: %PODIP%:${port} ]`),
  zl(min + 0.03, 'INF', `services/${svc}/server.go:${svc === 'geo' ? 93 : 110}`, 'Successfully registered in consul'),
];
// grpc-go's own logger (GRPC_GO_LOG_SEVERITY_LEVEL=warning on search): log.LstdFlags date, then severity.
const grpcWarn = (min, sub, ip) =>
  `${T.go(min)} WARNING: [core] [Channel #5 SubChannel #${sub}]grpc: addrConn.createTransport failed to connect to {Addr: "${ip}:8083", ServerName: "srv-geo", }. Err: connection error: desc = "transport: authentication handshake failed: tls: failed to verify certificate: x509: certificate signed by unknown authority (possibly because of \\"crypto/rsa: verification error\\" while trying to verify candidate authority certificate \\"hotelres-grpc-ca\\")"`;
const SEARCH_START = -60 * 24 * 5;
const searchLog = [
  `${T.go(SEARCH_START + 0.3)} WARNING: [core] [Channel #3 SubChannel #4]grpc: addrConn.createTransport failed to connect to {Addr: "consul:8500", ServerName: "consul:8500", }. Err: connection error: desc = "transport: Error while dialing: dial tcp: lookup consul on 10.0.0.10:53: no such host"`,
  ...bootLines(SEARCH_START + 0.3, 'search', 8082, null),
  ...Array.from({ length: 14 }, (_, i) => grpcWarn(-16.9 + i * 1.15, 9 + i, '%IPOF:geo#0%')),
];

export const scenarios = [
  {
    folder: 's59b-geo-grpc-cert-new-ca',
    description: 'hotel search returning 500 since ~10:40 (Unavailable from search?). login, recommendations & reserve still work',
    incidentTime: INCIDENT,
    expected: { component: 'geo', cause: 'network-fault' },
    alsoAcceptable: [
      { component: 'search', cause: 'network-fault' },
      { component: 'geo', cause: 'config-error' },
      { component: 'geo', cause: 'bad-deploy-rollout' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'tls-misconfig', 'rollout-regression', 'time-expression'],
    workloads: Object.fromEntries(GO.map((svc) => {
      if (svc === 'geo') {
        return [svc, {
          patch: patch(svc),
          containers: container(svc, [RELOADER]),
          rollout: { at: -18.3, revision: 7, oldContainers: container(svc, []) },
          endpointsChanged: -17.2,
        }];
      }
      if (svc === 'search') return [svc, { patch: patch(svc), containers: container(svc, [GRPC_LOG]), since: SEARCH_START }];
      return [svc, { patch: patch(svc), containers: container(svc, []), since: -60 * 24 * 5 }];
    })),
    configMaps: [
      ...GO.map((s) => ({ name: `${s}-hotelres`, keys: ['service-config.json'] })),
      { name: 'hotelres-grpc-ca', keys: ['ca.crt'] },
      { name: 'kube-root-ca.crt', keys: ['ca.crt'] },
    ],
    events: [
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled up replica set geo-%NEW% to 1', first: -18.3, source: 'deployment-controller' },
      { on: 'deploy:geo', reason: 'ScalingReplicaSet', message: 'Scaled down replica set geo-%OLD% to 0 from 1', first: -17.2 },
      { on: 'rs:geo', reason: 'SuccessfulCreate', message: 'Created pod: geo-%RS%', first: -18.3 },
      { on: 'pod:geo#0', reason: 'Scheduled', source: 'default-scheduler', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: -17.8 },
      { on: 'pod:geo#0', reason: 'Pulled', message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', first: -17.6, fieldPath: 'spec.containers{hotel-reserv-geo}' },
      { on: 'pod:geo#0', reason: 'Created', message: 'Created container hotel-reserv-geo', first: -17.55, fieldPath: 'spec.containers{hotel-reserv-geo}' },
      { on: 'pod:geo#0', reason: 'Started', message: 'Started container hotel-reserv-geo', first: -17.5, fieldPath: 'spec.containers{hotel-reserv-geo}' },
    ],
    logs: {
      'geo#0/hotel-reserv-geo': bootLines(-17.45, 'geo', 8083, 'mongodb-geo:27017'),
      'search#0/hotel-reserv-search': searchLog,
      'frontend#0/hotel-reserv-frontend': bootLines(-60 * 24 * 5 + 0.4, 'frontend', 5000, null),
      'rate#0/hotel-reserv-rate': bootLines(-60 * 24 * 5 + 0.3, 'rate', 8084, 'mongodb-rate:27017'),
      'consul#0/consul': [
        `${T.isoMs(-60 * 24 * 5 + 0.35)} [INFO]  agent: Synced service: service=c7d21c2a-8f3e-4d61-b07a-2e9c5d1f6a82`,
        `${T.isoMs(-17.4)} [INFO]  agent: Synced service: service=13f81c2a-8f3e-4d61-b07a-2e9c5d1f6a83`,
        `${T.isoMs(-17.15)} [INFO]  agent: Deregistered service: service=2f6a9d04-1b7e-4c33-a8d5-e41c07b93f12`,
      ],
    },
    grounding: `
      DeathStarBench hotelReservation at 6ecb097 (session-3 system definition, AKS). tls/options.go: with TLS=1 every Go
      service loads x509/ca_cert.pem into its client RootCAs and x509/server_cert.pem + server_key.pem as its gRPC server
      credentials ONCE, in the package init; clients verify ServerName x.test.example.com. search dials srv-geo and srv-rate
      through consul; frontend dials search. search/server.go returns geo's error to frontend without logging, and
      frontend's searchHandler writes the error as a 500 without logging either.
      Fault (the cert-rotation shape of public mTLS outage reports: a server presents a certificate from a new CA while its
      clients still hold the old trust bundle in memory): the platform team moved the gRPC certificates to cert-manager with a
      new intermediate CA; the ConfigMap hotelres-grpc-ca now holds the new bundle, but processes read it only at start.
      Stakater Reloader restarted geo when its Secret geo-grpc-tls was re-issued (18 minutes before: new ReplicaSet with the
      STAKATER_GEO_GRPC_TLS_SECRET env), so geo now serves a certificate search cannot verify; search, started five days ago,
      still trusts only the old CA. Every new search->geo connection fails the TLS handshake ("x509: certificate signed by
      unknown authority"), logged only because search runs with GRPC_GO_LOG_SEVERITY_LEVEL=warning. geo is Running, Ready,
      registered in consul and logs a clean start; rate, profile, user, reservation and recommendation keep their
      long-lived connections and work. Named network-fault (TLS between search and geo fails) on geo, the side whose change
      broke the path; search (the stale trust store), and geo as config or rollout regression, are also accepted.
      Deviations from upstream: TLS=1 (upstream 0), the projected grpc-tls volume at /workspace/x509, the Reloader env on geo,
      GRPC_GO_LOG_SEVERITY_LEVEL on search, ConfigMap hotelres-grpc-ca; the consul lines are abridged.
    `,
  },
];
