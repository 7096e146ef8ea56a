// Blind dev batch s117b: one OpenTelemetry demo scenario (kafka rolled out with min.insync.replicas=2 on a single broker).
// Spec for scripts/s2-scenario-kit.mjs build(); system from scripts/kit-systems/otel-demo.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';
export { system };
const incidentTime = '2026-05-12T15:40:00Z';
const T = clock(incidentTime);
const kts = (m) => `[${T.java(m).replace('.', ',')}]`;
const kafkaC = system.workloads.find((w) => w.name === 'kafka').containers[0];
const newEnv = [...kafkaC.env.slice(0, -1), { name: 'KAFKA_MIN_INSYNC_REPLICAS', value: '2' }, kafkaC.env[kafkaC.env.length - 1]];
const goT = (m) => T.isoMs(m);
export const scenarios = [
  {
    folder: 's117b-kafka-min-isr-two-single-broker',
    description: 'accounting stopped booking orders since ~15:05, checkout still says order placed. fraud dashboard flat too',
    incidentTime,
    expected: { component: 'kafka', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'kafka', cause: 'bad-deploy-rollout' },
      { component: 'kafka', cause: 'dependency-down' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'time-expression', 'decoy'],
    grounding: `
      Manifest facts: the demo's kafka is one apache/kafka KRaft broker (Deployment kafka, KAFKA_LISTENERS PLAINTEXT :9092 and
      CONTROLLER :9093); checkout produces each order to the topic "orders" on KAFKA_ADDR kafka:9092 and accounting and
      fraud-detection consume it. Fault: a platform change copied KAFKA_MIN_INSYNC_REPLICAS=2 from the production values into
      the demo (the apache/kafka image maps KAFKA_* env to server.properties: min.insync.replicas=2). The broker restarts and
      is Ready, but a one-replica partition can never satisfy min.isr 2 with acks=all, so every produce is rejected with
      NotEnoughReplicasException (broker ReplicaManager log) and Sarama's ErrNotEnoughReplicas in checkout. Checkout still
      answers PlaceOrder (the Kafka write is fire-and-forget after the order), so the shop looks fine and only the consumers
      go quiet. Decoy: a load-generator restart two days ago. Deviation from upstream: the added env var; otherwise as rendered.
    `,
    workloads: {
      kafka: {
        rollout: { at: -36, revision: 2, oldContainers: { kafka: { env: kafkaC.env } } },
        containers: { kafka: { env: newEnv } },
        pods: [{ created: T.iso(-35.5) }],
      },
      'load-generator': {
        pods: [{ containers: { 'load-generator': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 50), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 50 - 0.1) } }) } }],
      },
    },
    events: [
      { on: 'deploy:kafka', reason: 'ScalingReplicaSet', message: 'Scaled up replica set kafka-%NEW% to 1', first: -36, last: -36 },
      { on: 'deploy:kafka', reason: 'ScalingReplicaSet', message: 'Scaled down replica set kafka-%OLD% to 0 from 1', first: -35, last: -35 },
      { on: 'pod:kafka#0', reason: 'Scheduled', message: 'Successfully assigned otel-demo/%POD% to %NODE%', source: 'default-scheduler', first: -35.5, last: -35.5 },
      { on: 'pod:kafka#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-kafka" already present on machine', fieldPath: 'spec.containers{kafka}', first: -35.4, last: -35.4 },
      { on: 'pod:kafka#0', reason: 'Created', message: 'Created container kafka', fieldPath: 'spec.containers{kafka}', first: -35.4, last: -35.4 },
      { on: 'pod:kafka#0', reason: 'Started', message: 'Started container kafka', fieldPath: 'spec.containers{kafka}', first: -35.3, last: -35.3 },
    ],
    logs: {
      'kafka#0/kafka': [
        `${kts(-35.2)} INFO KafkaConfig values: `,
        `	min.insync.replicas = 2`,
        `	num.partitions = 1`,
        `	default.replication.factor = 1`,
        `${kts(-35.0)} INFO [KafkaRaftServer nodeId=1] Kafka Server started (kafka.server.KafkaRaftServer)`,
        `${kts(-34.6)} INFO [Partition orders-0 broker=1] Log loaded for partition orders-0 with initial high watermark 48213 (kafka.cluster.Partition)`,
        ...[-33.9, -25.2, -14.8, -6.1, -1.2].flatMap((m) => [
          `${kts(m)} ERROR [ReplicaManager broker=1] Error processing append operation on partition orders-0 (kafka.server.ReplicaManager)`,
          'org.apache.kafka.common.errors.NotEnoughReplicasException: The size of the current ISR Set(1) is insufficient to satisfy the min.isr requirement of 2 for partition orders-0',
        ]),
      ],
      'checkout#0/checkout': [
        `{"time":"${goT(-34.9)}","level":"INFO","msg":"payment went through","transaction_id":"6c2e1f0b-5b1e-4d0c-9e4a-0f4a3d6b21c7"}`,
        `{"time":"${goT(-34.9)}","level":"ERROR","msg":"Failed to write message to Kafka","error":"kafka server: Messages are rejected since there are fewer in-sync replicas than required"}`,
        `{"time":"${goT(-34.8)}","level":"INFO","msg":"order confirmation email sent","email":"someone@example.com"}`,
        `{"time":"${goT(-12.3)}","level":"INFO","msg":"payment went through","transaction_id":"a91d4e77-03c2-49f1-8b0e-52d1c6f0e8aa"}`,
        `{"time":"${goT(-12.3)}","level":"ERROR","msg":"Failed to write message to Kafka","error":"kafka server: Messages are rejected since there are fewer in-sync replicas than required"}`,
        `{"time":"${goT(-1.1)}","level":"INFO","msg":"payment went through","transaction_id":"f03b8c21-7a9e-4b55-a1d3-9c8e2e4f6b10"}`,
        `{"time":"${goT(-1.1)}","level":"ERROR","msg":"Failed to write message to Kafka","error":"kafka server: Messages are rejected since there are fewer in-sync replicas than required"}`,
      ],
      'accounting#0/accounting': [
        `info: Accounting.Consumer[0]`,
        `      Order details: {"orderId":"3b0d2f6e-2c19-11f1-9a51-5a3c8e1b7d40","shippingTrackingId":"9d1e4a5c-7f2b-4c61-b0e3-6a8d5c2f1e94"}`,
        `info: Accounting.Consumer[0]`,
        `      Consuming from topic orders (partition 0) resumed after broker reconnect`,
      ],
      'fraud-detection#0/fraud-detection': [
        `${T.java(-37)} - INFO  frauddetection - Consumed record with orderId: 3b0d2f6e-2c19-11f1-9a51-5a3c8e1b7d40, and updated total count to: 48212`,
        `${T.java(-35.1)} - INFO  o.a.k.c.NetworkClient - [Consumer clientId=consumer-frauddetectionservice-1, groupId=frauddetectionservice] Node 1 disconnected.`,
        `${T.java(-34.7)} - INFO  o.a.k.c.c.i.ConsumerCoordinator - [Consumer clientId=consumer-frauddetectionservice-1, groupId=frauddetectionservice] Setting offset for partition orders-0 to the committed offset FetchPosition{offset=48213}`,
      ],
    },
  },
];
