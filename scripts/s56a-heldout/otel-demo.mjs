// Blind held-out batch s56a: one OpenTelemetry demo scenario (split test) as a spec for scripts/s2-scenario-kit.mjs,
// on the kit system definition scripts/kit-systems/otel-demo.mjs; built by scripts/s56a-build.mjs.
import { clock, cs } from '../s2-scenario-kit.mjs';
import { system } from '../kit-systems/otel-demo.mjs';

export { system };

const INC = '2026-05-19T14:52:00Z';
const T = clock(INC);
const ROLL = -34; // the kafka rollout

const kafkaBase = system.workloads.find((w) => w.name === 'kafka').containers[0];
const envWith = (listeners) => kafkaBase.env.map((e) => (e.name === 'KAFKA_ADVERTISED_LISTENERS' ? { ...e, value: listeners } : e));

// slog JSON (checkout's stdout handler); sarama's logger writes through it at INFO with the format's trailing newline.
const sl = (min, level, msg, extra = {}) => JSON.stringify({ time: T.isoMs(min), level, msg, ...extra });
const orderId = (n) => {
  const h = (n * 2654435761 >>> 0).toString(16).padStart(8, '0');
  return `${h}-${h.slice(0, 4)}-11f0-${'89ab'[n % 4]}a3c-${h}${h.slice(0, 4)}`;
};
const tracking = (n) => {
  const h = (n * 40503 >>> 0).toString(16).padStart(8, '0');
  return `${h}-${h.slice(2, 6)}-4${h.slice(1, 4)}-9${h.slice(3, 6)}-${h}${h.slice(0, 4)}`;
};

function checkoutLog() {
  const out = [
    sl(-60 * 24 * 9 + 0.6, 'INFO', 'service config: &{productCatalogSvcAddr:product-catalog:8080 cartSvcAddr:cart:8080 currencySvcAddr:currency:8080 shippingSvcAddr:http://shipping:8080 emailSvcAddr:http://email:8080 paymentSvcAddr:payment:8080 kafkaBrokerSvcAddr:kafka:9092 UnimplementedCheckoutServiceServer:{} KafkaProducerClient:0xc0001e2a00 shippingSvcClient:0xc0002c4180 productCatalogSvcClient:0xc0002c4190 cartSvcClient:0xc0002c41a0 currencySvcClient:0xc0002c41b0 emailSvcClient:0xc0002c41c0 paymentSvcClient:0xc0002c41d0}'),
    sl(-60 * 24 * 9 + 0.6, 'INFO', 'starting to listen on tcp: "[::]:8080"'),
  ];
  let n = 1200;
  const place = (m, ok) => {
    n++;
    out.push(sl(m, 'INFO', '[PlaceOrder]', { user_id: tracking(n + 3), user_currency: 'USD' }));
    out.push(sl(m + 0.01, 'INFO', 'payment went through', { transaction_id: tracking(n + 7) }));
    out.push(sl(m + 0.02, 'INFO', 'order placed', { 'app.order.id': orderId(n), 'app.shipping.amount': 8.99, 'app.order.amount': 101.97 + (n % 40), 'app.order.items.count': 1 + (n % 4), 'app.shipping.tracking.id': tracking(n) }));
    out.push(sl(m + 0.03, 'INFO', `order confirmation email sent to "${['larry_sergei', 'dee.dee', 'sam.v', 'kim.j'][n % 4]}@example.com"`));
    out.push(sl(m + 0.03, 'INFO', 'sending to postProcessor'));
    if (ok) out.push(sl(m + 0.035, 'INFO', `Successful to write message. offset: ${n * 3 + 88412}, duration: ${(1.2 + (n % 5) * 0.31 + (n % 7) * 0.013).toFixed(6).replace(/0+$/, '')}ms`));
    else {
      out.push(sl(m + 0.04, 'INFO', 'producer/leader/orders/0 state change to [retrying-1]\n'));
      out.push(sl(m + 0.04, 'INFO', 'producer/leader/orders/0 abandoning broker 1\n'));
      out.push(sl(m + 0.05, 'INFO', 'client/metadata fetching metadata for [orders] from broker kafka:9092\n'));
      out.push(sl(m + 0.06, 'INFO', 'producer/leader/orders/0 selected broker 1\n'));
      out.push(sl(m + 0.07, 'INFO', 'Failed to connect to broker localhost:9092: dial tcp [::1]:9092: connect: connection refused\n'));
      out.push(sl(m + 0.08, 'ERROR', 'Failed to write message: dial tcp [::1]:9092: connect: connection refused'));
      if (n % 3 === 0) out.push(sl(m + 0.08, 'ERROR', 'Failed to write message: kafka: Failed to produce message to topic orders: dial tcp [::1]:9092: connect: connection refused'));
    }
  };
  for (let m = -58; m < ROLL; m += 2.3) place(m, true);
  out.push(sl(ROLL + 0.6, 'INFO', 'producer/broker/1 state change to [closing] because EOF\n'));
  out.push(sl(ROLL + 0.6, 'INFO', 'Closed connection to broker localhost:9092\n'));
  out.push(sl(ROLL + 0.7, 'INFO', 'client/metadata fetching metadata for all topics from broker kafka:9092\n'));
  out.push(sl(ROLL + 0.8, 'INFO', 'Connected to broker at kafka:9092 (unregistered)\n'));
  for (let m = ROLL + 1.4; m < -0.2; m += 2.1) place(m, false);
  return out;
}

