// Blind dev scenario of batch s25c for hotel-reservation (session-3 system of scripts/s3-scenarios/hotel-reservation.mjs):
// a profile rollout adds an HTTP liveness probe on its gRPC port, so the kubelet kills it every ~40 s.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

// zerolog ConsoleWriter with colours, as the services print it (RFC3339 time, caller).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const profileBoot = (T, m) => [
  zl(T, m, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, m, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, m, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, m, 'INF', 'cmd/profile/main.go:23', 'Reading config...'),
  zl(T, m, 'INF', 'cmd/profile/main.go:36', 'Read database URL: mongodb-profile:27017'),
  zl(T, m, 'INF', 'cmd/profile/main.go:37', 'Initializing DB connection...'),
  zl(T, m + 0.01, 'INF', 'cmd/profile/db.go:36', 'New session successfull...'),
  zl(T, m + 0.01, 'INF', 'cmd/profile/main.go:40', 'Successfull'),
  zl(T, m + 0.01, 'INF', 'cmd/profile/main.go:42', 'Read profile memcashed address: memcached-profile:11211'),
  zl(T, m + 0.01, 'INF', 'cmd/profile/main.go:43', 'Initializing Memcashed client...'),
  zl(T, m + 0.01, 'INF', 'cmd/profile/main.go:47', 'Successfull'),
  zl(T, m + 0.01, 'INF', 'cmd/profile/main.go:51', 'Read target port: 8081'),
  zl(T, m + 0.01, 'INF', 'cmd/profile/main.go:52', 'Read consul address: consul:8500'),
  zl(T, m + 0.01, 'INF', 'cmd/profile/main.go:53', 'Read jaeger address: jaeger:6831'),
  zl(T, m + 0.01, 'INF', 'cmd/profile/main.go:62', 'Initializing jaeger agent [service name: profile | host: jaeger:6831]...'),
  zl(T, m + 0.02, 'INF', 'tracing/tracer.go:26', 'Jaeger client: adjusted sample ratio 0.010000'),
  zl(T, m + 0.02, 'INF', 'cmd/profile/main.go:67', 'Jaeger agent initialized'),
  zl(T, m + 0.02, 'INF', 'cmd/profile/main.go:69', 'Initializing consul agent [host: consul:8500]...'),
  zl(T, m + 0.02, 'INF', 'cmd/profile/main.go:74', 'Consul agent initialized'),
  zl(T, m + 0.02, 'INF', 'cmd/profile/main.go:85', 'Starting server...'),
  zl(T, m + 0.03, 'INF', 'registry/registry.go:91', 'Trying to register service [ name: srv-profile, id: 1b7d0e3a-52c4-4f1e-8a96-3c0d7e5b2f41, address: %PODIP%:8081 ]'),
  zl(T, m + 0.03, 'INF', 'services/profile/server.go:99', 'Successfully registered in consul'),
];

