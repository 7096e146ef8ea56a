// s21c blind dev scenario for hotel-reservation (split: dev): the rate pod, deleted by hand, cannot come back because its
// ConfigMap rate-hotelres was pruned days earlier, so every search fails; written blind (no rule, engine or other-scenario code read).
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as pvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = pvcs;

// zerolog ConsoleWriter as the session-3 definition prints it (copied: not exported there).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m', ERR: '\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m' };
const zl = (T, min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const boot = (T, min, svc) => [
  zl(T, min, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(T, min, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(T, min, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(T, min, 'INF', `cmd/${svc}/main.go:23`, 'Reading config...'),
];
const hcl = (T, min, lvl, msg) => `${T.isoMs(min)} [${lvl}] ${msg}`;

const T = clock('2026-06-02T10:58:00Z');
const DEL = -19; // 10:39: the rate pod is deleted, its replacement never starts
const CMS = ['frontend', 'search', 'geo', 'profile', 'recommendation', 'user', 'reservation'].map((n) => ({ name: `${n}-hotelres`, keys: ['service-config.json'] }));

const searchLog = [
  ...boot(T, -60 * 24 * 6, 'search'),
  zl(T, -60 * 24 * 6, 'INF', 'cmd/search/main.go:38', 'Read target port: 8082'),
  zl(T, -60 * 24 * 6, 'INF', 'cmd/search/main.go:39', 'Read consul address: consul:8500'),
  zl(T, -60 * 24 * 6, 'INF', 'cmd/search/main.go:40', 'Read jaeger address: jaeger:6831'),
  zl(T, -60 * 24 * 6, 'INF', 'cmd/search/main.go:48', 'Initializing jaeger agent [service name: search | host: jaeger:6831]...'),
  zl(T, -60 * 24 * 6, 'INF', 'cmd/search/main.go:60', 'Jaeger agent initialized'),
  zl(T, -60 * 24 * 6, 'INF', 'cmd/search/main.go:62', 'Initializing consul agent [host: consul:8500]...'),
  zl(T, -60 * 24 * 6, 'INF', 'cmd/search/main.go:67', 'Consul agent initialized'),
  zl(T, -60 * 24 * 6, 'INF', 'cmd/search/main.go:80', 'Starting server...'),
];
for (let m = DEL + 0.4, i = 0; m < -0.1; m += 0.55, i++) {
  searchLog.push(zl(T, m, 'ERR', 'services/search/server.go:122', i % 3 === 0 && m < DEL + 1
    ? 'SearchHandler GetRates failed, err = rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.244.0.87:8084: connect: connection refused"'
    : 'SearchHandler GetRates failed, err = rpc error: code = Unavailable desc = last resolver error: produced zero addresses'));
}

const frontendLog = (seed) => {
  const out = [...boot(T, -60 * 24 * 6, 'frontend'), zl(T, -60 * 24 * 6, 'INF', 'cmd/frontend/main.go:57', 'Starting server...')];
  for (let m = -45 + seed; m < DEL; m += 2.1) out.push(zl(T, m, 'INF', 'services/frontend/server.go:267', 'SearchHandler: nearby hotels found for inDate 2026-06-12 outDate 2026-06-14'));
  for (let m = DEL + 0.5 + seed; m < -0.1; m += 1.4) out.push(zl(T, m, 'WRN', 'services/frontend/server.go:255', 'SearchHandler: search.Nearby failed: rpc error: code = Unavailable desc = last resolver error: produced zero addresses'));
  return out;
};

export const scenarios = [
  {
    folder: 's21c-rate-configmap-pruned',
    incidentTime: '2026-06-02T10:58:00Z',
    description: 'hotel search on the site just errors out for everyone since about 10:40, booking flow dead. anyone deploy something?',
    expected: { component: 'rate', cause: 'config-missing' },
    difficulty: 'medium',
    traits: ['time-expression', 'louder-dependents'],
    grounding: `
      Helm chart (DeathStarBench hotelReservation helm-chart at 6ecb097): every Go service mounts its ConfigMap <svc>-hotelres
      (key service-config.json) at config.json with subPath; rate listens on 8084 and registers as srv-rate in consul; search resolves
      srv-rate through consul (healthy instances only) and calls GetRates for every search. Fault: a common GitOps accident (Argo CD
      "prune" deleting resources moved to another Application that was not yet synced): three days before, rate-hotelres was pruned;
      the running rate pod kept its already-mounted copy and nobody noticed. At 10:39 an engineer deleted the rate pod by hand to clear
      a suspected stale memcached connection; the ReplicaSet's replacement stays in ContainerCreating with kubelet FailedMount
      'configmap "rate-hotelres" not found' (the kubelet text of k8s 1.29), so rate has no endpoint and consul no healthy srv-rate.
      search logs GetRates failures (first connection refused to the old pod IP, then grpc-go "produced zero addresses"), the frontend
      warns on every search: the louder components are the callers. ConfigMap list: every other *-hotelres is present, rate-hotelres is not.`,
    configMaps: [{ name: 'kube-root-ca.crt', keys: ['ca.crt'] }, ...CMS],
    workloads: {
      rate: {
        pods: [{ creating: true, created: T.iso(DEL) }],
        unavailableSince: DEL,
        endpointsChanged: DEL,
      },
    },
    events: [
      { on: 'rs:rate', reason: 'SuccessfulCreate', message: 'Created pod: %PODOF:rate#0%', first: DEL, last: DEL, source: 'replicaset-controller' },
      { on: 'pod:rate#0', reason: 'Scheduled', message: 'Successfully assigned hotel-reservation/%POD% to %NODE%', first: DEL, last: DEL, source: 'default-scheduler' },
      { on: 'pod:rate#0', reason: 'FailedMount', type: 'Warning', message: 'MountVolume.SetUp failed for volume "rate-hotelres-config" : configmap "rate-hotelres" not found', first: DEL + 0.01, last: -0.4, count: 17 },
      { on: 'pod:rate#0', reason: 'FailedMount', type: 'Warning', message: 'Unable to attach or mount volumes: unmounted volumes=[rate-hotelres-config], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition', first: DEL + 2.05, last: -0.9, count: 8 },
    ],
    logs: {
      'search#0/hotel-reserv-search': searchLog,
      'frontend#0/hotel-reserv-frontend': frontendLog(0),
      'frontend#1/hotel-reserv-frontend': frontendLog(0.6),
      'consul#0/consul': [
        hcl(T, -60 * 24 * 6, 'INFO', 'agent: Synced service: service=srv-rate'),
        hcl(T, DEL - 0.02, 'INFO', 'agent: Deregistered service: service=srv-rate'),
        hcl(T, -12, 'INFO', 'agent: Synced check: check=serfHealth'),
      ],
    },
  },
];