function accountingLog() {
  const out = [
    'info: Accounting.Consumer[0]',
    '      Connecting to Kafka: kafka:9092',
  ];
  let n = 1200;
  for (let m = -58; m < ROLL; m += 2.3) {
    n++;
    out.push('info: Accounting.Consumer[0]');
    out.push(`      Order details: { "orderId": "${orderId(n)}", "shippingTrackingId": "${tracking(n)}", "shippingCost": { "currencyCode": "USD", "units": "8", "nanos": 990000000 }, "shippingAddress": { "streetAddress": "1600 Amphitheatre Parkway", "city": "Mountain View", "state": "CA", "country": "United States", "zipCode": "94043" }, "items": [ { "item": { "productId": "OLJCESPC7Z", "quantity": ${1 + (n % 4)} }, "cost": { "currencyCode": "USD", "units": "101", "nanos": 960000000 } } ] }.`);
  }
  const rd = (min) => (Date.parse(T.isoMs(min)) / 1000).toFixed(3);
  out.push(`%3|${rd(ROLL + 0.6)}|FAIL|rdkafka#consumer-1| [thrd:GroupCoordinator]: GroupCoordinator: kafka:9092: Disconnected (after 1442711ms in state UP)`);
  out.push(`%3|${rd(ROLL + 0.6)}|ERROR|rdkafka#consumer-1| [thrd:app]: rdkafka#consumer-1: GroupCoordinator: kafka:9092: Disconnected (after 1442711ms in state UP)`);
  for (let m = ROLL + 1.1, k = 0; m < -0.3; m += 1.6, k++) {
    const sup = k === 0 ? '' : `, ${11 + (k % 5)} identical error(s) suppressed`;
    out.push(`%3|${rd(m)}|FAIL|rdkafka#consumer-1| [thrd:localhost:9092/1]: localhost:9092/1: Connect to ipv4#127.0.0.1:9092 failed: Connection refused (after 0ms in state CONNECT${sup})`);
    out.push(`%3|${rd(m)}|ERROR|rdkafka#consumer-1| [thrd:app]: rdkafka#consumer-1: localhost:9092/1: Connect to ipv4#127.0.0.1:9092 failed: Connection refused (after 0ms in state CONNECT${sup})`);
  }
  return out;
}

function fraudLog(start) {
  const j = (min, logger, msg) => `${T.java(min).slice(0, 19)} - ${logger} - ${msg} trace_id= span_id= trace_flags= `;
  const C = '[Consumer clientId=consumer-fraud-detection-1, groupId=fraud-detection]';
  const out = [
    j(start + 0.3, 'org.apache.kafka.common.utils.AppInfoParser', 'Kafka version: 4.1.0'),
    j(start + 0.4, 'org.apache.kafka.clients.consumer.internals.ClassicKafkaConsumer', `${C} Subscribed to topic(s): orders`),
    j(start + 0.5, 'org.apache.kafka.clients.consumer.internals.ConsumerCoordinator', `${C} Discovered group coordinator kafka:9092 (id: 2147483646 rack: null)`),
  ];
  let count = 0, n = 1200;
  for (let m = -58; m < ROLL; m += 2.3) { n++; count++; out.push(j(m + 0.02, 'fraud-detection', `Consumed record with orderId: ${orderId(n)}, and updated total count to: ${31774 + count}`)); }
  out.push(j(ROLL + 0.6, 'org.apache.kafka.clients.consumer.internals.ConsumerCoordinator', `${C} Group coordinator kafka:9092 (id: 2147483646 rack: null) is unavailable or invalid due to cause: coordinator unavailable. isDisconnected: true. Rediscovery will be attempted.`));
  for (let m = ROLL + 1.0; m < -0.3; m += 1.2) {
    out.push(j(m, 'org.apache.kafka.clients.consumer.internals.ConsumerCoordinator', `${C} Discovered group coordinator localhost:9092 (id: 2147483646 rack: null)`));
    out.push(j(m + 0.01, 'org.apache.kafka.clients.NetworkClient', `${C} Connection to node 2147483646 (localhost/127.0.0.1:9092) could not be established. Node may not be available.`));
    out.push(j(m + 0.02, 'org.apache.kafka.clients.consumer.internals.ConsumerCoordinator', `${C} Group coordinator localhost:9092 (id: 2147483646 rack: null) is unavailable or invalid due to cause: coordinator unavailable. isDisconnected: true. Rediscovery will be attempted.`));
    out.push(j(m + 0.3, 'org.apache.kafka.clients.NetworkClient', `${C} Connection to node 1 (localhost/127.0.0.1:9092) could not be established. Node may not be available.`));
  }
  return out;
}

