// Batch s31c (blind dev): one OpenTelemetry demo incident — an accounting rollout moves DB_CONNECTION_STRING to a Secret
// that was only created in the staging namespace; the new pod sits in CreateContainerConfigError and the rollout stalls.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const INC = '2026-07-08T11:40:00Z';
const T = clock(INC);
const acc = system.workloads.find((w) => w.name === 'accounting').containers[0];
const newEnv = acc.env.map((e) => (e.name === 'DB_CONNECTION_STRING' ? { name: 'DB_CONNECTION_STRING', valueFrom: { secretKeyRef: { name: 'accounting-db', key: 'connection-string' } } } : e));

// .NET console logger (Microsoft.Extensions.Logging, simple console formatter) as the accounting service prints it.
const net = (lvl, cat, msg) => [`${lvl}: ${cat}[0]`, `      ${msg}`];
const accLogs = [];
for (let i = 0; i < 14; i++) {
  const oid = ['5c1f3e2a', 'a08d77b1', '3e9c0f42', 'd71b6a05', '9f24c3e8', '0b6d5a19', 'e4a2c7f0'][i % 7];
  accLogs.push(...net('info', 'Accounting.Consumer', `Order details: {"orderId":"${oid}-${(4400 + i * 13).toString(16)}-11f1-9a3c-0242ac1${(10 + i) % 10}0004","shippingTrackingId":"${oid}${i}e7-2b4c-4f1d-8a6e-5c9d0b3f7a21","shippingCost":{"currencyCode":"USD","units":"${8 + (i % 5)}","nanos":${i % 2 ? 990000000 : 0}},"shippingAddress":{"streetAddress":"1600 Amphitheatre Parkway","city":"Mountain View","state":"CA","country":"United States","zipCode":"94043"},"items":[{"item":{"productId":"${['OLJCESPC7Z', '66VCHSJNUP', '1YMWWN1N4O', 'L9ECAV7KIM'][i % 4]}","quantity":${1 + (i % 3)}}}]}`));
}

export const scenarios = [
  {
    folder: 's31c-accounting-secret-not-found',
    incidentTime: INC,
    description: 'accounting deployment stuck for ~20 min, new pod never starts (data-platform)',
    expected: { component: 'accounting', cause: 'config-missing' },
    difficulty: 'easy',
    traits: ['pods-ready', 'team-name', 'decoy', 'time-expression'],
    grounding: `
      OpenTelemetry demo 2.1.3 (kubernetes/opentelemetry-demo.yaml at a8a3ea2): accounting is a single-replica .NET Deployment with
      init container wait-for-kafka, consuming the orders topic and writing to postgresql through DB_CONNECTION_STRING, rendered
      upstream as a plain env value with the password inline.
      The fault: the data-platform team moves the connection string out of the Deployment into a Secret (secretKeyRef accounting-db /
      connection-string) in a rollout at 11:18, but the Secret was created in the staging namespace only. The kubelet cannot build
      the container's environment: the new pod stays Pending with its container waiting in CreateContainerConfigError
      'secret "accounting-db" not found', the kubelet writes Warning Failed "Error: secret \"accounting-db\" not found" events on
      every sync, and after progressDeadlineSeconds (600 s) the Deployment's Progressing condition turns False with
      ProgressDeadlineExceeded. With one replica the rolling update keeps the old pod (maxUnavailable rounds to 0), which keeps
      consuming orders and logging them, so nothing user-facing breaks — the alert is the stuck rollout. Decoys: a frontend
      rollout an hour earlier that completed, and a fraud-detection restart (exit 143) this morning.`,
    workloads: {
      accounting: {
        rollout: { at: -22, oldReplicas: 1, oldContainers: { accounting: { env: acc.env } } },
        containers: { accounting: { env: newEnv } },
        pods: [{ phase: 'Pending', containers: { accounting: cs.waiting('CreateContainerConfigError', 'secret "accounting-db" not found') } }],
        progressing: (rs) => ({ type: 'Progressing', status: 'False', lastUpdateTime: T.iso(-11.9), lastTransitionTime: T.iso(-11.9), reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rs}" has timed out progressing.` }),
      },
      frontend: { rollout: { at: -64 } },
      'fraud-detection': { pods: [{ containers: { 'fraud-detection': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-195), last: { exitCode: 143, reason: 'Error', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-195.2) } }) } }] },
    },
    events: [
      { on: 'deploy:accounting', reason: 'ScalingReplicaSet', message: 'Scaled up replica set accounting-%NEW% to 1', first: -22, last: -22 },
      { on: 'rs:accounting', reason: 'SuccessfulCreate', message: 'Created pod: accounting-%RS%', first: -22, last: -22 },
      { on: 'pod:accounting#0', reason: 'Scheduled', message: 'Successfully assigned otel-demo/%POD% to %NODE%', source: 'default-scheduler', first: -21.9, last: -21.9 },
      { on: 'pod:accounting#0', reason: 'Pulled', message: 'Container image "busybox:latest" already present on machine', fieldPath: 'spec.initContainers{wait-for-kafka}', first: -21.8, last: -21.8 },
      { on: 'pod:accounting#0', reason: 'Started', message: 'Started container wait-for-kafka', fieldPath: 'spec.initContainers{wait-for-kafka}', first: -21.8, last: -21.8 },
      { on: 'pod:accounting#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-accounting" already present on machine', fieldPath: 'spec.containers{accounting}', first: -21.7, last: -0.6, count: 104 },
      { on: 'pod:accounting#0', reason: 'Failed', type: 'Warning', message: 'Error: secret "accounting-db" not found', fieldPath: 'spec.containers{accounting}', first: -21.7, last: -0.6, count: 104 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled up replica set frontend-%NEW% to 1', first: -64, last: -64 },
      { on: 'deploy:frontend', reason: 'ScalingReplicaSet', message: 'Scaled down replica set frontend-%OLD% to 0 from 1', first: -62.8, last: -62.8 },
    ],
    logs: {
      'accounting#old0/accounting': accLogs.map((l, i) => l),
    },
  },
];
