// Blind dev batch s77a: one OpenTelemetry demo scenario (the kit system scripts/kit-systems/otel-demo.mjs).
// kafka restarted with KAFKA_ADVERTISED_LISTENERS naming a StatefulSet pod DNS name that does not exist; its consumers are loud.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const INCIDENT = '2026-06-03T13:58:00Z';
const T = clock(INCIDENT);
const ROLL = -41; // 13:17
const ADV = 'kafka-0.kafka-headless.otel-demo.svc.cluster.local';
const kenv = system.workloads.find((w) => w.name === 'kafka').containers[0].env;
const withAdv = (v) => kenv.map((e) => (e.name === 'KAFKA_ADVERTISED_LISTENERS' ? { ...e, value: v } : e));

// Kafka's log4j layout "[%d] %p %m (%c)%n".
const k = (min, lvl, msg, cls) => `[${T.java(min).replace('.', ',')}] ${lvl} ${msg} (${cls})`;
const kafkaLog = () => [
  `[otel.javaagent ${T.java(ROLL + 0.6).replace('.', ':')} +0000] [main] INFO io.opentelemetry.javaagent.tooling.VersionLogger - opentelemetry-javaagent - version: 2.19.0`,
  k(ROLL + 0.7, 'INFO', 'Registered kafka:type=kafka.Log4jController MBean', 'kafka.utils.Log4jControllerRegistration$'),
  k(ROLL + 0.72, 'INFO', 'Setting -D jdk.tls.rejectClientInitiatedRenegotiation=true to disable client-initiated TLS renegotiation', 'org.apache.zookeeper.common.X509Util'),
  k(ROLL + 0.75, 'INFO', `KafkaConfig values: \n\tadvertised.listeners = PLAINTEXT://${ADV}:9092\n\talter.config.policy.class.name = null\n\tauto.create.topics.enable = true\n\tbroker.id = 1\n\tcontroller.listener.names = CONTROLLER\n\tcontroller.quorum.voters = [1@kafka:9093]\n\tinter.broker.listener.name = null\n\tlisteners = PLAINTEXT://:9092,CONTROLLER://:9093\n\tlog.dirs = /tmp/kraft-combined-logs\n\tnode.id = 1\n\tnum.partitions = 1\n\tprocess.roles = [broker, controller]`, 'kafka.server.KafkaConfig'),
  k(ROLL + 0.9, 'INFO', '[RaftManager id=1] Completed transition to Leader(localId=1, epoch=1, epochStartOffset=0, highWatermark=Optional.empty, voterStates={1=ReplicaState(nodeId=1, endOffset=Optional.empty, lastFetchTimestamp=-1, lastCaughtUpTimestamp=-1, hasAcknowledgedLeader=true)}) from Unattached(epoch=1, voters=[1], electionTimeoutMs=1533)', 'org.apache.kafka.raft.QuorumState'),
  k(ROLL + 1.0, 'INFO', '[BrokerServer id=1] Transition from STARTING to STARTED', 'kafka.server.BrokerServer'),
  k(ROLL + 1.01, 'INFO', 'Kafka version: 3.9.1', 'org.apache.kafka.common.utils.AppInfoParser'),
  k(ROLL + 1.02, 'INFO', '[KafkaRaftServer nodeId=1] Kafka Server started', 'kafka.server.KafkaRaftServer'),
];

// librdkafka's default logger on stderr (Confluent.Kafka without a LogHandler): %<level>|<unix time>|<facility>|<name>| <msg>
const rd = (min, lvl, fac, msg) => `%${lvl}|${(Date.parse(T.isoMs(min)) / 1000).toFixed(3)}|${fac}|rdkafka#consumer-1| ${msg}`;
const accountingLog = () => {
  const out = [
    `info: Microsoft.Hosting.Lifetime[0]`,
    `      Application started. Press Ctrl+C to shut down.`,
  ];
  let first = true;
  for (let m = ROLL + 1.3; m < -0.1; m += 1.9) {
    out.push(rd(m, 3, 'FAIL', `[thrd:${ADV}:9092/1]: ${ADV}:9092/1: Failed to resolve '${ADV}:9092': Name or service not known (after ${first ? 5 : 2}ms in state CONNECT${first ? '' : `, ${Math.min(30, Math.round((m - ROLL) / 1.9))} identical error(s) suppressed`})`));
    out.push(rd(m + 0.001, 3, 'ERROR', `[thrd:app]: rdkafka#consumer-1: ${ADV}:9092/1: Failed to resolve '${ADV}:9092': Name or service not known (after ${first ? 5 : 2}ms in state CONNECT)`));
    first = false;
  }
  return out;
};