const T = clock('2026-05-14T13:47:00Z');
const probe = { httpGet: { path: '/healthz', port: 8081, scheme: 'HTTP' }, initialDelaySeconds: 10, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
const MALFORMED = 'Liveness probe failed: Get "http://%PODIP%:8081/healthz": net/http: HTTP/1.x transport connection broken: malformed HTTP response "\\x00\\x00\\x06\\x04\\x00\\x00\\x00\\x00\\x00\\x00\\x05\\x00\\x00@\\x00"';
// frontend: the search handler logs only a bare line when GetProfiles fails (services/frontend/server.go), then 500s.
const feErr = (mins) => mins.map((m) => zl(T, m, 'ERR', 'services/frontend/server.go:178', 'SearchHandler GetProfiles failed'));

export const scenarios = [
  {
    folder: 's25c-profile-liveness-http-on-grpc',
    incidentTime: '2026-05-14T13:47:00Z',
    description: 'hotel search returning 500s on and off for the last ~20 min, some searches fine',
    expected: { component: 'profile', cause: 'probe-failure' },
    alsoAcceptable: [{ component: 'profile', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      DeathStarBench hotelReservation (helm chart and kubernetes manifests at 6ecb097): profile is a gRPC-only Go server on
      8081 (HTTP/2, no health service), one replica, upstream with no probes. A platform change (revision 4 of profile, 25
      minutes before) adds a livenessProbe copied from an HTTP service template: httpGet /healthz on 8081, no readiness
      probe. The kubelet's HTTP/1.1 GET meets the gRPC server's HTTP/2 SETTINGS frame, so every probe fails with the
      kubelet's real "net/http: HTTP/1.x transport connection broken: malformed HTTP response \\x00\\x00\\x06\\x04..." text
      (the message Kubernetes users report when an httpGet probe hits a gRPC port). With no readiness probe the pod is Ready
      at start, so the rollout completes; the kubelet then kills it after three failures (~40 s), exit 143, and after eight
      restarts it sits in CrashLoopBackOff. profile's own log shows only clean starts. The frontend's search handler logs
      only "SearchHandler GetProfiles failed" (services/frontend/server.go) and answers 500 whenever profile is down,
      searches succeed in between. Decoy: jaeger OOM-killed two days ago.
    `,
    workloads: {
      profile: {
        rollout: { at: -25, revision: 4, oldContainers: { 'hotel-reserv-profile': { livenessProbe: undefined } } },
        containers: { 'hotel-reserv-profile': { livenessProbe: probe } },
        pods: [
          {
            node: 'aks-nodepool1-27419563-vmss000001',
            containers: {
              'hotel-reserv-profile': cs.crashLoop({ restarts: 8, exitCode: 143, reason: 'Error', startedAt: T.iso(-3.9), finishedAt: T.iso(-3.2), backoff: '2m40s', container: 'hotel-reserv-profile' }),
            },
          },
        ],
        unavailableSince: -3.2,
      },
      jaeger: {
        pods: [
          {
            containers: {
              'hotel-reserv-jaeger': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 49), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 49 - 0.2) } }),
            },
          },
        ],
      },
    },
    events: [
      { on: 'deploy:profile', source: 'deployment-controller', reason: 'ScalingReplicaSet', first: -25, message: 'Scaled up replica set profile-%NEW% from 0 to 1' },
      { on: 'deploy:profile', source: 'deployment-controller', reason: 'ScalingReplicaSet', first: -24.4, message: 'Scaled down replica set profile-%OLD% from 1 to 0' },
      { on: 'pod:profile#0', reason: 'Pulled', first: -24.5, last: -7.6, count: 9, message: 'Container image "hotelres.azurecr.io/hotel-reservation:6ecb097" already present on machine', fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#0', reason: 'Started', first: -24.5, last: -3.9, count: 9, message: 'Started container hotel-reserv-profile', fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#0', type: 'Warning', reason: 'Unhealthy', first: -24.1, last: -3.3, count: 27, message: MALFORMED, fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#0', reason: 'Killing', first: -23.8, last: -3.2, count: 8, message: 'Container hotel-reserv-profile failed liveness probe, will be restarted', fieldPath: 'spec.containers{hotel-reserv-profile}' },
      { on: 'pod:profile#0', type: 'Warning', reason: 'BackOff', first: -19.5, last: -0.4, count: 21, message: 'Back-off restarting failed container hotel-reserv-profile in pod %POD%_hotel-reservation(%PODUID%)', fieldPath: 'spec.containers{hotel-reserv-profile}' },
    ],
    configMaps: ['frontend', 'search', 'geo', 'profile', 'rate', 'recommendation', 'user', 'reservation'].map((n) => ({ name: `${n}-hotelres`, keys: ['service-config.json'] })),
    logs: {
      'profile#0/hotel-reserv-profile/previous': profileBoot(T, -6.0),
      'profile#0/hotel-reserv-profile': profileBoot(T, -3.9),
      'frontend#0/hotel-reserv-frontend': feErr([-23.7, -22.9, -20.2, -19.4, -18.8, -15.1, -14.0, -11.6, -10.9, -7.2, -6.3, -3.0, -2.1, -1.3, -0.5]),
      'frontend#1/hotel-reserv-frontend': feErr([-23.5, -21.8, -19.1, -17.3, -14.6, -12.2, -10.4, -6.8, -2.6, -1.8, -0.9, -0.2]),
      'search#0/hotel-reserv-search': [
        zl(T, -60 * 24 * 9, 'INF', 'cmd/search/main.go:85', 'Starting server...'),
        zl(T, -60 * 24 * 9, 'INF', 'services/search/server.go:97', 'Successfully registered in consul'),
      ],
    },
  },
];
