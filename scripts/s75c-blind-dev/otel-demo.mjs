// Blind dev batch s75c — OpenTelemetry demo 2.1.3: one no-fault scenario (pods recreated by an overnight GKE node upgrade).
// System from scripts/kit-systems/otel-demo.mjs; built by scripts/s75c-build.mjs (which also dates the upgraded nodes).
import { clock } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const T = clock('2026-08-14T08:50:00Z');
const l4j = (min, lvl, thread, logger, msg) => `${T.java(min)} [${thread}] ${lvl.padEnd(5)} ${logger} - ${msg}`;
const kc = (min, lvl, logger, msg) => l4j(min, lvl, 'main', `org.apache.kafka.clients.${logger}`, `[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] ${msg}`);
const kf = (min, lvl, msg, cls) => `[${T.java(min).replace('.', ',')}] ${lvl} ${msg} (${cls})`;
const ORDER_IDS = ['a1f3c9e2-5b7d-11f0-8e4a-0a58a9feac02', 'b27d04e1-5b7d-11f0-9c1f-0a58a9feac02', 'c3e8f5a0-5b7d-11f0-a2d7-0a58a9feac02', 'd4f9a6b1-5b7e-11f0-b3e8-0a58a9feac02', 'e50ab7c2-5b7e-11f0-84f9-0a58a9feac02', 'f61bc8d3-5b7e-11f0-950a-0a58a9feac02'];

// Pod ages: the node pool was upgraded between 02:05 and 02:40 (surge upgrade, nodes drained one at a time).
const since = {
  'otel-collector': -404, accounting: -398, ad: -403, cart: -402, checkout: -396, currency: -401, email: -400, flagd: -393,
  'fraud-detection': -399, frontend: -385, 'frontend-proxy': -384, 'image-provider': -383, kafka: -377, 'load-generator': -382,
  payment: -381, postgresql: -380, 'product-catalog': -379, quote: -378, recommendation: -377, shipping: -375, 'valkey-cart': -374,
};

