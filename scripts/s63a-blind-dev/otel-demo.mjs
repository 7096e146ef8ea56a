// Batch s63a (blind dev): one OpenTelemetry demo scenario for the scenario kit — kafka re-rolled with
// KAFKA_ADVERTISED_LISTENERS naming a headless-Service host that does not exist: broker Ready, consumers cannot reach it.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system as base } from '../kit-systems/otel-demo.mjs';

export const system = base;

const INCIDENT = '2026-06-03T16:25:00Z';
const T = clock(INCIDENT);
const ROLL = -38; // 15:47:00
const BOOT = -60 * 24 * 5;
const BAD = 'kafka-0.kafka-headless.otel-demo.svc.cluster.local';
const kafkaBase = base.workloads.find((w) => w.name === 'kafka').containers[0];
const withAdvertised = (v) => kafkaBase.env.map((e) => (e.name === 'KAFKA_ADVERTISED_LISTENERS' ? { ...e, value: v } : e));

const epoch = (min) => (Date.parse(T.isoMs(min)) / 1000).toFixed(3);
const rd = (min, lvl, fac, thrd, msg) => `%${lvl}|${epoch(min)}|${fac}|rdkafka#consumer-1| [thrd:${thrd}]: ${msg}`;
const kfk = (min, lvl, msg, cls) => `[${T.java(min).replace('.', ',')}] ${lvl} ${msg} (${cls})`;
const l4j = (min, logger, msg, trace = '') =>
  `${T.java(min).slice(0, 19)} - ${logger} - ${msg} trace_id=${trace} span_id=${trace ? trace.slice(0, 16) : ''} trace_flags=${trace ? '01' : ''} `;

const orderIds = Array.from({ length: 40 }, (_, i) => {
  const h = ((i + 7) * 2654435761) >>> 0;
  return `${h.toString(16).padStart(8, '0')}-${(h >>> 7).toString(16).slice(0, 4).padStart(4, '0')}-11f1-${(0x8000 + (h % 0x3fff)).toString(16)}-${(h * 31 >>> 0).toString(16).padStart(8, '0')}${(i * 977 + 4096).toString(16).padStart(4, '0')}`;
});
// Orders placed every ~45 s (load-generator's 10 users), before the roll consumed by both consumers.
const orders = [];
for (let m = -70, i = 0; m < -0.2; m += 0.75, i++) orders.push({ m, id: orderIds[i % orderIds.length], trace: (((i + 3) * 2246822519) >>> 0).toString(16).padStart(8, '0') + 'a41c9e07d2b38f6510c4e9a7' });