function kafkaLog() {
  const k = (min, msg) => `[${T.java(min).replace('.', ',')}] ${msg}`;
  const s = ROLL + 0.6;
  return [
    k(s, 'INFO Registered kafka:type=kafka.Log4jController MBean (kafka.utils.Log4jControllerRegistration$)'),
    k(s + 0.01, 'INFO KafkaConfig values: '),
    '\tadvertised.listeners = PLAINTEXT://localhost:9092',
    '\tauto.create.topics.enable = true',
    '\tcontroller.listener.names = CONTROLLER',
    '\tcontroller.quorum.voters = [1@kafka:9093]',
    '\tlisteners = PLAINTEXT://:9092,CONTROLLER://:9093',
    '\tnode.id = 1',
    '\tprocess.roles = [broker, controller]',
    ' (kafka.server.KafkaConfig)',
    k(s + 0.05, 'INFO [RaftManager id=1] Completed transition to Leader(localId=1, epoch=19, epochStartOffset=412207, highWatermark=Optional.empty, voterStates={1=ReplicaState(nodeId=1, endOffset=Optional.empty, lastFetchTimestamp=-1, lastCaughtUpTimestamp=-1, hasAcknowledgedLeader=true)}) from Unattached(epoch=19, voters=[1], electionTimeoutMs=1672) (org.apache.kafka.raft.QuorumState)'),
    k(s + 0.08, 'INFO [BrokerServer id=1] Transition from STARTING to STARTED (kafka.server.BrokerServer)'),
    k(s + 0.08, 'INFO [KafkaRaftServer nodeId=1] Kafka Server started (kafka.server.KafkaRaftServer)'),
    k(s + 0.1, 'INFO [BrokerLifecycleManager id=1] The broker has been unfenced. Transitioning from RECOVERY to RUNNING. (kafka.server.BrokerLifecycleManager)'),
    k(s + 0.4, 'INFO [GroupCoordinator id=1] Loaded member metadata for group accounting with generation 27. (org.apache.kafka.coordinator.group.GroupMetadataManager)'),
    k(s + 0.4, 'INFO [GroupCoordinator id=1] Loaded member metadata for group fraud-detection with generation 25. (org.apache.kafka.coordinator.group.GroupMetadataManager)'),
    k(s + 5.4, 'INFO [GroupCoordinator id=1] Member consumer-fraud-detection-1-4c2f1d0e-7a51-4b8e-9f0c-2d6b3a1e8f47 in group fraud-detection has failed, removing it from the group. (org.apache.kafka.coordinator.group.GroupMetadataManager)'),
    k(s + 5.4, 'INFO [GroupCoordinator id=1] Preparing to rebalance group fraud-detection in state PreparingRebalance with old generation 25 (reason: removing member consumer-fraud-detection-1-4c2f1d0e-7a51-4b8e-9f0c-2d6b3a1e8f47 on heartbeat expiration.) (org.apache.kafka.coordinator.group.GroupMetadataManager)'),
    k(s + 5.4, 'INFO [GroupCoordinator id=1] Group fraud-detection with generation 26 is now empty. (org.apache.kafka.coordinator.group.GroupMetadataManager)'),
    k(s + 5.6, 'INFO [GroupCoordinator id=1] Member rdkafka-0e8a2b91-3f6d-4c17-a5e2-7b9c1d4f6a03 in group accounting has failed, removing it from the group. (org.apache.kafka.coordinator.group.GroupMetadataManager)'),
    k(s + 5.6, 'INFO [GroupCoordinator id=1] Group accounting with generation 28 is now empty. (org.apache.kafka.coordinator.group.GroupMetadataManager)'),
    k(s + 10.2, 'INFO [LogLoader partition=__cluster_metadata-0, dir=/tmp/kafka-logs] Incremented log start offset to 405112 due to snapshot generated (kafka.log.UnifiedLog)'),
  ];
}

const FRAUD_START = -60 * 24 * 2 - 211;

