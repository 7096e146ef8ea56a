// Blind held-out batch s76b: the hotel-reservation scenario (split test), as a spec for the scenario kit (scripts/s2-scenario-kit.mjs).
// System and default PVCs from the system part of scripts/s3-scenarios/hotel-reservation.mjs; built by scripts/s76b-build.mjs.
import { clock } from '../s2-scenario-kit.mjs';
import { system as base, defaultPvcs as basePvcs } from '../s3-scenarios/hotel-reservation.mjs';

export const system = base;
export const defaultPvcs = basePvcs;

const IT = '2026-02-24T13:20:00Z';
const T = clock(IT);

// zerolog ConsoleWriter as cmd/*/main.go configures it (RFC3339 time, caller, colours kept by kubectl logs).
const LV = { INF: '\x1b[32mINF\x1b[0m', WRN: '\x1b[31mWRN\x1b[0m' };
const zl = (min, lvl, caller, msg) => `\x1b[90m${T.iso(min)}\x1b[0m ${LV[lvl]} \x1b[1m/workspace/${caller}\x1b[0m\x1b[36m >\x1b[0m ${msg}`;
const reservationBoot = (m) => [
  zl(m, 'INF', 'tune/setting.go:29', 'Tune: setGCPercent to 100'),
  zl(m, 'INF', 'tune/setting.go:52', 'Set global log level: info'),
  zl(m, 'INF', 'tune/setting.go:60', 'Tune: GetMemCTimeout 2'),
  zl(m, 'INF', 'cmd/reservation/main.go:23', 'Reading config...'),
  zl(m, 'INF', 'cmd/reservation/main.go:36', 'Initializing DB connection...'),
  zl(m, 'INF', 'cmd/reservation/db.go:56', 'Attempting connection to mongodb://mongodb-reservation:27017'),
  zl(m + 0.01, 'INF', 'cmd/reservation/db.go:63', 'Successfully connected to MongoDB'),
  zl(m + 0.01, 'INF', 'cmd/reservation/main.go:40', 'Read profile memcashed address: memcached-reserve:11211'),
  zl(m + 0.01, 'INF', 'cmd/reservation/main.go:41', 'Initializing Memcashed client...'),
  zl(m + 0.01, 'INF', 'cmd/reservation/main.go:43', 'Success'),
  zl(m + 0.01, 'INF', 'cmd/reservation/main.go:54', 'Initializing jaeger agent [service name: reservation | host: jaeger:6831]...'),
  zl(m + 0.01, 'INF', 'cmd/reservation/main.go:59', 'Jaeger agent initialized'),
  zl(m + 0.01, 'INF', 'cmd/reservation/main.go:61', 'Initializing consul agent [host: consul:8500]...'),
  zl(m + 0.01, 'INF', 'cmd/reservation/main.go:66', 'Consul agent initialized'),
  zl(m + 0.02, 'INF', 'cmd/reservation/main.go:77', 'Starting server...'),
  zl(m + 0.02, 'INF', 'services/reservation/server.go:83', 'Successfully registered in consul'),
];

const ANTI = {
  podAntiAffinity: {
    requiredDuringSchedulingIgnoredDuringExecution: [
      { labelSelector: { matchLabels: { 'io.kompose.service': 'reservation' } }, topologyKey: 'kubernetes.io/hostname' },
    ],
  },
};
const UNSCHED = "0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..";
const OLD_START = -60 * 24 * 6 + 0.4;

export const scenarios = [
  {
    folder: 's76b-reservation-deploy-hangs',
    incidentTime: IT,
    description: 'booking team: our reservation deploy has been hanging in the pipeline for 20+ min (rollout status times out). bookings still go through afaik',
    expected: { component: 'reservation', cause: 'unschedulable' },
    alsoAcceptable: [{ component: 'reservation', cause: 'bad-deploy-rollout' }],
    difficulty: 'medium',
    traits: ['pods-ready', 'rollout-regression', 'team-name', 'time-expression'],
    grounding: `
      Manifests: delimitrou/DeathStarBench hotelReservation helm chart at 6ecb097 (reservation Deployment, label
      io.kompose.service: reservation, default RollingUpdate 25%/25%, AKS node pool of three nodes); reservation's start-up
      log lines from cmd/reservation/main.go, db.go and services/reservation/server.go.
      Fault: the booking team's "HA hardening" release added a required podAntiAffinity on kubernetes.io/hostname selecting
      io.kompose.service: reservation, the same label the running pods carry. With 3 replicas on 3 nodes, maxSurge 1 and
      maxUnavailable 0 (25% of 3 rounded down), the surge pod must avoid every node that already runs a reservation pod, so
      it stays Pending ("didn't match pod anti-affinity rules", no preemption victims), no old pod is ever removed, and the
      Deployment reports ProgressDeadlineExceeded after its 600s deadline — the rolling-update deadlock the Kubernetes docs
      warn about for required anti-affinity. The three old pods keep serving, so bookings work.
      Deviations from upstream: reservation runs 3 replicas (upstream 1) and the release's pod template differs from the
      previous one only by the affinity block; the kit cannot write affinity, the build script adds it to the Deployment,
      the new ReplicaSet's template and its pod.
    `,
    workloads: {
      reservation: {
        replicas: 3,
        rollout: { at: -22, revision: 4, oldReplicas: 3 },
        pods: [{ unscheduled: UNSCHED, created: T.iso(-21.95) }],
        progressing: (rsName) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-11.95), lastTransitionTime: T.iso(-11.95), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsName}" has timed out progressing.` }),
      },
    },
    events: [
      { on: 'deploy:reservation', reason: 'ScalingReplicaSet', message: 'Scaled up replica set reservation-%NEW% to 1 from 0', first: -22 },
      { on: 'rs:reservation', reason: 'SuccessfulCreate', message: 'Created pod: %NEWPOD%', first: -21.95 },
      { on: 'pod:reservation#0', type: 'Warning', reason: 'FailedScheduling', message: UNSCHED, source: 'default-scheduler', first: -21.95, last: -1.7, count: 7 },
    ],
    logs: {
      'reservation#old0/hotel-reserv-reservation': reservationBoot(OLD_START),
      'reservation#old1/hotel-reserv-reservation': reservationBoot(OLD_START),
      'reservation#old2/hotel-reserv-reservation': reservationBoot(OLD_START),
    },
  },
];

/** Fix-ups the kit cannot express: the release's affinity on the new template and pod, the new pod's name in its event. */
export function post(spec, files) {
  const dep = files['deployments.json'].items.find((d) => d.metadata.name === 'reservation');
  const rev = dep.metadata.annotations['deployment.kubernetes.io/revision'];
  const newRs = files['replicasets.json'].items.find((r) => r.metadata.ownerReferences[0].name === 'reservation' && r.metadata.annotations['deployment.kubernetes.io/revision'] === rev);
  dep.spec.template.spec.affinity = ANTI;
  newRs.spec.template.spec.affinity = ANTI;
  const newPod = files['pods.json'].items.find((p) => p.metadata.ownerReferences[0].uid === newRs.metadata.uid);
  newPod.spec.affinity = ANTI;
  for (const e of files['events.json'].items) e.message = e.message.replace('%NEWPOD%', newPod.metadata.name);
}