function accountingLog() {
  const L = [
    'Accounting service started',
    'DB_CONNECTION_STRING: Host=postgresql;Username=otelu;Password=<redacted>;Database=otel',
    'KAFKA_ADDR: kafka:9092',
    'OTEL_EXPORTER_OTLP_ENDPOINT: http://otel-collector:4318',
    'OTEL_SERVICE_NAME: accounting',
    'info: Accounting.Consumer[0]',
    '      Connecting to Kafka: kafka:9092',
    'info: Microsoft.Hosting.Lifetime[0]',
    '      Application started. Press Ctrl+C to shut down.',
    'info: Microsoft.Hosting.Lifetime[0]',
    '      Hosting environment: Production',
    'info: Microsoft.Hosting.Lifetime[0]',
    '      Content root path: /app',
  ];
  for (const o of orders.filter((x) => x.m < ROLL + 1.1 && x.m > -62)) {
    L.push('info: Accounting.Consumer[0]', `      Order details: { "orderId": "${o.id}", "shippingTrackingId": "${o.id.slice(0, 8)}-7c3e-4d21-b0a9-${o.id.slice(-12)}", "shippingCost": { "currencyCode": "USD", "units": "11", "nanos": 800000000 }, "shippingAddress": { "streetAddress": "1600 Amphitheatre Parkway", "city": "Mountain View", "state": "CA", "country": "United States", "zipCode": "94043" }, "items": [ { "item": { "productId": "OLJCESPC7Z", "quantity": 1 }, "cost": { "currencyCode": "USD", "units": "101", "nanos": 960000000 } } ] }.`);
  }
  // Broker pod replaced at ROLL: disconnect, refused connects while the new broker starts, then the new metadata
  // names broker 1 by an address nothing resolves.
  L.push(
    rd(ROLL + 1.2, 3, 'FAIL', 'kafka:9092/1', 'kafka:9092/1: Disconnected (after 431962104ms in state UP)'),
    rd(ROLL + 1.2, 3, 'ERROR', 'app', 'rdkafka#consumer-1: kafka:9092/1: Disconnected (after 431962104ms in state UP)'),
    rd(ROLL + 1.21, 3, 'FAIL', 'kafka:9092/1', 'kafka:9092/1: Connect to ipv4#%SVCIP:kafka%:9092 failed: Connection refused (after 0ms in state CONNECT)'),
    rd(ROLL + 1.21, 3, 'ERROR', 'app', 'rdkafka#consumer-1: kafka:9092/1: Connect to ipv4#%SVCIP:kafka%:9092 failed: Connection refused (after 0ms in state CONNECT)'),
    rd(ROLL + 1.24, 3, 'FAIL', 'kafka:9092/1', 'kafka:9092/1: Connect to ipv4#%SVCIP:kafka%:9092 failed: Connection refused (after 0ms in state CONNECT, 4 identical error(s) suppressed)'),
  );
  let n = 0;
  for (let m = ROLL + 1.3; m < -0.1; m += 0.5) {
    const suppressed = n === 0 ? '' : `, ${29 + (n % 3)} identical error(s) suppressed`;
    L.push(rd(m, 3, 'FAIL', `${BAD}:9092/1`, `${BAD}:9092/1: Failed to resolve '${BAD}:9092': Name or service not known (after 2ms in state CONNECT${suppressed})`));
    if (n % 4 === 0) L.push(rd(m, 3, 'ERROR', 'app', `rdkafka#consumer-1: ${BAD}:9092/1: Failed to resolve '${BAD}:9092': Name or service not known (after 2ms in state CONNECT${suppressed})`));
    n++;
  }
  return L;
}