export const scenarios = [
  {
    folder: 's56a-orders-stop-reaching-accounting-checkout-fine',
    description: 'accounting hasnt stored a single order since ~14:20 and the fraud-detection counter is frozen. checkout itself works, customers get their confirmation emails. data-platform team is looking at accounting',
    incidentTime: INC,
    expected: { component: 'kafka', cause: 'config-error' },
    alsoAcceptable: [{ component: 'kafka', cause: 'bad-deploy-rollout' }],
    difficulty: 'hard',
    traits: ['pods-ready', 'louder-dependents', 'rollout-regression', 'time-expression', 'team-name', 'decoy'],
    grounding: `
      Manifest facts (kubernetes/opentelemetry-demo.yaml at a8a3ea2): kafka is a single-replica Deployment with no probes,
      KAFKA_LISTENERS=PLAINTEXT://:9092,CONTROLLER://:9093 and KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://kafka:9092; checkout
      (KAFKA_ADDR=kafka:9092) produces every placed order to topic orders through a sarama AsyncProducer after the order is
      already confirmed (src/checkout/main.go sendToPostProcessor: "sending to postProcessor", "Successful to write message.
      offset: …", "Failed to write message: …"; kafka/producer.go routes sarama's logger into slog at INFO); accounting
      (Confluent.Kafka 2.11, group accounting) and fraud-detection (kafka-clients 4.1.0, group fraud-detection, log4j2 pattern
      "%d - %logger - %msg trace_id=…") consume it (src/accounting/Consumer.cs, src/fraud-detection/.../main.kt at 2.1.3).
      Fault (the classic Kafka listener mistake, Confluent's "Kafka Listeners – Explained" and countless "Connection to node 1
      (localhost/127.0.0.1:9092) could not be established" reports): a values change rolled out at 14:18 set
      KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://localhost:9092 (a docker-compose value copied into the cluster overlay). The broker
      starts and is healthy, and bootstrap to kafka:9092 still works, but the metadata and the group coordinator it returns
      point at localhost:9092, so every client dials its own pod: sarama fails the produce with "dial tcp [::1]:9092: connect:
      connection refused", librdkafka logs "Connect to ipv4#127.0.0.1:9092 failed: Connection refused", the Java consumer
      "Node may not be available". Orders keep being placed (the produce is fire-and-forget after the response), so the
      consumers are the loud ones; kafka itself logs nothing but its start-up and the consumers leaving their groups.
      The fault is kafka's own configuration (config-error); the rollout that brought it is an accepted reading.
      Decoy: fraud-detection's container was OOMKilled two days ago (limit 300Mi) and has run since.
      Deviations from upstream: the advertised listener value and the rollout are the fault; the consumer group
      generations, offsets and order ids are invented.`,
    workloads: {
      kafka: {
        containers: { kafka: { env: envWith('PLAINTEXT://localhost:9092') } },
        rollout: { at: ROLL, oldContainers: { kafka: { env: envWith('PLAINTEXT://kafka:9092') } } },
      },
      'fraud-detection': {
        pods: [{
          containers: {
            'fraud-detection': cs.restartedRunning({
              restarts: 1,
              startedAt: T.iso(FRAUD_START),
              last: { exitCode: 137, reason: 'OOMKilled', startedAt: T.iso(-60 * 24 * 9 + 0.4), finishedAt: T.iso(FRAUD_START - 0.2) },
            }),
          },
        }],
      },
    },
    events: [
      { on: 'deploy:kafka', reason: 'ScalingReplicaSet', message: 'Scaled up replica set kafka-%NEW% from 0 to 1', first: ROLL, source: 'deployment-controller' },
      { on: 'deploy:kafka', reason: 'ScalingReplicaSet', message: 'Scaled down replica set kafka-%OLD% from 1 to 0', first: ROLL + 0.7, source: 'deployment-controller' },
      { on: 'pod:kafka#0', reason: 'Scheduled', message: 'Successfully assigned otel-demo/%POD% to %NODE%', first: ROLL + 0.05, source: 'default-scheduler' },
      { on: 'pod:kafka#0', reason: 'Pulled', message: 'Container image "ghcr.io/open-telemetry/demo:2.1.3-kafka" already present on machine', fieldPath: 'spec.containers{kafka}', first: ROLL + 0.1 },
      { on: 'pod:kafka#0', reason: 'Created', message: 'Created container: kafka', fieldPath: 'spec.containers{kafka}', first: ROLL + 0.1 },
      { on: 'pod:kafka#0', reason: 'Started', message: 'Started container kafka', fieldPath: 'spec.containers{kafka}', first: ROLL + 0.15 },
    ],
    logs: {
      'kafka#0/kafka': kafkaLog(),
      'checkout#0/checkout': checkoutLog(),
      'accounting#0/accounting': accountingLog(),
      'fraud-detection#0/fraud-detection': fraudLog(FRAUD_START),
    },
  },
];