const fd = (min, lvl, thread, logger, msg) => `${T.java(min).slice(11)} [${thread}] ${lvl.padEnd(5)} ${logger} - ${msg}`;
const fraudLog = () => {
  const out = [];
  for (let m = -70; m < ROLL; m += 3.1) out.push(fd(m, 'INFO', 'main', 'frauddetection', `Consumed record with orderId: ${['a1c9e0f2', '5b7d3e44', 'c02f8a19', '9e6b1d37'][Math.round(-m) % 4]}-3d1f-11f1-9c7a-0e5b2a8d4c61, and updated total count to: ${Math.round(4810 + (m + 70) / 3.1)}`));
  out.push(fd(ROLL + 0.4, 'INFO', 'main', 'org.apache.kafka.clients.NetworkClient', '[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Node 1 disconnected.'));
  for (let m = ROLL + 1.5; m < -0.1; m += 2.7) {
    out.push(fd(m, 'WARN', 'main', 'org.apache.kafka.clients.NetworkClient', `[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Error connecting to node ${ADV}:9092 (id: 1 rack: null)`));
    out.push(`java.net.UnknownHostException: ${ADV}: Name or service not known`);
    out.push('\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)');
    out.push('\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Unknown Source)');
    out.push('\tat java.base/java.net.InetAddress$PlatformResolver.lookupByName(Unknown Source)');
    out.push('\tat java.base/java.net.InetAddress.getAddressesFromNameService(Unknown Source)');
    out.push('\tat java.base/java.net.InetAddress.getAllByName(Unknown Source)');
    out.push('\tat org.apache.kafka.clients.DefaultHostResolver.resolve(DefaultHostResolver.java:27)');
    out.push('\tat org.apache.kafka.clients.ClientUtils.resolve(ClientUtils.java:125)');
    out.push('\tat org.apache.kafka.clients.ClusterConnectionStates$NodeConnectionState.currentAddress(ClusterConnectionStates.java:536)');
    out.push('\tat org.apache.kafka.clients.NetworkClient.initiateConnect(NetworkClient.java:1072)');
    out.push('\tat org.apache.kafka.clients.NetworkClient.ready(NetworkClient.java:321)');
    out.push('\tat org.apache.kafka.clients.consumer.internals.ConsumerNetworkClient.trySend(ConsumerNetworkClient.java:498)');
    out.push('\tat org.apache.kafka.clients.consumer.internals.ConsumerNetworkClient.poll(ConsumerNetworkClient.java:255)');
    out.push('\tat org.apache.kafka.clients.consumer.internals.ConsumerCoordinator.poll(ConsumerCoordinator.java:536)');
    out.push('\tat org.apache.kafka.clients.consumer.KafkaConsumer.poll(KafkaConsumer.java:886)');
    out.push('\tat frauddetection.MainKt.main(main.kt:58)');
  }
  return out;
};

const pg = (min, msg) => `${T.java(min).replace(/\.(\d{3})$/, '.$1')} UTC [${1200 + Math.round(-min) % 90}] ${msg}`;