const NC = 'org.apache.kafka.clients.NetworkClient';
const CC = 'org.apache.kafka.clients.consumer.internals.ConsumerCoordinator';
const CID = '[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection]';
const UHE = [
  `java.net.UnknownHostException: ${BAD}: Name or service not known`,
  '\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method) ~[?:?]',
  '\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Unknown Source) ~[?:?]',
  '\tat java.base/java.net.InetAddress$PlatformResolver.lookupByName(Unknown Source) ~[?:?]',
  '\tat java.base/java.net.InetAddress.getAddressesFromNameService(Unknown Source) ~[?:?]',
  '\tat java.base/java.net.InetAddress$NameServiceAddresses.get(Unknown Source) ~[?:?]',
  '\tat java.base/java.net.InetAddress.getAllByName0(Unknown Source) ~[?:?]',
  '\tat java.base/java.net.InetAddress.getAllByName(Unknown Source) ~[?:?]',
  '\tat org.apache.kafka.clients.DefaultHostResolver.resolve(DefaultHostResolver.java:27) ~[fraud-detection-1.0-all.jar:?]',
  '\tat org.apache.kafka.clients.ClientUtils.resolve(ClientUtils.java:125) ~[fraud-detection-1.0-all.jar:?]',
  '\tat org.apache.kafka.clients.ClusterConnectionStates$NodeConnectionState.currentAddress(ClusterConnectionStates.java:536) ~[fraud-detection-1.0-all.jar:?]',
  '\tat org.apache.kafka.clients.ClusterConnectionStates.currentAddress(ClusterConnectionStates.java:173) ~[fraud-detection-1.0-all.jar:?]',
  '\tat org.apache.kafka.clients.NetworkClient.initiateConnect(NetworkClient.java:1094) ~[fraud-detection-1.0-all.jar:?]',
  '\tat org.apache.kafka.clients.NetworkClient.ready(NetworkClient.java:339) ~[fraud-detection-1.0-all.jar:?]',
  '\tat org.apache.kafka.clients.consumer.internals.ConsumerNetworkClient.trySend(ConsumerNetworkClient.java:503) ~[fraud-detection-1.0-all.jar:?]',
  '\tat org.apache.kafka.clients.consumer.internals.ConsumerNetworkClient.poll(ConsumerNetworkClient.java:276) ~[fraud-detection-1.0-all.jar:?]',
  '\tat org.apache.kafka.clients.consumer.internals.ClassicKafkaConsumer.poll(ClassicKafkaConsumer.java:618) ~[fraud-detection-1.0-all.jar:?]',
  '\tat org.apache.kafka.clients.consumer.KafkaConsumer.poll(KafkaConsumer.java:894) ~[fraud-detection-1.0-all.jar:?]',
  '\tat frauddetection.MainKt.main(main.kt:63) ~[fraud-detection-1.0-all.jar:?]',
];
function fraudLog() {
  const L = [];
  let count = 1488;
  for (const o of orders.filter((x) => x.m < ROLL + 1.1 && x.m > -62)) {
    count++;
    L.push(l4j(o.m + 0.01, 'fraud-detection', `Consumed record with orderId: ${o.id}, and updated total count to: ${count}`, o.trace));
  }
  L.push(
    l4j(ROLL + 1.2, NC, `${CID} Node 1 disconnected.`),
    l4j(ROLL + 1.2, CC, `${CID} Group coordinator kafka:9092 (id: 2147483646 rack: null) is unavailable or invalid due to cause: coordinator unavailable. isDisconnected: true. Rediscovery will be attempted.`),
    l4j(ROLL + 1.21, NC, `${CID} Connection to node 1 (kafka/%SVCIP:kafka%:9092) could not be established. Node may not be available.`),
    l4j(ROLL + 1.23, NC, `${CID} Connection to node -1 (kafka/%SVCIP:kafka%:9092) could not be established. Node may not be available.`),
    l4j(ROLL + 1.28, CC, `${CID} Discovered group coordinator ${BAD}:9092 (id: 2147483646 rack: null)`),
  );
  // The client retries about once a second (reconnect.backoff.max.ms=1000); the excerpt keeps one attempt in ten.
  for (let m = ROLL + 1.3; m < -0.1; m += 1 / 6) {
    L.push(l4j(m, NC, `${CID} Error connecting to node ${BAD}:9092 (id: 2147483646 rack: null)`), ...UHE);
    L.push(l4j(m + 0.005, CC, `${CID} Group coordinator ${BAD}:9092 (id: 2147483646 rack: null) is unavailable or invalid due to cause: coordinator unavailable. isDisconnected: true. Rediscovery will be attempted.`));
  }
  return L;
}

