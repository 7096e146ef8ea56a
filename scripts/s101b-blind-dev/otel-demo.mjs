// Blind dev batch s101b, OpenTelemetry Demo: one dependency-down scenario (the single Kafka broker marks its only log
// directory offline after an I/O error and keeps running; producers and consumers are the loud ones).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';
export { system };

const T = clock('2026-05-13T10:55:00Z');
const k = (min, lvl, msg) => `[${T.java(min).replace('.', ',')}] ${lvl} ${msg}`;
const go = (min, msg) => `${T.go(min)} ${msg}`;
const ms = (min) => T.java(min);
const kafka = system.workloads.find((w) => w.name === 'kafka');
const kafkaEnv = [...kafka.containers[0].env, { name: 'KAFKA_LOG_DIRS', value: '/tmp/kafka-logs,/var/lib/kafka/data' }];
export const scenarios = [{
  folder: 's101b-kafka-logdir-offline',
  incidentTime: '2026-05-13T10:55:00Z',
  description: 'data-platform: accounting + fraud detection havent seen a single order since around 10:40. checkout still works for users',
  expected: { component: 'kafka', cause: 'dependency-down' },
  alsoAcceptable: [{ component: 'kafka', cause: 'storage-unavailable' }],
  difficulty: 'hard',
  traits: ['pods-ready', 'louder-dependents', 'team-name', 'time-expression'],
  grounding: `
    OpenTelemetry Demo 2.1.3 Helm chart: kafka is one KRaft broker+controller (KAFKA_LISTENERS PLAINTEXT://:9092,
    CONTROLLER://:9093), no volume, no probes; deviation: this install sets KAFKA_LOG_DIRS to two directories
    (/tmp/kafka-logs for topic data, /var/lib/kafka/data holding the KRaft metadata log), so one failed directory does
    not halt the broker; checkout publishes each order to
    topic "orders" (KAFKA_ADDR kafka:9092, Sarama async producer), accounting (.NET Confluent.Kafka) and fraud-detection
    (Kotlin kafka-clients) consume it. Fault follows Kafka's JBOD log-directory failure handling (KIP-112,
    LogDirFailureChannel): an IOException writing a segment marks the directory offline, the broker stops serving every
    partition in it but the JVM keeps running and keeps its listeners open, so the pod stays Running and Ready while
    producers get NOT_LEADER_OR_FOLLOWER / unknown-leader errors and consumers see no data. The I/O error (EIO from the
    node's overlay upper dir) is the deviation from upstream; no restart happened. Checkout's order RPC still succeeds
    because the Kafka send is asynchronous, as in the demo's source.`,
  workloads: { kafka: { containers: { kafka: { env: kafkaEnv } } } },
  logs: {
    'kafka#0/kafka': [
      k(-40, 'INFO', '[ProducerStateManager partition=orders-0] Wrote producer snapshot at offset 18422 with 0 producer ids in 2 ms. (org.apache.kafka.storage.internals.log.ProducerStateManager)'),
      k(-15.2, 'ERROR', 'Error while appending records to orders-0 in dir /tmp/kafka-logs (org.apache.kafka.storage.internals.log.LogDirFailureChannel)'),
      'java.io.IOException: Input/output error',
      '\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)',
      '\tat java.base/sun.nio.ch.FileDispatcherImpl.write(FileDispatcherImpl.java:62)',
      '\tat java.base/sun.nio.ch.IOUtil.writeFromNativeBuffer(IOUtil.java:132)',
      '\tat java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:285)',
      '\tat org.apache.kafka.common.record.MemoryRecords.writeFullyTo(MemoryRecords.java:92)',
      '\tat org.apache.kafka.common.record.FileRecords.append(FileRecords.java:188)',
      '\tat kafka.log.LogSegment.append(LogSegment.scala:161)',
      '\tat kafka.log.UnifiedLog.append(UnifiedLog.scala:946)',
      k(-15.2, 'WARN', '[ReplicaManager broker=1] Stopping serving replicas in dir /tmp/kafka-logs (kafka.server.ReplicaManager)'),
      k(-15.2, 'WARN', '[ReplicaManager broker=1] Broker 1 stopped fetcher for partitions orders-0,__consumer_offsets-0,__consumer_offsets-1 and stopped moving logs for partitions  because they are in the failed log directory /tmp/kafka-logs. (kafka.server.ReplicaManager)'),
      k(-15.1, 'WARN', 'Stopping serving logs in dir /tmp/kafka-logs (kafka.log.LogManager)'),
      k(-15.1, 'INFO', '[LogDirFailureHandler]: Partitions orders-0,__consumer_offsets-0,__consumer_offsets-1 are offline due to failure on log directory /tmp/kafka-logs (kafka.server.ReplicaManager$LogDirFailureHandler)'),
      k(-10, 'INFO', '[ProducerStateManager partition=__cluster_metadata-0] Wrote producer snapshot at offset 4812 with 0 producer ids in 1 ms. (org.apache.kafka.storage.internals.log.ProducerStateManager)'),
      k(-6, 'WARN', '[SocketServer listenerType=BROKER, nodeId=1] Unexpected error from /%IPOF:checkout#0%:41822; closing connection (org.apache.kafka.common.network.Selector)'),
    ],
    'checkout#0/checkout': [
      go(-30, 'Successful to write message. offset: 0, duration: 2.384ms'),
      go(-20, 'Successful to write message. offset: 0, duration: 1.92ms'),
      ...[-14, -11, -8, -5, -2].flatMap((m) => [
        go(m, '[Sarama] producer/broker/1 state change to [retrying] on orders/0 because kafka server: Tried to send a message to a replica that is not the leader for some partition. Your metadata is out of date'),
        go(m + 0.01, '[Sarama] client/metadata fetching metadata for [orders] from broker kafka:9092'),
        go(m + 0.02, '[Sarama] client/metadata found some partitions to be leaderless'),
        go(m + 0.5, 'Failed to write message: kafka: Failed to produce message to topic orders: kafka server: In the middle of a leadership election, there is currently no leader for this partition and hence it is unavailable for writes'),
      ]),
    ],
    'accounting#0/accounting': [
      `info: Accounting.Consumer[0]`, `      Order details: {"orderId":"8b0a5f0e-2c8e-11f1-9d4e-2e5b7c0a91f3"}`,
      ...[-13, -9, -5, -1].flatMap((m) => [`%4|${Math.floor(Date.parse(T.isoMs(m)) / 1000)}.512|FETCHERR|rdkafka#consumer-1| [thrd:kafka:9092/1]: kafka:9092/1: orders [0]: Fetch failed at offset 18431 (leader epoch 0): Broker: Not leader for partition`]),
    ],
    'fraud-detection#0/fraud-detection': [
      `${ms(-14).replace(' ', ' ')} [main] WARN  org.apache.kafka.clients.consumer.internals.ConsumerCoordinator - [Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Offset commit failed on partition orders-0 at offset 18431: The coordinator is not available.`,
      `${ms(-9)} [main] INFO  org.apache.kafka.clients.consumer.internals.ConsumerCoordinator - [Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Group coordinator kafka:9092 (id: 2147483646 rack: null) is unavailable or invalid due to cause: coordinator unavailable. isDisconnected: false. Rediscovery will be attempted.`,
      `${ms(-4)} [main] INFO  org.apache.kafka.clients.consumer.internals.ConsumerCoordinator - [Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Discovered group coordinator kafka:9092 (id: 2147483646 rack: null)`,
      `${ms(-4)} [main] WARN  org.apache.kafka.clients.consumer.internals.ConsumerCoordinator - [Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Offset commit failed on partition orders-0 at offset 18431: The coordinator is not available.`,
    ],
  },
}];