export const scenarios = [
  {
    folder: 's75c-nofault-fraud-restarted-node-upgrade',
    incidentTime: '2026-08-14T08:50:00Z',
    description: 'fraud-detection and accounting pods both "restarted" overnight?? kafka consumer lag alert fired around 02:30 and cleared by itself. nobody deployed anything. is the orders pipeline ok?',
    expected: null,
    difficulty: 'medium',
    traits: ['no-fault', 'decoy', 'time-expression'],
    grounding: `
      Manifests: open-telemetry/opentelemetry-demo kubernetes/opentelemetry-demo.yaml at a8a3ea2 as the kit system has them
      (kafka single KRaft broker without a persistent volume, fraud-detection and accounting consume the orders topic, both with
      the wait-for-kafka init container). No fault: GKE's automatic node upgrade to 1.32.4-gke.1106006 ran in the maintenance
      window 02:00-03:00 (GKE docs "Automatic node upgrades", surge upgrade: new nodes, old ones cordoned and drained), so
      every pod of the namespace is about six and a half hours old and the nodes are new. When kafka was rescheduled (02:34)
      its topics and the consumer groups' committed offsets went with the old container (no volume, as upstream), so the
      orders topic was auto-created again and fraud-detection logged the benign kafka-clients warnings of a broker move —
      "Node 1 disconnected", "Group coordinator … is unavailable or invalid", LEADER_NOT_AVAILABLE on the re-created topic,
      an offset reset — which is the consumer-lag alert the description mentions. Since 02:36 fraud-detection consumes every
      order again, checkout publishes, the pods are Running and Ready with no restarts, and the one-hour-old event stream holds
      nothing (the upgrade's events have expired). A careful engineer answers: nothing is wrong now.
      Deviations: the consumer's log layout (log4j2 "date [thread] level logger - msg") and the Kafka server line texts follow
      kafka-clients/kafka 3.x wording from memory; the Cluster ID and order ids are invented.`,
    workloads: Object.fromEntries(Object.entries(since).map(([k, v]) => [k, { since: v }])),
    events: [],
    logs: {
      'fraud-detection#0/fraud-detection': [
        l4j(-398.8, 'INFO', 'main', 'org.apache.kafka.common.utils.AppInfoParser', 'Kafka version: 3.9.0'),
        l4j(-398.8, 'INFO', 'main', 'org.apache.kafka.common.utils.AppInfoParser', 'Kafka commitId: a60e31147e6b01ee'),
        kc(-398.8, 'INFO', 'consumer.internals.ClassicKafkaConsumer', 'Subscribed to topic(s): orders'),
        l4j(-398.7, 'INFO', 'main', 'org.apache.kafka.clients.Metadata', '[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Cluster ID: q3Kx7bTZRk2m0PjWvY4h1A'),
        kc(-398.7, 'INFO', 'consumer.internals.ConsumerCoordinator', 'Discovered group coordinator kafka:9092 (id: 2147483646 rack: null)'),
        kc(-398.7, 'INFO', 'consumer.internals.ConsumerCoordinator', '(Re-)joining group'),
        kc(-398.6, 'INFO', 'consumer.internals.ConsumerCoordinator', "Successfully joined group with generation Generation{generationId=14, memberId='consumer-fraud-detection-1-5d0c7f3a-91e2-4b6d-a8c1-2f7e9b04d6a3', protocol='range'}"),
        kc(-398.6, 'INFO', 'consumer.internals.ConsumerCoordinator', 'Adding newly assigned partitions: orders-0'),
        kc(-398.6, 'INFO', 'consumer.internals.ConsumerUtils', 'Setting offset for partition orders-0 to the committed offset FetchPosition{offset=48213, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{leader=Optional[kafka:9092 (id: 1 rack: null)], epoch=0}}'),
        l4j(-396.2, 'INFO', 'main', 'frauddetection', `Consumed record with orderId: ${ORDER_IDS[0]}, and updated total count to: 1`),
        l4j(-390.4, 'INFO', 'main', 'frauddetection', `Consumed record with orderId: ${ORDER_IDS[1]}, and updated total count to: 2`),
        l4j(-377.1, 'INFO', 'main', 'org.apache.kafka.clients.NetworkClient', '[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Node 1 disconnected.'),
        l4j(-377.1, 'INFO', 'main', 'org.apache.kafka.clients.NetworkClient', '[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Node 2147483646 disconnected.'),
        kc(-377.1, 'INFO', 'consumer.internals.ConsumerCoordinator', 'Group coordinator kafka:9092 (id: 2147483646 rack: null) is unavailable or invalid due to cause: coordinator unavailable. isDisconnected: true. Rediscovery will be attempted.'),
        l4j(-377.0, 'WARN', 'main', 'org.apache.kafka.clients.NetworkClient', '[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Connection to node 1 (kafka/%SVCIP:kafka%:9092) could not be established. Node may not be available.'),
        l4j(-376.4, 'WARN', 'main', 'org.apache.kafka.clients.NetworkClient', '[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Connection to node -1 (kafka/%SVCIP:kafka%:9092) could not be established. Node may not be available.'),
        l4j(-375.6, 'WARN', 'main', 'org.apache.kafka.clients.NetworkClient', '[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Error while fetching metadata with correlation id 1893 : {orders=LEADER_NOT_AVAILABLE}'),
        kc(-375.5, 'INFO', 'consumer.internals.ConsumerCoordinator', 'Discovered group coordinator kafka:9092 (id: 2147483646 rack: null)'),
        kc(-375.5, 'INFO', 'consumer.internals.ConsumerCoordinator', 'Request joining group due to: rebalance failed due to \'The coordinator is not aware of this member.\' (UnknownMemberIdException)'),
        kc(-375.5, 'INFO', 'consumer.internals.ConsumerCoordinator', '(Re-)joining group'),
        kc(-375.4, 'INFO', 'consumer.internals.ConsumerCoordinator', "Successfully joined group with generation Generation{generationId=1, memberId='consumer-fraud-detection-1-0b8e4d21-7c3f-4a95-b6e0-d19f2a7c5e84', protocol='range'}"),
        kc(-375.4, 'INFO', 'consumer.internals.ConsumerCoordinator', 'Adding newly assigned partitions: orders-0'),
        kc(-375.4, 'INFO', 'consumer.internals.ConsumerCoordinator', 'Found no committed offset for partition orders-0'),
        l4j(-375.4, 'INFO', 'main', 'org.apache.kafka.clients.consumer.internals.SubscriptionState', '[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection] Resetting offset for partition orders-0 to position FetchPosition{offset=0, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{leader=Optional[kafka:9092 (id: 1 rack: null)], epoch=0}}.'),
        l4j(-372.9, 'INFO', 'main', 'frauddetection', `Consumed record with orderId: ${ORDER_IDS[2]}, and updated total count to: 3`),
        l4j(-41.7, 'INFO', 'main', 'frauddetection', `Consumed record with orderId: ${ORDER_IDS[3]}, and updated total count to: 1184`),
        l4j(-19.3, 'INFO', 'main', 'frauddetection', `Consumed record with orderId: ${ORDER_IDS[4]}, and updated total count to: 1191`),
        l4j(-2.6, 'INFO', 'main', 'frauddetection', `Consumed record with orderId: ${ORDER_IDS[5]}, and updated total count to: 1197`),
      ],
      'kafka#0/kafka': [
        kf(-376.6, 'INFO', 'Registered kafka:type=kafka.Log4jController MBean', 'kafka.utils.Log4jControllerRegistration$'),
        kf(-376.5, 'INFO', '[RaftManager id=1] Completed transition to Leader(localId=1, epoch=1, epochStartOffset=0, highWatermark=Optional.empty, voterStates={1=ReplicaState(nodeId=1, endOffset=Optional.empty, lastFetchTimestamp=-1, lastCaughtUpTimestamp=-1, hasAcknowledgedLeader=true)}) from Unattached(epoch=0, voters=[1], electionTimeoutMs=1437)', 'org.apache.kafka.raft.QuorumState'),
        kf(-376.2, 'INFO', '[KafkaRaftServer nodeId=1] Kafka Server started', 'kafka.server.KafkaRaftServer'),
        kf(-375.7, 'INFO', 'Sent auto-creation request for Set(orders) to the active controller.', 'kafka.server.DefaultAutoTopicCreationManager'),
        kf(-375.6, 'INFO', "[QuorumController id=1] CreateTopics result(s): CreatableTopic(name='orders', numPartitions=1, replicationFactor=1, assignments=[], configs=[]): SUCCESS", 'org.apache.kafka.controller.ReplicationControlManager'),
        kf(-375.5, 'INFO', 'Sent auto-creation request for Set(__consumer_offsets) to the active controller.', 'kafka.server.DefaultAutoTopicCreationManager'),
        kf(-375.5, 'INFO', '[GroupCoordinator id=1 topic=__consumer_offsets partition=37] Dynamic member with unknown member id joins group fraud-detection in Empty state. Created a new member id consumer-fraud-detection-1-0b8e4d21-7c3f-4a95-b6e0-d19f2a7c5e84 and requesting the member to rejoin with this id.', 'org.apache.kafka.coordinator.group.GroupMetadataManager'),
        kf(-375.4, 'INFO', '[GroupCoordinator id=1 topic=__consumer_offsets partition=37] Stabilized group fraud-detection generation 1 with 1 members.', 'org.apache.kafka.coordinator.group.GroupMetadataManager'),
        kf(-375.3, 'INFO', '[GroupCoordinator id=1 topic=__consumer_offsets partition=21] Stabilized group accounting generation 1 with 1 members.', 'org.apache.kafka.coordinator.group.GroupMetadataManager'),
      ],
    },
  },
];