function kafkaLog() {
  const s = ROLL + 0.82;
  return [
    '===> User',
    'uid=1000(appuser) gid=1000(appuser) groups=1000(appuser)',
    '===> Setting default values of environment variables if not already set.',
    '===> Configuring ...',
    'Running in KRaft mode...',
    '===> Launching ... ',
    '===> Using provided cluster id ckjPoprWQzOf0-FuNkGfFQ ...',
    `[otel.javaagent ${T.java(s).replace(/\.(\d+)$/, ':$1')} +0000] [main] INFO io.opentelemetry.javaagent.tooling.VersionLogger - opentelemetry-javaagent - version: 2.20.1`,
    kfk(s + 0.05, 'INFO', 'Registered kafka:type=kafka.Log4jController MBean', 'kafka.utils.Log4jControllerRegistration$'),
    kfk(s + 0.06, 'INFO', 'Setting -D jdk.tls.rejectClientInitiatedRenegotiation=true to disable client-initiated TLS renegotiation', 'org.apache.zookeeper.common.X509Util'),
    kfk(s + 0.07, 'INFO', '[ControllerServer id=1] Starting controller', 'kafka.server.ControllerServer'),
    kfk(s + 0.08, 'INFO', 'KafkaConfig values: ', 'kafka.server.KafkaConfig') .replace(' (kafka.server.KafkaConfig)', ''),
    `\tadvertised.listeners = PLAINTEXT://${BAD}:9092`,
    '\tauto.create.topics.enable = true',
    '\tcontroller.listener.names = CONTROLLER',
    '\tcontroller.quorum.voters = [1@kafka:9093]',
    '\tgroup.initial.rebalance.delay.ms = 0',
    '\tlisteners = PLAINTEXT://:9092,CONTROLLER://:9093',
    '\tlistener.security.protocol.map = CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    '\tnode.id = 1',
    '\toffsets.topic.replication.factor = 1',
    '\tprocess.roles = [controller, broker]',
    '\ttransaction.state.log.replication.factor = 1',
    ' (kafka.server.KafkaConfig)',
    kfk(s + 0.2, 'INFO', '[RaftManager id=1] Completed transition to Leader(localId=1, epoch=14, epochStartOffset=84213, highWatermark=Optional.empty, voterStates={1=ReplicaState(replicaKey=ReplicaKey(id=1, directoryId=<undefined>), endOffset=Optional.empty, lastFetchTimestamp=-1, lastCaughtUpTimestamp=-1, hasAcknowledgedLeader=true)}) from Candidate(localId=1, epoch=14, retries=1, voteStates={1=GRANTED}, highWatermark=Optional.empty, electionTimeoutMs=1403)', 'org.apache.kafka.raft.QuorumState'),
    kfk(s + 0.3, 'INFO', '[BrokerServer id=1] Transition from STARTING to STARTED', 'kafka.server.BrokerServer'),
    kfk(s + 0.3, 'INFO', 'Kafka version: 3.9.1', 'org.apache.kafka.common.utils.AppInfoParser'),
    kfk(s + 0.31, 'INFO', '[KafkaRaftServer nodeId=1] Kafka Server started', 'kafka.server.KafkaRaftServer'),
    kfk(s + 0.5, 'INFO', '[GroupCoordinator 1]: Elected as the group coordinator for partition 42 in epoch 0', 'kafka.coordinator.group.GroupCoordinator'),
    kfk(s + 0.5, 'INFO', '[GroupMetadataManager brokerId=1] Finished loading offsets and group metadata from __consumer_offsets-42 in 41 milliseconds for epoch 0, of which 38 milliseconds was spent in the scheduler.', 'kafka.coordinator.group.GroupMetadataManager'),
    ...Array.from({ length: 7 }, (_, i) => kfk(ROLL + 5 + i * 5, 'INFO', `[ProducerStateManager partition=__cluster_metadata-0] Wrote producer snapshot at offset ${84290 + i * 61} with 0 producer ids in 2 ms.`, 'org.apache.kafka.storage.internals.log.ProducerStateManager')),
  ];
}