export const scenarios = [
  {
    folder: 's77a-kafka-advertised-listener-unresolvable',
    incidentTime: INCIDENT,
    description:
      'data-platform: accounting hasnt written a single order to postgres since ~13:20 and the fraud dashboards went flat at the same time. checkout in the shop still works fine, no errors for customers',
    expected: { component: 'kafka', cause: 'config-error' },
    alsoAcceptable: [
      { component: 'kafka', cause: 'bad-deploy-rollout' },
      { component: 'kafka', cause: 'network-fault' },
    ],
    difficulty: 'hard',
    traits: ['pods-ready', 'callers-only', 'louder-dependents', 'decoy', 'team-name', 'time-expression'],
    grounding: `
      Manifest facts (opentelemetry-demo kubernetes/opentelemetry-demo.yaml, 2.1.3): kafka is a single KRaft broker+controller
      Deployment (Service kafka:9092/9093, no probes) configured through env, KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://kafka:9092;
      checkout produces to topic orders (sarama), accounting (.NET, Confluent.Kafka/librdkafka) and fraud-detection (Kotlin,
      kafka-clients) consume it through KAFKA_ADDR=kafka:9092.
      Fault: at 13:17 someone preparing a move to a StatefulSet changed KAFKA_ADVERTISED_LISTENERS to
      PLAINTEXT://${ADV}:9092 (the Bitnami chart's per-pod name) before any headless Service existed. The broker accepts the
      value and starts normally (its own log shows the new advertised.listeners and "Kafka Server started"; the controller
      listener kafka:9093 is unaffected), is Running and Ready; clients still bootstrap through kafka:9092, but the metadata
      hands them the advertised name, which does not resolve — the classic listener misconfiguration explained in Confluent's
      "Kafka Listeners – Explained" (Robin Moffatt). Consumers are loud: librdkafka "Failed to resolve … Name or service not
      known" on accounting's stderr, kafka-clients "Error connecting to node …" with UnknownHostException in fraud-detection.
      checkout produces asynchronously with RequiredAcks=NoResponse and completes every order (its producer errors go to its
      slog logger; no checkout log is part of the snapshot), so the shop does not notice. The wrong value is read by kafka and not rejected at start: config-error on kafka; the rollout that
      carried it and the DNS failure it causes are accepted too. The two kafka ReplicaSets differ only in that env value.
      Decoys: fraud-detection was OOMKilled four days ago (restartCount 1); postgresql is healthy and idle.
      Deviations: fraud-detection's log layout is log4j's default pattern as the image prints it; kafka's broker version line
      is the apache/kafka base image's.
    `,
    workloads: {
      kafka: {
        rollout: { at: ROLL, revision: 3, oldContainers: { kafka: { env: withAdv('PLAINTEXT://kafka:9092') } } },
        containers: { kafka: { env: withAdv(`PLAINTEXT://${ADV}:9092`) } },
      },
      'fraud-detection': {
        pods: [{
          containers: {
            'fraud-detection': cs.restartedRunning({ restarts: 1, startedAt: T.iso(-60 * 24 * 4), last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9), finishedAt: T.iso(-60 * 24 * 4 - 0.1) } }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:kafka', reason: 'ScalingReplicaSet', message: 'Scaled up replica set kafka-%NEW% to 1', first: ROLL, source: 'deployment-controller' },
      { on: 'deploy:kafka', reason: 'ScalingReplicaSet', message: 'Scaled down replica set kafka-%OLD% to 0 from 1', first: ROLL + 0.6, source: 'deployment-controller' },
      { on: 'pod:kafka#0', reason: 'Scheduled', message: 'Successfully assigned otel-demo/%POD% to %NODE%', first: ROLL + 0.02, source: 'default-scheduler' },
      { on: 'pod:kafka#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-kafka" already present on machine', first: ROLL + 0.1, fieldPath: 'spec.containers{kafka}' },
      { on: 'pod:kafka#0', reason: 'Created', message: 'Created container kafka', first: ROLL + 0.12, fieldPath: 'spec.containers{kafka}' },
      { on: 'pod:kafka#0', reason: 'Started', message: 'Started container kafka', first: ROLL + 0.15, fieldPath: 'spec.containers{kafka}' },
    ],
    logs: {
      'kafka#0/kafka': kafkaLog(),
      'accounting#0/accounting': accountingLog(),
      'fraud-detection#0/fraud-detection': fraudLog(),
      'postgresql#0/postgresql': [
        pg(-60 * 24 * 9, 'LOG:  database system is ready to accept connections'),
        pg(-35, 'LOG:  checkpoint starting: time'),
        pg(-34.9, 'LOG:  checkpoint complete: wrote 3 buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.204 s, sync=0.003 s, total=0.221 s; sync files=3, longest=0.002 s, average=0.001 s; distance=11 kB, estimate=412 kB; lsn=0/3A61F28, redo lsn=0/3A61EF0'),
      ],
    },
  },
];