export const scenarios = [
  {
    folder: 's63a-kafka-advertised-listener',
    incidentTime: INCIDENT,
    description: 'accounting stopped writing orders to postgres around 15:45 and the fraud-detection counter is stuck too. storefront and checkout are fine, orders go through',
    expected: { component: 'kafka', cause: 'config-error' },
    alsoAcceptable: [{ component: 'kafka', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'rollout-regression', 'louder-dependents', 'decoy', 'time-expression'],
    workloads: {
      kafka: {
        containers: { kafka: { env: withAdvertised(`PLAINTEXT://${BAD}:9092`) } },
        rollout: { at: ROLL, revision: 2, oldContainers: { kafka: { env: withAdvertised('PLAINTEXT://kafka:9092') } } },
      },
      // Decoy: accounting (.NET, 120Mi limit) OOMKilled three days ago, running since.
      accounting: {
        since: BOOT,
        pods: [{
          containers: {
            accounting: cs.restartedRunning({
              restarts: 1, startedAt: T.iso(-60 * 24 * 3 + 0.4),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(BOOT + 0.5), finishedAt: T.iso(-60 * 24 * 3) },
            }),
          },
        }],
      },
      'fraud-detection': { since: BOOT },
      checkout: { since: BOOT },
    },
    events: [
      { on: 'deploy:kafka', reason: 'ScalingReplicaSet', message: 'Scaled up replica set kafka-%NEW% to 1', first: ROLL + 0.5, last: ROLL + 0.5 },
      { on: 'pod:kafka#0', reason: 'Scheduled', message: 'Successfully assigned otel-demo/%POD% to %NODE%', source: 'default-scheduler', first: ROLL + 0.5, last: ROLL + 0.5 },
      { on: 'pod:kafka#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-kafka" already present on machine', fieldPath: 'spec.containers{kafka}', first: ROLL + 0.75, last: ROLL + 0.75 },
      { on: 'pod:kafka#0', reason: 'Created', message: 'Created container: kafka', fieldPath: 'spec.containers{kafka}', first: ROLL + 0.76, last: ROLL + 0.76 },
      { on: 'pod:kafka#0', reason: 'Started', message: 'Started container kafka', fieldPath: 'spec.containers{kafka}', first: ROLL + 0.8, last: ROLL + 0.8 },
      { on: 'deploy:kafka', reason: 'ScalingReplicaSet', message: 'Scaled down replica set kafka-%OLD% to 0 from 1', first: ROLL + 1.15, last: ROLL + 1.15 },
    ],
    logs: {
      'kafka#0/kafka': kafkaLog(),
      'accounting#0/accounting': accountingLog(),
      'fraud-detection#0/fraud-detection': fraudLog(),
    },
    grounding: `
      Fault: a config change re-rolled the kafka Deployment at 15:47 with KAFKA_ADVERTISED_LISTENERS set to
      PLAINTEXT://${BAD}:9092, copied from a StatefulSet chart's values while preparing a move to a
      headless Service that does not exist yet. Kafka validates advertised.listeners syntactically only, so the broker
      starts and stays Ready (the demo sets no probes on kafka). Clients bootstrap through kafka:9092 and then use the
      advertised address from the metadata for broker 1 and the group coordinator, which no DNS name resolves: the
      classic "advertised.listeners" misconfiguration of Confluent's "Kafka Listeners – Explained" and countless
      "Failed to resolve ... Name or service not known" reports. Manifest facts: the demo's kafka is a single
      combined KRaft node (KAFKA_LISTENERS PLAINTEXT://:9092,CONTROLLER://:9093, controller quorum 1@kafka:9093, so the
      controller path is unaffected); accounting (Confluent.Kafka, librdkafka's default stderr log lines
      "%3|<epoch>|FAIL|rdkafka#consumer-1|") and fraud-detection (kafka-clients, log4j2 pattern of
      src/fraud-detection/src/main/resources/log4j2.xml, which prints no level) consume the orders topic; checkout
      produces asynchronously with RequiredAcks NoResponse (src/checkout/kafka/producer.go) and logs only through OTLP
      (otelslog), so orders keep succeeding and checkout prints nothing to stdout. The two kafka ReplicaSets differ only in
      that env value. Decoy: accounting OOMKilled three days ago (120Mi limit). Deviations: fraud-detection's reconnect
      attempts (about one a second) are thinned to one in ten in its log; the kafka startup log is abridged.`,
  },
];
